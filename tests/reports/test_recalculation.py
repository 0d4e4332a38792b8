"""Formulas in exported workbooks, recalculated by LibreOffice, equal the report model."""

import csv
import subprocess

from assocompta.reports.model import evaluate
from assocompta.services.budget import import_budget
from assocompta.services.reports import SHEETS, build, build_budget_report, write
from tests.reports.tools import need

# ; separator, " quote, UTF-8, from line 1, raw values (not as shown), every sheet.
_CSV_FILTER = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"


def test_libreoffice_recalculates_every_total_to_the_models_value(two_years, tmp_path):
    soffice = need("soffice")
    kinds = ("resultat", "bilan", "balance", "grand-livre", "journal")
    reports = [(SHEETS[k], build(two_years, k, "2025", detail=k == "resultat")) for k in kinds]
    budget = tmp_path / "b.csv"
    budget.write_text("compte;montant;financeur;type_financeur\n6063;1400;;\n741;800;Ville;"
                      "commune\n741;900;Région;region\n864;50;;\n875;50;;\n", encoding="utf-8")
    import_budget(two_years, "2025", budget)
    reports += [("Budget", build_budget_report(two_years, "2025")),
                ("Suivi", build_budget_report(two_years, "2025", suivi=True))]
    path = write(reports, tmp_path / "pack.xlsx")
    out = tmp_path / "csv"
    subprocess.run([soffice, "--headless", "--calc", "--convert-to", _CSV_FILTER, "--outdir",
                    str(out), str(path)], check=True, capture_output=True, timeout=180,
                   env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    checked = 0
    for sheet, report in reports:
        rows = list(csv.reader((out / f"pack-{sheet}.csv").read_text(encoding="utf-8")
                               .splitlines(), delimiter=";"))
        keys = len(report.key_columns)
        model = list(report.rows)  # the ledgers' rows are read from the book on each pass
        body = rows[6: 6 + len(model)]
        for i, (row, cells) in enumerate(zip(model, body)):
            for k in range(len(report.columns)):
                if not row.has_formula(k):
                    continue
                expected = evaluate(model, i, k)
                assert expected == row.values[k], (sheet, row.label)
                got = cells[keys + k]
                assert round(float(got) * 100) == expected.cents, (sheet, row.label, got)
                checked += 1
    assert checked > 80


def test_exports_are_ordinary_files_not_owner_only(two_years, tmp_path):
    """A report written for a funder gets the permissions of any new file (umask), not the
    owner-only mode of the temporary file it was written to."""
    import os
    import stat
    from assocompta.services.reports import build, write
    mask = os.umask(0o022)
    try:
        for ext in (".xlsx", ".pdf", ".csv"):
            path = write([("Résultat", build(two_years, "resultat", "2025"))],
                         tmp_path / f"r{ext}")
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, ext
    finally:
        os.umask(mask)
