"""The fixed-asset register (registre des immobilisations): assets entered by hand or from a
purchase entry's 2x line, their depreciation plan, the year's dotations and subsidy
quote-parts proposed at the closing, their exit (sale or scrapping), the register at a date.

The register holds an asset's terms (cost, date of entry into service, useful life); what is
booked lives in ordinary entries, each tied to the assets it concerns by ``asset_movement``
rows (services/year_end.py). What the register says is depreciated at a date is therefore
what the book says: the depreciation taken over with the asset (``depreciated_before``) plus
the movements of the entries dated up to that date. Every proposal is the plan's cumulative
figure less what is booked, so asking twice proposes nothing twice and a year forgotten is
caught up the next one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import assets as rules
from ..domain.accounts import chart_for_start, load_chart
from ..domain.entries import EntryDraft, LineDraft, check_entry
from ..domain.errors import ValidationError
from ..domain.money import Money
from ..formatting import euros
from ..storage.db import Book
from ..storage.orm import Account, AssetMovement, Entry, EntryLine, FiscalYear, FixedAsset
from .ledger import insert_entry, next_number, year_for_date
from .retry import once_more_on_conflict
from .year_end import (WORK_JOURNAL, AssetShare, Proposal, Step, book_proposals_in,
                       booked_entries)

STEP_KEY = "immobilisations"
STEP_KINDS = ("amortissements", "quote_part_subvention", "cession")
#: Where the price of a sale is received unless the treasurer says otherwise.
DEFAULT_RECEIVED_ON = "512"
#: The product of a gift of an asset kept for the association's work (ANC 2018-06, legs and
#: donations, art. 213-4 ff.; docs/immobilisations.md): 7543 « Legs, donations et
#: assurances-vie », or a fonds propres account (102…) when the donor wanted the gift to
#: strengthen them.
DEFAULT_GIFT_ACCOUNT = "75432"


@dataclass(frozen=True)
class AssetLine:
    """One asset of the register at a date (amounts in cents)."""

    id: int
    label: str
    account: str
    depreciation_account: str
    acquired_on: dt.date
    in_service_on: dt.date
    method: str
    life_months: int | None
    origin: str
    cost: int
    depreciation: int
    disposed_on: dt.date | None = None

    @property
    def net(self) -> int:
        return self.cost - self.depreciation


# -- reading ---------------------------------------------------------------------------------
def _session_of(book_or_session, fn):
    if isinstance(book_or_session, Session):
        return fn(book_or_session)
    with book_or_session.session() as s:
        return fn(s)


def _raw(conn_or_session):
    """A DB-API connection (SQLite's or the PostgreSQL adapter) under a session."""
    if not isinstance(conn_or_session, Session):
        return conn_or_session
    driver = conn_or_session.connection().connection.driver_connection
    if conn_or_session.get_bind().dialect.name == "postgresql":
        from ..storage.pg.adapter import Connection
        return Connection(driver)
    return driver


_REGISTER = """
SELECT a.id, a.label, a.account, a.acquired_on, a.in_service_on, a.method, a.life_months,
  a.origin, a.cost, a.depreciated_before, a.disposed_on,
  COALESCE((SELECT SUM(m.amount) FROM asset_movement m JOIN entry e ON e.id = m.entry_id
            WHERE m.asset_id = a.id AND m.kind = 'amortissement' AND e.date <= ?), 0)
FROM fixed_asset a
WHERE a.acquired_on <= ? AND (a.disposed_on IS NULL OR a.disposed_on > ?
  OR NOT EXISTS (SELECT 1 FROM asset_movement x
                 WHERE x.asset_id = a.id AND x.kind = 'cession'))
ORDER BY a.account, a.acquired_on, a.id
"""
_CHART_CODES = """
SELECT a.code FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id
WHERE f.start_date <= ? AND f.end_date >= ?
"""


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def register_at(conn_or_session, date: dt.date) -> list[AssetLine]:
    """The assets held at the end of ``date`` (acquired, not yet gone), with their
    depreciation booked up to that date: what the livre d'inventaire and the bilan show."""
    conn = _raw(conn_or_session)
    day = date.isoformat()
    codes = [c for (c,) in conn.execute(_CHART_CODES, (day, day))]
    if not codes:
        codes = [a.code for a in load_chart(chart_for_start(date).code)]
    lines = []
    for (id_, label, account, acquired, in_service, method, life, origin, cost, before,
         disposed, booked) in conn.execute(_REGISTER, (day, day, day)):
        lines.append(AssetLine(int(id_), label, account,
                               rules.depreciation_account(account, codes), _date(acquired),
                               _date(in_service), method, life, origin, int(cost),
                               int(before) + int(booked), _date(disposed)))
    return lines


def list_assets(book_or_session) -> list[FixedAsset]:
    """Every asset of the register, gone or not, in account and date order."""
    def read(s):
        rows = s.scalars(select(FixedAsset).order_by(FixedAsset.account, FixedAsset.acquired_on,
                                                     FixedAsset.id)).all()
        s.expunge_all()
        return rows
    return _session_of(book_or_session, read)


def terms_of(asset: FixedAsset) -> rules.AssetTerms:
    return rules.AssetTerms(asset.cost.cents, asset.in_service_on, asset.method,
                            asset.life_months, asset.subsidy.cents)


def _booked(s, asset_id: int, kind: str, up_to: dt.date | None = None) -> int:
    q = (select(func.coalesce(func.sum(AssetMovement.amount), 0))
         .join(Entry, Entry.id == AssetMovement.entry_id)
         .where(AssetMovement.asset_id == asset_id, AssetMovement.kind == kind))
    if up_to is not None:
        q = q.where(Entry.date <= up_to)
    value = s.scalar(q)
    return int(value.cents if isinstance(value, Money) else value)


def depreciation_booked(s, asset: FixedAsset, up_to: dt.date | None = None) -> int:
    return asset.depreciated_before.cents + _booked(s, asset.id, "amortissement", up_to)


def subsidy_booked(s, asset: FixedAsset, up_to: dt.date | None = None) -> int:
    return asset.subsidy_released_before.cents + _booked(s, asset.id, "quote_part", up_to)


def asset_plan(book_or_session, asset_id: int) -> tuple[FixedAsset, list[rules.PlanYear]]:
    """The asset and its plan over the book's fiscal years (and whole years after them)."""
    def read(s):
        asset = _asset(s, asset_id)
        periods = [(y.start_date, y.end_date) for y in
                   s.scalars(select(FiscalYear).order_by(FiscalYear.start_date))]
        plan = rules.plan(terms_of(asset), periods)
        s.expunge(asset)
        return asset, plan
    return _session_of(book_or_session, read)


def _asset(s, asset_id: int) -> FixedAsset:
    asset = s.get(FixedAsset, asset_id)
    if asset is None:
        raise ValidationError(f"immobilisation n°{asset_id} inconnue : voyez « assocompta "
                              "asset list »", field="asset")
    return asset


def _codes(s, year: FiscalYear) -> list[str]:
    return list(s.scalars(select(Account.code).where(Account.chart_id == year.chart_id)))


# -- entering assets -------------------------------------------------------------------------
@once_more_on_conflict
def add_asset(book: Book, *, label: str, account: str, acquired_on: dt.date, cost: Money,
              in_service_on: dt.date | None = None, life_months: int | None = None,
              method: str = "lineaire", origin: str = "saisie", entry_id: int | None = None,
              depreciated_before: Money = Money(0), subsidy: Money = Money(0),
              subsidy_account: str | None = None,
              subsidy_released_before: Money = Money(0), note: str = "",
              gift_account: str | None = None) -> int:
    """Enter an asset in the register; its id.

    A gift (``origin='don'``) with ``gift_account`` also books its entry, dated
    ``acquired_on``: débit the asset at its value, crédit ``gift_account`` (7543x, or 102x
    when the donor wanted the association's fonds propres strengthened).
    """
    with book.transaction() as s:
        return _add(s, label=label, account=account, acquired_on=acquired_on, cost=cost,
                    in_service_on=in_service_on, life_months=life_months, method=method,
                    origin=origin, entry_id=entry_id, depreciated_before=depreciated_before,
                    subsidy=subsidy, subsidy_account=subsidy_account,
                    subsidy_released_before=subsidy_released_before, note=note,
                    gift_account=gift_account)


def _add(s, *, label, account, acquired_on, cost, in_service_on, life_months, method, origin,
         entry_id, depreciated_before, subsidy, subsidy_account, subsidy_released_before, note,
         gift_account) -> int:
    label = (label or "").strip()
    if not label:
        raise ValidationError("libellé : nommez le bien (par exemple « Ordinateur portable »)",
                              field="label")
    if origin not in rules.ORIGINS:
        raise ValidationError(f"origine « {origin} » : {', '.join(rules.ORIGINS)}",
                              field="origin")
    in_service_on = in_service_on or acquired_on
    if in_service_on < acquired_on:
        raise ValidationError("date de mise en service : pas avant la date d'acquisition",
                              field="in_service_on")
    if method == "non_amortissable":
        life_months = None
    rules.check_terms(cost.cents, method, life_months, subsidy.cents)
    if depreciated_before.cents > cost.cents:
        raise ValidationError("amortissements antérieurs : pas plus que le coût",
                              field="depreciated_before")
    if subsidy.cents and not (subsidy_account or "").startswith("13"):
        raise ValidationError("compte de la subvention d'investissement : un compte 13 "
                              "(par exemple 131)", field="subsidy_account")
    year = s.scalars(select(FiscalYear).where(FiscalYear.start_date <= acquired_on,
                                              FiscalYear.end_date >= acquired_on)).first()
    codes = _codes(s, year) if year else [a.code for a in load_chart(
        chart_for_start(acquired_on).code)]
    rules.depreciation_account(account, codes)   # a 2x account, not 28x/29x
    if account.startswith("24"):
        raise ValidationError(f"compte {account} : un bien reçu pour être vendu (24) ne "
                              "s'amortit pas et n'entre pas au registre ; sa vente se passe "
                              "en écriture (6754/7754, 6521/7571 depuis 2025)", field="compte")
    if account not in codes:
        raise ValidationError(f"compte {account} absent du plan comptable : choisissez un "
                              "compte d'immobilisation existant (2183, 2184…)", field="compte")
    if gift_account:
        if origin != "don":
            raise ValidationError("compte du don : seulement pour un bien reçu en don",
                                  field="gift_account")
        draft = EntryDraft(acquired_on, WORK_JOURNAL, f"Don reçu : {label}", (
            LineDraft(account, debit=cost), LineDraft(gift_account, credit=cost)))
        check_entry(draft)
        gift_year = year_for_date(s, acquired_on)
        entry_id = insert_entry(s, gift_year, next_number(s, gift_year.id), draft).id
    asset = FixedAsset(label=label, account=account, acquired_on=acquired_on,
                       in_service_on=in_service_on, cost=cost, method=method,
                       life_months=life_months, origin=origin, entry_id=entry_id,
                       depreciated_before=depreciated_before, subsidy=subsidy,
                       subsidy_account=subsidy_account if subsidy.cents else None,
                       subsidy_released_before=subsidy_released_before, note=note or "")
    s.add(asset)
    s.flush()
    return asset.id


@once_more_on_conflict
def asset_from_entry(book: Book, entry_id: int, *, life_months: int | None,
                     method: str = "lineaire", account: str | None = None,
                     label: str | None = None, in_service_on: dt.date | None = None,
                     subsidy: Money = Money(0), subsidy_account: str | None = None) -> int:
    """Enter in the register the asset a purchase entry bought: its 2x débit line (the one
    on ``account`` when it has several), at that line's amount and the entry's date."""
    with book.transaction() as s:
        entry = s.get(Entry, entry_id)
        if entry is None:
            raise ValidationError(f"écriture n°{entry_id} inconnue", field="entry")
        lines = [ln for ln in entry.lines if ln.account.code.startswith("2")
                 and ln.account.code[:2] not in ("28", "29") and ln.debit.cents > 0
                 and (account is None or ln.account.code == account)]
        if not lines:
            raise ValidationError(f"l'écriture « {entry.label} » n'a pas de ligne au débit "
                                  "d'un compte d'immobilisation (classe 2)"
                                  + (f" sur le compte {account}" if account else ""),
                                  field="entry")
        if len(lines) > 1:
            raise ValidationError("l'écriture a plusieurs lignes d'immobilisation ("
                                  + ", ".join(sorted({ln.account.code for ln in lines}))
                                  + ") : précisez le compte", field="compte")
        line: EntryLine = lines[0]
        taken = s.scalar(select(func.count()).select_from(FixedAsset).where(
            FixedAsset.entry_id == entry.id, FixedAsset.account == line.account.code))
        if taken:
            raise ValidationError(f"l'immobilisation de l'écriture « {entry.label} » est déjà "
                                  "au registre", field="entry")
        return _add(s, label=label or line.label or entry.label, account=line.account.code,
                    acquired_on=entry.date, cost=line.debit, in_service_on=in_service_on,
                    life_months=life_months, method=method, origin="achat",
                    entry_id=entry.id, depreciated_before=Money(0), subsidy=subsidy,
                    subsidy_account=subsidy_account, subsidy_released_before=Money(0),
                    note="", gift_account=None)


_UNCHANGED = object()


@once_more_on_conflict
def update_asset(book: Book, asset_id: int, *, label: str | None = None,
                 note: str | None = None, in_service_on: dt.date | None = None,
                 life_months=_UNCHANGED, method: str | None = None) -> None:
    """Change an asset's label or note at any time; its plan's terms (date of entry into
    service, useful life, method) only while nothing of its plan is booked: a change of
    estimate after that is a decision to write down, not a silent rewrite of past years."""
    with book.transaction() as s:
        asset = _asset(s, asset_id)
        if label is not None:
            if not label.strip():
                raise ValidationError("libellé : nommez le bien", field="label")
            asset.label = label.strip()
        if note is not None:
            asset.note = note
        new_method = method or asset.method
        new_life = asset.life_months if life_months is _UNCHANGED else life_months
        if new_method == "non_amortissable":
            new_life = None
        new_start = in_service_on or asset.in_service_on
        if (new_start, new_life, new_method) == (asset.in_service_on, asset.life_months,
                                                 asset.method):
            return
        moved = s.scalar(select(func.count()).select_from(AssetMovement).where(
            AssetMovement.asset_id == asset.id))
        if moved or asset.disposed_on is not None:
            raise ValidationError(
                f"« {asset.label} » a déjà des amortissements passés : sa durée, son mode et "
                "sa date de mise en service ne changent plus (supprimez d'abord les "
                "écritures en brouillard qui le concernent, ou passez une correction)",
                field="life_months")
        if new_start < asset.acquired_on:
            raise ValidationError("date de mise en service : pas avant la date d'acquisition",
                                  field="in_service_on")
        rules.check_terms(asset.cost.cents, new_method, new_life, asset.subsidy.cents)
        asset.in_service_on, asset.life_months, asset.method = new_start, new_life, new_method


# -- the closing step ------------------------------------------------------------------------
def assets_step(book_or_session, year_label: str) -> Step:
    """The closing's step « immobilisations »: the year's dotation entry (6811 / 28x per
    account, one share per asset) and the quote-parts of investment subsidies (139 / 777 or
    747), each for what the plan calls for at the year's end less what is booked."""
    return _session_of(book_or_session, lambda s: _step(s, year_label))


TITLE = "Immobilisations et amortissements"
EXPLANATION = (
    "Un bien durable (ordinateur, mobilier, véhicule) ne se passe pas en charge l'année de son "
    "achat : il est inscrit à l'actif et sa perte de valeur est constatée chaque année par une "
    "dotation aux amortissements, au prorata du temps d'utilisation (mois de 30 jours). Une "
    "subvention qui l'a financé passe au résultat au même rythme.")


def _step(s, year_label: str) -> Step:
    year = s.scalars(select(FiscalYear).where(FiscalYear.label == year_label)).first()
    if year is None:
        raise ValidationError(f"exercice « {year_label} » inconnu", field="--year")
    end = year.end_date
    booked = tuple(i for i, _, _ in booked_entries(s, year.id, STEP_KINDS))
    if year.is_closed:
        return Step(STEP_KEY, TITLE, EXPLANATION, (), booked,
                    (f"L'exercice {year.label} est clos : ses amortissements sont ceux qui y "
                     "ont été passés.",))
    codes = _codes(s, year)
    acc = rules.chart_accounts(year.chart.code)
    dotations: list[tuple[FixedAsset, int, str]] = []
    releases: list[tuple[FixedAsset, int]] = []
    notes: list[str] = []
    for asset in s.scalars(select(FixedAsset).where(FixedAsset.acquired_on <= end)
                           .order_by(FixedAsset.account, FixedAsset.id)):
        if asset.disposed_on is not None and asset.disposed_on <= end:
            if _exit_booked(s, asset.id):
                continue
            notes.append(f"« {asset.label} » : son écriture de sortie du "
                         f"{asset.disposed_on:%d/%m/%Y} n'existe plus ; le bien est de "
                         "nouveau compté au registre. S'il est bien sorti, passez la sortie "
                         "de nouveau (« assocompta asset dispose »).")
        terms = terms_of(asset)
        before = year.start_date - dt.timedelta(days=1)
        late = rules.due(rules.depreciated_at(terms, before),
                         depreciation_booked(s, asset, before))
        if late:
            notes.append(f"« {asset.label} » : {euros(Money(late))} d'amortissements des "
                         "exercices précédents n'avaient pas été passés ; ils sont compris "
                         "dans la dotation proposée (à signaler dans l'annexe).")
        dotation = rules.due(rules.depreciated_at(terms, end), depreciation_booked(s, asset))
        if dotation:
            dotations.append((asset, dotation,
                              rules.depreciation_account(asset.account, codes)))
        release = rules.due(rules.subsidy_released_at(terms, end), subsidy_booked(s, asset))
        if release:
            releases.append((asset, release))
    proposals = []
    if dotations:
        per_account: dict[str, int] = {}
        for _, cents, dep in dotations:
            per_account[dep] = per_account.get(dep, 0) + cents
        total = sum(per_account.values())
        lines = [LineDraft(rules.DOTATION_ACCOUNT, debit=Money(total))] + [
            LineDraft(dep, credit=Money(c)) for dep, c in sorted(per_account.items())]
        reason = "; ".join(f"{a.label} : {euros(Money(c))}" for a, c, _ in dotations)
        proposals.append(Proposal(
            "amortissements", EntryDraft(end, WORK_JOURNAL,
                                         f"Dotation aux amortissements {year.label}",
                                         tuple(lines)),
            f"Amortissement linéaire au prorata temporis (mois de 30 jours) : {reason}",
            tuple(AssetShare(a.id, "amortissement", c) for a, c, _ in dotations)))
    left = _subsidy_left(s, year) if releases else 0
    if releases and sum(c for _, c in releases) > left:
        wanted = sum(c for _, c in releases)
        notes.append(
            f"Quote-part de subvention d'investissement de {euros(Money(wanted))} non proposée : "
            f"les comptes 13 n'en portent que {euros(Money(max(left, 0)))} à virer au résultat au "
            f"{end:%d/%m/%Y}. Passez d'abord la subvention reçue (débit 512 ou 441, crédit "
            "131), ou corrigez la subvention inscrite au registre.")
        releases = []
    if releases:
        total = sum(c for _, c in releases)
        lines = (LineDraft(rules.SUBSIDY_RELEASED, debit=Money(total)),
                 LineDraft(acc.subsidy_release, credit=Money(total)))
        reason = "; ".join(f"{a.label} : {euros(Money(c))}" for a, c in releases)
        proposals.append(Proposal(
            "quote_part_subvention",
            EntryDraft(end, WORK_JOURNAL, f"Quote-part des subventions d'investissement "
                       f"{year.label}", lines),
            f"Subvention d'investissement virée au résultat au rythme de l'amortissement du "
            f"bien qu'elle finance : {reason}",
            tuple(AssetShare(a.id, "quote_part", c) for a, c in releases)))
    notes += _register_gap(s, year)
    return Step(STEP_KEY, TITLE, EXPLANATION, tuple(proposals), booked, tuple(notes))


def _subsidy_left(s, year: FiscalYear) -> int:
    """What the 13 accounts still hold to release at the year's end: the subsidies received
    (131…) less what was already taken to the result (139)."""
    return int(_raw(s).execute(_SUBSIDY_LEFT, (year.id, year.end_date.isoformat())
                               ).fetchone()[0] or 0)


def _exit_booked(s, asset_id: int) -> bool:
    """Whether an exit entry names the asset (a movement of kind 'cession', even of 0: the
    net value of an asset fully depreciated)."""
    return bool(s.scalar(select(func.count()).select_from(AssetMovement).where(
        AssetMovement.asset_id == asset_id, AssetMovement.kind == "cession")))


def _register_gap(s, year: FiscalYear) -> list[str]:
    """Notes when the books and the register differ at the year's end: 2x balances against
    the register's costs (an asset bought but not entered, or entered but never booked); 28x
    balances against the depreciation booked through the register (a dotation typed by
    hand, which the proposal cannot see and would propose again)."""
    conn = _raw(s)
    gross, booked_dep = conn.execute(_BALANCES_AT, (year.id, year.end_date.isoformat())
                                     ).fetchone()
    gross, booked_dep = int(gross or 0), int(booked_dep or 0)
    lines = register_at(s, year.end_date)
    held = sum(a.cost for a in lines)
    depreciation = sum(a.depreciation for a in lines)
    notes = []
    if gross != held:
        notes.append(
            f"Les comptes d'immobilisations (classe 2) totalisent {euros(Money(gross))} au "
            f"{year.end_date:%d/%m/%Y} et le registre {euros(Money(held))} : ajoutez au "
            "registre les biens achetés (« assocompta asset from-entry ») ou vérifiez les "
            "écritures.")
    if booked_dep != depreciation:
        notes.append(
            f"Les comptes d'amortissements (28) totalisent {euros(Money(booked_dep))} et le "
            f"registre {euros(Money(depreciation))} : une dotation passée à la main n'est pas "
            "comptée par le registre ; supprimez-la avant de passer celle proposée ici, ou "
            "ne passez pas la proposition.")
    return notes


# -- disposal --------------------------------------------------------------------------------
@once_more_on_conflict
def dispose_asset(book: Book, asset_id: int, date: dt.date, kind: str,
                  price: Money = Money(0), *, received_on: str = DEFAULT_RECEIVED_ON) -> int:
    """Book the exit of an asset (sale or scrapping) in the year of ``date``; the entry's id.

    One entry (journal OD, kind 'cession'): the dotation from the year's start to the exit
    date, the reversal of the whole depreciation, the net book value to 675 (2018 chart) or
    652 (2025), the price to 775 or 757 against ``received_on``, what is left of an
    investment subsidy to 777 or 747.
    """
    if kind not in rules.DISPOSALS:
        raise ValidationError(f"sortie « {kind} » : « cession » (vente) ou « mise_au_rebut »",
                              field="kind")
    if kind == "mise_au_rebut" and price.cents:
        raise ValidationError("prix : aucun pour une mise au rebut (une vente est une "
                              "« cession »)", field="price")
    with book.transaction() as s:
        asset = _asset(s, asset_id)
        if asset.disposed_on is not None and _exit_booked(s, asset.id):
            raise ValidationError(f"« {asset.label} » est déjà sorti du registre le "
                                  f"{asset.disposed_on:%d/%m/%Y}", field="asset")
        if date < asset.acquired_on:
            raise ValidationError("date de sortie : pas avant l'acquisition du bien",
                                  field="date")
        year = year_for_date(s, date)
        terms = terms_of(asset)
        already = depreciation_booked(s, asset)
        dotation = rules.due(rules.depreciated_at(terms, date), already)
        depreciation = already + dotation
        released = subsidy_booked(s, asset)
        subsidy_left = max(0, asset.subsidy.cents - released)
        dep_account = rules.depreciation_account(asset.account, _codes(s, year))
        lines = rules.disposal_lines(
            chart_code=year.chart.code, asset_account=asset.account,
            depreciation_account_code=dep_account, cost=asset.cost.cents,
            depreciation=depreciation, dotation=dotation, price=price.cents,
            received_on=received_on, subsidy_left=subsidy_left, subsidy=asset.subsidy.cents,
            subsidy_account=asset.subsidy_account)
        what = "Cession" if kind == "cession" else "Mise au rebut"
        draft = EntryDraft(date, WORK_JOURNAL, f"{what} : {asset.label}", tuple(
            LineDraft(x.account, debit=Money(x.debit), credit=Money(x.credit)) for x in lines))
        shares = [AssetShare(asset.id, "cession", asset.cost.cents - depreciation)]
        if dotation:
            shares.append(AssetShare(asset.id, "amortissement", dotation))
        if subsidy_left:
            shares.append(AssetShare(asset.id, "quote_part", subsidy_left))
        reason = (f"{what} le {date:%d/%m/%Y} : coût {euros(asset.cost)}, amortissements "
                  f"{euros(Money(depreciation))} dont {euros(Money(dotation))} pour "
                  f"{year.label}, valeur nette {euros(Money(asset.cost.cents - depreciation))}"
                  + (f", prix {euros(price)}" if price.cents else ""))
        (entry_id,) = book_proposals_in(s, year, [Proposal("cession", draft, reason,
                                                           tuple(shares))])
        asset.disposed_on, asset.disposal, asset.disposal_price = date, kind, price
        return entry_id


# -- reports ---------------------------------------------------------------------------------
_SUBSIDY_LEFT = """
SELECT COALESCE(SUM(l.credit - l.debit), 0)
FROM entry e JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
WHERE e.year_id = ? AND e.date <= ? AND substr(a.code, 1, 2) = '13'
"""

_BALANCES_AT = """
SELECT
  COALESCE(SUM(CASE WHEN substr(a.code, 1, 2) NOT IN ('28', '29')
               THEN l.debit - l.credit ELSE 0 END), 0),
  COALESCE(SUM(CASE WHEN substr(a.code, 1, 2) = '28' THEN l.credit - l.debit ELSE 0 END), 0)
FROM entry e JOIN entry_line l ON l.entry_id = e.id JOIN account a ON a.id = l.account_id
WHERE e.year_id = ? AND e.date <= ? AND substr(a.code, 1, 1) = '2'
"""


def register_report(book: Book, year_label: str | None = None, date: dt.date | None = None):
    """The register as a report at ``date`` (default: the end of ``year_label``, itself the
    latest open year by default), checked against the 2x and 28x balances of that year."""
    from ..reports.assets import build_register
    from ..reports.context import year_context
    with book.session() as s:
        conn = _raw(s)
        ctx = year_context(conn, year_label)
        date = date or ctx.year.end
        lines = register_at(s, date)
        books = None
        if ctx.year.start <= date <= ctx.year.end:
            gross, dep = conn.execute(_BALANCES_AT, (ctx.year.id, date.isoformat())).fetchone()
            books = (int(gross or 0), int(dep or 0))
        return build_register(ctx.association, date, lines, books=books)


def plan_report(book: Book, asset_id: int):
    """One asset's depreciation plan as a report, its years named as the book names them."""
    from ..reports.assets import build_plan
    from ..reports.context import year_context
    asset, plan = asset_plan(book, asset_id)
    with book.session() as s:
        association = year_context(_raw(s), None).association
        labels = {(y.start_date, y.end_date): y.label for y in s.scalars(select(FiscalYear))}
    return build_plan(association, asset, plan,
                      [labels.get((p.start, p.end), str(p.end.year)) for p in plan])
