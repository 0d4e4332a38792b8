"""Outside tools some tests need (LibreOffice, poppler). CI installs them and sets
ASSOCOMPTA_REQUIRE_TOOLS=1 so that a missing tool fails the run instead of skipping."""

import os
import shutil

import pytest


def need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        if os.environ.get("ASSOCOMPTA_REQUIRE_TOOLS"):
            pytest.fail(f"{program} is required here (ASSOCOMPTA_REQUIRE_TOOLS is set)")
        pytest.skip(f"{program} not installed")
    return path
