"""Cell editors per column kind (money, account, choice), shared by the editable grids."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..widgets.account_edit import AccountEdit

Index = QModelIndex | QPersistentModelIndex


class MoneyDelegate(QStyledItemDelegate):
    """A line edit right-aligned; the text goes to the model as typed (it parses French input,
    ``1 500``, ``1500,50``, and names the field when it cannot)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setAccessibleName(self.tr("Montant"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class AccountDelegate(QStyledItemDelegate):
    """The account field of the entry forms: completes by number or by word of the label."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.accounts: list[tuple[str, str]] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = AccountEdit(parent)
        editor.set_accounts(self.accounts)
        editor.setAccessibleName(self.tr("Compte"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.code(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of (text, code) choices after a 'none' entry; the model gets the code."""

    def __init__(self, none_text: str, parent=None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        self.choices: list[tuple[str, str]] = []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(self.none_text, "")
        for text, code in self.choices:
            editor.addItem(text, code)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
