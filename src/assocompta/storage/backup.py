"""Backup copies of a book, taken with SQLite's online backup API, and which of them to keep.

Copies are named ``<stem>-<AAAAMMJJ-HHMMSS-µs>.assocompta`` in the folder ``<book>.backups``;
the copy a restore keeps of the book it replaced ends in ``-avant-restauration``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..domain.errors import BookError
from ..output import refuse_non_regular
from .files import sqlite_uri

#: The newest copies always kept, whenever they were taken.
KEEP = 10
#: Beyond those, the newest copy of each of the last DAYS days is kept.
DAYS = 30
#: Marks the copy of a book that a restore replaced.
ASIDE = "-avant-restauration"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})(" + ASIDE + r")?\.assocompta$")


@dataclass(frozen=True)
class BackupFile:
    """One copy in a book's backup folder: where, when it was taken, and whether it is the
    book a restore replaced."""
    path: Path
    taken: dt.datetime
    aside: bool


def backup_dir(book: Path) -> Path:
    return book.with_name(book.name + ".backups")


def backup_files(book: Path) -> list[BackupFile]:
    """The copies of ``book``, oldest first (a name is matched as text: ``[`` in a book's
    name is no pattern)."""
    folder = backup_dir(book)
    if not folder.is_dir():
        return []
    found = []
    prefix = book.stem + "-"
    for path in folder.iterdir():
        match = _NAME.search(path.name)
        if (match and path.name.startswith(prefix)
                and len(prefix) - 1 == match.start() and path.is_file()):
            taken = dt.datetime.strptime(match.group(1), _STAMP)
            found.append(BackupFile(path, taken, bool(match.group(2))))
    return sorted(found, key=lambda b: (b.taken, b.path.name))


def list_backups(book: Path) -> list[Path]:
    """The copies of ``book``, oldest first."""
    return [b.path for b in backup_files(book)]


def to_keep(taken: Iterable[dt.datetime], now: dt.datetime, *, keep: int = KEEP,
            days: int = DAYS) -> set[dt.datetime]:
    """Which copies (by the time each was taken) the rotation keeps: the ``keep`` newest, and
    the newest of each day among the last ``days`` days (today included).

    Twelve commands in a minute then never push yesterday's copy out."""
    ordered = sorted(set(taken), reverse=True)
    kept = set(ordered[:keep])
    first_day = now.date() - dt.timedelta(days=days - 1)
    seen_days: set[dt.date] = set()
    for stamp in ordered:
        day = stamp.date()
        if day >= first_day and day not in seen_days:
            seen_days.add(day)
            kept.add(stamp)
    return kept


def rotate(book: Path, *, keep: int = KEEP, protect: Iterable[Path] = (),
           now: dt.datetime | None = None) -> list[Path]:
    """Delete the copies :func:`to_keep` lets go; never ``protect`` (a copy being restored)
    nor the newest copy of a book replaced by a restore. Returns what was deleted."""
    files = backup_files(book)
    kept = to_keep([b.taken for b in files], now or dt.datetime.now(), keep=keep)
    spared = {Path(p).resolve() for p in protect}
    asides = [b for b in files if b.aside]
    if asides:
        spared.add(asides[-1].path.resolve())
    gone = []
    for b in files:
        if b.taken in kept or b.path.resolve() in spared:
            continue
        b.path.unlink(missing_ok=True)
        for side in ("-wal", "-shm"):  # left by a reader of an older version
            b.path.with_name(b.path.name + side).unlink(missing_ok=True)
        gone.append(b.path)
    return gone


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


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write what ``source`` reads (its ``-wal`` included) into the new file ``target``,
    through SQLite's backup API, and flush it to disk."""
    dst = sqlite3.connect(sqlite_uri(target, "rwc"), uri=True)
    try:
        source.backup(dst)
    finally:
        dst.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(book: Path, *, force: bool = False, keep: int = KEEP, aside: bool = False,
                protect: Iterable[Path] = ()) -> Path | None:
    """Copy the book into its backup folder, then rotate (see :func:`rotate`).

    Skipped (returns None) when the newest copy is already newer than the book's last change,
    so that opening a book repeatedly does not push real history out of the rotation.
    ``aside``: the copy of a book about to be replaced by a restore (always taken).
    """
    existing = list_backups(book)
    if existing and not (force or aside) and existing[-1].stat().st_mtime >= _last_change(book):
        return None
    folder = backup_dir(book)
    stamp = dt.datetime.now().strftime(_STAMP)
    target = folder / f"{book.stem}-{stamp}{ASIDE if aside else ''}.assocompta"
    partial = target.with_suffix(".partial")
    refuse_non_regular(target)
    refuse_non_regular(partial)
    try:
        folder.mkdir(exist_ok=True)
        src = sqlite3.connect(sqlite_uri(book, "ro"), uri=True)
        try:
            copy_database(src, partial)
        finally:
            src.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # no folder to remove it from: nothing to remove
            partial.unlink(missing_ok=True)
        raise _refused(book, exc) from None
    rotate(book, keep=keep, protect=[target, *protect])
    return target
