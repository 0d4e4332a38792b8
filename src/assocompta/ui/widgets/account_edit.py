"""An account field that completes by number or by any word of the label (`tél` finds 626)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...text import fold


class _Matcher(QSortFilterProxyModel):
    """Keeps accounts whose number starts with the typed digits, or whose label has words
    starting with each typed word."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._digits = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        text = fold(text.strip())
        head = text.split(" ", 1)[0] if text else ""
        if head.isdigit():
            # "626 frais…" (a chosen completion) or "62": match on the number only.
            self._digits, self._words = head, []
        else:
            self._digits, self._words = "", text.replace("'", " ").split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        item = self.sourceModel().index(row, 0, parent)
        code, words = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if self._digits:
            return code.startswith(self._digits)
        if not self._words:
            return True
        return all(any(w.startswith(typed) for w in words) for typed in self._words)


class AccountEdit(QLineEdit):
    """``code()`` is the account number typed or chosen; :meth:`set_accounts` fills the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = QStandardItemModel(self)
        self._matcher = _Matcher(self)
        self._matcher.setSourceModel(self._source)
        self._labels: dict[str, str] = {}
        completer = QCompleter(self._matcher, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._chosen)
        self.setCompleter(completer)
        self.textEdited.connect(self._typed)

    def set_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """(code, label) pairs, in the order shown."""
        self._source.clear()
        self._labels = dict(accounts)
        for code, label in accounts:
            item = QStandardItem(f"{code} {label}")
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setData(fold(label).replace("'", " ").replace(",", " ").split(),
                         Qt.ItemDataRole.UserRole + 1)
            self._source.appendRow(item)

    def _typed(self, text: str) -> None:
        self._matcher.set_text(text)
        if text.strip():
            # A minimum width, since the line edit shows the popup again at its own width.
            self.completer().popup().setMinimumWidth(self._popup_width())
            self.completer().complete()

    def _popup_width(self) -> int:
        """As wide as its lines (up to 600 px), not as the field: in the budget grid's Compte
        column the list read « 616 Prim… », « 7543 Leg… »."""
        popup = self.completer().popup()
        lines = (popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width()
                 + 2 * popup.frameWidth())
        return max(self.width(), min(lines, 600))

    def _chosen(self, text: str) -> None:
        self.setText(text)

    def code(self) -> str:
        """The account number: the leading digits of the text, or the only match of the words."""
        text = self.text().strip()
        head = text.split(" ", 1)[0] if text else ""
        if head.isdigit():
            return head
        self._matcher.set_text(text)
        if self._matcher.rowCount() == 1:
            return self._matcher.index(0, 0).data(Qt.ItemDataRole.UserRole)
        return text

    def words_problem(self) -> str:
        """Why typed words give no account number (several accounts or none), said so, or "".
        Without it the form answered « compte dons manuels : une recette va sur un compte de
        produits (classe 7)… » to words matching 7541 and 75411."""
        code = self.code()
        if not code or code.isdigit():
            return ""
        found = self.matches()
        if not found:
            return self.tr("« {} » : aucun compte ne porte ces mots ; tapez son numéro ou un "
                           "mot de son libellé (ex. tél)").format(code)
        shown = ", ".join(f"{c} {self._labels.get(c, '')}".strip() for c in found[:4])
        more = "…" if len(found) > 4 else ""
        return self.tr("« {} » désigne plusieurs comptes ({}{}) : choisissez-en un dans la "
                       "liste ou tapez son numéro").format(code, shown, more)

    def set_code(self, code: str) -> None:
        label = self._labels.get(code)
        self.setText(f"{code} {label}" if label else code)

    def matches(self) -> list[str]:
        """Numbers of the accounts the current text offers (tests, and the popup's content)."""
        self._matcher.set_text(self.text())
        return [self._matcher.index(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self._matcher.rowCount())]
