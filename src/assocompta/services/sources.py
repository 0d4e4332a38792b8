"""The file an import reads: said precisely when it is not there to be read."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import ValidationError


def require_file(path: Path) -> Path:
    """``path`` when it is an ordinary file; else a refusal saying what it is instead."""
    path = Path(path)
    if path.is_file():
        return path
    if path.is_dir():
        why = "c'est un dossier : donnez le fichier à importer, pas le dossier qui le contient"
    elif path.exists():
        why = "ce n'est pas un fichier ordinaire (périphérique, tube ou socket)"
    else:
        why = "fichier introuvable"
    raise ValidationError(why, file=str(path))
