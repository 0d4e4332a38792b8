"""A FEC import killed (SIGKILL, SIGTERM, SIGHUP) leaves no reading process behind and no
lock: the book opens for writing at once, without any of the import, and passes its checks.
A lock still held once the process its file names is gone is recognised (Linux)."""

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import kill  # noqa: E402
from synthetic import generate  # noqa: E402

import assocompta  # noqa: E402
from assocompta.domain.errors import BookLockedError  # noqa: E402
from assocompta.services.fec_import import (PARALLEL_BYTES, _die_with_parent,  # noqa: E402
                                            _Worker)
from assocompta.services.setup import Identity, create_book  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402
from assocompta.storage.lock import BookLock  # noqa: E402

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="forked reading process and /proc: Linux")
SRC = str(Path(assocompta.__file__).resolve().parents[1])
ENV = {**os.environ, "PYTHONPATH": SRC}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """An empty 2025 book and a FEC large enough to be read by a second process."""
    folder = tmp_path_factory.mktemp("killed")
    book, _ = create_book(folder / "empty.assocompta", Identity("Kill"), dt.date(2025, 1, 1))
    book.close()
    fec = folder / "fec2025.txt"
    entries = 60_000
    generate(fec, entries, 2025, seed=7)
    assert fec.stat().st_size >= PARALLEL_BYTES and (os.cpu_count() or 1) > 1
    return kill.Templates(folder, folder / "empty.assocompta", None, fec, entries, None, 0)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(c) for c in fh.read().split()]
    except OSError:
        return []


def _gone(pid: int) -> bool:
    """No such process, or a zombie (it holds nothing, only waits to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except OSError:
        return True


def _wait(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _import_killed(made, tmp_path, sig, ignored=None) -> tuple[Path, subprocess.Popen,
                                                               list[int]]:
    """Start ``assocompta fec import`` (``ignored``: a signal it ignores from the start, as
    under nohup), send ``sig`` once its reading process runs."""
    path = tmp_path / "livre.assocompta"
    path.write_bytes(made.book.read_bytes())
    proc = subprocess.Popen([sys.executable, "-m", "assocompta", "fec", "import", str(path),
                             str(made.fec)], env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=ignored and (lambda: signal.signal(ignored,
                                                                          signal.SIG_IGN)))
    try:
        assert _wait(lambda: _children(proc.pid), 60), "no reading process started"
        readers = _children(proc.pid)
        time.sleep(0.1)  # into the reading and sending
        proc.send_signal(sig)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return path, proc, readers


def _assert_left_clean(path: Path, made, readers: list[int], tmp_path: Path) -> None:
    try:
        assert _wait(lambda: all(_gone(p) for p in readers), 5), \
            f"reading process {readers} outlived the import"
    finally:
        for p in readers:  # never leave one behind, even when the test fails
            if not _gone(p):
                os.kill(p, signal.SIGKILL)
    # Opens for writing at once (verify opens it as a writer), holds none of the import,
    # passes SQLite's integrity check and check_book.
    problems, done = kill.verify("fec", path, made, tmp_path / "none.log")
    assert problems == []
    assert done == "rien"


def test_sigkilled_import_leaves_no_reader_and_no_lock(made, tmp_path):
    path, proc, readers = _import_killed(made, tmp_path, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    _assert_left_clean(path, made, readers, tmp_path)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_terminated_import_rolls_back_and_says_so(made, tmp_path, sig):
    path, proc, readers = _import_killed(made, tmp_path, sig)
    _assert_left_clean(path, made, readers, tmp_path)
    err = proc.stderr.read()  # once no reading process can hold the pipe open
    assert proc.returncode == 1, err
    assert (f"interrompu ({sig.name} reçu) : rien n'a été importé, le livre est tel qu'avant "
            "l'import. Relancez la même commande pour importer le fichier.") in err
    assert "Traceback" not in err


def test_sighup_ignored_under_nohup_lets_the_import_finish(made, tmp_path):
    path, proc, readers = _import_killed(made, tmp_path, signal.SIGHUP, signal.SIGHUP)
    assert proc.returncode == 0, proc.stderr.read()
    assert "60000 écritures" in proc.stdout.read()
    assert _wait(lambda: all(_gone(p) for p in readers), 5)
    problems, done = kill.verify("fec", path, made, tmp_path / "none.log")
    assert (problems, done) == ([], "tout")


def _links(pid: int) -> set[str]:
    found = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            found.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except OSError:
            pass
    return found


def test_reader_keeps_neither_the_lock_nor_the_importers_end_of_the_pipe(made, tmp_path):
    path = tmp_path / "livre.assocompta"
    path.write_bytes(made.book.read_bytes())
    with Book.open(path, backup=False):
        worker = _Worker(made.fec, "utf-8")
        try:
            pid = worker.process.pid
            importers_end = f"socket:[{os.fstat(worker.conn.fileno()).st_ino}]"
            assert importers_end in _links(os.getpid())
            # Named once it has tied itself to this process; the end closed right after.
            assert _wait(lambda: Path(f"/proc/{pid}/comm").read_text().strip()
                         == "assocompta-fec-", 5)
            assert _wait(lambda: importers_end not in _links(pid), 5)
            assert str(tmp_path / "livre.assocompta.lock") not in _links(pid)
        finally:
            worker.stop()


def test_reader_whose_parent_died_before_it_could_tie_itself_to_it_ends():
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child, told its parent is another process
        try:
            _die_with_parent(os.getppid() + 1)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 1


def test_a_forked_child_does_not_hold_the_lock(tmp_path):
    book = tmp_path / "livre.assocompta"
    lock = BookLock(book)
    lock.acquire()
    try:
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                kept = []
                for fd in os.listdir("/proc/self/fd"):
                    try:
                        kept.append(os.readlink(f"/proc/self/fd/{fd}"))
                    except OSError:
                        pass
                os.write(w, b"1" if str(lock.path) in kept else b"0")
            finally:
                os._exit(0)
        os.close(w)
        held_by_child = os.read(r, 1)
        os.close(r)
        os.waitpid(pid, 0)
        assert held_by_child == b"0"
        # The child closed its copy and exited: this process still holds the lock.
        assert lock.held
        with pytest.raises(BookLockedError, match=f"processus {os.getpid()}"):
            BookLock(book).acquire()
    finally:
        lock.release()
    other = BookLock(book)
    other.acquire()
    other.release()


def test_lock_file_of_a_sigkilled_writer_keeps_nobody_out(tmp_path):
    path = tmp_path / "livre.assocompta"
    create_book(path, Identity("Kill"), dt.date(2025, 1, 1))[0].close()
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from assocompta.storage.db import Book
        book = Book.open(sys.argv[1], backup=False)
        print("go", flush=True)
        time.sleep(60)
        """), str(path)], env=ENV, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "go"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    assert f'"pid": {proc.pid}' in (tmp_path / "livre.assocompta.lock").read_text()
    Book.open(path, backup=False).close()


