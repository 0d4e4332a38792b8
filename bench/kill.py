"""SIGKILL at random moments while a book is written; afterwards the book must be whole.

Four workloads, each in a child process killed after a random delay: a FEC import, a bank
statement import, a burst of single entries (each logged to a side file once its commit has
returned) and a year closing. After each kill the book must open, pass SQLite's integrity
check and ``check``, and hold exactly what was committed: all of an import or none of it, a
closed year with its à-nouveaux or an open year without, every logged entry and at most one
more (the one whose commit had ended when the kill came, before it was logged).

    python bench/kill.py [--rounds 200] [--seed 1] [--entries 10000] [--db URL]

With ``--db postgresql://…`` (a role allowed to CREATE DATABASE) the same rounds run on books
in PostgreSQL: each round's book is a database made from a template database, the child is
the client killed, and the server must have kept exactly what was committed, with entry
numbers still 1…n without a gap.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

WORKLOADS = ("fec", "bank", "burst", "closing")


class Files:
    """Round books as files: a template copied for each round."""

    def keep(self, path: Path, name: str):
        return path

    def fresh(self, template, work: Path, name: str):
        shutil.copy(template, work / f"{name}.assocompta")
        return work / f"{name}.assocompta"

    def remove(self, target) -> None:
        _remove(target)


class Databases:
    """Round books as PostgreSQL databases: each a copy of a template database, which
    PostgreSQL makes as fast as a file copy."""

    def __init__(self, admin_url: str) -> None:
        import uuid

        import psycopg
        self.admin_url = admin_url
        self.prefix = f"kill_{uuid.uuid4().hex[:8]}_"
        self.conn = psycopg.connect(admin_url, autocommit=True)
        self.made: list[str] = []

    def _url(self, db: str) -> str:
        from urllib.parse import urlsplit, urlunsplit
        return urlunsplit(urlsplit(self.admin_url)._replace(path="/" + db))

    def keep(self, path: Path, name: str) -> str:
        from assocompta.storage.book_copy import copy_book
        db = self.prefix + name
        self.conn.execute(f'CREATE DATABASE "{db}"')
        self.made.append(db)
        copy_book(path, self._url(db))
        return self._url(db)

    def fresh(self, template: str, work: Path, name: str) -> str:
        db = self.prefix + name
        self.conn.execute(f'CREATE DATABASE "{db}" TEMPLATE "{template.rsplit("/", 1)[1]}"')
        self.made.append(db)
        return self._url(db)

    def remove(self, target: str) -> None:
        db = target.rsplit("/", 1)[1]
        self.conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        self.made.remove(db)

    def close(self) -> None:
        for db in list(self.made):
            self.conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        self.conn.close()


# -- the templates every round starts from ----------------------------------------------------

@dataclass
class Templates:
    folder: Path
    book: Path            # 2025, empty: FEC, bank and burst rounds
    closing: Path         # 2024 ready to close, 2025 holding entries (renumbered by the AN)
    fec: Path
    fec_entries: int
    csv: Path
    csv_lines: int


def prepare(folder: Path, entries: int) -> Templates:
    """The books and files of the rounds (built once, copied for each round)."""
    from assocompta.services.fec_import import import_fec
    from assocompta.services.setup import Identity, add_year, create_book
    from synthetic import generate

    book, _ = create_book(folder / "empty.assocompta", Identity("Kill"), dt.date(2025, 1, 1))
    book.close()
    fec = folder / "fec2025.txt"
    generate(fec, entries, 2025, seed=7)
    csv = folder / "releve.csv"
    lines = max(200, entries // 5)
    rng = random.Random(3)
    with open(csv, "w", encoding="cp1252", newline="") as fh:
        fh.write("Date;Date de valeur;Débit;Crédit;Libellé;Solde\r\n")
        for i in range(lines):
            day = dt.date(2025, 1, 1) + dt.timedelta(days=i * 365 // lines)
            cents = rng.randint(100, 500_000)
            debit, credit = (f"-{cents // 100},{cents % 100:02d}", "") if i % 3 else \
                ("", f"{cents // 100},{cents % 100:02d}")
            fh.write(f"{day:%d/%m/%Y};{day:%d/%m/%Y};{debit};{credit};"
                     f"\"PRLV SEPA FOURNISSEUR {i}; FACTURE {i}\";\r\n")

    closing = folder / "closing.assocompta"
    book, _ = create_book(closing, Identity("Kill"), dt.date(2024, 1, 1))
    with book:
        old = folder / "fec2024.txt"
        generate(old, entries // 2, 2024, seed=8)
        import_fec(book, old)
        add_year(book, dt.date(2025, 1, 1))
        new = folder / "fec2025-closing.txt"
        generate(new, entries // 4, 2025, seed=9)
        import_fec(book, new)
        with book.transaction() as s:
            book.raw_connection(s).execute(
                "INSERT INTO reconciliation (account, statement_date, opening_balance, "
                "closing_balance, finished_at) VALUES ('512', '2024-12-31', 0, 0, "
                "'2025-01-10')")
    return Templates(folder, folder / "empty.assocompta", closing, fec, entries, csv, lines)


# -- the child: one workload, killed somewhere in it --------------------------------------------

def child(workload: str, path, source: Path, log: Path, burst: int) -> None:
    from assocompta.services.bank_import import import_statement
    from assocompta.services.closing import close_year
    from assocompta.services.fec_import import import_fec
    from assocompta.services.ledger import post_entry
    from assocompta.storage.books import open_book
    sys.path.insert(0, str(HERE.parent))
    from tests.helpers import draft

    book = open_book(path, backup=False)
    print("go", flush=True)
    if workload == "fec":
        import_fec(book, source)
    elif workload == "bank":
        import_statement(book, "512", source)
    elif workload == "closing":
        close_year(book, "2024")
    else:
        fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        for i in range(1, 100_000):
            cents = f"{i},{i % 100:02d}"
            posted = post_entry(book, draft(dt.date(2025, 1 + i % 12, 1 + i % 28),
                                            ("626", cents, ""), ("512", "", cents),
                                            label=f"Rafale {i}"))
            # Logged only once the commit has returned: what the treasurer was told.
            os.write(fd, f"{posted.number}\n".encode())
            if i == burst:
                break
    book.close()
    print("done", flush=True)


# -- the parent: kill, then look -------------------------------------------------------------

@dataclass
class Tally:
    tried: int = 0
    lost: int = 0
    per: dict = field(default_factory=dict)     # workload -> [tried, lost, Counter of states]
    round_seconds: list = field(default_factory=list)
    delays: list = field(default_factory=list)
    failures: list = field(default_factory=list)


def _spawn(workload: str, path, source: Path, log: Path, burst: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", workload,
                             str(path), str(source), str(log), str(burst)],
                            stdout=subprocess.PIPE, text=True)


def _source(t: Templates, workload: str) -> Path:
    return {"fec": t.fec, "bank": t.csv}.get(workload, t.fec)


def _template(t: Templates, workload: str):
    return t.closing if workload == "closing" else t.book


def calibrate(t: Templates, work: Path, burst: int, place) -> dict[str, float]:
    """Seconds from "go" to "done" of each workload left to finish."""
    took = {}
    for workload in WORKLOADS:
        path = place.fresh(_template(t, workload), work, f"cal{workload}")
        proc = _spawn(workload, path, _source(t, workload), work / f"cal-{workload}.log", burst)
        assert proc.stdout.readline().strip() == "go"
        start = time.perf_counter()
        out = proc.stdout.readline().strip()
        took[workload] = time.perf_counter() - start
        proc.wait()
        if out != "done" or proc.returncode:
            raise SystemExit(f"{workload}: the uninterrupted run failed ({proc.returncode})")
        place.remove(path)
    return took


def _remove(path: Path) -> None:
    for p in path.parent.glob(path.name + "*"):
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()


def verify(workload: str, path, t: Templates, log: Path) -> tuple[list[str], str]:
    """The problems found in the book after the kill, and what the kill left: "rien" or
    "tout" for an import or a closing; for a burst, "validées" or "validées + 1" (an entry
    committed but killed before it was logged)."""
    from assocompta.services.checks import check_book
    from assocompta.storage.books import is_shared, open_book

    problems: list[str] = []
    try:
        book = open_book(path, backup=False)
    except Exception as exc:  # noqa: BLE001 - any failure to open is a loss
        return [f"ouverture : {exc}"], "?"
    try:
        with book.reading() as conn:
            if not is_shared(path):
                rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    problems.append(f"integrity_check : {rows[:3]}")
            problems += check_book(book)
            entries = conn.execute("SELECT count(*) FROM entry").fetchone()[0]
            if workload == "fec":
                batches = conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]
                done = entries == t.fec_entries and batches == 1
                if not (done or (entries == 0 and batches == 0)):
                    problems.append(f"FEC à moitié importé : {entries} écritures, {batches} lots")
            elif workload == "bank":
                lines = conn.execute("SELECT count(*) FROM bank_line").fetchone()[0]
                done = lines == t.csv_lines
                if not (done or lines == 0):
                    problems.append(f"relevé à moitié importé : {lines}/{t.csv_lines} lignes")
            elif workload == "closing":
                closed = conn.execute("SELECT closed_at IS NOT NULL FROM fiscal_year "
                                      "WHERE label = '2024'").fetchone()[0]
                an = conn.execute(
                    "SELECT count(*) FROM entry e JOIN journal j ON j.id = e.journal_id "
                    "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' "
                    "AND j.code = 'AN'").fetchone()[0]
                first = conn.execute(
                    "SELECT j.code FROM entry e JOIN journal j ON j.id = e.journal_id "
                    "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' "
                    "AND e.number = 1").fetchone()
                done = bool(closed)
                if (closed, an) not in ((0, 0), (1, 1)):
                    problems.append(f"clôture à moitié : close={closed}, à-nouveaux={an}")
                if closed and (first is None or first[0] != "AN"):
                    problems.append("clôture : les à-nouveaux ne sont pas l'écriture n°1")
            else:
                logged = [int(x) for x in log.read_text().split()] if log.exists() else []
                present = {n for (n,) in conn.execute("SELECT number FROM entry")}
                missing = sorted(set(logged) - present)
                extra = present - set(logged)
                done = "validées + 1" if len(extra) == 1 else "validées"
                if missing:
                    problems.append(f"rafale : écritures validées disparues {missing[:5]}")
                if len(extra) > 1:
                    problems.append(f"rafale : {len(extra)} écritures de plus que validées")
                if present != set(range(1, len(present) + 1)):
                    problems.append("rafale : numéros d'écriture non continus")
    finally:
        book.close()
    if isinstance(done, bool):
        done = "tout" if done else "rien"
    return problems, done


def run(rounds: int, seed: int = 1, entries: int = 10_000, folder: Path | None = None,
        out=print, burst: int = 150, windows: dict[str, float] | None = None,
        db: str | None = None) -> Tally:
    """``rounds`` kills spread evenly over the four workloads (``burst`` entries posted one by
    one in a burst round); the tally. ``windows``: seconds each workload takes, when known
    (otherwise each is run once, uninterrupted, to measure it). ``db``: a PostgreSQL server's
    URL, to run the rounds on books in PostgreSQL."""
    rng = random.Random(seed)
    tally = Tally()
    place = Databases(db) if db else Files()
    with tempfile.TemporaryDirectory(prefix="kill-", dir=folder) as tmp:
        try:
            _rounds(rounds, rng, tally, Path(tmp), entries, out, burst, windows, place)
        finally:
            if db:
                place.close()
    return tally


def _rounds(rounds, rng, tally, work, entries, out, burst, windows, place) -> None:
    t = prepare(work, entries)
    t.book = place.keep(t.book, "empty")
    t.closing = place.keep(t.closing, "closing")
    took = windows or calibrate(t, work, burst, place)
    out("kill windows (s): " + ", ".join(f"{w} {s:.2f}" for w, s in took.items()))
    for i in range(rounds):
        workload = WORKLOADS[i % len(WORKLOADS)]
        started = time.perf_counter()
        path = place.fresh(_template(t, workload), work, f"r{i}")
        log = work / f"r{i}.log"
        proc = _spawn(workload, path, _source(t, workload), log, burst)
        if proc.stdout.readline().strip() != "go":
            proc.kill()
            raise SystemExit(f"round {i}: the child did not start")
        # Most kills inside the work, a few just after it ended.
        delay = rng.uniform(0, took[workload] * 1.15)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        problems, done = verify(workload, path, t, log)
        counts = tally.per.setdefault(workload, [0, 0, Counter()])
        counts[0] += 1
        counts[2][done] += 1
        tally.tried += 1
        if problems:
            tally.lost += 1
            counts[1] += 1
            tally.failures.append((i, workload, delay, problems))
            out(f"round {i} {workload} after {delay:.3f}s: {problems}")
        tally.delays.append(delay)
        tally.round_seconds.append(time.perf_counter() - started)
        place.remove(path)
        log.unlink(missing_ok=True)


def report(t: Tally) -> str:
    lines = [f"tried {t.tried}, lost {t.lost}"]
    for w, (tried, lost, states) in t.per.items():
        found = ", ".join(f"{state} {n}" for state, n in sorted(states.items()))
        lines.append(f"  {w:8} tried {tried:4}  lost {lost}  found: {found}")
    if t.round_seconds:
        lines.append(f"median round {statistics.median(t.round_seconds):.2f} s, median kill "
                     f"delay {statistics.median(t.delays):.3f} s")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        from assocompta.cli import book_target
        child(sys.argv[2], book_target(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]),
              int(sys.argv[6]) if len(sys.argv) > 6 else 150)
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--entries", type=int, default=10_000, help="entries of the FEC file")
    ap.add_argument("--db", metavar="URL", help="a PostgreSQL server (postgresql://…) to run "
                    "the rounds on books in PostgreSQL instead of files")
    args = ap.parse_args()
    tally = run(args.rounds, args.seed, args.entries, db=args.db)
    print(report(tally))
    sys.exit(1 if tally.lost else 0)


if __name__ == "__main__":
    main()
