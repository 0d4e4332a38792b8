"""PDF writer (reportlab): A4, association header, "page N / M", repeated table headers."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, KeepTogether, LongTable, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, TableStyle)

from ..formatting import format_money
from ..output import atomic_file
from ..text import clean_text
from .model import Percent, Report, RowKind

_STYLES = getSampleStyleSheet()
_CELL = ParagraphStyle("cell", parent=_STYLES["BodyText"], fontSize=8.5, leading=10.5)
_CELL_BOLD = ParagraphStyle("cellb", parent=_CELL, fontName="Helvetica-Bold")
_NUM = ParagraphStyle("num", parent=_CELL, alignment=TA_RIGHT)
_SHADE = colors.HexColor("#E8EEF4")
_PROVISIONAL = ParagraphStyle("provisional", parent=_CELL, fontSize=10, leading=13,
                              textColor=colors.HexColor("#B00020"))


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so that each page can say "page N / M", and which report it holds
    (set by the :class:`_Mark` drawn at each report's start): a bilan's passif page or a
    long table's last page still names its document, and a provisional one says so."""

    def __init__(self, *args, footer: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []
        self._footer = footer
        self.report_footer = ""
        self.report_mark = ""

    def showPage(self):  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()
        # The next page goes on with the last report started on this one.
        self.report_footer, self.report_mark = self.__dict__.pop(
            "next_footer", (self.report_footer, self.report_mark))
        self.page_started = False  # no report has started on the new page yet

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _ = self._pagesize
            self.setFont("Helvetica", 8)
            self.setFillColor(colors.grey)
            number = f"page {self._pageNumber} / {total}"
            room = width - 30 * mm - self.stringWidth(number, "Helvetica", 8) - 6 * mm
            self.drawString(15 * mm, 10 * mm, _fit_width(self.report_footer or self._footer,
                                                         room, self))
            self.drawRightString(width - 15 * mm, 10 * mm, number)
            if self.report_mark:  # on every page, not only under the first title
                self.setFillColor(colors.HexColor("#B00020"))
                self.setFont("Helvetica-Bold", 8)
                self.drawString(15 * mm, 6 * mm, _fit_width(self.report_mark, room, self))
            super().showPage()
        super().save()


def _fit_width(text: str, width: float, canvas) -> str:
    """``text`` cut (« … ») to ``width`` points in the canvas's footer font."""
    if canvas.stringWidth(text, canvas._fontname, canvas._fontsize) <= width:
        return text
    while text and canvas.stringWidth(text + "…", canvas._fontname, canvas._fontsize) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _Mark(Flowable):
    """Nothing on the page: tells the canvas which report the pages from here hold."""

    def __init__(self, footer: str, mark: str) -> None:
        super().__init__()
        self.footer, self.mark = footer, mark

    def wrap(self, *_):
        return 0, 0

    def draw(self):
        # The footer names the first report starting on a page (the annexe's first note,
        # not the third that starts at its foot); a page without one, the report going on.
        if not getattr(self.canv, "page_started", False):
            self.canv.report_footer = self.footer
            self.canv.report_mark = self.mark
            self.canv.page_started = True
        else:
            self.canv.next_footer = (self.footer, self.mark)


#: Lines a table cell may take: a row then always fits on a page (a 3 000-character label
#: made a row taller than the page, which reportlab cannot lay out).
_CELL_LINES = 12
#: Characters a title, a period or a note may hold before it is cut.
_LONG_TEXT = 600


def _fit(text: str, limit: int) -> str:
    """``text`` cleaned (see text.clean_text) and cut to ``limit`` characters, the cut shown
    by « … »: the full text stays in the CSV, XLSX and FEC exports."""
    text = clean_text(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _cell_limit(width: float, size: float) -> int:
    """Characters a cell ``width`` points wide holds in ``_CELL_LINES`` lines of ``size``
    points, counting each character as wide as the widest glyphs (one em)."""
    return max(8, int(width / size) * _CELL_LINES)


def _esc(text: str, limit: int = _LONG_TEXT) -> str:
    text = _fit(text, limit)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraph(text: str) -> str:
    """A free text as reportlab markup: escaped, its own line breaks kept. Long: it may run
    over pages, one table row a page can hold (reportlab cannot split a row)."""
    text = clean_text(text, lines=True).replace("\r\n", "\n")
    lines = [_esc(line, 4000) for line in text.split("\n")]
    return "<br/>".join(lines)


def _table_start(header: list) -> tuple[list, list]:
    """A table's rows (its header first) and style."""
    return [header], [
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]


def _table(data: list, style: list, widths: list) -> list:
    if len(data) < 2:  # a header and nothing under it
        return []
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return [table]


def _story(report: Report, width: float, repeat_header: bool = True) -> list:
    """The report's flowables; ``repeat_header``: the association, period and date above
    the title (left out for a report following another on its page)."""
    title = f"<b>{_esc(report.title)}</b>"
    story = [
        Paragraph(f"<b>{_esc(report.association)}</b>", _STYLES["Title"]),
        Paragraph(f"{title} — {_esc(report.period)}", _STYLES["Heading3"]),
        Paragraph(f"Édité le {report.edited:%d/%m/%Y}", _CELL),
    ] if repeat_header else [Paragraph(title, _STYLES["Heading3"])]
    story.insert(0, _Mark(clean_text(f"{report.title} — {report.association} — "
                                     f"{report.period}"),
                          clean_text(report.provisional)))
    # Under the title, where a reader looks before the figures (and in every page's footer).
    if report.provisional and repeat_header:
        story.append(Paragraph(f"<b>{_esc(report.provisional)}</b>", _PROVISIONAL))
    story.append(Spacer(0, 4 * mm))
    keys = len(report.key_columns)
    amount_w = 30 * mm
    other_keys = [22 * mm] * (keys - 1)
    label_w = width - amount_w * len(report.columns) - sum(other_keys)
    limits = [_cell_limit(w - 4, _CELL.fontSize) for w in other_keys + [label_w]]
    widths = other_keys + [label_w] + [amount_w] * len(report.columns)
    ncols = keys + len(report.columns)
    header = ([Paragraph(f"<b>{_esc(h)}</b>", _CELL) for h in report.key_columns]
              + [Paragraph(f"<b>{_esc(h)}</b>", _NUM) for h in report.columns])
    data, style = _table_start(header)
    for row in report.rows:
        i = len(data)
        if row.kind is RowKind.COLUMNS:
            # The rows below have their own headings (the bilan's passif, an annexe note's
            # second table): a table of their own, its header repeated on each page, on a
            # new page for a level-0 block (the passif), below the last one otherwise.
            story += _table(data, style, widths)
            story.append(PageBreak() if row.level == 0 else Spacer(0, 3 * mm))
            data, style = _table_start(
                [Paragraph(f"<b>{_esc(row.label)}</b>", _CELL)] + [""] * (keys - 1)
                + [Paragraph(f"<b>{_esc(t)}</b>", _NUM) for t in row.texts]
                + [""] * (len(report.columns) - len(row.texts)))
            continue
        if row.kind is RowKind.TEXT:  # a paragraph across the whole table
            data.append([Paragraph(_paragraph(row.label), _CELL)] + [""] * (ncols - 1))
            style.append(("SPAN", (0, i), (-1, i)))
            continue
        bold = row.kind in (RowKind.HEADING, RowKind.TOTAL, RowKind.RESULT, RowKind.SUBTOTAL)
        texts = row.key_texts(keys)
        cells = []
        for c, text in enumerate(texts):
            indent = "&nbsp;" * 3 * row.level if c == keys - 1 else ""
            body = _esc(text, limits[c] - (3 * row.level if c == keys - 1 else 0))
            if row.kind is RowKind.DONT:
                body = f"<i>{body}</i>"
            elif row.kind is RowKind.DETAIL:
                body = f'<font size="7.5" color="#555555">{body}</font>'
            cells.append(Paragraph(indent + body, _CELL_BOLD if bold else _CELL))
        for v in row.values:
            text = (v.french() if isinstance(v, Percent) else format_money(v)
                    if v is not None else "")
            cells.append(Paragraph(f"<b>{text}</b>" if bold else text, _NUM))
        cells += [""] * (keys + len(report.columns) - len(cells))
        data.append(cells)
        if row.emphasis:
            style += [("BACKGROUND", (0, i), (-1, i), _SHADE),
                      ("LINEABOVE", (0, i), (-1, i), 0.6, colors.black)]
        elif row.kind is RowKind.HEADING:
            style.append(("LINEBELOW", (0, i), (-1, i), 0.3, colors.grey))
    story += _table(data, style, widths)
    story.append(Spacer(0, 4 * mm))
    for check in report.checks:
        if check.ok and report.quiet_checks:  # see Report.quiet_checks; a failure shows
            continue
        color = "#1B5E20" if check.ok else "#B00020"
        story.append(Paragraph(f'<font color="{color}">{_esc(check.sentence())}</font>', _CELL))
    for note in report.notes:
        story.append(Paragraph(f"<i>{_esc(note)}</i>", ParagraphStyle(
            "note", parent=_CELL, fontSize=7, textColor=colors.grey)))
    if isinstance(report.rows, tuple) and len(report.rows) <= _KEPT_ROWS:
        return _kept(story)
    return story


#: A report of up to this many rows keeps each page's part whole (a grand livre is measured
#: once, as it is laid out, never twice to be kept together).
_KEPT_ROWS = 60


def _kept(story: list) -> list:
    """Each part of a short report between page breaks kept on one page when it fits: an
    annexe note's title is not left at a page's foot, a table of five rows not cut after
    one, its citation not alone on the next page."""
    out: list = []
    chunk: list = []
    for flowable in story:
        if isinstance(flowable, PageBreak):
            out += [KeepTogether(chunk), flowable]
            chunk = []
        else:
            chunk.append(flowable)
    return out + [KeepTogether(chunk)]


def write_pdf(reports: Iterable[Report], dest: Path) -> Path:
    """All reports in one PDF, each starting on a new page; written atomically."""
    reports = list(reports)
    dest = Path(dest)
    wide = max(len(r.key_columns) + len(r.columns) for r in reports) > 4
    pagesize = landscape(A4) if wide else A4
    with atomic_file(dest) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=pagesize, leftMargin=15 * mm,
                                rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                                title=_fit(reports[0].title, _LONG_TEXT),
                                author=_fit(reports[0].association, _LONG_TEXT))
        story = []
        for n, report in enumerate(reports):
            if n:
                story.append(Spacer(0, 8 * mm) if report.follows else PageBreak())
            story += _story(report, pagesize[0] - 30 * mm, repeat_header=not (
                n and report.follows))
        footer = _fit(f"{reports[0].association} — {reports[0].period}", 120)
        doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, footer=footer, **k))
    return dest
