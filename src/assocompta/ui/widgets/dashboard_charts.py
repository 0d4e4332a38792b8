"""The two small charts of the Tableau de bord, drawn with QPainter: treasury over the year,
and income and spending per month against the budget. Axis labels in whole euros."""

from __future__ import annotations

import bisect
import datetime as dt

from babel.dates import get_month_names
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.dashboard import Month, Point
from .. import locale

BANK_COLOR = QColor("#1f4e8c")
CASH_COLOR = QColor("#d9822b")
INCOME_COLOR = QColor("#2e7d4f")
SPENDING_COLOR = QColor("#c0504d")
GRID_COLOR = QColor(0, 0, 0, 28)


def whole_euros(cents: int) -> str:
    """``12 345 €``: an axis label needs no cents (rounded half away from zero)."""
    rounded = (abs(cents) + 50) // 100 * 100 * (1 if cents >= 0 else -1)
    plain = locale.amount(rounded)
    return locale.amount(rounded, currency=True).replace(plain, plain[:-3])


def month_names() -> list[str]:
    """``janv.``, ``févr.``… in the interface's language."""
    names = get_month_names("abbreviated", locale=locale.locale_name())
    return [names[m] for m in range(1, 13)]


def nice_ticks(low: int, high: int, count: int = 5) -> list[int]:
    """Round values (1, 2, 2,5 or 5 × 10ⁿ euros apart) spanning ``low``…``high`` cents, with 0."""
    low, high = min(low, 0), max(high, 0)
    if high == low:
        high = low + 100_00
    target = max((high - low) // count, 1)
    step, base = 0, 100
    while not step:
        # ×2,5 only from 10 € on: a 2,50 € step would print rounded labels
        step = next((base * m // 2 for m in (2, 4, 5, 10)
                     if base * m // 2 >= target and (m != 5 or base > 100)), 0)
        base *= 10
    first = low // step * step
    last = -(-high // step * step)
    return list(range(first, last + step, step))


class _Chart(QWidget):
    """Axes, grid and legend shared by the two charts; subclasses draw inside ``plot``."""

    legend: tuple[tuple[str, QColor, bool], ...] = ()  # text, colour, dashed line (else box)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ticks: list[int] = [0, 100_00]
        self.plot = QRectF()

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def _y(self, cents: int) -> float:
        low, high = self.ticks[0], self.ticks[-1]
        return self.plot.bottom() - (cents - low) / (high - low) * self.plot.height()

    def _frame(self, p: QPainter, x_labels: list[tuple[float, str]]) -> None:
        """Legend on top, euro ticks on the left, ``x_labels`` (fractions of the width)."""
        fm = QFontMetrics(self.font())
        labels = [whole_euros(t) for t in self.ticks]
        left = max(fm.horizontalAdvance(t) for t in labels) + 10
        top = fm.height() + 10
        self.plot = QRectF(left, top, max(self.width() - left - 12, 10),
                           max(self.height() - top - fm.height() - 8, 10))
        text_color = self.palette().color(self.foregroundRole())
        # Legend
        x = self.plot.left()
        for text, color, dashed in self.legend:
            if dashed:
                p.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, fm.height() / 2 + 2), QPointF(x + 18, fm.height() / 2 + 2))
            else:
                p.fillRect(QRectF(x + 2, 3, 12, fm.height() - 4), color)
            p.setPen(text_color)
            p.drawText(QPointF(x + 24, fm.ascent() + 1), text)
            x += 24 + fm.horizontalAdvance(text) + 18
        # Grid and euro labels
        for tick, text in zip(self.ticks, labels):
            y = self._y(tick)
            p.setPen(QPen(text_color if tick == 0 else GRID_COLOR, 1))
            p.drawLine(QPointF(self.plot.left(), y), QPointF(self.plot.right(), y))
            p.setPen(text_color)
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        p.setPen(text_color)
        for fraction, text in x_labels:
            x = self.plot.left() + fraction * self.plot.width()
            width = fm.horizontalAdvance(text)
            p.drawText(QPointF(x - width / 2, self.plot.bottom() + fm.ascent() + 4), text)

    def _tip(self, event: QMouseEvent, text: str) -> None:
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()


class TreasuryChart(_Chart):
    """Bank and cash balances day by day, from the year's first day to today (or its end)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Courbe de la trésorerie sur l'exercice"))
        self.legend = ((self.tr("Banque"), BANK_COLOR, False),
                       (self.tr("Caisse"), CASH_COLOR, False))
        self.points: tuple[Point, ...] = ()
        self.start = dt.date.today()
        self.end = self.start
        self.as_of = self.start

    def set_curve(self, points: tuple[Point, ...], start: dt.date, end: dt.date,
                  as_of: dt.date) -> None:
        self.points, self.start, self.end, self.as_of = points, start, end, as_of
        values = [v for pt in points for v in (pt.bank, pt.cash)]
        self.ticks = nice_ticks(min(values, default=0), max(values, default=0))
        self.update()

    def _x(self, day: dt.date) -> float:
        days = max((self.end - self.start).days + 1, 1)
        return self.plot.left() + (day - self.start).days / days * self.plot.width()

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        days = max((self.end - self.start).days + 1, 1)
        names = month_names()
        marks, day = [], self.start.replace(day=1)
        while day <= self.end:
            middle = day.replace(day=15)
            if self.start <= middle <= self.end:
                marks.append(((middle - self.start).days / days, names[day.month - 1]))
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        self._frame(p, marks)
        if self.start < self.as_of < self.end:
            x = self._x(self.as_of)
            p.setPen(QPen(GRID_COLOR.darker(300), 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, self.plot.top()), QPointF(x, self.plot.bottom()))
            text = self.tr("aujourd'hui")
            fm = QFontMetrics(self.font())
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(QPointF(min(x + 4, self.plot.right() - fm.horizontalAdvance(text)),
                               self.plot.top() + fm.ascent()), text)
        if not self.points:
            return
        stop = self.as_of if self.as_of > self.points[-1].day else self.points[-1].day
        for color, value in ((CASH_COLOR, lambda pt: pt.cash), (BANK_COLOR, lambda pt: pt.bank)):
            p.setPen(QPen(color, 2))
            previous = None
            for pt in self.points:
                x, y = self._x(pt.day), self._y(value(pt))
                if previous is not None:  # a step: the balance holds until the next movement
                    p.drawLine(previous, QPointF(x, previous.y()))
                    p.drawLine(QPointF(x, previous.y()), QPointF(x, y))
                previous = QPointF(x, y)
            p.drawLine(previous, QPointF(self._x(stop + dt.timedelta(days=1)), previous.y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.points or not self.plot.contains(event.position()):
            return self._tip(event, "")
        days = max((self.end - self.start).days + 1, 1)
        fraction = (event.position().x() - self.plot.left()) / self.plot.width()
        day = self.start + dt.timedelta(days=int(fraction * days))
        at = bisect.bisect_right([pt.day for pt in self.points], day) - 1
        if at < 0 or day > max(self.as_of, self.points[-1].day):
            return self._tip(event, "")
        pt = self.points[at]
        self._tip(event, self.tr("Au {}\nBanque : {}\nCaisse : {}").format(
            locale.date(day), locale.amount(pt.bank, currency=True),
            locale.amount(pt.cash, currency=True)))


class MonthsChart(_Chart):
    """Income and spending of each month side by side; the monthly budget as dashed lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Produits et charges par mois, et le budget"))
        self.legend = ((self.tr("Produits"), INCOME_COLOR, False),
                       (self.tr("Charges"), SPENDING_COLOR, False),
                       (self.tr("Budget mensuel"), QColor("#777777"), True))
        self.months: tuple[Month, ...] = ()

    def set_months(self, months: tuple[Month, ...]) -> None:
        self.months = months
        values = [v for m in months for v in (m.income, m.spending, m.budget_income,
                                              m.budget_spending)]
        self.ticks = nice_ticks(min(values, default=0), max(values, default=0))
        self.update()

    def _slot(self) -> float:
        return self.plot.width() / max(len(self.months), 1)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        names = month_names()
        n = max(len(self.months), 1)
        self._frame(p, [((i + 0.5) / n, names[int(m.month[5:]) - 1])
                        for i, m in enumerate(self.months)])
        slot = self._slot()
        bar = min(slot * 0.32, 22)
        zero = self._y(0)
        for i, m in enumerate(self.months):
            middle = self.plot.left() + (i + 0.5) * slot
            for value, color, x in ((m.income, INCOME_COLOR, middle - bar - 1),
                                    (m.spending, SPENDING_COLOR, middle + 1)):
                y = self._y(value)
                p.fillRect(QRectF(x, min(y, zero), bar, abs(zero - y)), color)
            for value, color, x in ((m.budget_income, INCOME_COLOR, middle - bar - 3),
                                    (m.budget_spending, SPENDING_COLOR, middle - 1)):
                if value:
                    p.setPen(QPen(color.darker(130), 2, Qt.PenStyle.DashLine))
                    y = self._y(value)
                    p.drawLine(QPointF(x, y), QPointF(x + bar + 4, y))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.months or not self.plot.contains(event.position()):
            return self._tip(event, "")
        at = int((event.position().x() - self.plot.left()) / self._slot())
        if not 0 <= at < len(self.months):
            return self._tip(event, "")
        m = self.months[at]
        name = get_month_names("wide", locale=locale.locale_name())[int(m.month[5:])]
        self._tip(event, self.tr("{} {}\nProduits : {} (budget {})\nCharges : {} (budget {})")
                  .format(name, m.month[:4], locale.amount(m.income, currency=True),
                          locale.amount(m.budget_income, currency=True),
                          locale.amount(m.spending, currency=True),
                          locale.amount(m.budget_spending, currency=True)))
