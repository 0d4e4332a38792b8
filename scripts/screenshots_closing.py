"""Screenshots of the guided year-end closing, taken by scripts/screenshots.py.

The checks page on the demo's 2025 (its bank not reconciled yet, statement lines still to
categorise); then the confirmation page on 2025 once it can close (a finished reconciliation
of 512 at 31/12/2025 added, as the bank work would record it, and the remaining statement
lines set aside); the last page once 2025 is closed, and the AGM's allocation of its result.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text


def shoot_closing(app, window, out: Path, suffix: str, settle) -> list[Path]:
    """app-cloture, -cloture-confirmation, -cloture-fin and -affectation .png (with
    ``suffix``); returns their paths."""
    from assocompta.ui.dialogs.allocation_dialog import AllocationDialog
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
    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))
    window.session.notify()
    wizard = view.close_year("2025")
    wizard.resize(900, 640)
    settle(app)
    while wizard.currentPage() is not wizard.confirm_page:  # the year-end pages, skipped
        wizard.next()
        settle(app)
    wizard.confirm_page.confirm.setChecked(True)
    settle(app)
    shots.append(out / f"app-cloture-confirmation{suffix}.png")
    wizard.grab().save(str(shots[-1]))
    wizard.next()  # closes 2025 for real: the last page, then the AGM's decision
    settle(app)
    shots.append(out / f"app-cloture-fin{suffix}.png")
    wizard.grab().save(str(shots[-1]))
    dialog = AllocationDialog(window.session, "2025", wizard)
    dialog.show()
    settle(app)
    shots.append(out / f"app-affectation{suffix}.png")
    dialog.grab().save(str(shots[-1]))
    dialog.close()
    wizard.close()
    settle(app)
    return shots
