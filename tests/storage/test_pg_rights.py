"""A PostgreSQL role allowed only to read: the book opens read-only and a write is refused
with a French message, nothing recorded."""

import datetime as dt
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from assocompta.domain.errors import DomainError
from assocompta.services.ledger import post_entry
from assocompta.services.setup import Identity, create_book
from assocompta.storage.books import open_book
from tests.helpers import SIREN, draft
from tests.storage.pg_support import require_postgres

require_postgres()


@pytest.fixture
def reader_url(pg_url, pg_admin):
    """A book in ``pg_url`` and the URL of a role that may only read it."""
    book, _ = create_book(pg_url, Identity("Fédération", siren=SIREN), dt.date(2025, 1, 1))
    post_entry(book, draft(dt.date(2025, 2, 1), ("626", "10", ""), ("512", "", "10")))
    book.close()
    admin, _ = pg_admin
    role = f"lecteur_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE ROLE "{role}" LOGIN')
    import psycopg
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    parts = urlsplit(pg_url)
    yield urlunsplit(parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port}"))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP OWNED BY "{role}"')
    admin.execute(f'DROP ROLE "{role}"')


def test_a_reader_sees_the_book_and_cannot_write_it(reader_url):
    with open_book(reader_url, readonly=True) as book:
        assert book.scalar("SELECT count(*) FROM entry") == 1
    book = open_book(reader_url)  # opened for writing: the server is what refuses
    try:
        with pytest.raises(DomainError, match="pas le droit de modifier ce livre"):
            post_entry(book, draft(dt.date(2025, 2, 2), ("626", "5", ""), ("512", "", "5")))
        assert book.scalar("SELECT count(*) FROM entry") == 1
    finally:
        book.close()
