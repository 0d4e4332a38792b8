"""The compte rendu financier de subvention (CERFA n°15059*02) of a book: for a year, an
action (or the whole association) and a funder (optional), its three feuillets built from the
budget, the entries and the texts the treasurer typed (services/report_texts.py, one set of
texts per action and funder)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..domain.errors import ValidationError
from ..domain.money import Money
from ..reports.compte_rendu import Scope, build_table, indirect_base
from ..reports.compte_rendu_texts import Subsidy, as_one, build_annexe, \
    build_bilan_qualitatif, question_keys
from ..reports.context import year_context
from ..reports.model import Report
from ..storage.db import Book
from . import reports as service
from .report_texts import COMPTE_RENDU, read_texts, write_texts
from .setup import identity_of

#: The text holding the indirect charges' rate, in percent as typed (« 12,5 »).
RATE_KEY = "taux_indirect"
#: The amount the funder granted, as typed (« 10 000 »), and its decision or convention.
GRANTED_KEY = "montant_accorde"
DECISION_KEY = "decision"
SHEETS = ("1. Bilan qualitatif", "2. Tableau", "3. Annexe")


def text_keys() -> list[tuple[str, str]]:
    """(key, what it holds) of every text of a compte rendu."""
    return question_keys() + [
        (GRANTED_KEY, "Montant de la subvention accordée, en euros (ex. 10 000)"),
        (DECISION_KEY, "Date et référence de la décision ou de la convention (ex. "
                       "délibération du 12/02/2025 n° 2025-14)"),
        (RATE_KEY, "Taux des charges indirectes affectées à l'action, en % des charges sans "
                   "action (ex. 12,5)")]


def parse_granted(text: str) -> Money | None:
    """« 10 000 », « 10 000,00 € » → the amount; blank → None; refused unless an amount
    above zero."""
    shown = text.strip()[:30]
    if not shown:
        return None
    try:
        amount = Money.parse(shown.rstrip("€").strip())
    except ValidationError:
        amount = None
    if amount is None or amount.cents <= 0:
        raise ValidationError(f"montant accordé « {shown} » illisible : écrivez un montant en "
                              "euros, par exemple 10 000 ou 10 000,50", field=GRANTED_KEY)
    return amount


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
    if GRANTED_KEY in texts:
        parse_granted(texts[GRANTED_KEY])
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
        bases = indirect_base(conn, ctx)
        who = identity_of(conn)
    subsidy = Subsidy(who.name, who.siren or "", who.rna, who.signatory_name,
                      parse_granted(texts.get(GRANTED_KEY, "")),
                      texts.get(DECISION_KEY, "").strip())
    feuillets = (build_bilan_qualitatif(ctx, scope, texts, subsidy), table,
                 build_annexe(ctx, scope, texts, table, bases, subsidy))
    # Each page a funder may read alone says when its figures are not final.
    return [(name, replace(f, provisional=table.provisional))
            for name, f in zip(SHEETS, feuillets)]


def write(reports: list[tuple[str, Report]], dest: Path | str) -> Path:
    """PDF and XLSX: one page or sheet per feuillet; CSV: the three in one table. A check
    that holds is the application's business, not the funder's: only failing ones are
    printed."""
    reports = [(name, replace(r, checks=tuple(c for c in r.checks if not c.ok)))
               for name, r in reports]
    if Path(dest).suffix.lower() == ".csv":
        return service.write([("Compte rendu", as_one(reports))], dest)
    return service.write(reports, dest)
