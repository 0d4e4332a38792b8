"""User preferences (window geometry, recent books, language) in QSettings, typed, with defaults.

What belongs to the association (name, fiscal years) lives in the book, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from . import location
from .location import Target

MAX_RECENT = 8
VERSION = 1


class Settings:
    def __init__(self) -> None:
        self._q = QSettings("AssoCompta", "AssoCompta")
        if int(self._q.value("version", 0)) < VERSION:
            self._q.setValue("version", VERSION)

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
    def geometry(self) -> QByteArray | None:
        value = self._q.value("main_window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._q.setValue("main_window/geometry", value)

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


def _year_key(book: Target) -> str:
    # A URL's "//" would make an empty settings group: keep it one key segment.
    return "last_year/" + location.key(book).replace("://", ":")
