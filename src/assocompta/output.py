"""Files the user gets (exports, reports): written beside their destination, then moved into
place, so that a crash never leaves half a file under the real name."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Iterator

from .domain.errors import DomainError


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
    return exc


@contextlib.contextmanager
def atomic_file(dest: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``dest``; on success it becomes ``dest`` with the
    permissions of any new file (mkstemp's are owner-only), on failure it is removed.

    A full disk or a protected folder comes out as a :class:`DomainError` naming the file."""
    dest = Path(dest)
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
