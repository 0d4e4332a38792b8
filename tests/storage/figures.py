"""What a treasurer sees of a book, as plain JSON values: the figures a schema upgrade must
leave as they were (tests/storage/test_schema_6_upgrade.py).

Only calls that AssoCompta had at the release that wrote tests/storage/data/
demo_schema_6.assocompta.gz (d413725), so that release itself made the snapshot beside it:

    PYTHONPATH=<d413725>/src:. python -m tests.storage.figures BOOK > FIGURES.json

(tests/storage/data/SOURCES.md). When reports learn to leave drafts out (schema 7), they are
asked here for the whole book, drafts included: the one place to say so is :func:`report`.
"""

from __future__ import annotations

import json
import sys

from assocompta.domain.money import Money
from assocompta.services.receipts import receipts
from assocompta.services.reports import build, build_budget_report

#: The rows of a statement a reader looks at first: totals and results.
_TOTALS = ("subtotal", "total", "result")


def _value(value):
    if value is None:
        return None
    return value.cents if isinstance(value, Money) else str(value)


def _row(row) -> list:
    return [row.kind.value, row.code, row.label, [_value(v) for v in row.values]]


def report(book, kind: str, year: str):
    """The report ``kind`` of ``year`` as the user asks for it (the whole book)."""
    return build(book, kind, year)


def figures(book) -> dict:
    """Per year: entry count, each account's débit and crédit (balance), the compte de
    résultat's and bilan's totals, the budget's totals, the donation receipts issued."""
    with book.session() as s:
        conn = book.raw_connection(s)
        years = [label for (label,) in conn.execute(
            "SELECT label FROM fiscal_year ORDER BY start_date").fetchall()]
        counts = dict(conn.execute(
            "SELECT f.label, count(e.id) FROM fiscal_year f LEFT JOIN entry e "
            "ON e.year_id = f.id GROUP BY f.label").fetchall())
        issued = {year: [[r.number, r.donor_name, r.amount.cents, r.first_date.isoformat(),
                          r.last_date.isoformat(), r.form, r.nature, r.method]
                         for r in receipts(conn, year)] for year in years}
        budgeted = [label for (label,) in conn.execute(
            "SELECT DISTINCT f.label FROM budget_line b JOIN fiscal_year f "
            "ON f.id = b.year_id").fetchall()]
    out = {}
    for year in years:
        balance = report(book, "balance", year)
        out[year] = {
            "entries": counts[year],
            "balance": {row.code or row.label: [_value(v) for v in row.values]
                        for row in balance.rows if row.kind.value in ("line", "total")},
            "resultat": [_row(r) for r in report(book, "resultat", year).rows
                         if r.kind.value in _TOTALS],
            "bilan": [_row(r) for r in report(book, "bilan", year).rows
                      if r.kind.value in _TOTALS],
            "budget": ([_row(r) for r in build_budget_report(book, year, suivi=True).rows
                        if r.kind.value in _TOTALS] if year in budgeted else None),
            "receipts": issued[year],
        }
    return out


def bilan_totals(rows: list | None) -> list | None:
    """Total actif and total passif (net, N then N-1) of a snapshot's bilan rows: what a
    release with the one-column bilan (« TOTAL ACTIF », « TOTAL PASSIF ») and one with the
    art. 421-1 model (two « TOTAL GENERAL » rows, Brut | Amortissements | Net | Net N-1 on
    the actif, the passif in the last two) both show."""
    if rows is None:
        return None
    old = {label: values for _, _, label, values in rows
           if label in ("TOTAL ACTIF", "TOTAL PASSIF")}
    if old:
        return [old.get("TOTAL ACTIF"), old.get("TOTAL PASSIF")]
    return [values[2:] for _, _, label, values in rows if label.startswith("TOTAL GENERAL")]


def differences(found: dict, seen: dict) -> list[str]:
    """Each figure of ``found`` that is not as in ``seen``, one line each (year, what, row).
    The bilan compares by its totals: its rows changed with its model, not its figures."""
    out = []
    for year in sorted(seen.keys() | found.keys()):
        now, then = found.get(year, {}), seen.get(year, {})
        for what in sorted(then.keys() | now.keys()):
            a, b = now.get(what), then.get(what)
            if what == "bilan":
                a, b = bilan_totals(a), bilan_totals(b)
            if a == b:
                continue
            if isinstance(a, dict) and isinstance(b, dict):
                out += [f"{year} {what} {key}: {a.get(key)} (was {b.get(key)})"
                        for key in sorted(a.keys() | b.keys()) if a.get(key) != b.get(key)]
            elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
                out += [f"{year} {what}: {x} (was {y})" for x, y in zip(a, b) if x != y]
            else:
                out.append(f"{year} {what}: {a} (was {b})")
    return out


def dumps(found: dict) -> str:
    """JSON with one account, row or receipt a line, for readable diffs."""
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False)
    out = []
    for y, year in enumerate(sorted(found)):
        out.append(f"{one(year)}: {{")
        parts = []
        for key in sorted(found[year]):
            value = found[year][key]
            if isinstance(value, dict):
                items = [f"   {one(k)}: {one(v)}" for k, v in value.items()]
                parts.append(f"  {one(key)}: {{\n" + ",\n".join(items) + "\n  }")
            elif isinstance(value, list) and value:
                items = [f"   {one(v)}" for v in value]
                parts.append(f"  {one(key)}: [\n" + ",\n".join(items) + "\n  ]")
            else:
                parts.append(f"  {one(key)}: {one(value)}")
        out.append(",\n".join(parts) + ("\n }," if y < len(found) - 1 else "\n }"))
    return "{\n " + "\n ".join(out) + "\n}\n"


def main(argv: list[str]) -> int:
    from assocompta.storage.db import Book
    with Book.open(argv[0], readonly=True) as book:
        sys.stdout.write(dumps(figures(book)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
