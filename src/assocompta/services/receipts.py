"""Reçus au titre des dons: which gifts are receipted, for whom, and the receipts issued.

A gift is a credit on an account that carries a reduction for its donor
(domain.receipts.gift_rule: dons manuels, abandons de frais, mécénat, a notarial donation,
gifts in kind in class 8) naming the donor as tiers. What the entry does not say (the form of
a donation, a gift in kind's description, a volunteer's renunciation, a mode of payment the
accounts do not show) the treasurer says in the gift's detail (table gift_detail). Gifts are
read per calendar year: an individual's reduction is per calendar year, whatever the
association's exercice (docs/receipts.md).

Issuing, cancelling and replacing receipts: services/receipt_issue.py; the yearly declaration
(CGI 222 bis): services/receipt_declaration.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ..domain.errors import ValidationError
from ..domain.fixes import IDENTITY, command
from ..domain.money import Money
from ..domain.receipts import (FORMS, IN_KIND, METHODS, NATURES, Category, DeclarationPeriod,
                               GIFT_ACCOUNT_PATTERNS,
                               GiftRule, Model, calendar_period, gift_rule,
                               model_for)
from ..storage.sql import string_agg

__all__ = ["FORMS", "METHODS", "NATURES"]  # the form's boxes, for the writers and views


@dataclass(frozen=True)
class Gift:
    line_id: int
    entry_id: int
    entry_number: int
    date: dt.date
    amount: Money
    account: str
    form: str | None         # FORMS key; None: not said (a donation's act)
    nature: str              # NATURES key
    method: str | None       # METHODS key for numéraire; None otherwise or when not known
    description: str
    receipt: str | None      # number of the receipt that covers it (the replacement's, if any)
    cancelled: bool = False  # that receipt is cancelled and not replaced
    problem: str | None = None  # why it cannot (or could not now) be receipted: what to do
    excluded: bool = False   # never receipted (a legs): shown, not counted as pending
    #: the problem left once a mode of payment is given for the batch (the entry shows none)
    problem_if_method: str | None = None

    @property
    def in_kind(self) -> bool:
        return self.nature in IN_KIND


@dataclass(frozen=True)
class Donor:
    tiers_id: int
    code: str
    name: str
    address: str
    nature: str              # domain.parties.TiersNature value
    gifts: tuple[Gift, ...]
    siren: str = ""
    legal_form: str = ""

    @property
    def total(self) -> Money:
        return Money.total(g.amount for g in self.gifts if not g.excluded)

    @property
    def pending(self) -> tuple[Gift, ...]:
        return tuple(g for g in self.gifts if g.receipt is None and not g.excluded)

    @property
    def receipts(self) -> tuple[str, ...]:
        return tuple(sorted({g.receipt for g in self.gifts if g.receipt}))

    @property
    def model(self) -> Model | None:
        return model_for(self.nature)

    @property
    def problem(self) -> str | None:
        """What stops this donor's receipt, the donor's own record (not a gift)."""
        if self.nature in ("association", "collectivite"):
            return (f"{self.name} est une association ou une collectivité : ses dons "
                    "n'ouvrent pas droit à une réduction d'impôt sur un reçu fiscal (CGI art. "
                    "200 et 238 bis) ; changez sa nature dans Tiers et actions si elle est "
                    "fausse")
        if self.model is None:
            return (f"{self.name} : précisez dans Tiers et actions s'il s'agit d'un "
                    "particulier (reçu Cerfa 11580) ou d'une entreprise (reçu Cerfa 16216)")
        if not self.address.strip():
            return (f"{self.name} : un reçu fiscal indique l'adresse du donateur ; "
                    "complétez-la dans Tiers et actions")
        if self.model is Model.COMPANY and not (len(self.siren) == 9 and self.siren.isdigit()
                                                and self.legal_form.strip()):
            return (f"{self.name} : le reçu d'une entreprise (Cerfa 16216) indique son numéro "
                    "SIREN et sa forme juridique ; complétez-les dans Tiers et actions")
        return None


@dataclass(frozen=True)
class Receipt:
    id: int
    number: str
    year: str
    tiers_id: int
    donor_name: str
    donor_address: str
    amount: Money
    first_date: dt.date
    last_date: dt.date
    form: str
    nature: str
    method: str          # METHODS keys joined by "," (a yearly summary may mix them)
    issued_at: dt.date
    model: str = "11580*05"          # domain.receipts.Model value
    articles: str = "200"            # ARTICLES keys joined by ","
    donor_first_name: str = ""
    donor_postcode: str = ""
    donor_city: str = ""
    donor_country: str = ""
    donor_siren: str = ""
    donor_legal_form: str = ""
    in_kind_amount: Money = Money(0)  # of ``amount``: gifts in kind (valued, not paid)
    description: str = ""            # gifts in kind, expenses given up: what and how much
    signatory: str = ""              # « Name, title » as signed
    replaces: str | None = None      # number of the cancelled receipt this one replaces
    cancelled_at: dt.date | None = None
    cancel_reason: str | None = None

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(m for m in self.method.split(",") if m)

    @property
    def natures(self) -> tuple[str, ...]:
        return tuple(n for n in self.nature.split(",") if n)

    @property
    def article_keys(self) -> tuple[str, ...]:
        return tuple(a for a in self.articles.split(",") if a)

    @property
    def is_company(self) -> bool:
        return self.model.startswith("16216")

    @property
    def cash_amount(self) -> Money:
        """The versements (numéraire) of ``amount``."""
        return self.amount - self.in_kind_amount

    @property
    def cancelled(self) -> bool:
        return self.cancelled_at is not None


@dataclass(frozen=True)
class Beneficiary:
    """The association as a receipt names it (identity, and its receipt settings)."""

    name: str
    address: str              # street lines
    object: str
    siren: str | None
    rna: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "France"
    category: str = ""        # domain.receipts.Category value
    category_detail: str = ""  # « Autres (précisez) »
    rup_decree_date: dt.date | None = None
    rup_journal_date: dt.date | None = None
    signatory_name: str = ""
    signatory_title: str = ""


@dataclass(frozen=True)
class Declaration:
    """The yearly declaration of receipts issued (CGI art. 222 bis): how many, for how much."""

    association: Beneficiary
    period: DeclarationPeriod
    count: int                      # receipts counted (not cancelled)
    total: Money                    # the period's gifts on those receipts
    by_model: tuple[tuple[str, int, Money], ...]  # (model, count, total) of the models present
    receipts: tuple[Receipt, ...]   # the counted receipts, in number order
    cancelled: int                  # cancelled receipts of the period (not counted)
    made_on: dt.date


def infer_method(other_codes: Iterable[str], label: str = "") -> str | None:
    """The mode of payment the other side of a gift's entry shows: cash (53…), a cheque
    (5112 chèques à encaisser, or a bank line the entry calls a cheque), a bank transfer,
    debit or card (51…); None when no money moved through the treasury accounts (a promise
    of gift on 4…): the treasurer says it in the gift's detail."""
    codes = list(other_codes)
    if any(c.startswith("53") for c in codes):
        return "especes"
    if any(c.startswith("5112") for c in codes):
        return "cheque"
    if any(c.startswith("51") for c in codes):
        folded = label.lower()
        if "chq" in folded or "chèque" in folded or "cheque" in folded:
            return "cheque"
        return "virement"
    return None


