"""The fixed-asset register over real books: an asset entered from its purchase, its dotations
proposed once per year, its sale two years later under the other chart; the register, the
bilan's Brut / Amortissements / Net and the annexe's table give the same figures."""

import datetime as dt

import pytest
from sqlalchemy import select, text

from assocompta.domain.annexe import table_of
from assocompta.domain.errors import ValidationError
from assocompta.services import reports
from assocompta.services.annexe import build_annexe
from assocompta.services.assets import (add_asset, asset_from_entry, asset_plan, assets_step,
                                        dispose_asset, register_at, update_asset)
from assocompta.services.closing import close_year
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.services.year_end import book_proposals
from assocompta.storage.orm import AssetMovement, Entry, YearEndEntry
from tests.helpers import SIREN, draft, m

D = dt.date


def _lines(book, entry_id):
    with book.session() as s:
        entry = s.get(Entry, entry_id)
        return [(ln.account.code, ln.debit.cents, ln.credit.cents) for ln in entry.lines]


def _reconcile(book, date):
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', :d, 0, 0, :d)"),
                  {"d": date})


def _total_ii(book, year):
    """The bilan's actif immobilisé total (« Total I » or « Total II » as each year's model
    numbers it): Brut, Amortissements, Net; zeros when the bilan has no such block."""
    rows = list(reports.build(book, "bilan", year).rows)
    at = [i for i, r in enumerate(rows) if r.label == "ACTIF IMMOBILISE"]
    if not at:
        return (0, 0, 0)
    row = next(r for r in rows[at[0]:] if r.label.startswith("Total"))
    return tuple(v.cents if v is not None else 0 for v in row.values[:3])


def _annexe_net(book, year):
    table = table_of(build_annexe(book, year).note("immobilisations"))
    return {r.label: r.values for r in table.rows}


@pytest.fixture
def book2024(book_path):
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), D(2024, 1, 1))
    post_entry(book, draft(D(2024, 1, 1), ("512", "10 000", ""), ("1021", "", "10 000"),
                           journal="AN", label="Situation d'ouverture"))
    yield book
    book.close()


def _buy(book, date=D(2024, 7, 1), amount="1 200", account="2183"):
    return post_entry(book, draft(date, (account, amount, ""), ("512", "", amount),
                                  label="Ordinateur portable")).entry_id


def test_from_a_purchase_the_dotations_across_2018_to_2025_and_the_sale(book2024):
    book = book2024
    asset_id = asset_from_entry(book, _buy(book), life_months=36)
    step = assets_step(book, "2024")
    assert step.key == "immobilisations" and len(step.proposals) == 1 and not step.notes
    (p,) = step.proposals
    assert [(x.account, x.debit.cents, x.credit.cents) for x in p.draft.lines] == [
        ("6811", 20000, 0), ("2818", 0, 20000)]
    assert p.draft.date == D(2024, 12, 31) and p.kind == "amortissements"
    assert [(a.asset_id, a.kind, a.cents) for a in p.assets] == [
        (asset_id, "amortissement", 20000)]
    (entry_id,) = book_proposals(book, "2024", step.proposals)
    again = assets_step(book, "2024")
    assert again.proposals == () and again.booked == (entry_id,)

    with book.session() as s:
        (line,) = register_at(s, D(2024, 12, 31))
    assert (line.cost, line.depreciation, line.net) == (120000, 20000, 100000)
    assert _total_ii(book, "2024") == (120000, 20000, 100000)

    _reconcile(book, "2024-12-31")
    close_year(book, "2024", now=dt.datetime(2025, 3, 1, 10, 0))

    # 2025, under the 2025 chart: a full year, 400.
    (p,) = assets_step(book, "2025").proposals
    assert [(x.account, x.debit.cents, x.credit.cents) for x in p.draft.lines] == [
        ("6811", 40000, 0), ("2818", 0, 40000)]
    book_proposals(book, "2025", [p])
    with book.session() as s:
        (line,) = register_at(s, D(2025, 12, 31))
    assert (line.cost, line.depreciation, line.net) == (120000, 60000, 60000)
    assert _total_ii(book, "2025") == (120000, 60000, 60000)
    annexe = _annexe_net(book, "2025")
    assert annexe["Immobilisations (valeurs brutes)"] == (m("1 200"), m("0"), m("0"),
                                                        m("1 200"))
    assert annexe["Amortissements et dépréciations"] == (m("200"), m("400"), m("0"),
                                                         m("600"))
    assert annexe["Valeurs nettes"][3] == m("600")
    _reconcile(book, "2025-12-31")
    close_year(book, "2025", now=dt.datetime(2026, 3, 1, 10, 0))

    # Sold on 30 June 2026 for 500: dotation 200 to the exit, VNC 400 to 652, price to 757.
    entry_id = dispose_asset(book, asset_id, D(2026, 6, 30), "cession", m("500"))
    assert _lines(book, entry_id) == [
        ("6811", 20000, 0), ("2818", 0, 20000), ("2818", 80000, 0), ("652", 40000, 0),
        ("2183", 0, 120000), ("512", 50000, 0), ("757", 0, 50000)]
    with book.session() as s:
        kinds = {(mv.kind, mv.amount.cents) for mv in s.scalars(
            select(AssetMovement).where(AssetMovement.entry_id == entry_id))}
        assert kinds == {("amortissement", 20000), ("cession", 40000)}
        assert s.get(YearEndEntry, entry_id).kind == "cession"
        assert register_at(s, D(2026, 12, 31)) == []
        assert len(register_at(s, D(2026, 6, 29))) == 1
    assert assets_step(book, "2026").proposals == ()
    assert _total_ii(book, "2026") == (0, 0, 0)
    annexe = _annexe_net(book, "2026")
    assert annexe["Immobilisations (valeurs brutes)"] == (m("1 200"), m("0"), m("1 200"),
                                                        m("0"))
    assert annexe["Amortissements et dépréciations"] == (m("600"), m("200"), m("800"),
                                                         m("0"))
    closed = assets_step(book, "2025")
    assert closed.proposals == () and "est clos" in closed.notes[0]
    with pytest.raises(ValidationError, match="déjà sorti"):
        dispose_asset(book, asset_id, D(2026, 7, 1), "mise_au_rebut")


