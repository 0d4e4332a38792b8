"""The year-end work of the closing wizard on the demo's 2025, as a user's screen shows it.

    python scripts/screenshots_year_end.py --xvfb     # both sizes, each in its own Xvfb+openbox
    DISPLAY=:13 QT_QPA_PLATFORM=xcb python scripts/screenshots_year_end.py   # this display

Fresh settings, French (``--lang en``: English); each picture is the whole screen. The demo's
2025 gets what a year-end has to deal with: its bank reconciled at 31/12, a laptop bought in
March (entered in the register), an insurance paid in October for twelve months, next
year's cotisations received in December, a funder's subsidy for the repair café of which
part is not spent. Then: the checks, each year-end page with its proposals, the page after
its entries are booked, the confirmation, and the livre d'inventaire of the closed year.
Pictures go to docs/screens/year-end/<width>x<height>/.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shot_harness import ROOT, Shots, command_line  # noqa: E402


def main() -> int:
    return command_line(__doc__, __file__, ROOT / "docs" / "screens" / "year-end", shoot)


def year_end_demo(book) -> None:
    """What the screenshots' 2025 has to close, booked as a treasurer would."""
    from sqlalchemy import text

    from assocompta.domain.entries import EntryDraft, LineDraft
    from assocompta.domain.money import Money
    from assocompta.domain.parties import TiersKind
    from assocompta.services.assets import asset_from_entry
    from assocompta.services.ledger import add_tiers, post_entry

    def entry(date, label, *lines, journal="BQ"):
        return post_entry(book, EntryDraft(date, journal, label, tuple(lines)))

    def d(code, euros, **kw):
        return LineDraft(code, debit=Money(euros * 100), **kw)

    def c(code, euros, **kw):
        return LineDraft(code, credit=Money(euros * 100), **kw)

    with book.transaction() as s:
        s.execute(text("INSERT INTO reconciliation (account, statement_date, opening_balance, "
                       "closing_balance, finished_at) VALUES ('512', '2025-12-31', 0, 0, "
                       "'2026-01-10')"))
        s.execute(text("UPDATE bank_line SET ignored = 1 WHERE entry_id IS NULL"))
    laptop = entry(dt.date(2025, 3, 15), "Ordinateur portable (facture LDLC 2025-118)",
                   d("2183", 1200), c("512", 1200))
    asset_from_entry(book, laptop.entry_id, life_months=36)
    entry(dt.date(2025, 10, 1), "Assurance multirisque annuelle MAIF",
          d("616", 600), c("512", 600))
    entry(dt.date(2025, 12, 18), "Cotisations 2026 reçues en décembre",
          d("512", 240), c("7561", 240))
    add_tiers(book, "FONDATION", "Fondation du Patrimoine local", TiersKind.FUNDER)
    entry(dt.date(2025, 9, 1), "Subvention repair café 2025-2026",
          d("512", 3000, tiers="FONDATION"),
          c("7551", 3000, tiers="FONDATION", action="REPAR"))


def shoot(out_root: Path, lang: str) -> int:
    shots = Shots(out_root, lang, "year-end")
    window = shots.demo_window(year_end_demo)
    wizard = None

    def pages() -> None:
        nonlocal wizard
        view = window.show_view("exercices")
        shots.settle(300)
        wizard = view.close_year("2025")
        shots.settle(300)
        shots.save("01-verifications")
        for n, key in enumerate(("immobilisations", "provisions", "regularisations",
                                 "fonds_dedies"), start=2):
            wizard.next()
            shots.save(f"0{n}-{key.replace('_', '-')}", wait=400)
            page = wizard.work_pages[key]
            if page.book_button.isVisible() and page.book_button.isEnabled():
                page.book_button.click()
                shots.save(f"0{n}-{key.replace('_', '-')}-passees", wait=400)
        wizard.next()
        wizard.confirm_page.confirm.setChecked(True)
        shots.save("06-confirmation", wait=400)
        wizard.next()  # closes 2025 for real
        shots.save("07-exercice-clos", wait=400)
        wizard.close()

    def inventory() -> None:
        window.session.set_year("2025")
        view = window.show_view("inventaire")
        activate = getattr(view, "activate", None)
        if callable(activate):
            activate()
        shots.save("08-livre-inventaire", wait=600)

    shots.attempt("assistant de clôture", pages)
    shots.attempt("livre d'inventaire", inventory)
    window.close()
    shots.settle(200)
    return 1 if shots.failures else 0


if __name__ == "__main__":
    sys.exit(main())
