"""Feuillets 1 (identification, bilan qualitatif) and 3 (annexe explicative, attestation) of
the compte rendu financier, CERFA n°15059*02: the form's header, the subsidy the compte rendu
is for, the form's questions each with the text the treasurer typed, in the annexe the lines
of the table whose gap the treasurer should explain, and the signed attestation."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.money import Money
from ..formatting import euros
from .compte_rendu import GAP_THRESHOLD, Scope, french_percent, gaps, layout, legal_note, \
    rule_texts, title
from .context import YearContext
from .model import Report, Row, RowKind

#: Shown where the treasurer has typed nothing yet: the funder sees the question is open.
TO_WRITE = "(à compléter par l'association)"
#: Where a name is to be written by hand.
BLANK = "……………………………………"


@dataclass(frozen=True)
class Subsidy:
    """Who reports on which subsidy: the association as the book knows it, what the
    treasurer typed of the grant."""

    association: str
    siren: str = ""
    rna: str = ""
    signatory: str = ""              # the association's signatory (schema 8), may be blank
    granted: Money | None = None     # montant accordé
    decision: str = ""               # date and reference of the decision or convention


def question_keys() -> list[tuple[str, str]]:
    """(key, question) of every text of the form, feuillet 1 then 3."""
    return [(q["key"], q["label"]) for f in layout()["feuillets"] for q in f["questions"]]


def _answer(question: dict, texts: dict[str, str], default: str = TO_WRITE) -> list[Row]:
    return [Row(RowKind.HEADING, question["label"]),
            Row(RowKind.TEXT, texts.get(question["key"], "").strip() or default)]


def _identification(scope: Scope, subsidy: Subsidy) -> list[Row]:
    lines = [("Association", subsidy.association),
             ("N° SIREN", subsidy.siren), ("N° RNA", subsidy.rna),
             ("Action subventionnée", scope.action or "toute l'association"),
             ("Financeur", scope.funder),
             ("Montant de la subvention accordée",
              euros(subsidy.granted) if subsidy.granted is not None else ""),
             ("Date et référence de la décision ou de la convention", subsidy.decision)]
    return [Row(RowKind.HEADING, "Identification"),
            Row(RowKind.TEXT, "\n".join(f"{label} : {value or TO_WRITE}"
                                        for label, value in lines))]


def build_bilan_qualitatif(ctx: YearContext, scope: Scope, texts: dict[str, str],
                           subsidy: Subsidy) -> Report:
    """Feuillet 1: the form's header, the association and the subsidy, then the
    treasurer's bilan qualitatif."""
    lay = layout()
    feuillet = lay["feuillets"][0]
    # The heading « N°15059*02 COMPTE-RENDU … » is the title's start, on every feuillet.
    rows = [Row(RowKind.TEXT, paragraph) for paragraph in lay["header"]]
    rows += _identification(scope, subsidy)
    for question in feuillet["questions"]:
        rows += _answer(question, texts)
    return Report(title(feuillet, scope), ctx.association, scope.subtitle(ctx), (),
                  tuple(rows), key_columns=("",), notes=(legal_note(),))


def unspent(ctx: YearContext, table: Report) -> Money:
    """The réalisation of the line 689 (reports en fonds dédiés) of ``table``."""
    label = next(r["label"] for r in layout()["charges"] if r["accounts"][0] == "689")
    return table.row(label).values[1]


def build_annexe(ctx: YearContext, scope: Scope, texts: dict[str, str], table: Report,
                 bases: tuple[Money, Money], subsidy: Subsidy) -> Report:
    """Feuillet 3: the form's questions with their answers; under the règles, how the
    table's computed lines are made (``bases``: the indirect charges' base, prévision and
    réalisation); under the écarts, the lines of ``table`` (feuillet 2) that are more than
    :data:`GAP_THRESHOLD` off their prévision; then the attestation to sign."""
    lay = layout()
    feuillet = lay["feuillets"][2]
    left = unspent(ctx, table)
    rows: list[Row] = []
    for question in feuillet["questions"]:
        default = TO_WRITE
        # The funder must read what becomes of its money not spent, even if nobody wrote it.
        if question["key"] == "observations" and left.cents > 0:
            default = lay["unspent"].format(amount=euros(left), end=ctx.year.end)
        rows += _answer(question, texts, default)
        if question["key"] == "regles_repartition":
            rows += [Row(RowKind.TEXT, "Calcul du tableau : " + text)
                     for text in rule_texts(scope, bases)]
        elif question["key"] == "ecarts":
            rows += _gap_rows(table)
    rows += [Row(RowKind.HEADING, "Attestation"),
             Row(RowKind.TEXT, lay["attestation"].format(signatory=subsidy.signatory or BLANK))]
    rows += [Row(RowKind.TEXT, line) for line in lay["signature"]]
    return Report(title(feuillet, scope), ctx.association, scope.subtitle(ctx), table.columns,
                  tuple(rows), notes=(legal_note(),))


def _gap_rows(table: Report) -> list[Row]:
    listed = gaps(table)
    threshold = french_percent(GAP_THRESHOLD * 100)
    if not listed:
        return [Row(RowKind.TEXT, f"Aucune ligne du tableau ne s'écarte de plus de {threshold} "
                                  "de sa prévision.")]
    return [Row(RowKind.TEXT, f"Lignes du tableau dont la réalisation s'écarte de plus de "
                              f"{threshold} de la prévision : à expliquer ci-dessus.")] + listed


def as_one(reports: list[tuple[str, Report]]) -> Report:
    """The three feuillets as one report (a CSV holds one table): each under its title, the
    formulas moved with their rows."""
    table = reports[1][1]
    rows: list[Row] = []
    for _name, report in reports:
        rows.append(Row(RowKind.HEADING, report.title))
        offset = len(rows)
        for row in report.rows:
            if row.formula:
                row = row._replace(formula=tuple((sign, i + offset) for sign, i in row.formula))
            rows.append(row)
    return Report(layout()["heading"], table.association, table.period, table.columns,
                  tuple(rows), table.checks, provisional=table.provisional, notes=table.notes)
