"""A schema-9 book opens upgraded to 10 and its fixed-asset register works at once: an asset
entered from a purchase of the open year, its dotation proposed and booked with what it is
for, the register at the year's end; the closed year (2024) takes no register row.

The schema-9 book is the stored schema-7 demo (tests/storage/data/SOURCES.md) brought to 9 by
the migrations, as a schema-9 release opened it.
"""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import sqlite3

import pytest
from sqlalchemy import text

from assocompta.domain.errors import ClosedYearError
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.money import Money
from assocompta.services.assets import asset_from_entry, assets_step, register_at
from assocompta.services.ledger import post_entry
from assocompta.services.year_end import book_proposals
from assocompta.storage import migrations
from assocompta.storage.books import open_book
from tests.storage.test_schema_7_upgrade import DEMO, fill_schema_7_pg_book


def _schema_9_book(target, engine: str, tmp_path) -> None:
    source = tmp_path / "demo_schema_7.assocompta"
    with gzip.open(DEMO) as packed, open(source, "wb") as out:
        shutil.copyfileobj(packed, out)
    if engine == "sqlite":
        shutil.copyfile(source, target)
        conn = sqlite3.connect(target)
        try:
            migrations.upgrade(conn, 7, 9)
            assert conn.execute("PRAGMA user_version").fetchone() == (9,)
            conn.commit()
        finally:
            conn.close()
        return
    from assocompta.storage import pg
    fill_schema_7_pg_book(target, source)
    conn = pg.connect(target)
    try:
        pg.apply_steps(conn, 7, 9)
        conn.commit()
    finally:
        conn.close()


def test_a_schema_9_book_gets_a_working_register(book_path, engine, tmp_path):
    _schema_9_book(book_path, engine, tmp_path)
    with open_book(book_path) as book:
        with book.session() as s:
            version = s.execute(text("SELECT version FROM schema_info") if engine != "sqlite"
                                else text("PRAGMA user_version")).scalar()
            finished = s.execute(text("SELECT count(*) FROM action "
                                      "WHERE finished_on IS NOT NULL")).scalar()
            closed_entry = s.execute(text(
                "SELECT e.id FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
                "WHERE f.label = '2024' ORDER BY e.id")).scalars().first()
        assert version == migrations.LATEST and finished == 0
        bought = post_entry(book, EntryDraft(dt.date(2025, 4, 1), "BQ", "Tonnelle de fête", (
            LineDraft("2184", debit=Money(72000)), LineDraft("512", credit=Money(72000)))))
        asset_id = asset_from_entry(book, bought.entry_id, life_months=60)
        (proposal,) = assets_step(book, "2025").proposals
        assert proposal.draft.lines[0].debit == Money(10800)    # 270 days of 1 800
        book_proposals(book, "2025", [proposal])
        with book.session() as s:
            (line,) = register_at(s, dt.date(2025, 12, 31))
            kinds = s.execute(text("SELECT y.kind, m.kind, m.amount FROM year_end_entry y "
                                   "JOIN asset_movement m ON m.entry_id = y.entry_id")).all()
        assert (line.id, line.cost, line.depreciation) == (asset_id, 72000, 10800)
        assert [tuple(k) for k in kinds] == [("amortissements", "amortissement", 10800)]
        # The closed year keeps its entries as they were: no register row may point at them.
        with pytest.raises(ClosedYearError, match="exercice est clos"):
            with book.transaction() as s:
                s.execute(text("INSERT INTO asset_movement (asset_id, entry_id, kind, amount) "
                               "VALUES (:a, :e, 'amortissement', 1)"),
                          {"a": asset_id, "e": closed_entry})
