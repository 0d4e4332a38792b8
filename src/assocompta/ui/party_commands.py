"""Tiers and actions changed as undoable commands: undo removes a tiers or an action created
while nothing uses it (the entry typed with it is undone first, being later on the stack), and
puts back a tiers' or an action's name, kind, category, address or activity."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DomainError
from ..domain.parties import FunderCategory, TiersDetails, TiersKind
from ..domain.money import Money
from ..services.ledger import add_action, add_tiers
from ..services.members import MemberRow, members, remove_membership, set_membership
from ..services.parties import (ActionRow, TiersRow, clean_details, delete_action, delete_tiers,
                                restore_details, update_action, update_tiers)
from .commands import Command
from .session import BookSession


class AddTiers(Command):
    def __init__(self, session: BookSession, code: str, name: str, kind: TiersKind | str,
                 category: FunderCategory | str | None = None,
                 details: TiersDetails | None = None) -> None:
        super().__init__(session, QCoreApplication.translate(
            "NewPartyDialog", "création du tiers « {} »").format(name))
        self.code, self.name, self.kind, self.category = code, name, kind, category
        self.details = clean_details(details) if details is not None else None
        self._kept = False  # an undo refused because the tiers was used meanwhile

    def _do(self) -> None:
        if not self._kept:
            self.code = add_tiers(self.session.book, self.code, self.name, self.kind,
                                  self.category).code
            if self.details is not None:
                update_tiers(self.session.book, self.code, self.name, self.kind,
                             self.category, details=self.details)

    def _undo(self) -> None:
        try:
            delete_tiers(self.session.book, self.code)
        except DomainError as exc:
            # Lines chosen in the bank view since still name it: the tiers stays, said so.
            self._kept = True
            self.session.message.emit(str(exc))
            return
        self._kept = False


class EditTiers(Command):
    """A tiers' name, role, category and address, or (``details``) its whole record."""

    def __init__(self, session: BookSession, before: TiersRow, name: str, kind: TiersKind,
                 category: FunderCategory | None, address: str | None,
                 details: TiersDetails | None = None) -> None:
        super().__init__(session, QCoreApplication.translate(
            "PartiesView", "modification du tiers « {} »").format(before.name))
        self.before = before
        self.after = (name, kind, category, address)
        self.details = details

    def _do(self) -> None:
        update_tiers(self.session.book, self.before.code, *self.after, details=self.details)

    def _undo(self) -> None:
        b = self.before
        # The record as it was, every detail put back as stored (not checked again).
        update_tiers(self.session.book, b.code, b.name, b.kind, b.funder_category, b.address)
        if self.details is not None:
            restore_details(self.session.book, b)


class AddAction(Command):
    def __init__(self, session: BookSession, code: str, name: str) -> None:
        super().__init__(session, QCoreApplication.translate(
            "PartiesView", "création de l'action « {} »").format(name))
        self.code, self.name = code, name

    def _do(self) -> None:
        self.code = add_action(self.session.book, self.code, self.name).code

    def _undo(self) -> None:
        # Refused once an entry, a budget or a bank line names it: the command stays done.
        delete_action(self.session.book, self.code)


class EditAction(Command):
    """A rename, or (de)activation: the same change of an action's name and activity."""

    def __init__(self, session: BookSession, before: ActionRow, name: str, active: bool) -> None:
        if active == before.active:
            text = QCoreApplication.translate("PartiesView", "modification de l'action « {} »")
        elif active:
            text = QCoreApplication.translate("PartiesView", "réactivation de l'action « {} »")
        else:
            text = QCoreApplication.translate("PartiesView", "désactivation de l'action « {} »")
        super().__init__(session, text.format(before.name))
        self.before, self.name, self.active = before, name, active

    def _do(self) -> None:
        update_action(self.session.book, self.before.code, self.name, self.active)

    def _undo(self) -> None:
        update_action(self.session.book, self.before.code, self.before.name, self.before.active)


class SetMembership(Command):
    """A tiers made a member of an exercice, or its expected fee changed; undo puts back the
    membership as it was (or none)."""

    def __init__(self, session: BookSession, code: str, year: str, fee: Money | None,
                 joined_on: dt.date | None = None) -> None:
        super().__init__(session, QCoreApplication.translate(
            "MembersView", "inscription de l'adhérent {}").format(code))
        self.code, self.year, self.fee, self.joined_on = code, year, fee, joined_on
        listed = {r.code: r for r in members(session.book, year).rows if r.listed}
        self.before = listed.get(code)

    def _do(self) -> None:
        set_membership(self.session.book, self.code, self.year, self.fee, self.joined_on,
                       self.before.note if self.before else "")

    def _undo(self) -> None:
        if self.before is None:
            remove_membership(self.session.book, self.code, self.year)
        else:
            b = self.before
            set_membership(self.session.book, b.code, self.year, b.fee, b.joined_on, b.note)


class RemoveMembership(Command):
    def __init__(self, session: BookSession, before: MemberRow, year: str) -> None:
        super().__init__(session, QCoreApplication.translate(
            "MembersView", "retrait de l'adhérent « {} »").format(before.name))
        self.before, self.year = before, year

    def _do(self) -> None:
        remove_membership(self.session.book, self.before.code, self.year)

    def _undo(self) -> None:
        b = self.before
        set_membership(self.session.book, b.code, self.year, b.fee, b.joined_on, b.note)
