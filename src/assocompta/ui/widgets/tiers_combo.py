"""A tiers field: pick a known tiers by any part of its name, or type a new name and create it
on the spot. Never holds a name that is not a tiers of the book as one of its items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class TiersCombo(QComboBox):
    """Items are (key, text) pairs from :meth:`set_tiers`; :meth:`key` reads the typed text.

    ``creator(name) -> key | None`` (set by the form) creates a tiers for a new name; Enter in
    the field calls it when ``create_on_enter`` (the bank view; an entry form asks at saving).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # Qt's default (InsertAtBottom) added whatever was typed + Enter as an item with no
        # tiers behind it: the « phantom » that was then saved as no tiers at all.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.creator: Callable[[str], object | None] | None = None
        self.create_on_enter = False
        self.lineEdit().returnPressed.connect(self._entered)

    def set_tiers(self, items: list[tuple[object, str]], blank: str = "") -> None:
        """``items``: (key, text) in the order shown, after an empty item meaning no tiers
        (``blank`` is shown greyed there: an item's text would be typed after)."""
        key = self.key() if self.unknown_name() == "" else None
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        if blank:
            self.lineEdit().setPlaceholderText(blank)
        for k, text in items:
            self.addItem(text, k)
        self.set_key(key)
        self.blockSignals(False)

    def _index_of_text(self) -> int:
        text = self.currentText().strip()
        if not text:
            return 0
        return self.findText(text, Qt.MatchFlag.MatchFixedString)

    def unknown_name(self) -> str:
        """The text typed when it names no tiers of the list ("" otherwise)."""
        return self.currentText().strip() if self._index_of_text() < 0 else ""

    def key(self) -> object | None:
        """The key of the tiers named by the text (None: blank, or a name not in the list)."""
        index = self._index_of_text()
        return self.itemData(index) if index >= 0 else None

    def set_key(self, key: object | None) -> None:
        index = self.findData(key) if key is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.setEditText(self.itemText(max(index, 0)))

    def create_typed(self) -> bool:
        """A new name typed: create its tiers (True once created and chosen). False when the
        user cancelled; the text stays as typed so that the form can say it is unknown."""
        name = self.unknown_name()
        if not name:
            return True
        key = self.creator(name) if self.creator is not None else None
        if key is None:
            return False
        self.set_key(key)
        return True

    def _entered(self) -> None:
        if self.create_on_enter and self.unknown_name() and not self.create_typed():
            self.set_key(None)
