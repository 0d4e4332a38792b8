"""The demo association is consistent, balanced and looks like a real year."""

from assocompta.cli import main
from assocompta.services.checks import check_book
from assocompta.services.reports import build, build_budget_report
from assocompta.storage.books import open_book


def test_demo_book_is_consistent_and_credible(book_path, capsys):
    assert main(["demo", str(book_path)]) == 0
    with open_book(book_path, readonly=True) as book:
        for year in ("2024", "2025", "2026"):
            assert check_book(book, year) == []
        assert book.scalar("SELECT count(*) FROM entry") > 400
        r = build(book, "resultat", "2025")
        assert r.ok and r.columns == ("Exercice 2025", "Exercice 2024")
        assert r.row("Concours publics et subventions d'exploitation").values[0].cents > 0
        # The room the town lends is a prestation en nature (871), no don en nature (870).
        labels = [row.label for row in r.rows]
        cvn = r.rows[labels.index("CONTRIBUTIONS VOLONTAIRES EN NATURE") + 1:
                     labels.index("CHARGES DES CONTRIBUTIONS VOLONTAIRES EN NATURE")]
        assert [(x.label, [v.cents for v in x.values]) for x in cvn
                if x.label != "Bénévolat" and x.label != "TOTAL"] == [
            ("Prestations en nature", [240000, 240000])]
        bilan = build(book, "bilan", "2025")
        assert bilan.ok and bilan.row("Disponibilités").values[0].cents > 0
        budget = build_budget_report(book, "2026")
        assert budget.ok and budget.row("Commune(s)").values[0].cents == 1150000
        assert budget.row("871 – Prestations en nature").values[0].cents == 240000
        assert budget.row("875 – Dons en nature").values[0].cents == 0  # CERFA 875 = ANC 870
        assert build_budget_report(book, "2026", "FETE").ok
        # Validated as a treasurer does (issue 14): 2024 each quarter and at its closing on
        # 15/03/2025, never later; 2025 up to November, December still in drafts; every
        # validated entry rests on a piece. December's drafts include the volunteer's note de
        # frais (5/12), its abandon (10/12) and the company's mécénat (15/12): 20 + 3.
        with book.reading() as conn:
            rows = conn.execute(
                "SELECT f.label, min(e.valid_date), max(e.valid_date), count(*) - count(e.valid_date), "
                "sum(CASE WHEN e.valid_date IS NOT NULL AND e.piece_ref = '' THEN 1 ELSE 0 END), "
                "min(CASE WHEN e.valid_date IS NULL THEN e.date END) FROM entry e "
                "JOIN fiscal_year f ON f.id = e.year_id GROUP BY f.label ORDER BY f.label"
            ).fetchall()
        assert [tuple(map(str, r)) for r in rows] == [
            ("2024", "2024-04-10", "2025-03-15", "0", "0", "None"),
            ("2025", "2025-03-15", "2025-12-10", "23", "0", "2025-12-01")]
