"""Who really holds a book's lock when the process the lock file names is gone (Linux).

An flock belongs to an open file, not to a process: a process forked while the lock was held
shares it, and keeps it once the process that took it, the one the lock file names, has
died. /proc/locks still names the process that took the lock, so it cannot say who holds it
now; /proc/PID/fdinfo shows a ``lock:`` line on every descriptor of the holding open file.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

#: The FEC reading process's name (``multiprocessing`` and, cut to 15 bytes, the kernel's).
READER_NAME = "assocompta-fec-reader"
_COMM = READER_NAME[:15]


@dataclass(frozen=True)
class Holder:
    pid: int
    name: str                 # the kernel's short name (comm)
    argv: tuple[str, ...]

    @property
    def command(self) -> str:
        """The command line, cut short enough for a message."""
        text = " ".join(" ".join(self.argv).split()) or self.name
        return text if len(text) <= 80 else text[:79] + "…"

    @property
    def is_fec_reader(self) -> bool:
        """The reading process of a FEC import: this version names it; older versions left
        it with the command line of ``assocompta fec import`` it was forked from."""
        if self.name == _COMM:
            return True
        args = list(self.argv)
        return any(args[i:i + 2] == ["fec", "import"]
                   and any("assocompta" in Path(a).name.lower() for a in args[:i])
                   for i in range(len(args)))


def alive(pid: int) -> bool:
    """The process exists (a zombie holds nothing: it counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def is_assocompta(pid: int) -> bool:
    """The process exists and, where this can be seen, runs AssoCompta (not a reused pid)."""
    if not alive(pid):
        return False
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"assocompta" in fh.read().lower()
    except FileNotFoundError:  # gone meanwhile; or no /proc here, where alive must do
        return not Path("/proc/self").is_dir()
    except OSError:
        return True


def flock_holders(path: Path) -> list[Holder]:
    """The processes holding an flock on ``path`` (empty where /proc cannot tell)."""
    try:
        st = os.stat(path)
        with open("/proc/locks") as fh:
            locked = any(line.split()[1] == "FLOCK" and line.split()[5].endswith(
                f":{st.st_ino}") for line in fh if len(line.split()) > 5)
    except OSError:
        return []
    if not locked:
        return []
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit() and _holds(int(entry.name), path.name, st):
            found.append(_holder(int(entry.name)))
    return found


def _holds(pid: int, name: str, st: os.stat_result) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            # The link's name first: stat() only the lock file's namesakes, never every
            # file a process has open (a hung network mount would hang us too).
            if os.path.basename(os.readlink(f"/proc/{pid}/fd/{fd}")) != name:
                continue
            target = os.stat(f"/proc/{pid}/fd/{fd}")
            if (target.st_dev, target.st_ino) != (st.st_dev, st.st_ino):
                continue
            with open(f"/proc/{pid}/fdinfo/{fd}") as fh:
                if any(line.startswith("lock:") and "FLOCK" in line for line in fh):
                    return True
        except OSError:
            continue
    return False


def _holder(pid: int) -> Holder:
    try:
        with open(f"/proc/{pid}/comm") as fh:
            name = fh.read().strip()
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            argv = tuple(a.decode(errors="replace") for a in fh.read().split(b"\0") if a)
    except OSError:
        name, argv = "?", ()
    return Holder(pid, name, argv)


def end(holders: list[Holder], wait: float = 3.0) -> bool:
    """SIGKILL these processes; whether they are all gone within ``wait`` seconds."""
    for h in holders:
        try:
            os.kill(h.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        except PermissionError:
            return False
    deadline = time.monotonic() + wait
    while any(alive(h.pid) for h in holders):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True
