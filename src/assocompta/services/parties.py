"""Tiers and actions as the Tiers et actions view lists and edits them.

Creating them is in :mod:`.ledger` (add_tiers, add_action), shared with imports; this module
reads the lists and changes what exists. Codes never change: entries and budgets refer to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.errors import ValidationError
from ..domain.parties import (FunderCategory, TiersDetails, TiersKind, TiersNature, is_france,
                              tiers_kind)
from ..storage.db import Book
from ..storage.orm import (Action, BankLine, BankRule, BudgetLine, DonationReceipt, EntryLine,
                           Tiers)
from ..text import clean_text, fold


@dataclass(frozen=True)
class TiersRow:
    code: str
    name: str
    kind: TiersKind
    funder_category: FunderCategory | None
    address: str = ""  # street lines (older books: the whole address)
    nature: TiersNature = TiersNature.UNKNOWN
    civility: str = ""
    last_name: str = ""
    first_name: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    siren: str = ""
    legal_form: str = ""
    year_end: str = "12-31"

    @property
    def details(self) -> TiersDetails:
        return TiersDetails(**{f: getattr(self, f) for f in DETAIL_FIELDS})

    def postal_lines(self) -> list[str]:
        """The address as an envelope shows it: street lines, « 35000 Rennes », country."""
        town = " ".join(p for p in (self.postcode, self.city) if p)
        return [*self.address.splitlines(), *([town] if town else []),
                *([self.country] if self.country and not is_france(self.country) else [])]


#: the schema-8 details of a tiers, as TiersDetails and the tiers table name them
DETAIL_FIELDS = ("nature", "civility", "last_name", "first_name", "address", "postcode", "city",
                 "country", "email", "phone", "siren", "legal_form", "year_end")


def row_of(t: Tiers) -> TiersRow:
    """A stored tiers as a row."""
    return TiersRow(t.code, t.name, TiersKind(t.kind),
                    FunderCategory(t.funder_category) if t.funder_category else None,
                    t.address, TiersNature(t.nature or "inconnue"),
                    **{f: getattr(t, f) or "" for f in DETAIL_FIELDS[1:] if f != "address"})


@dataclass(frozen=True)
class ActionRow:
    code: str
    name: str
    active: bool


def tiers_rows(book: Book, nature: TiersNature | None = None) -> list[TiersRow]:
    """Every tiers by name (only those of one nature, if given)."""
    query = select(Tiers).order_by(Tiers.name, Tiers.code)
    if nature is not None:
        query = query.where(Tiers.nature == TiersNature(nature).value)
    with book.session() as s:
        rows = [row_of(t) for t in s.scalars(query)]
    return sorted(rows, key=lambda r: (fold(r.name), r.code))  # Élodie between Anne and Jean


def tiers_row(book: Book, code: str) -> TiersRow:
    with book.session() as s:
        t = s.scalars(select(Tiers).where(Tiers.code == code)).first()
        if t is None:
            raise ValidationError(f"tiers « {code} » inconnu", field="code")
        return row_of(t)


def action_rows(book: Book) -> list[ActionRow]:
    with book.session() as s:
        return [ActionRow(a.code, a.name, bool(a.active))
                for a in s.scalars(select(Action).order_by(Action.code))]


def check_code(code: str) -> str:
    """A short code people type in entries and budget files: no spaces, 1 to 40 characters."""
    code = clean_text(code).strip()  # a control character is refused below as a space
    if not code:
        raise ValidationError("code vide : tapez un code court (ex. VILLE)", field="code")
    if len(code) > 40 or any(c.isspace() or c == ";" for c in code):
        raise ValidationError(f"code « {code} » : 40 caractères au plus, sans espace ni « ; »",
                              field="code")
    return code


def check_name(name: str) -> str:
    """The name as the book keeps it (see text.clean_text), or ValidationError if empty."""
    name = clean_text(name).strip()
    if not name:
        raise ValidationError("nom vide : tapez le nom", field="nom")
    return name


def update_tiers(book: Book, code: str, name: str, kind: TiersKind,
                 funder_category: FunderCategory | None, address: str | None = None, *,
                 details: TiersDetails | None = None) -> str:
    """Change a tiers' name, kind, CERFA funder category and (if given) postal address, or
    (``details`` given) every detail, the address among them; returns its code."""
    name = check_name(name)
    kind, funder_category = tiers_kind(kind, funder_category)
    if details is not None:
        details = clean_details(details)
    with book.transaction() as s:
        t = s.scalars(select(Tiers).where(Tiers.code == code)).first()
        if t is None:
            raise ValidationError(f"tiers « {code} » inconnu", field="code")
        t.name, t.kind = name, kind.value
        t.funder_category = funder_category.value if funder_category else None
        if address is not None:
            t.address = clean_text(address, lines=True).strip()  # lines: a postal address
        if details is not None:
            store_details(t, details)
        return t.code


def clean_details(details: TiersDetails) -> TiersDetails:
    """Details as the book keeps them: characters no file can hold replaced, then checked
    (ValidationError naming the field)."""
    from dataclasses import replace
    texts = {f: clean_text(str(getattr(details, f)), lines=f == "address")
             for f in DETAIL_FIELDS[1:]}
    return replace(details, **texts).checked()


def restore_details(book: Book, row: TiersRow) -> None:
    """Put back a tiers' details as a row read earlier holds them (undo)."""
    with book.transaction() as s:
        t = s.scalars(select(Tiers).where(Tiers.code == row.code)).first()
        if t is None:
            raise ValidationError(f"tiers « {row.code} » inconnu", field="code")
        store_details(t, row.details)


