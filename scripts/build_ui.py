"""Regenerate what Qt tools make from our sources: forms/*.ui → ui/forms/ui_*.py and
resources/i18n/*.ts → *.qm. Run after editing a form or a translation; a test checks that the
committed files are up to date.

    python scripts/build_ui.py [--check]

``--check`` also runs pyside6-lupdate over a copy of each .ts: a string wrapped in tr() or
translate() that the catalogue lacks, or leaves unfinished, is reported (as is a .qm older
than its .ts). The catalogue itself is updated with

    pyside6-lupdate $(find src/assocompta -name '*.py' -not -path '*/ui/forms/*') forms/*.ui \
        -ts resources/i18n/assocompta_en.ts -no-obsolete
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
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


def lupdate_sources() -> list[str]:
    """What the README's lupdate command reads, relative to the project root."""
    sources = [p for p in sorted((ROOT / "src" / "assocompta").rglob("*.py"))
               if OUT not in p.parents]
    sources += sorted(FORMS.glob("*.ui"))
    return [str(p.relative_to(ROOT)) for p in sources]


def _messages(ts: Path) -> dict[tuple[str, str, str], str | None]:
    """(context, source, comment) → the translation's type (None when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.find("translation").get("type")
    return found


def _hidden_from_lupdate(path: Path) -> list[str]:
    """tr() calls whose text lupdate cannot read whole: ``tr("a" if x else "b")`` gives it
    only "a", an f-string nothing (a NOOP'd name passed in is fine)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", None))
        texts = node.args[:1] if name == "tr" else node.args[1:2] if name == "translate" else []
        for text in texts:
            literal_sum = isinstance(text, ast.BinOp) and not any(
                isinstance(n, ast.Name | ast.Attribute | ast.Subscript | ast.Call)
                for n in ast.walk(text))
            if isinstance(text, ast.IfExp | ast.JoinedStr) or literal_sum:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: lupdate cannot read "
                             f"tr({ast.unparse(text)[:60]}…): one literal per tr()")
    return found


def check_translations() -> list[str]:
    """What keeps each catalogue from matching the sources: strings it lacks or leaves
    unfinished, strings the sources no longer have, contexts lupdate could not name (a bare
    ``tr("…")`` outside ``self``: never found at run time), a stale .qm."""
    problems = [hidden for source in lupdate_sources() if source.endswith(".py")
                for hidden in _hidden_from_lupdate(ROOT / source)]
    for ts in sorted(I18N.glob("*.ts")):
        committed = _messages(ts)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            subprocess.run([_tool("lupdate"), *lupdate_sources(), "-ts", str(copy),
                            "-no-obsolete", "-silent"], cwd=ROOT, check=True,
                           capture_output=True)
            fresh = _messages(copy)
            qm = Path(tmp) / "fresh.qm"
            subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            stale_qm = qm.read_bytes() != ts.with_suffix(".qm").read_bytes() \
                if ts.with_suffix(".qm").exists() else True
        name = ts.name
        for context, source, _comment in sorted(fresh.keys() - committed.keys()):
            problems.append(f"{name}: missing [{context}] {source!r}")
        for (context, source, _comment), kind in sorted(fresh.items()):
            if kind is not None and (context, source, _comment) in committed:
                problems.append(f"{name}: {kind} [{context}] {source!r}")
            if not re.fullmatch(r"[A-Z]\w*", context):
                problems.append(f"{name}: context {context!r} for {source!r} (lupdate could not "
                                "tell the class: use self.tr, Class.tr or translate(\"Class\", …))")
        for context, source, _comment in sorted(committed.keys() - fresh.keys()):
            problems.append(f"{name}: obsolete [{context}] {source!r}")
        if stale_qm:
            problems.append(f"{ts.with_suffix('.qm').name} is older than {name}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report generated files that differ from their sources")
    args = parser.parse_args()
    stale = compile_forms(args.check)
    if args.check:
        for name in stale:
            print(f"{name} is out of date: run python scripts/build_ui.py")
        problems = check_translations()
        for problem in problems:
            print(problem)
        return 1 if stale or problems else 0
    compile_translations()
    return 0


if __name__ == "__main__":
    sys.exit(main())
