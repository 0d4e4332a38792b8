"""Justificatifs: files (invoices, receipts, bank statements) kept inside the book with
their entry, so that the book handed to the next treasurer carries them.

The engine guards a closed year's attachments (triggers); the checks here only make the
message name the year and the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..domain.errors import ClosedYearError, ValidationError
from ..output import atomic_file
from ..storage.db import Book
from ..storage.orm import Attachment, Entry, FiscalYear
from .sources import JUSTIFICATIF, refuse_book

#: Largest file accepted: a scanned multi-page invoice fits; a video does not belong in a book.
MAX_SIZE = 25 * 1024 * 1024

# What the file's first bytes say wins over its name (a scan saved as "facture" without suffix).
_SIGNATURES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
               (b"\xff\xd8\xff", "image/jpeg"))
GENERIC = "application/octet-stream"


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    entry_id: int
    name: str
    media_type: str
    size: int
    added_at: str
    sha256: str


@dataclass(frozen=True)
class Added:
    """The attachment, and whether it is new (False: the same file was already there)."""
    row: AttachmentRow
    new: bool


def media_type(name: str, head: bytes) -> str:
    """PDF, PNG, JPEG by content; anything else by its name, or a generic type."""
    for magic, kind in _SIGNATURES:
        if head.startswith(magic):
            return kind
    return mimetypes.guess_type(name)[0] or GENERIC


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(a.id, a.entry_id, a.name, a.media_type, a.size, a.added_at, a.sha256)


def _entry_year(s, entry_id: int) -> FiscalYear:
    entry = s.get(Entry, entry_id)
    if entry is None:
        raise ValidationError("cette écriture n'existe plus")
    return s.get(FiscalYear, entry.year_id)


def _refuse_closed(year: FiscalYear, what: str) -> None:
    if year.is_closed:
        raise ClosedYearError(f"l'exercice {year.label} est clos : {what}. Ses justificatifs "
                              "font partie des comptes arrêtés.")


def add(book: Book, entry_id: int, path: Path | str) -> Added:
    """Attach the file at ``path`` to the entry; the same file twice is kept once."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ValidationError(f"{path.name} n'est pas un fichier", file=str(path))
        refuse_book(path, JUSTIFICATIF)
        if size > MAX_SIZE:
            raise ValidationError(
                f"fichier trop gros ({size / 1024 / 1024:.1f} Mo) : 25 Mo au plus. Réduisez "
                "le scan (résolution, PDF compressé) puis recommencez.", file=path.name)
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"fichier illisible ({exc.strerror or exc})",
                              file=path.name) from None
    if not data:
        raise ValidationError("fichier vide : rien à joindre", file=path.name)
    digest = hashlib.sha256(data).hexdigest()
    with book.transaction() as s:
        year = _entry_year(s, entry_id)
        same = s.scalars(select(Attachment).where(Attachment.entry_id == entry_id,
                                                  Attachment.sha256 == digest)).first()
        if same is not None:
            return Added(_row(same), False)
        _refuse_closed(year, f"on ne peut plus y joindre {path.name}")
        a = Attachment(entry_id=entry_id, name=path.name, media_type=media_type(path.name, data),
                       size=len(data), sha256=digest,
                       added_at=dt.datetime.now().isoformat(timespec="seconds"), data=data)
        s.add(a)
        s.flush()
        return Added(_row(a), True)


def remove(book: Book, attachment_id: int) -> int:
    """Remove a justificatif of an open year; returns its entry id."""
    with book.transaction() as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise ValidationError("ce justificatif n'existe plus")
        year = _entry_year(s, a.entry_id)
        _refuse_closed(year, f"on ne peut plus en retirer {a.name}")
        entry_id = a.entry_id
        s.delete(a)
        return entry_id


_COLUMNS = "id, entry_id, name, media_type, size, added_at, sha256"


def list_attachments(conn: sqlite3.Connection, entry_id: int) -> list[AttachmentRow]:
    """The entry's justificatifs in the order they were added (without their bytes)."""
    return [AttachmentRow(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM attachment WHERE entry_id = ? ORDER BY id", (entry_id,))]


def read(conn: sqlite3.Connection, attachment_id: int) -> bytes:
    row = conn.execute("SELECT data FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise ValidationError("ce justificatif n'existe plus")
    return bytes(row[0])


def save_as(conn: sqlite3.Connection, attachment_id: int, dest: Path | str) -> Path:
    """Write the justificatif to ``dest`` (atomically: never half a file under that name)."""
    dest = Path(dest)
    data = read(conn, attachment_id)
    try:
        with atomic_file(dest) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise ValidationError(f"impossible d'écrire le fichier ({exc.strerror or exc})",
                              file=str(dest)) from None
    return dest


def entries_with_attachments(conn: sqlite3.Connection, entry_ids) -> set[int]:
    """Which of ``entry_ids`` have at least one justificatif (one query, for a ledger window)."""
    ids = list(entry_ids)
    if not ids:
        return set()
    found: set[int] = set()
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        chunk = ids[start:start + 900]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT entry_id FROM attachment WHERE entry_id IN ({marks})", chunk))
    return found


def is_entry_closed(conn: sqlite3.Connection, entry_id: int) -> str | None:
    """The label of the entry's year if it is closed (the dialog turns read-only), else None."""
    row = conn.execute("SELECT f.label, f.closed_at FROM entry e JOIN fiscal_year f "
                       "ON f.id = e.year_id WHERE e.id = ?", (entry_id,)).fetchone()
    return row[0] if row and row[1] is not None else None


def copy_to(conn: sqlite3.Connection, attachment_id: int, folder: Path) -> Path:
    """Write the justificatif under its own name inside ``folder`` (for opening it)."""
    row = conn.execute("SELECT name, size FROM attachment WHERE id = ?",
                       (attachment_id,)).fetchone()
    if row is None:
        raise ValidationError("ce justificatif n'existe plus")
    target = Path(folder) / f"{attachment_id}"
    target.mkdir(parents=True, exist_ok=True)
    dest = target / Path(row[0]).name
    if dest.is_file() and dest.stat().st_size == row[1]:
        return dest  # opened before, and perhaps still open in a viewer that locks it
    return save_as(conn, attachment_id, dest)


__all__ = ["MAX_SIZE", "Added", "AttachmentRow", "add", "copy_to", "entries_with_attachments",
           "is_entry_closed", "list_attachments", "media_type", "read", "remove", "save_as"]
