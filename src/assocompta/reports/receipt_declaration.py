"""The yearly declaration of the receipts issued (CGI art. 222 bis), as PDF, XLSX or CSV.

What the association declares: « le montant global des dons et versements mentionnés sur ces
documents et perçus au cours de l'année civile précédente ou au cours du dernier exercice
clos s'il ne coïncide pas avec l'année civile ainsi que le nombre de documents délivrés au
cours de cette période ou de cet exercice » (CGI 222 bis, loi 2021-1109 art. 19). This
document gives those two figures, where and when to file them, and, as a working paper for
the association's files, the list of the receipts counted (the declaration itself names no
donor). Sources: docs/receipts.md; addendum §e.5.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from ..domain.money import Money
from ..formatting import euros
from ..output import atomic_file
from ..text import clean_text
from .safety import neutralise
from ..services.receipts import Declaration, Receipt

TITLE = "Déclaration annuelle des dons et versements ayant donné lieu à reçu fiscal"
LAW = "Article 222 bis du code général des impôts"
ONLINE = "https://www.demarches-simplifiees.fr/commencer/declaration-des-dons"
MODELS = {"11580*05": "Particuliers (Cerfa n° 11580*05, art. 200 et 978 du CGI)",
          "16216*03": "Entreprises (Cerfa n° 16216*03, art. 238 bis du CGI)"}
WHERE = (
    "Organisme soumis à l'impôt sur les sociétés déposant une déclaration n° 2065-SD : "
    "cadre L du formulaire n° 2065-bis-SD.",
    "Organisme déposant une déclaration n° 2070-SD : le cadre prévu à cet effet.",
    f"Tout autre organisme (le cas général d'une association) : en ligne, sur {ONLINE}",
)
FINE = ("Défaut de déclaration dans le délai : amende de 150 € (article 1729 B du code général "
        "des impôts), « portée à 1 500 € en cas d'infraction pour la deuxième année "
        "consécutive ».")
NO_DONORS = ("La déclaration porte le nombre de reçus et le montant global des dons et "
             "versements qu'ils mentionnent, sans l'identité des donateurs. La liste des reçus "
             "ci-dessous est un document de travail, à garder avec les doubles des reçus ; "
             "elle n'est pas à transmettre.")
NOT_COUNTED = ("Les reçus annulés ne sont pas comptés (un reçu qui en remplace un autre l'est) ; "
               "les dons pour lesquels aucun reçu n'a été délivré non plus.")


def _date(d: dt.date) -> str:
    return f"{d:%d/%m/%Y}"


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _working_day(d: dt.date) -> bool:
    # In May, the public holidays besides 1 May: 8 May, Ascension, Whit Monday.
    easter = _easter(d.year)
    holidays = {dt.date(d.year, 5, 1), dt.date(d.year, 5, 8),
                easter + dt.timedelta(days=39), easter + dt.timedelta(days=50)}
    return d.weekday() < 5 and d not in holidays


def deadline(end: dt.date) -> tuple[dt.date, str]:
    """When the declaration about a period ending on ``end`` is due, and the rule: the 2nd
    working day after 1 May of the next year for a 31 December end; otherwise 3 months after
    the closing (CGI 223, to which 222 bis refers)."""
    if (end.month, end.day) == (12, 31):
        day, found = dt.date(end.year + 1, 5, 1), 0
        while found < 2:
            day += dt.timedelta(days=1)
            found += _working_day(day)
        return day, "le 2e jour ouvré suivant le 1er mai (clôture au 31 décembre)"
    month = end.month + 3
    year, month = end.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    at_month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    return (dt.date(year, month, last if at_month_end else min(end.day, last)),
            "dans les 3 mois de la clôture de l'exercice")


@dataclass(frozen=True)
class _Content:
    """What every format says, in order."""

    heading: list[tuple[str, object]]    # (label, value) of the association and period
    figures: list[tuple[str, object]]    # the declared figures
    by_model: list[tuple[str, int, Money]]
    notes: list[str]
    provisional: str
    receipts: list[tuple[str, dt.date, str, str, Money]]


def _donor(r: Receipt) -> str:
    first = r.donor_first_name.strip()
    name = r.donor_name.strip()
    if first and first.split()[0] not in name.split():
        name = f"{first} {name}"
    return clean_text(name)


def _content(decl: Declaration) -> _Content:
    who, period = decl.association, decl.period
    ids = " – ".join(f"{what} {value.strip()}" for what, value in (
        ("SIREN", who.siren or ""), ("RNA", who.rna)) if value and value.strip())
    if period.basis == "calendar":
        shown = f"Année civile {period.start.year} (du {_date(period.start)} au {_date(period.end)})"
    else:
        shown = (f"Exercice du {_date(period.start)} au {_date(period.end)} (le dernier "
                 f"exercice se terminant en {period.end.year} ; il ne coïncide pas avec "
                 "l'année civile)")
    provisional = ""
    if not period.closed:
        provisional = ("PROVISOIRE : " + ("l'année n'est pas terminée" if period.basis ==
                                          "calendar" else "l'exercice n'est pas clos")
                       + " ; les chiffres peuvent encore changer.")
    due, rule = deadline(period.end)
    when = f"Quand : {rule}, soit au plus tard le {_date(due)}."
    if decl.made_on > due:
        when += (f" ATTENTION : ce délai est passé (document établi le {_date(decl.made_on)}) ; "
                 "déclarez sans attendre.")
    return _Content(
        heading=[("Organisme", clean_text(who.name)), ("Numéro SIREN ou RNA", ids),
                 ("Période", shown), ("Établi le", decl.made_on)],
        figures=[("Nombre de reçus délivrés", decl.count),
                 ("Montant global des dons et versements mentionnés sur ces reçus", decl.total),
                 ("Reçus annulés (non comptés)", decl.cancelled)],
        by_model=[(MODELS.get(model, f"Cerfa n° {model}"), n, total)
                  for model, n, total in decl.by_model],
        notes=[NOT_COUNTED, "Où déclarer :", *(f"– {w}" for w in WHERE),
               when, FINE, NO_DONORS],
        provisional=provisional,
        receipts=[(r.number, r.issued_at, _donor(r), r.model, r.amount)
                  for r in decl.receipts],
    )


def write_declaration(decl: Declaration, dest: Path | str, fmt: str) -> Path:
    """The declaration ``decl`` at ``dest`` as ``fmt`` ("pdf", "xlsx" or "csv"),
    written atomically."""
    writers = {"pdf": _write_pdf, "xlsx": _write_xlsx, "csv": _write_csv}
    if fmt not in writers:
        raise ValueError(f"format inconnu : {fmt} (pdf, xlsx ou csv)")
    dest = Path(dest)
    content = _content(decl)
    with atomic_file(dest) as tmp:
        writers[fmt](content, tmp)
    return dest


# -- PDF ------------------------------------------------------------------------------------
_STYLES = getSampleStyleSheet()
_BODY = ParagraphStyle("body", parent=_STYLES["BodyText"], fontSize=9, leading=11.5)
_SMALL = ParagraphStyle("small", parent=_BODY, fontSize=8.5, leading=10.5)
_BOLD = ParagraphStyle("bold", parent=_BODY, fontName="Helvetica-Bold")
_NUM = ParagraphStyle("num", parent=_BODY, alignment=TA_RIGHT)
_NUM_BOLD = ParagraphStyle("numb", parent=_NUM, fontName="Helvetica-Bold")
_H1 = ParagraphStyle("h1", parent=_STYLES["Title"], fontSize=14, leading=17,
                     textColor=colors.HexColor("#1F3A68"))
_H2 = ParagraphStyle("h2", parent=_STYLES["Heading2"], fontSize=11, leading=14,
                     spaceBefore=8, textColor=colors.HexColor("#1F3A68"))
_RED = ParagraphStyle("red", parent=_BOLD, textColor=colors.HexColor("#B00020"), fontSize=10)
_GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8896AA")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4F0"))])


def _p(text: str, style=_BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def _shown(value) -> str:
    if isinstance(value, Money):
        return euros(value)
    if isinstance(value, dt.date):
        return _date(value)
    return str(value)


def _write_pdf(c: _Content, path: Path) -> None:
    width = A4[0] - 36 * mm
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm, title=TITLE,
                            author=c.heading[0][1][:200])
    story = [_p(TITLE, _H1), _p(LAW, ParagraphStyle("c", parent=_BODY, alignment=1))]
    if c.provisional:
        story += [Spacer(0, 3 * mm), _p(c.provisional, _RED)]
    story.append(Spacer(0, 4 * mm))
    rows = [[_p(label, _BOLD), _p(_shown(value))] for label, value in c.heading]
    story.append(Table(rows, colWidths=[45 * mm, width - 45 * mm],
                       style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(_p("Chiffres à déclarer", _H2))
    rows = [[_p("Rubrique", _BOLD), _p("Valeur", _NUM_BOLD)]]
    rows += [[_p(label, _BOLD if i < 2 else _BODY), _p(_shown(value),
                                                       _NUM_BOLD if i < 2 else _NUM)]
             for i, (label, value) in enumerate(c.figures)]
    story.append(Table(rows, colWidths=[width - 40 * mm, 40 * mm], style=_GRID))
    if c.by_model:
        story.append(_p("Par modèle de reçu", _H2))
        rows = [[_p("Modèle", _BOLD), _p("Reçus", _NUM_BOLD), _p("Montant", _NUM_BOLD)]]
        rows += [[_p(label), _p(str(n), _NUM), _p(euros(total), _NUM)]
                 for label, n, total in c.by_model]
        story.append(Table(rows, colWidths=[width - 60 * mm, 20 * mm, 40 * mm], style=_GRID))
    story.append(_p("Déclarer", _H2))
    story += [_p(note, _SMALL) for note in c.notes[:-1]]
    story.append(_p(f"Liste des reçus comptés ({len(c.receipts)})", _H2))
    story.append(_p(c.notes[-1], _SMALL))
    story.append(Spacer(0, 2 * mm))
    rows = [[_p(h, _NUM_BOLD if h == "Montant" else _BOLD)
             for h in ("Numéro", "Date", "Donateur", "Modèle", "Montant")]]
    rows += [[_p(number), _p(_date(date)), _p(donor), _p(model), _p(euros(amount), _NUM)]
             for number, date, donor, model, amount in c.receipts]
    rows.append([_p("Total", _BOLD), "", "", "",
                 _p(euros(Money.total(r[4] for r in c.receipts)), _NUM_BOLD)])
    story.append(LongTable(rows, colWidths=[24 * mm, 22 * mm, width - 104 * mm, 24 * mm,
                                            34 * mm], style=_GRID, repeatRows=1))
    doc.build(story)


# -- XLSX -----------------------------------------------------------------------------------
EURO = '#,##0.00\\ "€";\\-#,##0.00\\ "€";0.00\\ "€"'
DATE = "DD/MM/YYYY"


def _cell(ws, row: int, col: int, value, *, bold: bool = False):
    if isinstance(value, Money):
        cell = ws.cell(row, col, value.to_decimal())
        cell.number_format = EURO
    elif isinstance(value, dt.date):
        cell = ws.cell(row, col, value)
        cell.number_format = DATE
    elif isinstance(value, str):
        cell = ws.cell(row, col, neutralise(clean_text(value)))
    else:
        cell = ws.cell(row, col, value)
    if bold:
        cell.font = Font(bold=True)
    return cell


def _write_xlsx(c: _Content, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Déclaration"
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 18
    _cell(ws, 1, 1, TITLE, bold=True)
    _cell(ws, 2, 1, LAW)
    row = 3
    if c.provisional:
        _cell(ws, row, 1, c.provisional, bold=True).font = Font(bold=True, color="B00020")
        row += 1
    row += 1
    for label, value in c.heading + c.figures:
        _cell(ws, row, 1, label, bold=True)
        _cell(ws, row, 2, value).alignment = Alignment(horizontal="left")
        row += 1
    if c.by_model:
        row += 1
        for col, head in enumerate(("Modèle", "Reçus", "Montant"), 1):
            _cell(ws, row, col, head, bold=True)
        for label, n, total in c.by_model:
            row += 1
            _cell(ws, row, 1, label)
            _cell(ws, row, 2, n)
            _cell(ws, row, 3, total)
    row += 2
    for note in c.notes:
        _cell(ws, row, 1, note)
        row += 1
    lst = wb.create_sheet("Reçus")
    for col, (head, w) in enumerate((("Numéro", 14), ("Date", 12), ("Donateur", 45),
                                      ("Modèle", 12), ("Montant", 16)), 1):
        _cell(lst, 1, col, head, bold=True)
        lst.column_dimensions[chr(64 + col)].width = w
    for i, values in enumerate(c.receipts, 2):
        for col, value in enumerate(values, 1):
            _cell(lst, i, col, value)
    total = len(c.receipts) + 2
    _cell(lst, total, 1, "Total", bold=True)
    _cell(lst, total, 5, Money.total(r[4] for r in c.receipts), bold=True)
    lst.freeze_panes = "A2"
    wb.save(path)


# -- CSV ------------------------------------------------------------------------------------
def _csv_value(value) -> str:
    if isinstance(value, Money):
        return str(value)  # -1234,56: the decimal comma, no grouping
    if isinstance(value, dt.date):
        return _date(value)
    return neutralise(clean_text(str(value)))


def _write_csv(c: _Content, path: Path) -> None:
    """Two tables one after the other, a blank row between: the declaration (Rubrique;
    Valeur), then the receipts counted (Numéro;Date;Donateur;Modèle;Montant)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rubrique", "Valeur"])
        w.writerow([_csv_value(TITLE), _csv_value(LAW)])
        if c.provisional:
            w.writerow(["Statut", _csv_value(c.provisional)])
        for label, value in c.heading + c.figures:
            w.writerow([_csv_value(label), _csv_value(value)])
        for label, n, total in c.by_model:
            w.writerow([_csv_value(f"{label} : nombre de reçus"), n])
            w.writerow([_csv_value(f"{label} : montant"), _csv_value(total)])
        for note in c.notes:
            w.writerow(["Note", _csv_value(note)])
        w.writerow([])
        w.writerow(["Numéro", "Date", "Donateur", "Modèle", "Montant"])
        for values in c.receipts:
            w.writerow([_csv_value(v) for v in values])
