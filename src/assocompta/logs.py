"""Where AssoCompta writes its log, without Qt: the command line and the app share one file."""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

#: Set by tests (and by anyone who wants the log elsewhere): the folder of the log file.
ENV = "ASSOCOMPTA_LOG_DIR"
ORGANIZATION = APPLICATION = "AssoCompta"  # as ui/app.py names them for Qt
MAX_BYTES = 1_000_000  # the app's RotatingFileHandler: the same size and count
BACKUP_COUNT = 3


def log_dir() -> Path:
    """The folder Qt's ``QStandardPaths.AppDataLocation`` gives the app on this platform."""
    chosen = os.environ.get(ENV, "").strip()
    if chosen:
        return Path(chosen)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # Qt ignores a relative XDG_DATA_HOME, as the XDG specification asks.
        base = Path(xdg) if os.path.isabs(xdg) else home / ".local" / "share"
    return base / ORGANIZATION / APPLICATION


def log_path() -> Path:
    """The log file (``assocompta.log``); its folder is created if missing."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "assocompta.log"


def log_exception(what: str, exc: BaseException, clean=str) -> Path:
    """Append ``what`` and the traceback of ``exc``, passed through ``clean`` (which takes
    passwords out), to the log; return its path.

    Written by hand rather than through :mod:`logging`: a handler that cannot write prints
    its own traceback to stderr, which is what the command line must never show.
    Raises :class:`OSError` when the log cannot be written.
    """
    path = log_path()
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
    text = clean(f"{stamp} ERROR assocompta.cli: {what}\n"
                 + "".join(traceback.format_exception(exc)))
    if path.exists() and path.stat().st_size + len(text) > MAX_BYTES:
        _rotate(path)
    with open(path, "a", encoding="utf-8", errors="backslashreplace") as fh:
        fh.write(text)
    return path


def _rotate(path: Path) -> None:
    """``assocompta.log`` → ``.1`` → ``.2`` …, as :class:`logging.handlers.RotatingFileHandler`."""
    for n in range(BACKUP_COUNT - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))
