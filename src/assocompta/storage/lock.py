"""One writer per book: an OS lock on a sidecar file that says who holds it.

The lock is released by the operating system when the holder exits, even after a crash, so a
stale lock never keeps a treasurer out. The sidecar file is never deleted: deleting a lock
file while another process waits on it would let two writers in.

A forked process would share the lock (an flock belongs to the open file) and keep it after
its parent died: the child closes its copies at once (_forget_in_child). A lock still held
once the process the file names is gone is looked into (:mod:`.lock_holders`).
"""

from __future__ import annotations

import datetime as dt
import errno
import getpass
import json
import logging
import os
import socket
import time
import weakref
from pathlib import Path

from ..domain.errors import BookError, BookLockedError
from . import lock_holders

log = logging.getLogger(__name__)
#: The locks this process holds, for a forked child to let go of.
_HELD: "weakref.WeakSet[BookLock]" = weakref.WeakSet()

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
        if not _try_lock(fd) and not self._take_from_leftover(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise BookLockedError(self._locked_message(holder), holder)
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
        _HELD.add(self)

    def _take_from_leftover(self, fd: int) -> bool:
        """Take the lock from the reading process of an interrupted FEC import, if that is
        what holds it.

        Ended without asking: that process only reads the file for its parent's import
        transaction; with the parent gone, the transaction is gone too (SQLite rolled it
        back) and nothing it holds can ever be written. It is recognised by its name or its
        command line, holding the lock while the process the lock file names is gone: any
        process taking the lock writes its own pid there, so a holder that is not the named
        process got the lock by being forked from it. The file is read again after a pause
        so that a process caught between taking the lock and writing its pid is left alone.
        """
        holder = _read_holder(fd)
        holders = self._holders_instead(holder)
        if not holders or not all(h.is_fec_reader for h in holders):
            return False
        time.sleep(0.2)
        if _read_holder(fd) != holder or not lock_holders.end(holders) or not _try_lock(fd):
            return False
        log.warning("%s : verrou repris au processus de lecture %s d'un import interrompu",
                    self.book, ", ".join(str(h.pid) for h in holders))
        return True

    def _holders_instead(self, holder: dict) -> list[lock_holders.Holder] | None:
        """None while the process the lock file names may hold the lock; once it is gone,
        the processes that really hold it (none where this cannot be seen)."""
        pid = holder.get("pid")
        if (holder.get("host") != socket.gethostname() or not isinstance(pid, int)
                or lock_holders.is_assocompta(pid)):
            return None
        holders = lock_holders.flock_holders(self.path)
        # Alive under another name (a script, the tests) and holding it, or not seen: the
        # named process may well be the holder.
        if any(h.pid == pid for h in holders) or (not holders and lock_holders.alive(pid)):
            return None
        return holders

    def _locked_message(self, holder: dict) -> str:
        holders = self._holders_instead(holder)
        if holders is None:
            return (f"{self.book.name} est déjà ouvert en écriture par "
                    f"{describe_holder(holder)}. Fermez-le là-bas, ou ouvrez-le en lecture "
                    "seule.")
        gone = (f"le processus {holder.get('pid')} que nomme son verrou "
                f"({self.path.name}) n'existe plus")
        if not holders:
            return (f"{self.book.name} est verrouillé, mais {gone} : un autre processus "
                    "tient le verrou sans qu'on puisse savoir lequel, sans doute le reste "
                    "d'un import interrompu. Arrêtez-le (ou redémarrez l'ordinateur) puis "
                    "rouvrez le livre ; en attendant, ouvrez-le en lecture seule.")
        pids = " ".join(str(h.pid) for h in holders)
        what = " ; ".join(f"{h.pid} ({h.command})" for h in holders)
        return (f"{self.book.name} est bloqué par le processus {what}, et non par celui "
                f"qu'indique le verrou : {gone}. C'est sans doute le reste d'un import "
                f"interrompu, qui n'enregistrera plus rien : arrêtez-le (kill {pids}, ou le "
                "gestionnaire des tâches) puis rouvrez le livre ; en attendant, ouvrez-le en "
                "lecture seule.")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 1)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
            _HELD.discard(self)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _forget_in_child() -> None:
    """In a forked child: close its copies of the lock files, never unlocking them.

    Closing a copy leaves the parent's lock whole (it lasts while one descriptor of the open
    file remains); unlocking would release the parent's lock."""
    for lock in list(_HELD):
        if lock._fd is not None:
            try:
                os.close(lock._fd)
            except OSError:
                pass
            lock._fd = None
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


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
