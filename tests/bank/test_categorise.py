"""The to-categorise list: suggestions from rules and history, booking lines as entries."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assocompta.bank.labels import label_key, matches, rule_pattern
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.errors import ClosedYearError, NoOpenYearError, ValidationError
from assocompta.domain.money import Money
from assocompta.services import bank_categorise as cat
from assocompta.services.bank_import import import_statement
from assocompta.services.ledger import add_action, add_tiers, post_entry
from tests.helpers import draft

DATA = Path(__file__).parent / "data"


def _pending(book, account="512"):
    with book.reading() as conn:
        return cat.pending_lines(conn, account)


def _entry_lines(book, entry_id):
    with book.reading() as conn:
        return conn.execute(
            "SELECT a.code, l.debit, l.credit, t.code, ac.code FROM entry_line l "
            "JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id "
            "LEFT JOIN action ac ON ac.id = l.action_id WHERE l.entry_id = ? "
            "ORDER BY l.position", (entry_id,)).fetchall()


def test_label_keys_drop_what_changes_every_month():
    assert label_key("CARTE X1234 11/03 BUREAU VALLEE") == label_key(
        "CARTE X1234 02/04 BUREAU VALLEE") == "carte bureau vallee"
    assert label_key("PRLV SEPA FREE MOBILE FM-123456") == "prlv sepa free mobile fm"
    assert rule_pattern("PRLV SEPA FREE MOBILE FM-123456") == "free mobile fm"
    assert matches("free mobile", "PRLV SEPA FREE MOBILE FM-123456")
    assert not matches("free mobile", "PRLV SEPA FREE TELECOM")
    assert not matches("CAF", "CB CAFETERIA LE MARIGNAN")  # words, not parts of words
    assert not matches("free mobile", "CB FREEDOM MOBILES SHOP")
    assert matches("CAF", "VIR CAF D'ILLE-ET-VILAINE")


def test_history_suggests_the_counterpart_used_for_the_same_label(book):
    add_tiers(book, "FREE", "Free Mobile")
    for month in (1, 2):
        d = draft(dt.date(2025, month, 3), ("626", "39,99", ""), ("512", "", "39,99"),
                  label=f"PRLV SEPA FREE MOBILE FM-10{month}")
        post_entry(book, d)
    # A one-off the other way round, and a similar but different label, must not win.
    post_entry(book, draft(dt.date(2025, 2, 10), ("512", "39,99", ""), ("658", "", "39,99"),
                           label="PRLV SEPA FREE MOBILE FM-999"))
    import_statement(book, "512", DATA / "sg_mars_2025.ofx")
    by_label = {p.label: p for p in _pending(book)}
    free = by_label["PRLV SEPA FREE MOBILE FM-123456"]
    assert (free.suggestion.counterpart, free.suggestion.source) == ("626", "historique")
    assert by_label["CHEQUE 0001235"].suggestion is None


def test_similar_labels_learn_from_booked_bank_lines_with_tiers_and_action(book):
    tiers = add_tiers(book, "BUREAU", "Bureau Vallée")
    action = add_action(book, "AIDE", "Aide aux devoirs")
    import_statement(book, "512", DATA / "ca_mars_2025.csv")
    office = next(p for p in _pending(book) if "BUREAU VALLEE" in p.label)
    assert office.suggestion is None
    cat.set_choice(book, [office.id], "6064", tiers.id, action.id)
    [booked] = cat.validate(book, [office.id])
    lines = _entry_lines(book, booked.entry_id)
    assert lines == [("512", 0, 4590, None, None), ("6064", 4590, 0, "BUREAU", "AIDE")]
    # The OFX says "CB BUREAU VALLEE 11/03 Fournitures été": close enough to learn from.
    import_statement(book, "512", DATA / "sg_mars_2025.ofx")
    sg = next(p for p in _pending(book) if p.label.startswith("CB BUREAU"))
    assert (sg.suggestion.counterpart, sg.suggestion.tiers_id, sg.suggestion.action_id,
            sg.suggestion.source) == ("6064", tiers.id, action.id, "historique")


def test_rules_come_first_in_their_order_and_respect_direction(book):
    import_statement(book, "512", DATA / "ca_mars_2025.csv")
    post_entry(book, draft(dt.date(2025, 1, 3), ("658", "39,99", ""), ("512", "", "39,99"),
                           label="PRLV SEPA FREE MOBILE FM-1"))
    first = cat.add_rule(book, "free mobile", "626", direction="out")
    cat.add_rule(book, "free", "6064")
    cat.add_rule(book, "mairie rennes", "741", direction="out")  # wrong way: never used
    by_label = {p.label: p.suggestion for p in _pending(book)}
    assert by_label["PRLV SEPA FREE MOBILE FM-123456"] == cat.Suggestion("626", None, None,
                                                                        "règle", first)
    assert by_label["VIR SEPA MAIRIE DE RENNES SUBVENTION FONCTIONNEMENT 2025"] is None
    # "free" moved first: it now wins over "free mobile".
    with book.reading() as conn:
        second = cat.rules(conn)[1].id
    assert cat.move_rule(book, second, -1)[0] == second
    by_label = {p.label: p.suggestion for p in _pending(book)}
    assert by_label["PRLV SEPA FREE MOBILE FM-123456"].counterpart == "6064"
    with pytest.raises(ValidationError, match="motif vide"):
        cat.add_rule(book, "  ", "626")
    with pytest.raises(ValidationError, match="absent du plan"):
        cat.add_rule(book, "edf", "6069")


def test_validate_all_proposed_books_balanced_entries_and_leaves_the_rest(book):
    import_statement(book, "512", DATA / "ca_mars_2025.csv")
    cat.add_rule(book, "boulangerie", "6063", direction="out")
    cat.add_rule(book, "frais tenue compte", "627")
    subsidy = next(p for p in _pending(book) if "MAIRIE" in p.label)
    cat.set_choice(book, [subsidy.id], "741")
    booked = cat.validate_proposed(book, "512")
    assert len(booked) == 4
    left = [p.label for p in _pending(book)]
    assert left == ["PRLV SEPA FREE MOBILE FM-123456", "CARTE X1234 11/03 BUREAU VALLEE",
                    "REMISE CHEQUES N 0001234"]
    with book.reading() as conn:
        rows = conn.execute(
            "SELECT j.code, e.label, sum(l.debit), sum(l.credit) FROM entry e "
            "JOIN journal j ON j.id = e.journal_id JOIN entry_line l ON l.entry_id = e.id "
            "GROUP BY e.id, j.code, e.label, e.number ORDER BY e.number").fetchall()
        balance_512 = conn.execute(
            "SELECT sum(l.debit) - sum(l.credit) FROM entry_line l JOIN account a "
            "ON a.id = l.account_id WHERE a.code = '512'").fetchone()[0]
        linked = conn.execute("SELECT count(*) FROM bank_line WHERE entry_id IS NOT NULL"
                              ).fetchone()[0]
    assert [r[0] for r in rows] == ["BQ"] * 4 and all(r[2] == r[3] for r in rows)
    assert rows[0][1] == "VIR SEPA MAIRIE DE RENNES SUBVENTION FONCTIONNEMENT 2025"
    assert balance_512 == 1150000 - 500 - 500 - 950 and linked == 4


def test_one_bad_line_in_a_selection_books_none(book):
    import_statement(book, "512", DATA / "lbp_mars_2025.csv")
    lines = _pending(book)
    cat.set_choice(book, [lines[0].id], "6061")
    with pytest.raises(ValidationError, match=r"07/03/2025.*DUPONT.*aucun compte"):
        cat.validate(book, [lines[0].id, lines[1].id])
    assert len(_pending(book)) == 4
    with book.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 0


def test_lines_outside_any_year_or_in_a_closed_year_are_refused(book, tmp_path):
    (tmp_path / "old.qif").write_text("!Type:Bank\nD15/12/2024\nT-9,50\nPFRAIS\n^\n")
    import_statement(book, "512", tmp_path / "old.qif")
    [old] = _pending(book)
    cat.set_choice(book, [old.id], "627")
    with pytest.raises(NoOpenYearError, match="15/12/2024.*aucun exercice"):
        cat.validate(book, [old.id])
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    rent = next(p for p in _pending(book) if "LOYER" in p.label)
    cat.set_choice(book, [rent.id], "613")
    with book.transaction() as s:
        book.raw_connection(s).execute("UPDATE fiscal_year SET closed_at = '2026-01-10'")
    with pytest.raises(ClosedYearError, match="01/03/2025.*clos"):
        cat.validate(book, [rent.id])


def test_ignored_lines_leave_the_list_and_a_deleted_entry_puts_its_line_back(book):
    from assocompta.services.ledger import delete_entry
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    rent, grant, edf = _pending(book)
    cat.ignore(book, [grant.id])
    assert [p.id for p in _pending(book)] == [rent.id, edf.id]
    cat.set_choice(book, [rent.id], "613")
    [booked] = cat.validate(book, [rent.id])
    assert [p.id for p in _pending(book)] == [edf.id]
    delete_entry(book, booked.entry_id)
    back = _pending(book)
    assert [p.id for p in back] == [rent.id, edf.id] and back[0].counterpart == "613"
    assert back[0].amount == Money(-20000)


def test_an_ignored_line_comes_back_to_categorise_with_its_choice(book):
    """Undoing « Ignorer »: the line is in the list again, where it was, its account kept."""
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    rent, grant, edf = _pending(book)
    cat.set_choice(book, [grant.id], "74")
    cat.ignore(book, [grant.id, edf.id])
    assert [p.id for p in _pending(book)] == [rent.id]
    assert cat.ignore(book, [grant.id, edf.id], ignored=False) == [grant.id, edf.id]
    back = _pending(book)
    assert [p.id for p in back] == [rent.id, grant.id, edf.id] and back[1].counterpart == "74"


def test_choices_read_before_a_change_are_put_back(book):
    """Undoing « Appliquer à la sélection »: each line gets back its own account."""
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    rent, grant, edf = _pending(book)
    cat.set_choice(book, [rent.id], "613")
    kept = cat.choices_of(book, [rent.id, grant.id])
    assert kept == [(rent.id, "613", None, None), (grant.id, None, None, None)]
    cat.set_choice(book, [rent.id, grant.id], "627")
    cat.restore_choices(book, kept)
    back = {p.id: p.counterpart for p in _pending(book)}
    assert back[rent.id] == "613" and back[grant.id] != "627"


def test_choice_is_checked(book):
    import_statement(book, "512", DATA / "cm_mars_2025.csv")
    line = _pending(book)[0]
    with pytest.raises(ValidationError, match="compte de banque lui-même"):
        cat.set_choice(book, [line.id], "512")
    with pytest.raises(ValidationError, match="6069 absent"):
        cat.set_choice(book, [line.id], "6069")
    cat.set_choice(book, [line.id], None)
    assert _pending(book)[0].proposal is None


@pytest.mark.parametrize("engine", ["postgresql"])
def test_two_people_booking_one_line_at_once_book_it_once(book, monkeypatch):
    """In a shared book the second validation waits for the first, then is refused."""
    import threading
    import_statement(book, "512", DATA / "lbp_mars_2025.csv")
    line = _pending(book)[0]
    cat.set_choice(book, [line.id], "6061")
    checking, go_on = threading.Event(), threading.Event()
    real_check = cat.check_entry

    def slow_check(draft):
        if threading.current_thread().name == "first":
            checking.set()
            go_on.wait(10)
        return real_check(draft)

    monkeypatch.setattr(cat, "check_entry", slow_check)
    outcome = {}

    def run(name):
        try:
            outcome[name] = cat.validate(book, [line.id])
        except ValidationError as exc:
            outcome[name] = exc

    first = threading.Thread(target=run, args=("first",), name="first")
    first.start()
    assert checking.wait(10)
    second = threading.Thread(target=run, args=("second",), name="second")
    second.start()
    second.join(0.5)
    assert second.is_alive(), "the second validation did not wait for the first"
    go_on.set()
    first.join(10)
    second.join(10)
    assert [b.number for b in outcome["first"]] == [1]
    assert "déjà passée en écriture" in str(outcome["second"])
    with book.reading() as conn:
        assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 1


@pytest.mark.parametrize("engine", ["postgresql"])
def test_booking_a_line_waits_for_whoever_holds_its_year(book, book_path):
    """Someone holding the year (restoring an entry, say) then changing the same bank line:
    the booking waits for them, without a deadlock, and books what they left."""
    import threading
    import time

    from tests.storage.pg_support import pg_connect
    import_statement(book, "512", DATA / "lbp_mars_2025.csv")
    line = _pending(book)[0]
    cat.set_choice(book, [line.id], "6061")
    other = pg_connect(book_path)
    other.execute("SELECT id FROM fiscal_year FOR NO KEY UPDATE")
    outcome = {}

    def run():
        try:
            outcome["booked"] = cat.validate(book, [line.id])
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcome["error"] = exc

    booking = threading.Thread(target=run)
    booking.start()
    time.sleep(0.5)
    try:
        other.execute("UPDATE bank_line SET counterpart = '6064' WHERE id = %s", (line.id,))
        other.commit()
    finally:
        other.close()
    booking.join(10)
    assert "error" not in outcome, outcome.get("error")
    assert sorted(code for code, *_ in _entry_lines(book, outcome["booked"][0].entry_id)) == \
        ["512", "6064"]


def _donations(book, year="2025"):
    from assocompta.services.receipts import donations
    with book.reading() as conn:
        return {d.name: d.total for d in donations(conn, year)}


def test_history_names_a_donor_only_if_the_line_names_them(book, tmp_path):
    """Issue 13: « VIR … LE GOFF ANNE /MOTIF DON » was proposed as Marie Dupont because
    her past gifts were labelled « Don »; bulk validation then put it on her receipt."""
    from tests.bank.donors import ANNE_LINE, MARIE_LINE, two_donors
    ids = two_donors(book, tmp_path, 2025)
    by_label = {p.label: p.suggestion for p in _pending(book)}
    anne = by_label[ANNE_LINE]
    assert (anne.counterpart, anne.tiers_id, anne.strong) == ("75411", None, False)
    assert anne.unnamed_tiers == ids["MDUPONT"] and anne.words == ("don",)
    marie = by_label[MARIE_LINE]  # her name, in the bank's order: hers, and sure
    assert (marie.counterpart, marie.tiers_id, marie.strong) == ("75411", ids["MDUPONT"], True)

    booked = cat.validate_proposed(book, "512")
    assert len(booked) == 1
    assert [p.label for p in _pending(book)] == [ANNE_LINE]
    assert _donations(book) == {"Marie Dupont": Money.parse("595,83")}


def test_a_line_naming_another_known_donor_gets_that_donor(book, tmp_path):
    from tests.bank.donors import ANNE_LINE, two_donors
    ids = two_donors(book, tmp_path, 2025)
    # Anne gave before, booked from her own line: her name, in another order, is hers.
    post_entry(book, EntryDraft(dt.date(2025, 3, 1), "BQ", "Don", (
        LineDraft("512", debit=Money(1000)),
        LineDraft("75411", credit=Money(1000), tiers="ALEGOFF"))))
    anne = next(p.suggestion for p in _pending(book) if p.label == ANNE_LINE)
    assert (anne.tiers_id, anne.strong) == (ids["ALEGOFF"], True)


def test_names_match_whatever_the_case_accents_and_order():
    from assocompta.bank.labels import names
    assert names("Anne Le Goff", "VIR SEPA LE GOFF ANNE /MOTIF DON")
    assert names("Hélène Lefèvre", "VIR HELENE LEFEVRE")
    assert not names("Marie Dupont", "VIR SEPA LE GOFF ANNE /MOTIF DON")
    assert not names("Marie Dupont", "VIR DUPONT")   # Jean Dupont gives too
    assert not names("Le La", "VIR LE LA")           # nothing of its own to look for


def test_a_validation_is_undone_whole_until_a_receipt_covers_a_gift(book, tmp_path):
    from sqlalchemy import text

    from assocompta.services import receipt_issue
    from tests.bank.donors import ANNE_LINE, MARIE_LINE, two_donors
    from tests.services.receipt_books import ready_for_receipts
    ids = two_donors(book, tmp_path, 2025)
    lines = {p.label: p.id for p in _pending(book)}
    cat.set_choice(book, [lines[ANNE_LINE]], "75411", ids["ALEGOFF"])
    booked = cat.validate(book, [lines[ANNE_LINE], lines[MARIE_LINE]])
    refs = [(b.year, b.number) for b in booked]
    assert sorted(cat.unbook(book, refs)) == sorted(lines.values())
    assert {p.label for p in _pending(book)} == {ANNE_LINE, MARIE_LINE}

    booked = cat.validate(book, [lines[ANNE_LINE], lines[MARIE_LINE]])
    ready_for_receipts(book)
    with book.transaction() as s:
        s.execute(text("UPDATE tiers SET nature = 'particulier' WHERE code = 'MDUPONT'"))
    [receipt] = receipt_issue.issue(book, "2025", [ids["MDUPONT"]])
    with pytest.raises(ValidationError, match=rf"reçu fiscal n° {receipt.number} \(Marie "
                                              r"Dupont\) est émis.*13/11/2025.*Rien n'a été"):
        cat.unbook(book, [(b.year, b.number) for b in booked])
    assert _pending(book) == []  # Anne's entry is still there too: all or nothing
