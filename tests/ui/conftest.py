"""GUI tests: offscreen Qt, settings in a temporary folder, the demo book copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from tests.conftest import ENGINES  # noqa: E402

#: The user's own settings folder, found before any test changes HOME or XDG_CONFIG_HOME.
USER_CONFIG = (Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
               / "AssoCompta").resolve()


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, monkeypatch):
    """Preferences (recent books, geometry) and app data go to tmp_path, never to $HOME.

    The settings file is named outright (ui/settings.py): Qt's own search paths follow
    XDG_CONFIG_HOME, which a fixture setting QSettings paths missed, and the user's file was
    emptied. Nothing here opens, clears or writes any file outside tmp_path.
    """
    from assocompta.ui import settings
    monkeypatch.setenv(settings.ENV, str(tmp_path / "cfg" / "AssoCompta.ini"))
    monkeypatch.setattr(settings, "_chosen", None)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for path in (settings.settings_path(), settings.default_path(),
                 Path(settings.open_settings().fileName())):
        assert path.resolve().is_relative_to(tmp_path.resolve()), path
        assert not path.resolve().is_relative_to(USER_CONFIG), path
    yield


@pytest.fixture(autouse=True)
def no_keys_held(qapp):
    """Each test starts with no key held down.

    QTest.keyClick(w, Z, Ctrl | Shift) leaves Qt believing Shift is still down
    (QGuiApplication.keyboardModifiers()): the next test's table.selectRow() then extended
    or toggled the selection instead of selecting the row, and the bank tests failed after
    the ledger's Ctrl+Shift+Z, at random under xdist. A key released with no modifier
    tells Qt that nothing is held any more.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        QTest.keyRelease(QWidget(), Qt.Key.Key_Shift)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    yield


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    """A message box in a test would block forever: answer Yes and record the text."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(f"{box.text()} {box.informativeText()}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    from assocompta.services.demo import create_demo
    path = tmp_path_factory.mktemp("demo") / "demo.assocompta"
    create_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.assocompta"
    shutil.copy(demo_master, path)
    return path


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """The views run on a book file, and on PostgreSQL when ASSOCOMPTA_PG_URL names a server."""
    return request.param


@pytest.fixture
def demo_target(demo_path: Path, engine: str, request):
    """The demo book where ``engine`` keeps it: the file, or a fresh database holding a copy."""
    if engine == "postgresql":
        from assocompta.storage.book_copy import copy_book
        url = request.getfixturevalue("pg_url")
        copy_book(demo_path, url)
        return url
    return demo_path


@pytest.fixture
def session(qtbot, demo_target):
    """The demo book, open for writing (background open finished)."""
    from assocompta.ui.session import BookSession
    s = BookSession(demo_target)
    with qtbot.waitSignal(s.writable_changed, timeout=30_000):
        s.open()
    yield s
    s.close()


@pytest.fixture
def window(qtbot, session):
    """The main window on the demo book."""
    from assocompta.ui.main_window import MainWindow
    from assocompta.ui.app import Controller
    from PySide6.QtWidgets import QApplication
    controller = Controller(QApplication.instance(), __import__(
        "assocompta.ui.settings", fromlist=["Settings"]).Settings())
    w = MainWindow(session, controller.settings, controller.actions)
    qtbot.addWidget(w)
    w.show()
    yield w
    for view in w.views.values():
        view.close_view()


@pytest.fixture(autouse=True)
def own_excepthooks():
    """A test starting the app (which installs its hooks) leaves the others Python's."""
    import sys
    import threading
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


@pytest.fixture
def english(qapp):
    """The app in English: this checkout's catalogue installed, babel's formats English."""
    from PySide6.QtCore import QTranslator

    from assocompta.ui import locale
    # The .qm of this checkout, by path: an editable install may map assocompta.resources
    # onto another tree.
    # Qt's French strings (Fermer on a Close button) installed by an earlier in-process start
    # are set aside meanwhile: the app installs them only for French.
    french = qapp.findChildren(QTranslator)
    for other in french:
        qapp.removeTranslator(other)
    translator = QTranslator()
    assert translator.load(str(Path(__file__).resolve().parents[2] / "resources" / "i18n" / "assocompta_en.qm"))
    qapp.installTranslator(translator)
    locale.set_language("en")
    yield
    qapp.removeTranslator(translator)
    for other in french:
        qapp.installTranslator(other)
    locale.set_language("fr")
