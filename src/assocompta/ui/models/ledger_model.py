"""The journal as a table that opens at once on two million lines.

The model holds the line ids of the current year, filter and sort (fetched by SQL in a
thread, see :mod:`.id_loader`) and a bounded cache of formatted blocks of rows, fetched by id
when the view asks for them. Sorting and filtering are ``ORDER BY`` and ``WHERE``; ``data()``
never runs SQL per cell.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QPalette

from ...storage.sql import dialect_of, like_escaped
from .. import locale
from ..widgets.paperclip import paperclip_icon
from .id_loader import IdLoader

BLOCK = 128
MAX_BLOCKS = 64
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1   # the entry id of a row
CENTS_ROLE = Qt.ItemDataRole.UserRole + 2   # the amount of a money column, in cents
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 3  # True when the row's entry has justificatifs
VALID_ROLE = Qt.ItemDataRole.UserRole + 4   # the entry's ValidDate (ISO text), None: a draft
LINE_ROLE = Qt.ItemDataRole.UserRole + 5    # the entry line id of a row (None: no line)

# key, heading, ORDER BY expression
COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("LedgerModel", "Date"), "e.date"),
    ("number", QT_TRANSLATE_NOOP("LedgerModel", "N°"), "e.number"),
    ("journal", QT_TRANSLATE_NOOP("LedgerModel", "Journal"),
     "(SELECT code FROM journal WHERE id = e.journal_id)"),
    ("piece", QT_TRANSLATE_NOOP("LedgerModel", "Pièce"), "e.piece_ref"),
    ("label", QT_TRANSLATE_NOOP("LedgerModel", "Libellé"), "COALESCE(l.label, e.label)"),
    ("account", QT_TRANSLATE_NOOP("LedgerModel", "Compte"),
     "(SELECT code FROM account WHERE id = l.account_id)"),
    ("tiers", QT_TRANSLATE_NOOP("LedgerModel", "Tiers"),
     "(SELECT name FROM tiers WHERE id = l.tiers_id)"),
    ("action", QT_TRANSLATE_NOOP("LedgerModel", "Action"),
     "(SELECT code FROM action WHERE id = l.action_id)"),
    ("debit", QT_TRANSLATE_NOOP("LedgerModel", "Débit"), "l.debit"),
    ("credit", QT_TRANSLATE_NOOP("LedgerModel", "Crédit"), "l.credit"),
)
BALANCE = ("balance", QT_TRANSLATE_NOOP("LedgerModel", "Solde"), None)
# A bank line ticked on a bank statement: ✓ once the statement is finished (rapprochée).
_MARK = ("(SELECT r.statement_date || CASE WHEN r.finished_at IS NULL THEN '*' ELSE '' END "
         "FROM reconciliation_mark m JOIN reconciliation r ON r.id = m.reconciliation_id "
         "WHERE m.line_id = l.id)")
RECONCILED = ("reconciled", QT_TRANSLATE_NOOP("LedgerModel", "Rapp."), _MARK)
# Drafts (brouillard) or validated on a date: last, so that the columns before keep their place.
STATE = ("state", QT_TRANSLATE_NOOP("LedgerModel", "État"), "e.valid_date")
_MONEY = {"debit", "credit", "balance"}

_ROWS = f"""
SELECT l.id, e.id, e.date, e.number, j.code, e.piece_ref, COALESCE(l.label, e.label),
       a.code, a.label, t.name, ac.code, l.debit, l.credit, {_MARK},
       EXISTS (SELECT 1 FROM attachment WHERE entry_id = e.id), e.valid_date
  FROM entry_line l JOIN entry e ON e.id = l.entry_id JOIN journal j ON j.id = e.journal_id
  JOIN account a ON a.id = l.account_id LEFT JOIN tiers t ON t.id = l.tiers_id
  LEFT JOIN action ac ON ac.id = l.action_id
 WHERE l.id IN ({{marks}})
