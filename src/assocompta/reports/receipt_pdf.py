"""Donation receipts as PDF, in the layout of the official models: one receipt a page.

The model is the receipt's own (``Receipt.model``): an individual's gift is receipted on
Cerfa n°11580*05 (form 2041-RD, CGI art. 200 and 978), a company's on Cerfa n°16216*03 (form
2041-MEC-SD, CGI art. 238 bis). Every text of a model (title, numbers, blocks, boxes,
footnotes) is data, in ``reports/forms/cerfa_<model>.json``, with its sources; this module
only lays it out. A ticked box holds an « X » and an empty box nothing, so that the PDF's
text says what is ticked.

A batch is one multi-page PDF: one file to print, post and keep beside the year's books, and
written atomically as a whole (a folder of PDFs could be left half-written).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

from ..domain.amount_words import en_lettres
from ..domain.money import Money
from ..domain.parties import split_address
from ..formatting import format_money
from ..output import atomic_file
from ..text import clean_text
from ..services.receipts import Beneficiary, Receipt

_W, _H = A4
_LEFT, _RIGHT = 12 * mm, _W - 12 * mm
_TOP, _BOTTOM = _H - 11 * mm, 9 * mm
_FONT, _BOLD = "Helvetica", "Helvetica-Bold"
_BLUE = colors.HexColor("#1F3A68")      # labels and block titles, as the form prints them
_SHADE = colors.HexColor("#DCE4F0")
_RED = colors.HexColor("#B00020")
_SIZE = 8            # body text
_BOX = 3 * mm        # a check box's side
_DOTS = "....../....../......"  # a date the form leaves to be filled in


@functools.cache
def form_texts(model: str) -> dict:
    """The texts of the official model ``model`` (« 11580*05 », « 16216*03 »), as shipped
    in ``assocompta/reports/forms`` (package data)."""
    name = f"cerfa_{model.replace('*', '_')}.json"
    source = resources.files(__package__).joinpath("forms", name)
    if not source.is_file():
        raise ValueError(f"modèle de reçu inconnu : {model}")
    return json.loads(source.read_text(encoding="utf-8"))


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
        # The last line is filled to its end: « Marie DupontDupo… », not « Marie … ».
        last = " ".join(lines[max_lines - 1:max_lines + 1])
        lines = lines[:max_lines]
        while last and stringWidth(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def _one_line(text: str) -> str:
    return ", ".join(part.strip() for part in text.splitlines() if part.strip())


def _date(d: dt.date | None) -> str:
    return f"{d:%d/%m/%Y}" if d else _DOTS


def _figure(amount: Money) -> str:
    # Babel groups with a narrow no-break space, which the PDF's standard fonts lack.
    return format_money(amount, currency=False).replace("\u202f", " ").replace("\xa0", " ")


def _period(r: Receipt) -> str:
    if r.first_date == r.last_date:
        return _date(r.first_date)
    return f"du {_date(r.first_date)} au {_date(r.last_date)}"


class _Overflow(Exception):
    """The receipt does not fit its page as laid out."""


class _Page:
    """A cursor going down one receipt page; ``y`` is the top of what comes next.
    ``level``: 0 first; 1 (when 0 overflowed) long values take one line; 2 (when 1 did too)
    the list of categories, printed when none is chosen, is left out."""

    def __init__(self, c: rl_canvas.Canvas, level: int = 0) -> None:
        self.c = c
        self.y = _TOP
        self.level = level

    @property
    def tight(self) -> bool:
        return self.level > 0

    # -- text ---------------------------------------------------------------------------
    def lines(self, lines: Sequence[str], x: float, y: float, *, size: float = _SIZE,
              font: str = _FONT, color=colors.black, align: str = "left",
              width: float = 0) -> float:
        """Draw ``lines`` from top ``y``; the bottom of the last one."""
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        for line in lines:
            y -= size * 1.22
            if align == "center":
                self.c.drawCentredString(x + width / 2, y + size * 0.22, line)
            elif align == "right":
                self.c.drawRightString(x + width, y + size * 0.22, line)
            else:
                self.c.drawString(x, y + size * 0.22, line)
        self.c.setFillColor(colors.black)
        return y

    def para(self, text: str, *, x: float = _LEFT, width: float | None = None,
             size: float = _SIZE, bold: bool = False, color=colors.black,
             max_lines: int | None = None, gap: float = 1 * mm, align: str = "left") -> None:
        """``text`` wrapped to ``width`` below the cursor; past ``max_lines``, cut (« … »)."""
        width = width or _RIGHT - x
        font = _BOLD if bold else _FONT
        lines = _wrap(text, font, size, width, max_lines) or [""]
        self.y = self.lines(lines, x, self.y, size=size, font=font, color=color,
                            align=align, width=width) - gap

    def field(self, x: float, y: float, width: float, label: str, value: str,
              max_lines: int = 1, size: float = _SIZE) -> float:
        """« label value » from top ``y``, the value wrapped beside its label; its bottom."""
        lw = stringWidth(label, _BOLD, size) + 1.5 * mm
        self.lines([label], x, y, size=size, font=_BOLD, color=_BLUE)
        value_lines = _wrap(value, _FONT, size + 0.5, max(width - lw, 10 * mm), max_lines)
        return self.lines(value_lines or [""], x + lw, y, size=size + 0.5)

    def fields(self, *items: tuple[str, str, float, int]) -> None:
        """Fields side by side, each (label, value, share of the width, lines at most)."""
        x, bottom = _LEFT + 1 * mm, self.y
        full = _RIGHT - _LEFT - 2 * mm
        for label, value, share, max_lines in items:
            max_lines = 1 if self.tight else max_lines
            bottom = min(bottom, self.field(x, self.y, full * share - 2 * mm, label, value,
                                            max_lines))
            x += full * share
        self.y = bottom - 0.8 * mm

    def section(self, title: str) -> None:
        self.y -= 1.5 * mm
        self.c.setFillColor(_SHADE)
        self.c.setStrokeColor(_BLUE)
        self.c.rect(_LEFT, self.y - 5.5 * mm, _RIGHT - _LEFT, 5.5 * mm, stroke=1, fill=1)
        self.c.setStrokeColor(colors.black)
        self.c.setFillColor(_BLUE)
        self.c.setFont(_BOLD, 9.5)
        self.c.drawCentredString(_W / 2, self.y - 3.9 * mm, title)
        self.c.setFillColor(colors.black)
        self.y -= 7 * mm

    # -- boxes --------------------------------------------------------------------------
    def checkbox(self, x: float, y: float, width: float, ticked: bool, label: str, *,
                 size: float = _SIZE, max_lines: int | None = None) -> float:
        """A box (« X » when ticked) and its label wrapped beside it, from top ``y``."""
        top = y - size * 1.22 + size * 0.22 - 0.6 * mm
        self.c.setLineWidth(0.6)
        self.c.rect(x, top, _BOX, _BOX)
        if ticked:
            self.c.setFont(_BOLD, 8.5)
            self.c.drawCentredString(x + _BOX / 2, top + 0.75 * mm, "X")
        lines = _wrap(label, _FONT, size, width - _BOX - 1.5 * mm, max_lines)
        return self.lines(lines or [""], x + _BOX + 1.5 * mm, y, size=size)

    def boxes(self, items: Iterable[tuple[str, bool]], *, x: float = _LEFT + 2 * mm,
              size: float = _SIZE) -> None:
        """Boxes flowing on lines: each as wide as its label, a new line when it does not
        fit; a label wider than the line wraps under itself."""
        cx, bottom = x, self.y
        for label, ticked in items:
            need = _BOX + 1.5 * mm + stringWidth(label, _FONT, size) + 5 * mm
            if cx > x and cx + need > _RIGHT:
                cx, self.y = x, bottom - 0.8 * mm
            width = min(need, _RIGHT - cx)
            bottom = min(bottom, self.checkbox(cx, self.y, width, ticked, label, size=size))
            cx += need
        self.y = bottom - 1.2 * mm

    def amount(self, figure: Money, currency: str, words_label: str, words: str) -> None:
        """The figure framed by asterisks in a box, then the amount in words beside it."""
        top = self.y - 0.5 * mm
        self.c.setLineWidth(0.8)
        self.c.rect(_LEFT + 2 * mm, top - 7 * mm, 48 * mm, 7 * mm)
        self.c.setFont(_BOLD, 11)
        self.c.drawCentredString(_LEFT + 26 * mm, top - 5 * mm, f"*** {_figure(figure)} ***")
        self.c.setFont(_FONT, _SIZE)
        self.c.drawString(_LEFT + 52 * mm, top - 4.8 * mm, currency)
        x = _LEFT + 66 * mm
        bottom = self.lines(_wrap(words_label, _BOLD, _SIZE, _RIGHT - x, 2), x, top,
                            font=_BOLD, color=_BLUE)
        bottom = self.lines(_wrap(words, _FONT, _SIZE + 0.5, _RIGHT - x, 2), x, bottom,
                            size=_SIZE + 0.5)
        self.y = min(bottom, top - 7 * mm) - 1.5 * mm

    def framed(self, text: str, max_lines: int) -> None:
        """``text`` in a box the width of the page (a description)."""
        max_lines = 1 if self.tight else max_lines
        lines = _wrap(text, _FONT, _SIZE, _RIGHT - _LEFT - 4 * mm, max_lines) or [""]
        height = max(len(lines) * _SIZE * 1.22 + 2 * mm, 9 * mm)
        self.c.setLineWidth(0.6)
        self.c.rect(_LEFT + 1 * mm, self.y - height, _RIGHT - _LEFT - 2 * mm, height)
        self.lines(lines, _LEFT + 2.5 * mm, self.y - 1 * mm)
        self.y -= height + 1.5 * mm


# -- the blocks both models share ----------------------------------------------------------
def _watermark(c: rl_canvas.Canvas, text: str, color) -> None:
    c.saveState()
    c.setFillColor(color)
    c.setFont(_BOLD, 96 if len(text) < 8 else 80)
    c.translate(_W / 2, _H / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def _header(p: _Page, texts: dict, r: Receipt, duplicate: bool) -> None:
    c = p.c
    top = p.y
    c.setFont(_BOLD, 13)
    c.drawString(_LEFT, top - 5 * mm, "cerfa")
    c.setFont(_FONT, 8)
    c.drawString(_LEFT, top - 9 * mm, texts["cerfa"])
    side = 44 * mm
    title = _wrap(texts["title"], _BOLD, 10.5, _RIGHT - _LEFT - 2 * side, None)
    bottom = p.lines(title, _LEFT + side, top, size=10.5, font=_BOLD, color=_BLUE,
                     align="center", width=_RIGHT - _LEFT - 2 * side)
    x = _RIGHT - 42 * mm
    c.setFont(_BOLD, 10)
    c.drawRightString(_RIGHT, top - 4 * mm, texts["form"])
    c.setFont(_FONT, 7.5)
    c.drawRightString(_RIGHT, top - 8.5 * mm, texts["receipt_number"])
    c.setLineWidth(0.8)
    c.rect(x, top - 16 * mm, 42 * mm, 6 * mm)
    c.setFont(_BOLD, 10)
    c.drawCentredString(x + 21 * mm, top - 14.2 * mm, clean_text(r.number)[:24])
    p.y = min(bottom, top - 17 * mm)
    # « Duplicata » as the receipts printed it before the models were data (tests, users).
    marks = [m for m, shown in (("ANNULÉ", r.cancelled), ("Duplicata", duplicate)) if shown]
    if marks:
        c.setFillColor(_RED)
        c.setFont(_BOLD, 10)
        c.drawRightString(_RIGHT, p.y - 4 * mm, " – ".join(marks))
        c.setFillColor(colors.black)
        p.y -= 5 * mm
    if r.replaces:
        p.para(f"Annule et remplace le reçu n° {r.replaces}", bold=True, size=9,
               color=_RED, max_lines=1)
    if r.cancelled:
        reason = (r.cancel_reason or "").strip()
        p.para(f"Reçu annulé le {_date(r.cancelled_at)} : {reason}", bold=True, size=9,
               color=_RED, max_lines=1 if p.tight else 2)


def _category_text(entry: dict, who: Beneficiary) -> str:
    return entry["text"].format(
        decree=_date(who.rup_decree_date), journal=_date(who.rup_journal_date), order=_DOTS,
        approval=_DOTS, detail=who.category_detail.strip() or "." * 30)


def _category(p: _Page, texts: dict, who: Beneficiary) -> None:
    """The association's box ticked, under its parent box when it is one of the « Œuvre ou
    organisme d'intérêt général » sub-boxes; the form allows printing only the ticked one."""
    entries = {e["key"]: e for e in texts["categories"]}
    entry = entries.get(who.category)
    if entry is None and who.category in texts.get("categories_elsewhere", {}).get("keys", ()):
        entry = {e["key"]: e for e in form_texts("11580*05")["categories"]}[who.category]
    size, x, width = 7.5, _LEFT + 1 * mm, _RIGHT - _LEFT - 1 * mm
    if entry is None:
        # No category chosen: the whole list, for the signatory to tick by hand.
        p.para(texts["category_prompt"], size=size, bold=True, color=_BLUE, gap=0.5 * mm)
        p.y = p.checkbox(x, p.y, width, False, texts["general_interest"], size=6) - 0.3 * mm
        if p.level > 1:
            p.para("Catégorie de l'organisme non renseignée.", x=x + 6 * mm, size=size,
                   bold=True, color=_RED)
            return
        for group, indent in ((True, 6 * mm), (False, 0)):
            items = [e for e in texts["categories"]
                     if bool(e.get("under_general_interest")) is group]
            half = (width - indent - 3 * mm) / 2
            for i in range(0, len(items), 2):
                p.y = min(p.checkbox(x + indent + j * (half + 3 * mm), p.y, half, False,
                                     _category_text(e, who), size=5.2, max_lines=4)
                          for j, e in enumerate(items[i:i + 2])) - 0.2 * mm
        p.y -= 1 * mm
        return
    p.para(texts["category_prompt"], size=size, bold=True, color=_BLUE, gap=0.5 * mm)
    if entry.get("under_general_interest"):
        p.y = p.checkbox(x, p.y, width, True, texts["general_interest"], size=size) - 0.5 * mm
        x, width = x + 6 * mm, width - 6 * mm
    p.y = p.checkbox(x, p.y, width, True, _category_text(entry, who), size=size,
                     max_lines=2 if p.tight else 4) - 1 * mm


