"""Shared fixtures: books in temporary folders, and small helpers to fill them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from assocompta.services.setup import Identity, create_book  # noqa: E402

SIREN = "732829320"


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    return tmp_path / "amis.assocompta"


@pytest.fixture
def book(book_path: Path):
    """An open book for 2025 (chart 2025), with the usual journals."""
    b, _ = create_book(book_path, Identity("Les Amis du Quartier", siren=SIREN),
                       dt.date(2025, 1, 1))
    yield b
    b.close()


