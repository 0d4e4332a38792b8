"""No statement changes a validated entry, whoever writes to the book (issue 14): the engine
refuses what the services already refuse, on every engine the suite runs on."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from assocompta.domain.errors import DomainError
from assocompta.services.ledger import post_entry
from assocompta.services.validation import validate_entries
from tests.helpers import draft


@pytest.fixture
def two(book):
    """n°1 validated (606 / 512, 10 €), n°2 a draft."""
    for day, piece in ((1, "F1"), (2, "F2")):
        d = draft(dt.date(2025, 5, day), ("606", "10", ""), ("512", "", "10"))
        post_entry(book, d.__class__(d.date, d.journal, d.label, d.lines, piece_ref=piece))
    with book.session() as s:
        first = s.scalar(text("SELECT id FROM entry WHERE number = 1"))
    validate_entries(book, entry_ids=[first], today=dt.date(2025, 6, 1))
    return book


_V = "(SELECT id FROM entry WHERE number = 1)"
_D = "(SELECT id FROM entry WHERE number = 2)"
_ACC = "(SELECT a.id FROM account a WHERE a.code = '607' AND a.chart_id = 1)"
WAYS = {
    "amount": f"UPDATE entry_line SET debit = 99900 WHERE entry_id = {_V} AND debit > 0",
    "account": f"UPDATE entry_line SET account_id = {_ACC} WHERE entry_id = {_V} AND debit > 0",
    "label": f"UPDATE entry SET label = 'Autre' WHERE id = {_V}",
    "date": f"UPDATE entry SET date = '2025-07-03' WHERE id = {_V}",
    "number": f"UPDATE entry SET number = 50 WHERE id = {_V}",
    "valid date": f"UPDATE entry SET valid_date = '2026-01-01' WHERE id = {_V}",
    "back to draft": f"UPDATE entry SET valid_date = NULL WHERE id = {_V}",
    "piece": f"UPDATE entry SET piece_ref = 'X' WHERE id = {_V}",
    "delete entry": f"DELETE FROM entry WHERE id = {_V}",
    "delete line": f"DELETE FROM entry_line WHERE entry_id = {_V} AND debit > 0",
    "add line": f"INSERT INTO entry_line (entry_id, position, account_id, debit, credit) "
                f"VALUES ({_V}, 3, {_ACC}, 0, 0)",
    # Re-imputed without touching the entry (auditor's review).
    "account number": f"UPDATE account SET code = '6079' WHERE id = (SELECT account_id FROM "
                      f"entry_line WHERE entry_id = {_V} AND debit > 0)",
    "journal code": f"UPDATE journal SET code = 'BK' WHERE id = (SELECT journal_id FROM entry "
                    f"WHERE id = {_V})",
    "born validated": "INSERT INTO entry (year_id, journal_id, number, date, label, valid_date) "
                      "VALUES (1, 1, 9, '2025-05-09', 'Forgée', '2025-05-09')",
}


@pytest.mark.parametrize("way", WAYS)
def test_every_way_of_changing_a_validated_entry_is_refused(two, way):
    with pytest.raises((DBAPIError, DomainError)) as refused:
        with two.transaction() as s:
            s.execute(text(WAYS[way]))
    assert "valid" in str(refused.value).lower()
    with two.session() as s:
        row = s.execute(text(f"SELECT number, date, label, valid_date, imbalance, "
                             f"(SELECT sum(debit) FROM entry_line WHERE entry_id = {_V}) "
                             f"FROM entry WHERE id = {_V}")).one()
    assert (row[0], str(row[1]), row[2], str(row[3]), row[5]) == (
        1, "2025-05-01", "Opération", "2025-06-01", 1000)


def test_a_draft_stays_free_and_lettrage_stays_free_on_a_validated_entry(two):
    with two.transaction() as s:
        s.execute(text(f"UPDATE entry SET label = 'Corrigée' WHERE id = {_D}"))
        s.execute(text(f"UPDATE entry_line SET letter = 'AA', letter_date = '2025-06-02' "
                       f"WHERE entry_id = {_V}"))
        s.execute(text(f"DELETE FROM entry WHERE id = {_D}"))
    with two.session() as s:
        assert s.scalar(text(f"SELECT count(*) FROM entry_line WHERE entry_id = {_V} "
                             "AND letter = 'AA'")) == 2


def test_a_validated_number_never_goes_above_a_draft(two):
    """Validating the draft n°2 in place is fine; a draft below it is not."""
    with pytest.raises((DBAPIError, DomainError), match="validée|order"):
        with two.transaction() as s:
            s.execute(text(f"UPDATE entry SET number = 7 WHERE id = {_D}"))
            s.execute(text("INSERT INTO entry (year_id, journal_id, number, date, label) "
                           "VALUES (1, 1, 3, '2025-05-09', 'Glissée')"))
            s.execute(text("UPDATE entry SET valid_date = '2025-06-02' WHERE number = 7"))


def test_an_attachment_of_a_validated_entry_is_added_never_removed(two):
    with two.transaction() as s:
        s.execute(text("INSERT INTO attachment (entry_id, name, media_type, size, sha256, "
                       f"added_at, data) VALUES ({_V}, 'f.pdf', 'application/pdf', 1, 'x', "
                       "'2025-06-02', :d)"), {"d": b"x"})
    with pytest.raises((DBAPIError, DomainError), match="validée|valid"):
        with two.transaction() as s:
            s.execute(text(f"DELETE FROM attachment WHERE entry_id = {_V}"))
    with two.session() as s:
        assert s.scalar(text("SELECT count(*) FROM attachment")) == 1
