"""No SQL is assembled from user text: every value reaches SQLite as a bound parameter.

SQL strings built with f-strings, ``+`` or ``.format`` are listed here with what they put
in the SQL — reviewed to be constants, placeholders (``?, ?, …``), clauses made of constants,
or names read from sqlite_master. A new one fails this test until it is reviewed: bind values
with ``?`` instead.
"""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "assocompta"
SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "text"}

REVIEWED = {
    # Issue 14: fragments the code chooses, values bound as parameters.
    "cli.py": {"only"},  # " AND e.valid_date IS NULL" or ""
    "reports/cerfa.py": {"validated"},  # " AND e.valid_date IS NOT NULL" or ""
    # a constant condition on account numbers, and " AND e.valid_date IS NOT NULL" or ""
    "reports/compte_rendu.py": {"moved", "validated"},
    "ui/dialogs/validation_dialog.py": {"' AND '.join(where)"},  # constant clauses, '?' values
    "reports/xlsx.py": {"get_column_letter(c)", "n", "letters[c]"},  # text(): a cell reference, not SQL
    "reports/xlsx_checks.py": {"n"},  # text(): a cell reference (A2, B2…), not SQL
    "services/attachments.py": {"_COLUMNS", "marks"},
    "services/bank_categorise.py": {"sql",
                                    # a constant column, its separator bound as a parameter
                                    "string_agg(conn, 'bl.label', '?')",
                                    "marks"},  # '?' per entry id (unbook)
    "services/checks.py": {"scope", "year_id",
                           "_NAMED", "only", "where",  # a constant, constant clauses
                           # names of the book's own foreign keys read from pg_constraint,
                           # quoted by PostgreSQL (regclass, quote_ident)
                           "table", "parent", "present", "match", "'c.id' if has_id else 'NULL'",
                           "sequence",
                           # data_problems: queries made of the constant tables and columns
                           # of _MONEY and _REQUIRED, and a constant row limit
                           "sql", "_SHOWN_PER_KIND", "_SHOWN_PER_KIND + 1",
                           "MIN_POSTING_CODE",  # an int constant (3)
                           "day_before(conn, 'f.start_date')"},  # a constant column's day before
    "services/dashboard.py": {"_LINES", "_NOT_OPENING"},  # constant FROM and WHERE parts
    "services/fec_import.py": {"table"},              # literal table names
    "services/setup.py": {"table",                    # literal table names (remove_year)
                          "_COLUMNS"},                # the association's constant columns
    # a constant SELECT; one constant « a.code LIKE ? » per gift account pattern, bound
    "services/gifts.py": {"_LINES", "accounts"},
    "services/receipts.py": {"sql",
                             "','.join('?' * len(codes))"},  # '?' per account code
    "services/receipt_issue.py": {"','.join('?' * len(chain))"},  # '?' per receipt id
    "services/reconciliation.py": {"_STATEMENT", "','.join('?' * len(wanted))"},
    "services/reports.py": {"where"},
    # " AND e.valid_date IS NOT NULL" or ""; '?' per year-end kind, each bound
    "services/inventaire.py": {"validated", "marks"},
    "storage/bulk.py": {"','.join", "','.join([one] * ROWS_PER_INSERT)", "ROWS_PER_INSERT",
                        "head", "one", "BULK_CACHE_KIB", "self._cache", "name",
                        "marks"},  # '?' per ROW_GUARDS name
    "storage/pg/bulk.py": {"', '.join(TABLES)", "', '.join", "TABLES", "table"},  # constants
    "ui/pg_watch.py": {"CHANNEL"},
    "ui/dialogs/closing_work_page.py": {"marks"},      # '?' per booked entry id                    # a constant channel name
    # LedgerFilter.clauses: constant conditions, every value a « ? » parameter
    "ui/models/ledger_model.py": {"' AND '.join(where)"},
    "storage/book_copy.py": {"APPLICATION_ID", "table", "t", "marks",  # TABLES constants,
                             "', '.join(columns)",  # names checked against [a-z_][a-z0-9_]*
                             # validate(): the constant columns of _VALIDATION and their types
                             "sets", "arrays", "names"},
    "storage/db.py": {"APPLICATION_ID"},
    # PRAGMAs on the table and index names read from sqlite_master; constant catalog queries
    "storage/schema_check.py": {"table", "name",
                                "_PG_NAMES.format(keys='c.conkey', rel='c.conrelid')",
                                "_PG_NAMES.format(keys='c.confkey', rel='c.confrelid')",
                                "_PG_NAMES.format(keys='x.indkey::int2[]', rel='x.indrelid')"},
    "storage/migrations.py": {"number", "sql",        # the shipped migration files,
                              "steps", "'\\n'.join", "'\\n'.join(steps)"},  # run as one
}


def _interpolated(arg: ast.expr) -> set[str]:
    parts = {ast.unparse(v.value) for v in ast.walk(arg) if isinstance(v, ast.FormattedValue)}
    if isinstance(arg, ast.BinOp):
        parts |= {ast.unparse(n) for n in ast.walk(arg)
                  if isinstance(n, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))}
    return parts


def built_sql() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
            arg = node.args[0]
            if name in SQL_CALLS and isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                parts = _interpolated(arg)
                if parts:
                    found.setdefault(str(path.relative_to(SRC)), set()).update(parts)
    return found


def test_every_sql_string_built_in_code_was_reviewed():
    found = built_sql()
    unreviewed = {f: parts - REVIEWED.get(f, set()) for f, parts in found.items()}
    assert {f: p for f, p in unreviewed.items() if p} == {}
    assert found  # the scan sees the code (it found the reviewed ones)
