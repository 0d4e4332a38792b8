"""The app faced with a damaged book, a protected one, or a full disk: it says so plainly."""

import os

from PySide6.QtWidgets import QApplication

from assocompta.ui.app import Controller
from assocompta.ui.settings import Settings
from tests.faults.mounts import read_only_file
from tests.helpers import file_digest


def _controller():
    return Controller(QApplication.instance(), Settings())


def test_a_damaged_book_is_explained_and_left_alone(qtbot, demo_path, no_modal_boxes):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[:100] + os.urandom(len(data) - 100))
    digest = file_digest(demo_path)
    controller = _controller()
    assert controller.open_book(demo_path) is None
    assert not controller.windows
    [shown] = no_modal_boxes
    assert "Impossible d'ouvrir demo.assocompta" in shown
    assert "endommagé" in shown and "n'a pas été modifié" in shown
    assert file_digest(demo_path) == digest


def test_a_protected_book_opens_read_only_and_says_why(qtbot, demo_path, no_modal_boxes):
    digest = file_digest(demo_path)
    with read_only_file(demo_path):
        controller = _controller()
        window = controller.open_book(demo_path)
        assert window is not None
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.session.writable_changed, timeout=30_000) as signal:
            window.session.start_writer()
        assert signal.args == [False]
        assert "protégé en écriture" in window.session.read_only_reason
        assert "protégé en écriture" in window.statusBar().currentMessage()
        assert not any(a.isEnabled() for a in window.entry_actions.values())
        assert no_modal_boxes == []  # read-only is a state, not an error
        window.close()
        window.session.close()
    assert file_digest(demo_path) == digest
