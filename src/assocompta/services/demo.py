"""A realistic demo association: two years of books and budgets, made by code.

"Les Amis du Quartier" runs an after-school help (action AIDE), a summer festival (FETE) and a
repair café (REPAR), with members' fees, subsidies from named funders, a part-time salaried
coordinator, volunteers' time, and a small cash box for the bar; private donors, a company's
mécénat and a volunteer's abandon de frais for the receipts. Deterministic: the same demo
every time, so screenshots and tests can rely on it.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from ..domain.entries import (EntryDraft, LineDraft, Simple, contribution, depense, recette,
                              virement)
from ..domain.money import Money
from ..domain.parties import FunderCategory, TiersKind
from ..domain.receipts import Category
from ..storage.books import is_shared
from ..storage.db import Book
from .budget import import_budget
from .demo_documents import add_demo_documents, add_demo_gifts
from .ledger import add_action, add_sub_account, add_tiers, post_entry
from .setup import Identity, add_year, create_book
from .validation import validate_entries

FUNDERS = (
    ("VILLE", "Ville de Rennes", FunderCategory.COMMUNE),
    ("DEPT35", "Département d'Ille-et-Vilaine", FunderCategory.DEPARTEMENT),
    ("CAF35", "CAF d'Ille-et-Vilaine", FunderCategory.ORGANISMES_SOCIAUX),
    ("FDF", "Fondation de France", FunderCategory.AIDES_PRIVEES),
)
SUPPLIERS = (("EDF", "EDF"), ("FREE", "Free Mobile"), ("MAIF", "MAIF"),
             ("BUREAU", "Bureau Vallée"), ("BRICO", "Bricomarché"), ("IMPRIM", "Imprimerie du Centre"))
ACTIONS = (("AIDE", "Aide aux devoirs"), ("FETE", "Fête de quartier"), ("REPAR", "Repair café"))

BUDGET = """compte;montant;libelle;action;financeur;type_financeur
6063;600;Petit matériel;REPAR;;
6064;450;Fournitures;AIDE;;
606;1 800;Achats buvette et repas;FETE;;
613;2 400;Location salle;;;
616;520;Assurance;;;
623;900;Affiches et programmes;FETE;;
625;400;Déplacements;;;
626;480;Téléphone et internet;;;
627;120;Frais bancaires;;;
641;14 400;Salaire coordinatrice;AIDE;;
645;5 800;Charges sociales;AIDE;;
7561;5 000;Cotisations;;;
706;1 500;Participations aux sorties;AIDE;;
7088;2 600;Buvette;FETE;;
741;11 500;Subvention de fonctionnement;AIDE;Ville de Rennes;commune
741;4 500;Contrat enfance;AIDE;CAF d'Ille-et-Vilaine;organismes_sociaux
741;2 500;Fête de quartier;FETE;Département d'Ille-et-Vilaine;departement
7551;1 200;Repair café;REPAR;Fondation de France;aides_privees
75411;900;Dons;;;
864;18 000;Bénévolat;;;
875;18 000;Bénévolat;;;
861;2 400;Salle prêtée par la mairie;;;
871;2 400;Salle prêtée par la mairie;;;
"""


def create_demo(target: Path | str, *, first_year: int = 2024) -> Book:
    """The demo book at ``target`` (a file that must not exist, or an empty PostgreSQL
    database's URL), open for writing."""
    book, _ = create_book(target if is_shared(target) else Path(target), Identity(
        "Les Amis du Quartier", "12 rue des Lilas, 35000 Rennes", "732829320",
        object="Animation et entraide dans le quartier", rna="W352001234",
        receipt_category=Category.LOI_1901.value, signatory_name="Claire Morel",
        signatory_title="trésorière"), dt.date(first_year, 1, 1))
    add_year(book, dt.date(first_year + 1, 1, 1))
    add_year(book, dt.date(first_year + 2, 1, 1))
    for code, name, category in FUNDERS:
        add_tiers(book, code, name, TiersKind.FUNDER, category)
    for code, name in SUPPLIERS:
        add_tiers(book, code, name, TiersKind.SUPPLIER)
    for code, name in ACTIONS:
        add_action(book, code, name)
    # The 2018 chart stops at « 74 », a group the FEC refuses (A47 A-1 LPF: three digits).
    add_sub_account(book, str(first_year), "741", "Subventions d'exploitation")
    rng = random.Random(1901)
    post_entry(book, EntryDraft(dt.date(first_year, 1, 1), "AN", "Situation d'ouverture", (
        LineDraft("512", debit=Money(820000)), LineDraft("530", debit=Money(15000)),
        LineDraft("1021", credit=Money(835000)))))
    for year in (first_year, first_year + 1):
        _year(book, year, rng, growth_pct=4 * (year - first_year))
        add_demo_documents(book)
        if year != first_year:
            add_demo_gifts(book, year)
        if year == first_year:
            _validate(book, year, quarters=(3, 6, 9))
            _reconcile(book, year, Money(820000))
            _close(book, year)
        else:
            # Validated each quarter, then up to November: December is still in drafts.
            _validate(book, year, quarters=(3, 6, 9, 11))
    _bank(book, first_year + 1)
    with tempfile.TemporaryDirectory(prefix="assocompta-demo-") as tmp:
        source = Path(tmp) / "budget.csv"
        source.write_text(BUDGET, encoding="utf-8")
        for year in (first_year + 1, first_year + 2):
            import_budget(book, str(year), source)
    return book


# The last days of the year as the bank's export says them, not booked yet (Banque view).
PENDING = (("29/12", 2000, "VIR SEPA M DUPONT JEAN COTISATION {next}"),
           ("30/12", -3999, "PRLV SEPA FREE MOBILE FM-{yy}1230"),
           ("30/12", -2340, "CARTE X4521 29/12 BUREAU VALLEE RENNES"),
           ("31/12", 7000, "REMISE CHEQUES 0004512"),
           ("31/12", -80, "COMMISSION VIREMENT INSTANTANE"))


def _bank(book: Book, year: int) -> None:
    """A year of phone bills imported from the bank and booked (history the Banque view
    learns from), a rule, and a few statement lines waiting to be categorised."""
    with book.transaction() as s:
        conn = book.raw_connection(s)
        booked = conn.execute(
            "SELECT e.id, e.date FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE f.label = ? AND e.label = 'Abonnement téléphone et internet' ORDER BY e.date",
            (str(year),)).fetchall()
        for entry_id, date in booked:
            conn.execute("INSERT INTO bank_line (account, date, amount, label, entry_id) "
                         "VALUES ('512', ?, -3999, ?, ?)",
                         (date, f"PRLV SEPA FREE MOBILE FM-{date[2:4]}{date[5:7]}{date[8:]}",
                          entry_id))
        tiers = conn.execute("SELECT id FROM tiers WHERE code = 'BUREAU'").fetchone()[0]
        action = conn.execute("SELECT id FROM action WHERE code = 'AIDE'").fetchone()[0]
        conn.execute("INSERT INTO bank_rule (position, pattern, account, direction, "
                     "counterpart, tiers_id, action_id) VALUES (1, 'bureau vallee', '512', "
                     "'out', '6064', ?, ?)", (tiers, action))
        for day, cents, label in PENDING:
            date = dt.datetime.strptime(f"{day}/{year}", "%d/%m/%Y").date()
            conn.execute("INSERT INTO bank_line (account, date, amount, label) "
                         "VALUES ('512', ?, ?, ?)",
                         (date.isoformat(), cents,
                          label.format(next=year + 1, yy=str(year)[2:])))


def _m(amount: int | str) -> Money:
    """Cents as an int, or euros as typed ("39,99")."""
    return Money(amount) if isinstance(amount, int) else Money.parse(amount)


def _pct(cents: int, pct: int) -> int:
    return cents * pct // 100


def _validate(book: Book, year: int, quarters: tuple[int, ...]) -> None:
    """The treasurer validates the entries up to the end of each period a few days after it,
    the pieces without a reference numbered by journal (BQ-2024-0001…)."""
    for month in quarters:
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        validate_entries(book, str(year), through=end, number_pieces=True,
                         today=end + dt.timedelta(days=10))


def _close(book: Book, year: int) -> None:
    """The first year closed as a treasurer would (checks, à-nouveaux, lock), then the AGM's
    decision in June: most of the excédent to reserves for projects, the rest carried over.
    Fixed dates keep the demo the same from one build to the next."""
    from .closing import allocation_proposal, close_year, record_allocation
    close_year(book, str(year), now=dt.datetime(year + 1, 3, 15, 18, 0))
    result = allocation_proposal(book, str(year)).result
    reserves = Money(abs(result.cents) // 2 // 10000 * 10000) if result.cents > 0 else Money(0)
    record_allocation(book, str(year), report=abs(result) - reserves, reserves=reserves,
                      date=dt.date(year + 1, 6, 14))


def _reconcile(book: Book, year: int, opening: Money) -> None:
    """The December bank statement of ``year``, reconciled: everything on it but the last
    don and supplies cheque, which the bank sees in January (an état with something in it)."""
    from . import reconciliation as rec
    statement = rec.start(book, "512", dt.date(year, 12, 31), opening, opening_balance=opening)
    with book.reading() as conn:
        lines = [c.line_id for c in rec.candidates(conn, statement.id)
                 if not (c.date.month == 12 and c.label in ("Don", "Fournitures de bureau"))]
    rec.tick(book, statement.id, lines)
    with book.reading() as conn:
        ticked = rec.ticked_total(conn, statement.id)
    rec.set_closing(book, statement.id, opening + ticked)
    rec.finish(book, statement.id, now=dt.datetime(year + 1, 1, 9, 18, 30))  # a fixed demo


def _year(book: Book, year: int, rng: random.Random, growth_pct: int) -> None:
    subsidy = "741"
    entries: list[EntryDraft] = []

    def day(month: int, lo: int = 1, hi: int = 28) -> dt.date:
        return dt.date(year, month, rng.randint(lo, hi))

    def spend(date, amount, label, account, who=None, action=None, cash=False):
        entries.append(depense(Simple(date, _m(amount), label,
                                      piece_ref=f"F{len(entries) + 1:04d}", tiers=who,
                                      action=action),
                               account=account, paid_from="530" if cash else "512"))

    def earn(date, amount, label, account, who=None, action=None, cash=False):
        entries.append(recette(Simple(date, _m(amount), label,
                                      piece_ref=f"R{len(entries) + 1:04d}", tiers=who,
                                      action=action),
                               account=account, received_on="530" if cash else "512"))

    for month in range(1, 13):
        spend(day(month, 1, 5), "200", f"Loyer salle {month:02d}/{year}", "613")
        spend(day(month, 5, 10), "39,99", "Abonnement téléphone et internet", "626", "FREE")
        spend(day(month, 25, 28), "9,50", "Frais de tenue de compte", "627")
        gross = 118000 + _pct(118000, growth_pct)
        social = _pct(gross, 41)
        net = _pct(gross, 78)
        urssaf = gross + social - net
        entries.append(EntryDraft(day(month, 26, 28), "OD",
                                  f"Salaire coordinatrice {month:02d}/{year}", (
            LineDraft("641", debit=Money(gross), action="AIDE"),
            LineDraft("645", debit=Money(social), action="AIDE"),
            LineDraft("421", credit=Money(net)),
            LineDraft("431", credit=Money(urssaf)),
        ), piece_ref=f"PAIE{month:02d}"))
        entries.append(EntryDraft(dt.date(year, month, 28), "BQ",
                                  f"Virement salaire {month:02d}/{year}", (
            LineDraft("421", debit=Money(net)), LineDraft("512", credit=Money(net)))))
        entries.append(EntryDraft(dt.date(year, month, 28), "BQ", f"URSSAF {month:02d}/{year}", (
            LineDraft("431", debit=Money(urssaf)), LineDraft("512", credit=Money(urssaf)))))
        hours = rng.randint(90, 180)
        entries.append(contribution(Simple(day(month, 27, 28), Money(hours * 1202),
                                           f"Bénévolat {month:02d}/{year} ({hours} h)"),
                                    emploi="864", ressource="875"))
        for _ in range(rng.randint(10, 20)):
            earn(day(month), 2000 if rng.random() < 0.7 else 3500, "Cotisation adhérent", "7561")
        if month in (3, 6, 9, 12):
            spend(day(month), rng.randint(4000, 18000), "Fournitures de bureau", "6064",
                  "BUREAU", "AIDE")
            earn(day(month), rng.randint(8000, 40000), "Don", "75411")
        if month in (1, 4, 10):
            spend(day(month), rng.randint(6000, 22000), "Pièces et outillage", "6063", "BRICO",
                  "REPAR")
        if month in (2, 5, 10):
            earn(day(month), rng.randint(8, 20) * 1500, "Participations sortie", "706", None,
                 "AIDE")
    spend(day(1, 10, 20), "498,60", "Assurance responsabilité civile", "616", "MAIF")
    spend(day(11), "312,40", "Électricité local", "6061", "EDF")
    earn(day(3), 1150000 + _pct(1150000, growth_pct), "Subvention de fonctionnement", subsidy,
         "VILLE", "AIDE")
    earn(day(4), 450000, "Prestation de service contrat enfance", subsidy, "CAF35", "AIDE")
    earn(day(5), 250000, "Subvention fête de quartier", subsidy, "DEPT35", "FETE")
    earn(day(9), 120000, "Soutien repair café", "7551", "FDF", "REPAR")
    spend(day(6, 1, 10), "842,30", "Affiches et programmes", "623", "IMPRIM", "FETE")
    spend(day(6, 10, 20), "1 650", "Achats buvette et repas", "606", None, "FETE")
    for _ in range(12):
        earn(dt.date(year, 6, 21), rng.randint(6000, 26000), "Buvette fête de quartier", "7088",
             None, "FETE", cash=True)
    entries.append(virement(Simple(dt.date(year, 6, 24), _m("1 500"),
                                   "Remise d'espèces en banque"),
                            from_account="530", to_account="512"))
    entries.append(contribution(Simple(day(9), _m("2 400"), "Salle prêtée par la mairie (valeur)"),
                                emploi="861", ressource="871"))
    entries.sort(key=lambda d: d.date)
    for draft in entries:
        post_entry(book, draft)
