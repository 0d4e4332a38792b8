"""The same book in SQLite and in PostgreSQL, side by side: copying it in, reports, `check`,
entries posted one by one, and two writers posting into one year at once.

    python bench/postgresql.py --db postgresql://USER@HOST:PORT/DB [--sizes 10000,100000]
                               [--runs 3] [--posts 300]

``--db`` names a server and a role allowed to CREATE DATABASE (scripts/pg_test_server.sh
makes a throwaway one). For each size, the book of bench/reports.py (FEC import of
bench/synthetic.py's entries) is copied into a new database with `assocompta copy`; the
figures are medians of ``--runs`` runs on each engine. The databases are dropped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from reports import book_for, median_time  # noqa: E402

from assocompta.domain.entries import Simple, depense  # noqa: E402
from assocompta.domain.money import Money  # noqa: E402
from assocompta.services.checks import check_book  # noqa: E402
from assocompta.services.ledger import post_entry  # noqa: E402
from assocompta.services.reports import build  # noqa: E402
from assocompta.storage.book_copy import copy_book  # noqa: E402
from assocompta.storage.books import open_book  # noqa: E402

KINDS = ("resultat", "bilan", "balance")


def _database(admin, admin_url: str) -> str:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(urlsplit(admin_url)._replace(path="/" + name))


def _post(book, count: int, tag: str) -> None:
    for i in range(count):
        cents = 100 + i
        post_entry(book, depense(Simple(dt.date(2025, 1 + i % 12, 1 + i % 28), Money(cents),
                                        f"{tag} {i}"), account="626", paid_from="512"))


def _numbers(book) -> tuple[int, int, bool]:
    with book.reading() as conn:
        numbers = [n for (n,) in conn.execute(
            "SELECT e.number FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
            "WHERE f.label = '2025' ORDER BY e.number")]
    return len(numbers), numbers[-1] if numbers else 0, numbers == list(
        range(1, len(numbers) + 1))


def bench_size(n: int, admin, admin_url: str, runs: int, posts: int, work: Path) -> None:
    source, _ = book_for(n)
    file = work / f"book-{n}.assocompta"
    shutil.copy(source, file)
    url = _database(admin, admin_url)
    started = time.perf_counter()
    copy_book(file, url)
    copied = time.perf_counter() - started
    print(f"\n{n} entries: `assocompta copy` file → PostgreSQL {copied:.1f} s")
    print(f"  {'':28} {'SQLite':>10} {'PostgreSQL':>11} {'ratio':>7}")
    for kind in KINDS:
        times = []
        for target in (file, url):
            with open_book(target, readonly=True) as book:
                times.append(median_time(lambda: build(book, kind, "2025"), runs))
        print(f"  report {kind:21} {times[0] * 1000:8.0f} ms {times[1] * 1000:8.0f} ms "
              f"{times[1] / times[0]:7.2f}")
    times = []
    for target in (file, url):
        with open_book(target, readonly=True) as book:
            times.append(median_time(lambda: check_book(book), runs))
    print(f"  {'check':28} {times[0] * 1000:8.0f} ms {times[1] * 1000:8.0f} ms "
          f"{times[1] / times[0]:7.2f}")
    times = []
    for target in (file, url):
        with open_book(target, backup=False) as book:
            started = time.perf_counter()
            _post(book, posts, "Seul")
            times.append((time.perf_counter() - started) / posts)
    print(f"  {'post one entry (mean of ' + str(posts) + ')':28} {times[0] * 1000:8.1f} ms "
          f"{times[1] * 1000:8.1f} ms {times[1] / times[0]:7.2f}")

    # Two people posting into the same year at once, each with their own connection.
    with open_book(url, readonly=True) as book:
        before, _, _ = _numbers(book)
    books = [open_book(url, backup=False) for _ in range(2)]
    errors: list[BaseException] = []

    def writer(book, tag):
        try:
            _post(book, posts, tag)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
    started = time.perf_counter()
    threads = [threading.Thread(target=writer, args=(b, f"Poste {k}"))
               for k, b in enumerate(books)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - started
    for b in books:
        b.close()
    with open_book(url, readonly=True) as book:
        count, last, gapless = _numbers(book)
        problems = check_book(book)
    print(f"  two writers at once: {2 * posts} entries in {took:.1f} s "
          f"({2 * posts / took:.0f} entries/s), errors {len(errors)}; year 2025 holds "
          f"{count - before} more, numbered up to {last}, "
          f"{'no gap' if gapless else 'GAPS'}, check: {len(problems)} problem(s)")
    admin.execute(f'DROP DATABASE IF EXISTS "{urlsplit(url).path[1:]}" WITH (FORCE)')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, metavar="URL",
                    help="a PostgreSQL server (a role allowed to CREATE DATABASE)")
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--posts", type=int, default=300)
    args = ap.parse_args()
    import psycopg
    admin = psycopg.connect(args.db, autocommit=True)
    with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            bench_size(n, admin, args.db, args.runs, args.posts, Path(tmp))
    admin.close()
    print(f"\n(reports and check: medians of {args.runs} runs; one shared, noisy machine)")


if __name__ == "__main__":
    main()
