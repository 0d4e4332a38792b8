"""Tableau de bord: where the association stands, on one screen. Treasury and its curve,
income and spending against the budget, and what is left to do, each one click away."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import dashboard
from .. import locale
from ..session import BookSession
from ..widgets.dashboard_charts import MonthsChart, TreasuryChart
from .base import View

log = logging.getLogger(__name__)

TODO_COLOR = "#d9822b"
DONE_COLOR = "#1b7f3b"
NOTE_STYLE = "color: palette(placeholder-text);"
CARD_STYLE = ("QFrame#card { background: palette(base); border: 1px solid palette(mid); "
              "border-radius: 6px; }")
LINK_STYLE = ("QPushButton { text-align: left; border: none; padding: 0; font-weight: bold; "
              "color: #1a56a8; } QPushButton:hover, QPushButton:focus "
              "{ text-decoration: underline; }")


def _count(n: int) -> str:
    """``1 234`` with the language's thousands separator."""
    return locale.amount(n * 100)[:-3]


def _percent(part: int, whole: int) -> str:
    value = (200 * part + whole) // (2 * whole)  # rounded half up, in integers
    return f"{value}\u202f%" if locale.locale_name().startswith("fr") else f"{value}%"


def _card(parent: QWidget, caption: str) -> tuple[QFrame, QLabel, QLabel]:
    """A framed figure: caption, big amount, a note under it."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.setSpacing(2)
    title = QLabel(caption)
    title.setStyleSheet("font-weight: bold;")
    value = QLabel()
    value.setStyleSheet("font-size: 16pt; font-weight: bold;")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note = QLabel()
    note.setStyleSheet(NOTE_STYLE)
    note.setWordWrap(True)
    for widget in (title, value, note):
        layout.addWidget(widget)
    layout.addStretch(1)
    return frame, value, note


def _panel(parent: QWidget, caption: str, content: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 8, 10, 6)
    title = QLabel(caption)
    title.setStyleSheet("font-weight: bold; font-size: 11pt;")
    layout.addWidget(title)
    layout.addWidget(content, 1)
    return frame


class TodoItem(QWidget):
    """One thing left to do: a link that opens where it is done, or a green ✓ when done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark = QLabel()
        self.mark.setFixedWidth(18)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton()
        self.button.setStyleSheet(LINK_STYLE)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.done_label = QLabel()
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.button)
        text.addWidget(self.done_label)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.mark)
        layout.addLayout(text, 1)

    def set_todo(self, text: str, note: str) -> None:
        self.mark.setText("●")
        self.mark.setStyleSheet(f"color: {TODO_COLOR}; font-size: 12pt;")
        self.button.setText(text)
        self.button.show()
        self.done_label.hide()
        self._note(note)

    def set_done(self, text: str, note: str = "") -> None:
        self.mark.setText("✓")
        self.mark.setStyleSheet(f"color: {DONE_COLOR}; font-weight: bold; font-size: 12pt;")
        self.done_label.setText(text)
        self.done_label.show()
        self.button.hide()
        self._note(note)

    def set_waiting(self, text: str, note: str) -> None:
        """Neither done nor to do: the bank has yet to take these payments."""
        self.mark.setText("○")
        self.mark.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.done_label.setText(text)
        self.done_label.show()
        self.button.hide()
        self._note(note)

    @property
    def to_do(self) -> bool:
        return not self.button.isHidden()

    def _note(self, note: str) -> None:
        self.note.setText(note)
        self.note.setVisible(bool(note))


