"""A schema-8 book opens upgraded to 9 with the three accounts the first 2018 chart lacked
(7715, 7815, 7817), under their parents; a 7815 its treasurer had made stays his, and a
sub-account he had made of a missing one now hangs under it.

The schema-8 book is the stored schema-7 demo (tests/storage/data/SOURCES.md) brought to 8 by
the migrations, as a schema-8 release opened it, then given the treasurer's own accounts.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3

from sqlalchemy import text

from assocompta.storage import migrations
from assocompta.storage.books import open_book
from tests.storage.test_schema_7_upgrade import DEMO, fill_schema_7_pg_book

# What the treasurer had made at schema 8, under the parents the chart then offered.
CUSTOM = """
INSERT INTO account (chart_id, code, label, kind, parent_id, is_custom)
SELECT c.id, n.code, n.label, 'produit',
       (SELECT p.id FROM account p WHERE p.chart_id = c.id AND p.code = n.parent), 1
  FROM chart c
  CROSS JOIN (SELECT '7815' AS code, 'Reprises provisions litiges' AS label, '781' AS parent
        UNION ALL SELECT '77151', 'Subvention d''équilibre de la Ville', '771') n
 WHERE c.code = 'pca2018'
"""

SEEN = """
SELECT a.code, a.label, a.kind, a.is_custom, p.code FROM account a
  JOIN chart c ON c.id = a.chart_id LEFT JOIN account p ON p.id = a.parent_id
 WHERE c.code = :chart AND (a.code LIKE '7715%' OR a.code LIKE '781%') ORDER BY a.code
"""


def _schema_8_book(target, engine: str, tmp_path) -> None:
    source = tmp_path / "demo_schema_7.assocompta"
    with gzip.open(DEMO) as packed, open(source, "wb") as out:
        shutil.copyfileobj(packed, out)
    if engine == "sqlite":
        shutil.copyfile(source, target)
        conn = sqlite3.connect(target)
        try:
            migrations.upgrade(conn, 7, 8)
            assert conn.execute("PRAGMA user_version").fetchone() == (8,)
            conn.execute(CUSTOM)
            conn.commit()
        finally:
            conn.close()
        return
    from assocompta.storage import pg
    fill_schema_7_pg_book(target, source)
    conn = pg.connect(target)
    try:
        pg.apply_steps(conn, 7, 8)
        conn.execute(CUSTOM)
        conn.commit()
    finally:
        conn.close()


def test_a_schema_8_book_gets_the_missing_2018_accounts(book_path, engine, tmp_path):
    _schema_8_book(book_path, engine, tmp_path)
    with open_book(book_path) as book:
        with book.session() as s:
            version = s.execute(text("SELECT version FROM schema_info") if engine != "sqlite"
                                else text("PRAGMA user_version")).scalar()
            seen_2018 = [tuple(r) for r in s.execute(text(SEEN), {"chart": "pca2018"})]
            seen_2025 = [tuple(r) for r in s.execute(text(SEEN), {"chart": "pca2025"})]
    assert version == migrations.LATEST
    assert seen_2018 == [
        ("7715", "Subventions d'équilibre", "produit", 0, "771"),
        ("77151", "Subvention d'équilibre de la Ville", "produit", 1, "7715"),
        ("781", "Reprises sur amortissements, dépréciations et provisions (à inscrire dans les "
                "produits d'exploitation)", "produit", 0, "78"),
        ("7815", "Reprises provisions litiges", "produit", 1, "781"),  # his, kept, not doubled
        ("7816", "Reprises sur dépréciations des immobilisations incorporelles et corporelles",
         "produit", 0, "781"),
        ("78164", "Reprises sur dépréciations d'actifs reçus par legs ou donations destinés à "
                  "être cédés", "produit", 0, "7816"),
        ("7817", "Reprises sur dépréciations des actifs circulants", "produit", 0, "781"),
    ]
    # The 2025 chart had them all already: untouched.
    assert [r[0] for r in seen_2025] == ["781", "7815", "7816", "78164", "7817"]