def calendar_year(year: int | str) -> int:
    """A calendar year given as 2025 or "2025"; an exercice's label across two years is
    refused: receipts go by calendar year."""
    text = str(year).strip()
    if not (text.isdigit() and len(text) == 4):
        raise ValidationError(f"« {text} » : les reçus fiscaux se font par année civile "
                              "(ex. 2025), quel que soit l'exercice", field="année")
    return int(text)


_GIFTS = """
SELECT l.id, l.entry_id, e.number, e.date, l.credit - l.debit, a.code,
       t.id, t.code, t.name, t.address, t.postcode, t.city, t.nature, t.siren, t.legal_form,
       coalesce(e.label, '') || ' ' || coalesce(l.label, '') || ' ' || coalesce(e.piece_ref, ''),
       (SELECT {codes} FROM entry_line l2 JOIN account a2 ON a2.id = l2.account_id
         WHERE l2.entry_id = l.entry_id AND l2.id != l.id),
       g.form, g.nature, g.method, g.description, g.renounced_on, rl.receipt_id
  FROM entry_line l
  JOIN entry e ON e.id = l.entry_id
  JOIN account a ON a.id = l.account_id
  JOIN tiers t ON t.id = l.tiers_id
  LEFT JOIN gift_detail g ON g.line_id = l.id
  LEFT JOIN donation_receipt_line rl ON rl.line_id = l.id
 WHERE e.date BETWEEN ? AND ? AND l.credit != l.debit
   AND ({accounts})
 ORDER BY t.name, t.code, e.date, l.id
"""


