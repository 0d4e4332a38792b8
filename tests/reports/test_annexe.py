"""The annexe as its reader gets it: the PDF's text and the workbook's cells, from the
command line as from the services."""

from __future__ import annotations

import datetime as dt
import subprocess

from openpyxl import load_workbook

from assocompta.cli import main
from assocompta.domain.entries import EntryDraft, LineDraft
from assocompta.domain.parties import TiersKind
from assocompta.reports.annexe import annexe_reports
from assocompta.services.annexe import build_annexe, save_annexe_texts
from assocompta.services.ledger import add_tiers, post_entry
from assocompta.services.provisions import provision
from assocompta.services.reports import write
from assocompta.services.setup import add_year
from tests.helpers import m
from tests.reports.tools import need

FAITS = "Ouverture du repair café en mars.\nDéménagement du local en octobre."
CHANGE = ("Les comptes de l'exercice 2025 sont les premiers établis selon le règlement ANC "
          "n° 2018-06 dans sa version applicable aux exercices ouverts à compter du 1er "
          "janvier 2025")


def pdf_text(path) -> str:
    return subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_pdf_shows_each_note_its_texts_its_figures_and_its_article(two_years, tmp_path):
    save_annexe_texts(two_years, "2025", {"objet": "Animer le quartier.", "faits": FAITS})
    reports = annexe_reports(build_annexe(two_years, "2025"))
    text = pdf_text(write(reports, tmp_path / "annexe.pdf"))
    # The document's title first, then the first note as its heading; every page's footer
    # names the annexe.
    top = [line.strip() for line in text.splitlines() if line.strip()][:2]
    assert top[0] == "Les Amis"
    assert top[1].startswith("Annexe des comptes annuels – exercice 2025")
    assert "Note 1 : Présentation de l'association" in text
    assert "Annexe 2025 – note 2 : Règles et méthodes comptables" in text
    assert "Animer le quartier." in text
    # The treasurer's line break kept: each line on its own.
    assert "Ouverture du repair café en mars." in text
    assert "Déménagement du local en octobre." in text
    assert "Règlement ANC n° 2018-06, art. 431-2" in text
    assert "Changement de réglementation comptable" in text and CHANGE in " ".join(text.split())
    assert "Règlement ANC n° 2018-06, art. 431-5" in text
    result = next(line for line in text.splitlines()
                  if line.strip().startswith("Excédent ou déficit de l'exercice"))
    assert result.split()[-1] == "€" and "5 199,50 €" in result
    subsidy = next(line for line in text.splitlines() if "Financeur non précisé" in line)
    assert "4 000,00 €" in subsidy
    assert "Règlement ANC n° 2018-06, art. 431-9" in text
    assert "✓ Fonds propres" not in text  # a passing check stays off the AG's document
    volunteers = next(line for line in text.splitlines() if "864 Personnel bénévole" in line)
    assert "800,00 €" in volunteers


def test_the_workbook_has_a_sheet_per_note_with_texts_and_amounts(two_years, tmp_path):
    save_annexe_texts(two_years, "2025", {"faits": FAITS, "engagements": "Caution de 5 000 €."})
    path = write(annexe_reports(build_annexe(two_years, "2025")), tmp_path / "annexe.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Annexe 1 Présentation", "Annexe 2 Méthodes",
                             "Annexe 3 Fonds propres", "Annexe 4 Subventions",
                             "Annexe 5 Contributions", "Annexe 6 Engagements",
                             "Annexe 7 Affectation", "Contrôles"]
    cells = {ws.title: [c.value for row in ws.iter_rows() for c in row if c.value is not None]
             for ws in wb}
    assert FAITS in cells["Annexe 1 Présentation"]
    assert "Caution de 5 000 €." in cells["Annexe 6 Engagements"]
    ws = wb["Annexe 3 Fonds propres"]
    header = [c.value for c in ws[6]]
    assert header == ["Libellé", "À l'ouverture", "Affectation du résultat", "Augmentation",
                      "Diminution ou consommation", "À la clôture"]
    result = next(r for r in ws.iter_rows() if r[0].value == "Excédent ou déficit de l'exercice")
    assert [c.value for c in result[1:]] == [0, 0, 5199.5, 0, 5199.5]
    assert "Règlement ANC n° 2018-06, art. 431-5" in cells["Annexe 3 Fonds propres"]


