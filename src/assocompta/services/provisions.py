"""Provisions and dépréciations, each with its reason (the PCG's rules on passifs and on
the dépréciation of receivables, which ANC 2018-06 art. 111-2 applies where the règlement
says nothing; docs/provisions.md).

A provision says the association will probably have to pay for something the year caused
(a dispute, a repair it is committed to) without knowing exactly how much or when: a charge
of the year (6815) against 151 (risques) or 158 (other charges; the 2025 chart dropped it,
see :data:`CHARGES_2025`). A receivable that will probably not be paid in full (a member, a
client, a partner in difficulty) is depreciated by tiers: 6817 against 491. When the risk
is gone, happened, or the receivable is paid or lost, the provision is taken back (reprise:
7815 / 7817). Each of these entries keeps its reason (``year_end_entry.reason``): the annexe
lists provisions with what they are for, as does the livre d'inventaire
(:func:`provisions_at`).

:func:`provisions_step` (key 'provisions') proposes nothing by itself: what to provide for is
the treasurer's judgement. It lists the provisions open at the year start with their reasons
so that each is looked at again, and the year's provision entries already booked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..domain.entries import EntryDraft, LineDraft
from ..domain.errors import ValidationError
from ..domain.money import ZERO, Money
from ..formatting import euros
from ..storage.db import Book
from ..storage.orm import Account, Entry, FiscalYear, YearEndEntry
from .ledger import accounts_of_chart
from .retry import once_more_on_conflict
from .year_end import WORK_JOURNAL, Proposal, Step, book_proposals_in, booked_entries

#: kind → (dotation, provision account per chart, reprise), as the charts have them.
KINDS = {
    "risques": ("6815", {"pca2018": "151", "pca2025": "151"}, "7815"),
    "charges": ("6815", {"pca2018": "158", "pca2025": "158"}, "7815"),
    "creances": ("6817", {"pca2018": "491", "pca2025": "491"}, "7817"),
}
KIND_LABELS = {"risques": "Provision pour risques", "charges": "Provision pour charges",
               "creances": "Dépréciation de créance"}
#: The 2025 chart has no 158 (reference §8.2: its provisions for charges other than legs
#: and donations have no account of their own); the treasurer creates 158 as a
#: sub-account of 15 when he needs one, and the message says so.
CHARGES_2025 = ("le plan 2025 n'a pas de compte 158 « Autres provisions pour charges » : "
                "créez-le comme sous-compte de 15 (menu Plan comptable, ou assocompta "
                "accounts), ou passez une provision pour risques (151)")

TITLE = "Provisions et dépréciations"
EXPLANATION = (
    "Une provision constate une charge probable que l'exercice a causée sans qu'on en "
    "connaisse le montant exact ou la date (un litige, des travaux auxquels l'association "
    "s'est engagée) : dotation 6815 / provision 151 ou 158. Une créance qui ne sera "
    "probablement pas payée en entier (adhérent, client, partenaire en difficulté) se "
    "déprécie par tiers : 6817 / 491. Quand le risque disparaît ou se réalise, ou que la "
    "créance est payée ou perdue, on reprend la provision (7815 / 7817). Chaque provision "
    "garde sa raison : l'annexe et le livre d'inventaire la citent.")


@dataclass(frozen=True)
class ProvisionLine:
    """A provision or dépréciation open at a date, with what it is for."""

    account: str
    label: str
    tiers: str | None
    amount: Money                   # positive: what the provision holds
    reasons: tuple[str, ...]        # the reasons of its provision entries, oldest first


def _provision_accounts(code: str) -> bool:
    return code.startswith(("15", "29", "39", "49", "59"))


# -- reading -------------------------------------------------------------------------------
def _with_conn(book_or_conn, fn):
    if hasattr(book_or_conn, "transaction"):  # a Book
        with book_or_conn.session() as s:
            return fn(book_or_conn.raw_connection(s))
    if hasattr(book_or_conn, "scalars"):  # a Session
        return fn(_session_conn(book_or_conn))
    return fn(book_or_conn)


def _session_conn(s):
    """The connection under a session, with the sqlite3 surface on either engine."""
    raw = s.connection().connection.driver_connection
    if s.get_bind().dialect.name == "postgresql":
        from ..storage.pg.adapter import Connection
        return Connection(raw)
    return raw


def provisions_at(book_or_conn, date: dt.date) -> list[ProvisionLine]:
    """Provisions and dépréciations (15x, 29x, 39x, 49x, 59x) open at the end of ``date``,
    per account and tiers, with the reasons of the entries that made them."""
    return _with_conn(book_or_conn, lambda conn: _open_at(conn, date))


def _open_at(conn, date: dt.date) -> list[ProvisionLine]:
    year = conn.execute("SELECT id FROM fiscal_year WHERE start_date <= ? AND end_date >= ?",
                        (date.isoformat(), date.isoformat())).fetchone()
    if year is None:
        raise ValidationError(f"aucun exercice ne contient le {date:%d/%m/%Y}", field="date")
    # The year's lines up to the date: the à-nouveaux carry what earlier years left.
    rows = conn.execute(
        "SELECT a.code, a.label, t.code, SUM(l.credit) - SUM(l.debit) FROM entry e "
        "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
        "LEFT JOIN tiers t ON t.id = l.tiers_id WHERE e.year_id = ? AND e.date <= ? AND "
        "(a.code LIKE '15%' OR a.code LIKE '29%' OR a.code LIKE '39%' OR a.code LIKE '49%' "
        "OR a.code LIKE '59%') GROUP BY a.code, a.label, t.code "
        "HAVING SUM(l.credit) != SUM(l.debit) ORDER BY a.code, t.code",
        (year[0], date.isoformat())).fetchall()
    reasons: dict[tuple[str, str | None], list[str]] = {}
    for code, tiers, reason, _date in conn.execute(
            "SELECT DISTINCT a.code, t.code, y.reason, e.date FROM year_end_entry y "
            "JOIN entry e ON e.id = y.entry_id JOIN entry_line l ON l.entry_id = e.id "
            "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
            "WHERE y.kind = 'provision' AND l.credit > 0 AND e.date <= ? "
            "ORDER BY e.date", (date.isoformat(),)).fetchall():
        if reason and reason not in reasons.setdefault((code, tiers), []):
            reasons[(code, tiers)].append(reason)
    return [ProvisionLine(code, label, tiers, Money(int(cents)),
                          tuple(reasons.get((code, tiers), ())))
            for code, label, tiers, cents in rows if cents]


# -- the step ------------------------------------------------------------------------------
def provisions_step(book_or_session, year_label: str) -> Step:
    """The 'provisions' step: nothing proposed; the provisions open at the year start to
    look at again, and the year's provision entries."""
    def build(s):
        year = _year(s, year_label)
        opening = provisions_at(s, year.start_date)
        notes = tuple(
            f"{p.account} {p.label}{f' ({p.tiers})' if p.tiers else ''} : {euros(p.amount)}"
            + (f" — {'; '.join(p.reasons)}" if p.reasons else "")
            + " : toujours justifiée ? Sinon, reprenez-la (assocompta provision reverse)."
            for p in opening)
        if not notes:
            notes = ("Aucune provision ouverte au début de l'exercice. Un litige, une créance "
                     "douteuse ? assocompta provision add.",)
        owed = _receivables(s, year)
        if owed:
            notes += ("Créances au " + f"{year.end_date:%d/%m/%Y} : " + " ; ".join(
                f"{tiers} {euros(Money(cents))}" for tiers, cents in owed)
                + " : une créance qui ne sera probablement pas payée en entier se déprécie "
                "(6817 / 491, par tiers).",)
        booked = tuple(i for i, *_ in booked_entries(s, year.id,
                                                     ("provision", "reprise_provision")))
        return Step("provisions", TITLE, EXPLANATION, (), booked, notes)
    if hasattr(book_or_session, "transaction"):
        with book_or_session.session() as s:
            return build(s)
    return build(book_or_session)