def _owed_after(conn: sqlite3.Connection, tiers_id: int, day: str) -> int:
    """What the books still owe a volunteer on 4681 (frais des bénévoles) at the end of
    ``day``, abandons of that day included: an abandon gives up expenses booked and not
    repaid nor given up before (a negative result: more given up than owed)."""
    return conn.execute(
        "SELECT coalesce(sum(l.credit - l.debit), 0) FROM entry_line l "
        "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
        "WHERE a.code LIKE '4681%' AND l.tiers_id = ? AND e.date <= ?",
        (tiers_id, day)).fetchone()[0]


def _promised_unpaid(conn: sqlite3.Connection, tiers_id: int, codes: list[str]) -> int:
    """What the donor still owes on the third-party accounts a gift was booked against (a
    promise on 467…): débit − crédit of their lines naming the donor."""
    codes = [c for c in codes if c.startswith("4")]
    if not codes:
        return 0
    return conn.execute(
        "SELECT coalesce(sum(l.debit - l.credit), 0) FROM entry_line l "
        "JOIN account a ON a.id = l.account_id WHERE l.tiers_id = ? "
        f"AND a.code IN ({','.join('?' * len(codes))})", (tiers_id, *codes)).fetchone()[0]


def effective_receipts(conn: sqlite3.Connection) -> dict[int, tuple[int, str, bool]]:
    """Receipt id → (id, number, cancelled) of the receipt now covering its gifts: the end
    of its chain of replacements (a cancelled receipt not replaced covers them still, marked
    cancelled: its gifts are not receipted again unless it is replaced)."""
    rows = conn.execute("SELECT id, number, replaces_id, cancelled_at FROM donation_receipt"
                        ).fetchall()
    replaced_by = {rep: rid for rid, _, rep, _ in rows if rep is not None}
    info = {rid: (number, cancelled is not None) for rid, number, _, cancelled in rows}
    result = {}
    for rid, _, _, _ in rows:
        end = rid
        while end in replaced_by:
            end = replaced_by[end]
        result[rid] = (end, info[end][0], info[end][1])
    return result


@dataclass(frozen=True)
class _Facts:
    """What decides whether a gift line can be receipted."""

    conn: sqlite3.Connection
    rule: GiftRule
    donor_nature: str
    tiers_id: int
    name: str
    day: str
    account: str
    form: str | None
    nature: str
    method: str | None
    description: str
    renounced_on: str | None
    others: list[str]


