"""Desktop app on a big book: launch to ledger shown, scrolling to the end and back, a text
filter, peak memory.

    python bench/gui.py [--entries 1000000] [--runs 3] [--filter EDF]

Each run is a fresh process (offscreen Qt), timed from the parent's clock before the process
starts; figures are medians of --runs runs (this machine is shared and noisy). The book is
built once under bench/out/ (see bench/reports.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
t_start = float(os.environ["BENCH_T0"])
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from assocompta.ui.app import Controller
from assocompta.ui.settings import Settings
from assocompta.ui.models.ledger_model import LedgerFilter
shown = []
controller = Controller(app, Settings())
window = controller.open_book(Path(sys.argv[1]))
window.resize(1400, 850)
ledger = window.view("saisie")
model = ledger.model
while model.rowCount() == 0 and model.is_loading:
    app.processEvents()
app.processEvents()
ledger.table.viewport().repaint()
t_shown = time.time() - t_start
rows_at_show = model.rowCount()
t = time.perf_counter()
model.wait()
ledger.table.scrollToBottom(); app.processEvents(); ledger.table.viewport().repaint()
last = model.index(model.rowCount() - 1, 4).data()
total = model.rowCount()
ledger.table.scrollToTop(); app.processEvents(); ledger.table.viewport().repaint()
t_scroll = time.perf_counter() - t
t = time.perf_counter()
ledger.table.scrollToBottom(); app.processEvents(); ledger.table.viewport().repaint()
ledger.table.scrollToTop(); app.processEvents(); ledger.table.viewport().repaint()
t_scroll_loaded = time.perf_counter() - t
t = time.perf_counter()
model.set_filter(LedgerFilter(text=sys.argv[2]))
while model.rowCount() == 0 and model.is_loading:
    app.processEvents()
app.processEvents(); ledger.table.viewport().repaint()
t_filter_first = time.perf_counter() - t
model.wait()
t_filter = time.perf_counter() - t
window.session.wait_ready()
print(json.dumps({"total": total, "shown": t_shown, "rows_at_show": rows_at_show, "rows": model.rowCount(),
                  "scroll": t_scroll, "scroll_loaded": t_scroll_loaded,
                  "filter_first": t_filter_first, "filter": t_filter, "last": last,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
window.close()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--filter", default="EDF", help="text typed in the search field")
    ap.add_argument("--book", type=Path, help="use this book instead of a synthetic one")
    args = ap.parse_args()
    if args.book:
        book = args.book
    else:
        from reports import book_for
        book, _fec = book_for(args.entries)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(HERE / "out" / "config"))
    results = []
    for _ in range(args.runs):
        env["BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, "-c", CHILD, str(book), args.filter], env=env,
                              capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"the app failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))

    def med(key: str) -> float:
        return statistics.median(r[key] for r in results)

    print(f"Book: {book} ({results[0]['total']:,} ledger lines; median of {args.runs} runs)"
          .replace(",", " "))
    print(f"  launch → ledger shown (first rows painted): {med('shown'):.2f} s   target < 1.5 s")
    print(f"  rows loaded when shown: {results[0]['rows_at_show']:,}".replace(",", " "))
    print(f"  all ids loaded, scrolled to the end and back: {med('scroll'):.2f} s")
    print(f"  scroll to the end and back once loaded: {med('scroll_loaded') * 1000:.0f} ms")
    print(f"  text filter «{args.filter}» ({results[0]['rows']:,} lines): first rows "
          f"{med('filter_first'):.2f} s, all {med('filter'):.2f} s".replace(",", " "))
    print(f"  peak memory (RSS): {med('rss_mb'):.0f} MB   target < 300 MB")


if __name__ == "__main__":
    main()
