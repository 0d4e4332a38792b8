"""Grand livre: one account's lines in date order with the balance after each line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...services.lookups import read_choices
from .. import locale
from ..models.ledger_model import CENTS_ROLE, ENTRY_ROLE, LedgerFilter, LedgerModel
from ..session import BookSession
from ..widgets.account_edit import AccountEdit
from ..widgets.columns import keep_columns
from .base import View
from .ledger_view import setup_table


class GrandLivreView(View):
    title = "Grand livre"
    export_formats = (".xlsx", ".pdf", ".csv")
    background_export = True  # an account of a big book has a million lines

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = LedgerModel(session.connect_ro, running_balance=True, parent=self)
        self.account = AccountEdit()
        self.account.setAccessibleName(self.tr("Compte du grand livre"))
        self.account.setPlaceholderText(
            self.tr("Compte : numéro ou mot du libellé (ex. 512, banque)"))
        self.account.editingFinished.connect(self._account_chosen)
        self.account.completer().activated[str].connect(lambda _t: self._account_chosen())
        self.summary = QLabel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Lignes du compte"))
        self.table.setModel(self.model)
        setup_table(self.table)
        self.table.setColumnHidden(5, True)  # the account is the one chosen above
        # Date, N°, Journal, Pièce, Libellé, (Compte), Tiers, Action, Débit, Crédit, Solde, Rapp.,
        # État
        keep_columns(self.table, "grand-livre", (80, 45, 55, 100, 180, 150, 100, 55, 90, 90,
                                                 100, 45, 145), {4: 3, 6: 1})
        self.table.doubleClicked.connect(self._edit)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compte :")))
        top.addWidget(self.account, 1)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.model.loading.connect(self._loading)
        self._year_id = None
        self._code = ""

    def refresh(self) -> None:
        year = self.session.year
        year_id = year.id if year else None
        if year_id != self._year_id:
            self._year_id = year_id
            if year_id:
                self.account.set_accounts(read_choices(self.session.conn, year_id).accounts_for())
            if not self._code:
                self.show_account("512")
                return
            self.model.set_year(year_id)
        else:
            self.model.refresh()

    def show_account(self, code: str) -> None:
        self._code = code
        self.account.set_code(code)
        self.model.filter = LedgerFilter(account=code)
        self.model.set_year(self._year_id)

    def _account_chosen(self) -> None:
        code = self.account.code()
        if code.isdigit() and code != self._code:
            self.show_account(code)

    def _loading(self, loading: bool) -> None:
        n = self.model.rowCount()
        if loading:
            self.summary.setText(self.tr("chargement…"))
            return
        balance = self.model.data(self.model.index(n - 1, self.model.column("balance")),
                                  CENTS_ROLE) if n else 0
        debit = (balance or 0) >= 0
        text = ((self.tr("{} lignes · solde débiteur {}") if debit else
                 self.tr("{} lignes · solde créditeur {}")) if n > 1 else
                (self.tr("{} ligne · solde débiteur {}") if debit else
                 self.tr("{} ligne · solde créditeur {}")))
        self.summary.setText(text.format(n, locale.amount(abs(balance or 0), currency=True)))

    def _edit(self, index: QModelIndex) -> None:
        from ..dialogs.entry_dialog import EntryDialog
        entry_id = self.model.data(index, ENTRY_ROLE)
        if entry_id is not None:
            EntryDialog.edit(self, self.session, entry_id)

    def default_export_name(self) -> str:
        return f"Grand livre {self._code} {self.session.year.label if self.session.year else ''}"

    def export_job(self, path):
        """What to run in a thread: the shown account's grand livre written to ``path``."""
        from ...services.reports import build, write
        book, code = self.session.book, self._code
        year = self.session.year.label if self.session.year else None
        return lambda: write([(f"Grand livre {code}",
                               build(book, "grand-livre", year, account=code))], path)

    def export(self, path):
        return self.export_job(path)()

    def close_view(self) -> None:
        self.model.close()
