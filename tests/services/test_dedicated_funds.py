"""Fonds dédiés at the year end: a two-year action funded in its first year, reported at the
closing, used the next year as it spends, released when it ends; on both charts and across
the 2018 → 2025 change; the statements, the annexe and the CERFA 15059 show them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.annexe import table_of
from assocompta.domain.dedicated_funds import Funder, plan_action, share
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import FunderCategory, TiersKind
from assocompta.services import compte_rendu, reports
from assocompta.services.annexe import build_annexe
from assocompta.services.closing import close_year
from assocompta.services.dedicated_funds import finish_action, funds_step
from assocompta.services.ledger import add_action, add_sub_account, add_tiers, post_entry
from assocompta.services.setup import Identity, add_year, create_book
from assocompta.services.year_end import book_proposals
from tests.helpers import SIREN, m


def line(account, debit="", credit="", tiers=None, action=None):
    return LineDraft(account, m(debit) if debit else Money(0), m(credit) if credit else Money(0),
                     tiers=tiers, action=action)


def post(book, date, label, *lines, journal="BQ"):
    return post_entry(book, EntryDraft(date, journal, label, tuple(lines)))


def close(book, label):
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', :d, 0, 0, :d)"),
                  {"d": f"{label}-12-31"})
    return close_year(book, label, now=dt.datetime(int(label) + 1, 3, 1, 10, 0))


def amounts(proposal):
    return [(ln.account, ln.debit.cents, ln.credit.cents, ln.tiers, ln.action)
            for ln in proposal.draft.lines]


def row_values(report, label):
    """The first row called ``label``: its amounts as text (N, then N-1 when shown)."""
    row = next(r for r in report.rows if r.label == label)
    return tuple(str(v) for v in row.values if v is not None)


@pytest.fixture(params=["2025", "2018→2025"])
def funded(request, book_path):
    """Year 1 (2025 on the 2025 chart, or 2024 on the 2018 chart): the Ville grants 10 000 €
    for the action ÉTÉ (a summer programme over two years), 6 000 € are spent on it."""
    first = 2025 if request.param == "2025" else 2024
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN), dt.date(first, 1, 1))
    if first == 2024:  # the 2018 chart has 74 only, too short to post on
        add_sub_account(book, "2024", "741", "Subventions d'exploitation")
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER, FunderCategory.COMMUNE)
    add_action(book, "ETE", "Été au quartier")
    post(book, dt.date(first, 3, 1), "Subvention Été au quartier",
         line("512", "10 000", tiers="VILLE"),
         line("741", credit="10 000", tiers="VILLE", action="ETE"))
    post(book, dt.date(first, 7, 15), "Animateurs", line("6226", "6 000", action="ETE"),
         line("512", credit="6 000"))
    yield book, str(first), str(first + 1)
    book.close()


def test_the_unspent_subsidy_is_reported_then_used_then_released(funded):
    book, y1, y2 = funded
    step = funds_step(book, y1)
    assert step.key == "fonds_dedies" and not step.booked
    (report,) = step.proposals
    assert report.kind == "fonds_dedies"
    assert report.draft.date == dt.date(int(y1), 12, 31)
    assert amounts(report) == [("6894", 400000, 0, "VILLE", "ETE"),
                               ("194", 0, 400000, "VILLE", "ETE")]
    assert "Été au quartier (ETE), VILLE : 4 000,00 €" in report.reason
    ids = book_proposals(book, y1, step.proposals)
    again = funds_step(book, y1)
    assert (again.proposals, again.booked) == ((), tuple(ids))

    resultat = reports.build(book, "resultat", y1)
    assert row_values(resultat, "Reports en fonds dédiés")[0] == "4000,00"
    bilan = reports.build(book, "bilan", y1)
    assert row_values(bilan, "Fonds dédiés")[0] == "4000,00"
    table = table_of(build_annexe(book, y1).note("fonds_dedies"))
    got = {r.label: tuple(str(v) for v in r.values) for r in table.rows}
    assert got["Été au quartier"] == ("0,00", "4000,00", "0,00", "0,00", "0,00", "4000,00",
                                      "0,00")

    closed = close(book, y1)
    assert closed.result == m("0")  # 10 000 received, 6 000 spent, 4 000 set aside
    with book.session() as s:
        carried = s.execute(text(
            "SELECT a.code, l.credit, t.code, ac.code FROM entry_line l "
            "JOIN entry e ON e.id = l.entry_id JOIN fiscal_year f ON f.id = e.year_id "
            "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
            "LEFT JOIN action ac ON ac.id = l.action_id "
            "WHERE f.label = :y AND a.code LIKE '19%'"), {"y": y2}).all()
    assert [tuple(r) for r in carried] == [("194", 400000, "VILLE", "ETE")]

    # Year 2: 3 000 € spent; 3 000 € of the fonds dédiés come back, 1 000 € wait.
    post(book, dt.date(int(y2), 5, 10), "Sortie d'été", line("6226", "3 000", action="ETE"),
         line("512", credit="3 000"))
    (use,) = funds_step(book, y2).proposals
    assert use.kind == "utilisation_fonds_dedies"
    assert amounts(use) == [("194", 300000, 0, "VILLE", "ETE"),
                            ("7894", 0, 300000, "VILLE", "ETE")]
    book_proposals(book, y2, [use])
    assert funds_step(book, y2).proposals == ()
    resultat = reports.build(book, "resultat", y2)
    assert row_values(resultat, "Utilisations des fonds dédiés") == ("3000,00", "0,00")
    assert row_values(resultat, "Reports en fonds dédiés") == ("0,00", "4000,00")
    assert row_values(reports.build(book, "bilan", y2), "Fonds dédiés") == ("1000,00",
                                                                              "4000,00")
    table = table_of(build_annexe(book, y2).note("fonds_dedies"))
    got = {r.label: tuple(str(v) for v in r.values) for r in table.rows}
    assert got["Été au quartier"] == ("4000,00", "0,00", "3000,00", "0,00", "0,00", "1000,00",
                                      "0,00")
    assert all(c[1] for c in build_annexe(book, y2).note("fonds_dedies").checks)

    # The action ends: the 1 000 € left are released.
    finish_action(book, "ETE", dt.date(int(y2), 11, 30))
    step = funds_step(book, y2)
    (release,) = step.proposals
    assert amounts(release) == [("194", 100000, 0, "VILLE", "ETE"),
                                ("7894", 0, 100000, "VILLE", "ETE")]
    assert any("terminée le 30/11/" in n for n in step.notes)
    book_proposals(book, y2, [release])
    assert row_values(reports.build(book, "bilan", y2), "Fonds dédiés")[0] == "0,00"
    assert row_values(reports.build(book, "resultat", y2),
                      "Utilisations des fonds dédiés")[0] == "4000,00"
    close(book, y2)


def test_the_compte_rendu_shows_the_unspent_part_and_its_use(funded):
    book, y1, y2 = funded
    book_proposals(book, y1, funds_step(book, y1).proposals)
    sheets = dict(compte_rendu.build(book, y1, "ETE", "VILLE"))
    table = sheets["2. Tableau"]
    labels = {r.label: r.values for r in table.rows}
    reported = next(v for k, v in labels.items() if k.startswith("689 "))
    assert reported[1] == m("4 000")  # the réalisé column
    close(book, y1)
    post(book, dt.date(int(y2), 5, 10), "Sortie d'été", line("6226", "3 000", action="ETE"),
         line("512", credit="3 000"))
    book_proposals(book, y2, funds_step(book, y2).proposals)
    table = dict(compte_rendu.build(book, y2, "ETE", "VILLE"))["2. Tableau"]
    used = next(r.values for r in table.rows if r.label.startswith("789 "))
    assert used[1] == m("3 000")
    # No new subsidy in year 2, but the funder's money is spent: its compte rendu is right.
    funder = [c for c in table.checks if c.label == "financeur"]
    assert [(c.ok, c.detail) for c in funder] == [
        (True, f"Ville de Rennes : pas de nouvelle subvention en {y2}, ses fonds dédiés des "
               "exercices précédents utilisés (789)")]


def test_two_funders_share_the_charges_pro_rata(book):
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER, FunderCategory.COMMUNE)
    add_tiers(book, "CAF", "CAF d'Ille-et-Vilaine", TiersKind.FUNDER)
    add_action(book, "ETE", "Été au quartier")
    post(book, dt.date(2025, 3, 1), "Subvention Ville", line("512", "6 000", tiers="VILLE"),
         line("741", credit="6 000", tiers="VILLE", action="ETE"))
    post(book, dt.date(2025, 3, 2), "Contribution CAF", line("512", "3 000", tiers="CAF"),
         line("7551", credit="3 000", tiers="CAF", action="ETE"))
    post(book, dt.date(2025, 7, 1), "Animateurs", line("6226", "3 000", action="ETE"),
         line("512", credit="3 000"))
    (report,) = funds_step(book, "2025").proposals
    # 3 000 of charges: 2 000 on the Ville's 6 000, 1 000 on the CAF's 3 000.
    assert amounts(report) == [("6894", 400000, 0, "VILLE", "ETE"),
                               ("194", 0, 400000, "VILLE", "ETE"),
                               ("6895", 200000, 0, "CAF", "ETE"),
                               ("195", 0, 200000, "CAF", "ETE")]


def test_a_finished_action_reports_nothing(book):
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    add_action(book, "ETE", "Été au quartier")
    post(book, dt.date(2025, 3, 1), "Subvention", line("512", "1 000", tiers="VILLE"),
         line("741", credit="1 000", tiers="VILLE", action="ETE"))
    finish_action(book, "ETE", dt.date(2025, 10, 1))
    assert funds_step(book, "2025").proposals == ()
    finish_action(book, "ETE", None)
    assert len(funds_step(book, "2025").proposals) == 1
    with pytest.raises(ValidationError, match="action « NOPE » inconnue ; actions du livre : ETE"):
        finish_action(book, "NOPE", dt.date(2025, 10, 1))


def test_unknown_year_is_named(book):
    with pytest.raises(ValidationError, match="exercice « 2030 » inconnu ; exercices du livre : "
                                              "2025"):
        funds_step(book, "2030")


def test_share_keeps_every_cent():
    assert share(100, [1, 1, 1]) == [34, 33, 33]
    assert share(1000, [0, 0]) == [0, 0]
    assert sum(share(999_99, [600_000, 300_000, 7])) == 999_99


def test_opening_funds_are_used_first():
    (p,) = plan_action([Funder("194", "VILLE", 4000, 2000)], 5000, finished=False)
    assert (p.used, p.reported) == (4000, 1000)
    (p,) = plan_action([Funder("194", "VILLE", 4000, 2000)], 5000, finished=True)
    assert (p.used, p.reported) == (4000, 0)


def test_dedicated_gifts_go_to_196_and_the_step_reads_in_a_session(book):
    add_action(book, "TOIT", "Réfection du toit")
    post(book, dt.date(2025, 5, 1), "Collecte pour le toit", line("512", "1 500"),
         line("7541", credit="1 500", action="TOIT"))
    post(book, dt.date(2025, 6, 1), "Tuiles", line("6063", "400", action="TOIT"),
         line("512", credit="400"))
    with book.session() as s:
        (report,) = funds_step(s, "2025").proposals
    assert amounts(report) == [("6896", 110000, 0, None, "TOIT"),
                               ("196", 0, 110000, None, "TOIT")]
    assert "Réfection du toit (TOIT), donateurs : 1 100,00 €" in report.reason


def test_what_the_treasurer_booked_himself_is_not_proposed_again(book):
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    add_action(book, "ETE", "Été au quartier")
    post(book, dt.date(2025, 3, 1), "Subvention", line("512", "1 000", tiers="VILLE"),
         line("741", credit="1 000", tiers="VILLE", action="ETE"))
    post(book, dt.date(2025, 12, 31), "Fonds dédiés", line("6894", "600", action="ETE",
                                                          tiers="VILLE"),
         line("194", credit="600", action="ETE", tiers="VILLE"), journal="OD")
    (report,) = funds_step(book, "2025").proposals
    assert amounts(report) == [("6894", 40000, 0, "VILLE", "ETE"),
                               ("194", 0, 40000, "VILLE", "ETE")]
    post(book, dt.date(2025, 12, 31), "Encore", line("6894", "500", action="ETE",
                                                    tiers="VILLE"),
         line("194", credit="500", action="ETE", tiers="VILLE"), journal="OD")
    step = funds_step(book, "2025")
    assert step.proposals == ()
    assert step.notes == ("Action ETE, VILLE : 1 100,00 € de fonds dédiés déjà reportés dans "
                          "l'exercice, pour 1 000,00 € justifiés par ses charges et ses "
                          "ressources : vérifiez ces écritures (compte 194).",)


def test_fonds_dedies_without_action_are_pointed_out(book):
    post(book, dt.date(2025, 12, 31), "Fonds dédiés", line("6894", "300"),
         line("194", credit="300"), journal="OD")
    step = funds_step(book, "2025")
    assert step.proposals == ()
    assert step.notes[0].startswith("Le compte 194 a des mouvements sans action (300,00 €)")


def test_a_closed_year_gets_no_proposal(funded):
    book, y1, _ = funded
    close(book, y1)
    step = funds_step(book, y1)
    assert step.proposals == () and step.notes[-1] == f"L'exercice {y1} est clos : plus rien ne s'y passe."


def test_the_previous_year_still_open_is_said(funded):
    book, y1, y2 = funded
    add_year(book, dt.date(int(y2), 1, 1))
    assert funds_step(book, y2).notes == (
        f"L'exercice {y1} n'est pas encore clos : les fonds dédiés qu'il reporte n'arriveront "
        f"dans l'exercice {y2} qu'avec ses à-nouveaux. Clôturez-le d'abord, puis revenez à "
        "cette étape.",)


def test_fonds_dedies_typed_without_tiers_belong_to_the_actions_only_funder(book):
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    add_action(book, "ETE", "Été au quartier")
    post(book, dt.date(2025, 3, 1), "Subvention", line("512", "1 000", tiers="VILLE"),
         line("741", credit="1 000", tiers="VILLE", action="ETE"))
    post(book, dt.date(2025, 12, 31), "Fonds dédiés", line("6894", "600", action="ETE"),
         line("194", credit="600", action="ETE"), journal="OD")
    (report,) = funds_step(book, "2025").proposals
    assert amounts(report) == [("6894", 40000, 0, "VILLE", "ETE"),
                               ("194", 0, 40000, "VILLE", "ETE")]
