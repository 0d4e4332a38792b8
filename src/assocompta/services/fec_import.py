"""FEC import: all or nothing, every entry checked, fast enough for a million entries.

The file is read once. Lines are grouped into entries by (JournalCode, EcritureNum); each
entry is checked (balance, one date, an open fiscal year) and turned into rows with their
final ids (:mod:`assocompta.fec.batches`); the rows go to the book in batches inside a single
transaction (SQLite: :mod:`assocompta.storage.bulk`; PostgreSQL: ``COPY`` with the tables
locked against other writers, :mod:`assocompta.storage.pg.bulk`). Any problem rolls the whole
transaction back, so the book is exactly as before; the engine's own checks, and its balance
check at COMMIT, stand behind the importer's.

A large file is read and checked by a second process while this one writes: a machine has at
least two cores. That process only sees a snapshot of the book's look-up tables taken inside
the transaction (which holds the book's write lock) and sends back batches of rows, pickled,
written here with ``executemany``. Reading is the longer half, so the rows travel as they
are: having that process store them in small in-memory SQLite databases for this one to copy
with ``INSERT … SELECT`` cost it more than it saved here.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import multiprocessing
import os
import pickle
import signal
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import ImportFailed, ValidationError
from ..fec.batches import RENUMBER_DRAFTS_SQL, Outcome, Producer, Snapshot, Year
from ..fec.reader import FecReader, FileFacts, sniff
from ..storage.bulk import BulkLoader, loader_for
from ..storage.db import Book
from ..storage.lock_holders import READER_NAME
from .sources import FEC, require_file

MAX_PROBLEMS = 50
#: Files at least this large are read by a second process (when there is a second core).
PARALLEL_BYTES = 8 << 20


@dataclass(frozen=True)
class ImportResult:
    entries: int
    lines: int
    accounts_created: list[str]
    journals_created: list[str]
    tiers_created: int
    years: list[str]
    #: entries that came in as drafts (no ValidDate in the file), to be validated; per year
    drafts_by_year: dict[str, int] = field(default_factory=dict)
    #: drafts the book already had that now come after the validated entries imported
    drafts_moved: int = 0

    @property
    def drafts(self) -> int:
        return sum(self.drafts_by_year.values())


def import_fec(book: Book, source: Path | str, *, parallel: bool | None = None) -> ImportResult:
    """Import a FEC file into the book's open fiscal years, or nothing at all.

    ``parallel``: read the file in a second process (default: for large files, when the
    machine has more than one core)."""
    source = Path(source)
    require_file(source, FEC)
    size = source.stat().st_size
    if parallel is None:
        parallel = size >= PARALLEL_BYTES and (os.cpu_count() or 1) > 1
    worker = None
    if parallel:
        # The worker starts reading at once, betting on UTF-8 (by far the usual case); the
        # encoding and checksum are worked out here meanwhile, and a lost bet costs a restart
        # before anything was used.
        worker = _Worker(source, _guess_encoding(source))
    try:
        # The reading process waits for the snapshot: it gets it before the file's checksum
        # and encoding are worked out here, so that the two overlap.
        facts = None if worker is not None else sniff(source)
        with book.transaction() as session:
            conn = book.raw_connection(session)
            batch_id = conn.execute(
                "INSERT INTO import_batch (kind, file_name, sha256, imported_at, entry_count, "
                "line_count) VALUES ('fec', ?, '', ?, 0, 0)",
                (source.name, dt.datetime.now().isoformat(timespec="seconds"))).lastrowid
            loader = loader_for(conn, expected_lines=0 if parallel else size // 100)
            try:
                snap = _snapshot(conn, source.name, batch_id, loader)
                if worker is not None:
                    worker.start(snap)
                    facts = sniff(source)
                _refuse_repeat(conn, source, facts)
                if worker is not None:
                    if worker.encoding != facts.encoding:
                        worker.stop()
                        worker = _Worker(source, facts.encoding)
                        worker.start(snap)
                    outcome = worker.run(conn, loader)
                else:
                    producer = Producer(FecReader(source, facts), snap)
                    for batch in producer.batches():
                        _create(conn, batch.creations)
                        loader.write_rows(batch.entries, batch.short_lines, batch.full_lines,
                                          batch.totals)
                    outcome = producer.outcome()
                problems = outcome.problems
                if problems:
                    raise ImportFailed(problems[:MAX_PROBLEMS],
                                       more=max(0, len(problems) - MAX_PROBLEMS))
                if loader.entries == 0:
                    raise ImportFailed([ValidationError("aucune écriture dans ce fichier",
                                                        file=source.name)])
                loader.end()
            except BaseException:
                loader.abandon()
                raise
            moved = _renumber_drafts(conn, outcome.renumber, snap.next_entry_id)
            conn.execute("UPDATE import_batch SET sha256 = ?, entry_count = ?, line_count = ? "
                         "WHERE id = ?", (facts.sha256, loader.entries, loader.lines, batch_id))
    finally:
        if worker is not None:
            worker.stop()
    return ImportResult(outcome.entries, outcome.lines, outcome.accounts_created,
                        outcome.journals_created, outcome.tiers_created, outcome.years,
                        outcome.drafts, moved)


def _renumber_drafts(conn, years: list[tuple[int, int]], first_id: int) -> int:
    """Number the drafts of ``years`` (year id, its last validated number) after the
    validated ones, the book's drafts first; how many of the book's drafts moved."""
    moved = 0
    for year_id, last_valid in years:
        moved += conn.execute("SELECT count(*) FROM entry WHERE year_id = ? AND id < ? AND "
                              "valid_date IS NULL", (year_id, first_id)).fetchone()[0]
        conn.execute(RENUMBER_DRAFTS_SQL, (last_valid, year_id))
    return moved


def _refuse_repeat(conn: sqlite3.Connection, source: Path, facts: FileFacts) -> None:
    already = conn.execute("SELECT imported_at FROM import_batch WHERE sha256 = ? "
                           "AND kind = 'fec'", (facts.sha256,)).fetchone()
    if already:
        raise ImportFailed([ValidationError(
            f"ce fichier a déjà été importé (le {already[0][:10]}) : rien n'a été "
            "importé une seconde fois", file=source.name)])


_YEARS_SQL = (
    "SELECT f.id, f.label, f.start_date, f.end_date, f.chart_id, f.closed_at IS NOT NULL, "
    "(SELECT max(number) FROM entry e WHERE e.year_id = f.id AND e.valid_date IS NOT NULL), "
    "(SELECT max(number) FROM entry e WHERE e.year_id = f.id), "
    "EXISTS (SELECT 1 FROM entry e WHERE e.year_id = f.id AND e.valid_date IS NULL), "
    "EXISTS (SELECT 1 FROM fiscal_year p WHERE p.end_date < f.start_date "
    "AND p.closed_at IS NULL) "
    "FROM fiscal_year f ORDER BY f.start_date")


def _snapshot(conn: sqlite3.Connection, file_name: str, batch_id: int,
              loader: BulkLoader) -> Snapshot:
    years = []
    for *head, last_valid, last, has_drafts, reserved in conn.execute(_YEARS_SQL):
        # Numbering as the ledger's: validated entries first, drafts after them; from
        # schema 7 on, n°1 kept for the à-nouveaux while the year before is open.
        next_valid = (last_valid or (1 if reserved else 0)) + 1
        years.append(Year(*head, next_valid=next_valid,
                          next_draft=max(next_valid, (last or 0) + 1),
                          has_drafts=bool(has_drafts)))
    accounts: dict[int, dict[str, tuple[int, str]]] = {}
    for aid, chart_id, code, kind in conn.execute("SELECT id, chart_id, code, kind FROM account"):
        accounts.setdefault(chart_id, {})[code] = (aid, kind)

    def next_id(table: str) -> int:
        return (conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0) + 1

    return Snapshot(
        file_name=file_name, batch_id=batch_id, years=years, accounts=accounts,
        journals={code: jid for jid, code in conn.execute("SELECT id, code FROM journal")},
        tiers={code: tid for tid, code in conn.execute("SELECT id, code FROM tiers")},
        next_entry_id=loader.next_id, next_line_id=loader.next_line_id,
        next_account_id=next_id("account"), next_journal_id=next_id("journal"),
        next_tiers_id=next_id("tiers"))


def _create(conn: sqlite3.Connection, creations: list[tuple[str, tuple]]) -> None:
    for sql, params in creations:
        conn.execute(sql, params)


def _guess_encoding(source: Path) -> str:
    with open(source, "rb") as fh:
        return "utf-8-sig" if fh.read(3) == b"\xef\xbb\xbf" else "utf-8"


# -- the reading process ---------------------------------------------------------------------

class _Worker:
    """A process that reads and checks the file and sends back batches (see _produce)."""

    def __init__(self, source: Path, encoding: str) -> None:
        self.encoding = encoding
        # fork where it is safe and quick (Linux: the process starts in a few milliseconds and
        # never touches the parent's SQLite connection, which it only inherits); spawn
        # elsewhere, which needs multiprocessing.freeze_support() in a frozen application.
        fork = sys.platform.startswith("linux")
        ctx = multiprocessing.get_context("fork" if fork else "spawn")
        self.conn, child = ctx.Pipe(duplex=True)
        # A forked child inherits this end too: it closes it, or it would never see the end
        # of the pipe once this process is gone (a spawned child only gets its own end).
        ours = self.conn if fork else None
        self.process = ctx.Process(target=_produce,
                                   args=(child, str(source), encoding, ours, os.getpid()),
                                   daemon=True, name=READER_NAME)
        # Ctrl-C, SIGTERM or SIGHUP raised halfway through start() would leave a process
        # no one knows of: held until start() has returned, then raised here, stopping it.
        held = _hold_signals(True)
        try:
            self.process.start()
        except BaseException:
            _hold_signals(False, held)
            raise
        try:
            _hold_signals(False, held)
        except BaseException:
            self.stop()
            raise
        child.close()

    def start(self, snap: Snapshot) -> None:
        """Hand the snapshot over: the process starts reading."""
        self.conn.send(snap)

    def run(self, db: sqlite3.Connection, loader: BulkLoader) -> Outcome:
        """Write each batch as it comes; the file's outcome."""
        # Each batch is tens of thousands of tuples, freed as soon as written: the cyclic
        # collector's passes over them would only cost time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._receive(db, loader)
        finally:
            if collecting:
                gc.enable()

    def _receive(self, db: sqlite3.Connection, loader: BulkLoader) -> Outcome:
        while True:
            try:
                kind, payload = self.conn.recv()
            except (EOFError, OSError):
                raise RuntimeError("le processus de lecture du FEC s'est arrêté "
                                   f"(code {self.process.exitcode})") from None
            if kind == "batch":
                _create(db, payload.creations)
                loader.write_rows(payload.entries, payload.short_lines, payload.full_lines,
                                  payload.totals)
            elif kind == "done":
                outcome, problems = payload
                outcome.problems = [ValidationError(message, file=file, line=line, field=field)
                                    for message, file, line, field in problems]
                return outcome
            else:  # "error": an exception raised over there
                raise payload

    def stop(self) -> None:
        """End the process (it has sent everything, or its work is no longer wanted)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _produce(conn, source: str, encoding: str, parent_end=None, parent: int = 0) -> None:
    """In the reading process: wait for the snapshot, then send batches, then the outcome."""
    _die_with_parent(parent)
    if parent_end is not None:
        # With no other copy of the importing process's end left, its death ends the pipe:
        # recv() sees the end and send() fails, instead of waiting for ever.
        parent_end.close()
    # Millions of short-lived tuples: reference counting frees them, and the cyclic
    # collector's passes over them would only cost time.
    gc.disable()
    try:
        snap: Snapshot = conn.recv()
        path = Path(source)
        reader = FecReader(path, FileFacts(encoding, "", 0))
        producer = Producer(reader, snap)
        for batch in producer.batches():
            conn.send_bytes(_dumps(("batch", batch)))
        outcome = producer.outcome()
        problems = [(p.message, p.file, p.line, p.field) for p in outcome.problems]
        outcome.problems = []
        conn.send(("done", (outcome, problems)))
    except BaseException as exc:  # noqa: BLE001 - handed over to the importing process
        try:
            conn.send(("error", exc))
        except Exception:  # noqa: BLE001 - the other side is gone
            pass
    finally:
        conn.close()


def _die_with_parent(parent: int) -> None:
    """Make this process end with the importing process, however that one ends."""
    # The importing process may turn SIGTERM and SIGHUP into exceptions (the command line
    # does): here they must simply end the process, which has nothing to clean up. A signal
    # ignored on purpose (nohup) stays ignored.
    for sig in _STOPPING[1:]:
        if callable(signal.getsignal(sig)):
            signal.signal(sig, signal.SIG_DFL)
    _hold_signals(False)  # held by the importing process while it forked this one
    if not sys.platform.startswith("linux"):
        return  # elsewhere the end of the pipe stops it (see _produce)
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(15, READER_NAME.encode(), 0, 0, 0)  # PR_SET_NAME: seen in ps and /proc
        # PR_SET_PDEATHSIG: SIGKILL when the thread that forked this process ends; that
        # thread is inside import_fec until this process has been stopped.
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl() could tie us to it
        os._exit(1)


_STOPPING = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP")
                  if hasattr(signal, n))


def _hold_signals(hold: bool, previous=None):
    """Block (``hold``) or unblock the signals that stop an import; the mask before."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    if hold:
        return signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    if previous is None:
        return signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPPING)
    # Restoring the mask runs the handler of any signal held meanwhile (it may raise).
    return signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _dumps(message: tuple) -> memoryview:
    """Pickle a batch without the memo: a batch holds no object twice that matters (repeated
    dates merely travel twice) and no cycle, and remembering each of its hundred thousand
    tuples took longer than the rest of the pickling. recv() reads it as any pickle."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True
    pickler.dump(message)
    return out.getbuffer()
