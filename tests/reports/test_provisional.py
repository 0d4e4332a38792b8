"""Reports with or without drafts (brouillard): the figures of validated entries only, or
every entry with the document marked « provisoire » (PCG art. 921-3: a draft is not yet a
definitive record), and nothing marked when no draft is in the figures."""

import csv
import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from assocompta.domain.entries import Simple, depense
from assocompta.reports.model import RowKind
from assocompta.reports.totals import account_totals
from assocompta.services.budget import import_budget
from assocompta.services.ledger import post_entry
from assocompta.services.reports import (account_lines, build, build_budget_report,
                                         build_pack, write)
from assocompta.services.validation import validate_entries
from tests.helpers import m
from tests.reports.tools import need

MARK_1 = "Document provisoire : 1 écriture en brouillard incluse"


@pytest.fixture
def mixed(two_years):
    """2024 and 2025 of ``two_years`` validated, then two drafts in 2025: 100 € of telephone
    (626, an account validated entries use too) and 40 € of supplies (6063, drafts only)."""
    validate_entries(two_years, "2024", number_pieces=True, today=dt.date(2025, 1, 10))
    validate_entries(two_years, "2025", number_pieces=True, today=dt.date(2025, 4, 2))
    post_entry(two_years, depense(Simple(dt.date(2025, 6, 1), m("100"), "Téléphone juin"),
                                  account="626", paid_from="512"))
    post_entry(two_years, depense(Simple(dt.date(2025, 6, 2), m("40"), "Fournitures"),
                                  account="6063", paid_from="512"))
    return two_years


def v(report, label, col=0):
    return report.row(label).values[col]


def test_statements_with_drafts_are_provisional_and_without_them_validated_only(mixed):
    full = build(mixed, "resultat", "2025", detail=True)
    assert full.provisional == "Document provisoire : 2 écritures en brouillard incluses"
    assert v(full, "Total des charges d'exploitation (II)") == m("1 640,50")
    final = build(mixed, "resultat", "2025", detail=True, validated_only=True)
    assert final.provisional == ""
    assert v(final, "Total des charges d'exploitation (II)") == m("1 500,50")
    assert v(final, "Total des charges d'exploitation (II)", 1) == m("1 500,50")  # 2024
    assert "Écritures validées seulement : 2 écritures en brouillard laissées de côté." \
        in final.notes
    details = {r.code: r.values[0] for r in final.rows if r.kind is RowKind.DETAIL}
    assert details["626"] == m("300,50") and "6063" not in details
    assert {r.code: r.values[0] for r in full.rows if r.kind is RowKind.DETAIL}["6063"] \
        == m("40")
    assert final.ok and full.ok

    bilan = build(mixed, "bilan", "2025", validated_only=True)
    assert v(bilan, "Disponibilités") == v(build(mixed, "bilan", "2025"),
                                           "Disponibilités") + m("140")
    assert bilan.ok and not bilan.provisional


def test_ledgers_and_balance_leave_the_drafts_out(mixed):
    bal = build(mixed, "balance", "2025")
    assert v(bal, "Totaux") == m("9 140,50") and bal.provisional
    bal = build(mixed, "balance", "2025", validated_only=True)
    assert v(bal, "Totaux") == v(bal, "Totaux", 1) == m("9 000,50") and bal.ok
    assert "6063" not in {r.code for r in bal.rows}
    jr = build(mixed, "journal", "2025", validated_only=True)
    assert len([r for r in jr.rows if r.kind is RowKind.LINE]) == 14
    assert jr.row("Totaux").values == (m("9 000,50"), m("9 000,50")) and jr.ok
    assert len([r for r in build(mixed, "journal", "2025").rows
                if r.kind is RowKind.LINE]) == 18
    gl = build(mixed, "grand-livre", "2025", validated_only=True)
    assert gl.row("Total 512").values == (m("6 500"), m("1 500,50"), m("4 999,50"), None)
    assert gl.ok and not gl.provisional
    # A grand livre of some accounts counts the drafts it shows (6063 is in one of two).
    assert build(mixed, "grand-livre", "2025", account="606").provisional == MARK_1
    assert build(mixed, "grand-livre", "2025", account="7").provisional == ""
    lines, count, balance = account_lines(mixed, "2025", "626", 10, validated_only=True)
    assert (count, balance) == (1, 30050)
    assert account_lines(mixed, "2025", "626", 10)[1:] == (2, 40050)


def test_validated_only_totals_from_the_cache_equal_those_from_the_lines(mixed):
    with mixed.session() as s:
        conn = mixed.raw_connection(s)
        year = conn.execute("SELECT id FROM fiscal_year WHERE label = '2025'").fetchone()[0]
        cached = account_totals(conn, year, validated_only=True)
        lines = account_totals(conn, year, until=dt.date(2025, 12, 31), validated_only=True)
        everything = account_totals(conn, year)
    assert cached == lines
    assert "6063" in everything and "6063" not in cached
    assert everything["626"].debit - cached["626"].debit == 10000


def test_no_mark_when_the_year_has_no_draft(two_years):
    validate_entries(two_years, "2024", number_pieces=True)
    validate_entries(two_years, "2025", number_pieces=True)
    for kind in ("resultat", "bilan", "balance", "journal", "grand-livre"):
        report = build(two_years, kind, "2025")
        assert report.provisional == "" and not any("brouillard" in n for n in report.notes)
        assert report == build(two_years, kind, "2025", validated_only=True) or kind in (
            "journal", "grand-livre")  # the ledgers' rows are streams, compared above


