"""The committed Python forms are what pyside6-uic makes of forms/*.ui today."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_match_their_designer_files():
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
    build_ui = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_ui)
    assert build_ui.compile_forms(check=True) == []
