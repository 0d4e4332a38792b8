"""What users see when something fails: a message saying what to do, details in a log file."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from ..domain.fixes import for_app
from ..logs import log_path
from ..storage.pg.redaction import ScrubbingFormatter, scrub

log = logging.getLogger("assocompta")


def log_file() -> Path:
    # The command line writes there too, without Qt: one log for both (logs.log_path).
    return log_path()


def setup_logging() -> Path:
    path = log_file()
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) == path:
            return path  # once per process (tests start the app several times)
        log.removeHandler(old)  # a test's own data folder
        old.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def show_error(parent: QWidget | None, text: str, info: str = "",
               exc: BaseException | None = None) -> None:
    """One message box for every failure: what failed, what to do, the traceback hidden."""
    # The driver's texts (in exc, and so in info and the traceback) may hold a password.
    # Messages name the command line's commands; the app says its own menus instead.
    box = QMessageBox(QMessageBox.Icon.Warning, "AssoCompta", scrub(for_app(text)),
                      QMessageBox.StandardButton.Ok, parent)
    if info:
        box.setInformativeText(scrub(for_app(info)))
    if exc is not None and not isinstance(exc, DomainError):
        box.setDetailedText(scrub("".join(traceback.format_exception(exc))))
    box.exec()


def report(parent: QWidget | None, exc: BaseException, what: str) -> None:
    """A refused action (DomainError) is explained; anything else is logged and explained."""
    if isinstance(exc, DomainError):
        show_error(parent, what, str(exc))
        return
    log.error("%s", what, exc_info=exc)
    show_error(parent, what, QCoreApplication.translate(
        "Errors", "Une erreur inattendue s'est produite ; le livre n'a pas été modifié par "
        "cette action. Détails dans le journal : {}").format(log_file()), exc)


def crash_dialog(value: BaseException) -> None:
    """The dialog for an exception nobody caught (GUI thread only)."""
    show_error(None, QCoreApplication.translate(
        "Errors", "Une erreur inattendue s'est produite."), QCoreApplication.translate(
        "Errors", "Vos écritures enregistrées sont intactes (chaque action est "
        "enregistrée à part). Le détail est dans le journal : {}").format(log_file()),
        value)


class _CrashRelay(QObject):
    """Carries an exception from a background thread to the GUI thread (a queued signal):
    a widget made or shown from another thread would crash Qt."""
    crashed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(self.show)

    @Slot(object)
    def show(self, value: BaseException) -> None:
        crash_dialog(value)


_relay: _CrashRelay | None = None


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is None or QThread.currentThread() is app.thread()


def _crashed(kind, value, tb, where: str = "") -> None:
    log.error("exception non prévue%s", where, exc_info=(kind, value, tb))
    if isinstance(value, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    if _on_gui_thread() or _relay is None:
        crash_dialog(value)
    else:
        _relay.crashed.emit(value)


def install_excepthook() -> None:
    """Unexpected exceptions in slots and in background threads (threading.Thread, QThread,
    QRunnable): logged with their traceback, then a dialog naming the log file, shown on
    the GUI thread; never a silent crash, never a lost error. Call it on the GUI thread."""
    global _relay
    if _relay is None:
        _relay = _CrashRelay()

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return  # a thread's normal way out, as Python's own hook treats it
        name = args.thread.name if args.thread is not None else "?"
        _crashed(args.exc_type, args.exc_value, args.exc_traceback,
                 f" (fil d'exécution « {name} »)")

    sys.excepthook = _crashed
    threading.excepthook = thread_hook
