"""Reçus au titre des dons as PDF, in the layout of the CERFA n°11580 form: one receipt a page.

A batch is one multi-page PDF: one file to print, post and keep beside the year's books, and
written atomically as a whole (a folder of PDFs could be left half-written).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from ..domain.amount_words import en_lettres
from ..formatting import format_money
from ..output import atomic_file
from ..text import clean_text
from ..services.receipts import FORMS, METHODS, NATURES, Beneficiary, Receipt

FORM_NUMBER = "N° 11580*05"
TITLE = "Reçu au titre des dons à certains organismes d'intérêt général"
ARTICLES = "Articles 200, 238 bis et 978 du code général des impôts"
QUALITY = "Œuvre ou organisme d'intérêt général"
ACKNOWLEDGE = ("Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant "
               "droit à réduction d'impôt, la somme de :")
CERTIFY = ("Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit "
           "ouvrent droit à la réduction d'impôt prévue à l'article :")
ARTICLE_BOXES = (("200", "200 du CGI"), ("238bis", "238 bis du CGI"), ("978", "978 du CGI"))

_W, _H = A4
_LEFT, _RIGHT = 18 * mm, _W - 18 * mm
_FONT, _BOLD = "Helvetica", "Helvetica-Bold"
_SHADE = colors.HexColor("#E8EEF4")


_VALUE_LINES = 3  # lines a name, an address or an object takes at most on a receipt


def _wrap(text: str, font: str, size: float, width: float, max_lines: int | None) -> list[str]:
    """The lines of ``text`` (cleaned: see text.clean_text) at most ``width`` wide, words
    longer than a line broken; at most ``max_lines``, the last ending in « … » if cut."""
    text = clean_text(text)
    cut = False
    if max_lines is not None:
        # No glyph is narrower than a fifth of an em: what is past this bound never shows.
        bound = int(width / size * 5) * max_lines
        cut, text = len(text) > bound, text[:bound]
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width):
        while len(line) > 1 and stringWidth(line, font, size) > width:
            lo, hi = 1, len(line) - 1  # the longest start of the word that fits
            while lo < hi:
                mid = (lo + hi + 1) // 2
                lo, hi = (mid, hi) if stringWidth(line[:mid], font, size) <= width else (
                    lo, mid - 1)
            lines.append(line[:lo])
            line = line[lo:]
        lines.append(line)
    if max_lines is not None and (cut or len(lines) > max_lines):
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


class _Page:
    """A cursor going down one receipt page."""

    def __init__(self, c: rl_canvas.Canvas) -> None:
        self.c = c
        self.y = _H - 16 * mm

    def text(self, text: str, *, size: float = 9.5, bold: bool = False, x: float = _LEFT,
             width: float | None = None, gap: float = 1.5 * mm,
             max_lines: int | None = None) -> None:
        """``text`` wrapped to ``width``; past ``max_lines`` lines, cut and ended by « … »."""
        width = width or _RIGHT - x
        font = _BOLD if bold else _FONT
        self.c.setFont(font, size)
        lines = _wrap(text, font, size, width, max_lines)
        for line in lines or [""]:
            self.y -= size * 1.25
            self.c.drawString(x, self.y, line)
        self.y -= gap

    def label_value(self, label: str, value: str, *, label_w: float = 50 * mm) -> None:
        self.c.setFont(_FONT, 9)
        self.c.drawString(_LEFT + 3 * mm, self.y - 9.5 * 1.25, label)
        # A donor's name or address typed at any length still leaves the receipt on one page.
        self.text(value, bold=True, x=_LEFT + 3 * mm + label_w, gap=1 * mm,
                  max_lines=_VALUE_LINES)

    def section(self, title: str) -> None:
        self.y -= 3 * mm
        self.c.setFillColor(_SHADE)
        self.c.rect(_LEFT, self.y - 6.5 * mm, _RIGHT - _LEFT, 6.5 * mm, stroke=0, fill=1)
        self.c.setFillColor(colors.black)
        self.c.setFont(_BOLD, 10.5)
        self.c.drawCentredString(_W / 2, self.y - 4.6 * mm, title)
        self.y -= 8.5 * mm

    def boxes(self, items: Iterable[tuple[str, bool]], *, x: float = _LEFT + 3 * mm,
              step: float | None = None) -> None:
        """Tick boxes on one line (or wrapped onto the next when they do not fit)."""
        self.y -= 5 * mm
        cx = x
        for label, ticked in items:
            width = 6 * mm + self.c.stringWidth(label, _FONT, 9) + 6 * mm
            if step:
                width = max(width, step)
            if cx + width > _RIGHT and cx > x:
                cx = x
                self.y -= 6 * mm
            self.c.rect(cx, self.y - 0.8 * mm, 3.6 * mm, 3.6 * mm)
            if ticked:
                self.c.setFont(_BOLD, 10)
                self.c.drawCentredString(cx + 1.8 * mm, self.y - 0.1 * mm, "X")
            self.c.setFont(_FONT, 9)
            self.c.drawString(cx + 5.5 * mm, self.y, label)
            cx += width
        self.y -= 3 * mm


def _amount(r: Receipt) -> str:
    # Babel groups with a narrow no-break space, which the PDF's standard fonts lack.
    return format_money(r.amount).replace("\u202f", " ").replace("\xa0", " ")


def _date(d) -> str:
    return f"{d:%d/%m/%Y}"


def _draw(c: rl_canvas.Canvas, r: Receipt, who: Beneficiary, duplicate: bool) -> None:
    p = _Page(c)
    if duplicate:
        c.saveState()
        c.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
        c.setFont(_BOLD, 90)
        c.translate(_W / 2, _H / 2)
        c.rotate(35)
        c.drawCentredString(0, 0, "DUPLICATA")
        c.restoreState()
    c.setFont(_FONT, 8)
    c.drawRightString(_RIGHT, p.y + 4 * mm, FORM_NUMBER)
    c.setFont(_BOLD, 10)
    c.drawString(_LEFT, p.y, f"Numéro d'ordre du reçu : {r.number}")
    if duplicate:
        c.setFillColor(colors.HexColor("#B00020"))
        c.drawRightString(_RIGHT, p.y, "Duplicata")
        c.setFillColor(colors.black)
    p.y -= 9 * mm
    c.setFont(_BOLD, 14)
    c.drawCentredString(_W / 2, p.y, TITLE)
    p.y -= 5.5 * mm
    c.setFont(_FONT, 9.5)
    c.drawCentredString(_W / 2, p.y, ARTICLES)
    p.y -= 2 * mm

    p.section("Bénéficiaire des versements")
    p.label_value("Nom ou dénomination :", who.name)
    p.label_value("Adresse :", who.address.replace("\n", ", "))
    p.label_value("Objet :", who.object)
    if who.siren:
        p.label_value("SIREN :", who.siren)
    p.boxes([(QUALITY, True)])

    p.section("Donateur")
    p.label_value("Nom :", r.donor_name)
    p.label_value("Adresse :", r.donor_address.replace("\n", ", "))

    p.y -= 3 * mm
    p.text(ACKNOWLEDGE, size=9.5)
    c.setFont(_BOLD, 13)
    p.y -= 5 * mm
    c.drawCentredString(_W / 2, p.y, f"*** {_amount(r)} ***")
    p.y -= 4 * mm
    p.label_value("Somme en toutes lettres :", en_lettres(r.amount))
    if r.first_date == r.last_date:
        p.label_value("Date du versement ou du don :", _date(r.first_date))
    else:
        p.label_value("Date du versement ou du don :",
                      f"du {_date(r.first_date)} au {_date(r.last_date)} (versements de la "
                      "période, récapitulatif annuel)")

    p.y -= 2 * mm
    p.text(CERTIFY, size=9.5, gap=0)
    p.boxes(((label, key == "200") for key, label in ARTICLE_BOXES), step=40 * mm)

    p.text("Forme du don :", bold=True, gap=0)
    p.boxes(((label, key == r.form) for key, label in FORMS.items()))
    p.text("Nature du don :", bold=True, gap=0)
    p.boxes(((label, key == r.nature) for key, label in NATURES.items()))
    p.text("En cas de don en numéraire, mode de versement du don :", bold=True, gap=0)
    p.boxes(((label, key in r.methods) for key, label in METHODS.items()))

    p.y -= 6 * mm
    c.setFont(_BOLD, 9.5)
    c.drawString(_RIGHT - 80 * mm, p.y, "Date et signature")
    c.setFont(_FONT, 9.5)
    c.drawString(_RIGHT - 80 * mm, p.y - 5.5 * mm, f"Le {_date(r.issued_at)}")
    c.setStrokeColor(colors.grey)
    c.rect(_RIGHT - 80 * mm, p.y - 32 * mm, 80 * mm, 23 * mm)
    c.setStrokeColor(colors.black)
    c.setFont(_FONT, 7)
    c.setFillColor(colors.grey)
    footer = f" — reçu n° {r.number} — exercice {r.year}"
    name = _wrap(who.name, _FONT, 7, _RIGHT - _LEFT - c.stringWidth(footer, _FONT, 7), 1)
    c.drawString(_LEFT, 12 * mm, (name or [""])[0] + footer)
    c.setFillColor(colors.black)


def write_receipts(receipts: Iterable[Receipt], who: Beneficiary, dest: Path | str, *,
                   duplicate: bool = False) -> Path:
    """The receipts, one a page, in one PDF at ``dest`` (written atomically)."""
    receipts = list(receipts)
    if not receipts:
        raise ValueError("no receipt to write")
    dest = Path(dest)
    with atomic_file(dest) as tmp:
        c = rl_canvas.Canvas(str(tmp), pagesize=A4)
        c.setTitle(TITLE if len(receipts) > 1 else f"Reçu fiscal n° {receipts[0].number}")
        c.setAuthor(clean_text(who.name)[:200])
        for r in receipts:
            _draw(c, r, who, duplicate)
            c.showPage()
        c.save()
    return dest


def receipt_file_name(r: Receipt) -> str:
    """A file name for one receipt: its number and the donor's name, safe on every system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in r.donor_name).strip()
    return f"recu-{r.number}-{safe.replace(' ', '_')}.pdf"
