"""Listing a book's backups, putting one back in place of the book, and saving a one-file copy.

A restore never loses the book it replaces: that book is first copied aside into the backup
folder (through SQLite's backup API, so its ``-wal`` is in the copy). The old ``-wal`` and
``-shm`` are then checkpointed and removed under the book's lock: left beside the restored
file, SQLite would apply the old journal to it and damage it. The restored file is written
under a temporary name beside the book, checked, flushed, and only then moved into place.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import BookError, BookLockedError
from ..file_head import read_head
from . import migrations
from .backup import backup_dir, backup_files, copy_database, rotate, ASIDE, _STAMP
from .files import APPLICATION_ID, SQLITE_MAGIC, _connect, sqlite_uri
from .lock import BookLock, describe_holder

_TABLES = ("association", "fiscal_year", "entry", "entry_line", "account")


@dataclass(frozen=True)
class BackupInfo:
    """What the listing shows of one backup (``problem`` set when it cannot be read)."""
    number: int
    path: Path
    taken: dt.datetime
    size: int
    aside: bool
    entries: int | None = None
    last_number: int | None = None
    last_date: dt.date | None = None
    last_year: str = ""
    problem: str = ""


@dataclass(frozen=True)
class Restored:
    """A restore done: which backup went back in place, and where the replaced book is."""
    book: Path
    backup: BackupInfo
    aside: Path | None


def _reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves nothing beside the file (no ``-shm``): a file with
    a journal beside it is read with its journal, any other as the fixed file it is."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    return sqlite3.connect(sqlite_uri(path, "ro") + "&immutable=1", uri=True)


def _contents(path: Path) -> dict:
    """Entries and the last one typed, read from the book at ``path``."""
    conn = _reader(path)
    try:
        entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
        last = conn.execute("SELECT e.number, e.date, f.label FROM entry e JOIN fiscal_year f "
                            "ON f.id = e.year_id ORDER BY e.id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    if last is None:
        return {"entries": entries}
    return {"entries": entries, "last_number": last[0],
            "last_date": dt.date.fromisoformat(last[1]), "last_year": last[2]}


def list_backups(book: Path) -> list[BackupInfo]:
    """The backups of ``book``, newest first, numbered from 1 as the listing shows them."""
    found = []
    for number, b in enumerate(reversed(backup_files(Path(book))), start=1):
        info = {"number": number, "path": b.path, "taken": b.taken,
                "size": b.path.stat().st_size, "aside": b.aside}
        try:
            info.update(_contents(b.path))
        except (sqlite3.Error, ValueError) as exc:
            info["problem"] = f"illisible ({exc})"
        found.append(BackupInfo(**info))
    return found


def find_backup(book: Path, text: str) -> Path:
    """The backup ``text`` names: its number or its name in the listing, or a file's path."""
    listing = list_backups(book)
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(listing):
        return listing[int(text) - 1].path
    by_name = backup_dir(book) / text
    if text and "/" not in text and by_name.is_file():
        return by_name
    if Path(text).exists():
        return Path(text)
    count = (f"numéros 1 à {len(listing)}" if listing else
             f"aucune sauvegarde dans {backup_dir(book).name}")
    raise BookError(f"sauvegarde « {text} » introuvable ({count}) : donnez son numéro ou son "
                    f"nom tels que « assocompta backups {book.name} » les affiche, ou le "
                    "chemin d'une copie du livre. Le livre n'a pas été modifié.")