def _problem(f: _Facts) -> tuple[str | None, bool]:
    """(what stops this gift's receipt, whether it is never receipted)."""
    if f.rule.companies_only and f.donor_nature != "entreprise":
        return ("prestation en nature d'un particulier : le temps et les services donnés "
                "n'ouvrent pas droit à réduction d'impôt (seul le mécénat de compétences "
                "d'une entreprise a un reçu)", True)
    if f.account.startswith("75432") and f.form != "acte_authentique":
        return ("legs ou donation sur 75432 : un legs n'a pas de reçu fiscal ; une donation "
                "par acte notarié en a un : indiquez « Acte authentique » dans les détails du "
                "don", True)
    if f.form is None:
        return "précisez la forme du don dans les détails du don", False
    if f.nature in ("frais_benevoles", "abandon_revenus") and f.donor_nature == "entreprise":
        return (f"{f.name} est une entreprise : un abandon de frais ou de revenus ouvre droit "
                "à la réduction des particuliers (CGI art. 200, Cerfa 11580), pas à celle "
                "des entreprises", False)
    if f.nature == "frais_benevoles":
        if not any(c.startswith("4681") for c in f.others):
            return (f"abandon de frais de {f.name} : le don solde les frais dus au bénévole "
                    "(4681 au débit, 75412 au crédit) ; passez d'abord la note de frais sur "
                    "4681 (CGI art. 200 : frais constatés dans les comptes)", False)
        if _owed_after(f.conn, f.tiers_id, f.day) < 0:
            return (f"abandon de frais de {f.name} : le bénévole n'a pas autant de frais "
                    "passés au 4681, ni remboursés ni déjà abandonnés, à cette date ; passez "
                    "la note de frais, ou corrigez le montant de l'abandon", False)
        if not f.renounced_on:
            return (f"abandon de frais de {f.name} : indiquez dans les détails du don la date "
                    "à laquelle le bénévole a renoncé par écrit au remboursement", False)
        if f.renounced_on > f.day:
            return (f"abandon de frais de {f.name} : la renonciation écrite (le "
                    f"{dt.date.fromisoformat(f.renounced_on):%d/%m/%Y}) vient après "
                    "l'écriture d'abandon ; datez l'abandon du jour de la renonciation ou "
                    "après", False)
    if f.nature in IN_KIND and not f.description.strip():
        return (f"don de {f.name} : décrivez le don (nature, quantité, valeur ou frais "
                "engagés) dans les détails du don", False)
    if f.nature == "numeraire" and not any(c.startswith(("51", "53")) for c in f.others):
        if _promised_unpaid(f.conn, f.tiers_id, f.others) > 0:
            return (f"don de {f.name} : promis (compte {', '.join(f.others)}) mais pas encore "
                    "versé ; le reçu attend le versement (CGI art. 200 : dons effectués)",
                    False)
    if f.nature == "numeraire" and f.method is None:
        return (f"don de {f.name} : le mode de versement (espèces, chèque, virement) ne se "
                "lit pas dans l'écriture ; indiquez-le dans les détails du don", False)
    return None, False


def donations(conn: sqlite3.Connection, year: int | str) -> list[Donor]:
    """The donors of calendar year ``year`` (by name), each with their gifts, the receipts
    already issued, and what stops a receipt."""
    start, end = calendar_period(calendar_year(year))
    accounts = " OR ".join(f"a.code LIKE '{p}'" for p in GIFT_ACCOUNT_PATTERNS)
    rows = conn.execute(_GIFTS.format(codes=string_agg(conn, "a2.code", "','"),
                                      accounts=accounts),
                        (start.isoformat(), end.isoformat())).fetchall()
    covering = effective_receipts(conn)
    gifts: dict[int, list[Gift]] = defaultdict(list)
    who: dict[int, tuple] = {}
    for (line_id, entry_id, number, date, amount, account, tiers_id, code, name, address,
         postcode, city, nature, siren, legal_form, label, others, g_form, g_nature, g_method, description,
         renounced_on, receipt_id) in rows:
        street = address
        if postcode or city:
            street = "\n".join(p for p in (address.strip(), f"{postcode} {city}".strip()) if p)
        who[tiers_id] = (code, name, street, nature, siren, legal_form)
        rule = gift_rule(account)
        gift_nature = g_nature or rule.nature
        gift_form = g_form or rule.form
        others = (others or "").split(",")
        method = None
        if gift_nature == "numeraire":
            method = g_method or infer_method(others, label)
        facts = _Facts(conn, rule, nature, tiers_id, name, date, account, gift_form,
                       gift_nature, method, description or "", renounced_on, others)
        problem, excluded = _problem(facts)
        if_method = problem
        if gift_nature == "numeraire" and method is None:
            if_method = _problem(replace(facts, method="virement"))[0]
        receipt, cancelled = None, False
        if receipt_id is not None:
            _, receipt, cancelled = covering[receipt_id]
        gifts[tiers_id].append(Gift(
            line_id, entry_id, number, dt.date.fromisoformat(date), Money(amount), account,
            gift_form, gift_nature, method, description or "", receipt, cancelled,
            problem, excluded and receipt is None, if_method))
    return [Donor(t, *who[t][:4], tuple(gifts[t]), *who[t][4:]) for t in who]


