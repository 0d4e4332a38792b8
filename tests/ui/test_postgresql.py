"""The desktop app on a book kept in PostgreSQL: the demo copied into a fresh database shows
the same ledger and figures as the file, takes an entry typed in the form, and never shows
a password. Skipped, with the reason, when ASSOCOMPTA_PG_URL names no server."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.storage.pg_support import pg_connect, require_postgres

require_postgres()

from assocompta.storage.book_copy import copy_book  # noqa: E402
from assocompta.ui.app import Controller  # noqa: E402
from assocompta.ui.dialogs.entry_dialog import EntryDialog  # noqa: E402
from assocompta.ui.dialogs.shared_book_dialog import SharedBookDialog  # noqa: E402
from assocompta.ui.models.ledger_model import CENTS_ROLE, LedgerFilter  # noqa: E402
from assocompta.ui.models.report_model import CENTS_ROLE as RESULT_CENTS  # noqa: E402
from assocompta.ui.settings import Settings  # noqa: E402

PASSWORD = "s3cr3t-du-tresorier"


def _with_password(url: str) -> str:
    """The same database, with a password in the URL (the test server trusts and ignores it)."""
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{PASSWORD}@{host}"


@pytest.fixture
def pg_demo(demo_path: Path, pg_url: str) -> str:
    """The demo book copied into a fresh database; its URL."""
    copy_book(demo_path, pg_url)
    return pg_url


@pytest.fixture
def controller(qapp) -> Controller:
    c = Controller(QApplication.instance(), Settings())
    yield c
    for window in list(c.windows):
        for view in window.views.values():
            view.close_view()
        window.close()


def _open(qtbot, controller: Controller, target):
    """A window on ``target`` as the app opens it, with write access once the writer is in."""
    window = controller.open_book(target)
    assert window is not None
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.writable_changed, timeout=30_000):
        window.session.start_writer()
    return window


def _ledger_rows(window) -> list[tuple]:
    ledger = window.show_view("saisie")
    ledger.model.wait()
    model = ledger.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def _column_cents(window, column: int) -> int:
    model = window.show_view("saisie").model
    return sum(model.index(r, column).data(CENTS_ROLE) for r in range(model.rowCount()))


def test_ledger_and_status_bar_match_the_file(qtbot, controller, demo_path, pg_demo):
    on_file = _open(qtbot, controller, demo_path)
    on_pg = _open(qtbot, controller, pg_demo)
    assert on_pg is not on_file and on_pg.session.shared
    file_rows, pg_rows = _ledger_rows(on_file), _ledger_rows(on_pg)
    assert len(pg_rows) == len(file_rows) > 500
    assert pg_rows == file_rows  # every cell as the treasurer reads it, in the same order
    for column in (8, 9):  # Débit, Crédit
        assert _column_cents(on_pg, column) == _column_cents(on_file, column) > 0
    assert on_pg.bank_label.text() == on_file.bank_label.text()
    assert on_pg.result_label.text() == on_file.result_label.text()
    assert [on_pg.year_combo.itemText(i) for i in range(on_pg.year_combo.count())] == \
        [on_file.year_combo.itemText(i) for i in range(on_file.year_combo.count())]
    # Sorted by a column with empty cells (Tiers): the same order on both engines.
    for window in (on_file, on_pg):
        window.show_view("saisie").table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
    assert _ledger_rows(on_pg) == _ledger_rows(on_file)


@pytest.mark.parametrize("where", ["file", "postgresql"])
def test_ledger_search_ignores_case(qtbot, controller, demo_path, pg_demo, where):
    window = _open(qtbot, controller, demo_path if where == "file" else pg_demo)
    ledger = window.show_view("saisie")
    ledger.model.wait()
    ledger.filters.text.setText("loyer salle")
    qtbot.waitUntil(lambda: ledger.model.filter.text == "loyer salle", timeout=3000)
    ledger.model.wait()
    labels = {ledger.model.index(r, 4).data() for r in range(ledger.model.rowCount())}
    assert labels and all(label.startswith("Loyer salle ") for label in labels)
    ledger.model.set_filter(LedgerFilter(text="FREE MOBILE"))
    ledger.model.wait()
    tiers = {ledger.model.index(r, 6).data() for r in range(ledger.model.rowCount())}
    assert tiers == {"Free Mobile"}
    # An account filter (a join order hint in SQLite) gives lines of that account only.
    ledger.model.set_filter(LedgerFilter(account="613"))
    ledger.model.wait()
    accounts = {ledger.model.index(r, 5).data()[:3] for r in range(ledger.model.rowCount())}
    assert accounts == {"613"}


def test_entry_typed_in_the_form_reaches_ledger_database_and_result(qtbot, controller,
                                                                    pg_demo):
    window = _open(qtbot, controller, pg_demo)
    ledger = window.show_view("saisie")
    ledger.model.wait()
    before = ledger.model.rowCount()
    with pg_connect(pg_demo) as conn:
        last = conn.execute("SELECT max(e.number) FROM entry e JOIN fiscal_year f "
                            "ON f.id = e.year_id WHERE f.label = '2025'").fetchone()[0]
    resultat = window.show_view("resultat")
    charge_before = resultat.model.find("6064 Fournitures administratives") \
        .siblingAtColumn(1).data(RESULT_CENTS) or 0
    window.show_view("saisie")

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = [d for d in window.findChildren(EntryDialog) if d.isVisible()][-1]
    dialog.ui.date_edit.setFocus()
    dialog.ui.date_edit.selectAll()
    QTest.keyClicks(dialog.ui.date_edit, "15/11/2025")
    QTest.keyClick(dialog.ui.date_edit, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.focusWidget(), "45,90")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.focusWidget(), "Ramettes de papier")
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.ui.account_edit, "6064")
    QTest.keyClick(dialog.ui.account_edit, Qt.Key.Key_Return)
    assert dialog.error_text() == ""
    assert "enregistrée" in dialog.ui.error_label.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    ledger.model.wait()
    assert ledger.model.rowCount() == before + 2
    rows = [r for r in range(ledger.model.rowCount())
            if ledger.model.index(r, 4).data() == "Ramettes de papier"]
    assert sorted(ledger.model.index(r, 5).data()[:4] for r in rows) == ["512 ", "6064"]
    assert {ledger.model.index(r, 8).data() for r in rows} == {"45,90", ""}
    # In the database: one balanced entry, numbered right after the last one (no gap).
    with pg_connect(pg_demo) as conn:
        found = conn.execute(
            "SELECT e.number, e.date, sum(l.debit), sum(l.credit) FROM entry e "
            "JOIN entry_line l ON l.entry_id = e.id WHERE e.label = 'Ramettes de papier' "
            "GROUP BY e.id, e.number, e.date").fetchall()
    assert found == [(last + 1, "2025-11-15", 4590, 4590)]
    assert {ledger.model.index(r, 1).data() for r in rows} == {str(last + 1)}
    resultat = window.show_view("resultat")
    row = resultat.model.find("6064 Fournitures administratives")
    assert row.isValid()
    assert row.siblingAtColumn(1).data(RESULT_CENTS) == charge_before + 4590


def test_no_password_in_title_status_bar_or_recent_books(qtbot, controller, pg_demo,
                                                         tmp_path):
    url = _with_password(pg_demo)
    window = _open(qtbot, controller, url)
    name = pg_demo.rsplit("/", 1)[1]
    assert name in window.windowTitle() and "Les Amis du Quartier" in window.windowTitle()
    assert name in window.location_label.text()
    window.year_combo.setCurrentIndex(0)  # remembered per book, under its URL
    shown = [window.windowTitle(), window.location_label.text(),
             window.statusBar().currentMessage()]
    assert all(PASSWORD not in text for text in shown)
    # First, without its password (settings may be shared by parallel test workers).
    recent = controller.settings.recent_books()
    assert recent[0] == pg_demo and not any(PASSWORD in r for r in recent)
    controller.welcome.refresh()
    assert controller.welcome.recent.item(0).text().startswith(f"{name} (base partagée)")
    controller.settings.sync()
    for ini in (tmp_path / "cfg").rglob("*.ini"):
        assert PASSWORD not in ini.read_text(encoding="utf-8")
    assert controller.settings.last_year(pg_demo) == window.year_combo.itemData(0)


def test_open_shared_menu_asks_the_url_then_opens_it(qtbot, controller, pg_demo,
                                                     monkeypatch):
    monkeypatch.setattr(SharedBookDialog, "ask", classmethod(lambda cls, *a, **k: pg_demo))
    controller.actions["open_shared"].trigger()
    assert [w.session.key for w in controller.windows] == [pg_demo]
    window = controller.windows[0]
    qtbot.addWidget(window)
    window.session.start_writer()
    window.session.wait_ready()
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Ouvrir une base &partagée (PostgreSQL)…" in texts
    # The same URL again raises the window rather than opening a second one.
    controller.actions["open_shared"].trigger()
    assert len(controller.windows) == 1


def test_unreachable_server_is_explained(qtbot, controller, no_modal_boxes):
    dead = "postgresql://tresorier@127.0.0.1:9/amis"  # the discard port: nobody answers
    dialog = SharedBookDialog(None, dead)
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.url is None
    assert "Le serveur ne répond pas" in dialog.error.text()
    assert "127.0.0.1:9/amis" in dialog.error.text()
    dialog.url_edit.setText("serveur/amis")
    dialog._accept()
    assert "postgresql://" in dialog.error.text() and dialog.url is None
    assert controller.open_book(dead) is None
    assert any("connexion impossible" in text and "127.0.0.1:9" in text
               for text in no_modal_boxes)
    assert controller.windows == []


def test_database_without_a_book_is_refused(qtbot, controller, pg_url, no_modal_boxes):
    assert controller.open_book(pg_url) is None
    assert any("ne contient pas de livre" in text for text in no_modal_boxes)


def test_smoke_run_on_postgresql(demo_path, pg_demo, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               HOME=str(tmp_path))
    script = "import sys; from assocompta.ui.app import main; sys.exit(main())"
    out = subprocess.run([sys.executable, "-c", script, "--db", _with_password(pg_demo),
                          "--smoke", "--lang", "fr"],
                         env=env, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = sqlite3.connect(demo_path).execute(
        "SELECT count(*) FROM entry_line l JOIN entry e ON e.id = l.entry_id "
        "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025'").fetchone()[0]
    assert "journal affiché : " in out.stdout and f"({lines} lignes)" in out.stdout
    for title in ("Banque", "Compte de résultat", "Reçus fiscaux", "Exercices"):
        assert f"\n{title} : " in out.stdout
    assert PASSWORD not in out.stdout + out.stderr


def _backends(url: str) -> int:
    """Connections to the book's database, but the one asking."""
    name = url.rsplit("/", 1)[1]
    with pg_connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                            "AND pid <> pg_backend_pid()", (name,)).fetchone()[0]


