"""The bank suite runs on both engines."""

import pytest

from tests.conftest import ENGINES


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """This suite runs on SQLite, and on PostgreSQL when ASSOCOMPTA_PG_URL names a server."""
    return request.param
