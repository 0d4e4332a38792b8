"""The comptes annuels' speed: bilan (art. 421-1 model, tiers balances by their own sign),
annexe and compte rendu financier beside the compte de résultat, on the same books.

    python bench/annual.py [--sizes 10000,100000] [--runs 5]

Books are bench/reports.py's (bench/out/, a FEC of bench/synthetic.py imported once). Each
figure is the median of --runs builds in this process (the book open, as the app has it),
and its ratio to the compte de résultat's. The machine is shared and noisy: compare ratios.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reports import book_for, median_time  # noqa: E402

from assocompta.services.annexe import build_annexe  # noqa: E402
from assocompta.services.reports import build  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(f"{'entrées':>9} {'résultat':>10} {'bilan':>10} {'annexe':>10}   bilan/résultat  "
          "annexe/résultat")
    for size in (int(s) for s in args.sizes.split(",")):
        path, _ = book_for(size)
        book = Book.open(path, readonly=True)
        try:
            times = [median_time(job, args.runs) for job in (
                lambda: build(book, "resultat", "2025"),
                lambda: build(book, "bilan", "2025"),
                lambda: build_annexe(book, "2025"))]
        finally:
            book.close()
        base = times[0]
        print(f"{size:>9} " + " ".join(f"{t * 1000:>8.0f}ms" for t in times)
              + f"   {times[1] / base:>13.1f}x {times[2] / base:>15.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