# A process takes the lock as AssoCompta does, forks a child that keeps it (as the reading
# process of an import did before the child let go of the lock), then dies.
_ORPHAN = """
import ctypes, fcntl, json, os, socket, sys, time
fd = os.open(sys.argv[1] + ".lock", os.O_RDWR | os.O_CREAT, 0o644)
fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
holder = {"user": "tresorier", "host": socket.gethostname(), "pid": os.getpid(),
          "since": "2026-01-05T10:00:00"}
os.write(fd, b"\\n" + json.dumps(holder).encode())
if os.fork() == 0:
    if sys.argv[2] == "named":
        ctypes.CDLL(None).prctl(15, b"assocompta-fec-reader", 0, 0, 0)
    print(os.getpid(), flush=True)
    time.sleep(60)
    os._exit(0)
os._exit(0)
"""


def _orphan(path: Path, *argv: str) -> tuple[int, int]:
    """The pids of the dead process the lock file names and of its child holding the lock."""
    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN, str(path), *argv],
                            stdout=subprocess.PIPE, text=True)
    child = int(proc.stdout.readline())
    proc.wait()
    proc.stdout.close()
    assert _wait(lambda: _children(proc.pid) == [] and _gone(proc.pid), 5)
    return proc.pid, child


def test_lock_held_by_the_child_of_a_dead_process_names_the_real_holder(tmp_path):
    path = tmp_path / "livre.assocompta"
    create_book(path, Identity("Kill"), dt.date(2025, 1, 1))[0].close()
    dead, child = _orphan(path, "other")
    try:
        with pytest.raises(BookLockedError) as err:
            Book.open(path, backup=False)
        message = str(err.value)
        assert f"livre.assocompta est bloqué par le processus {child} (" in message
        assert (f"le processus {dead} que nomme son verrou (livre.assocompta.lock) n'existe "
                "plus") in message
        assert f"arrêtez-le (kill {child}, ou le gestionnaire des tâches)" in message
        assert not _gone(child)  # not ours to end: only told about
    finally:
        os.kill(child, signal.SIGKILL)
    assert _wait(lambda: _gone(child), 5)
    Book.open(path, backup=False).close()


def test_lock_held_out_of_sight_says_the_named_process_is_gone(tmp_path, monkeypatch):
    # Another user's process, or a system without /proc: who holds it cannot be seen.
    from assocompta.storage import lock_holders
    path = tmp_path / "livre.assocompta"
    create_book(path, Identity("Kill"), dt.date(2025, 1, 1))[0].close()
    dead, child = _orphan(path, "other")
    monkeypatch.setattr(lock_holders, "flock_holders", lambda path: [])
    try:
        with pytest.raises(BookLockedError) as err:
            Book.open(path, backup=False)
    finally:
        os.kill(child, signal.SIGKILL)
    assert str(err.value) == (
        f"livre.assocompta est verrouillé, mais le processus {dead} que nomme son verrou "
        "(livre.assocompta.lock) n'existe plus : un autre processus tient le verrou sans "
        "qu'on puisse savoir lequel, sans doute le reste d'un import interrompu. Arrêtez-le "
        "(ou redémarrez l'ordinateur) puis rouvrez le livre ; en attendant, ouvrez-le en "
        "lecture seule.")


@pytest.mark.parametrize("kind", ["older", "named"])
def test_leftover_reader_of_an_interrupted_import_is_ended_and_the_book_opens(tmp_path, kind):
    # "older": the command line of ``assocompta fec import`` the reader was forked from, as
    # readers of earlier versions (still running after an upgrade) have; "named": the name
    # this version gives its reading process.
    path = tmp_path / "livre.assocompta"
    create_book(path, Identity("Kill"), dt.date(2025, 1, 1))[0].close()
    argv = ["older", "assocompta", "fec", "import", str(path), "fec.txt"] \
        if kind == "older" else ["named"]
    dead, child = _orphan(path, *argv)
    try:
        book = Book.open(path, backup=False)
    finally:
        if not _gone(child):
            os.kill(child, signal.SIGKILL)
    try:
        assert _gone(child)
        assert f'"pid": {os.getpid()}' in (tmp_path / "livre.assocompta.lock").read_text()
        assert socket.gethostname() in (tmp_path / "livre.assocompta.lock").read_text()
    finally:
        book.close()
