"""État de rapprochement: the bank statement's balance, the book's lines not on it yet, and
the book's balance they explain."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.money import Money
from ..domain.reconciliation import BankLine, Statement
from ..formatting import euros
from .model import Check, Report, Row, RowKind, Sum

TITLE = "État de rapprochement bancaire"


def _lines(lines: Sequence[BankLine], sign: int) -> list[Row]:
    return [Row(RowKind.LINE, ln.label, (Money(sign * ln.amount.cents),),
                texts=(f"{ln.date:%d/%m/%Y}", ln.piece or f"{ln.journal} {ln.number}",
                       ln.label))
            for ln in lines]


def build_etat(association: str, account: str, account_label: str, statement: Statement,
               unreconciled: Sequence[BankLine], book_balance: Money) -> Report:
    """Solde du relevé + encaissements − décaissements non pointés = solde comptable."""
    day = f"{statement.date:%d/%m/%Y}"
    debits = [ln for ln in unreconciled if ln.amount.cents > 0]
    credits = [ln for ln in unreconciled if ln.amount.cents < 0]
    rows: list[Row] = [Row(RowKind.LINE, f"Solde du relevé au {day}", (statement.closing,),
                           texts=(day, "", f"Solde du relevé au {day}"))]
    subtotals = []
    for heading, group, sign in (
            ("Encaissements non encore sur le relevé (débits en compte)", debits, 1),
            ("Décaissements non encore sur le relevé (crédits en compte)", credits, -1)):
        rows.append(Row(RowKind.HEADING, heading, texts=("", "", heading)))
        first = len(rows)
        rows += _lines(group, sign)
        total = Money(sign * sum(ln.amount.cents for ln in group))
        label = f"Total ({len(group)} opération{'s' if len(group) > 1 else ''})"
        subtotals.append(len(rows))
        rows.append(Row(RowKind.SUBTOTAL, label, (total,), texts=("", "", label),
                        formula=Sum(range(first, len(rows))) if group else None))
    explained = (statement.closing + rows[subtotals[0]].values[0]
                 - rows[subtotals[1]].values[0])
    label = "Solde relevé + encaissements − décaissements non pointés"
    rows.append(Row(RowKind.TOTAL, label, (explained,), texts=("", "", label),
                    formula=((1, 0), (1, subtotals[0]), (-1, subtotals[1]))))
    total_row = len(rows) - 1
    label = f"Solde comptable du {account} au {day}"
    rows.append(Row(RowKind.LINE, label, (book_balance,), texts=(day, "", label)))
    label = "Écart"
    rows.append(Row(RowKind.RESULT, label, (explained - book_balance,), texts=("", "", label),
                    formula=((1, total_row), (-1, total_row + 1))))
    ok = explained == book_balance
    check = Check("solde relevé + non pointés = solde comptable", ok,
                  f"Solde du relevé {euros(statement.closing)} + non pointés "
                  f"{euros(explained - statement.closing)} = {euros(explained)} "
                  f"{'=' if ok else '≠'} solde comptable {euros(book_balance)}")
    finished = statement.finished_at or ""
    state = (f"Relevé terminé le {finished[8:10]}/{finished[5:7]}/{finished[:4]}" if finished
             else "Relevé en cours de pointage")
    notes = (f"{state} ; solde initial du relevé {euros(statement.opening)}.",
             ("Montants vus de la banque : un encaissement augmente le solde du relevé, un "
              "décaissement le diminue. Les à-nouveaux, qui répètent le solde d'un exercice "
              "clos, ne se pointent pas."))
    return Report(TITLE, association,
                  f"Compte {account} {account_label} — relevé du {day}".replace("  ", " "),
                  ("Montant",), tuple(rows), (check,),
                  key_columns=("Date", "Pièce", "Libellé"), notes=notes)
