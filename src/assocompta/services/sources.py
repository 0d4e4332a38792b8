"""The file an import reads: said precisely when it is not there to be read, or when it is a
book (or part of one) picked by mistake."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ValidationError
from ..output import BOOK_SUFFIX, backups_folder, book_part, is_sqlite_file


@dataclass(frozen=True)
class Expected:
    """What an import wants, as its refusals name it: ``what`` it is and how to ``pick`` it."""
    what: str
    pick: str


STATEMENT = Expected("un relevé de banque",
                     "choisissez le fichier CSV, OFX ou QIF téléchargé de votre banque")
FEC = Expected("un fichier des écritures comptables (FEC)",
               "choisissez le fichier .txt ou .csv exporté par le logiciel de comptabilité")
BUDGET = Expected("un budget CSV", "choisissez le fichier .csv du budget, enregistré en "
                  "« CSV UTF-8 » depuis votre tableur")
JUSTIFICATIF = Expected("un justificatif", "choisissez la facture, le reçu ou le relevé à "
                        "joindre (PDF ou image)")


def refuse_book(path: Path, expected: Expected) -> None:
    """Refuse, before the file is ever opened, a book picked instead of what an import reads:
    a SQLite file, a book's journal, shared memory or lock, a ``.assocompta`` name, anything
    in a book's backups folder.

    Opening and closing the open book (or its -wal, -shm) would drop this process's locks on
    it, and another program could then delete the journal the app writes into (see
    file_head); another book is no statement either."""
    path = Path(path)
    name = path.name
    # Symlinks: by the name picked and by the one it leads to.
    names = {path, Path(os.path.realpath(path))}
    books = [book for p in names if (book := book_part(p)) is not None]
    # is_sqlite_file reads the header without an open()/close() of the book.
    if is_sqlite_file(path) or any(p.name.lower().endswith(BOOK_SUFFIX) for p in names):
        why = f"{name} est un livre AssoCompta (ou une autre base de données)"
    elif books:
        why = f"{name} fait partie du livre {books[0]} (son journal ou son verrou)"
    elif (folder := backups_folder(path)) is not None:
        why = f"{name} est une copie de sauvegarde d'un livre (dans {folder})"
    else:
        return
    raise ValidationError(f"{why}, pas {expected.what} : rien n'en a été lu. "
                          f"{expected.pick[0].upper()}{expected.pick[1:]}.")


def require_file(path: Path, expected: Expected) -> Path:
    """``path`` when it is an ordinary file and no book; else a refusal saying what it is
    instead."""
    path = Path(path)
    if path.is_file():
        refuse_book(path, expected)
        return path
    if path.is_dir():
        why = "c'est un dossier : donnez le fichier à importer, pas le dossier qui le contient"
    elif path.exists():
        why = "ce n'est pas un fichier ordinaire (périphérique, tube ou socket)"
    else:
        why = "fichier introuvable"
    raise ValidationError(why, file=str(path))