def test_the_windows_readers_cannot_write(qtbot, controller, pg_demo):
    import psycopg
    window = _open(qtbot, controller, pg_demo)
    for conn in (window.session.conn, window.session.connect_ro()):
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("UPDATE association SET name = 'Pirates'")
    assert window.session.association_name() == "Les Amis du Quartier"


def test_a_lost_connection_is_made_again_for_the_next_read(qtbot, controller, pg_demo):
    window = _open(qtbot, controller, pg_demo)
    ledger = window.show_view("saisie")
    ledger.model.wait()
    rows = ledger.model.rowCount()
    # The server restarted, or the laptop slept: every connection of the app is cut.
    name = pg_demo.rsplit("/", 1)[1]
    with pg_connect(pg_demo) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
    assert [y.label for y in window.session.years()] == ["2024", "2025", "2026"]
    ledger.model.reload()
    ledger.model.wait()
    assert ledger.model.rowCount() == rows
    window.session.notify()  # status bar figures read again
    assert window.bank_label.text().startswith("Banque : ")


def test_a_cancelled_load_stops_its_query_on_the_server(qtbot, controller, pg_demo):
    import time
    from array import array

    from assocompta.ui.models.id_loader import IdLoader
    window = _open(qtbot, controller, pg_demo)
    delivered: list[array] = []
    loader = IdLoader(window.session.connect_ro, lambda g, ids, extra, done: delivered.append(ids))
    loader.start("SELECT 1 FROM pg_sleep(60)", ())
    qtbot.waitUntil(lambda: _backends(pg_demo) >= 3, timeout=5000)  # reader, writer, loader
    started = time.monotonic()
    loader.cancel()
    assert time.monotonic() - started < 10
    assert delivered == []


