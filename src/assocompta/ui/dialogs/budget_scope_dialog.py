"""Which budget to export: the whole association's, or one action's (a subsidy file's)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ..session import BookSession


class BudgetScopeDialog(QDialog):
    """A combo: « Toute l'association » then each action of the book; its data is the code."""

    def __init__(self, title: str, actions: list[tuple[str, str]], chosen: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_scope_dialog")
        self.setWindowTitle(title)
        self.scope_combo = QComboBox()
        self.scope_combo.setAccessibleName(self.tr("Budget exporté"))
        self.scope_combo.addItem(self.tr("Toute l'association"), "")
        for code, name in actions:
            self.scope_combo.addItem(f"{code} — {name}", code)
        self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(chosen or ""), 0))
        note = QLabel(self.tr("Un dossier de subvention demande souvent le budget de l'action "
                              "financée : ses seules lignes, et ses totaux."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Exporter…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Budget de :"), self.scope_combo)
        form.addRow(note)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def scope(self) -> str:
        return self.scope_combo.currentData()


def ask_budget_scope(parent: QWidget, session: BookSession, title: str,
                     chosen: str | None) -> str | bool:
    """The action's code, "" for the whole association (asked only if the book has actions),
    or False when cancelled."""
    actions = session.conn.execute("SELECT code, name FROM action ORDER BY code").fetchall()
    if not actions:
        return ""
    dialog = BudgetScopeDialog(title, [tuple(a) for a in actions], chosen, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return dialog.scope()
