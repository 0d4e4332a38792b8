"""The years list and the span proposed for the next one."""

import datetime as dt

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.services.setup import add_year
from assocompta.services.years import next_span, year_rows


def test_rows_and_next_span(book):
    (row,) = year_rows(book)
    assert (row.label, row.chart, row.closed, row.entries) == ("2025", "pca2025", False, 0)
    assert next_span([row]) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    start, end = next_span([row])
    add_year(book, start, end)
    assert [r.label for r in year_rows(book)] == ["2025", "2026"]
    with pytest.raises(ValidationError, match="chevauche"):
        add_year(book, dt.date(2026, 6, 1))
    assert next_span([], today=dt.date(2030, 5, 5)) == (dt.date(2030, 1, 1),
                                                       dt.date(2030, 12, 31))


def test_a_year_added_by_mistake_is_removed_while_empty(book):
    from assocompta.services.ledger import post_entry
    from assocompta.services.setup import remove_year
    from tests.helpers import draft
    add_year(book, dt.date(2026, 1, 1))
    remove_year(book, "2026")
    assert [r.label for r in year_rows(book)] == ["2025"]
    add_year(book, dt.date(2026, 1, 1))  # the same span again: nothing of it was left
    post_entry(book, draft(dt.date(2026, 3, 1), ("626", "5", ""), ("512", "", "5")))
    with pytest.raises(ValidationError, match=r"l'exercice 2026 n'est plus vide \(1 écriture"):
        remove_year(book, "2026")
    assert [r.label for r in year_rows(book)] == ["2025", "2026"]
