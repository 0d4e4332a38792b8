"""The year-end closing: checks, à-nouveaux that reopen the same bilan, the lock, the AGM."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.closing import ClosingRefused
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ClosedYearError, ValidationError
from assocompta.domain.money import Money
from assocompta.domain.parties import TiersKind
from assocompta.services import reports
from assocompta.services.closing import (
    allocation_proposal,
    close_year,
    closing_checks,
    preview_opening,
    record_allocation,
)
from assocompta.services.ledger import add_sub_account, add_tiers, post_entry
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, draft, m

D24 = dt.date(2024, 12, 31)


def _line(account, debit="", credit="", tiers=None):
    return LineDraft(account, m(debit) if debit else Money(0), m(credit) if credit else Money(0),
                     tiers=tiers)


def reconcile(book, account="512", date="2024-12-31"):
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES (:a, :d, 0, 0, '2025-01-10')"),
                  {"a": account, "d": date})


@pytest.fixture
def book2024(book_path):
    """A 2024 book on the 2018 chart: a bank, a custom bank sub-account, a subsidy still to
    be received on 4417 (gone from the 2025 chart), a supplier to pay, volunteers' time."""
    book, _ = create_book(book_path, Identity("Les Amis", siren=SIREN),
                          dt.date(2024, 1, 1))
    add_tiers(book, "VILLE", "Ville de Rennes", TiersKind.FUNDER)
    add_tiers(book, "EDF", "EDF", TiersKind.SUPPLIER)
    add_sub_account(book, "2024", "5121", "Livret Crédit Mutuel")
    add_sub_account(book, "2024", "741", "Subventions d'exploitation")
    post_entry(book, EntryDraft(dt.date(2024, 1, 1), "AN", "Situation d'ouverture", (
        _line("512", "8 000"), _line("530", "150"), _line("1021", credit="8 150"))))
    post_entry(book, draft(dt.date(2024, 2, 3), ("512", "3 000", ""), ("7561", "", "3 000")))
    post_entry(book, EntryDraft(dt.date(2024, 3, 1), "OD", "Subvention votée", (
        _line("4417", "5 000", tiers="VILLE"), _line("741", credit="5 000", tiers="VILLE"))))
    post_entry(book, EntryDraft(dt.date(2024, 4, 1), "OD", "Facture EDF", (
        _line("6061", "1 200,40"), _line("401", credit="1 200,40", tiers="EDF"))))
    post_entry(book, draft(dt.date(2024, 5, 1), ("5121", "2 000", ""), ("512", "", "2 000")))
    post_entry(book, EntryDraft(dt.date(2024, 5, 2), "BQ", "Acompte EDF", (
        _line("401", "200", tiers="EDF"), _line("512", credit="200", tiers="EDF"))))
    post_entry(book, EntryDraft(dt.date(2024, 6, 1), "OD", "Bénévolat", (
        _line("864", "900"), _line("875", credit="900"))))
    yield book
    book.close()


def _deficit(book):
    post_entry(book, draft(dt.date(2024, 9, 1), ("641", "9 999,99", ""), ("512", "", "9 999,99")))


def _bilan(book, year):
    """(kind, label, net N, net N-1) per row: the bilan's third and fourth amount columns
    (the actif's Net, the passif's Exercice N and N-1)."""
    report = reports.build(book, "bilan", year)
    return [(r.kind, r.label, *(tuple(r.values[2:]) + (None, None))[:2]) for r in report.rows]


def _ready(book):
    reconcile(book, "512")
    reconcile(book, "5121")


