"""Report speed: compte de résultat at 10 000 / 100 000 / 1 000 000 entries, the whole
`assocompta report resultat` command against `ledger balance` (Debian's ledger) on the same
100 000 entries, and the grand livre XLSX.

    python bench/reports.py [--sizes 10000,100000,1000000] [--runs 5] [--no-grand-livre-1m]
                            [--grand-livre-only]

Books are built once per size under bench/out/ (FEC import of bench/synthetic.py's books)
and reused. Figures are medians of --runs runs; this machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from synthetic import generate  # noqa: E402

from assocompta.services.reports import build  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402

OUT = HERE / "out"


def book_for(entries: int) -> tuple[Path, Path]:
    """(book, fec) with ``entries`` entries, built once."""
    OUT.mkdir(exist_ok=True)
    fec = OUT / f"fec-{entries}.txt"
    book = OUT / f"book-{entries}.assocompta"
    if not fec.exists():
        generate(fec, entries, 2025)
    if not book.exists():
        run("init", book, "--name", "Bench", "--start", "2025-01-01", "--siren", "732829320")
        run("fec", "import", book, fec)
    return book, fec


def run(*args) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assocompta", *map(str, args)], check=True,
                   capture_output=True)
    return time.perf_counter() - t


def measured(*args) -> tuple[float, int]:
    """(wall seconds, peak RSS in MiB) of one `assocompta` command."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "assocompta", *map(str, args)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"assocompta {' '.join(map(str, args))}: exit {proc.returncode}\n"
                         + proc.stderr.read().decode())
    proc.stderr.close()
    return wall, usage.ru_maxrss // 1024


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def ledger_journal(fec: Path, dest: Path) -> None:
    """The same entries as a ledger-cli journal (one transaction per entry)."""
    with open(fec, encoding="utf-8") as src, open(dest, "w", encoding="utf-8") as out:
        next(src)
        current = None
        for line in src:
            f = line.rstrip("\r\n").split("\t")
            key = (f[0], f[2])
            if key != current:
                current = key
                d = f[3]
                out.write(f"\n{d[:4]}/{d[4:6]}/{d[6:]} {f[10]}\n")
            amount = f[11] if f[11] != "0,00" else "-" + f[12]
            out.write(f"    {f[4]}  {amount.replace(',', '.')} EUR\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-grand-livre-1m", action="store_true")
    ap.add_argument("--grand-livre-only", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    if not args.grand_livre_only:
        statements(sizes, args.runs)
    grand_livre(sizes, args.runs, args.no_grand_livre_1m)


def statements(sizes: list[int], runs: int) -> None:
    print("Compte de résultat (report model, totals cache fresh), median of "
          f"{runs} runs:")
    models = {}
    for n in sizes:
        path, _ = book_for(n)
        with Book.open(path, readonly=True) as book:
            models[n] = median_time(lambda: build(book, "resultat", "2025"), runs)
        print(f"  {n:>9} entries: {models[n] * 1000:7.1f} ms")
    if len(sizes) > 1:
        print(f"  ratio largest / smallest: {models[sizes[-1]] / models[sizes[0]]:.2f}")

    if 100_000 in sizes:
        path, fec = book_for(100_000)
        cmd = median_time(lambda: run("report", "resultat", path, "--year", "2025", "-o",
                                      OUT / "resultat-100k.xlsx"), runs)
        print(f"\n`assocompta report resultat` (whole command, XLSX) at 100 000 entries: "
              f"{cmd:.2f} s")
        ledger = shutil.which("ledger")
        if ledger:
            journal = OUT / "journal-100000.ledger"
            if not journal.exists():
                ledger_journal(fec, journal)

            def led():
                subprocess.run([ledger, "-f", str(journal), "balance"], check=True,
                               capture_output=True)
            t = median_time(led, runs)
            print(f"`ledger balance` on the same entries:                       {t:.2f} s"
                  f"  (ratio assocompta / ledger: {cmd / t:.2f})")
        else:
            print("ledger not installed (apt-get install ledger): comparison skipped")


def grand_livre(sizes: list[int], runs: int, skip_1m: bool) -> None:
    print("\nGrand livre XLSX: `assocompta report grand-livre` (whole command), median of "
          f"{runs} runs (one at 1 000 000), peak RSS the largest:")
    for n in sizes:
        if n == 1_000_000 and skip_1m:
            continue
        path, _ = book_for(n)
        times, peaks = zip(*(measured("report", "grand-livre", path, "--year", "2025", "-o",
                                      OUT / f"grand-livre-{n}.xlsx")
                             for _ in range(1 if n >= 1_000_000 else runs)))
        print(f"  {n:>9} entries: {statistics.median(times):6.2f} s "
              f"(runs {', '.join(f'{t:.2f}' for t in times)}), peak RSS {max(peaks)} MiB")


if __name__ == "__main__":
    main()