def test_a_sale_under_the_2018_chart_books_675_and_775(book2024):
    asset_id = asset_from_entry(book2024, _buy(book2024, D(2024, 1, 1)), life_months=24)
    entry_id = dispose_asset(book2024, asset_id, D(2024, 12, 31), "cession", m("100"))
    assert _lines(book2024, entry_id) == [
        ("6811", 60000, 0), ("2818", 0, 60000), ("2818", 60000, 0), ("675", 60000, 0),
        ("2183", 0, 120000), ("512", 10000, 0), ("775", 0, 10000)]


def test_scrapping_a_fully_depreciated_asset(book):
    asset_id = add_asset(book, label="Vieux vidéoprojecteur", account="2183",
                         acquired_on=D(2020, 1, 1), cost=m("600"), life_months=36,
                         origin="reprise", depreciated_before=m("600"))
    assert assets_step(book, "2025").proposals == ()
    entry_id = dispose_asset(book, asset_id, D(2025, 3, 1), "mise_au_rebut")
    assert _lines(book, entry_id) == [("2818", 60000, 0), ("2183", 0, 60000)]


def test_no_quote_part_without_the_subsidy_on_131(book2024):
    """A subsidy written in the register but never booked: no 139/777 against nothing, a
    note says to book it first; once booked, the quote-part is proposed."""
    entry = _buy(book2024)
    asset_from_entry(book2024, entry, life_months=36, subsidy=m("600"),
                     subsidy_account="131")
    step = assets_step(book2024, "2024")
    assert [p.kind for p in step.proposals] == ["amortissements"]
    assert any(n.startswith("Quote-part de subvention d'investissement de 100,00") and
               "crédit 131" in n for n in step.notes)
    post_entry(book2024, draft(D(2024, 7, 2), ("512", "600", ""), ("131", "", "600"),
                               label="Subvention d'équipement"))
    assert [p.kind for p in assets_step(book2024, "2024").proposals] == [
        "amortissements", "quote_part_subvention"]


def test_investment_subsidy_quote_part_per_chart(book2024):
    entry = _buy(book2024)
    post_entry(book2024, draft(D(2024, 7, 2), ("512", "600", ""), ("131", "", "600"),
                               label="Subvention d'équipement"))
    asset_id = asset_from_entry(book2024, entry, life_months=36, subsidy=m("600"),
                                subsidy_account="131")
    proposals = assets_step(book2024, "2024").proposals
    assert [p.kind for p in proposals] == ["amortissements", "quote_part_subvention"]
    q = proposals[1]
    assert [(x.account, x.debit.cents, x.credit.cents) for x in q.draft.lines] == [
        ("139", 10000, 0), ("777", 0, 10000)]
    assert [(a.asset_id, a.kind, a.cents) for a in q.assets] == [(asset_id, "quote_part", 10000)]
    book_proposals(book2024, "2024", proposals)
    _reconcile(book2024, "2024-12-31")
    close_year(book2024, "2024", now=dt.datetime(2025, 3, 1, 10, 0))
    q = assets_step(book2024, "2025").proposals[1]
    assert [(x.account, x.debit.cents, x.credit.cents) for x in q.draft.lines] == [
        ("139", 20000, 0), ("747", 0, 20000)]
    # Sold early 2025: what is left of the subsidy goes to the result, 131 and 139 cleared.
    entry_id = dispose_asset(book2024, asset_id, D(2025, 1, 31), "cession", m("900"))
    lines = _lines(book2024, entry_id)
    assert ("139", 50000, 0) in lines and ("747", 0, 50000) in lines   # 600 - 100 in 2024
    assert ("131", 60000, 0) in lines and ("139", 0, 60000) in lines
    assert sum(d for _, d, _ in lines) == sum(c for _, _, c in lines)


