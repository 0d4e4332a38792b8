"""FEC import into a book in PostgreSQL: what only a shared book needs (others writing)."""

import threading
import time

import pytest

from assocompta.services.fec_import import import_fec
from assocompta.storage.pg.bulk import PgBulkLoader
from tests.fec.test_fec import GOOD, write
from tests.storage.pg_support import pg_connect, require_postgres

require_postgres()


@pytest.fixture
def engine() -> str:
    return "postgresql"


def test_after_an_import_others_get_new_ids_and_the_next_number(book, book_path, tmp_path):
    import_fec(book, write(tmp_path / "a.txt", GOOD))
    imported = (book.scalar("SELECT max(id) FROM entry"), book.scalar("SELECT max(id) FROM "
                "entry_line"), book.scalar("SELECT max(id) FROM account"))
    other = pg_connect(book_path)
    try:
        year, journal = other.execute("SELECT id, (SELECT id FROM journal WHERE code = 'BQ') "
                                      "FROM fiscal_year").fetchone()
        # Ids drawn by default, as every other writer does: no clash with the imported rows.
        eid, number = other.execute(
            "INSERT INTO entry (year_id, journal_id, number, date, label) "
            "VALUES (%s, %s, NULL, '2025-03-01', 'Après import') RETURNING id, number",
            (year, journal)).fetchone()
        accounts = dict(other.execute(
            "SELECT code, a.id FROM account a JOIN fiscal_year f ON f.chart_id = a.chart_id "
            "WHERE code IN ('6268', '512')").fetchall())
        lid = other.execute(
            "INSERT INTO entry_line (entry_id, position, account_id, debit, credit) VALUES "
            "(%s, 1, %s, 500, 0), (%s, 2, %s, 0, 500) RETURNING id",
            (eid, accounts["6268"], eid, accounts["512"])).fetchone()[0]
        aid = other.execute("INSERT INTO account (chart_id, code, label, kind, is_custom) "
                            "SELECT chart_id, '62681', 'Hébergement', 'charge', 1 "
                            "FROM fiscal_year RETURNING id").fetchone()[0]
        other.commit()
    finally:
        other.close()
    assert number == 4
    assert eid > imported[0] and lid > imported[1] and aid > imported[2]


def test_a_writer_waits_for_the_import_and_is_numbered_after_it(book, book_path):
    year, journal, bank, charge = book.scalar(
        "SELECT ARRAY[f.id, (SELECT id FROM journal WHERE code = 'BQ'), "
        "(SELECT id FROM account WHERE code = '512' AND chart_id = f.chart_id), "
        "(SELECT id FROM account WHERE code = '6063' AND chart_id = f.chart_id)] "
        "FROM fiscal_year f")
    posted = {}

    def post():
        conn = pg_connect(book_path)
        try:
            eid, posted["number"] = conn.execute(
                "INSERT INTO entry (year_id, journal_id, number, date, label) "
                "VALUES (%s, %s, NULL, '2025-02-01', 'Pendant l''import') RETURNING id, number",
                (year, journal)).fetchone()
            conn.execute("INSERT INTO entry_line (entry_id, position, account_id, debit, credit)"
                         " VALUES (%s, 1, %s, 700, 0), (%s, 2, %s, 0, 700)",
                         (eid, charge, eid, bank))
            conn.commit()
            posted["id"] = eid
        finally:
            conn.close()

    writer = threading.Thread(target=post)
    with book.transaction() as s:
        loader = PgBulkLoader(book.raw_connection(s))
        writer.start()
        time.sleep(0.5)
        assert writer.is_alive(), "a writer went ahead of an import in progress"
        for n in (1, 2):
            loader.add((year, journal, n, "2025-01-15", f"Importée {n}", "F1", None, None,
                        None),
                       [(charge, 1000 * n, 0), (bank, 0, 1000 * n)])
        loader.end()
    writer.join(10)
    assert not writer.is_alive()
    assert posted["number"] == 3 and posted["id"] > loader.next_id - 1
    assert book.scalar("SELECT string_agg(number || ':' || label, ', ' ORDER BY number) "
                       "FROM entry") == "1:Importée 1, 2:Importée 2, 3:Pendant l'import"
    assert book.scalar("SELECT string_agg(month || '=' || debit, ' ' ORDER BY month) "
                       "FROM account_month_total t JOIN account a ON a.id = t.account_id "
                       "WHERE a.code = '6063'") == "2025-01=3000 2025-02=700"