def _beneficiary(p: _Page, texts: dict, who: Beneficiary) -> None:
    f = texts["beneficiary_fields"]
    p.section(texts["blocks"]["beneficiary"])
    street, postcode, city = who.address, who.postcode, who.city
    if not postcode and not city:
        street, postcode, city = split_address(who.address)
    ids = " – ".join(f"{what} {value.strip()}" for what, value in (
        ("SIREN", who.siren or ""), ("RNA", who.rna)) if value and value.strip())
    p.fields((f["name"], who.name, 1, 2))
    p.fields((f["id"], ids, 1, 1))
    p.fields((f["address"], _one_line(street), 1, 2))
    p.fields((f["postcode"], postcode, 1 / 3, 1), (f["city"], city, 2 / 3, 1))
    p.fields((f["country"], who.country, 1, 1))
    p.fields((f["object"], who.object, 1, 3))
    p.y -= 0.5 * mm
    _category(p, texts, who)


def _signature(p: _Page, texts: dict, r: Receipt, top: float) -> float:
    """The « Date et signature » box on the right from ``top``, as tall as the page leaves
    it above the footnotes (14 to 24 mm); its bottom."""
    width, x = 72 * mm, _RIGHT - 72 * mm
    p.lines([texts["signature"]], x, top, size=_SIZE, font=_BOLD, color=_BLUE,
            align="center", width=width)
    box_top = top - 4.5 * mm
    height = max(14 * mm, min(24 * mm, box_top - _notes_top(texts) - 3 * mm))
    p.c.setLineWidth(0.6)
    p.c.rect(x, box_top - height, width, height)
    y = p.lines([f"Le {_date(r.issued_at)}"], x + 2 * mm, box_top - 0.5 * mm)
    if r.signatory.strip():
        p.lines(_wrap(r.signatory, _FONT, _SIZE, width - 4 * mm, 2), x + 2 * mm, y)
    return box_top - height