def _receivables(s, year: FiscalYear) -> list[tuple[str, int]]:
    """(tiers, cents) of the debit balances of clients and members (41x) at the year end."""
    rows = _session_conn(s).execute(
        "SELECT t.code, SUM(l.debit) - SUM(l.credit) FROM entry e "
        "JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id "
        "JOIN tiers t ON t.id = l.tiers_id WHERE e.year_id = ? AND a.code LIKE '41%' "
        "GROUP BY t.code HAVING SUM(l.debit) > SUM(l.credit) ORDER BY t.code",
        (year.id,)).fetchall()
    return [(tiers, int(cents)) for tiers, cents in rows]


def _year(s, label: str) -> FiscalYear:
    year = s.scalars(select(FiscalYear).where(FiscalYear.label == label)).first()
    if year is None:
        known = ", ".join(s.scalars(select(FiscalYear.label).order_by(FiscalYear.start_date)))
        raise ValidationError(f"exercice « {label} » inconnu (exercices : {known})",
                              field="--year")
    return year


def _checked_amount(amount: Money) -> Money:
    if not isinstance(amount, Money):
        raise TypeError("amount must be Money")
    if amount <= ZERO:
        raise ValidationError("le montant doit être positif", field="--amount")
    return amount


def _reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise ValidationError("raison vide : dites ce que la provision couvre (l'annexe la "
                              "cite)", field="--reason")
    return reason.strip()


