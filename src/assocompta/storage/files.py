"""A book file as SQLite sees it: its URI, a connection set up for safety, and the checks
that tell a sound book from anything else — with the standard library only, so that the app
can show a book before the ORM is loaded."""

from __future__ import annotations

import os
import shutil
import tempfile
import sqlite3
from pathlib import Path

from ..domain.errors import BookError
from ..domain.fixes import RESTORE, command
from ..file_head import read_head
from ..output import SQLITE_MAGIC, refuse_unsafe_destination  # noqa: F401 - SQLITE_MAGIC shared
from . import migrations
from .shape import refuse_invalid

#: Written in the SQLite header so that another program's database is never taken for a book.
APPLICATION_ID = 0x41534350  # "ASCP"
#: A file name holds at most 255 bytes on common filesystems, and the files made beside a book
#: are named after it with up to 47 bytes more (the copy a restore keeps aside:
#: "-AAAAMMJJ-HHMMSS-ffffff-avant-restauration.partial-journal" in place of ".assocompta").
NAME_MAX = 255 - 47
#: SQLite opens no path longer than 504 bytes (512 with its "-journal"); a backup's path holds
#: the book's name twice: "<book>.backups/<name>-AAAAMMJJ-HHMMSS-ffffff.partial".
PATH_MAX = 504
_BACKUP_PATH_MORE = len(".backups/") + len("-AAAAMMJJ-HHMMSS-ffffff-avant-restauration.partial")


def sqlite_uri(path: Path, mode: str) -> str:
    """The one way a path becomes an SQLite URI: absolute, every byte that means something in
    a URI (``%``, ``#``, ``?``, spaces, non-ASCII) percent-encoded, so SQLite opens that very
    file and no other."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


def refuse_long_name(path: Path) -> None:
    """Refuse a book whose name or path is too long for the files made beside it (lock,
    journal, backups), before any of them is tried."""
    path = Path(path)
    size = len(os.fsencode(path.name))
    if size > NAME_MAX:
        raise BookError(f"le nom du livre {path.name} est trop long ({size} octets, au plus "
                        f"{NAME_MAX} ; un accent compte pour 2, un emoji pour 4) : choisissez ou "
                        "donnez-lui un nom plus court. Le fichier n'a pas été modifié.")
    real = os.fsencode(os.path.realpath(path))
    longest = len(real) + len(os.fsencode(path.stem)) + _BACKUP_PATH_MORE
    if longest > PATH_MAX:
        raise BookError(f"le chemin du livre {path} est trop long pour SQLite : ses copies de "
                        f"sauvegarde auraient un chemin de {longest} octets (au plus "
                        f"{PATH_MAX}). Rangez-le dans un dossier moins profond ou donnez-lui "
                        "un nom plus court. Le fichier n'a pas été modifié.")


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # isolation_level=None: transactions are begun explicitly (see _on_begin), which is what
    # makes SQLite's own BEGIN/COMMIT semantics — and deferred constraints — apply.
    conn = sqlite3.connect(sqlite_uri(path, mode), uri=True, isolation_level=None,
                           check_same_thread=False, timeout=10)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = ON")  # the guards read pragma_foreign_keys
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def no_room(path: Path) -> bool:
    """Whether the disk holding ``path`` is (nearly) full."""
    try:
        return shutil.disk_usage(path.parent).free < 256 * 1024
    except OSError:
        return False


def damaged(path: Path, exc: sqlite3.Error) -> BookError:
    """The refusal of a file SQLite cannot read as a book."""
    hint = ""
    if path.with_name(path.name + ".backups").is_dir():
        hint = " Si c'est votre livre, " + restore_hint(path)
    return BookError(f"{path.name} est endommagé ou n'est pas un livre AssoCompta ({exc}). "
                     f"Le fichier n'a pas été modifié.{hint}")


def restore_hint(path: Path) -> str:
    """How to put one of the book's backups back."""
    return f"restaurez une copie de sauvegarde avec {command(RESTORE, path.name)}."