_DUMPS = {
    "entries": "SELECT f.label, j.code, e.number, e.date, e.label, e.piece_ref, e.piece_date, "
               "e.valid_date, e.imbalance FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
               "JOIN journal j ON j.id = e.journal_id ORDER BY f.label, e.number",
    "lines": "SELECT e.number, l.position, a.code, l.debit, l.credit, t.code, l.label, "
             "l.letter, l.letter_date, l.currency_amount, l.currency_code FROM entry_line l "
             "JOIN entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id "
             "LEFT JOIN tiers t ON t.id = l.tiers_id ORDER BY e.number, l.position",
    "accounts": "SELECT a.chart_id, a.code, a.label, a.kind, p.code, a.is_custom FROM account a "
                "LEFT JOIN account p ON p.id = a.parent_id ORDER BY a.chart_id, a.code",
    "tiers": "SELECT code, name, kind FROM tiers ORDER BY code",
    "journals": "SELECT code, label FROM journal ORDER BY code",
    "totals": "SELECT f.label, a.code, t.month, t.debit, t.credit FROM account_month_total t "
              "JOIN fiscal_year f ON f.id = t.year_id JOIN account a ON a.id = t.account_id "
              "WHERE t.debit != 0 OR t.credit != 0 ORDER BY f.label, a.code, t.month",
    "batches": "SELECT kind, file_name, sha256, entry_count, line_count FROM import_batch "
               "ORDER BY id",
}


def _dump(book) -> dict[str, list[tuple]]:
    with book.reading() as conn:
        return {name: [tuple(r) for r in conn.execute(sql).fetchall()]
                for name, sql in _DUMPS.items()}


def test_the_same_files_give_the_same_rows_as_in_sqlite(book, tmp_path):
    import datetime as dt
    import sys
    from pathlib import Path

    from assocompta.fec.format import FIELDS
    from assocompta.services.setup import Identity, create_book
    from tests.fec.test_fec import row
    from tests.helpers import SIREN
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from synthetic import generate
    synthetic = tmp_path / "synthetic.txt"
    generate(synthetic, 400, 2025, seed=3)
    lettered = [row("VT", 1, "20251110", "411000", "Facture stage", "80,00", "0,00",
                    "Clients", "DUPONT", "Marie Dupont"),
                row("VT", 1, "20251110", "706", "Facture stage", "0,00", "80,00")]
    fields = lettered[0].split("\t")
    fields[FIELDS.index("EcritureLet")] = "AB"
    fields[FIELDS.index("DateLet")] = "20251120"
    fields[FIELDS.index("Montantdevise")] = "95,20"
    fields[FIELDS.index("Idevise")] = "CHF"
    lettered[0] = "\t".join(fields)
    files = [synthetic, write(tmp_path / "a.txt", GOOD), write(tmp_path / "l.txt", lettered)]
    other, _ = create_book(tmp_path / "same.assocompta", Identity(
        "Les Amis du Quartier", siren=SIREN), dt.date(2025, 1, 1))
    with other:
        for source in files:
            assert import_fec(book, source) == import_fec(other, source)
        expected = _dump(other)
    got = _dump(book)
    assert len(got["lines"]) > 800 and ("AB", "2025-11-20", 9520, "CHF") in [
        r[7:] for r in got["lines"]]
    for name in _DUMPS:
        assert got[name] == expected[name], name


def test_an_import_and_a_writer_holding_the_year_do_not_deadlock(book, book_path, tmp_path):
    """A writer that checked its year (FOR SHARE, as the line guards do) and then posts: the
    import waits for it instead of taking the tables first and waiting on the year."""
    import_fec(book, write(tmp_path / "a.txt", GOOD[:2]))
    writer = pg_connect(book_path)
    year, journal, bank, charge = writer.execute(
        "SELECT f.id, (SELECT id FROM journal WHERE code = 'BQ'), "
        "(SELECT id FROM account WHERE code = '512' AND chart_id = f.chart_id), "
        "(SELECT id FROM account WHERE code = '6063' AND chart_id = f.chart_id) "
        "FROM fiscal_year f").fetchone()
    writer.execute("SELECT 1 FROM fiscal_year WHERE id = %s FOR SHARE", (year,))
    done = {}

    def run_import():
        try:
            done["result"] = import_fec(book, write(tmp_path / "b.txt", GOOD[2:]))
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            done["error"] = exc

    importer = threading.Thread(target=run_import)
    importer.start()
    time.sleep(0.5)
    try:
        eid = writer.execute("INSERT INTO entry (year_id, journal_id, number, date, label) "
                             "VALUES (%s, %s, NULL, '2025-02-10', 'Saisie') RETURNING id",
                             (year, journal)).fetchone()[0]
        writer.execute("INSERT INTO entry_line (entry_id, position, account_id, debit, credit)"
                       " VALUES (%s, 1, %s, 300, 0), (%s, 2, %s, 0, 300)",
                       (eid, charge, eid, bank))
        writer.commit()
    finally:
        writer.close()
    importer.join(20)
    assert "error" not in done, done.get("error")
    assert done["result"].entries == 2
    # The writer's entry has no ValidDate: a draft, numbered after the validated entries the
    # import brought in (schema 7: validated first, drafts after).
    assert done["result"].drafts_moved == 1
    assert book.scalar("SELECT string_agg(label, ', ' ORDER BY number) FROM entry") == \
        "Ampoules, Abonnement logiciel, Subvention, Saisie"