def store_details(t: Tiers, details: TiersDetails) -> None:
    """Copy checked details onto a stored tiers."""
    for f in DETAIL_FIELDS:
        value = getattr(details, f)
        setattr(t, f, value.value if f == "nature" else value)


def update_action(book: Book, code: str, name: str, active: bool) -> str:
    """Rename an action, or (de)activate it: an inactive action is no longer offered when
    typing entries, but keeps its lines and budget. Returns its code."""
    name = check_name(name)
    with book.transaction() as s:
        a = s.scalars(select(Action).where(Action.code == code)).first()
        if a is None:
            raise ValidationError(f"action « {code} » inconnue", field="code")
        a.name, a.active = name, active
        return a.code


_SMALL_WORDS = {"d", "de", "des", "du", "l", "la", "le", "les", "et", "en", "a", "au", "aux"}


def code_base(name: str) -> str:
    """The code a name suggests before any number: « Mairie de Lyon » → MAIRIEDELYON."""
    words = [w for w in re.split(r"[^a-z0-9]+", fold(name)) if w and w not in _SMALL_WORDS]
    return "".join(words).upper()[:16] or "TIERS"


def free_code(base: str, taken: set[str]) -> str:
    """``base``, or ``base`` numbered 2, 3… until no code of ``taken``."""
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}{n}"
    return code


def code_for_name(book: Book, name: str) -> str:
    """A free tiers code made from a name (« Mairie de Lyon » → MAIRIEDELYON, then …2)."""
    base = code_base(name)
    with book.session() as s:
        taken = set(s.scalars(select(Tiers.code).where(Tiers.code.like(f"{base}%"))))
    return free_code(base, taken)


def delete_tiers(book: Book, code: str) -> None:
    """Remove a tiers nothing refers to (undoing its creation); refused once it is used."""
    with book.transaction() as s:
        t = s.scalars(select(Tiers).where(Tiers.code == code)).first()
        if t is None:
            return
        for model in (EntryLine, BudgetLine, BankLine, BankRule, DonationReceipt):
            if s.scalar(select(func.count()).select_from(model)
                        .where(model.tiers_id == t.id)):
                raise ValidationError(f"le tiers « {t.name} » sert déjà dans le livre : "
                                      "il reste dans la liste")
        s.delete(t)


def delete_action(book: Book, code: str) -> None:
    """Remove an action nothing refers to (undoing its creation); refused once it is used."""
    with book.transaction() as s:
        a = s.scalars(select(Action).where(Action.code == code)).first()
        if a is None:
            return
        for model in (EntryLine, BudgetLine, BankLine, BankRule):
            if s.scalar(select(func.count()).select_from(model)
                        .where(model.action_id == a.id)):
                raise ValidationError(f"l'action « {a.name} » sert déjà dans le livre : "
                                      "elle reste dans la liste")
        s.delete(a)
