"""The frozen desktop bundle: built and checked by scripts/build_bundle.py (minutes, so opt-in)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(os.environ.get("ASSOCOMPTA_BUNDLE") != "1",
                       reason="construit le paquet PyInstaller : ASSOCOMPTA_BUNDLE=1 pour le lancer"),
]


def test_frozen_app_opens_the_demo_and_exports_french_money(tmp_path):
    pytest.importorskip("PyInstaller")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) needed")
    r = subprocess.run([sys.executable, str(ROOT / "scripts/build_bundle.py"),
                        "--dist", str(tmp_path / "dist")], capture_output=True, text=True,
                       timeout=1800)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "paquet vérifié" in r.stdout
    assert "Dons manuels 1 046,55 € 1 006,15 €" in r.stdout
    assert (tmp_path / "dist/assocompta/share/applications/assocompta.desktop").is_file()
