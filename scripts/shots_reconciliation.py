"""The Rapprochement view midway through a statement, and the état de rapprochement PDF as a
picture (called by screenshots.py)."""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path


def reconciliation_shots(window, app, out: Path, suffix: str, settle) -> None:
    """app-rapprochement.png: January 2025 being ticked (some lines, the Écart shown);
    etat-rapprochement.png: the état of the demo's December 2024 statement."""
    from assocompta.domain.money import Money
    from assocompta.services import reconciliation as rec
    view = window.show_view("rapprochement")
    settle(app)
    conn = window.session.conn
    december = rec.statements(conn, "512")[0]
    january = dt.date(2025, 1, 31)
    due = rec.unreconciled_lines(conn, "512", january)
    view.new_statement(january, december.closing + Money.total(ln.amount for ln in due))
    view.tick_through(dt.date(2025, 1, 12))
    settle(app)
    window.grab().save(str(out / f"app-rapprochement{suffix}.png"))
    print(out / f"app-rapprochement{suffix}.png")
    if suffix:
        return
    pdf = Path(tempfile.mkdtemp()) / "etat.pdf"
    rec.write_etat(window.session.book, december.id, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(pdf),
                    str(out / "etat-rapprochement")], check=True)
    print(out / "etat-rapprochement.png")
