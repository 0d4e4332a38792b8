"""Files the user gets (exports, reports): written beside their destination, then moved into
place, so that a crash never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterator

from .domain.errors import DomainError
from .file_head import read_head

#: The first 16 bytes of every SQLite database, hence of every book.
SQLITE_MAGIC = b"SQLite format 3\x00"
BOOK_SUFFIX = ".assocompta"
#: What SQLite and AssoCompta put beside a book, named after it.
BOOK_SIDECARS = ("-wal", "-shm", "-journal", ".lock")
BACKUPS_SUFFIX = ".backups"
_KEEP = "rien n'a été écrit"


def is_sqlite_file(path: Path) -> bool:
    """Whether ``path`` is a regular file starting with SQLite's header (a book, or another
    program's database)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # opening a fifo would wait for a writer
        # Never open()/close(): the file may be an open book (see file_head).
        return read_head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def book_part(path: Path) -> str | None:
    """The book ``path`` is a sidecar of (journal, shared memory, lock), by its name."""
    name = path.name
    for suffix in BOOK_SIDECARS:
        if name.lower().endswith(suffix):
            base = name[:-len(suffix)]
            if base.lower().endswith(BOOK_SUFFIX) or is_sqlite_file(path.with_name(base)):
                return base
    return None


def backups_folder(path: Path) -> Path | None:
    """The backups folder of a book that ``path`` (symlinks followed) lies in, if any."""
    real = Path(os.path.realpath(path))
    for folder in real.parents:
        if folder.name.lower().endswith(BACKUPS_SUFFIX):
            return folder
    return None


def refuse_non_regular(dest: Path) -> None:
    """Refuse a destination that exists and is not an ordinary file (a folder, a device, a
    fifo, a socket; symlinks followed): replacing it would destroy it, writing into it would
    hang or go nowhere."""
    dest = Path(dest)
    try:
        mode = os.stat(dest).st_mode
    except OSError:
        return  # nothing there (or unreachable): the write itself says what goes wrong
    shown = _shown(dest)
    if stat.S_ISDIR(mode):
        raise DomainError(f"{shown} est un dossier : {_KEEP}. Donnez le nom d'un fichier, "
                          "pas celui d'un dossier.")
    if not stat.S_ISREG(mode):
        raise DomainError(f"{shown} n'est pas un fichier ordinaire (périphérique, tube ou "
                          f"socket) : {_KEEP}. Choisissez un fichier dans un de vos dossiers.")


def refuse_unsafe_destination(dest: Path, *, new_book: bool = False) -> None:
    """Refuse, before anything is written, a destination whose writing would destroy a book or
    something that is not a file: any SQLite file (a book, its own or another), a name ending
    in ``.assocompta`` (unless ``new_book``), a book's journal or lock, anything in a backups
    folder, and what :func:`refuse_non_regular` refuses. Symlinks are followed.

    Overwriting an earlier export (an ordinary file) stays allowed."""
    dest = Path(dest)
    refuse_non_regular(dest)
    shown = _shown(dest)
    real = Path(os.path.realpath(dest))
    if os.path.isfile(dest) and not os.access(dest, os.R_OK):
        # Replacing needs only the folder's permission: a book we cannot read would go too.
        raise DomainError(f"{shown} ne peut pas être lu, donc pas vérifié (ce pourrait être "
                          f"un livre) : {_KEEP}. Choisissez un autre nom de fichier.")
    if is_sqlite_file(dest):
        raise DomainError(f"{shown} est un livre AssoCompta (ou une autre base SQLite) : "
                          f"{_KEEP}, pour ne pas l'écraser. Choisissez un autre nom de "
                          "fichier.")
    for path in {dest, real}:
        book = book_part(path)
        if book is not None:
            raise DomainError(f"{shown} fait partie du livre {book} (son journal ou son "
                              f"verrou) : {_KEEP}. Choisissez un autre nom de fichier.")
        if not new_book and path.name.lower().endswith(BOOK_SUFFIX):
            raise DomainError(f"{shown} porte l'extension {BOOK_SUFFIX} des livres : {_KEEP}. "
                              "Donnez au fichier l'extension de ce qui est exporté (.pdf, "
                              ".xlsx, .csv, .txt).")
    folder = backups_folder(dest)
    if folder is not None:
        raise DomainError(f"{shown} est dans {folder}, le dossier des copies de "
                          f"sauvegarde d'un livre : {_KEEP}. Choisissez un autre dossier.")


def _shown(dest: Path) -> str:
    """``dest`` as messages name it, with where it leads when it is a symlink."""
    if os.path.islink(dest):
        return f"{dest} (lien vers {os.path.realpath(dest)})"
    return str(dest)


def _umask() -> int:
    """The process umask, read without changing it where the system tells it (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: A name may hold 255 bytes; the temporary file beside an export adds 14 to it.
EXPORT_NAME_MAX = 255 - len(".12345678.part")


def write_refused(dest: Path, exc: OSError) -> DomainError | OSError:
    """What a treasurer is told when ``dest`` cannot be written for want of room or of the
    right to write; other system errors are left as they are."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DomainError(f"le disque est plein : {dest.name} n'a pas été écrit (un fichier "
                           "du même nom est resté tel quel). Libérez de la place ou choisissez "
                           "un autre emplacement, puis recommencez.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DomainError(f"le dossier {dest.parent} est protégé en écriture : {dest.name} n'a "
                           "pas été écrit. Choisissez un autre emplacement.")
    if exc.errno == errno.ENAMETOOLONG:
        return DomainError(f"le nom {dest.name} est trop long ({len(os.fsencode(dest.name))} "
                           f"octets ; au plus {EXPORT_NAME_MAX}) : il n'a pas été écrit. "
                           "Choisissez un nom plus court.")
    return exc


@contextlib.contextmanager
def atomic_file(dest: Path, *, new_book: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; on success it becomes ``dest`` with the
    permissions of any new file (mkstemp's are owner-only), on failure it is removed.

    A full disk or a protected folder comes out as a :class:`DomainError` naming the file;
    so does a destination that is a book or not an ordinary file (refused before anything is
    written: see :func:`refuse_unsafe_destination`; ``new_book`` for a copy of a book)."""
    dest = Path(dest)
    refuse_unsafe_destination(dest, new_book=new_book)
    try:
        fd, name = tempfile.mkstemp(prefix=dest.name + ".", suffix=".part", dir=dest.parent)
    except OSError as exc:
        raise write_refused(dest, exc) from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, dest)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        refused = write_refused(dest, exc)
        if refused is exc:
            raise
        raise refused from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