"""


_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole, ENTRY_ROLE,
                    CENTS_ROLE, Qt.ItemDataRole.DecorationRole, ATTACHMENT_ROLE, VALID_ROLE,
                    LINE_ROLE,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole))


def _iso(value) -> str | None:
    """A date column as ISO text: SQLite gives text, PostgreSQL a date."""
    return None if value is None else str(value)[:10]


@dataclass(frozen=True)
class LedgerFilter:
    """What the filter bar asks; every field narrows the lines shown (None: no limit)."""

    date_from: str | None = None   # ISO dates
    date_to: str | None = None
    account: str | None = None     # an account number or its first digits
    journal: str | None = None     # journal code
    text: str | None = None        # in the label, the piece reference or the tiers
    amount_min: int | None = None  # cents, on the line's débit or crédit
    amount_max: int | None = None
    unreconciled: bool = False     # entries with a bank line no finished statement ticked
    without_piece: bool = False    # entries with no justificatif attached
    drafts_only: bool = False      # entries not validated yet (brouillard)

    @property
    def picks_entries(self) -> bool:
        """Whether it keeps whole entries (no justificatif, not reconciled, drafts): then the
        treasurer counts entries, as the Tableau de bord does, not lines."""
        return self.without_piece or self.unreconciled or self.drafts_only

    def clauses(self, chart_id: int) -> tuple[list[str], list]:
        where, params = [], []
        if self.date_from:
            where.append("e.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            where.append("e.date <= ?")
            params.append(self.date_to)
        if self.account:
            # Through line_by_account: the few accounts first, then their lines.
            where.append("l.account_id IN (SELECT id FROM account WHERE chart_id = ? "
                         "AND code LIKE ? ESCAPE '\\')")
            params += [chart_id, like_escaped(self.account) + "%"]
        if self.journal:
            where.append("e.journal_id = (SELECT id FROM journal WHERE code = ?)")
            params.append(self.journal)
        if self.text:
            # lower() on both sides: PostgreSQL's LIKE heeds case, SQLite's does not (ASCII).
            like = "%" + like_escaped(self.text) + "%"
            where.append("(lower(e.label) LIKE lower(?) ESCAPE '\\' "
                         "OR lower(l.label) LIKE lower(?) ESCAPE '\\' "
                         "OR lower(e.piece_ref) LIKE lower(?) ESCAPE '\\' OR l.tiers_id IN "
                         "(SELECT id FROM tiers WHERE lower(name) LIKE lower(?) ESCAPE '\\'))")
            params += [like] * 4
        if self.amount_min is not None:
            where.append("l.debit + l.credit >= ?")
            params.append(self.amount_min)
        if self.amount_max is not None:
            where.append("l.debit + l.credit <= ?")
            params.append(self.amount_max)
        if self.unreconciled:
            # À-nouveaux aside: they repeat a closed year's balance and are never ticked.
            where.append(
                "e.id IN (SELECT b.entry_id FROM entry_line b WHERE b.account_id IN "
                "(SELECT id FROM account WHERE chart_id = ? AND code LIKE '51%') AND NOT EXISTS "
                "(SELECT 1 FROM reconciliation_mark m JOIN reconciliation r "
                "ON r.id = m.reconciliation_id WHERE m.line_id = b.id "
                "AND r.finished_at IS NOT NULL)) "
                "AND e.journal_id NOT IN (SELECT id FROM journal WHERE kind = 'opening')")
            params.append(chart_id)
        if self.without_piece:
            where.append("NOT EXISTS (SELECT 1 FROM attachment t WHERE t.entry_id = e.id)")
        if self.drafts_only:
            where.append("e.valid_date IS NULL")
        return where, params


def _sided(cents: int | None) -> str:
    """A running balance as an accountant reads it, by its side: ``1 234,56 D`` (débiteur),
    ``C`` (créditeur), as the chart view writes a balance; a nil one ``0,00``."""
    if not cents:
        return locale.amount(cents)
    return f"{locale.amount(abs(cents))} {'D' if cents > 0 else 'C'}"


class LedgerModel(QAbstractTableModel):
    """Lines of one fiscal year. With ``running_balance`` (grand livre of one account) the
    order is by date and a Solde column shows the balance after each line."""

    loading = Signal(bool)
    _chunk = Signal(int, object, object, bool)

    def __init__(self, connect, *, running_balance: bool = False, parent=None) -> None:
        super().__init__(parent)
        self._connect = connect
        self._conn: sqlite3.Connection = connect()
        self._dialect = dialect_of(self._conn)
        self._columns = (COLUMNS + ((BALANCE,) if running_balance else ())
                         + (RECONCILED, STATE))
        self._running = running_balance
        self._ids = array("q")
        self._balances = array("q")
        self._pending: tuple[array, array] | None = None  # quiet reload being collected
        self._generation = 0
        self._cache: OrderedDict[int, list[tuple]] = OrderedDict()
        self._year_id: int | None = None
        self._chart_id: int | None = None
        self.filter = LedgerFilter()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._loader = IdLoader(connect, self._chunk.emit)
        self._chunk.connect(self._on_chunk)
        self.is_loading = False
        self._shade = QBrush(QPalette().color(QPalette.ColorRole.AlternateBase))
        # Drafts, discreetly: « Brouillard » and the provisional number in grey italics.
        self._draft_font = QFont()
        self._draft_font.setItalic(True)
        self._draft_ink = QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))

    # -- what to show --------------------------------------------------------------------
    def set_year(self, year_id: int | None) -> None:
        self._year_id = year_id
        row = self._conn.execute("SELECT chart_id FROM fiscal_year WHERE id = ?",
                                 (year_id,)).fetchone() if year_id else None
        self._chart_id = row[0] if row else None
        self.reload()

    def set_filter(self, value: LedgerFilter) -> None:
        if value != self.filter:
            self.filter = value
            self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._running:
            return  # a running balance only makes sense in date order
        sortable = 0 <= column < len(self._columns) and self._columns[column][2] is not None
        wanted = (column, order) if sortable else None
        if wanted != self._sort:
            self._sort = wanted
            self.reload()

    def _where(self) -> tuple[list[str], list]:
        where, params = self.filter.clauses(self._chart_id or 0)
        where.insert(0, "e.year_id = ?")
        params.insert(0, self._year_id or 0)
        return where, params

    def entry_count(self) -> int:
        """How many entries the lines shown belong to (one expense may have several lines)."""
        if self._year_id is None:
            return 0
        where, params = self._where()
        return self._conn.execute(
            "SELECT count(DISTINCT e.id) FROM entry_line l JOIN entry e ON e.id = l.entry_id "
            f"WHERE {' AND '.join(where)}", tuple(params)).fetchone()[0]

    def query(self) -> tuple[str, tuple]:
        where, params = self._where()
        order = "e.date, e.number, l.id"
        if self._sort is not None:
            column, direction = self._sort
            desc = " DESC" if direction == Qt.SortOrder.DescendingOrder else ""
            expr = self._columns[column][2]
            # Empty cells (no tiers, no pièce) first, as SQLite sorts NULLs; PostgreSQL puts
            # them last unless told.
            order = (f"CASE WHEN {expr} IS NULL THEN 0 ELSE 1 END{desc}, {expr}{desc}, "
                     f"e.date{desc}, e.number{desc}, l.id{desc}")
        pick = "l.id, l.debit - l.credit" if self._running else "l.id"
        # With an account filter, start from that account's lines (line_by_account) rather
        # than walking the whole year in date order. (SQLite's CROSS JOIN … ON fixes the
        # join order; PostgreSQL has no such hint and refuses ON after CROSS JOIN.)
        join = "CROSS JOIN" if self.filter.account and self._dialect == "sqlite" else "JOIN"
        sql = (f"SELECT {pick} FROM entry_line l {join} entry e ON e.id = l.entry_id "
               f"WHERE {' AND '.join(where)} ORDER BY {order}")
        return sql, tuple(params)

    def reload(self, *, quiet: bool = False) -> None:
        """Fetch the ids again. ``quiet``: keep showing the old rows until the new set is in
        (after an edit), instead of starting from an empty table (new filter or sort)."""
        quiet = quiet and len(self._ids) > 0
        if not quiet:
            self.beginResetModel()
            self._ids = array("q")
            self._balances = array("q")
            self._cache.clear()
            self.endResetModel()
        self._pending = (array("q"), array("q")) if quiet else None
        self.is_loading = True
        self.loading.emit(True)
        if self._year_id is None:
            self._loader.cancel()
            self._generation = -1  # chunks of an earlier load still queued are ignored
            self._on_chunk(-1, array("q"), array("q"), True)
            return
        sql, params = self.query()
        self._generation = self._loader.start(sql, params, extra=self._running)

    def refresh(self) -> None:
        """The book changed: reload quietly, formatted rows included."""
        self.reload(quiet=True)

    def wait(self) -> None:
        """Block until the ids are all in (tests and benchmarks), then deliver them."""
        from PySide6.QtCore import QCoreApplication
        self._loader.wait()
        QCoreApplication.processEvents()
        while self.is_loading:
            self._loader.wait(0.05)
            QCoreApplication.processEvents()

    def _on_chunk(self, generation: int, ids: array, deltas: array | None, done: bool) -> None:
        if generation != self._generation:
            return
        balances = array("q")
        if self._running and len(deltas):
            target = self._pending[1] if self._pending is not None else self._balances
            start = target[-1] if target else 0
            balances = array("q", accumulate(deltas, initial=start))[1:]
        if self._pending is not None:
            self._pending[0].extend(ids)
            self._pending[1].extend(balances)
            if done:
                self.beginResetModel()
                self._ids, self._balances = self._pending
                self._pending = None
                self._cache.clear()
                self.endResetModel()
        elif len(ids):
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._ids.extend(ids)
            self._balances.extend(balances)
            self.endInsertRows()
        if done:
            self.is_loading = False
            self.loading.emit(False)

    def row_of_entry(self, entry_id: int) -> int | None:
        """The first row showing a line of ``entry_id``, None when the filter hides it."""
        lines = {r[0] for r in self._conn.execute(
            "SELECT id FROM entry_line WHERE entry_id = ?", (entry_id,))}
        return next((row for row, line in enumerate(self._ids) if line in lines), None)

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self._columns[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section][0] in _MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        key = self._columns[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in _MONEY or key == "number":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter) if key == "reconciled" else None
        row = self._row(index.row())
        if row is None:
            return None
        if role == ENTRY_ROLE:
            return row[1]
        if role == LINE_ROLE:
            return row[0] if row[1] else None
        if role == ATTACHMENT_ROLE:
            return bool(row[14])
        if role == VALID_ROLE:
            return _iso(row[15])
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            if row[15] is not None or key not in ("number", "state") or not row[1]:
                return None
            return self._draft_font if role == Qt.ItemDataRole.FontRole else self._draft_ink
        if role == Qt.ItemDataRole.DecorationRole:
            # The paperclip sits in the Pièce column: a justificatif is the pièce itself.
            return paperclip_icon() if key == "piece" and row[14] else None
        if role == Qt.ItemDataRole.BackgroundRole:
            # Shade every other entry (not every other line): an entry's lines read together.
            return self._shade if row[3] % 2 else None
        if role == CENTS_ROLE:
            return {"debit": row[11], "credit": row[12],
                    "balance": self._balance(index.row())}.get(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "reconciled":
                return self._mark_tip(row[13])
            if key == "piece" and row[14]:
                return self.tr("Justificatifs joints : double-cliquez le trombone (Ctrl+J)")
            if key in ("state", "number") and row[1]:
                return self._state_tip(row)
            if key == "label":
                return row[6] or None  # whole, where the column cuts it (a contre-passation)
            return f"{row[7]} {row[8]}" if key == "account" else None
        return self._display(key, row, index.row())

    def column(self, key: str) -> int:
        """The index of the column named ``key`` ("debit", "balance"…)."""
        return next(i for i, c in enumerate(self._columns) if c[0] == key)

    def _balance(self, row: int) -> int | None:
        return self._balances[row] if row < len(self._balances) else None

    def _display(self, key: str, row: tuple, at: int) -> str:
        if key == "date":
            return locale.date(row[2])
        if key == "number":
            return str(row[3])
        if key == "journal":
            return row[4]
        if key == "piece":
            return row[5]
        if key == "label":
            return row[6]
        if key == "account":
            return f"{row[7]} {row[8]}"
        if key == "tiers":
            return row[9] or ""
        if key == "action":
            return row[10] or ""
        if key == "debit":
            return locale.amount(row[11], blank_zero=True)
        if key == "credit":
            return locale.amount(row[12], blank_zero=True)
        if key == "balance":
            return _sided(self._balance(at))
        if key == "reconciled":
            return "" if not row[13] else "…" if row[13].endswith("*") else "✓"
        if key == "state":
            if not row[1]:
                return ""
            if row[15] is None:
                return self.tr("Brouillard")
            return self.tr("Validée le {}").format(locale.date(_iso(row[15])))
        return ""

    def _state_tip(self, row: tuple) -> str:
        if row[15] is None:
            return self.tr("Brouillard : modifiable et supprimable ; son numéro (n°{}) est "
                           "provisoire jusqu'à la validation (Saisie › Valider les "
                           "écritures…)").format(row[3])
        return self.tr("Validée le {} : numéro définitif, ne peut plus être modifiée ni "
                       "supprimée ; on la corrige par une contre-passation (Saisie › "
                       "Contre-passer et corriger…)").format(locale.date(_iso(row[15])))

    def _mark_tip(self, mark: str | None) -> str | None:
        if not mark:
            return None
        day = locale.date(mark[:10])
        if mark.endswith("*"):
            return self.tr("Pointée sur le relevé en cours du {}").format(day)
        return self.tr("Rapprochée : relevé bancaire du {}").format(day)

    def _row(self, row: int) -> tuple | None:
        if not (0 <= row < len(self._ids)):
            return None
        block = row // BLOCK
        rows = self._cache.get(block)
        if rows is None:
            rows = self._fetch(block)
            self._cache[block] = rows
            if len(self._cache) > MAX_BLOCKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(block)
        return rows[row - block * BLOCK]

    def _fetch(self, block: int) -> list[tuple]:
        ids = self._ids[block * BLOCK:(block + 1) * BLOCK]
        found = {r[0]: r for r in self._conn.execute(
            _ROWS.format(marks=",".join("?" * len(ids))), tuple(ids))}
        gone = (0, None, "", 0, "", "", self.tr("(supprimée)"), "", "", None, None, 0, 0, None, 0,
                None)
        return [found.get(i, gone) for i in ids]

    # -- helpers for views ---------------------------------------------------------------
    def close(self) -> None:
        self._loader.cancel(wait=False)  # closing a window never waits on a read
        self._conn.close()
