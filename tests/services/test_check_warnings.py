"""``check``'s warnings: what leaves a book consistent but wants the treasurer's attention —
lines on accounts of fewer than 3 characters (old books), drafts past their validation
deadline (PCG art. 921-4), validated entries without a piece reference — each with its fix,
never counted as a problem."""

from __future__ import annotations

import dataclasses
import datetime as dt

from assocompta.services.checks import (book_warnings, check_book,
                                        validation_deadline_cutoff)
from assocompta.services.closing import close_year
from assocompta.services.ledger import post_entry
from assocompta.services.setup import add_year
from assocompta.services.validation import validate_entries
from tests.helpers import draft
from tests.storage.test_check import _tamper

LATE = "ont passé le délai de validation"


def _post(book, day: dt.date, amount: str = "10", piece: str = "F1",
          accounts=("606", "401")):
    d = draft(day, (accounts[0], amount, ""), (accounts[1], "", amount), journal="OD")
    return post_entry(book, dataclasses.replace(d, piece_ref=piece))


def test_the_deadline_is_the_end_of_the_month_after_the_draft_s_month():
    assert validation_deadline_cutoff(dt.date(2026, 12, 3)) == dt.date(2026, 10, 31)
    assert validation_deadline_cutoff(dt.date(2025, 3, 1)) == dt.date(2025, 1, 31)
    assert validation_deadline_cutoff(dt.date(2025, 2, 28)) == dt.date(2024, 12, 31)
    assert validation_deadline_cutoff(dt.date(2025, 1, 15)) == dt.date(2024, 11, 30)


def test_drafts_past_the_deadline_are_named_with_the_command_that_validates_them(book):
    _post(book, dt.date(2025, 1, 20))
    _post(book, dt.date(2025, 1, 31))
    _post(book, dt.date(2025, 2, 3))
    assert book_warnings(book, today=dt.date(2025, 2, 28)) == []  # January: until 28/02
    warnings = book_warnings(book, today=dt.date(2025, 3, 1))
    assert warnings == [
        "exercice 2025 : 2 écritures en brouillard (entre n°1 et n°2, du 20/01/2025 au "
        f"31/01/2025) {LATE} : une période se clôt au plus tard avant la fin de la suivante "
        "(PCG art. 921-4 ; par mois, les écritures d'un mois sont validées avant la fin du "
        "mois suivant) ; validez-les jusqu'au 31/01/2025 au moins (assocompta entries "
        "validate BOOK --year 2025 --through 2025-01-31)"]
    assert check_book(book) == []  # a warning, not a problem
    one = book_warnings(book, "2025", today=dt.date(2025, 4, 2))[0]
    assert one.startswith("exercice 2025 : 3 écritures en brouillard")
    assert "--through 2025-02-28" in one
    validate_entries(book, "2025", through=dt.date(2025, 1, 31))
    assert book_warnings(book, today=dt.date(2025, 3, 1)) == []
    late = book_warnings(book, today=dt.date(2026, 6, 1))
    assert late[0].startswith("exercice 2025 : 1 écriture en brouillard (n°3, du 03/02/2025) "
                              "a passé le délai de validation")
    assert "--through 2025-12-31" in late[0]  # never past the year's last day


def test_validated_entries_without_a_piece_reference(book, book_path):
    for day in range(1, 8):
        _post(book, dt.date(2025, 1, day), piece=f"F{day}")
    validate_entries(book, "2025")
    # Validated before the rule (an old book, an imported FEC): the reference is empty.
    _tamper(book_path, "UPDATE entry SET piece_ref = '' WHERE number <> 4")
    assert check_book(book) == []
    assert book_warnings(book, today=dt.date(2025, 1, 10)) == [
        "exercice 2025 : 6 écritures validées sans référence de pièce (n°1, n°2, n°3, n°5, "
        "n°6 et 1 autre) : chaque écriture s'appuie sur une pièce justificative datée (art. "
        "R123-174 du Code de commerce) et le FEC en demande la référence (PieceRef) ; "
        "validées, elles ne peuvent plus être complétées : gardez la pièce de chacune avec "
        "les comptes de l'exercice, et saisissez la référence de chaque nouvelle écriture"]


def _on_74(book_path, numbers: str) -> None:
    """Lines on 741 of entries ``numbers`` moved onto « 74 », as books made before the
    rule hold them (the totals cache then marked stale: it is rebuilt from the lines)."""
    _tamper(book_path, "UPDATE entry_line SET account_id = (SELECT g.id FROM account g "
                       "JOIN account s ON s.chart_id = g.chart_id WHERE g.code = '74' "
                       "AND s.id = entry_line.account_id) WHERE account_id IN (SELECT id "
                       "FROM account WHERE code = '741') AND entry_id IN (SELECT id FROM "
                       f"entry WHERE number IN ({numbers}))")
    _tamper(book_path, "UPDATE account_total_state SET stale = 1")


def test_lines_on_two_digit_accounts_are_named_with_the_fix(book, book_path):
    _post(book, dt.date(2025, 3, 1), "1500", accounts=("512", "741"))
    _post(book, dt.date(2025, 3, 2), "500", accounts=("512", "741"))
    _post(book, dt.date(2025, 3, 3), "200", accounts=("512", "741"))
    validate_entries(book, "2025", through=dt.date(2025, 3, 1))
    _on_74(book_path, "1, 2")
    assert check_book(book) == []
    warnings = book_warnings(book, today=dt.date(2025, 3, 10))
    assert len(warnings) == 1
    said = warnings[0]
    assert said.startswith("exercice 2025 : 2 lignes sur le compte 74 (écritures n°1 et n°2) "
                           ": le FEC veut des comptes d'au moins 3 chiffres (art. A47 A-1 "
                           "LPF) : passez ces lignes sur un sous-compte, ex. 74")
    assert " ; brouillard n°2 : corrigez le compte dans la saisie" in said
    assert (" ; validée n°1 : contre-passez-les et repassez-les sur le sous-compte "
            "(assocompta entries reverse BOOK --year 2025 --number 1)") in said


def test_in_a_closed_year_the_two_digit_lines_can_only_be_reported(book, book_path):
    _post(book, dt.date(2025, 3, 1), "1500", accounts=("401", "741"))
    add_year(book, dt.date(2026, 1, 1))
    close_year(book, "2025")
    _on_74(book_path, "1")
    warnings = [w for w in book_warnings(book, "2025") if "compte 74" in w]
    assert warnings and warnings[0].endswith(
        "; l'exercice est clos, ses écritures ne changent plus : signalez-le à qui reçoit "
        "son FEC")
