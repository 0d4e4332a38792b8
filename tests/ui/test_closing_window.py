"""Closing a window never waits on background work, and that work still ends cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from assocompta.storage.backup import list_backups
from assocompta.storage.db import Book
from assocompta.ui import session as session_module
from assocompta.ui.main_window import MainWindow
from assocompta.ui.session import BookSession
from assocompta.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SLOW = 3.0  # seconds the background open (integrity check and backup) takes here


def _slow_reads(monkeypatch) -> None:
    """Every read connection crawls (as on a book of millions of lines); interrupt() works."""
    real = BookSession.connect_ro

    def crawling(self):
        conn = real(self)
        conn.set_progress_handler(lambda: time.sleep(0.002), 50)
        return conn
    monkeypatch.setattr(BookSession, "connect_ro", crawling)


def _slow_writer_open(monkeypatch) -> None:
    real = session_module._open_book

    def slow(target, **options):
        time.sleep(SLOW)
        return real(target, **options)
    monkeypatch.setattr(session_module, "_open_book", slow)


def test_closing_during_the_checks_and_a_long_read_returns_at_once(qtbot, demo_path,
                                                                  monkeypatch):
    _slow_writer_open(monkeypatch)
    _slow_reads(monkeypatch)
    before = list_backups(demo_path)
    demo_path.write_bytes(demo_path.read_bytes())  # changed since the last backup: one is due
    session = BookSession(demo_path)
    session.open()
    w = MainWindow(session, Settings(), {})
    qtbot.addWidget(w)
    w.show()
    ledger = w.show_view("saisie")
    qtbot.wait(300)
    assert ledger.model.is_loading and session._thread.is_alive()
    started = time.perf_counter()
    w.close()
    assert time.perf_counter() - started < 1.0
    # The background open goes on: its backup is whole, then its lock is released.
    session.wait_ready(30)
    assert not session._thread.is_alive()
    backups = list_backups(demo_path)
    assert len(backups) == len(before) + 1
    assert not list(backups[-1].parent.glob("*.partial"))
    with Book.open(demo_path, backup=False) as book:  # no longer locked
        assert book.scalar("SELECT count(*) FROM entry") > 0


SCRIPT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from assocompta.ui import session as s
    real = s._open_book
    def slow(target, **options):
        time.sleep(%(slow)s)
        return real(target, **options)
    s._open_book = slow
    app = QApplication([])
    from assocompta.ui.errors import install_excepthook
    from assocompta.ui.main_window import MainWindow
    from assocompta.ui.settings import Settings
    install_excepthook()
    session = s.BookSession(Path(sys.argv[1]))
    session.open()
    window = MainWindow(session, Settings(), {})
    window.show()
    window.show_view("saisie")
    def close():
        t = time.perf_counter()
        window.close()
        print(f"closed {time.perf_counter() - t:.3f}", flush=True)
        app.quit()
    QTimer.singleShot(300, close)
    sys.exit(app.exec())
""")


def test_the_app_quits_cleanly_after_the_background_open_has_finished(demo_path, tmp_path):
    demo_path.write_bytes(demo_path.read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), QT_QPA_PLATFORM="offscreen",
               ASSOCOMPTA_SETTINGS=str(tmp_path / "s.ini"), HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"))
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", SCRIPT % {"slow": SLOW}, str(demo_path)],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    closed = float(run.stdout.split()[1])
    assert closed < 1.0
    assert time.perf_counter() - started >= SLOW  # the backup was waited for, not cut short
    backups = list_backups(demo_path)
    assert backups and not list(backups[-1].parent.glob("*.partial"))
    with Book.open(demo_path, backup=False) as book:
        assert book.scalar("SELECT count(*) FROM entry") > 0
    assert "Traceback" not in run.stderr and "Error" not in run.stderr


def test_a_task_still_writing_keeps_the_book_locked_until_it_ends(qtbot, demo_path):
    import threading

    import pytest
    from sqlalchemy import text

    from assocompta.domain.errors import BookLockedError
    from assocompta.ui.tasks import run_task
    session = BookSession(demo_path)
    with qtbot.waitSignal(session.writable_changed, timeout=30_000):
        session.open()
    w = MainWindow(session, Settings(), {})
    qtbot.addWidget(w)
    w.show()
    book = session.book
    go = threading.Event()

    def work() -> None:  # an import, still writing after its window closed
        go.wait(30)
        with book.transaction() as s:
            s.execute(text("UPDATE association SET name = 'Écrit après la fermeture'"))

    dialog = run_task(w, "Import…", work, lambda _r: None, lambda _e: None)
    started = time.perf_counter()
    w.close()
    assert time.perf_counter() - started < 1.0
    with pytest.raises(BookLockedError):
        Book.open(demo_path, backup=False)
    go.set()
    dialog.thread_.join(30)
    qtbot.waitUntil(lambda: _unlocked(demo_path), timeout=10_000)
    with Book.open(demo_path, readonly=True) as reader:
        assert reader.scalar("SELECT name FROM association") == "Écrit après la fermeture"


def _unlocked(path: Path) -> bool:
    from assocompta.domain.errors import BookLockedError
    try:
        Book.open(path, backup=False).close()
    except BookLockedError:
        return False
    return True
