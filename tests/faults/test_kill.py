"""A book killed (SIGKILL) in the middle of an import, a burst of entries or a closing opens
whole, passes its checks and holds exactly what was committed (bench/kill.py, a few rounds)."""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import kill  # noqa: E402
from assocompta.services.bank_import import import_statement  # noqa: E402
from assocompta.storage.db import Book  # noqa: E402


def test_killed_writers_leave_whole_books(tmp_path):
    lines = []
    # Windows about as long as each workload takes here (bench/kill.py measures them).
    tally = kill.run(8, seed=11, entries=1500, folder=tmp_path, out=lines.append, burst=40,
                     windows={"fec": 0.15, "bank": 0.05, "burst": 0.6, "closing": 0.15})
    assert tally.tried == 8
    assert tally.failures == []
    assert tally.lost == 0
    assert sorted(tally.per) == sorted(kill.WORKLOADS)
    assert all(per[0] == 2 for per in tally.per.values())


def test_the_verification_sees_a_half_written_import(tmp_path):
    # The check must be able to fail: a statement cut in two by hand is reported.
    t = kill.prepare(tmp_path, 400)
    path = tmp_path / "half.assocompta"
    shutil.copy(t.book, path)
    with Book.open(path, backup=False) as book:
        import_statement(book, "512", t.csv)
        with book.transaction() as s:
            book.raw_connection(s).execute("DELETE FROM bank_line WHERE id % 2 = 0")
    problems, _ = kill.verify("bank", path, t, tmp_path / "none.log")
    assert any("à moitié" in p for p in problems)
