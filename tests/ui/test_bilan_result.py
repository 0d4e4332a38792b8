"""The bilan's result line shows the year's own result, not « 120 … 0,00 » (issue 13: « the
bilan shows 120 … 0,00 as the only detail of a 307,38 result »), on the demo book."""

from __future__ import annotations

from assocompta.domain.money import Money
from assocompta.reports.model import RowKind
from assocompta.services.reports import build, write
from tests.helpers import sqlite_only

RESULT_LINE = "Excédent ou déficit de l'exercice"
OWN_RESULT = ("Excédent de l'exercice en cours (produits − charges, porté en 120/129 à la "
              "clôture)")
OPEN_TITLE = "Bilan provisoire au 31/12/2025 – exercice non clos"


def _under(view, label: str) -> list[tuple[str, str, str]]:
    """Label, Exercice N, Exercice N-1 of the rows under ``label`` (a passif line: the
    bilan's columns 3 and 4, after Brut and Amortissements)."""
    parent = view.model.find(label)
    assert parent.isValid()
    return [tuple(view.model.index(r, c, parent).data() for c in (0, 3, 4))
            for r in range(view.model.rowCount(parent))]


@sqlite_only
def test_the_bilan_view_details_the_result_as_the_years_excedent(window):
    window.session.set_year("2025")
    view = window.show_view("bilan")
    line = view.model.find(RESULT_LINE)
    # 2025: 307,38 € and the demo's 1 500 € of mécénat (the abandon de frais nets to nil).
    assert [line.siblingAtColumn(c).data() for c in (3, 4)] == ["1\u202f807,38", "616,02"]
    assert _under(view, RESULT_LINE) == [(OWN_RESULT, "1\u202f807,38", "616,02")]
    assert not view.model.find("120 Résultat de l'exercice (excédent)").isValid()
    assert view.heading.text().startswith(OPEN_TITLE + " — Exercice 2025")


@sqlite_only
def test_the_bilan_report_and_its_workbook_say_the_same(window, tmp_path):
    from openpyxl import load_workbook
    report = build(window.session.book, "bilan", "2025", detail=True)
    at = [r.label for r in report.rows].index(RESULT_LINE)
    detail = report.rows[at + 1]
    assert (detail.kind, detail.label, detail.values) == (
        RowKind.DETAIL, OWN_RESULT, (None, None, Money.parse("1807,38"), Money.parse("616,02")))
    assert report.rows[at + 2].kind is not RowKind.DETAIL
    assert report.ok  # actif = passif still
    sheet = load_workbook(write([("Bilan", report)], tmp_path / "bilan.xlsx")).active
    labels = [row[0].value for row in sheet.iter_rows()]
    assert OWN_RESULT in labels and not any(str(v).startswith("120 ") for v in labels)
    assert OPEN_TITLE in labels
    assert any("porté en 120/129 à la clôture" in str(v) for v in labels)  # the footnote
    assert not any("non encore affecté" in str(v) for v in labels)
    # The 2025 model's footnote to « FONDS PROPRES * »; no pending result, so no note on it.
    assert "FONDS PROPRES *" in labels
    assert any(str(v).startswith("* Pour l'application des dispositions de l'article 315-1")
               for v in labels)
    assert not any("Résultat en instance d'affectation" in str(v) for v in labels)


@sqlite_only
def test_the_bilan_pdf_says_it_is_provisional(window, tmp_path):
    import subprocess

    from tests.reports.tools import need
    pdftotext = need("pdftotext")
    report = build(window.session.book, "bilan", "2025", detail=True)
    path = write([("Bilan", report)], tmp_path / "bilan.pdf")
    out = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    assert OPEN_TITLE in out and "porté en 120/129 à la clôture" in out
    closed = build(window.session.book, "bilan", "2024", detail=True)
    assert closed.title == "Bilan au 31/12/2024"
    at = [r.label for r in closed.rows].index(RESULT_LINE)
    assert closed.rows[at + 1].label == "Excédent de l'exercice (produits − charges)"


@sqlite_only
def test_a_passif_accounts_entries_open_under_its_own_amount(window):
    """A passif account has no Brut: its entries read in the Exercice N column, where it
    shows its own amount (the view once read the first column and failed)."""
    from assocompta.ui.models.report_model import CENTS_ROLE
    window.session.set_year("2025")
    view = window.show_view("bilan")
    account = view.model.find("1068 Réserves pour projet de l'entité")
    assert account.siblingAtColumn(1).data() == ""
    view.model.fetchMore(account)
    rows = range(view.model.rowCount(account))
    assert rows and all(view.model.index(r, 1, account).data() == "" for r in rows)
    amounts = [view.model.index(r, 3, account).data(CENTS_ROLE) for r in rows]
    assert sum(amounts) == account.siblingAtColumn(3).data(CENTS_ROLE) == 30000