def test_the_previous_year_s_drafts_count_in_a_statement_of_n_beside_n_1(two_years):
    validate_entries(two_years, "2025", number_pieces=True)  # 2024 keeps its 7 drafts
    assert build(two_years, "resultat", "2025").provisional == (
        "Document provisoire : 7 écritures en brouillard incluses")
    assert build(two_years, "balance", "2025").provisional == ""  # N only
    post_entry(two_years, depense(Simple(dt.date(2025, 6, 1), m("1"), "x"), account="626",
                                  paid_from="512"))
    assert build(two_years, "bilan", "2025").provisional == (
        "Document provisoire : 8 écritures en brouillard incluses (exercice 2025 : 1, "
        "exercice 2024 : 7)")
    left = build(two_years, "bilan", "2025", validated_only=True)
    assert v(left, "Disponibilités", 3) == m("0")  # Net 2024: nothing validated


def test_suivi_and_pack(mixed, tmp_path):
    budget = tmp_path / "b.csv"
    budget.write_text("compte;montant\n626;400\n6063;100\n7561;500\n", encoding="utf-8")
    import_budget(mixed, "2025", budget)
    suivi = build_budget_report(mixed, "2025", suivi=True)
    assert suivi.provisional == MARK_1.replace("1 écriture", "2 écritures").replace(
        "incluse", "incluses")
    real = build_budget_report(mixed, "2025", suivi=True, validated_only=True)
    assert v(suivi, "62 – Autres services extérieurs", 1) - v(
        real, "62 – Autres services extérieurs", 1) == m("100")
    assert not real.provisional
    assert not build_budget_report(mixed, "2025").provisional  # a budget reads no entry
    pack = dict(build_pack(mixed, "2025"))
    assert all(pack[name].provisional for name in ("Compte de résultat", "Bilan",
                                                   "Budget et réalisé"))
    pack = dict(build_pack(mixed, "2025", validated_only=True))
    assert not any(r.provisional for name, r in pack.items() if not name.startswith("Annexe "))
    # An open year's annexe stays provisional, drafts or not (the bilan says it in its title).
    assert {r.provisional for name, r in pack.items() if name.startswith("Annexe ")} == {
        "Annexe provisoire – exercice non clos"}
    assert v(pack["Budget et réalisé"], "62 – Autres services extérieurs", 1) == v(
        real, "62 – Autres services extérieurs", 1)


def test_the_mark_in_xlsx_pdf_and_csv_and_not_when_validated_only(mixed, tmp_path):
    validate_entries(mixed, "2025", through=dt.date(2025, 6, 1), number_pieces=True)
    for validated_only in (False, True):
        report = build(mixed, "balance", "2025", validated_only=validated_only)
        stem = tmp_path / f"b{int(validated_only)}"
        ws = load_workbook(write([("Balance", report)], stem.with_suffix(".xlsx"))).active
        assert ws["A4"].value.startswith("Édité le") and ws["A6"].value == "Compte"
        assert ws.freeze_panes == "C7"  # the table where it always is
        if validated_only:
            assert ws["A5"].value is None
        else:
            assert ws["A5"].value == MARK_1 and ws["A5"].font.b
            assert "A5:F5" in {str(r) for r in ws.merged_cells.ranges}
            assert "document provisoire" in ws.oddFooter.left.text

        text = write([("Balance", report)], stem.with_suffix(".csv")).read_text(
            encoding="utf-8-sig")
        rows = list(csv.reader(text.splitlines(), delimiter=";"))
        assert {len(r) for r in rows} == {6}  # one width: tools read it as a table
        assert rows[0][0] == "Compte"
        # Data only: the figures end the file; the mark and the checks are printed by the
        # command line (test_cli_report_prints_what_a_csv_leaves_out) and on the workbook's
        # « Contrôles » sheet.
        assert rows[-1][1] == "Totaux"
        assert MARK_1 not in text and "✓" not in text
        checks = load_workbook(stem.with_suffix(".xlsx"))["Contrôles"]
        listed = [row[1] for row in checks.iter_rows(min_row=2, values_only=True)]
        assert listed == ([] if validated_only else [MARK_1]) + [
            c.sentence() for c in report.checks]

    pdftotext = need("pdftotext")
    for validated_only in (False, True):
        report = build(mixed, "resultat", "2025", validated_only=validated_only)
        path = write([("CR", report)], tmp_path / f"cr{int(validated_only)}.pdf")
        out = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
        head = out[:out.index("EXCÉDENT OU DÉFICIT")]
        assert (MARK_1 in " ".join(head.split())) is not validated_only
        assert ("brouillard laissée de côté" in " ".join(out.split())) is validated_only


def test_cli_report_prints_what_a_csv_leaves_out(mixed, book_path, tmp_path, capsys):
    """A CSV is data: the mark and the checks go to the terminal as the file is written."""
    from assocompta.cli import main
    validate_entries(mixed, "2025", through=dt.date(2025, 6, 1), number_pieces=True)
    mixed.close()
    dest = tmp_path / "balance.csv"
    assert main(["report", "balance", str(book_path), "--year", "2025", "-o", str(dest)]) == 0
    out = capsys.readouterr().out
    assert f"Balance : {MARK_1}" in out
    assert "✓ Balance : total débit 9 140,50 € = total crédit 9 140,50 €" in out.replace(
        "\u202f", " ").replace("\xa0", " ")
    text = dest.read_text(encoding="utf-8-sig")
    assert text.rstrip().splitlines()[-1].startswith(";Totaux;")
    assert "provisoire" not in text and "✓" not in text
