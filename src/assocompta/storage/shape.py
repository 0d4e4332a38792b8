"""The rows every view and report reads first, checked when a book file opens.

A file edited with another program can hold what AssoCompta never writes: no association
row, a fiscal year dated « 2025-13-45 » or pointing to a deleted chart. Every screen reads
these few rows, so such a book is refused at the door with the place named, rather than
failing later in whatever view or report reads them. The large tables (entries, lines) are
checked by ``assocompta check``, which opens the book without this gate.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ..domain.errors import BookError
from ..domain.fixes import CHECK_FIRST, command
from ..domain.plural import plural


def small_table_problems(conn: sqlite3.Connection) -> list[str]:
    """Each unreadable value of the association and fiscal_year rows, as « table, ligne,
    colonne : what »; an empty list when every view can read them."""
    problems = []
    if conn.execute("SELECT count(*) FROM association WHERE id = 1").fetchone()[0] != 1:
        problems.append("table association : la ligne de l'association (nom, SIREN) manque")
    charts = {row[0] for row in conn.execute("SELECT id FROM chart")}
    for year_id, label, start, end, chart_id in conn.execute(
            "SELECT id, label, start_date, end_date, chart_id FROM fiscal_year ORDER BY id"):
        where = f"table fiscal_year, ligne {year_id}"
        if not isinstance(label, str) or not label.strip():
            problems.append(f"{where}, colonne label : {_shown(label)} n'est pas un nom "
                            "d'exercice")
        for column, value in (("start_date", start), ("end_date", end)):
            if not is_iso_date(value):
                problems.append(f"{where}, colonne {column} : {_shown(value)} n'est pas une "
                                "date")
        if chart_id not in charts:
            problems.append(f"{where}, colonne chart_id : le plan comptable n°{chart_id} "
                            "n'existe pas")
    return problems


def refuse_invalid(conn: sqlite3.Connection, path: Path, restore: str) -> None:
    """Refuse, naming the first, a book whose association or fiscal years cannot be read;
    ``restore`` says how to put a backup back."""
    problems = small_table_problems(conn)
    if problems:
        others = len(problems) - 1
        more = f" et {plural(others, 'autre', 'autres')}" if others else ""
        raise BookError(f"{path.name} contient une donnée invalide ({problems[0]}{more}) : le "
                        "fichier a été modifié hors d'AssoCompta et n'a pas été modifié ici. "
                        f"Pour le remettre en état, {command(CHECK_FIRST, path)}{restore}")


def is_iso_date(value) -> bool:
    """``value`` is a real day written ``AAAA-MM-JJ``, as the book stores dates (or a date,
    as PostgreSQL gives them)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return True
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _shown(value) -> str:
    if value is None:
        return "une valeur vide (NULL)"
    return f"« {str(value)[:40]} »"