def probe(path: Path, *, integrity: bool = True, shape: bool = True) -> int:
    """Check, without writing anything, that ``path`` is a sound book; return its version.

    ``integrity=False`` skips ``quick_check`` (about a second on a million entries) for a
    reader that shows the book at once while a writer open runs the full check beside it.
    ``shape=False`` lets through a book whose association or fiscal years cannot be read
    (``assocompta check`` opens it to name them).
    """
    path = Path(path)
    if not path.exists():
        raise BookError(f"{path} : ce fichier n'existe pas")
    if path.is_dir():
        raise BookError(f"{path} est un dossier, pas un livre AssoCompta")
    try:
        head = read_head(path, len(SQLITE_MAGIC))  # never open()/close(): see file_head
    except OSError as exc:
        raise BookError(f"{path} : lecture impossible ({exc.strerror})") from None
    if head != SQLITE_MAGIC:
        raise BookError(f"{path.name} n'est pas un livre AssoCompta (ce n'est pas une base "
                        "SQLite). Le fichier n'a pas été modifié.")
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error as exc:
        raise BookError(f"{path.name} : ouverture impossible ({exc})") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise BookError(f"{path.name} n'est pas un livre AssoCompta (c'est une autre base "
                            "SQLite). Le fichier n'a pas été modifié.")
        if version < 1:  # every book is made at schema 1 or later: the header was forged
            raise BookError(f"{path.name} est endommagé : son numéro de format (schéma "
                            f"{version}) est impossible. Le fichier n'a pas été modifié : "
                            f"{restore_hint(path)}")
        if version > migrations.LATEST:
            raise BookError(f"{path.name} a été enregistré par une version plus récente "
                            f"d'AssoCompta (schéma {version}, cette version lit jusqu'au "
                            f"schéma {migrations.LATEST}). Mettez AssoCompta à jour.")
        problems = ([row[0] for row in conn.execute("PRAGMA quick_check")] if integrity
                    else ["ok"])
        if problems != ["ok"]:
            raise BookError(f"{path.name} est endommagé ({problems[0]}). Le fichier n'a pas "
                            f"été modifié : {restore_hint(path)}")
        if shape:
            refuse_invalid(conn, path, restore_hint(path))
    except sqlite3.DatabaseError as exc:
        if len(os.fsencode(path.name)) + len("-wal") > 255:
            raise BookError(f"le nom du livre {path.name} est trop long pour que SQLite "
                            "écrive son journal à côté : renommez le fichier (au plus "
                            f"{NAME_MAX} octets ; un accent compte pour 2, un emoji pour 4). "
                            "Le fichier n'a pas été modifié.") from None
        if no_room(path):
            # SQLite needs room beside the book (its shared-memory file) even to read it.
            raise BookError(f"{path.name} ne peut pas être ouvert : le disque est plein. "
                            "Libérez de la place puis rouvrez-le. Le fichier n'a pas été "
                            "modifié.") from None
        if "unable to open" in str(exc) and not os.access(path.parent, os.W_OK):
            # A book (WAL journal) needs its folder writable even to be read.
            raise BookError(f"{path.name} est sur un support ou dans un dossier protégé en "
                            "écriture : copiez-le dans un dossier à vous pour l'ouvrir. Le "
                            "fichier n'a pas été modifié.") from None
        raise damaged(path, exc) from None
    finally:
        conn.close()
    return version


def refuse_new_book_path(path: Path, taken: str) -> None:
    """Refuse, before anything is read or written, where a new book cannot go: an existing
    file (``taken`` says what to do), a book's lock or journal, a backups folder, a name or
    path too long for the files made beside it."""
    if path.exists() or path.is_symlink():
        raise BookError(f"{path} existe déjà : {taken}")
    refuse_unsafe_destination(path, new_book=True)
    refuse_long_name(path)


def temporary_beside(path: Path, taken: str) -> Path:
    """A new empty file next to ``path`` (a book being made), with an ordinary file's mode;
    ``path`` must not exist yet (``taken`` says what to do then)."""
    refuse_new_book_path(path, taken)
    if not path.parent.is_dir():
        raise BookError(f"{path.parent} : ce dossier n'existe pas")
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".new", dir=path.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp_name, 0o666 & ~umask)  # mkstemp makes it private; a book is an ordinary file
    return Path(tmp_name)
