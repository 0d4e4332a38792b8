"""resources/ and the SQL migrations ship inside a non-editable install."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_resources_and_works_outside_the_source_tree(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("assocompta-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"assocompta/resources/charts/pca2018.csv", "assocompta/resources/charts/pca2025.csv",
            "assocompta/storage/migrations/0001_initial.sql",
            "assocompta/storage/migrations/0002_import_batches.sql",
            "assocompta/storage/migrations/0006_file_guards.sql",
            "assocompta/storage/pg/schema.sql",
            "assocompta/storage/pg/migrations/0006_file_guards.sql",
            "assocompta/resources/i18n/assocompta_en.qm", "assocompta/resources/icons/assocompta.svg",
            "assocompta/ui/forms/ui_entry_dialog.py", "assocompta/ui/views/ledger_view.py",
            "assocompta/reports/forms/cerfa_11580_05.json",
            "assocompta/reports/forms/cerfa_16216_03.json"} <= names
    # Every package of the source tree (the list in pyproject.toml is explicit).
    packages = {str(p.parent.relative_to(ROOT / "src")) + "/__init__.py"
                for p in (ROOT / "src" / "assocompta").rglob("__init__.py")}
    assert packages <= names, sorted(packages - names)
    # The user guide ships as docs/guide is, byte for byte (one copy, no hand-made twin).
    guide = ROOT / "docs" / "guide"
    shipped = zipfile.ZipFile(wheel)
    pages = [f for f in sorted(guide.rglob("*")) if f.suffix in (".md", ".png")]
    assert len(pages) > 30
    for f in pages:
        assert shipped.read(f"assocompta/guide/{f.relative_to(guide).as_posix()}") == \
            f.read_bytes(), f
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    book = tmp_path / "w.assocompta"
    code = ("import assocompta, sys; from assocompta.cli import main; "
            f"assert assocompta.__file__.startswith(r'{target}'), assocompta.__file__; "
            "from assocompta.ui.guide_pages import guide_root, page_path; "
            "assert guide_root().parent.name == 'assocompta', guide_root(); "
            "assert page_path('en', 'banque').read_text(encoding='utf-8').startswith('# '); "
            "from assocompta.reports.receipt_pdf import form_texts; "
            "assert form_texts('16216*03')['form'] == '2041-MEC-SD'; "
            f"sys.exit(main(['init', r'{book}', '--name', 'W', '--start', '2025-01-01']) or "
            f"main(['accounts', r'{book}']))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": ""})
    assert r.returncode == 0, r.stderr
    assert "7571" in r.stdout
