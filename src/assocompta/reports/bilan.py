"""The bilan in the model of règlement ANC 2018-06 art. 421-1, the year's own version.

The actif has four amount columns, Brut | Amortissements et dépréciations (à déduire) | Net
for the year, then Net for the year before; the passif (after a COLUMNS row) uses the last two,
as Exercice N | Exercice N-1. Both years are placed with the year's own model, as the
compte de résultat places N-1 with N's. A poste without any amount in N and N-1 is left out
(art. 410-2), and so is a rubrique (a block with its heading and its total) or a group of
postes without any; the TOTAL GENERAL of each side and, under FONDS PROPRES, « Situation
nette » are always shown.
"""

from __future__ import annotations

import sqlite3

from ..domain.money import Money
from ..formatting import euros
from .bilan_amounts import AMORT, BRUT, YearAmounts, year_amounts
from .bilan_layout import Block, Post, Side, bilan_layout
from .context import YearContext
from .model import Check, Report, Row, RowKind

RESULT_NOTE = ("« Excédent ou déficit de l'exercice » : produits − charges de l'exercice "
               "(classes 7 − 6), porté en 120/129 à la clôture.")
PENDING_NOTE = ("Un résultat antérieur que l'assemblée générale n'a pas encore affecté reste en "
                "120/129 : il figure à part, sur la ligne « Résultat en instance d'affectation ».")
PENDING_KEY = "en_instance"  # the 2018 and 2025 layouts' poste for 12x


class _Rows:
    """The report's rows, made side by side from the years' figures."""

    def __init__(self, data: list[YearAmounts], detail: bool, open_year: bool):
        self.data = data
        self.detail = detail
        self.open_year = open_year
        self.rows: list[Row] = []
        self.shown: list[Block] = []  # the titled blocks printed, for their notes
        self.ncol = 3 + (len(data) > 1)

    # -- figures -------------------------------------------------------------------------
    def _figures(self, actif: bool, pair_of) -> list[int]:
        """[brut, amortissements, net, net N-1] (passif: [0, 0, N, N-1]) from ``pair_of(year
        figures) -> [brut, amortissements]``."""
        n = pair_of(self.data[0])
        out = [n[BRUT], n[AMORT], n[BRUT] - n[AMORT]] if actif else [0, 0, n[BRUT]]
        if len(self.data) > 1:
            p = pair_of(self.data[1])
            out.append(p[BRUT] - p[AMORT])
        return out

    def _values(self, actif: bool, figures: list[int], *, total: bool = False
                ) -> tuple[Money | None, ...]:
        """Money per column. The passif leaves the first two columns empty; on the actif an
        empty amortissements cell is left blank (but on totals), as on the printed model."""
        if not actif:
            return (None, None) + tuple(Money(f) for f in figures[2:])
        return tuple(None if k == AMORT and not f and not total else Money(f)
                     for k, f in enumerate(figures))

    def _add(self, kind: RowKind, label: str, values, *, level: int, code: str = "",
             formula=None) -> int:
        columns = None
        if formula:  # only where the row has a figure: blank cells stay blank
            columns = tuple(k for k, v in enumerate(values) if v is not None)
        self.rows.append(Row(kind, label, tuple(values), code=code, level=level,
                             formula=formula or None, formula_columns=columns))
        return len(self.rows) - 1

    def _sum(self, kind: RowKind, label: str, actif: bool, parts: list[int], level: int,
             at: int | None = None) -> int:
        """A row adding ``parts`` (row indexes), added at the end or replacing row ``at``."""
        figures = [sum((self.rows[i].values[k] or Money(0)).cents for i in parts)
                   for k in range(self.ncol)]
        total = kind is RowKind.TOTAL
        values = self._values(actif, figures, total=total)
        formula = tuple((1, i) for i in parts)
        if at is None:
            return self._add(kind, label, values, level=level, formula=formula)
        columns = tuple(k for k, v in enumerate(values) if v is not None)
        self.rows[at] = Row(kind, label, values, level=level, formula=formula or None,
                            formula_columns=columns if formula else None)
        return at

    @staticmethod
    def _has(data: list[YearAmounts], post: Post) -> bool:
        if post.kind == "result":
            return any(d.result for d in data)
        if post.children:
            return any(_Rows._has(data, c) for c in post.children)
        return any(any(d.posts.get(post.key, ())) for d in data)

    # -- rows ----------------------------------------------------------------------------
    def side(self, side: Side) -> int:
        """The side's blocks and its TOTAL GENERAL; returns the index of that total."""
        actif = side.name == "ACTIF"
        parts = []
        for block in side.blocks:
            if not block.title:  # a rubrique standing alone, « Frais d'émission … (III) »
                if self._has(self.data, block.posts[0]):
                    parts.append(self._leaf(block.posts[0], actif, level=0,
                                            kind=RowKind.SUBTOTAL))
                continue
            if not any(self._has(self.data, p) for p in block.posts):
                continue  # art. 410-2: no amount in N nor N-1, so neither heading nor total
            self.shown.append(block)
            self.rows.append(Row(RowKind.HEADING, block.title))
            tops: list[int] = []
            for post in block.posts:
                if post.kind == "situation":
                    tops = [self._sum(RowKind.SUBTOTAL, post.label, actif, tops, level=1)]
                elif self._has(self.data, post):
                    tops.append(self._group(post, actif) if post.children
                                else self._leaf(post, actif, level=1))
            parts.append(self._sum(RowKind.TOTAL, block.total, actif, tops, level=0))
        return self._sum(RowKind.TOTAL, side.total, actif, parts, level=0)

    def _group(self, post: Post, actif: bool) -> int:
        at = self._add(RowKind.SUBTOTAL, post.label, (), level=1)
        children = [self._leaf(c, actif, level=2) for c in post.children
                    if self._has(self.data, c)]
        return self._sum(RowKind.SUBTOTAL, post.label, actif, children, level=1, at=at)

    def _leaf(self, post: Post, actif: bool, level: int, kind: RowKind = RowKind.LINE) -> int:
        if post.kind == "result":
            values = self._values(actif, self._figures(actif, lambda d: [d.result, 0]))
        else:
            values = self._values(actif, self._figures(
                actif, lambda d: d.posts.get(post.key, [0, 0])))
        at = self._add(kind, post.label, values, level=level)
        if not self.detail:
            return at
        details = (self._result_detail(values, level + 1) if post.kind == "result"
                   else self._accounts(post, actif, level + 1))
        if details:
            self.rows[at] = self.rows[at]._replace(
                formula=tuple((1, i) for i in details),
                formula_columns=tuple(k for k, v in enumerate(values) if v is not None))
        return at

    def _accounts(self, post: Post, actif: bool, level: int) -> list[int]:
        """One row per account under the poste (an account whose tiers balances lie on both
        sides is under both postes, each with its part)."""
        codes = sorted(set().union(*(d.accounts.get(post.key, {}) for d in self.data)))
        out = []
        for code in codes:
            figures = self._figures(actif, lambda d: d.accounts.get(post.key, {}).get(
                code, [0, 0]))
            if not any(figures):
                continue  # « 120 … 0,00 » once the result is allocated says nothing
            values = self._values(actif, figures)
            if actif and not figures[BRUT]:
                values = (None,) + values[1:]  # an amortissement account has no brut
            label = next(d.labels[code] for d in self.data if code in d.labels)
            out.append(self._add(RowKind.DETAIL, f"{code} {label}", values, level=level,
                                 code=code))
        return out

    def _result_detail(self, values, level: int) -> list[int]:
        """The result line's own row: no account carries the year's result until the
        closing books it to 120/129 in the next year's à-nouveaux."""
        results = [v for v in values if v is not None]
        if all(r.cents > 0 for r in results):
            word = "Excédent"
        elif all(r.cents < 0 for r in results):
            word = "Déficit"
        else:
            word = "Résultat"
        label = (f"{word} de l'exercice en cours (produits − charges, porté en 120/129 à la "
                 "clôture)" if self.open_year else f"{word} de l'exercice (produits − charges)")
        return [self._add(RowKind.DETAIL, label, values, level=level)]