@pytest.mark.parametrize("deficit", [False, True], ids=["excédent", "déficit"])
def test_the_next_year_opens_on_the_closed_years_bilan(book2024, deficit):
    if deficit:
        _deficit(book2024)
    _ready(book2024)
    before = _bilan(book2024, "2024")
    preview = preview_opening(book2024, "2024")
    result = close_year(book2024, "2024", now=dt.datetime(2025, 3, 1, 10, 0))
    assert (preview.next_year, preview.next_year_created, preview.result) == (
        "2025", True, result.result)
    assert (len(preview.lines), preview.mappings) == (result.line_count, result.mappings)

    expected = Money.parse("-3 200,39" if deficit else "6 799,60")
    assert result.result == expected
    assert (result.next_year, result.next_year_created) == ("2025", True)
    assert (result.entry_number, result.closed_at) == (1, "2025-03-01T10:00:00")
    # 4417 is gone from the 2025 chart: its balance opens on 441; 5121 is created there.
    assert {(mp.old, mp.new, mp.how) for mp in result.mappings} == {
        ("4417", "441", "remplacé"), ("5121", "5121", "créé")}
    after = _bilan(book2024, "2025")
    # The new year opens on the closed year's bilan: each poste's N is its N-1, but the
    # result, which waits for the AG's allocation on a line of its own.
    moved = ("Excédent ou déficit de l'exercice", "Résultat en instance d'affectation")
    assert [n for _, label, n, _ in after if label not in moved] == [
        n_1 for _, label, _, n_1 in after if label not in moved]
    shown = {label: (n, n_1) for _, label, n, n_1 in after if label in moved}
    assert shown == {moved[0]: (Money(0), expected), moved[1]: (expected, Money(0))}
    assert after[-1][2] == before[-1][2]  # TOTAL GENERAL
    with book2024.session() as s:
        lines = s.execute(text(
            "SELECT a.code, l.debit, l.credit, t.code, j.code, e.date, e.label FROM entry_line l "
            "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
            "JOIN journal j ON j.id = e.journal_id LEFT JOIN tiers t ON t.id = l.tiers_id "
            "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' "
            "ORDER BY l.position")).all()
    assert {(j, d, lab) for *_, j, d, lab in lines} == {
        ("AN", "2025-01-01", "À-nouveaux de l'exercice 2024")}
    by_code = {(c, t): (d, cr) for c, d, cr, t, *_ in lines}
    assert by_code[("441", "VILLE")] == (500000, 0)
    assert by_code[("401", "EDF")] == (0, 100040)
    assert [c for c, *_ in lines].count("512") == 1  # a bank has no sub-ledger per tiers
    assert by_code[("5121", None)] == (200000, 0)
    assert by_code[("120", None) if not deficit else ("129", None)] == (
        (0, 679960) if not deficit else (320039, 0))
    assert not [c for c, *_ in lines if c[0] in "678"]  # classes 6, 7, 8 restart at zero
    assert result.line_count == len(lines)
    # The totals cache of the new year agrees with its lines (reports read it).
    assert reports.build(book2024, "balance", "2025").checks[0].ok


def test_the_an_entry_comes_first_in_an_existing_next_year(book2024):
    add_year(book2024, dt.date(2025, 1, 1))
    posted = post_entry(book2024, draft(dt.date(2025, 1, 15), ("626", "40", ""),
                                        ("512", "", "40")))
    # n°1 waited for the à-nouveaux: nothing of 2025 is renumbered by the closing.
    assert posted.number == 2
    _ready(book2024)
    result = close_year(book2024, "2024")
    assert (result.next_year_created, result.entry_number, result.renumbered) == (False, 1, 0)
    with book2024.session() as s:
        rows = s.execute(text("SELECT e.number, e.label FROM entry e JOIN fiscal_year f "
                              "ON f.id = e.year_id WHERE f.label = '2025' ORDER BY number")).all()
    assert rows == [(1, "À-nouveaux de l'exercice 2024"), (2, "Opération")]


def _failing(book, label="2024"):
    return {c.name: c for c in closing_checks(book, label) if c.fails}


def test_checks_pass_on_a_ready_year(book2024):
    _ready(book2024)
    checks = closing_checks(book2024, "2024")
    assert [c.name for c in checks if not c.ok] == []
    assert {c.name for c in checks} >= {"Exercices précédents clos", "Écritures équilibrées",
                                         "Contributions volontaires : 86 = 87",
                                         "Rapprochement bancaire 512",
                                         "Rapprochement bancaire 5121",
                                         "Opérations bancaires catégorisées", "Exercice suivant"}


