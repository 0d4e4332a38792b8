"""Screenshots of the guided year-end closing, taken by scripts/screenshots.py.

The checks page on the demo's 2025 (2024 is not closed yet, the bank not reconciled); the
confirmation page on 2024 once it can close (the demo's stand-in à-nouveaux removed and a
finished reconciliation of 512 at 31/12/2024 added, as the bank work would record it).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text


def shoot_closing(app, window, out: Path, suffix: str, settle) -> list[Path]:
    """docs/app-cloture.png and docs/app-cloture-confirmation.png; returns their paths."""
    from assocompta.services.ledger import delete_entry
    view = window.show_view("exercices")
    settle(app)
    shots = []
    wizard = view.close_year("2025")
    wizard.resize(900, 640)
    settle(app)
    shots.append(out / f"app-cloture{suffix}.png")
    wizard.grab().save(str(shots[-1]))
    wizard.close()
    book = window.session.book
    an = book.scalar("SELECT e.id FROM entry e JOIN journal j ON j.id = e.journal_id "
                     "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' "
                     "AND j.code = 'AN'")
    delete_entry(book, an)
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2024-12-31', 0, 0, "
                       "'2025-01-10')"))
    window.session.notify()
    wizard = view.close_year("2024")
    wizard.resize(900, 640)
    settle(app)
    wizard.next()
    wizard.confirm_page.confirm.setChecked(True)
    settle(app)
    shots.append(out / f"app-cloture-confirmation{suffix}.png")
    wizard.grab().save(str(shots[-1]))
    wizard.close()
    settle(app)
    return shots