def test_a_gift_of_an_asset_books_its_value_as_a_product(book):
    asset_id = add_asset(book, label="Photocopieur donné", account="2183",
                         acquired_on=D(2025, 4, 1), cost=m("900"), life_months=36,
                         origin="don", gift_account="75432")
    with book.session() as s:
        entry_id = s.scalar(text("SELECT entry_id FROM fixed_asset WHERE id = :i"),
                            {"i": asset_id})
    assert _lines(book, entry_id) == [("2183", 90000, 0), ("75432", 0, 90000)]
    (p,) = assets_step(book, "2025").proposals
    assert p.draft.lines[0].debit == m("225")   # 270 days of 1080


def test_plan_over_the_books_years(book):
    asset_id = add_asset(book, label="Mobilier", account="2184", acquired_on=D(2025, 10, 1),
                         cost=m("1 000"), life_months=60)
    asset, plan = asset_plan(book, asset_id)
    assert asset.label == "Mobilier"
    assert [(r.end.year, r.dotation) for r in plan] == [
        (2025, 5000), (2026, 20000), (2027, 20000), (2028, 20000), (2029, 20000),
        (2030, 15000)]


def test_entering_is_checked_naming_the_field(book):
    with pytest.raises(ValidationError, match="classe 2"):
        add_asset(book, label="X", account="2818", acquired_on=D(2025, 1, 1), cost=m("1"),
                  life_months=12)
    with pytest.raises(ValidationError, match="durée d'utilisation"):
        add_asset(book, label="X", account="2183", acquired_on=D(2025, 1, 1), cost=m("1"))
    with pytest.raises(ValidationError, match="pour être vendu"):
        add_asset(book, label="Maison léguée", account="24", acquired_on=D(2025, 1, 1),
                  cost=m("1"), life_months=12)
    entry = post_entry(book, draft(D(2025, 2, 1), ("6064", "50", ""), ("512", "", "50")))
    with pytest.raises(ValidationError, match="pas de ligne au débit"):
        asset_from_entry(book, entry.entry_id, life_months=12)


def test_the_step_notes_a_purchase_not_in_the_register(book):
    post_entry(book, draft(D(2025, 2, 1), ("2184", "700", ""), ("512", "", "700")))
    notes = assets_step(book, "2025").notes
    assert len(notes) == 1 and "700,00" in notes[0] and "from-entry" in notes[0]


def test_a_forgotten_year_is_caught_up_and_said(book2024):
    asset_from_entry(book2024, _buy(book2024), life_months=36)
    _reconcile(book2024, "2024-12-31")
    close_year(book2024, "2024", now=dt.datetime(2025, 3, 1, 10, 0))
    step = assets_step(book2024, "2025")
    assert step.proposals[0].draft.lines[0].debit == m("600")
    assert any("200,00" in n and "exercices précédents" in n for n in step.notes)


def test_a_deleted_exit_entry_is_noted(book):
    from assocompta.services.ledger import delete_entry
    asset_id = add_asset(book, label="Tablette", account="2183", acquired_on=D(2025, 1, 1),
                         cost=m("360"), life_months=12)
    entry_id = dispose_asset(book, asset_id, D(2025, 6, 30), "mise_au_rebut")
    delete_entry(book, entry_id)
    step = assets_step(book, "2025")
    assert any("« Tablette »" in n and "n'existe plus" in n for n in step.notes)
    # Back in the register, depreciated again; its exit can be booked anew.
    assert step.proposals[0].draft.lines[0].debit == m("360")
    with book.session() as s:
        assert [a.label for a in register_at(s, D(2025, 12, 31))] == ["Tablette"]
    dispose_asset(book, asset_id, D(2025, 6, 30), "mise_au_rebut")
    with book.session() as s:
        assert register_at(s, D(2025, 12, 31)) == []


def test_terms_change_until_a_dotation_is_booked(book):
    asset_id = add_asset(book, label="Ordi", account="2183", acquired_on=D(2025, 1, 1),
                         cost=m("1 200"), life_months=36)
    update_asset(book, asset_id, label="Ordinateur du bureau", life_months=24)
    asset, plan = asset_plan(book, asset_id)
    assert (asset.label, asset.life_months, plan[0].dotation) == (
        "Ordinateur du bureau", 24, 60000)
    book_proposals(book, "2025", assets_step(book, "2025").proposals)
    with pytest.raises(ValidationError, match="déjà des amortissements"):
        update_asset(book, asset_id, life_months=48)
    update_asset(book, asset_id, note="au secrétariat")
    with book.session() as s:
        # The register reads what is booked, whatever a raw connection or a session.
        (line,) = register_at(book.raw_connection(s), D(2025, 12, 31))
    assert (line.label, line.depreciation) == ("Ordinateur du bureau", 60000)


def test_a_dotation_typed_by_hand_is_noted(book):
    posted = post_entry(book, draft(D(2025, 7, 1), ("2183", "1 200", ""), ("512", "", "1 200")))
    asset_from_entry(book, posted.entry_id, life_months=36)
    post_entry(book, draft(D(2025, 12, 31), ("6811", "200", ""), ("2818", "", "200"),
                           journal="OD"))
    notes = assets_step(book, "2025").notes
    assert len(notes) == 1 and "passée à la main" in notes[0] and "200,00" in notes[0]