def test_unreconciled_banks_block_and_say_where(book2024):
    reconcile(book2024, "512", "2024-11-30")
    failing = _failing(book2024)
    assert set(failing) == {"Rapprochement bancaire 512", "Rapprochement bancaire 5121"}
    c = failing["Rapprochement bancaire 512"]
    assert c.explanation.startswith("rapprochez le compte 512 au 31/12/2024")
    assert "30/11/2024" in c.explanation
    assert (c.fix, c.account, c.date) == ("rapprochement", "512", D24)
    with book2024.transaction() as s:  # an unfinished statement does not count
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance) VALUES ('5121', '2024-12-31', 0, 0)"))
    assert "Rapprochement bancaire 5121" in _failing(book2024)
    with pytest.raises(ClosingRefused) as err:
        close_year(book2024, "2024")
    assert "rapprochez le compte 512 au 31/12/2024" in str(err.value)
    assert {c.name for c in err.value.checks} == set(failing)
    assert book2024.scalar("SELECT count(*) FROM fiscal_year") == 1
    assert book2024.scalar("SELECT closed_at FROM fiscal_year") is None


def test_pending_bank_lines_block(book2024):
    _ready(book2024)
    with book2024.transaction() as s:
        s.execute(text("INSERT INTO bank_line (account, date, amount, label) VALUES "
                       "('512', '2024-12-30', -1250, 'CB BOULANGERIE'), "
                       "('512', '2024-12-31', 4000, 'VIR COTISATION'), "
                       "('512', '2025-01-02', 500, 'after the year'), "
                       "('512', '2024-12-29', 700, 'set aside')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE label = 'set aside'"))
    c = _failing(book2024)["Opérations bancaires catégorisées"]
    assert c.explanation == "2 opérations bancaires restent à catégoriser (jusqu'au 31/12/2024)"
    assert c.fix == "banque"


def test_86_not_equal_87_blocks(book2024):
    _ready(book2024)
    # Only a foreign file or raw SQL can do this: the entry form keeps class 8 apart.
    with book2024.transaction() as s:
        s.execute(text(
            "INSERT INTO entry (id, year_id, journal_id, number, date, label) "
            "SELECT 99, 1, id, 99, '2024-07-01', 'CVN mal saisie' FROM journal WHERE code='OD'"))
        s.execute(text(
            "INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
            "SELECT 99, 1, id, 30000, 0 FROM account WHERE chart_id = 1 AND code = '864' "
            "UNION ALL SELECT 99, 2, id, 0, 30000 FROM account WHERE chart_id = 1 AND code = '512'"))
    c = _failing(book2024)["Contributions volontaires : 86 = 87"]
    assert "1 200,00 € ≠ ressources (87) 900,00 €" in c.explanation
    assert c.fix == "saisie"


def test_earlier_open_year_and_carried_an_block(book2024):
    add_year(book2024, dt.date(2025, 1, 1))
    post_entry(book2024, EntryDraft(dt.date(2025, 1, 1), "AN", "Reprise à la main", (
        _line("512", "10"), _line("110", credit="10"))))
    _ready(book2024)
    failing = _failing(book2024, "2025")
    assert failing["Exercices précédents clos"].explanation == "clôturez d'abord l'exercice 2024"
    assert failing["Exercices précédents clos"].fix == "exercices"
    c = _failing(book2024)["À-nouveaux"]
    assert "n°2 du 01/01/2025 « Reprise à la main »" in c.explanation
    assert c.fix == "saisie"


def test_warnings_do_not_block(book2024):
    _ready(book2024)
    post_entry(book2024, EntryDraft(dt.date(2024, 10, 1), "BQ", "Virement inconnu", (
        _line("512", "45"), _line("471", credit="45"))))
    warning = next(c for c in closing_checks(book2024, "2024") if c.name == "Compte d'attente")
    assert not warning.ok and not warning.blocking and not warning.fails
    assert "45,00 € au crédit" in warning.explanation
    result = close_year(book2024, "2024")
    assert any("comptes d'attente" in w for w in result.warnings)


