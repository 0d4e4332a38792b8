"""A budget's totals and checks as the CERFA 12156 makes them, in one place (domain.budget)."""

from assocompta.domain.budget import CheckKind, balance, budget_checks
from assocompta.domain.money import Money


def _euros(amount: Money) -> str:
    return f"{amount} €"


def test_excedent_is_the_line_that_balances_the_form_not_a_failure():
    b = balance([("6063", Money(2_787_000)), ("7561", Money(500_000)),
                 ("741", Money(2_470_000)), ("864", Money(1_800_000)),
                 ("875", Money(1_800_000))])
    assert (b.charges, b.produits, b.excedent, b.insuffisance) == (
        Money(2_787_000), Money(2_970_000), Money(183_000), Money(0))
    # TOTAL DES CHARGES holds the « Excédent prévisionnel » line; 86 and 87 stay apart.
    assert b.total_charges == b.total_produits == Money(2_970_000)
    checks = budget_checks(b)
    assert [c.kind for c in checks] == [CheckKind.TOTALS, CheckKind.EXCEDENT,
                                        CheckKind.CONTRIBUTIONS]
    assert all(c.ok for c in checks)
    assert checks[1].sentence("Budget 2026", _euros) == (
        "Budget 2026 : excédent prévisionnel de 1830,00 € (produits 29700,00 € − "
        "charges 27870,00 €)")
    assert checks[1].sentence("Réalisation", _euros, forecast=False).startswith(
        "Réalisation : excédent de 1830,00 €")


def test_insuffisance_and_unequal_contributions():
    b = balance([("613", Money(100_000)), ("741", Money(60_000)), ("864", Money(5_000)),
                 ("875", Money(4_000))])
    assert b.total_produits == b.total_charges == Money(100_000)
    checks = {c.kind: c for c in budget_checks(b)}
    assert checks[CheckKind.INSUFFISANCE].amounts == (Money(40_000), Money(100_000),
                                                      Money(60_000))
    assert not checks[CheckKind.CONTRIBUTIONS].ok
    assert "emplois 50,00 € ≠ ressources 40,00 €" in \
        checks[CheckKind.CONTRIBUTIONS].sentence("Budget", _euros)
    assert CheckKind.EXCEDENT not in checks
