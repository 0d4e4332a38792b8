"""Every account of both charts lands on a poste of its bilan model (ANC 2018-06 art. 421-1),
by its longest listed prefix, on the side its balance calls for."""

import csv
from importlib import resources

import pytest

from assocompta.reports.bilan_amounts import AMORT, BRUT, place
from assocompta.reports.bilan_layout import bilan_layout

CHARTS = ("pca2018", "pca2025")


def _chart(chart: str) -> list[str]:
    text = resources.files("assocompta.resources").joinpath(
        "charts", f"{chart}.csv").read_text(encoding="utf-8")
    return [r["code"] for r in csv.DictReader(text.splitlines()) if r["class"] in "12345"]


def _label(layout, key: str) -> str:
    for side in (layout.actif, layout.passif):
        for leaf in side.leaves():
            if leaf.key == key:
                return leaf.label
    raise KeyError(key)


@pytest.mark.parametrize("model", CHARTS)
@pytest.mark.parametrize("chart", CHARTS)
def test_every_account_of_both_charts_has_a_poste_either_way(chart, model):
    """Each year's own chart in its model, and the 2018 chart's accounts in the 2025 model
    too (the N-1 column of a 2025 bilan is placed with the 2025 model)."""
    layout = bilan_layout(model)
    codes = _chart(chart)
    assert len(codes) > 100
    lost = [code for code in codes for balance in (12345, -12345)
            if place(layout, code, balance) is None]
    assert lost == []


@pytest.mark.parametrize("model", CHARTS)
def test_a_sub_account_follows_its_longest_listed_prefix(model):
    layout = bilan_layout(model)

    def where(code, balance=100):
        key, column, amount = place(layout, code, balance)
        return _label(layout, key), column, amount

    assert where("21831") == ("Autres immobilisations corporelles", BRUT, 100)
    assert where("2131") == ("Constructions", BRUT, 100)
    # Amortissements and dépréciations: the second column of the asset they reduce.
    assert where("2813", -400) == ("Constructions", AMORT, 400)
    assert where("28183", -400) == ("Autres immobilisations corporelles", AMORT, 400)
    assert where("491", -20) == ("Créances clients, usagers et comptes rattachés", AMORT, 20)
    assert where("4911", -20)[0] == "Créances clients, usagers et comptes rattachés"
    assert where("2941", -5) == ("Biens reçus par legs ou donations destinés à être cédés",
                                 AMORT, 5)
    # 191 apart from the fonds dédiés 194–196; the debts of legs and of fixed assets.
    assert where("1911", -50)[0] == "Fonds reportés liés aux legs ou donations"
    assert where("1941", -30)[0] == "Fonds dédiés"
    assert where("4661", -10)[0] == "Dettes des legs ou donations"
    assert where("4041", -10)[0] == "Dettes sur immobilisations et comptes rattachés"
    assert where("1068", -10)[0] == "Réserves pour projet de l'entité"
    assert where("1201", -10)[0] == "Résultat en instance d'affectation"
    # A tiers' balance goes by its own sign; so does treasury.
    assert where("4111", 300)[0] == "Créances clients, usagers et comptes rattachés"
    assert where("4111", -50) == ("Autres dettes", BRUT, 50)
    assert where("4011", -200)[0] in ("Dettes Fournisseurs et Comptes rattachés",
                                      "Dettes fournisseurs et comptes rattachés")
    assert where("4011", 80)[0] in ("Autres", "Autres créances")
    assert where("5121", -10)[0] == "Emprunts et dettes auprès des établissements de crédit"
    # Class 1 never changes side: a report à nouveau débiteur is a negative fonds propre.
    assert where("119", 10) == ("Report à nouveau", BRUT, -10)
    assert where("169", 10)[0].startswith("Primes de remboursement des emprunts")


def test_the_2025_model_differs_where_the_text_does():
    old, new = bilan_layout("pca2018"), bilan_layout("pca2025")
    assert [b.total for b in old.actif.blocks if b.total] == ["Total I", "Total II"]
    assert [b.total for b in new.actif.blocks if b.total] == ["Total II", "Total III"]
    assert new.actif.blocks[0].posts[0].label == "Frais d'établissement (I)"
    assert [b.title for b in new.passif.blocks if b.title] == [
        "FONDS PROPRES *", "AUTRES FONDS PROPRES", "FONDS REPORTES ET DEDIES", "PROVISIONS",
        "DETTES"]
    assert [b.title for b in old.passif.blocks if b.title] == [
        "FONDS PROPRES", "FONDS REPORTES ET DEDIES", "PROVISIONS", "DETTES"]
    assert new.passif.total == "TOTAL GENERAL (I + II + III + IV + V + VI)"
    assert old.passif.total == "TOTAL GENERAL (I + II + III + IV + V)"
    assert "art. 421-1" in old.source and "art. 421-1" in new.source
    assert "version d'origine" in old.source and "1er janvier 2025" in new.source
    for layout in (old, new):  # non-compensation is the article's second alinéa
        assert "C. com. art. L123-19 al. 2, PCG art. 112-2" in layout.source
        assert "al. 3" not in layout.source + layout.advance_received + layout.advance_paid