def ended_year_to_receipt(conn: sqlite3.Connection, year: int | str | None = None,
                          today: dt.date | None = None) -> str | None:
    """Last calendar year, once over, if some of its gifts still lack a receipt (in January
    the year shown is the new one; the receipts due are last year's). ``year`` is ignored:
    receipts go by calendar year."""
    last = (today or dt.date.today()).year - 1
    if any(d.pending for d in donations(conn, last)):
        return str(last)
    return None


def beneficiary(conn: sqlite3.Connection, *, complete: bool = True) -> Beneficiary:
    """The association as a receipt names it; its address, object, category of the receipt
    and signatory are required (a receipt states them) unless ``complete`` is False (a
    declaration, a list)."""
    from .setup import beneficiary_of, identity_of  # setup builds Beneficiary from here
    who = beneficiary_of(identity_of(conn))
    missing = [what for what, value in (
        ("l'adresse", who.address + who.postcode), ("l'objet", who.object),
        ("la catégorie d'organisme (case cochée du reçu)", who.category),
        ("le nom et la qualité du signataire", who.signatory_name and who.signatory_title))
        if not (value or "").strip()]
    if who.category == Category.INTERET_GENERAL_AUTRE.value and not who.category_detail.strip():
        missing.append("la précision de la catégorie « Autres »")
    if not missing and who.category == Category.RUP.value and not (
            who.rup_decree_date and who.rup_journal_date):
        missing.append("les dates du décret de reconnaissance d'utilité publique et de sa "
                       "publication au Journal officiel")
    if missing and complete:
        said = (missing[0] if len(missing) == 1
                else f"{', '.join(missing[:-1])} et {missing[-1]}")
        raise ValidationError(f"un reçu fiscal indique {said} de l'association "
                              "bénéficiaire : complétez l'identité de l'association avec "
                              f"{command(IDENTITY)}, puis recommencez")
    return who


_RECEIPT_COLUMNS = (
    "r.id, r.number, f.label, r.tiers_id, r.donor_name, r.donor_address, r.amount, "
    "r.first_date, r.last_date, r.form, r.nature, r.method, r.issued_at, r.model, r.articles, "
    "r.donor_first_name, r.donor_postcode, r.donor_city, r.donor_country, r.donor_siren, "
    "r.donor_legal_form, r.in_kind_amount, r.description, r.signatory, old.number, "
    "r.cancelled_at, r.cancel_reason")


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text[:10])


def receipts(conn: sqlite3.Connection, year: int | str | None = None,
             numbers: Iterable[str] | None = None) -> list[Receipt]:
    """Issued receipts (cancelled ones too, marked) of calendar year ``year`` (their gifts'
    year, as numbered), or those numbered ``numbers``, in number order."""
    sql = (f"SELECT {_RECEIPT_COLUMNS} FROM donation_receipt r "
           "JOIN fiscal_year f ON f.id = r.year_id "
           "LEFT JOIN donation_receipt old ON old.id = r.replaces_id")
    where, params = [], []
    if year is not None:
        start, end = calendar_period(calendar_year(year))
        where.append("r.last_date BETWEEN ? AND ?")
        params += [start.isoformat(), end.isoformat()]
    if numbers is not None:
        numbers = list(numbers)
        where.append(f"r.number IN ({','.join('?' * len(numbers))})")
        params += numbers
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_receipt(row) for row in conn.execute(sql + " ORDER BY r.number", params)]


def _receipt(row) -> Receipt:
    (i, n, y, t, dn, da, a, fd, ld, fo, na, me, ia, model, articles, first, postcode, city,
     country, siren, legal, in_kind, description, signatory, replaces, cancelled_at,
     reason) = row
    return Receipt(i, n, y, t, dn, da, Money(a), _day(fd), _day(ld), fo, na, me, _day(ia),
                   model, articles, first, postcode, city, country, siren, legal,
                   Money(in_kind), description, signatory, replaces, _day(cancelled_at),
                   reason)
