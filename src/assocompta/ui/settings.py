"""User preferences (window geometry, recent books, language) in QSettings, typed, with defaults.

What belongs to the association (name, fiscal years) lives in the book, not here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
VERSION = 1


class Settings:
    def __init__(self) -> None:
        self._q = QSettings("AssoCompta", "AssoCompta")
        if int(self._q.value("version", 0)) < VERSION:
            self._q.setValue("version", VERSION)

    # -- recent books ------------------------------------------------------------------
    def recent_books(self) -> list[Path]:
        raw = self._q.value("recent_books", [])
        if isinstance(raw, str):  # QSettings returns a lone string for one-element lists
            raw = [raw]
        return [Path(p) for p in raw or [] if p]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        books = [path] + [p for p in self.recent_books() if p != path]
        self._q.setValue("recent_books", [str(p) for p in books[:MAX_RECENT]])

    def forget_recent(self, path: Path) -> None:
        self._q.setValue("recent_books", [str(p) for p in self.recent_books() if p != path])

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

    def last_year(self, book: Path) -> str | None:
        value = self._q.value(f"last_year/{Path(book).resolve().as_posix()}")
        return str(value) if value else None

    def set_last_year(self, book: Path, label: str) -> None:
        self._q.setValue(f"last_year/{Path(book).resolve().as_posix()}", label)
