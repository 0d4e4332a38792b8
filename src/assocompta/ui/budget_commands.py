"""Budget edits as undoable commands: each one is one service call, and tells the views which
lines changed so that the grid refreshes just those rows."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..services.budget import copy_budget
from ..services.budget_edit import (
    BudgetChange,
    LineValues,
    add_budget_line,
    budget_line,
    budget_lines,
    delete_budget_line,
    replace_budget_lines,
    set_budget_line,
)
from .commands import Command
from .session import BookSession


class _BudgetCommand(Command):
    """Tells the views which budget lines changed (the grid refreshes just those rows).
    Undo texts, read in the Édition menu, are in the user's language."""

    change: BudgetChange | None = None

    def notice(self) -> object:
        return self.change


class SetBudgetCell(_BudgetCommand):
    def __init__(self, session: BookSession, line_id: int, field: str, before: object,
                 after: object) -> None:
        super().__init__(session, QCoreApplication.translate("BudgetCommands", "budget : {}")
                         .format(field))
        self.line_id, self.field, self.before, self.after = line_id, field, before, after

    def _do(self) -> None:
        self.change = set_budget_line(self.session.book, self.line_id, self.field, self.after)

    def _undo(self) -> None:
        self.change = set_budget_line(self.session.book, self.line_id, self.field, self.before)


class AddBudgetLine(_BudgetCommand):
    def __init__(self, session: BookSession, year_label: str, values: LineValues) -> None:
        super().__init__(session, QCoreApplication.translate("BudgetCommands", "budget : ajout {}")
                         .format(values.code))
        self.year_label, self.values = year_label, values
        self.line_id: int | None = None

    def _do(self) -> None:
        self.change = add_budget_line(self.session.book, self.year_label, self.values)
        self.line_id = self.change.added[0]

    def _undo(self) -> None:
        self.change = delete_budget_line(self.session.book, self.line_id)


class DeleteBudgetLine(_BudgetCommand):
    def __init__(self, session: BookSession, year_label: str, line_id: int) -> None:
        row = budget_line(session.book, line_id)
        text = QCoreApplication.translate("BudgetCommands", "budget : suppression {}")
        super().__init__(session, text.format(row.values.code if row else ""))
        self.year_label, self.line_id = year_label, line_id
        self.values = row.values if row else None

    def _do(self) -> None:
        self.change = delete_budget_line(self.session.book, self.line_id)

    def _undo(self) -> None:
        # The line comes back under a new id; later commands on it were undone before this.
        self.change = add_budget_line(self.session.book, self.year_label, self.values)
        self.line_id = self.change.added[0]


class CopyBudget(Command):
    """Replace a year's budget by a copy of an earlier year's budget or actuals, ± %."""

    def __init__(self, session: BookSession, year_id: int, from_label: str, to_label: str,
                 actuals: bool, percent: Decimal) -> None:
        text = QCoreApplication.translate("BudgetCommands", "budget {} copié de {}")
        super().__init__(session, text.format(to_label, from_label))
        self.from_label, self.to_label = from_label, to_label
        self.actuals, self.percent = actuals, percent
        self.before = [r.values for r in budget_lines(session.book, year_id)]

    def _do(self) -> None:
        copy_budget(self.session.book, self.from_label, self.to_label, actuals=self.actuals,
                    percent=self.percent)

    def _undo(self) -> None:
        replace_budget_lines(self.session.book, self.to_label, self.before)
