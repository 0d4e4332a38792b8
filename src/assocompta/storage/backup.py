"""Rotating backup copies of a book, taken with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

from ..domain.errors import BookError
from ..output import refuse_non_regular
from .files import sqlite_uri

KEEP = 10


def backup_dir(book: Path) -> Path:
    return book.with_name(book.name + ".backups")


def list_backups(book: Path) -> list[Path]:
    folder = backup_dir(book)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{book.stem}-*.assocompta"))


def _last_change(book: Path) -> float:
    times = [book.stat().st_mtime]
    wal = book.with_name(book.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        times.append(wal.stat().st_mtime)
    return max(times)


def _refused(book: Path, exc: BaseException) -> BookError:
    full = "full" in str(exc) or getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT)
    # Room is advised only when room is lacking: a name SQLite misread once ended up here.
    why, todo = (("le disque est plein", "libérez de la place puis rouvrez-le") if full else
                 (f"écriture impossible dans {backup_dir(book)} ({exc})",
                  "vérifiez ce dossier (il doit être un dossier où vous pouvez écrire) puis "
                  "rouvrez le livre"))
    return BookError(f"sauvegarde de {book.name} impossible : {why}. Le livre n'est pas ouvert "
                     f"en écriture sans sa copie de sauvegarde ; {todo}. Le fichier n'a pas "
                     "été modifié.")


def make_backup(book: Path, *, force: bool = False, keep: int = KEEP) -> Path | None:
    """Copy the book into its backup folder and keep the newest ``keep`` copies.

    Skipped (returns None) when the newest copy is already newer than the book's last change,
    so that opening a book repeatedly does not push real history out of the rotation.
    """
    existing = list_backups(book)
    if existing and not force and existing[-1].stat().st_mtime >= _last_change(book):
        return None
    folder = backup_dir(book)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{book.stem}-{stamp}.assocompta"
    partial = target.with_suffix(".partial")
    refuse_non_regular(target)
    refuse_non_regular(partial)
    try:
        folder.mkdir(exist_ok=True)
        src = sqlite3.connect(sqlite_uri(book, "ro"), uri=True)
        try:
            dst = sqlite3.connect(sqlite_uri(partial, "rwc"), uri=True)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # no folder to remove it from: nothing to remove
            partial.unlink(missing_ok=True)
        raise _refused(book, exc) from None
    for old in list_backups(book)[:-keep]:
        old.unlink(missing_ok=True)
    return target