_NOTE_SIZE = 6.2


def _note_lines(texts: dict) -> list[str]:
    return [line for note in texts["footnotes"]
            for line in _wrap(note, _FONT, _NOTE_SIZE, _RIGHT - _LEFT, None)]


def _notes_top(texts: dict) -> float:
    return _BOTTOM + 4 * mm + len(_note_lines(texts)) * _NOTE_SIZE * 1.22


def _footnotes(p: _Page, texts: dict, r: Receipt, who: Beneficiary) -> None:
    """The footnotes at the foot of the page, then a line naming the receipt (a batch)."""
    size, width = _NOTE_SIZE, _RIGHT - _LEFT
    lines, top = _note_lines(texts), _notes_top(texts)
    if p.y < top + 1 * mm:
        raise _Overflow(r.number)
    p.c.setLineWidth(0.5)
    p.c.line(_LEFT, top + 0.8 * mm, _LEFT + 50 * mm, top + 0.8 * mm)
    p.lines(lines, _LEFT, top, size=size, color=colors.HexColor("#333333"))
    footer = f" — reçu n° {r.number} — Cerfa n° {texts['model']}"
    name = _wrap(who.name, _FONT, 6.5, width - stringWidth(footer, _FONT, 6.5), 1)
    p.c.setFont(_FONT, 6.5)
    p.c.setFillColor(colors.grey)
    p.c.drawString(_LEFT, _BOTTOM, (name or [""])[0] + footer)
    p.c.setFillColor(colors.black)


