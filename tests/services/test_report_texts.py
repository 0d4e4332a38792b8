"""The annexe's and comptes rendus' texts: kept per year, document, action and funder."""

from __future__ import annotations

import pytest

from assocompta.domain.errors import ValidationError
from assocompta.services.report_texts import (ANNEXE, COMPTE_RENDU, MAX_CHARS, read_texts,
                                              write_texts)


def test_texts_are_kept_per_document_and_scope(book):
    assert write_texts(book, "2025", ANNEXE, {"objet": "Animer le quartier.\r\n",
                                               "faits": "  "}) == ["objet"]
    write_texts(book, "2025", COMPTE_RENDU, {"objet": "Autre"}, action_id=3, tiers_id=7)
    assert read_texts(book, "2025", ANNEXE) == {"objet": "Animer le quartier."}
    assert read_texts(book, "2025", COMPTE_RENDU, action_id=3, tiers_id=7) == {"objet": "Autre"}
    assert read_texts(book, "2025", COMPTE_RENDU) == {}


def test_a_blank_text_removes_its_key_and_the_others_stay(book):
    write_texts(book, "2025", ANNEXE, {"objet": "A", "faits": "B"})
    assert write_texts(book, "2025", ANNEXE, {"objet": "", "faits": "B"}) == ["objet"]
    assert read_texts(book, "2025", ANNEXE) == {"faits": "B"}


def test_a_pasted_file_is_refused_and_nothing_is_written(book):
    with pytest.raises(ValidationError, match="caractères"):
        write_texts(book, "2025", ANNEXE, {"objet": "ok", "faits": "x" * (MAX_CHARS + 1)})
    assert read_texts(book, "2025", ANNEXE) == {}
