"""Build the one-folder bundle (assocompta.spec) and prove the frozen app works on its own.

    python scripts/build_bundle.py [--dist DIR] [--skip-build]

Runs the frozen executable with a bare environment (no PYTHONPATH, no venv on PATH, a fresh
HOME), offscreen: it makes the demo book itself, opens it with --smoke in French and in
English, exports a compte de résultat to XLSX and PDF and the 2025 donation receipts to PDF.
The files are then read from outside (openpyxl, pdftotext) and compared with the same
exports made by the source tree: French money ("1 046,55 €") in both means babel's locale
data, the report layouts and the fonts really are inside. Prints the bundle's size, the build
time and the timings; exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A French amount with a group separator: "27 976,43 €" (narrow or plain no-break space).
FRENCH_MONEY = re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+,\d{2}[ \u00a0\u202f]€")
TIMEOUT = 300


class Bundle:
    """The checks run on one built bundle; failures are collected, not raised."""

    def __init__(self, app_dir: Path, work: Path):
        self.app_dir = app_dir
        self.exe = app_dir / ("assocompta.exe" if os.name == "nt" else "assocompta")
        self.work = work
        self.failures: list[str] = []
        home = work / "home"
        home.mkdir(parents=True, exist_ok=True)
        # Nothing of the build machine's Python may leak in: no PYTHONPATH, no venv on PATH.
        self.env = {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8",
                    "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(home)}
        if os.name == "nt":
            self.env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP")
                             if k in os.environ})

    def fail(self, message: str) -> None:
        self.failures.append(message)
        print(f"ÉCHEC : {message}")

    def run(self, *args: str, source: bool = False) -> tuple[subprocess.CompletedProcess, float]:
        """The frozen executable (or, with source, the source tree) on args, timed."""
        if source:
            cmd = [sys.executable, "-m", "assocompta", *args]
            env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "QT_QPA_PLATFORM": "offscreen"}
        else:
            cmd, env = [str(self.exe), *args], self.env
        t = time.perf_counter()
        r = subprocess.run(cmd, cwd=self.work, env=env, capture_output=True, text=True,
                           encoding="utf-8", errors="replace", timeout=TIMEOUT)
        elapsed = time.perf_counter() - t
        if r.returncode != 0:
            self.fail(f"{'source' if source else 'bundle'} {' '.join(args)} : code "
                      f"{r.returncode}\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
        return r, elapsed

    def layout(self) -> None:
        """The data the app reads at run time, and the Linux desktop files, are in the folder."""
        internal = self.app_dir / "_internal"
        wanted = ["assocompta/resources/charts/pca2025.csv",
                  "assocompta/resources/layouts/bilan-pca2025.json",
                  "assocompta/resources/i18n/assocompta_en.qm",
                  "assocompta/resources/icons/assocompta.svg",
                  "assocompta/storage/migrations/0001_initial.sql",
                  "babel/global.dat", "babel/locale-data/fr_FR.dat",
                  "babel/locale-data/en_GB.dat",
                  # Qt's own dialogs in French (ui/qt_french.py reads it)
                  "PySide6/Qt/translations/qtbase_fr.qm"]
        for name in wanted:
            if not (internal / name).is_file():
                self.fail(f"absent du paquet : _internal/{name}")
        # The user guide (F1): every page and picture of docs/guide, the same bytes.
        guide = ROOT / "docs" / "guide"
        for f in sorted(guide.rglob("*")):
            if f.suffix in (".md", ".png"):
                shipped = internal / "assocompta" / "guide" / f.relative_to(guide)
                if not shipped.is_file() or shipped.read_bytes() != f.read_bytes():
                    self.fail(f"guide absent ou différent de docs/guide : {shipped.name}")
        dangling = [str(f.relative_to(self.app_dir)) for f in self.app_dir.rglob("*")
                    if f.is_symlink() and not f.exists()]
        if dangling:
            self.fail(f"liens vers des fichiers absents : {', '.join(sorted(dangling))}")
        if sys.platform.startswith("linux"):
            desktop = self.app_dir / "share/applications/assocompta.desktop"
            for f in [desktop, self.app_dir / "share/mime/packages/assocompta-mime.xml",
                      self.app_dir / "install-desktop.sh",
                      *(self.app_dir / f"share/icons/hicolor/{s}x{s}/apps/assocompta.png"
                        for s in (48, 128, 256))]:
                if not f.is_file():
                    self.fail(f"absent du paquet : {f.relative_to(self.app_dir)}")
            validate = shutil.which("desktop-file-validate")
            if validate and desktop.is_file():
                r = subprocess.run([validate, str(desktop)], capture_output=True, text=True)
                if r.returncode != 0 or r.stdout.strip():
                    self.fail(f"desktop-file-validate : {r.stdout}{r.stderr}")

    def smoke(self, book: Path, lang: str, expect: str) -> float:
        """--smoke in one language: every view shown, and its titles in that language."""
        r, elapsed = self.run("--smoke", str(book), "--lang", lang)
        if r.returncode == 0 and expect not in r.stdout:
            self.fail(f"--smoke --lang {lang} : « {expect} » absent\n{r.stdout}")
        first = re.search(r"journal affiché : ([\d.]+) s", r.stdout)
        print(f"--smoke --lang {lang} : {elapsed:.2f} s en tout"
              + (f", journal affiché en {first.group(1)} s" if first else ""))
        return elapsed

    def exports(self, book: Path, source_book: Path) -> None:
        """XLSX, PDF report and receipts, frozen vs source: the same text, French money."""
        for tree, b in (("bundle", book), ("source", source_book)):
            src = tree == "source"
            self.run("report", "resultat", str(b), "--year", "2025", "-o", f"{tree}.xlsx",
                     source=src)
            self.run("report", "resultat", str(b), "--year", "2025", "-o", f"{tree}.pdf",
                     source=src)
            self.run("receipts", str(b), "--year", "2025", f"{tree}-recus.pdf", source=src)
        if self.failures:
            return
        frozen, source = _cells(self.work / "bundle.xlsx"), _cells(self.work / "source.xlsx")
        if frozen != source:
            self.fail("XLSX : le classeur du paquet diffère de celui des sources")
        dons = [row for row in frozen if row and row[0] == "Dons manuels"]
        if not dons or not isinstance(dons[0][1], float) or "€" not in dons[0][2]:
            self.fail(f"XLSX : ligne « Dons manuels » sans montant en euros : {dons}")
        sentences = [c for row in frozen for c in row if isinstance(c, str) and "charges" in c]
        if not any(FRENCH_MONEY.search(s) for s in sentences):
            self.fail(f"XLSX : contrôle sans montant à la française : {sentences}")
        # The receipts' gifts are under 1 000 €: a decimal comma and the euro sign after.
        receipt_money = re.compile(r"\*\*\* \d+,\d{2} € \*\*\*")
        for name, needle, money in ((".pdf", "Dons manuels", FRENCH_MONEY),
                                    ("-recus.pdf", "11580", receipt_money)):
            frozen_text = _pdf_text(self.work / f"bundle{name}")
            source_text = _pdf_text(self.work / f"source{name}")
            if frozen_text != source_text:
                self.fail(f"PDF bundle{name} : le texte diffère de celui des sources")
            if needle not in frozen_text or not money.search(frozen_text):
                self.fail(f"PDF bundle{name} : « {needle} » ou montant à la française absent")
        if not self.failures:
            line = next(ln for ln in _pdf_text(self.work / "bundle.pdf").splitlines()
                        if "Dons manuels" in ln)
            print(f"exports XLSX, PDF, reçus : identiques aux sources ; « {' '.join(line.split())} »")


def _cells(path: Path) -> list[list]:
    """Every row's values and the number format of each amount, sheet after sheet."""
    from openpyxl import load_workbook
    rows = []
    for ws in load_workbook(path):
        for row in ws.iter_rows():
            values = []
            for c in row:
                if c.value is None:
                    continue
                values.append(c.value)
                if isinstance(c.value, (int, float)):
                    values.append(c.number_format)
            rows.append(values)
    return rows


