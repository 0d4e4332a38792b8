"""One writer per book: an OS lock on a sidecar file that says who holds it.

The lock is released by the operating system when the holder exits, even after a crash, so a
stale lock never keeps a treasurer out. The sidecar file is never deleted: deleting a lock
file while another process waits on it would let two writers in.
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import os
import socket
from pathlib import Path

from ..domain.errors import BookError, BookLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(book: Path) -> Path:
    """The lock beside the real book, symlinks resolved: a book reached through a link and
    through its own path is one book, with one writer."""
    real = Path(os.path.realpath(book))
    return real.with_name(real.name + ".lock")


def describe_holder(holder: dict) -> str:
    who = holder.get("user", "?") + "@" + holder.get("host", "?")
    since = holder.get("since", "")
    try:
        since = dt.datetime.fromisoformat(since).strftime("%d/%m/%Y à %H:%M")
    except ValueError:
        pass
    return f"{who} (processus {holder.get('pid', '?')}, depuis le {since})"


class BookLock:
    """Exclusive write access to a book for this process."""

    def __init__(self, book: Path) -> None:
        self.path = lock_path(book)
        self.book = book
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise BookLockedError(
                f"{self.book.name} est déjà ouvert en écriture par {describe_holder(holder)}. "
                "Fermez-le là-bas, ou ouvrez-le en lecture seule.", holder)
        holder = {
            "user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        data = json.dumps(holder).encode()
        try:
            # Byte 0 carries the Windows lock; the holder text starts after it.
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 1)
            os.write(fd, b"\n" + data)
            os.fsync(fd)
        except OSError as exc:
            _unlock(fd)
            os.close(fd)
            why = ("le disque est plein" if exc.errno in (errno.ENOSPC, errno.EDQUOT)
                   else exc.strerror or str(exc))
            raise BookError(f"{self.book.name} ne peut pas être ouvert en écriture : {why}. "
                            "Libérez de la place puis rouvrez-le. Le fichier n'a pas été "
                            "modifié.") from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 1)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _read_holder(fd: int) -> dict:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        return json.loads(os.read(fd, 4096).decode() or "{}")
    except (OSError, ValueError):
        return {}


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return str(os.getuid()) if hasattr(os, "getuid") else "?"
