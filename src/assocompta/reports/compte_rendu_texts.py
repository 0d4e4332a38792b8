"""Feuillets 1 (bilan qualitatif) and 3 (annexe explicative) of the compte rendu financier,
CERFA n°15059*02: the form's questions, each with the text the treasurer typed, and in the
annexe the lines of the table whose gap the treasurer should explain."""

from __future__ import annotations

from .compte_rendu import (GAP_THRESHOLD, Scope, french_percent, gaps, layout, legal_note,
                           notes)
from .context import YearContext
from .model import Report, Row, RowKind

#: Shown where the treasurer has typed nothing yet: the funder sees the question is open.
TO_WRITE = "(à compléter par l'association)"


def question_keys() -> list[tuple[str, str]]:
    """(key, question) of every text of the form, feuillet 1 then 3."""
    return [(q["key"], q["label"]) for f in layout()["feuillets"] for q in f["questions"]]


def _answer(question: dict, texts: dict[str, str]) -> list[Row]:
    return [Row(RowKind.HEADING, question["label"]),
            Row(RowKind.TEXT, texts.get(question["key"], "").strip() or TO_WRITE)]


def _title(feuillet: dict) -> str:
    return f"{layout()['title']} — {feuillet['number']}. {feuillet['title']}"


def build_bilan_qualitatif(ctx: YearContext, scope: Scope, texts: dict[str, str]) -> Report:
    """Feuillet 1: what the compte rendu is for, then the treasurer's bilan qualitatif."""
    lay = layout()
    feuillet = lay["feuillets"][0]
    rows = [Row(RowKind.TEXT, f"{lay['purpose']} {lay['deadline']}"),
            Row(RowKind.TEXT, "Le compte rendu financier est composé de trois feuillets : "
                              + " ; ".join(f"{f['number']}. {f['title'].lower()}"
                                           for f in lay["feuillets"]) + ".")]
    for question in feuillet["questions"]:
        rows += _answer(question, texts)
    return Report(_title(feuillet), ctx.association, scope.subtitle(ctx), (), tuple(rows),
                  key_columns=("",), notes=(legal_note(),))


def build_annexe(ctx: YearContext, scope: Scope, texts: dict[str, str],
                 table: Report) -> Report:
    """Feuillet 3: the form's questions with their answers; under the écarts, the lines of
    ``table`` (feuillet 2) that are more than :data:`GAP_THRESHOLD` off their prévision."""
    lay = layout()
    feuillet = lay["feuillets"][2]
    rows: list[Row] = []
    for question in feuillet["questions"]:
        rows += _answer(question, texts)
        if question["key"] == "regles_repartition" and scope.action_id is not None:
            rows.append(Row(RowKind.TEXT, "Calcul du tableau : " + notes(scope)[1]))
        elif question["key"] == "ecarts":
            rows += _gap_rows(table)
    return Report(_title(feuillet), ctx.association, scope.subtitle(ctx), table.columns,
                  tuple(rows), notes=(legal_note(),))


def _gap_rows(table: Report) -> list[Row]:
    listed = gaps(table)
    threshold = french_percent(GAP_THRESHOLD * 100)
    if not listed:
        return [Row(RowKind.TEXT, f"Aucune ligne du tableau ne s'écarte de plus de {threshold} "
                                  "de sa prévision.")]
    return [Row(RowKind.TEXT, f"Lignes du tableau dont la réalisation s'écarte de plus de "
                              f"{threshold} de la prévision (seuil choisi par l'application, "
                              "le formulaire n'en fixe pas) : à expliquer ci-dessus.")] + listed


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
    return Report(table.title.split(" — ")[0], table.association, table.period, table.columns,
                  tuple(rows), table.checks, provisional=table.provisional, notes=table.notes)