def test_closing_the_window_leaves_no_connection_open(qtbot, controller, pg_demo):
    window = _open(qtbot, controller, pg_demo)
    for key in ("saisie", "grand-livre", "resultat", "plan", "exercices"):
        view = window.show_view(key)
        if hasattr(getattr(view, "model", None), "wait"):
            view.model.wait()
    assert _backends(pg_demo) > 0
    window.close()
    qtbot.waitUntil(lambda: _backends(pg_demo) == 0, timeout=5000)


def test_command_line_takes_the_url_as_db_or_as_the_book(pg_demo, capsys, monkeypatch):
    from assocompta.ui import app
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs the app's own
    with pytest.raises(SystemExit) as exit_:
        app.main(["--db", "amis.assocompta"])
    assert exit_.value.code == 2 and "postgresql://" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        app.main(["--db", pg_demo, "amis.assocompta"])
    assert "l'un ou l'autre" in capsys.readouterr().err
    opened = []
    monkeypatch.setattr(app.Controller, "start", lambda self, book: opened.append(book))
    monkeypatch.setattr(app.QApplication, "exec", lambda self: 0)
    assert app.main(["--db", pg_demo]) == 0
    assert app.main([pg_demo]) == 0  # where a book file goes (assocompta-gui URL)
    assert opened == [pg_demo, pg_demo]


