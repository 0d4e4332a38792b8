"""The app opens a PostgreSQL book of an older schema by upgrading it, as it does a file.
Skipped, with the reason, when ASSOCOMPTA_PG_URL names no server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from assocompta.storage import migrations
from tests.storage.pg_support import require_postgres
from tests.storage.test_file_guards import fill_schema_5_pg_book

require_postgres()

from assocompta.ui.app import Controller  # noqa: E402
from assocompta.ui.settings import Settings  # noqa: E402


@pytest.fixture
def controller(qapp) -> Controller:
    c = Controller(QApplication.instance(), Settings())
    yield c
    for window in list(c.windows):
        for view in window.views.values():
            view.close_view()
        window.close()


def test_a_schema_5_shared_book_opens_upgraded(qtbot, controller, pg_url, monkeypatch,
                                               no_modal_boxes):
    fill_schema_5_pg_book(pg_url, monkeypatch)
    window = controller.open_book(pg_url)
    assert window is not None, no_modal_boxes
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.writable_changed, timeout=30_000):
        window.session.start_writer()
    assert window.session.book.scalar("SELECT version FROM schema_info") == migrations.LATEST
    ledger = window.show_view("saisie")
    ledger.model.wait()
    assert ledger.model.rowCount() > 0
