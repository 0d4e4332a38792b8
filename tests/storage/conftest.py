"""Storage fixtures: PostgreSQL databases and a demo book holding every kind of row."""

import pytest

from tests.conftest import ENGINES

from tests.storage.pg_support import enrich  # noqa: F401


@pytest.fixture(scope="session")
def full_book(tmp_path_factory):
    """The demo book (a closed year, a reconciliation, attachments…) enriched; read only."""
    from assocompta.services.demo import create_demo
    path = tmp_path_factory.mktemp("full") / "amis.assocompta"
    with create_demo(path) as book:
        enrich(book)
    return path


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """This suite runs on SQLite, and on PostgreSQL when ASSOCOMPTA_PG_URL names a server."""
    return request.param