def build_bilan(conn: sqlite3.Connection, ctx: YearContext, *, detail: bool = False) -> Report:
    """The bilan of ``ctx.year`` beside its previous year; ``detail``: accounts under postes."""
    layout = bilan_layout(ctx.year.chart)
    years = [ctx.year] + ([ctx.previous] if ctx.previous else [])
    data = [year_amounts(conn, y.id, layout, ctx.validated_only) for y in years]
    made = _Rows(data, detail, open_year=not ctx.year.closed)
    actif_total = made.side(layout.actif)
    # Level 0: the PDF starts the passif on a page of its own, under its own headings
    # (an annexe table's COLUMNS row, level 1, does not).
    made.rows.append(Row(RowKind.COLUMNS, "PASSIF", level=0, texts=(
        "", "", *(f"Exercice {y.label}" for y in years))))
    passif_total = made.side(layout.passif)
    rows = made.rows
    checks = []
    for c, (y, d) in enumerate(zip(years, data)):
        actif, passif = rows[actif_total].values[2 + c], rows[passif_total].values[2 + c]
        text = (f"Exercice {y.label} : total actif {euros(actif)} "
                f"{'=' if actif == passif else '≠'} total passif {euros(passif)}")
        if d.lost:
            text += f" ; comptes sans ligne : {', '.join(d.lost)}"
        checks.append(Check("actif = passif", actif == passif and not d.lost, text))
    columns = ("Brut", "Amortissements et dépréciations (à déduire)",
               *(f"Net {y.label}" for y in years))
    # A bilan is a situation at a date, the year's end; an open year's result is not yet the
    # bilan's: until the closing it is only computed.
    end = f"{ctx.year.end:%d/%m/%Y}"
    title = (f"Bilan au {end}" if ctx.year.closed
             else f"Bilan provisoire au {end} – exercice non clos")
    return Report(title, ctx.association, ctx.period, columns, tuple(rows), tuple(checks),
                  key_columns=("ACTIF",), notes=_notes(layout, data, made.shown),
                  quiet_checks=True)


def _notes(layout, data: list[YearAmounts], shown: list[Block]) -> tuple[str, ...]:
    """The model and its rules, then only the notes that explain a figure on this bilan."""
    notes = [layout.source]
    notes += [b.note for b in shown if b.note]  # « FONDS PROPRES * », if FONDS PROPRES shows
    advances = set().union(*(d.advances for d in data))
    notes += [text for kind, text in (("received", layout.advance_received),
                                      ("paid", layout.advance_paid))
              if kind in advances and text]
    notes.append(RESULT_NOTE)
    if any(any(d.posts.get(PENDING_KEY, ())) for d in data):
        notes.append(PENDING_NOTE)
    return tuple(notes)