class DashboardView(View):
    title = "Tableau de bord"
    _loaded = Signal(int, object)  # generation, Dashboard or the exception

    def __init__(self, session: BookSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.board: dashboard.Dashboard | None = None
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._loaded.connect(self._show)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.period = QLabel()
        self.period.setStyleSheet(NOTE_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.period, 1, Qt.AlignmentFlag.AlignBottom)

        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.cards: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in (("banque", self.tr("Banque")), ("caisse", self.tr("Caisse")),
                             ("produits", self.tr("Produits")),
                             ("charges", self.tr("Charges")),
                             ("resultat", self.tr("Résultat"))):
            frame, value, note = _card(self, caption)
            value.setAccessibleName(caption)
            cards.addWidget(frame, 1)
            self.cards[key] = (value, note)
        self.bank_value = self.cards["banque"][0]

        self.treasury_chart = TreasuryChart()
        self.months_chart = MonthsChart()
        charts = QVBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(_panel(self, self.tr("Trésorerie au fil de l'exercice"),
                                self.treasury_chart), 1)
        charts.addWidget(_panel(self, self.tr("Produits et charges par mois, face au budget"),
                                self.months_chart), 1)

        self.todo: dict[str, TodoItem] = {}
        todo_box = QWidget()
        todo_layout = QVBoxLayout(todo_box)
        todo_layout.setContentsMargins(0, 0, 0, 0)
        todo_layout.setSpacing(6)
        for key in ("banque", "rapprochement", "recus", "justificatifs", "cloture"):
            item = TodoItem()
            item.button.clicked.connect(lambda _=False, k=key: self.open_todo(k))
            todo_layout.addWidget(item)
            self.todo[key] = item
        todo_layout.addStretch(1)
        self.freshness = QLabel()
        self.freshness.setStyleSheet(NOTE_STYLE)
        self.freshness.setWordWrap(True)
        todo_layout.addWidget(self.freshness)
        todo_panel = _panel(self, self.tr("À faire"), todo_box)
        todo_panel.setFixedWidth(330)

        middle = QHBoxLayout()
        middle.setSpacing(8)
        middle.addLayout(charts, 1)
        middle.addWidget(todo_panel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addLayout(middle, 1)

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count in a thread of its own (a big book's curve reads all its bank lines)."""
        year = self.session.year
        self._generation += 1
        if year is None:
            self.heading.setText(self.tr("Aucun exercice"))
            self.period.setText(self.tr("Ajoutez un exercice dans la vue Exercices."))
            return
        generation = self._generation
        connect = self.session.connect_ro
        if self.board is None:  # a big book takes a moment: say so rather than show blanks
            self.heading.setText(self.tr("Exercice {}").format(year.label))
            self.period.setText(self.tr("calcul des chiffres…"))

        def work() -> None:
            try:
                conn = connect()
                try:
                    result: object = dashboard.build(conn, year)
                finally:
                    conn.close()
            except Exception as exc:  # said in the view, and logged
                result = exc
            try:
                self._loaded.emit(generation, result)
            except RuntimeError:  # the window was closed meanwhile
                pass

        self._thread = threading.Thread(target=work, name="dashboard", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 30) -> None:
        """Until the figures asked last are shown (tests, smoke runs, screenshots)."""
        if self._thread is not None:
            self._thread.join(timeout)
            QCoreApplication.sendPostedEvents(self)

    def _show(self, generation: int, board: object) -> None:
        if generation != self._generation:
            return  # an older count, overtaken by a change
        if isinstance(board, BaseException):
            log.error("tableau de bord", exc_info=board)
            self.period.setText(self.tr("Chiffres indisponibles : {}").format(board))
            return
        self.board = board
        self._show_header(board)
        self._show_cards(board)
        self.treasury_chart.set_curve(board.curve, board.year.start, board.year.end,
                                      board.as_of)
        self.months_chart.set_months(board.months)
        self._show_todo(board)

    # -- showing -------------------------------------------------------------------------
    def _show_header(self, board: dashboard.Dashboard) -> None:
        year = board.year
        self.heading.setText(self.tr("Exercice {}").format(year.label))
        span = self.tr("du {} au {}").format(locale.date(year.start), locale.date(year.end))
        if year.closed:
            state = self.tr("clos")
        elif board.today > year.end:
            state = self.tr("terminé, pas encore clôturé : chiffres au {}").format(
                locale.date(year.end))
        elif board.today < year.start:
            state = self.tr("pas encore commencé")
        else:
            state = self.tr("en cours : chiffres au {}").format(locale.date(board.today))
        self.period.setText(f"{span} · {state}")

    def _show_cards(self, board: dashboard.Dashboard) -> None:
        def money(cents: int) -> str:
            return locale.amount(cents, currency=True)

        def accounts(cash: bool) -> str:
            shown = [a for a in board.accounts if a.is_cash == cash]
            if len(shown) == 1:
                return f"{shown[0].code} {shown[0].label}"
            return "\n".join(f"{a.code} : {money(a.balance)}" for a in shown) or \
                self.tr("aucun mouvement")

        def against(actual: int, budget: int) -> str:
            if not budget:
                return self.tr("pas de budget pour cet exercice")
            return self.tr("{} des {} prévus").format(_percent(actual, budget), money(budget))

        unopened = (self.tr("soldes de {} pas encore reportés")
                    .format(board.missing_opening) if board.missing_opening else "")
        value, note = self.cards["banque"]
        value.setText(money(board.bank))
        note.setText(unopened or accounts(False))
        value, note = self.cards["caisse"]
        value.setText(money(board.cash))
        note.setText(unopened or accounts(True))
        value, note = self.cards["produits"]
        value.setText(money(board.income))
        note.setText(against(board.income, board.budget_income))
        value, note = self.cards["charges"]
        value.setText(money(board.spending))
        note.setText(against(board.spending, board.budget_spending))
        result = board.income - board.spending
        value, note = self.cards["resultat"]
        value.setText((self.tr("Excédent {}") if result >= 0 else self.tr("Déficit {}"))
                      .format(money(abs(result))))
        value.setStyleSheet("font-size: 16pt; font-weight: bold; color: {};".format(
            DONE_COLOR if result >= 0 else "#b00020"))
        planned = board.budget_income - board.budget_spending
        # A year without a budget is not « équilibré »: say there is none, as the cards do.
        note.setText(self.tr("budget : excédent de {}").format(money(planned)) if planned > 0
                     else self.tr("budget : déficit de {}").format(money(-planned)) if planned
                     else self.tr("budget équilibré") if board.budget_income
                     else self.tr("pas de budget pour cet exercice"))

    def _show_todo(self, board: dashboard.Dashboard) -> None:
        todo = board.todo
        self.freshness.setText("\n".join((
            self.tr("Dernière écriture de l'exercice : {}").format(
                locale.date(todo.last_entry) if todo.last_entry else self.tr("aucune")),
            self.tr("Dernier relevé importé : {}").format(
                locale.date(todo.last_statement) if todo.last_statement
                else self.tr("aucun")))))
        item = self.todo["banque"]
        n = todo.to_categorise
        if n:
            item.set_todo(self.tr("1 ligne de relevé à catégoriser") if n == 1 else
                          self.tr("{} lignes de relevé à catégoriser").format(_count(n)),
                          self.tr("Relevés importés, pas encore passés en écritures"))
        else:
            item.set_done(self.tr("Aucune ligne de relevé à catégoriser"))

        item = self.todo["rapprochement"]
        n = todo.to_reconcile
        since = "\n".join(
            self.tr("Compte {} rapproché jusqu'au {}").format(u.account,
                                                              locale.date(u.through))
            if u.through else self.tr("Compte {} jamais rapproché").format(u.account)
            for u in todo.unreconciled)
        # Payments the bank takes after the last statement (next year, for a closed year)
        # are no work of the treasurer's yet: told, in grey.
        waiting = todo.waiting_at_bank
        waiting_text = (self.tr("1 opération en attente à la banque") if waiting == 1 else
                        self.tr("{} opérations en attente à la banque").format(_count(waiting)))
        if n:
            item.set_todo(self.tr("1 opération bancaire à rapprocher") if n == 1 else
                          self.tr("{} opérations bancaires à rapprocher").format(_count(n)),
                          "\n".join((since, waiting_text)) if waiting else since)
        elif waiting:
            item.set_waiting(waiting_text, "\n".join((since, self.tr(
                "Exercice clos : les relevés de l'exercice suivant les pointeront")
                if board.year.closed else self.tr(
                "Postérieures au dernier relevé : le prochain relevé les pointera"))))
        else:
            item.set_done(self.tr("Aucune opération bancaire à rapprocher"))

        item = self.todo["recus"]
        n = todo.receipt_donors
        if n:
            item.set_todo(self.tr("1 reçu fiscal à émettre") if n == 1 else
                          self.tr("{} reçus fiscaux à émettre").format(_count(n)),
                          self.tr("{} de dons sans reçu").format(
                              locale.amount(todo.receipt_amount, currency=True)))
        else:
            item.set_done(self.tr("Aucun reçu fiscal à émettre"))

        item = self.todo["justificatifs"]
        n = todo.without_piece
        if n:
            item.set_todo(self.tr("1 dépense sans justificatif") if n == 1 else
                          self.tr("{} dépenses sans justificatif").format(_count(n)),
                          self.tr("Joignez la facture ou le ticket à l'écriture"))
        else:
            item.set_done(self.tr("Aucune dépense sans justificatif"))

        item = self.todo["cloture"]
        ended = todo.year_to_close
        if ended is not None:
            item.set_todo(self.tr("Clôturer l'exercice {}…").format(ended.label),
                          self.tr("Terminé le {}, toujours ouvert").format(
                              locale.date(ended.end)))
        elif board.year.closed:
            item.set_done(self.tr("Exercice {} clos").format(board.year.label))
        else:
            item.set_done(self.tr("Rien à clôturer"),
                          self.tr("L'exercice {} se termine le {}").format(
                              board.year.label, locale.date(board.year.end)))

    # -- going where the work is done ----------------------------------------------------
    def open_todo(self, key: str) -> View | None:
        """Show the view where ``key`` is done, set on the right account or filter."""
        show_view = getattr(self.window(), "show_view", None)
        if show_view is None or self.board is None:
            return None
        todo = self.board.todo
        if key == "banque":
            view = show_view("banque")
            if todo.categorise_account:
                view.set_account(todo.categorise_account)
        elif key == "rapprochement":
            view = show_view("rapprochement")
            if todo.unreconciled:
                combo = view.account_combo
                combo.setCurrentIndex(max(combo.findData(todo.unreconciled[0].account), 0))
        elif key == "recus":
            view = show_view("recus")
        elif key == "justificatifs":
            view = show_view("saisie")
            view.show_without_piece("6")
        else:
            view = show_view("exercices")
            if todo.year_to_close is not None and self.session.writable:
                view.close_year(todo.year_to_close.label)
        return view