def test_the_change_of_presentation_only_the_first_2025_year_after_a_2018_one(two_years):
    def said(year: str) -> list[str]:
        return [b.heading for b in build_annexe(two_years, year).note("methodes").blocks]

    assert said("2025") == ["Règles et méthodes comptables",
                            "Changement de réglementation comptable"]
    # Prospective (CNCC, 17/10/2025): N-1 reclassified, not restated; a proposed text the
    # treasurer rewrites with what the change did to the association's figures.
    change = build_annexe(two_years, "2025").note("methodes").blocks[1]
    assert change.origin == "propose"
    assert "de manière prospective" in change.text and "sans retraitement" in change.text
    assert "ne modifie ni le résultat" not in change.text
    save_annexe_texts(two_years, "2025", {"changement": "Aucun effet sur nos postes."})
    assert build_annexe(two_years, "2025").note("methodes").blocks[1].text == (
        "Aucun effet sur nos postes.")
    assert said("2024") == ["Règles et méthodes comptables"]
    add_year(two_years, dt.date(2026, 1, 1))
    assert said("2026") == ["Règles et méthodes comptables"]
    # The 2025 framework is named from its first year on.
    methods = build_annexe(two_years, "2026").note("methodes").blocks[0].text
    assert "dans sa version applicable aux exercices ouverts à compter du 1er janvier 2025" in (
        methods)
    assert "version applicable" not in build_annexe(two_years, "2024").note(
        "methodes").blocks[0].text


