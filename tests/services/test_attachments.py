"""Justificatifs kept inside the book: byte-identical after reopening, guarded like their year."""

import datetime as dt

import pytest
from sqlalchemy import text

from assocompta.domain.errors import ClosedYearError, ValidationError
from assocompta.services import attachments
from assocompta.services.ledger import delete_entry, post_entry
from assocompta.services.setup import add_year
from assocompta.storage.books import open_book
from tests.helpers import draft

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\xff" * 500


@pytest.fixture
def entry(book):
    return post_entry(book, draft(dt.date(2025, 3, 4), ("6064", "42", ""), ("512", "", "42"),
                                  label="Fournitures")).entry_id


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_stored_and_read_back_identical_after_reopening(book, book_path, entry, tmp_path):
    added = attachments.add(book, entry, _file(tmp_path, "facture.pdf", PDF))
    attachments.add(book, entry, _file(tmp_path, "ticket", PNG))
    attachments.add(book, entry, _file(tmp_path, "notes.txt", b"merci"))
    assert added.new and added.row.size == len(PDF)
    book.close()
    with open_book(book_path) as again, again.reading() as conn:
        rows = attachments.list_attachments(conn, entry)
        assert [(r.name, r.media_type, r.size) for r in rows] == [
            ("facture.pdf", "application/pdf", len(PDF)), ("ticket", "image/png", len(PNG)),
            ("notes.txt", "text/plain", 5)]
        assert attachments.read(conn, rows[0].id) == PDF
        out = attachments.save_as(conn, rows[1].id, tmp_path / "copie.png")
        assert out.read_bytes() == PNG
        assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []
        assert attachments.entries_with_attachments(conn, [entry, entry + 1]) == {entry}


def test_same_file_twice_kept_once(book, entry, tmp_path):
    first = attachments.add(book, entry, _file(tmp_path, "a.pdf", PDF))
    again = attachments.add(book, entry, _file(tmp_path, "copie de a.pdf", PDF))
    assert not again.new and again.row.id == first.row.id
    assert book.scalar("SELECT count(*) FROM attachment") == 1


def test_empty_and_huge_files_refused_naming_the_file(book, entry, tmp_path, monkeypatch):
    with pytest.raises(ValidationError, match="vide.png.*fichier vide"):
        attachments.add(book, entry, _file(tmp_path, "vide.png", b""))
    monkeypatch.setattr(attachments, "MAX_SIZE", 1000)
    with pytest.raises(ValidationError, match="scan.pdf.*25 Mo au plus"):
        attachments.add(book, entry, _file(tmp_path, "scan.pdf", PDF))
    with pytest.raises(ValidationError, match="absent.pdf"):
        attachments.add(book, entry, tmp_path / "absent.pdf")
    assert book.scalar("SELECT count(*) FROM attachment") == 0


def test_closed_year_gains_and_loses_none(book, entry, tmp_path):
    kept = attachments.add(book, entry, _file(tmp_path, "facture.pdf", PDF)).row
    add_year(book, dt.date(2026, 1, 1))
    with book.transaction() as s:
        s.execute(text("UPDATE fiscal_year SET closed_at = '2026-02-01' WHERE label = '2025'"))
    with pytest.raises(ClosedYearError, match="exercice 2025 est clos"):
        attachments.add(book, entry, _file(tmp_path, "autre.png", PNG))
    with pytest.raises(ClosedYearError, match="clos"):
        attachments.remove(book, kept.id)
    # The engine refuses too, whatever code path tries.
    with pytest.raises(ClosedYearError, match="exercice est clos"), book.transaction() as s:
        s.execute(text("DELETE FROM attachment"))
    with book.reading() as conn:
        assert [r.name for r in attachments.list_attachments(conn, entry)] == ["facture.pdf"]
        assert attachments.is_entry_closed(conn, entry) == "2025"


def test_removed_and_gone_with_their_entry(book, entry, tmp_path):
    a = attachments.add(book, entry, _file(tmp_path, "a.pdf", PDF)).row
    b = attachments.add(book, entry, _file(tmp_path, "b.png", PNG)).row
    assert attachments.remove(book, a.id) == entry
    with book.reading() as conn:
        assert [r.id for r in attachments.list_attachments(conn, entry)] == [b.id]
        assert attachments.is_entry_closed(conn, entry) is None
    delete_entry(book, entry)
    assert book.scalar("SELECT count(*) FROM attachment") == 0
