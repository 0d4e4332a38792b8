"""The grand livre shows each balance by its side, débiteur or créditeur, never as a signed
number (issue 16): in the view's Solde column and in what the view exports."""

from __future__ import annotations

import csv

from assocompta.ui import locale
from assocompta.ui.models.ledger_model import CENTS_ROLE


def _balances(view) -> list[tuple[int, str]]:
    model = view.model
    model.wait()
    column = model.column("balance")
    return [(model.index(r, column).data(CENTS_ROLE), model.index(r, column).data())
            for r in range(model.rowCount())]


def test_the_solde_column_says_debiteur_or_crediteur(window):
    view = window.show_view("grand-livre")
    view.show_account("7561")  # cotisations: a créditeur balance
    seen = _balances(view)
    assert seen and all(cents < 0 for cents, _ in seen)
    assert [text for _, text in seen] == [f"{locale.amount(-cents)} C" for cents, _ in seen]
    view.show_account("613")  # the rent: débiteur
    seen = _balances(view)
    assert seen and [text for _, text in seen] == [f"{locale.amount(c)} D" for c, _ in seen]
    assert not any(text.startswith("-") for _, text in seen)


def test_the_exported_grand_livre_has_a_debit_and_a_credit_balance_column(window, tmp_path):
    view = window.show_view("grand-livre")
    view.show_account("7561")
    view.model.wait()
    rows = list(csv.reader(view.export(tmp_path / "gl.csv").read_text(
        encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][-4:] == ["Débit", "Crédit", "Solde débiteur", "Solde créditeur"]
    lines = [r for r in rows[1:] if r[0][:2].isdigit() and "/" in r[0]]
    assert lines and all(r[-2] == "" and r[-1] and not r[-1].startswith("-") for r in lines)
