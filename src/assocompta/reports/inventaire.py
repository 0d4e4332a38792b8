"""The livre d'inventaire as a report: one section per kind of asset or liability, an item
per line (an asset of the register, a tiers' balance, an account's balance), each section's
total, and a check per section that its total is the bilan's for the same accounts."""

from __future__ import annotations

from ..domain.money import Money
from ..formatting import euros
from .model import Check, Report, Row, RowKind, Sum

COLUMNS = ("Valeur brute", "Amortissements", "Valeur nette")
SOURCE = ("Livre d'inventaire (Code de commerce, art. L123-12 et R123-177) : le relevé, à la "
          "clôture, des éléments d'actif et de passif et de leur valeur, dont les comptes "
          "annuels sont la synthèse. Le total de chaque section est comparé au bilan pour "
          "les mêmes comptes.")


def _values(item_or_figures, has_columns: bool) -> tuple[Money | None, ...]:
    brut, amort, net = item_or_figures
    if has_columns:
        return (Money(brut or 0), Money(amort or 0), Money(net))
    return (None, None, Money(net))


def build_inventaire(inventory, *, period: str) -> Report:
    """The report of ``inventory`` (``services.inventaire.Inventory``)."""
    rows: list[Row] = []
    checks: list[Check] = []
    for section in inventory.sections:
        items = section.items
        if not items and section.optional:
            continue
        rows.append(Row(RowKind.HEADING, section.title))
        if section.note:
            rows.append(Row(RowKind.TEXT, section.note))
        if not items:
            rows.append(Row(RowKind.TEXT, "Néant."))
            total = (0, 0, 0)
        else:
            parts = []
            several = len(section.groups) > 1 or bool(section.groups[0].title)
            for group in section.groups:
                at = len(rows)
                if several:
                    rows.append(Row(RowKind.SUBTOTAL, group.title, level=1))
                for item in group.items:
                    rows.append(Row(RowKind.LINE, item.label, _values(
                        (item.brut, item.amort, item.value), section.has_columns),
                        code=item.code, level=2 if several else 1))
                if several:
                    figures = _summed(group.items)
                    rows[at] = rows[at]._replace(
                        values=_values(figures, section.has_columns),
                        formula=Sum(range(at + 1, len(rows))),
                        formula_columns=_formula_columns(section))
                    parts.append(at)
                else:
                    parts.extend(range(at, len(rows)))
            total = _summed(items)
            formula = tuple((1, i) for i in parts)
            rows.append(Row(RowKind.TOTAL, f"Total {section.title[0].lower()}"
                            f"{section.title[1:]}", _values(total, section.has_columns),
                            formula=formula, formula_columns=_formula_columns(section)))
        if items or any(section.bilan):  # « Néant » on both sides says nothing to check
            checks.append(_tie(section, total))
    end = f"{inventory.end:%d/%m/%Y}"
    title = (f"Livre d'inventaire au {end}" if inventory.closed
             else f"Livre d'inventaire provisoire au {end} – exercice non clos")
    # (Without a register, the immobilisations section's own note says where its figures
    # come from.)
    who = (f"{inventory.association} – {inventory.identified}",) if inventory.identified else ()
    return Report(title, inventory.association, period, COLUMNS, tuple(rows), tuple(checks),
                  key_columns=("Compte", "Désignation"), notes=(*who, SOURCE),
                  # a document of the general meeting's pack: a failing check prints
                  quiet_checks=True)


def _formula_columns(section) -> tuple[int, ...]:
    """A section of one amount sums its last column only: the others stay blank."""
    return (0, 1, 2) if section.has_columns else (2,)


def _summed(items) -> tuple[int, int, int]:
    return (sum(i.brut or 0 for i in items), sum(i.amort or 0 for i in items),
            sum(i.value for i in items))


def _tie(section, total: tuple[int, int, int]) -> Check:
    """The section's total against the bilan's figures for its accounts."""
    brut, amort, net = section.bilan
    if section.has_columns:
        ok = (total[0], total[1], total[2]) == (brut, amort, net)
        said = (f"brut {euros(Money(total[0]))}, amortissements {euros(Money(total[1]))}"
                if ok else
                f"brut {euros(Money(total[0]))} / bilan {euros(Money(brut))}, amortissements "
                f"{euros(Money(total[1]))} / bilan {euros(Money(amort))}")
        detail = (f"{section.title} : {said}, net {euros(Money(total[2]))} "
                  f"{'=' if ok else '≠'} bilan {euros(Money(net))} ({section.accounts})")
    else:
        ok = total[2] == net
        detail = (f"{section.title} : {euros(Money(total[2]))} {'=' if ok else '≠'} bilan "
                  f"{euros(Money(net))} ({section.accounts})")
    return Check(f"{section.title} = bilan", ok, detail)
