"""Screenshots of the app on a shared book: the demo copied into a PostgreSQL database.

    ASSOCOMPTA_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres \\
        xvfb-run -s "-screen 0 1600x1000x24" python scripts/screenshots_postgresql.py [--out docs]

The server named by ASSOCOMPTA_PG_URL must let that role create databases (as
scripts/pg_test_server.sh's does); the database « amis_du_quartier_… » is dropped at the end.
Writes app-postgresql.png (the Saisie view, the server in the title and status bar) and
app-postgresql-ouvrir.png (the « Ouvrir une base partagée » dialog).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtWidgets import QApplication


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("docs"))
    args = ap.parse_args()
    admin = os.environ.get("ASSOCOMPTA_PG_URL", "").strip()
    if not admin:
        print("ASSOCOMPTA_PG_URL : indiquez un serveur PostgreSQL", file=sys.stderr)
        return 2
    import psycopg
    name = f"amis_du_quartier_{uuid.uuid4().hex[:6]}"
    server = psycopg.connect(admin, autocommit=True)
    server.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(admin)._replace(path="/" + name))
    try:
        return _shoot(url, args.out)
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


def _shoot(url: str, out: Path) -> int:
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    from assocompta.services.demo import create_demo
    from assocompta.storage.book_copy import copy_book
    from assocompta.ui.app import Controller, _install_translations
    from assocompta.ui.dialogs.shared_book_dialog import SharedBookDialog
    from assocompta.ui.settings import Settings
    _install_translations(app, "fr")
    out.mkdir(exist_ok=True)
    demo = Path(tempfile.mkdtemp()) / "Les Amis du Quartier.assocompta"
    create_demo(demo).close()
    copy_book(demo, url)
    controller = Controller(app, Settings())
    dialog = SharedBookDialog(None, url)
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "app-postgresql-ouvrir.png"))
    dialog.close()
    window = controller.open_book(url)
    window.resize(1400, 850)
    window.session.start_writer()
    window.session.wait_ready()
    _settle(app)
    view = window.show_view("saisie")
    view.model.wait()
    _settle(app)
    window.grab().save(str(out / "app-postgresql.png"))
    for path in ("app-postgresql-ouvrir.png", "app-postgresql.png"):
        print(out / path)
    window.close()
    _settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
