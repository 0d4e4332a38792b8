"""What the treasurer writes around the figures: the annexe's texts and each compte rendu
financier's (schema 9, ``report_text``), one text per key.

A compte rendu is per action and funder (``action_id``, ``tiers_id``; 0 for none). Texts stay
editable after the closing: the annexe is written once the figures are final.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from ..domain.errors import ValidationError
from ..storage.db import Book
from ..storage.orm import ReportText
from .ledger import year_by_label

ANNEXE = "annexe"
COMPTE_RENDU = "compte_rendu"
DOCUMENTS = (ANNEXE, COMPTE_RENDU)
#: A text longer than this is a file pasted by mistake, not a note of the annexe.
MAX_CHARS = 20_000


def _checked(document: str) -> str:
    if document not in DOCUMENTS:
        raise ValueError(f"document {document!r}: {DOCUMENTS}")
    return document


def read_texts(book: Book, year: str | None, document: str, *, action_id: int = 0,
               tiers_id: int = 0) -> dict[str, str]:
    """The texts written for ``document`` of ``year``, by key (a key never written is absent)."""
    _checked(document)
    with book.session() as s:
        y = year_by_label(s, year)
        return dict(s.execute(select(ReportText.key, ReportText.text).where(
            ReportText.year_id == y.id, ReportText.document == document,
            ReportText.action_id == action_id, ReportText.tiers_id == tiers_id)).all())


def write_texts(book: Book, year: str | None, document: str, texts: dict[str, str], *,
                action_id: int = 0, tiers_id: int = 0) -> list[str]:
    """Set these texts (an empty or blank one removes its key), all or none; returns the keys
    changed. Only the keys given move: the others keep their text."""
    _checked(document)
    for key, text in texts.items():
        if not key or not key.strip():
            raise ValidationError("clé de texte vide", field="key")
        if len(text) > MAX_CHARS:
            raise ValidationError(f"texte « {key} » de {len(text)} caractères : {MAX_CHARS} "
                                  "au plus (un fichier collé par erreur ?)", field=key)
    changed = []
    with book.transaction() as s:
        y = year_by_label(s, year)
        where = (ReportText.year_id == y.id, ReportText.document == document,
                 ReportText.action_id == action_id, ReportText.tiers_id == tiers_id)
        current = {r.key: r for r in s.scalars(select(ReportText).where(*where))}
        for key, text in texts.items():
            text = text.replace("\r\n", "\n").strip()
            row = current.get(key)
            if not text:
                if row is not None:
                    s.execute(delete(ReportText).where(*where, ReportText.key == key))
                    changed.append(key)
                continue
            if row is None:
                s.add(ReportText(year_id=y.id, document=document, action_id=action_id,
                                 tiers_id=tiers_id, key=key, text=text))
                changed.append(key)
            elif row.text != text:
                row.text = text
                changed.append(key)
    return changed