def test_a_role_that_may_only_read_opens_the_book_read_only(qtbot, controller, pg_demo,
                                                             pg_admin):
    import uuid
    from urllib.parse import urlsplit, urlunsplit
    admin, _ = pg_admin
    role = f"verificateur_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE ROLE "{role}" LOGIN')
    with pg_connect(pg_demo) as conn:
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    parts = urlsplit(pg_demo)
    url = urlunsplit(parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port}"))
    try:
        window = controller.open_book(url)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.session.writable_changed, timeout=30_000) as signal:
            window.session.start_writer()
        assert signal.args == [False] and not window.session.writable
        assert f"« {role} » peut lire ce livre mais pas le modifier" in \
            window.statusBar().currentMessage()
        assert not window.entry_actions["depense"].isEnabled()
        ledger = window.show_view("saisie")
        ledger.model.wait()
        assert ledger.model.rowCount() > 500  # everything still shows
        window.close()
    finally:
        with pg_connect(pg_demo) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
        admin.execute(f'DROP ROLE "{role}"')


def test_a_change_made_on_another_computer_shows_at_once(qtbot, pg_demo, qapp):
    import datetime as dt

    from assocompta.ui.commands import PostEntry, perform
    from tests.helpers import draft
    # The treasurer and the accountant: two apps, each with its window on the same book.
    treasurer = _open(qtbot, Controller(qapp, Settings()), pg_demo)
    accountant = _open(qtbot, Controller(qapp, Settings()), pg_demo)
    ledger = accountant.show_view("saisie")
    ledger.model.wait()
    rows, bank = ledger.model.rowCount(), accountant.bank_label.text()
    perform(accountant.session, PostEntry(accountant.session, draft(
        dt.date(2025, 6, 1), ("6064", "1", ""), ("512", "", "1"), label="Trombones")))
    assert accountant.session.undo_stack.count() == 1
    ledger.model.wait()

    perform(treasurer.session, PostEntry(treasurer.session, draft(
        dt.date(2025, 6, 2), ("626", "12,50", ""), ("512", "", "12,50"), label="Timbres")))
    qtbot.waitUntil(lambda: accountant.session.undo_stack.count() == 0, timeout=5000)
    ledger.model.wait()
    assert ledger.model.rowCount() == rows + 4
    assert "Timbres" in {ledger.model.index(r, 4).data() for r in range(ledger.model.rowCount())}
    assert accountant.bank_label.text() != bank
    assert "modifié sur un autre poste" in accountant.statusBar().currentMessage()
    # The treasurer's own change is no news to the treasurer: Ctrl+Z still undoes it.
    qapp.processEvents()
    assert treasurer.session.undo_stack.count() == 1
    for window in (treasurer, accountant):
        window.close()


def _cut(url: str) -> None:
    """The server restarted, or the laptop slept: every connection to the book is cut."""
    name = url.rsplit("/", 1)[1]
    with pg_connect(url) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))


def test_after_a_cut_entries_are_saved_and_other_windows_heard_again(qtbot, pg_demo, qapp):
    import datetime as dt

    from assocompta.ui.commands import PostEntry, perform
    from tests.helpers import draft
    treasurer = _open(qtbot, Controller(qapp, Settings()), pg_demo)
    accountant = _open(qtbot, Controller(qapp, Settings()), pg_demo)
    accountant.session._watch._retry.setInterval(100)  # listen again at once, for the test
    ledger = accountant.show_view("saisie")
    ledger.model.wait()
    rows = ledger.model.rowCount()
    _cut(pg_demo)
    # Listening again, the window cannot know what it missed: it reloads, to be safe.
    qtbot.waitUntil(lambda: "modifié sur un autre poste" in
                    accountant.statusBar().currentMessage(), timeout=5000)
    accountant.statusBar().clearMessage()
    perform(treasurer.session, PostEntry(treasurer.session, draft(
        dt.date(2025, 6, 2), ("626", "12,50", ""), ("512", "", "12,50"), label="Timbres")))
    qtbot.waitUntil(lambda: "modifié sur un autre poste" in
                    accountant.statusBar().currentMessage(), timeout=5000)
    ledger.model.wait()
    assert ledger.model.rowCount() == rows + 2
    for window in (treasurer, accountant):
        window.close()
