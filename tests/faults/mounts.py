"""Read-only files and folders that stop root too (tests run as root in CI): bind and tmpfs
mounts remounted read-only, or permissions for an ordinary user."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    return subprocess.run(list(args), capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_file(path: Path):
    """``path`` cannot be written while inside (its folder still can)."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o444)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not _run("mount", "--bind", str(path), str(path)):
        pytest.skip("mount refused: no read-only file to test on")
    try:
        _run("mount", "-o", "remount,ro,bind", str(path))
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)
