"""FEC import benchmark: wall time, throughput, book size and peak memory, checked end to end.

For each size, generates a synthetic FEC (bench/synthetic.py), then for each run creates a
fresh book, imports the file with ``python -m assocompta fec import`` in a subprocess, and
measures the wall time and the peak resident memory of that command: of its largest process
(``resource``-style ru_maxrss through os.wait4), and of its processes added up (the import
and the FEC reading process it starts for large files; sampled from /proc on Linux). After the last run of a
size it runs ``assocompta check`` and exports the year to compare it byte for byte with the
imported file.

With ``--db URL`` (a PostgreSQL server and a role allowed to CREATE DATABASE), each size is
also imported into a book in PostgreSQL (a database made for each run, dropped after), and
the table gives both engines side by side.

    python bench/fec_import.py [--sizes 100000 1000000] [--runs N] [--keep DIR] [--db URL]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import generate  # noqa: E402

SIREN = "732829320"
PYTHON = sys.executable
# Runs the import and reports its exit code, wall time, the peak RSS of its largest process
# (os.wait4's ru_maxrss: the import process or the FEC reading process it starts) and, on
# Linux, the peak of the two processes' RSS added up (sampled from /proc every 20 ms).
_WRAPPER = r"""
import os, sys, time
def tree_rss(pid):
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(l.split()[1]) for l in fh if l.startswith("VmRSS:"))
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (OSError, StopIteration):
            pass
    return total
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, "-m", "assocompta", "fec", "import", *sys.argv[1:]])
peak_sum = 0
while True:
    done, status, usage = os.wait4(pid, os.WNOHANG)
    if done:
        break
    peak_sum = max(peak_sum, tree_rss(pid))
    time.sleep(0.02)
wall = time.perf_counter() - t0
print(f"BENCH {os.waitstatus_to_exitcode(status)} {wall:.3f} {usage.ru_maxrss} {peak_sum}",
      file=sys.stderr)
"""


def _cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "assocompta", *args], capture_output=True,
                          text=True, check=check)


def _database(url: str, name: str) -> str:
    """``url`` naming the database ``name`` on the same server."""
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def _admin(book: str, sql: str) -> None:
    """Run ``sql`` (%s: the book's database) in the server's postgres database."""
    import psycopg
    name = urlsplit(book).path.lstrip("/")
    with psycopg.connect(_database(book, "postgres"), autocommit=True) as admin:
        admin.execute(sql % f'"{name}"')


def _fresh(book: Path | str) -> None:
    """No book at ``book``: its file gone, or its database made anew and empty."""
    if isinstance(book, str):
        _admin(book, "DROP DATABASE IF EXISTS %s WITH (FORCE)")
        _admin(book, "CREATE DATABASE %s")
        return
    for old in book.parent.glob(book.name + "*"):
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()


def _drop(book: str) -> None:
    _admin(book, "DROP DATABASE IF EXISTS %s WITH (FORCE)")


def _size_mb(book: Path | str) -> float:
    if isinstance(book, str):
        import psycopg
        with psycopg.connect(book) as conn:
            return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
    return book.stat().st_size / 1e6


def _run_once(source: Path, book: Path | str) -> dict:
    _fresh(book)
    _cli("init", str(book), "--name", "Bench", "--start", "2025-01-01", "--siren", SIREN)
    proc = subprocess.run([PYTHON, "-c", _WRAPPER, str(book), str(source)],
                          capture_output=True, text=True)
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("BENCH "))
    code, wall, rss_kib, sum_kib = line.split()[1:]
    if int(code) != 0:
        raise SystemExit(f"import failed:\n{proc.stdout}\n{proc.stderr}")
    # KiB on Linux.
    return {"wall": float(wall), "rss_mib": int(rss_kib) / 1024,
            "sum_rss_mib": int(sum_kib) / 1024, "book_mb": _size_mb(book)}


def _verify(source: Path, book: Path | str, out_dir: Path) -> tuple[bool, bool]:
    checked = _cli("check", str(book), check=False).returncode == 0
    out_dir.mkdir(parents=True, exist_ok=True)
    _cli("fec", "export", str(book), "--year", "2025", "-o", str(out_dir) + os.sep)
    exported = out_dir / f"{SIREN}FEC20251231.txt"
    same = exported.read_bytes() == source.read_bytes()
    exported.unlink()
    return checked, same


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000],
                    help="numbers of entries (default: 100000 1000000)")
    ap.add_argument("--runs", type=int, default=None,
                    help="runs per size (default: 3 below 500 000 entries, else 1)")
    ap.add_argument("--keep", type=Path, default=None,
                    help="folder for the generated files and books (default: a temp folder)")
    ap.add_argument("--db", metavar="URL",
                    help="also import into PostgreSQL: postgresql://USER@HOST:PORT/DB (a role "
                         "allowed to create databases; one is made per run)")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="assocompta-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for size in args.sizes:
            source = work / f"fec_{size}.txt"
            if not source.exists():
                t0 = time.perf_counter()
                lines = generate(source, size)
                print(f"generated {source.name}: {size} entries, {lines} lines "
                      f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
            else:
                lines = sum(1 for _ in open(source, "rb")) - 1
            runs = args.runs or (3 if size < 500_000 else 1)
            books: list[tuple[str, Path | str]] = [("sqlite", work / f"bench_{size}.assocompta")]
            if args.db:
                books.append(("postgresql", _database(args.db, f"assocompta_bench_{size}")))
            for engine, book in books:
                results = []
                try:
                    for i in range(runs):
                        results.append(_run_once(source, book))
                        print(f"  {engine}, {size} entries, run {i + 1}/{runs}: "
                              f"{results[-1]['wall']:.2f} s", file=sys.stderr)
                    checked, same = _verify(source, book, work / "export")
                finally:
                    if isinstance(book, str):
                        _drop(book)
                wall = statistics.median(r["wall"] for r in results)
                rows.append((engine, size, lines, wall, lines / wall, size / wall,
                             results[-1]["book_mb"], max(r["rss_mib"] for r in results),
                             max(r["sum_rss_mib"] for r in results), runs, checked, same))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    head = ("engine", "entries", "lines", "median s", "lines/s", "entries/s", "book MB", "peak RSS MB",
            "both procs MB", "runs", "check", "round trip")
    table = [head] + [(e, f"{s:,}", f"{n:,}", f"{w:.2f}", f"{lps:,.0f}", f"{eps:,.0f}",
                       f"{mb:.0f}", f"{rss:.0f}", f"{crss:.0f}", str(r),
                       "ok" if ok else "FAILED", "identical" if same else "DIFFERS")
                      for e, s, n, w, lps, eps, mb, rss, crss, r, ok, same in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    for k, row in enumerate(table):
        print("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
        if k == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
