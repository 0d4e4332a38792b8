"""The compte rendu financier de subvention (CERFA n°15059*02) of a book: for a year, an
action (or the whole association) and a funder (optional), its three feuillets built from the
budget, the entries and the texts the treasurer typed (services/report_texts.py, one set of
texts per action and funder)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..domain.errors import ValidationError
from ..reports.compte_rendu import Scope, build_table
from ..reports.compte_rendu_texts import as_one, build_annexe, build_bilan_qualitatif, \
    question_keys
from ..reports.context import year_context
from ..reports.model import Report
from ..storage.db import Book
from . import reports as service
from .report_texts import COMPTE_RENDU, read_texts, write_texts

#: The text holding the indirect charges' rate, in percent as typed (« 12,5 »).
RATE_KEY = "taux_indirect"
SHEETS = ("1. Bilan qualitatif", "2. Tableau", "3. Annexe")


def text_keys() -> list[tuple[str, str]]:
    """(key, what it holds) of every text of a compte rendu."""
    return question_keys() + [(RATE_KEY, "Taux des charges indirectes affectées à l'action, "
                                         "en % des charges sans action (ex. 12,5)")]


def parse_rate(text: str) -> Decimal:
    """« 12,5 », « 12.5 » or « 12,5 % » → 12.5; blank → 0; from 0 to 100."""
    shown = text.strip()[:30]
    if not shown:
        return Decimal(0)
    try:
        rate = Decimal(shown.rstrip("%").strip().replace(",", "."))
    except InvalidOperation:
        rate = None
    if rate is None or not rate.is_finite() or not 0 <= rate <= 100:
        raise ValidationError(f"taux « {shown} » illisible : écrivez un pourcentage de 0 à 100, "
                              "par exemple 12,5", field=RATE_KEY)
    return rate


def funders(conn) -> list[tuple[str, str]]:
    """(code, name) of the book's funders: the tiers with a funder category or kind."""
    return [tuple(r) for r in conn.execute(
        "SELECT code, name FROM tiers WHERE funder_category IS NOT NULL OR kind = 'financeur' "
        "ORDER BY name")]


def _scope(conn, action: str | None, funder: str | None) -> tuple[Scope, int]:
    """The scope (rate not read yet) and the funder's tiers id (0: none)."""
    action_id = service._action_id(conn, action or None)
    label = None
    if action_id is not None:
        label = " – ".join(conn.execute("SELECT code, name FROM action WHERE id = ?",
                                        (action_id,)).fetchone())
    tiers_id, name = 0, None
    if funder:
        row = conn.execute("SELECT id, name FROM tiers WHERE code = ? OR name = ?",
                           (funder, funder)).fetchone()
        if row is None:
            known = ", ".join(f"{name} ({code})" for code, name in funders(conn))
            raise ValidationError(f"financeur « {funder} » inconnu ; financeurs du livre : "
                                  f"{known or 'aucun'}", field="--funder")
        tiers_id, name = row
    return Scope(action_id, label, name), tiers_id


def _ids(book: Book, action: str | None, funder: str | None) -> tuple[int, int]:
    with book.reading() as conn:
        scope, tiers_id = _scope(conn, action, funder)
    return scope.action_id or 0, tiers_id


def read(book: Book, year: str, action: str | None = None, funder: str | None = None
         ) -> dict[str, str]:
    """The texts typed for this compte rendu, by key (see :func:`text_keys`)."""
    action_id, tiers_id = _ids(book, action, funder)
    return read_texts(book, year, COMPTE_RENDU, action_id=action_id, tiers_id=tiers_id)


def save(book: Book, year: str, texts: dict[str, str], action: str | None = None,
         funder: str | None = None) -> list[str]:
    """Set these texts (blank: removed), all or none; returns the keys changed."""
    known = dict(text_keys())
    for key in texts:
        if key not in known:
            raise ValidationError(f"texte « {key} » inconnu ; textes du compte rendu : "
                                  f"{', '.join(known)}", field="--key")
    if RATE_KEY in texts:
        parse_rate(texts[RATE_KEY])
    action_id, tiers_id = _ids(book, action, funder)
    return write_texts(book, year, COMPTE_RENDU, texts, action_id=action_id, tiers_id=tiers_id)


def build(book: Book, year: str, action: str | None = None, funder: str | None = None, *,
          validated_only: bool = False) -> list[tuple[str, Report]]:
    """The three feuillets, by sheet name. Figures including drafts are marked provisional
    (``validated_only``: drafts left out)."""
    texts = read(book, year, action, funder)
    rate = parse_rate(texts.get(RATE_KEY, ""))
    with service._one_read(book) as conn:
        ctx = year_context(conn, year, validated_only=validated_only)
        scope = replace(_scope(conn, action, funder)[0], rate=rate)
        table = service._marked(conn, ctx, build_table(conn, ctx, scope), with_previous=False)
    feuillets = (build_bilan_qualitatif(ctx, scope, texts), table,
                 build_annexe(ctx, scope, texts, table))
    # Each page a funder may read alone says when its figures are not final.
    return [(name, replace(f, provisional=table.provisional))
            for name, f in zip(SHEETS, feuillets)]


def write(reports: list[tuple[str, Report]], dest: Path | str) -> Path:
    """PDF and XLSX: one page or sheet per feuillet; CSV: the three in one table."""
    if Path(dest).suffix.lower() == ".csv":
        return service.write([("Compte rendu", as_one(reports))], dest)
    return service.write(reports, dest)
