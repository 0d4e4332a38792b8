"""Regenerate what Qt tools make from our sources: forms/*.ui → ui/forms/ui_*.py and
resources/i18n/*.ts → *.qm. Run after editing a form or a translation; a test checks that the
committed files are up to date.

    python scripts/build_ui.py [--check]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "assocompta" / "ui" / "forms"
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def _body(text: str) -> list[str]:
    """The generated code without the banner (which names the uic version)."""
    return [ln for ln in text.splitlines() if not ln.startswith("##")]


def compile_forms(check: bool) -> list[str]:
    stale = []
    for ui in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui.stem}.py"
        with tempfile.TemporaryDirectory() as tmp:
            made = Path(tmp) / target.name
            subprocess.run([_tool("uic"), "-g", "python", str(ui),
                            "-o", str(made)], check=True)
            text = made.read_text(encoding="utf-8")
        if check:
            if not target.exists() or _body(target.read_text(encoding="utf-8")) != _body(text):
                stale.append(str(target.relative_to(ROOT)))
        else:
            target.write_text(text, encoding="utf-8")
    return stale


def compile_translations() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report generated files that differ from their sources")
    args = parser.parse_args()
    stale = compile_forms(args.check)
    if args.check:
        for name in stale:
            print(f"{name} is out of date: run python scripts/build_ui.py")
        return 1 if stale else 0
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
