"""The year-end work's speed: each step of the closing wizard (what it proposes is computed
when its page opens) and the livre d'inventaire, beside the compte de résultat, on the same
books.

    python bench/year_end.py [--sizes 10000,100000] [--runs 5]

Books are bench/reports.py's (bench/out/, a FEC of bench/synthetic.py imported once). Each
figure is the median of --runs computations in this process (the book open, as the app has
it), and its ratio to the compte de résultat's. The machine is shared and noisy: compare
ratios.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reports import book_for, median_time  # noqa: E402

from assocompta.services.reports import build  # noqa: E402
from assocompta.services.year_end_steps import STEPS, year_end_step  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    names = ["résultat", *STEPS, "inventaire"]
    print(f"{'entrées':>9} " + " ".join(f"{n:>16}" for n in names))
    for size in (int(s) for s in args.sizes.split(",")):
        path, _ = book_for(size)
        Book.open(path).close()  # a book made by an older version: brought to this schema
        book = Book.open(path, readonly=True)
        try:
            jobs = [lambda: build(book, "resultat", "2025")]
            jobs += [lambda k=key: year_end_step(book, "2025", k) for key in STEPS]
            jobs.append(lambda: build(book, "inventaire", "2025"))
            times = [median_time(job, args.runs) for job in jobs]
        finally:
            book.close()
        base = times[0]
        print(f"{size:>9} " + " ".join(f"{t * 1000:>7.0f}ms ({t / base:>4.1f}x)"
                                       for t in times))
    return 0


if __name__ == "__main__":
    sys.exit(main())
