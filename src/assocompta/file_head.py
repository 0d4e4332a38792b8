"""The first bytes of a file, read without ever dropping this process's SQLite locks on it.

SQLite locks a book with POSIX record locks, and those belong to the process: closing ANY
descriptor of the file releases every lock the process holds on it
(https://www.sqlite.org/howtocorrupt.html, 2.2). A plain ``open()``/``close()`` of an open
book, to read its header, silently dropped the app's shared lock: the ``sqlite3`` command run
on the book then took itself for its last user, wrote the ``-wal`` into the book and deleted
it while the app went on writing into the deleted journal, and what the app wrote afterwards
was lost.

So a file this process already has open (SQLite's descriptors) is read through a descriptor
of its own that stays open as long as another descriptor of the process is open on that file,
as SQLite does with its own. It is closed once it is the last (:func:`release`, called when a
book closes): then the process holds no lock on the file, and a USB stick can be ejected.
"""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

#: (device, inode) → the descriptors kept open on that file (more than one only when the
#: file was swapped for a kept one between a stat and an open).
_KEPT: dict[tuple[int, int], list[int]] = {}
_GUARD = threading.Lock()
#: Closing another handle does not release a Windows lock, and an open handle would keep the
#: file from being replaced: there a file is opened and closed as usual.
_KEEP = os.name != "nt"
_FDS = "/proc/self/fd" if os.path.isdir("/proc/self/fd") else "/dev/fd"


def read_head(path: Path | str, size: int) -> bytes:
    """Up to ``size`` bytes from the start of the regular file ``path`` (OSError as ``open``).

    A fifo or a device is never waited on: it reads as nothing."""
    if not _KEEP:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        with open(path, "rb") as fh:
            return fh.read(size)
    with _GUARD:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return b""
        kept = _KEPT.get((st.st_dev, st.st_ino))
        if kept:
            return os.pread(kept[0], size, 0)
        # O_NONBLOCK: a file swapped for a fifo since the stat is not waited on.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        st = os.fstat(fd)
        # Kept before anything else can fail: only _release may close it.
        _KEPT.setdefault((st.st_dev, st.st_ino), []).append(fd)
        try:
            return os.pread(fd, size, 0) if stat.S_ISREG(st.st_mode) else b""
        finally:
            _release()


def release() -> None:
    """Close the descriptors kept on files this process no longer has open otherwise."""
    if _KEEP:
        with _GUARD:
            _release()


def _release() -> None:
    if not _KEPT:
        return
    try:
        others = _open_files({fd for fds in _KEPT.values() for fd in fds})
    except OSError:  # this process's descriptors cannot be listed: keep them all
        return
    for key in [key for key in _KEPT if key not in others]:
        # No other descriptor of this process on the file, so no lock: closing is safe.
        for fd in _KEPT.pop(key):
            try:
                os.close(fd)
            except OSError:
                pass


def _open_files(skip: set[int]) -> set[tuple[int, int]]:
    """(device, inode) of the files this process has open through descriptors not in
    ``skip``."""
    found = set()
    for name in os.listdir(_FDS):
        fd = int(name)
        if fd in skip:
            continue
        try:
            # Sockets, pipes and the like are no book: no stat of each on Linux.
            if _FDS.startswith("/proc") and not os.readlink(f"{_FDS}/{fd}").startswith("/"):
                continue
            st = os.fstat(fd)
        except OSError:  # the listing's own descriptor, or one closed meanwhile
            continue
        found.add((st.st_dev, st.st_ino))
    return found
