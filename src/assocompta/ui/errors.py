"""What users see when something fails: a message saying what to do, details in a log file."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DomainError
from ..logs import log_path

log = logging.getLogger("assocompta")


def log_file() -> Path:
    # The command line writes there too, without Qt: one log for both (logs.log_path).
    return log_path()


def setup_logging() -> Path:
    path = log_file()
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return path  # once per process (tests start the app several times)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def show_error(parent: QWidget | None, text: str, info: str = "",
               exc: BaseException | None = None) -> None:
    """One message box for every failure: what failed, what to do, the traceback hidden."""
    box = QMessageBox(QMessageBox.Icon.Warning, "AssoCompta", text, QMessageBox.StandardButton.Ok,
                      parent)
    if info:
        box.setInformativeText(info)
    if exc is not None and not isinstance(exc, DomainError):
        box.setDetailedText("".join(traceback.format_exception(exc)))
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


def install_excepthook() -> None:
    """Unexpected exceptions in slots: a dialog naming the log file, never a silent crash."""
    def hook(kind, value, tb):
        log.error("exception non prévue", exc_info=(kind, value, tb))
        if isinstance(value, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_error(None, QCoreApplication.translate(
            "Errors", "Une erreur inattendue s'est produite."), QCoreApplication.translate(
            "Errors", "Vos écritures enregistrées sont intactes (chaque action est "
            "enregistrée à part). Le détail est dans le journal : {}").format(log_file()),
            value)
    sys.excepthook = hook
