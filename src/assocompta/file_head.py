"""The first bytes of a file, read without ever dropping this process's SQLite locks on it.

SQLite locks a book with POSIX record locks, and those belong to the process: closing ANY
descriptor of the file releases every lock the process holds on it
(https://www.sqlite.org/howtocorrupt.html, 2.2). A plain ``open()``/``close()`` of an open
book, to read its header, silently dropped the app's shared lock: the ``sqlite3`` command run
on the book then took itself for its last user, wrote the ``-wal`` into the book and deleted
it while the app went on writing into the deleted journal, and what the app wrote afterwards
was lost. So a file read here is opened once and its descriptor kept, never closed while the
file exists (SQLite, which knows of this, keeps its own descriptors the same way).
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

#: (device, inode) → a descriptor kept open on that file.
_KEPT: dict[tuple[int, int], int] = {}
_GUARD = threading.Lock()
#: Closing another handle does not release a Windows lock, and an open handle would keep the
#: file from being replaced: there a file is opened and closed as usual.
_KEEP = os.name != "nt"


def read_head(path: Path | str, size: int) -> bytes:
    """Up to ``size`` bytes from the start of the regular file ``path`` (OSError as ``open``).

    A fifo or a device is never waited on: it reads as nothing."""
    if not _KEEP:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as fh:
            return fh.read(size)
    with _GUARD:
        _forget_deleted()
        fd = _kept(path)
        return os.pread(fd, size, 0) if fd is not None else b""


def _kept(path: Path | str) -> int | None:
    """The descriptor kept on ``path`` (opened now if need be); None for no regular file."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        return None
    fd = _KEPT.get((st.st_dev, st.st_ino))
    if fd is not None:
        return fd
    # O_NONBLOCK: a file swapped for a fifo since the stat is not waited on.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)  # no book: SQLite holds no lock on it
        return None
    key = (st.st_dev, st.st_ino)
    if key in _KEPT:
        # Swapped since the stat for a file already kept: closing this second descriptor
        # would drop the locks all the same, so it is kept too.
        _SPARE.append(fd)
        return _KEPT[key]
    _KEPT[key] = fd
    return fd


#: Second descriptors on a kept file, opened through a race (see _kept): never closed.
_SPARE: list[int] = []


def _forget_deleted() -> None:
    """Close the descriptors of files deleted since (an export written over, a book
    replaced by a restore): nobody can open those any more, so no lock on them matters,
    and their disk space comes back."""
    for key, fd in list(_KEPT.items()):
        try:
            gone = os.fstat(fd).st_nlink == 0
        except OSError:
            gone = True
        if gone:
            del _KEPT[key]
            try:
                os.close(fd)
            except OSError:
                pass
