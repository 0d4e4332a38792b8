"""Which actions are finished at a year's end: a finished action's fonds dédiés are released
at the closing and nothing more is reported for it (services/dedicated_funds.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services.dedicated_funds import finish_action
from .. import locale
from ..errors import report
from ..session import BookSession


class FinishedActionsDialog(QDialog):
    """One tickable row per action: ticked = finished (on ``end``, or on the date it was
    said to finish). Saving changes only the rows the treasurer changed."""

    def __init__(self, session: BookSession, end: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.end = end
        self.setWindowTitle(self.tr("Actions terminées"))
        intro = QLabel(self.tr("Cochez les actions terminées au {} : leurs fonds dédiés "
                               "restants reviennent en produits à la clôture, et plus rien "
                               "n'est reporté pour elles.").format(locale.date(end)))
        intro.setWordWrap(True)
        self.actions = QListWidget()
        self.actions.setAccessibleName(self.tr("Actions"))
        self.before: dict[str, bool] = {}
        for code, name, finished in session.conn.execute(
                "SELECT code, name, finished_on FROM action ORDER BY code").fetchall():
            done = finished is not None and finished <= end.isoformat()
            text = f"{code} — {name}"
            if done:
                text += " " + self.tr("(terminée le {})").format(locale.date(finished))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.actions.addItem(item)
            self.before[code] = done
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.actions, 1)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def save(self) -> None:
        try:
            for row in range(self.actions.count()):
                item = self.actions.item(row)
                code = item.data(Qt.ItemDataRole.UserRole)
                done = item.checkState() == Qt.CheckState.Checked
                if done != self.before[code]:
                    finish_action(self.session.book, code, self.end if done else None)
        except DomainError as exc:
            report(self, exc, self.tr("Les actions n'ont pas été enregistrées."))
            return
        self.session.notify()
        self.accept()
