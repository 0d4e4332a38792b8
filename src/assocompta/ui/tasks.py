"""Long work (imports, big exports) in a thread behind a progress dialog: the window keeps
painting, and the result or the error comes back to the GUI thread."""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    finished = Signal(object, object)  # result, exception (never None: see session.changed)


_NOTHING = object()


def run_task(parent: QWidget | None, label: str, work: Callable[[], Any],
             done: Callable[[Any], None],
             failed: Callable[[BaseException], None]) -> QProgressDialog:
    """Run ``work()`` in a thread behind a modal busy dialog; then ``done(result)`` or
    ``failed(exc)`` in the GUI thread. Returns the dialog (tests wait on it)."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setWindowTitle("AssoCompta")
    dialog.setCancelButton(None)  # an import is all-or-nothing; it is not interrupted midway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    relay = _Relay(dialog)

    def finish(result: object, exc: object) -> None:
        dialog.reset()
        dialog.close()
        if exc is not _NOTHING:
            failed(exc)
        else:
            done(None if result is _NOTHING else result)
        dialog.deleteLater()

    relay.finished.connect(finish)

    def target() -> None:
        try:
            try:
                result = work()
            except BaseException as exc:  # handed to the GUI thread
                outcome = (_NOTHING, exc)
            else:
                outcome = (result if result is not None else _NOTHING, _NOTHING)
            try:
                relay.finished.emit(*outcome)
            except RuntimeError:  # its window was closed and deleted: nobody left to tell
                if outcome[1] is not _NOTHING:
                    raise outcome[1] from None  # then the thread's excepthook: log, dialog
        finally:
            with _lock:
                _running.discard(threading.current_thread())

    # Not a daemon: work that writes (an import, a copy) ends before the process does, even
    # when its window was closed meanwhile (see BookSession.close).
    dialog.thread_ = threading.Thread(target=target, name="task")
    with _lock:
        _running.add(dialog.thread_)
    dialog.thread_.start()
    return dialog


_running: set[threading.Thread] = set()
_lock = threading.Lock()


def running() -> list[threading.Thread]:
    """The tasks still at work: a book they may write to is closed only after them."""
    with _lock:
        return [t for t in _running if t.is_alive()]