def _pdf_text(path: Path) -> str:
    r = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                       text=True, check=True)
    return r.stdout


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(dist: Path) -> float:
    """PyInstaller on assocompta.spec into dist; returns the seconds it took."""
    work = dist.parent / "pyinstaller-work"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])}
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(dist), "--workpath", str(work),
                        str(ROOT / "assocompta.spec")], env=env, cwd=ROOT,
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stdout[-3000:], r.stderr[-5000:], sep="\n", file=sys.stderr)
        raise SystemExit("PyInstaller a échoué")
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, help="dossier de sortie (défaut : dossier temporaire)")
    p.add_argument("--skip-build", action="store_true",
                   help="vérifier le paquet déjà construit dans --dist")
    args = p.parse_args(argv)
    if shutil.which("pdftotext") is None:
        print("pdftotext manque (apt-get install poppler-utils)", file=sys.stderr)
        return 1
    dist = (args.dist or Path(tempfile.mkdtemp(prefix="assocompta-bundle-")) / "dist").resolve()
    if args.skip_build:
        print(f"paquet existant : {dist / 'assocompta'}")
    else:
        seconds = build(dist)
        print(f"construction : {seconds:.0f} s → {dist / 'assocompta'}")
    app_dir = dist / "assocompta"
    print(f"taille du dossier : {_size(app_dir) / 2**20:.0f} Mio "
          f"({sum(1 for f in app_dir.rglob('*') if f.is_file())} fichiers)")
    with tempfile.TemporaryDirectory(prefix="assocompta-frozen-") as tmp:
        bundle = Bundle(app_dir, Path(tmp))
        bundle.layout()
        book = Path(tmp) / "exemple.assocompta"
        _, seconds = bundle.run("demo", str(book))
        print(f"demo (livre d'exemple créé par le paquet) : {seconds:.2f} s")
        if book.is_file():
            # The source run works on its own copy: issuing receipts writes to the book.
            source_book = Path(tmp) / "source.assocompta"
            shutil.copyfile(book, source_book)
            bundle.smoke(book, "fr", "Compte de résultat")
            bundle.smoke(book, "en", "Income statement")
            bundle.exports(book, source_book)
        failures = bundle.failures
    if failures:
        print(f"{len(failures)} échec(s)")
        return 1
    print("paquet vérifié : tout va bien")
    return 0


if __name__ == "__main__":
    sys.exit(main())
