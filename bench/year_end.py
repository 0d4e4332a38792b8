"""Year-end and bank work on big books: closing checks, the closing, a bank import, suggestions.

    python bench/year_end.py [--sizes 10000,100000] [--runs 3]

For each size: a fresh copy of a book holding that many entries in 2025 (bench/reports.py
builds and keeps them in bench/out), with 512 reconciled at 31/12/2025; then, timed, the
closing checks, ``assocompta year close`` (à-nouveaux in a new 2026, the lock), a bank
statement of 2 000 lines imported (then imported again: all skipped), and the Banque view's
suggestions for those lines. Prints medians of ``--runs`` fresh copies.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from reports import book_for, measured  # noqa: E402

from assocompta.services import bank_categorise, bank_import, closing  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402

STATEMENT_LINES = 2000


def _statement(path: Path) -> Path:
    """A CSV statement of January 2026 as a French bank exports it."""
    rows = ["Date;Libellé;Débit euros;Crédit euros"]
    for i in range(STATEMENT_LINES):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 28)
        if i % 3:
            rows.append(f"{day:%d/%m/%Y};CARTE X1234 {day:%d/%m} BUREAU VALLEE {i % 7};"
                        f"{10 + i % 90},{i % 100:02d};")
        else:
            rows.append(f"{day:%d/%m/%Y};VIR SEPA COTISATION ADHERENT {i};;{20 + i % 15},00")
    path.write_text("\n".join(rows) + "\n", encoding="cp1252")
    return path


def _prepared(source: Path, folder: Path) -> Path:
    book_path = folder / "book.assocompta"
    shutil.copy(source, book_path)
    with Book.open(book_path) as book, book.transaction() as s:
        conn = book.raw_connection(s)
        codes = [r[0] for r in conn.execute(
            "SELECT DISTINCT a.code FROM entry_line l JOIN account a ON a.id = l.account_id "
            "WHERE a.code GLOB '51*'")]
        for code in codes:
            conn.execute("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                         "closing_balance, finished_at) VALUES (?, '2025-12-31', 0, 0, "
                         "'2026-01-10')", (code,))
    return book_path


def one_run(source: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book_path = _prepared(source, folder)
        with Book.open(book_path, backup=False) as book:
            t = time.perf_counter()
            failing = [c for c in closing.closing_checks(book, "2025") if c.fails]
            times["checks"] = time.perf_counter() - t
            if failing:
                raise SystemExit(f"closing checks fail: {[c.explanation for c in failing]}")
        times["close (CLI)"], times["close RSS MiB"] = measured(
            "year", "close", book_path, "--year", "2025")
        csv = _statement(folder / "releve.csv")
        with Book.open(book_path, backup=False) as book:
            t = time.perf_counter()
            first = bank_import.import_statement(book, "512", csv)
            times["bank import"] = time.perf_counter() - t
            t = time.perf_counter()
            again = bank_import.import_statement(book, "512", csv)
            times["bank import again"] = time.perf_counter() - t
            assert first.added == STATEMENT_LINES and again.added == 0, (first, again)
            with book.reading() as conn:
                t = time.perf_counter()
                pending = bank_categorise.pending_lines(conn, "512")
                times["suggestions"] = time.perf_counter() - t
            assert len(pending) == STATEMENT_LINES
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        source, _fec = book_for(size)
        Book.open(source, backup=False).close()  # migrated, and its WAL folded in, once
        runs = [one_run(source) for _ in range(args.runs)]
        print(f"{size} entries, {args.runs} runs (median):")
        for key in runs[0]:
            values = [r[key] for r in runs]
            unit = "" if "MiB" in key else " s"
            print(f"  {key:<20} {statistics.median(values):8.2f}{unit}")


if __name__ == "__main__":
    main()
