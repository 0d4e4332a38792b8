"""The English catalogue holds every string the sources wrap in tr()/translate(), each one
translated: scripts/build_ui.py --check runs pyside6-lupdate over a copy of the .ts."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _build_ui():
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "scripts" / "build_ui.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not Path(module._tool("lupdate")).exists() or not Path(module._tool("lrelease")).exists():
        pytest.skip("pyside6-lupdate is not installed (it comes with the PySide6 wheel)")
    return module


def test_every_wrapped_string_is_translated():
    problems = _build_ui().check_translations()
    assert problems == [], "\n".join(problems[:20]) + \
        "\nrun pyside6-lupdate (README), translate, then python scripts/build_ui.py"


def test_the_check_names_a_missing_string_and_a_bare_tr(tmp_path, monkeypatch):
    """A tiny project: a new self.tr string, a finished one, a module-level tr() that lupdate
    files under no context (so never found at run time), a tr() of a conditional."""
    build_ui = _build_ui()
    (tmp_path / "src" / "assocompta" / "ui").mkdir(parents=True)
    (tmp_path / "forms").mkdir()
    (tmp_path / "i18n").mkdir()
    (tmp_path / "src" / "assocompta" / "ui" / "view.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text):\n"
        "    return QCoreApplication.translate('Menus', text)\n"
        "class View:\n"
        "    def texts(self):\n"
        "        return self.tr('Banque'), self.tr('Tableau de bord'), tr('Exporté : {}')\n"
        "    def more(self, n):\n"
        "        return self.tr('1 ligne' if n == 1 else 'lignes')\n",
        encoding="utf-8")
    ts = tmp_path / "i18n" / "assocompta_en.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  '<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">\n<context>\n'
                  '    <name>View</name>\n    <message>\n        <source>Banque</source>\n'
                  '        <translation>Bank</translation>\n    </message>\n</context>\n'
                  '</TS>\n', encoding="utf-8")
    monkeypatch.setattr(build_ui, "ROOT", tmp_path)
    monkeypatch.setattr(build_ui, "FORMS", tmp_path / "forms")
    monkeypatch.setattr(build_ui, "OUT", tmp_path / "src" / "assocompta" / "ui" / "forms")
    monkeypatch.setattr(build_ui, "I18N", tmp_path / "i18n")
    problems = build_ui.check_translations()
    assert "assocompta_en.ts: missing [View] 'Tableau de bord'" in problems
    assert any(p.startswith("assocompta_en.ts: context '' for 'Exporté : {}'") for p in problems)
    assert "assocompta_en.qm is older than assocompta_en.ts" in problems
    assert any(p.startswith("src/assocompta/ui/view.py:8: lupdate cannot read") for p in problems)
    assert not any("'Banque'" in p for p in problems)

