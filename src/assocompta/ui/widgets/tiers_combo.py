"""A tiers field: pick a known tiers by any part of its name, or type a new name and create it
on the spot. Never holds a name that is not a tiers of the book as one of its items.

The start of one tiers' name (« free », « societe gen ») stands for it: Entrée picks it rather
than offering « Nouveau tiers » for a near-duplicate; when several names start so, the list
of them is shown instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...text import fold


def starting_with(typed: str, names: list[str]) -> list[int]:
    """Where in ``names`` the ones starting with ``typed`` are, accents and case aside."""
    start = fold(typed)
    return [i for i, name in enumerate(names) if start and fold(name).startswith(start)]


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
        self.completer().popup().hide()

    def matching(self) -> list[int]:
        """The items whose name starts with the text typed (accents and case aside)."""
        names = [self.itemText(i) for i in range(1, self.count())]
        return [i + 1 for i in starting_with(self.currentText(), names)]

    def pick_typed(self) -> bool:
        """The text names a tiers, or starts the name of only one, now chosen (True); or it
        starts several names, whose list is shown for the user to pick from (False)."""
        if not self.unknown_name():
            return True
        found = self.matching()
        if len(found) == 1:
            self.setCurrentIndex(found[0])
            self.setEditText(self.itemText(found[0]))
            return True
        if found:
            # After the Entrée that hid the completer's popup has been handled.
            QTimer.singleShot(0, self._show_matches)
        return False

    def _show_matches(self) -> None:
        self.lineEdit().setFocus()
        self.completer().setCompletionPrefix(self.currentText())
        self.completer().complete()

    def create_typed(self) -> bool:
        """A new name typed: create its tiers (True once created and chosen). False when the
        user cancelled, or has to pick among the tiers the text starts; the text stays as
        typed so that the form can say so."""
        if self.pick_typed():
            return True
        if self.matching():
            return False
        key = self.creator(self.unknown_name()) if self.creator is not None else None
        if key is None:
            return False
        self.set_key(key)
        return True

    def _entered(self) -> None:
        if self.create_on_enter and self.unknown_name() and not self.create_typed() \
                and not self.matching():
            self.set_key(None)