# -- Cerfa n°11580*05: individuals ---------------------------------------------------------
def _donor_names(r: Receipt) -> tuple[str, str]:
    """(Nom, Prénoms): the receipt keeps the donor's name and first name; a name that is
    the display name (« Marie Dupont ») loses the first name it repeats."""
    name, first = r.donor_name.strip(), r.donor_first_name.strip()
    if first:
        words, given = name.split(), first.split()
        if words[:len(given)] == given and len(words) > len(given):
            name = " ".join(words[len(given):])
        elif words[-len(given):] == given and len(words) > len(given):
            name = " ".join(words[:-len(given)])
    return name, first


def _donor_place(r: Receipt) -> tuple[str, str, str]:
    street, postcode, city = r.donor_address, r.donor_postcode, r.donor_city
    if not postcode and not city:
        street, postcode, city = split_address(r.donor_address)
    return _one_line(street), postcode, city


def _individual(p: _Page, texts: dict, r: Receipt, who: Beneficiary) -> None:
    _beneficiary(p, texts, who)

    f = texts["donor_fields"]
    p.section(texts["blocks"]["donor"])
    name, first = _donor_names(r)
    street, postcode, city = _donor_place(r)
    country = r.donor_country.strip() or (
        "France" if len(postcode) == 5 and postcode.isdigit() else "")
    p.fields((f["name"], name, 1 / 2, 2), (f["first_name"], first, 1 / 2, 2))
    p.fields((f["address"], street, 1, 2))
    p.fields((f["postcode"], postcode, 1 / 3, 1), (f["city"], city, 2 / 3, 1))
    p.fields((f["country"], country, 1, 1))

    a = texts["amount"]
    p.y -= 2 * mm
    p.para(a["acknowledge"], gap=0.5 * mm)
    p.amount(r.amount, a["currency"], a["words"], en_lettres(r.amount))
    p.fields((a["date"], _period(r), 1, 1))

    p.y -= 1 * mm
    cert = texts["certification"]
    p.para(cert["text"], gap=0.3 * mm)
    p.boxes(((b["text"], b["key"] in r.article_keys) for b in cert["boxes"]),
            x=_LEFT + 12 * mm)

    natures = set(r.natures)
    p.para(texts["forms"]["label"], bold=True, color=_BLUE, gap=0.3 * mm)
    p.boxes((b["text"], b["key"] == r.form) for b in texts["forms"]["boxes"])
    p.para(texts["natures"]["label"], bold=True, color=_BLUE, gap=0.3 * mm)
    plain = [b for b in texts["natures"]["boxes"] if not b.get("detail")]
    p.boxes((b["text"], bool(natures & {b["key"], *b.get("also", ())})) for b in plain)
    for b in texts["natures"]["boxes"]:
        if b.get("detail"):
            ticked = bool(natures & {b["key"], *b.get("also", ())})
            detail = f" {_one_line(r.description)}" if ticked and r.description.strip() else ""
            p.y = p.checkbox(_LEFT + 2 * mm, p.y, _RIGHT - _LEFT - 2 * mm, ticked,
                             b["text"] + detail, max_lines=1 if p.tight else 2) - 1.2 * mm
    m = texts["methods"]
    cash = m["only_for"] in natures
    p.para(m["label"], bold=True, color=_BLUE, gap=0.3 * mm)
    p.boxes((b["text"], cash and b["key"] in r.methods) for b in m["boxes"])

    p.y = _signature(p, texts, r, p.y - 1 * mm) - 2 * mm
    _footnotes(p, texts, r, who)