def check_backup(path: Path) -> int:
    """Refuse, in French, a file that is not a sound book; return its schema version."""
    path = Path(path)
    name = path.name
    untouched = " Le livre n'a pas été modifié."
    if not path.exists():
        raise BookError(f"sauvegarde introuvable : {path} n'existe pas.{untouched}")
    if not path.is_file():
        raise BookError(f"{path} n'est pas un fichier : ce n'est pas une sauvegarde.{untouched}")
    if read_head(path, len(SQLITE_MAGIC)) != SQLITE_MAGIC:  # maybe the open book itself
        raise BookError(f"{name} n'est pas un livre AssoCompta (ce n'est pas une base "
                        f"SQLite) : il ne peut pas être restauré.{untouched}")
    try:
        conn = _reader(path)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise BookError(f"{name} n'est pas un livre AssoCompta (c'est une autre base "
                                f"SQLite) : il ne peut pas être restauré.{untouched}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > migrations.LATEST:
                raise BookError(f"{name} vient d'une version plus récente d'AssoCompta "
                                f"(schéma {version}) : mettez AssoCompta à jour pour le "
                                f"restaurer.{untouched}")
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise BookError(f"la sauvegarde {name} est endommagée ({problems[0]}) : "
                                f"choisissez-en une autre.{untouched}")
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [t for t in _TABLES if t not in tables]
            if missing:
                raise BookError(f"la sauvegarde {name} est incomplète (table {missing[0]} "
                                f"absente) : choisissez-en une autre.{untouched}")
            broken = [row for row in conn.execute("PRAGMA foreign_key_check")
                      if row[2] != "balanced"]  # an imbalance is for `check`, not damage
            if broken:
                raise BookError(f"la sauvegarde {name} est endommagée (lien rompu : {broken[0][0]}"
                                f" n°{broken[0][1]} renvoie vers {broken[0][2]} absent) : "
                                f"choisissez-en une autre.{untouched}")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BookError(f"la sauvegarde {name} est endommagée ({exc}) : choisissez-en une "
                        f"autre.{untouched}") from None
    return version


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _lock(book: Path) -> BookLock:
    lock = BookLock(book)
    try:
        lock.acquire()
    except BookLockedError as exc:
        raise BookLockedError(
            f"restauration impossible : {book.name} est ouvert en écriture par "
            f"{describe_holder(exc.holder)}. Fermez-le là-bas (fenêtre d'AssoCompta ou "
            "commande en cours), puis recommencez. Le livre n'a pas été modifié.",
            exc.holder) from None
    return lock


def _keep_aside(book: Path) -> Path | None:
    """Copy the book about to be replaced into its backup folder; a file SQLite cannot read
    (the reason for restoring, often) is copied byte for byte, its journal with it."""
    if not book.exists():
        return None
    folder = backup_dir(book)
    folder.mkdir(exist_ok=True)
    target = folder / f"{book.stem}-{dt.datetime.now().strftime(_STAMP)}{ASIDE}.assocompta"
    partial = target.with_suffix(".partial")
    try:
        try:
            src = sqlite3.connect(sqlite_uri(book, "ro"), uri=True)
            try:
                copy_database(src, partial)
            finally:
                src.close()
        except sqlite3.Error:
            partial.unlink(missing_ok=True)
            shutil.copyfile(book, partial)
            wal = book.with_name(book.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, target.with_name(target.name + "-wal"))
            _fsync(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BookError(f"restauration impossible : le livre actuel n'a pas pu être gardé à "
                        f"part dans {folder} ({exc.strerror or exc}). Libérez de la place puis "
                        "recommencez. Le livre n'a pas été modifié.") from None
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_journal_in(book: Path) -> None:
    """Write the book's ``-wal`` into its file (lock held), so that removing the journal later
    loses nothing; refused while another program still reads from the journal."""
    if not book.exists():
        return
    try:
        conn = _connect(book, "rw")
        try:
            conn.execute("PRAGMA busy_timeout = 3000")
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return  # a damaged book: it is kept aside byte for byte, its journal with it
    if busy:
        raise BookError(f"restauration impossible : un autre programme lit encore {book.name} "
                        "(une fenêtre d'AssoCompta en lecture seule, un export en cours…). "
                        "Fermez-le puis recommencez. Le livre n'a pas été modifié.")


def _remove_journal(book: Path) -> None:
    """An old journal must never meet the restored file: SQLite would replay it there."""
    for side in ("-wal", "-shm", "-journal"):
        book.with_name(book.name + side).unlink(missing_ok=True)


def _remove_leftovers(book: Path) -> None:
    """Copies a killed restore left beside the book (made under the lock, so none is in use)."""
    for item in book.parent.iterdir():
        if item.name.startswith(book.name + ".") and item.name.endswith(".restauration"):
            item.unlink(missing_ok=True)


def _put_in_place(new: Path, book: Path) -> None:
    os.replace(new, book)
    if os.name != "nt":  # the rename itself made durable
        fd = os.open(book.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore(book: Path, backup: Path) -> Restored:
    """Put ``backup`` in place of ``book``, the book being kept aside as a backup first.

    Refused (:class:`BookError`, nothing changed) when the backup is missing, not a book,
    damaged, the book itself, or the book is open for writing elsewhere. An older backup is
    upgraded the next time the book is opened, as any older book."""
    book, backup = Path(book), Path(backup)
    if not book.parent.is_dir():
        raise BookError(f"{book.parent} : ce dossier n'existe pas")
    if _same_file(book, backup):
        raise BookError(f"{backup.name} est le livre lui-même, pas une sauvegarde : choisissez "
                        f"une copie du dossier {backup_dir(book).name}. Le livre n'a pas été "
                        "modifié.")
    check_backup(backup)
    info = next((b for b in list_backups(book) if _same_file(b.path, backup)), None)
    lock = _lock(book)
    # A link to the book stays a link: the file it points to is the one replaced.
    real = Path(os.path.realpath(book))
    new: Path | None = None
    try:
        _remove_leftovers(real)
        fd, name = tempfile.mkstemp(prefix=real.name + ".", suffix=".restauration",
                                    dir=real.parent)
        os.close(fd)
        new = Path(name)
        src = _reader(backup)
        try:
            copy_database(src, new)
        finally:
            src.close()
        if info is None:
            info = BackupInfo(0, backup, dt.datetime.fromtimestamp(backup.stat().st_mtime),
                              backup.stat().st_size, False, **_contents(new))
        mode = real.stat().st_mode & 0o777 if real.exists() else 0o666 & ~_umask()
        os.chmod(new, mode)
        _write_journal_in(real)
        aside = _keep_aside(book)
        rotate(book, protect=[backup] + ([aside] if aside else []))
        _remove_journal(real)
        _put_in_place(new, real)
        new = None
    except OSError as exc:
        raise BookError(f"restauration impossible : {exc.strerror or exc}. Le livre n'a pas "
                        "été modifié.") from None
    except sqlite3.Error as exc:
        raise BookError(f"restauration impossible : la sauvegarde {backup.name} n'a pas pu "
                        f"être copiée ({exc}). Le livre n'a pas été modifié.") from None
    finally:
        if new is not None:
            new.unlink(missing_ok=True)
        lock.release()
    return Restored(book, info, aside)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def is_book_file(path: Path) -> bool:
    """Whether ``path`` is (or is named as) a book or another SQLite database."""
    if path.suffix.lower() == ".assocompta":
        return True
    try:
        return read_head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC  # maybe the open book
    except OSError:
        return False


def save_copy(book: Path, dest: Path) -> Path:
    """A copy of ``book`` in the one file ``dest``, consistent even while the book is being
    written (SQLite's backup API, ``-wal`` included). Never over a book, the book itself
    included."""
    from ..output import atomic_file
    book, dest = Path(book), Path(dest)
    if dest.suffix == "" and not dest.exists():
        dest = dest.with_suffix(".assocompta")
    if _same_file(book, dest) or dest.resolve() == book.resolve():
        raise BookError(f"{dest.name} est le livre lui-même : choisissez un autre nom pour la "
                        "copie.")
    if dest.exists() and not dest.is_file():
        raise BookError(f"{dest} n'est pas un fichier ordinaire : choisissez un autre nom pour "
                        "la copie.")
    if dest.exists() and is_book_file(dest):
        raise BookError(f"{dest.name} est déjà un livre (ou une base SQLite) : la copie ne "
                        "l'écrase pas. Choisissez un autre nom, ou supprimez d'abord ce "
                        "fichier.")
    if not dest.parent.is_dir():
        raise BookError(f"{dest.parent} : ce dossier n'existe pas")
    try:
        with atomic_file(dest, new_book=True) as tmp:
            src = sqlite3.connect(sqlite_uri(book, "ro"), uri=True)
            try:
                copy_database(src, tmp)
            finally:
                src.close()
    except sqlite3.Error as exc:
        raise BookError(f"copie de {book.name} impossible ({exc}) : {dest.name} n'a pas été "
                        "écrit.") from None
    return dest


def size_text(size: int) -> str:
    """A file size as a French reader writes it (« 148 Ko », « 1,2 Mo »)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} Ko"
    return f"{size / (1024 * 1024):.1f} Mo".replace(".", ",")


def last_entry_text(info: BackupInfo) -> str:
    """The last entry typed in a backup, or why it cannot be told."""
    if info.problem:
        return info.problem
    if info.last_number is None:
        return "aucune écriture"
    return (f"n°{info.last_number} du {info.last_date:%d/%m/%Y} (exercice {info.last_year})")