def _in_year(year: FiscalYear, date: dt.date | None) -> dt.date:
    date = date or year.end_date
    if not year.start_date <= date <= year.end_date:
        raise ValidationError(f"le {date:%d/%m/%Y} est hors de l'exercice {year.label}",
                              field="--date")
    return date


# -- booking ------------------------------------------------------------------------------
@once_more_on_conflict
def provision(book: Book, year_label: str, kind: str, account: str | None, amount: Money,
              reason: str, tiers: str | None = None, *, date: dt.date | None = None) -> int:
    """Book a provision (draft, dated the year's last day unless ``date``): D 6815 / C 151
    or 158, or D 6817 / C 491 for a receivable (``tiers`` required). ``account``: a
    sub-account of the default one (e.g. 1511), or None. The entry's id."""
    if kind not in KINDS:
        raise ValidationError(f"« {kind} » : choisissez {', '.join(KINDS)}", field="--kind")
    dotation, defaults, _ = KINDS[kind]
    amount, reason = _checked_amount(amount), _reason(reason)
    if kind == "creances" and not tiers:
        raise ValidationError("une dépréciation de créance se passe par tiers : nommez le "
                              "débiteur", field="--tiers")
    with book.transaction() as s:
        year = _year(s, year_label)
        default = defaults[year.chart.code]
        code = account or default
        if not code.startswith(default[:3] if kind != "charges" else "15"):
            raise ValidationError(f"compte {code} : une {KIND_LABELS[kind].lower()} va en "
                                  f"{default} ou l'un de ses sous-comptes", field="--account")
        if code not in accounts_of_chart(s, year.chart_id):
            if kind == "charges" and year.chart.code == "pca2025":
                raise ValidationError(CHARGES_2025, field="--account")
        day = _in_year(year, date)
        draft = EntryDraft(day, WORK_JOURNAL, f"{KIND_LABELS[kind]} : {reason}"[:200], (
            LineDraft(dotation, debit=amount),
            LineDraft(code, credit=amount, tiers=tiers)))
        return book_proposals_in(s, year, [Proposal("provision", draft, reason)])[0]


@once_more_on_conflict
def reprise(book: Book, year_label: str, provision_entry_or_account: int | str,
            amount: Money, reason: str, tiers: str | None = None, *,
            date: dt.date | None = None) -> int:
    """Take back (part of) a provision: D 15x / 49x / C 7815 (provisions) or 7817
    (dépréciations of receivables), dated the year's last day unless ``date``.

    ``provision_entry_or_account``: the id of the provision's entry (its account and tiers
    are taken from it, and the reprise names it), or an account code (with ``tiers`` for a
    receivable). Refused beyond what the provision holds at that date."""
    amount, reason = _checked_amount(amount), _reason(reason)
    with book.transaction() as s:
        year = _year(s, year_label)
        day = _in_year(year, date)
        reverses = None
        if isinstance(provision_entry_or_account, int):
            entry = s.get(Entry, provision_entry_or_account)
            kind = s.scalar(select(YearEndEntry.kind).where(
                YearEndEntry.entry_id == provision_entry_or_account))
            if entry is None or kind != "provision":
                raise ValidationError(f"écriture {provision_entry_or_account} : pas une "
                                      "provision", field="--entry")
            line = next(ln for ln in entry.lines if ln.credit > ZERO)
            code, tiers = line.account.code, line.tiers.code if line.tiers else None
            reverses = entry.id
        else:
            code = provision_entry_or_account
        if not _provision_accounts(code):
            raise ValidationError(f"compte {code} : une reprise débite un compte de provision "
                                  "(15…) ou de dépréciation (49…)", field="--account")
        held = next((p.amount for p in provisions_at(s, day)
                     if p.account == code and p.tiers == tiers), ZERO)
        if amount > held:
            raise ValidationError(
                f"le compte {code}{f' ({tiers})' if tiers else ''} ne tient que {euros(held)} "
                f"au {day:%d/%m/%Y} : la reprise ({euros(amount)}) ne peut pas le dépasser",
                field="--amount")
        back = "7817" if code.startswith("49") else "7815"
        label = s.scalar(select(Account.label).where(Account.chart_id == year.chart_id,
                                                     Account.code == code)) or code
        draft = EntryDraft(day, WORK_JOURNAL, f"Reprise : {reason}"[:200], (
            LineDraft(code, debit=amount, tiers=tiers),
            LineDraft(back, credit=amount)))
        why = f"{reason} (reprise sur {code} {label})"
        return book_proposals_in(s, year, [Proposal("reprise_provision", draft, why,
                                                    reverses_entry_id=reverses)])[0]