def test_allocation_of_an_excedent(book2024):
    _ready(book2024)
    with pytest.raises(ValidationError, match="n'est pas clos"):
        record_allocation(book2024, "2024", report=Money(0), reserves=Money(0))
    close_year(book2024, "2024")
    proposal = allocation_proposal(book2024, "2024")
    assert (proposal.result, proposal.report, proposal.reserves, proposal.recorded) == (
        m("6 799,60"), m("6 799,60"), Money(0), False)
    with pytest.raises(ValidationError, match="égale au résultat"):
        record_allocation(book2024, "2024", report=m("6 000"), reserves=m("700"))
    posted = record_allocation(book2024, "2024", report=m("4 799,60"), reserves=m("2 000"),
                               date=dt.date(2025, 6, 14))
    assert (posted.year, posted.number) == ("2025", 2)
    with book2024.session() as s:
        totals = dict(s.execute(text(
            "SELECT a.code, SUM(l.credit) - SUM(l.debit) FROM entry_line l "
            "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
            "WHERE e.year_id = 2 AND a.code IN ('120', '110', '1068') GROUP BY a.code")).all())
    assert totals == {"120": 0, "110": 479960, "1068": 200000}
    assert allocation_proposal(book2024, "2024").recorded
    with pytest.raises(ValidationError, match="déjà enregistrée"):
        record_allocation(book2024, "2024", report=m("6 799,60"), reserves=Money(0))
    assert _bilan(book2024, "2025")[-1][2] == _bilan(book2024, "2024")[-1][2]


def test_allocation_of_a_deficit_charged_to_reserves(book2024):
    _deficit(book2024)
    _ready(book2024)
    close_year(book2024, "2024")
    record_allocation(book2024, "2024", report=m("1 000"), reserves=m("2 200,39"),
                      date=dt.date(2025, 5, 2))
    with book2024.session() as s:
        rows = s.execute(text(
            "SELECT a.code, l.debit, l.credit FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            "JOIN account a ON a.id = l.account_id WHERE e.label LIKE 'Affectation%' "
            "ORDER BY l.position")).all()
    assert rows == [("129", 0, 320039), ("119", 100000, 0), ("1068", 220039, 0)]


def test_closing_twice_is_refused(book2024):
    _ready(book2024)
    close_year(book2024, "2024")
    with pytest.raises(ClosingRefused, match="déjà clos"):
        close_year(book2024, "2024")
    with pytest.raises(ClosedYearError):
        post_entry(book2024, draft(dt.date(2024, 12, 31), ("626", "1", ""), ("512", "", "1")))


def test_fonds_dedies_keep_their_funder_and_action_across_the_closing(book2024):
    """A subsidy's unused part, put in fonds dédiés (689/194), opens the next year on 194
    still naming who gave it and for which action: the annexe follows it until used."""
    from assocompta.services.ledger import add_action
    add_action(book2024, "JARDIN", "Jardin partagé")
    add_tiers(book2024, "CAF", "CAF d'Ille-et-Vilaine", TiersKind.FUNDER)
    post_entry(book2024, EntryDraft(dt.date(2024, 12, 31), "OD", "Fonds dédiés subventions", (
        LineDraft("6894", m("1 500"), action="JARDIN", tiers="VILLE"),
        LineDraft("194", credit=m("1 500"), tiers="VILLE", action="JARDIN"))))
    post_entry(book2024, EntryDraft(dt.date(2024, 12, 31), "OD", "Fonds dédiés CAF", (
        LineDraft("6894", m("400"), tiers="CAF"), LineDraft("194", credit=m("400"),
                                                             tiers="CAF"))))
    _ready(book2024)
    close_year(book2024, "2024")
    with book2024.session() as s:
        rows = s.execute(text(
            "SELECT t.code, ac.code, l.credit FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            "JOIN account a ON a.id = l.account_id JOIN fiscal_year f ON f.id = e.year_id "
            "LEFT JOIN tiers t ON t.id = l.tiers_id LEFT JOIN action ac ON ac.id = l.action_id "
            "WHERE f.label = '2025' AND a.code = '194' ORDER BY t.code")).all()
    assert rows == [("CAF", None, 40000), ("VILLE", "JARDIN", 150000)]
