"""User preferences (window geometry, recent books, language) in QSettings, typed, with defaults.

What belongs to the association (name, fiscal years) lives in the book, not here. They are
kept in one INI file named explicitly (:func:`settings_path`): the app's ``--settings PATH``,
else ``ASSOCOMPTA_SETTINGS``, else the platform's configuration folder. Tests point it at a
temporary folder, so that they never touch the user's file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from . import location
from .location import Target

MAX_RECENT = 8
#: 2: an explicit INI file instead of Qt's native place (registry, plist, ~/.config/…conf)
VERSION = 2
ENV = "ASSOCOMPTA_SETTINGS"

_chosen: Path | None = None  # the app's --settings PATH


def choose_path(path: Path | str | None) -> None:
    """Keep the settings in ``path`` for this process (``assocompta --settings PATH``)."""
    global _chosen
    _chosen = Path(path).expanduser().resolve() if path else None


def default_path() -> Path:
    """The usual place: ~/.config/AssoCompta/AssoCompta.ini, %APPDATA%…, ~/Library/…"""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation) or str(Path.home() / ".config")
    return Path(folder) / "AssoCompta" / "AssoCompta.ini"


def settings_path() -> Path:
    """The one file every preference is read from and written to."""
    if _chosen is not None:
        return _chosen
    named = os.environ.get(ENV)
    return Path(named).expanduser() if named else default_path()


def open_settings() -> QSettings:
    """The QSettings on :func:`settings_path`: the only way to it (never QSettings(org, app))."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


class Settings:
    def __init__(self) -> None:
        path = settings_path()
        fresh = not path.exists()
        self._q = open_settings()
        if fresh and path == default_path():
            _copy_native(self._q)
        if int(self._q.value("version", 0) or 0) < VERSION:
            self._q.setValue("version", VERSION)
            self._q.sync()

    @property
    def path(self) -> Path:
        return Path(self._q.fileName())

    def sync(self) -> None:
        """Write pending changes to the file now (Qt writes them later otherwise)."""
        self._q.sync()

    # -- recent books ------------------------------------------------------------------
    def recent_books(self) -> list[Target]:
        """Book files (Path) and shared books (URL strings, never with a password)."""
        raw = self._q.value("recent_books", [])
        if isinstance(raw, str):  # QSettings returns a lone string for one-element lists
            raw = [raw]
        return [location.as_target(p) for p in raw or [] if p]

    def add_recent(self, target: Target) -> None:
        name = location.key(target)
        books = [name] + [location.key(p) for p in self.recent_books()
                          if location.key(p) != name]
        self._q.setValue("recent_books", books[:MAX_RECENT])

    def forget_recent(self, target: Target) -> None:
        name = location.key(target)
        self._q.setValue("recent_books", [location.key(p) for p in self.recent_books()
                                          if location.key(p) != name])

    # -- window and language -----------------------------------------------------------
    def geometry(self, screen: str) -> QByteArray | None:
        """The main window's last place on ``screen`` (a name and size, one place per screen)."""
        value = self._q.value(f"main_window/geometry/{_segment(screen)}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, screen: str, value: QByteArray) -> None:
        self._q.setValue(f"main_window/geometry/{_segment(screen)}", value)

    def column_widths(self, table: str) -> list[int]:
        """The widths the user gave the columns of ``table`` (empty: the defaults)."""
        raw = self._q.value(f"columns/{_segment(table)}", [])
        if isinstance(raw, str):
            raw = [raw]
        try:
            return [int(w) for w in raw or []]
        except (TypeError, ValueError):
            return []

    def set_column_widths(self, table: str, widths: list[int]) -> None:
        self._q.setValue(f"columns/{_segment(table)}", [str(w) for w in widths])

    def language(self) -> str | None:
        value = self._q.value("language")
        return str(value) if value else None

    def set_language(self, value: str) -> None:
        self._q.setValue("language", value)

    def last_year(self, book: Target) -> str | None:
        value = self._q.value(_year_key(book))
        return str(value) if value else None

    def set_last_year(self, book: Target, label: str) -> None:
        self._q.setValue(_year_key(book), label)


def _segment(name: str) -> str:
    """One settings key segment: no slash (a group) and no backslash."""
    return name.replace("/", "_").replace("\\", "_")


def _year_key(book: Target) -> str:
    # A URL's "//" would make an empty settings group: keep it one key segment.
    return "last_year/" + location.key(book).replace("://", ":")


def _copy_native(new: QSettings) -> None:
    """Upgrade to version 2: what version 1 kept in Qt's native place is copied, once, into
    the new file (the old place is only read, never changed)."""
    old = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                    "AssoCompta", "AssoCompta")
    for name in old.allKeys():
        if name != "version":
            new.setValue(name, old.value(name))
