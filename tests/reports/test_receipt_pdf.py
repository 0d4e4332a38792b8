"""The receipts read as the official models (addendum §e): the PDF's text says which boxes are
ticked (« X » in a ticked box, nothing in an empty one), read on the line of each label."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from assocompta.domain.money import Money
from assocompta.domain.receipts import Category, Model
from assocompta.reports.receipt_pdf import form_texts, receipt_file_name, write_receipts
from assocompta.services.receipts import Beneficiary, Receipt
from tests.reports.tools import need

ROOT = Path(__file__).resolve().parents[2]
D = dt.date

WHO = Beneficiary("Les Amis du Quartier", "12 rue des Lilas", "Entraide et soutien scolaire",
                  "123 456 789", rna="W353001234", postcode="35000", city="Rennes",
                  category="loi_1901", signatory_name="Jeanne Martin",
                  signatory_title="Trésorière")


def _receipt(**kw) -> Receipt:
    fields = dict(id=1, number="2025-0001", year="2025", tiers_id=1, donor_name="Dupont",
                  donor_address="8 rue de la Paix", amount=Money(20025),
                  first_date=D(2025, 1, 1), last_date=D(2025, 12, 31), form="don_manuel",
                  nature="numeraire", method="cheque,virement", issued_at=D(2026, 1, 20),
                  donor_first_name="Marie", donor_postcode="35000", donor_city="Rennes",
                  donor_country="France", signatory="Jeanne Martin, trésorière")
    fields.update(kw)
    return Receipt(**fields)


def _company(**kw) -> Receipt:
    fields = dict(model="16216*03", articles="238bis", donor_name="Boulangerie Martin",
                  donor_first_name="", donor_siren="512 345 678", donor_legal_form="SARL",
                  amount=Money(150000), in_kind_amount=Money(50000),
                  nature="numeraire,en_nature", method="virement",
                  description="200 baguettes et 50 gâteaux pour la fête du 21 juin",
                  first_date=D(2025, 1, 15), last_date=D(2025, 6, 21))
    fields.update(kw)
    return _receipt(**fields)


def _pages(path: Path) -> list[str]:
    out = subprocess.run([need("pdftotext"), "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [p for p in out.split("\f") if p.strip()]


def _text(receipt: Receipt, tmp_path: Path, who: Beneficiary = WHO, **kw) -> str:
    pages = _pages(write_receipts([receipt], who, tmp_path / "r.pdf", **kw))
    assert len(pages) == 1
    return pages[0]


def _flat(text: str) -> str:
    """The words of the page on one line; the header's form and receipt numbers, printed
    beside the title (pdftotext interleaves them), taken out so that the title reads whole."""
    for beside in ("2041-RD", "2041-MEC-SD", "N° 11580*05", "N° 16216*03",
                   "Numéro d'ordre du reçu", "cerfa", "Duplicata"):
        text = text.replace(beside, "", 1)
    return " ".join(text.split())


def ticked(text: str, label: str) -> bool:
    """Whether the box of ``label`` (its first words) holds an « X »: pdftotext prints the
    box's content just before its label, on the label's line."""
    lines = [line for line in text.splitlines() if label in line]
    assert lines, f"« {label} » not on the page"
    return any(re.search(r"X\s+" + re.escape(label), line) for line in lines)


# -- the data ---------------------------------------------------------------------------
def test_both_models_have_their_texts_and_every_category():
    ind, co = form_texts("11580*05"), form_texts("16216*03")
    assert (ind["cerfa"], ind["form"]) == ("N° 11580*05", "2041-RD")
    assert ind["title"] == ("Reçu des dons et versements effectués par les particuliers au "
                            "titre des articles 200 et 978 du code général des impôts")
    assert (co["cerfa"], co["form"]) == ("N° 16216*03", "2041-MEC-SD")
    assert "238 bis" in co["title"] and "238" not in json.dumps(ind["certification"])
    assert len(ind["footnotes"]) == 4 and len(co["footnotes"]) == 5
    assert "1740 A" in ind["footnotes"][1]
    for texts in (ind, co):
        assert texts["sources"]
        keys = {c["key"] for c in texts["categories"]}
        keys |= set(texts.get("categories_elsewhere", {}).get("keys", ()))
        assert {c.value for c in Category} <= keys, {c.value for c in Category} - keys
    assert {c.value for c in Category} == {c["key"] for c in ind["categories"]}
    for model in Model:
        assert form_texts(model.value)["model"] == model.value


def test_the_forms_ship_as_package_data():
    forms = sorted(p.name for p in (ROOT / "src/assocompta/reports/forms").glob("*.json"))
    assert forms == ["cerfa_11580_05.json", "cerfa_16216_03.json"]
    assert '"assocompta.reports" = ["forms/*.json"]' in (ROOT / "pyproject.toml").read_text()
    assert 'src/assocompta/reports/forms").glob("*.json")' in (
        ROOT / "assocompta.spec").read_text()


# -- individuals: Cerfa 11580*05 ----------------------------------------------------------
def test_an_individuals_yearly_cash_receipt(tmp_path):
    text = _text(_receipt(), tmp_path)
    flat = _flat(text)
    for shown in ("Reçu des dons et versements effectués par les particuliers au titre des "
                  "articles 200 et 978 du code général des impôts", "2025-0001",
                  "Organisme bénéficiaire des dons et versements",
                  "Nom ou dénomination : Les Amis du Quartier",
                  "Numéro SIREN ou RNA : SIREN 123 456 789 – RNA W353001234",
                  "Adresse : 12 rue des Lilas", "Code postal : 35000", "Commune : Rennes",
                  "Objet : Entraide et soutien scolaire", "Donateur", "Nom : Dupont",
                  "Prénoms : Marie", "Adresse : 8 rue de la Paix", "Pays : France",
                  "*** 200,25 *** Euros", "deux cents euros et vingt-cinq centimes",
                  "Date du versement ou du don : du 01/01/2025 au 31/12/2025",
                  "Le 20/01/2026", "Jeanne Martin, trésorière",
                  "(4) Exemple : dons en nature."):
        assert shown in flat, shown
    assert "2041-RD" in text and "N° 11580*05" in text and "Numéro d'ordre du reçu" in text
    assert "238" not in flat and "Duplicata" not in text and "ANNUL" not in flat
    # The association's category, under its parent box; only the ticked one is printed.
    assert ticked(text, "Œuvre ou organisme d'intérêt général")
    assert ticked(text, "Association loi 1901") and "Fonds de dotation" not in flat
    assert ticked(text, "200 du CGI") and not ticked(text, "978 du CGI")
    assert ticked(text, "Déclaration de don manuel") and not ticked(text, "Acte authentique")
    assert ticked(text, "Numéraire") and not ticked(text, "Frais engagés par les bénévoles")
    assert not ticked(text, "Autres (précisez) (4)")
    assert ticked(text, "Chèque") and ticked(text, "Virement, prélèvement, carte bancaire")
    assert not ticked(text, "Remise d'espèces")


def test_an_abandon_de_frais_ticks_its_nature_and_no_mode_de_versement(tmp_path):
    text = _text(_receipt(nature="frais_benevoles", form="autres", method="virement",
                          first_date=D(2025, 3, 1), last_date=D(2025, 3, 1)), tmp_path)
    assert ticked(text, "Frais engagés par les bénévoles, dont ils renoncent")
    assert not ticked(text, "Numéraire")
    for method in ("Remise d'espèces", "Chèque", "Virement, prélèvement, carte bancaire"):
        assert not ticked(text, method), method
    assert "Date du versement ou du don : 01/03/2025" in _flat(text)
    assert ticked(text, "Autres") and not ticked(text, "Déclaration de don manuel")


def test_a_gift_in_kind_shows_its_value_and_description(tmp_path):
    text = _text(_receipt(nature="en_nature", method="", amount=Money(45000),
                          in_kind_amount=Money(45000),
                          description="Un ordinateur portable (2023)"), tmp_path)
    flat = _flat(text)
    assert "*** 450,00 ***" in flat and "quatre cent cinquante euros" in flat
    assert ticked(text, "Autres (précisez) (4) : Un ordinateur portable (2023)")
    assert not ticked(text, "Numéraire") and not ticked(text, "Chèque")


def test_978_ticked_for_an_ifi_gift(tmp_path):
    text = _text(_receipt(articles="200,978"), tmp_path)
    assert ticked(text, "200 du CGI") and ticked(text, "978 du CGI")
    text = _text(_receipt(articles="978"), tmp_path)
    assert ticked(text, "978 du CGI") and not ticked(text, "200 du CGI")


def test_a_rup_association_prints_its_decree_dates(tmp_path):
    who = replace(WHO, category="rup", rup_decree_date=D(1999, 3, 4),
                  rup_journal_date=D(1999, 3, 10))
    flat = _flat(_text(_receipt(), tmp_path, who))
    assert ("Association ou fondation reconnue d'utilité publique par décret en date du "
            "04/03/1999 publié au Journal officiel du 10/03/1999") in flat
    who = replace(WHO, category="interet_general_autre", category_detail="Amicale laïque")
    text = _text(_receipt(), tmp_path, who)
    assert ticked(text, "Autres (précisez) : Amicale laïque")
    who = replace(WHO, category="fonds_dotation")
    text = _text(_receipt(), tmp_path, who)
    assert ticked(text, "Fonds de dotation") and "Œuvre ou organisme" not in text


def test_no_category_chosen_prints_every_box_empty(tmp_path):
    text = _text(_receipt(), tmp_path, replace(WHO, category=""))
    assert "Cochez la case concernée" in text and "X Association" not in text
    assert not ticked(text, "Fonds de dotation") and not ticked(text, "Association loi 1901")


# -- companies: Cerfa 16216*03 ------------------------------------------------------------
def test_a_company_receipt(tmp_path):
    text = _text(_company(), tmp_path)
    flat = _flat(text)
    for shown in ("Reçu des dons et versements effectués par les entreprises au titre de "
                  "l'article 238 bis du code général des impôts", "Dénomination de l'organisme : Les Amis du Quartier",
                  "Entreprise donatrice", "Dénomination de l'entreprise : Boulangerie Martin",
                  "Forme juridique : SARL", "Numéro SIREN : 512 345 678",
                  "des dons en nature pour une valeur en euros égale à (1)",
                  "*** 500,00 ***", "cinq cents euros",
                  "200 baguettes et 50 gâteaux pour la fête du 21 juin",
                  "*** 1 000,00 ***", "mille euros", "*** 1 500,00 ***",
                  "mille cinq cents euros",
                  "Date ou période au cours de laquelle",
                  "du 15/01/2025 au 21/06/2025", "Le 20/01/2026",
                  "(5) L'organisme bénéficiaire peut établir un reçu unique"):
        assert shown in flat, shown
    assert "2041-MEC-SD" in text and "N° 16216*03" in text
    assert "11580" not in flat and "200 du CGI" not in flat and "Prénoms" not in flat
    assert ticked(text, "Virement, prélèvement ou carte bancaire")
    assert not ticked(text, "Chèque") and not ticked(text, "Remise d'espèces")
    assert ticked(text, "Association loi 1901")


def test_a_company_gift_in_kind_only_has_no_versements(tmp_path):
    text = _text(_company(amount=Money(50000), nature="en_nature", method=""), tmp_path)
    flat = _flat(text)
    assert "*** 0,00 ***" in flat and "néant" in flat
    assert not any(ticked(text, m) for m in ("Chèque", "Remise d'espèces", "Autre"))


# -- cancelled, replacement, duplicate -----------------------------------------------------
def test_cancelled_and_replacement_receipts(tmp_path):
    gone = _receipt(cancelled_at=D(2026, 2, 2), cancel_reason="adresse erronée")
    flat = _flat(_text(gone, tmp_path))
    assert "Reçu annulé le 02/02/2026 : adresse erronée" in flat and "ANNULÉ" in flat
    assert "ANNULÉ – Duplicata" in _text(gone, tmp_path, duplicate=True)
    new = _receipt(number="2025-0007", replaces="2025-0001")
    flat = _flat(_text(new, tmp_path))
    assert "Annule et remplace le reçu n° 2025-0001" in flat and "ANNUL" not in flat.replace(
        "Annule et remplace", "")
    flat = _flat(_text(_company(replaces="2025-0003"), tmp_path, duplicate=True))
    assert "Annule et remplace le reçu n° 2025-0003" in flat


def test_a_batch_mixes_the_models_one_page_each(tmp_path):
    pages = _pages(write_receipts([_receipt(), _company(number="2025-0002")], WHO,
                                  tmp_path / "b.pdf"))
    assert len(pages) == 2
    assert "11580*05" in pages[0] and "16216*03" in pages[1]


# -- lengths --------------------------------------------------------------------------------
@pytest.mark.parametrize("make", [_receipt, _company])
def test_long_names_and_addresses_stay_on_one_page(tmp_path, make):
    who = replace(WHO, name="Association des amis " * 15, address="12 rue des Lilas " * 18,
                  object="Entraide " * 40, category="")
    receipt = make(donor_name="Dupont-" * 43, donor_address="8 rue de la Paix " * 18,
                   donor_first_name="Marie-" * 50, description="baguettes " * 30,
                   signatory="Jeanne " * 43, cancelled_at=D(2026, 2, 2),
                   cancel_reason="erreur " * 43, replaces="2025-0009")
    assert len(receipt.donor_name) > 300
    text = _text(receipt, tmp_path, who, duplicate=True)
    flat = _flat(text)
    assert "Duplicata" in text
    for shown in ("Dupont-Dupont", "8 rue de la Paix", "…", "Association des amis",
                  "Date et signature", "Le 20/01/2026", "Annule et remplace"):
        assert shown in flat, shown
    assert ("(4) Exemple : dons en nature." in flat if make is _receipt
            else "ne coïncide pas avec l'année civile." in flat)


def test_file_name():
    assert receipt_file_name(_receipt(donor_name="Marie Dupont/É")) == \
        "recu-2025-0001-Marie_Dupont_É.pdf"