# -- Cerfa n°16216*03: companies -----------------------------------------------------------
def _in_words(amount: Money, texts: dict) -> str:
    return en_lettres(amount) if amount else texts["none_in_words"]


def _company(p: _Page, texts: dict, r: Receipt, who: Beneficiary) -> None:
    _beneficiary(p, texts, who)

    f = texts["donor_fields"]
    p.section(texts["blocks"]["donor"])
    street, postcode, city = _donor_place(r)
    p.fields((f["name"], r.donor_name, 1, 2))
    p.fields((f["legal_form"], r.donor_legal_form, 1 / 2, 1),
             (f["siren"], r.donor_siren, 1 / 2, 1))
    p.fields((f["address"], street, 1, 2))
    p.fields((f["postcode"], postcode, 1 / 3, 1), (f["city"], city, 2 / 3, 1))

    p.section(texts["blocks"]["gifts"])
    in_kind, cash = r.in_kind_amount, r.cash_amount
    k = texts["in_kind"]
    p.para(k["acknowledge"], gap=0.5 * mm)
    p.amount(in_kind, texts["currency"], k["words"], _in_words(in_kind, texts))
    p.para(k["description"], bold=True, color=_BLUE, gap=0.5 * mm)
    p.framed(r.description if in_kind else "", 3)
    v = texts["cash"]
    p.para(v["acknowledge"], gap=0.5 * mm)
    p.amount(cash, texts["currency"], v["words"], _in_words(cash, texts))
    m = texts["methods"]
    p.para(m["label"], bold=True, color=_BLUE, gap=0.3 * mm)
    p.boxes((b["text"], bool(cash) and b["key"] in r.methods) for b in m["boxes"])
    t = texts["total"]
    p.para(t["label"], bold=True, color=_BLUE, gap=0.5 * mm)
    p.amount(r.amount, texts["currency"], t["words"], _in_words(r.amount, texts))

    top = p.y - 1 * mm
    width = _RIGHT - _LEFT - 78 * mm
    bottom = p.lines(_wrap(texts["period"], _BOLD, _SIZE, width, None), _LEFT + 1 * mm, top,
                     font=_BOLD, color=_BLUE)
    bottom = p.lines([_period(r)], _LEFT + 1 * mm, bottom, size=_SIZE + 0.5)
    p.y = min(bottom, _signature(p, texts, r, top)) - 2 * mm
    _footnotes(p, texts, r, who)


