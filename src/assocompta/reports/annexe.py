"""The annexe as reports: one per note, its paragraphs as TEXT rows and its tables with
their own amount columns, the article it answers in its notes."""

from __future__ import annotations

from ..domain.annexe import Annexe, Note, Paragraph, Table
from .model import Check, Report, Row, RowKind

_KINDS = {"heading": RowKind.HEADING, "line": RowKind.LINE, "subtotal": RowKind.SUBTOTAL,
          "total": RowKind.TOTAL}


#: a note's name on its sheet tab (31 characters at most with « Annexe 12 »)
_SHORT = {"presentation": "Présentation", "methodes": "Méthodes",
          "fonds_propres": "Fonds propres", "fonds_dedies": "Fonds dédiés",
          "fonds_reportes": "Fonds reportés", "legs": "Legs", "subventions": "Subventions",
          "contributions": "Contributions", "immobilisations": "Immobilisations",
          "provisions": "Provisions",
          "engagements": "Engagements", "affectation": "Affectation",
          "autres": "Autres informations"}


def sheet_names(annexe: Annexe) -> list[str]:
    """Workbook sheet names: unique, within a spreadsheet's 31 characters."""
    return [f"Annexe {n} {_SHORT.get(note.key, note.title)}"[:31] for n, note in
            enumerate(annexe.notes, start=1)]


def annexe_reports(annexe: Annexe) -> list[tuple[str, Report]]:
    """(sheet name, report) per note, numbered as the reader finds them."""
    return [(name, note_report(annexe, note, n))
            for n, (name, note) in enumerate(zip(sheet_names(annexe), annexe.notes), start=1)]


def note_report(annexe: Annexe, note: Note, number: int) -> Report:
    tables = [b for b in note.blocks if isinstance(b, Table)]
    width = max((len(t.columns) for t in tables), default=0)
    columns = _padded(tables[0].columns, width) if tables else ()
    rows: list[Row] = []
    # The first note's report opens the document: its title names the annexe and the note
    # comes as its first heading; the others name the annexe too, for their page footers.
    if number == 1:
        title = f"Annexe des comptes annuels – exercice {annexe.year}"
        rows.append(Row(RowKind.HEADING, f"Note {number} : {note.title}"))
    else:
        title = f"Annexe {annexe.year} – note {number} : {note.title}"
    shown = columns
    for block in note.blocks:
        if isinstance(block, Paragraph):
            if block.heading:
                rows.append(Row(RowKind.HEADING, block.heading))
            rows.append(Row(RowKind.TEXT, block.text))
            continue
        heading = _padded(block.columns, width)
        if heading != shown:  # another table of the note: its own headings
            # level 1: the note's next table follows on the page (level 0 breaks it)
            rows.append(Row(RowKind.COLUMNS, block.heading, texts=heading, level=1))
            shown = heading
        elif block.heading:
            rows.append(Row(RowKind.HEADING, block.heading))
        rows += _table_rows(block, len(rows))
        if block.footnote:
            rows.append(Row(RowKind.TEXT, block.footnote))
    # A note of text only has no « Libellé » to head: its paragraphs span the page.
    return Report(title, annexe.association, annexe.period,
                  columns, tuple(rows), tuple(Check(*c) for c in note.checks),
                  notes=(note.article,), provisional=annexe.provisional,
                  key_columns=("Libellé",) if tables else ("Texte",), follows=number > 1,
                  # an AG document, as the bilan: a passing check is for the app, the CLI
                  # and the « Contrôles » sheet; a failing one prints
                  quiet_checks=True)


def _padded(columns: tuple[str, ...], width: int) -> tuple[str, ...]:
    return tuple(columns) + ("",) * (width - len(columns))


def _table_rows(table: Table, first: int) -> list[Row]:
    """The table's rows, their sums as formulas on the report's row indexes (live SUMs in
    the workbook)."""
    return [Row(_KINDS[r.kind], r.label, r.values, level=r.level,
                formula=tuple((sign, first + i) for sign, i in r.adds) or None)
            for r in table.rows]
