"""Shared fixtures: books in temporary folders, and small helpers to fill them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.tree_resources import use_tree_resources  # noqa: E402

use_tree_resources()  # before anything reads a chart or a layout

from assocompta.services.setup import Identity, create_book  # noqa: E402
from tests.storage.pg_support import ENV, pg_admin, pg_url  # noqa: E402,F401

SIREN = "732829320"

#: The engines a book fixture is made on in the suites that run on both (storage, reports,
#: services): PostgreSQL only when a test server is named, as .ci/run does.
ENGINES = ["sqlite"] + (["postgresql"] if os.environ.get(ENV, "").strip() else [])


@pytest.fixture
def engine() -> str:
    """Where ``book_path`` lives; the suites that run on both engines parametrise it."""
    return "sqlite"


@pytest.fixture
def book_path(tmp_path: Path, engine: str, request):
    """Where a new book goes: a file, or (engine "postgresql") an empty database's URL."""
    if engine == "postgresql":
        return request.getfixturevalue("pg_url")
    return tmp_path / "amis.assocompta"


@pytest.fixture
def book(book_path: Path):
    """An open book for 2025 (chart 2025), with the usual journals."""
    b, _ = create_book(book_path, Identity("Les Amis du Quartier", siren=SIREN),
                       dt.date(2025, 1, 1))
    yield b
    b.close()




@pytest.fixture(autouse=True)
def _log_in_tmp(tmp_path: Path, monkeypatch):
    """The log (command line and app) goes to tmp_path, never to the developer's own."""
    monkeypatch.setenv("ASSOCOMPTA_LOG_DIR", str(tmp_path / "log"))
