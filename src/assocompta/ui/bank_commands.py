"""Booking bank lines as an undoable command: undo deletes the entries it wrote, which puts
their lines back in the to-categorise list with the account chosen for them. Creating,
removing and reordering the categorisation rules, and lines set aside (« Ignorer »), are
undoable too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import bank_categorise as cat
from . import locale
from .commands import Command
from .session import BookSession


class ValidateBankLines(Command):
    def __init__(self, session: BookSession, line_ids: list[int]) -> None:
        super().__init__(session, locale.count(
            len(line_ids),
            QCoreApplication.translate("BankView", "validation de {} ligne de relevé"),
            QCoreApplication.translate("BankView", "validation de {} lignes de relevé")))
        self.line_ids = list(line_ids)
        self.booked: list[cat.Booked] = []

    def _do(self) -> None:
        self.booked = cat.validate(self.session.book, self.line_ids)

    def _undo(self) -> None:
        # By (year, number): an entry deleted and put back since has a new id. All or none,
        # and refused once a receipt covers one of the gifts.
        cat.unbook(self.session.book, [(b.year, b.number) for b in self.booked])

    def notice(self) -> object:
        return [b.entry_id for b in self.booked]


# A rule removed and put back keeps its id, so the commands around it in the stack find it.
class AddBankRule(Command):
    def __init__(self, session: BookSession, pattern: str, counterpart: str, **options) -> None:
        super().__init__(session, QCoreApplication.translate(
            "BankView", "création de la règle « {} »").format(pattern))
        self.pattern, self.counterpart, self.options = pattern, counterpart, options
        self.rule: cat.Rule | None = None

    def _do(self) -> None:
        if self.rule is None:
            rule_id = cat.add_rule(self.session.book, self.pattern, self.counterpart,
                                   **self.options)
            self.rule = cat.rule(self.session.conn, rule_id)
        else:
            cat.restore_rule(self.session.book, self.rule)

    def _undo(self) -> None:
        cat.delete_rule(self.session.book, self.rule.id)


class DeleteBankRule(Command):
    def __init__(self, session: BookSession, rule_id: int) -> None:
        self.rule = cat.rule(session.conn, rule_id)
        super().__init__(session, QCoreApplication.translate(
            "BankView", "suppression de la règle « {} »").format(self.rule.pattern))

    def _do(self) -> None:
        cat.delete_rule(self.session.book, self.rule.id)

    def _undo(self) -> None:
        cat.restore_rule(self.session.book, self.rule)


class MoveBankRule(Command):
    def __init__(self, session: BookSession, rule_id: int, step: int) -> None:
        moved = cat.rule(session.conn, rule_id)
        super().__init__(session, QCoreApplication.translate(
            "BankView", "déplacement de la règle « {} »").format(moved.pattern))
        self.rule_id, self.step = rule_id, step
        self.before = [r.id for r in cat.rules(session.conn)]

    def _do(self) -> None:
        cat.move_rule(self.session.book, self.rule_id, self.step)

    def _undo(self) -> None:
        cat.order_rules(self.session.book, self.before)


class IgnoreBankLines(Command):
    def __init__(self, session: BookSession, line_ids: list[int]) -> None:
        super().__init__(session, locale.count(
            len(line_ids),
            QCoreApplication.translate("BankView", "mise à l'écart de {} ligne de relevé"),
            QCoreApplication.translate("BankView", "mise à l'écart de {} lignes de relevé")))
        self.line_ids = list(line_ids)

    def _do(self) -> None:
        cat.ignore(self.session.book, self.line_ids)

    def _undo(self) -> None:
        cat.ignore(self.session.book, self.line_ids, ignored=False)


class ChooseForBankLines(Command):
    """The account (tiers, action) chosen for lines: undo puts back what they had."""

    def __init__(self, session: BookSession, line_ids: list[int], code: str | None,
                 tiers_id: int | None, action_id: int | None) -> None:
        super().__init__(session, locale.count(
            len(line_ids),
            QCoreApplication.translate("BankView", "choix du compte de {} ligne de relevé"),
            QCoreApplication.translate("BankView", "choix du compte de {} lignes de relevé")))
        self.line_ids, self.choice = list(line_ids), (code, tiers_id, action_id)
        self.before = cat.choices_of(session.book, self.line_ids)

    def _do(self) -> None:
        cat.set_choice(self.session.book, self.line_ids, *self.choice)

    def _undo(self) -> None:
        cat.restore_choices(self.session.book, self.before)