def test_the_command_line_lists_writes_and_exports_the_texts(two_years, book_path, tmp_path,
                                                            capsys):
    two_years.close()
    book = str(book_path)
    assert main(["annexe", "text", book, "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "faits — Faits caractéristiques de l'exercice\n  (vide)\n" in out
    assert "methodes — Règles et méthodes comptables\n  (vide ; l'annexe dit le texte proposé) " \
           "Les comptes annuels" in out
    source = tmp_path / "faits.txt"
    source.write_text(FAITS, encoding="utf-8")
    assert main(["annexe", "text", book, "--year", "2025", "--key", "faits", "--file",
                 str(source)]) == 0
    assert capsys.readouterr().out == "Annexe 2025, texte « faits » : enregistré.\n"
    assert main(["annexe", "text", book, "--year", "2025", "--key", "faits"]) == 0
    assert capsys.readouterr().out == ("faits — Faits caractéristiques de l'exercice\n"
                                       "  Ouverture du repair café en mars.\n"
                                       "  Déménagement du local en octobre.\n")
    assert main(["annexe", "text", book, "--year", "2025", "--key", "fait", "--text", "x"]) == 1
    assert ("texte « fait » inconnu ; textes de l'annexe : objet, activites, moyens, faits, "
            "methodes, changement, contributions, engagements, affectation, autres") in capsys.readouterr().err
    assert main(["annexe", "text", book, "--year", "2025", "--text", "x"]) == 1
    assert "nommez-le par --key" in capsys.readouterr().err
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Réunion en mars".encode("latin-1"))
    assert main(["annexe", "text", book, "--year", "2025", "--key", "faits", "--file",
                 str(latin1)]) == 1
    assert "n'est pas un texte UTF-8" in capsys.readouterr().err
    assert main(["annexe", "export", book, "--year", "2025", "-o",
                 str(tmp_path / "annexe.pdf")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Fichier écrit : {tmp_path / 'annexe.pdf'}\n")
    # The annexe's funds against the bilan, said as every report's checks are.
    assert "✓ Fonds propres à la clôture : 5 199,50 € = bilan, fonds propres 5 199,50 €" in (
        " ".join(out.split()))
    assert "Déménagement du local en octobre." in pdf_text(tmp_path / "annexe.pdf")
    assert main(["annexe", "export", book, "--year", "2025", "-o",
                 str(tmp_path / "annexe.csv")]) == 1
    assert "en .pdf ou en .xlsx" in capsys.readouterr().err
    assert not (tmp_path / "annexe.csv").exists()
    assert main(["annexe", "text", book, "--year", "2025", "--key", "faits", "--text", ""]) == 0
    assert "retiré" in capsys.readouterr().out


def test_an_open_years_annexe_is_provisional_even_of_validated_entries(two_years, tmp_path):
    reports = annexe_reports(build_annexe(two_years, "2025", validated_only=True))
    assert {r.provisional for _n, r in reports} == {"Annexe provisoire – exercice non clos"}
    text = pdf_text(write(reports, tmp_path / "annexe.pdf"))
    assert "Annexe provisoire – exercice non clos" in text


def test_the_command_line_says_an_open_year_is_provisional(two_years, book_path, tmp_path,
                                                           capsys):
    two_years.close()
    assert main(["annexe", "export", str(book_path), "--year", "2025", "--validated-only",
                 "-o", str(tmp_path / "annexe.pdf")]) == 0
    assert "Annexe : Annexe provisoire – exercice non clos\n" in capsys.readouterr().out


def test_the_provisions_note_in_the_pdf_and_the_workbook(two_years, tmp_path):
    add_tiers(two_years, "CLUB", "Club voisin", TiersKind.OTHER)
    post_entry(two_years, EntryDraft(dt.date(2025, 6, 1), "OD", "Prestation au club voisin", (
        LineDraft("411", debit=m("800"), tiers="CLUB"), LineDraft("706", credit=m("800")))))
    provision(two_years, "2025", "risques", None, m("2 000"), "Litige prud'homal X")
    provision(two_years, "2025", "creances", None, m("300"), "Club voisin en difficulté",
              tiers="CLUB")
    reports = annexe_reports(build_annexe(two_years, "2025"))
    text = pdf_text(write(reports, tmp_path / "annexe.pdf"))
    assert "Provisions et dépréciations" in text
    assert ("Règlement ANC n° 2018-06, art. 431-1 (annexe du plan comptable général : "
            "provisions et dépréciations)") in " ".join(text.split())
    dispute = next(line for line in text.splitlines() if "Litige prud'homal X" in line)
    assert dispute.split("€")[0].strip().endswith("0,00") and "2 000,00 €" in dispute
    assert "2 300,00 €" in next(line for line in text.splitlines()
                                if line.strip().startswith("TOTAL") and "2 300" in line)
    path = write(reports, tmp_path / "annexe.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Annexe 1 Présentation", "Annexe 2 Méthodes",
                             "Annexe 3 Fonds propres", "Annexe 4 Subventions",
                             "Annexe 5 Contributions", "Annexe 6 Provisions",
                             "Annexe 7 Affectation", "Contrôles"]
    ws = wb["Annexe 6 Provisions"]
    header = next([c.value for c in r] for r in ws.iter_rows() if r[0].value == "Libellé")
    assert header == ["Libellé", "À l'ouverture", "Dotations", "Reprises", "À la clôture"]
    values = {r[0].value: [c.value for c in r[1:5]] for r in ws.iter_rows()
              if isinstance(r[0].value, str)}
    assert values["151 Provisions pour risques : Litige prud'homal X"] == [0, 2000, 0, 2000]
    assert values["491 Dépréciations des comptes de clients – Club voisin : Club voisin en "
                  "difficulté"] == [0, 300, 0, 300]
    checks = [c.value for r in wb["Contrôles"].iter_rows() for c in r if c.value]
    assert any("Provisions pour risques et charges à la clôture : 2 000,00 € = bilan, "
               "provisions (15)" in str(c) for c in checks)