def _draw(c: rl_canvas.Canvas, r: Receipt, who: Beneficiary, duplicate: bool) -> None:
    texts = form_texts(r.model)
    if r.cancelled:
        _watermark(c, "ANNULÉ", colors.Color(0.75, 0.05, 0.1, alpha=0.16))
    elif duplicate:
        _watermark(c, "DUPLICATA", colors.Color(0.85, 0.1, 0.1, alpha=0.12))
    for level in range(3):
        # Laid out on a scratch canvas first: a page that overflows is laid out again,
        # tighter (see _Page); the tightest always fits (the tests' worst case: every value
        # hundreds of characters long, no category chosen).
        try:
            _layout(_Page(rl_canvas.Canvas(io.BytesIO(), pagesize=A4), level), texts, r, who,
                    duplicate)
        except _Overflow:
            if level == 2:
                raise RuntimeError(f"reçu {r.number} : la page déborde") from None
            continue
        break
    _layout(_Page(c, level), texts, r, who, duplicate)


def _layout(p: _Page, texts: dict, r: Receipt, who: Beneficiary, duplicate: bool) -> None:
    _header(p, texts, r, duplicate)
    (_company if r.is_company else _individual)(p, texts, r, who)


def write_receipts(receipts: Iterable[Receipt], who: Beneficiary, dest: Path | str, *,
                   duplicate: bool = False) -> Path:
    """The receipts, one a page, each in its own model's layout, in one PDF at ``dest``
    (written atomically). ``duplicate`` marks every page « DUPLICATA »."""
    receipts = list(receipts)
    if not receipts:
        raise ValueError("no receipt to write")
    dest = Path(dest)
    with atomic_file(dest) as tmp:
        c = rl_canvas.Canvas(str(tmp), pagesize=A4)
        first = form_texts(receipts[0].model)
        c.setTitle(first["title"] if len(receipts) > 1
                   else f"Reçu fiscal {first['form']} n° {receipts[0].number}")
        c.setAuthor(clean_text(who.name)[:200])
        c.setSubject(", ".join(sorted({f"Cerfa n° {r.model}" for r in receipts})))
        for r in receipts:
            _draw(c, r, who, duplicate)
            c.showPage()
        c.save()
    return dest


def receipt_file_name(r: Receipt) -> str:
    """A file name for one receipt: its number and the donor's name, safe on every system."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in r.donor_name).strip()
    return f"recu-{r.number}-{safe.replace(' ', '_')}.pdf"
