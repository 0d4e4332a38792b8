"""A PostgreSQL password never shows: not in the command line's output, not in the app's
messages, not in the log, even inside the driver's own error text."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import pytest

from assocompta.cli import main
from assocompta.storage.pg.redaction import scrub

#: what a password "50%off" may look like once typed, encoded, decoded or cut
FRAGMENTS = ("50%off", "50%25off", "%off", "%25off", "50%", "off")


def assert_no_password(*texts: str) -> None:
    for text in texts:
        for fragment in FRAGMENTS:
            assert fragment not in text, f"{fragment!r} in {text!r}"


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert_no_password(out, err)
    return code, out + err


@pytest.mark.parametrize("url", [
    "postgresql://treso:50%off@127.0.0.1:1/base",         # as typed: libpq quotes the token
    "postgresql://treso:50%25off@127.0.0.1:1/base",       # encoded: nobody listens there
    "postgresql://treso:50%off@127.0.0.1:abc/base",       # a port that is not a number
    "postgresql://treso:50%off@[::1/base",                # a host left open
    "postgresql://treso@127.0.0.1:1/base?password=50%25off",
])
def test_unreachable_or_malformed_url(capsys, url):
    code, text = _cli(capsys, "check", url)
    assert code == 1 and "PostgreSQL" in text and "***" in text
    code, _ = _cli(capsys, "--db", url, "check")
    assert code == 1


def test_scrub_finds_every_spelling():
    url = "postgresql://treso:50%25off@serveur/base"
    for leak in ('token: "50%off"', "password=50%25off", "password='50%off'",
                 "postgresql://treso:50%off@serveur/base", "dsn=user=treso password=50%off"):
        assert_no_password(scrub(f"échec ({leak})", url))
    assert scrub("p@ssw0rd@serveur", "postgresql://u:p@ssw0rd@serveur/b") == "***@serveur"


@pytest.fixture
def treso(pg_admin):
    """A role whose password is « 50%off », dropped after the test."""
    conn, admin_url = pg_admin
    name = f"treso_{uuid.uuid4().hex[:8]}"
    conn.execute(f"CREATE ROLE {name} LOGIN PASSWORD '50%off'")
    parts = urlsplit(admin_url)
    try:
        yield f"postgresql://{name}:50%25off@{parts.hostname}:{parts.port or 5432}"
    finally:
        conn.execute(f"DROP ROLE IF EXISTS {name}")


def test_against_the_server(capsys, treso, pg_url):
    from assocompta.storage.book_copy import copy_book
    # No such database, then a database without a book, then a book the role may not read.
    code, text = _cli(capsys, "check", f"{treso}/absente_{uuid.uuid4().hex[:6]}")
    assert code == 1 and "***" in text
    code, text = _cli(capsys, "check", f"{treso}/postgres")
    assert code == 1 and "ne contient pas de livre" in text
    copy_book(_demo_file(), pg_url)
    database = urlsplit(pg_url).path
    code, text = _cli(capsys, "check", f"{treso}{database}")
    assert code == 1 and "n'a pas le droit de lire" in text


def _demo_file():
    import tempfile
    from pathlib import Path

    from assocompta.services.demo import create_demo
    path = Path(tempfile.mkdtemp()) / "demo.assocompta"
    create_demo(path).close()
    return path
