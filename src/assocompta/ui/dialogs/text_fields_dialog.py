"""A small form of labelled text fields (a sub-account, a tiers, an action, a year).

:meth:`TextFieldsDialog.ask` returns the texts typed, or None when cancelled; views call it
and tests patch it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..widgets.clean_text import clean_as_typed


class TextFieldsDialog(QDialog):
    def __init__(self, title: str, fields: list[tuple[str, str, bool]], note: str = "",
                 combos: list[tuple[str, list[tuple[str, object]], object]] = (),
                 parent: QWidget | None = None) -> None:
        """``fields``: (label, value, editable[, hint shown while empty]); ``combos``:
        (label, [(text, data)], current)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.edits: list[QLineEdit] = []
        for label, value, editable, *hint in fields:
            edit = QLineEdit(value)
            edit.setReadOnly(not editable)
            if hint:
                edit.setPlaceholderText(hint[0])
            edit.setAccessibleName(label.replace("&", ""))
            clean_as_typed(edit)
            form.addRow(label, edit)
            self.edits.append(edit)
        self.combos: list[QComboBox] = []
        for label, items, current in combos:
            combo = QComboBox()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.setAccessibleName(label.replace("&", ""))
            form.addRow(label, combo)
            self.combos.append(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = next((e for e in self.edits if not e.isReadOnly()), None)
        if first is not None:
            first.setFocus()

    def values(self) -> list[object]:
        return [e.text() for e in self.edits] + [c.currentData() for c in self.combos]

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: list[tuple[str, str, bool]],
            note: str = "", combos=()) -> list[object] | None:
        dialog = cls(title, fields, note, list(combos), parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
