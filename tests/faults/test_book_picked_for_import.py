"""The treasurer picks the open book (or its -wal, -shm) where an import wants a statement, a
FEC, a budget or a justificatif: refused before the file is opened, and the app's next
entries outlive another program reading the book.

Reading the picked file with open()/close() dropped this process's SQLite locks on the open
book (https://www.sqlite.org/howtocorrupt.html, 2.2): the ``sqlite3`` command run on it then
deleted the journal the app went on writing into (see test_other_readers).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from assocompta.cli import main
from assocompta.domain.errors import ValidationError
from assocompta.services import attachments
from assocompta.services.bank_import import import_statement
from assocompta.services.budget import import_budget
from assocompta.services.fec_import import import_fec
from assocompta.services.sources import STATEMENT, refuse_book
from assocompta.ui.dialogs.import_statement_dialog import ImportStatementDialog
from assocompta.ui.session import BookSession
from tests.faults.open_book import labels, new_book, open_as_the_app, post, read_elsewhere, rows

STATEMENT_REFUSAL = ("amis.assocompta est un livre AssoCompta (ou une autre base de données), "
                     "pas un relevé de banque : rien n'en a été lu. Choisissez le fichier CSV, "
                     "OFX ou QIF téléchargé de votre banque.")
IMPORTED = ("SELECT (SELECT count(*) FROM import_batch) + (SELECT count(*) FROM bank_line) "
            "+ (SELECT count(*) FROM budget_line) + (SELECT count(*) FROM attachment)")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return new_book(tmp_path)


def _bank(session: BookSession, chosen: Path, _entry: int) -> None:
    import_statement(session.book, "512", chosen)


def _fec(session: BookSession, chosen: Path, _entry: int) -> None:
    import_fec(session.book, chosen, parallel=False)


def _budget(session: BookSession, chosen: Path, _entry: int) -> None:
    import_budget(session.book, "2025", chosen)


def _justificatif(session: BookSession, chosen: Path, entry: int) -> None:
    attachments.add(session.book, entry, chosen)


IMPORTS = {"relevé": (_bank, "pas un relevé de banque : rien n'en a été lu. Choisissez le "
                             "fichier CSV, OFX ou QIF"),
           "FEC": (_fec, "pas un fichier des écritures comptables \\(FEC\\) : rien n'en a été "
                         "lu. Choisissez le fichier .txt ou .csv"),
           "budget": (_budget, "pas un budget CSV : rien n'en a été lu. Choisissez le fichier "
                               ".csv du budget"),
           "justificatif": (_justificatif, "pas un justificatif : rien n'en a été lu. "
                                           "Choisissez la facture, le reçu ou le relevé")}


def _survives(qtbot, path: Path, pick) -> None:
    """``pick`` (refused) runs between two entries; another program then reads the book: both
    entries are in it, and nothing was imported."""
    session = open_as_the_app(qtbot, path)
    try:
        entry = post(session, "Avant l'import").entry_id
        pick(session, entry)
        read_elsewhere("sqlite3", path)
        # The journal the app writes into is still the book's.
        assert path.with_name(path.name + "-wal").exists()
        post(session, "Après l'import")
    finally:
        session.close()
    assert labels(path) == ["Avant l'import", "Après l'import"]
    assert rows(path, IMPORTED) == [0]


@pytest.mark.parametrize("kind", list(IMPORTS))
@pytest.mark.parametrize("suffix, what", [("", "est un livre AssoCompta"),
                                          ("-shm", "fait partie du livre amis.assocompta")])
def test_the_open_book_picked_for_an_import_is_refused_and_loses_no_entry(qtbot, path, kind,
                                                                          suffix, what):
    run, refusal = IMPORTS[kind]
    chosen = path.with_name(path.name + suffix)

    def pick(session: BookSession, entry: int) -> None:
        with pytest.raises(ValidationError, match=f"^{chosen.name} {what}.*, {refusal}"):
            run(session, chosen, entry)
    _survives(qtbot, path, pick)


def test_the_open_book_behind_an_ofx_name_is_refused(qtbot, path):
    # A link named like a statement leads to the book: its header says what it is.
    link = path.with_name("releve.ofx")
    link.symlink_to(path)

    def pick(session: BookSession, _entry: int) -> None:
        with pytest.raises(ValidationError, match="^releve.ofx est un livre AssoCompta"):
            import_statement(session.book, "512", link)
    _survives(qtbot, path, pick)


def test_the_open_book_picked_in_the_bank_import_dialog_is_refused(qtbot, path, monkeypatch):
    # « Parcourir… » in the Banque import dialog, the book chosen in the file picker.
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    seen = []

    def pick(session: BookSession, _entry: int) -> None:
        dialog = ImportStatementDialog(session, "512")
        qtbot.addWidget(dialog)
        qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.summary.text(), dialog.problems.toPlainText(),
                     dialog.ok_button.isEnabled()))
        dialog.reject()
    _survives(qtbot, path, pick)
    assert seen == [("Ce fichier ne peut pas être importé tel quel :", STATEMENT_REFUSAL, False)]


@pytest.mark.parametrize("name", ["amis.assocompta-wal", "amis.assocompta.lock",
                                  "amis.assocompta.backups/releve.csv", "vieux.assocompta"])
def test_a_books_journal_lock_backup_or_name_is_no_statement(tmp_path, name):
    # None of them is a book's header: their names say what they are.
    chosen = tmp_path / name
    chosen.parent.mkdir(exist_ok=True)
    chosen.write_text("Date;Libellé;Montant\n01/03/2025;CB;-10,00\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=f"^{chosen.name} (fait partie du livre "
                       "amis.assocompta |est une copie de sauvegarde|est un livre AssoCompta)"):
        refuse_book(chosen, STATEMENT)


@pytest.mark.parametrize("command, refusal", [
    (["bank", "import", "{book}", "--account", "512", "{book}"], "pas un relevé de banque"),
    (["fec", "import", "{book}", "{book}"], "pas un fichier des écritures comptables (FEC)"),
    (["budget", "import", "{book}", "--year", "2025", "{book}"], "pas un budget CSV")])
def test_the_command_line_refuses_the_book_as_the_file_to_import(path, capsys, command,
                                                                 refusal):
    assert main([part.format(book=path) for part in command]) == 1
    err = capsys.readouterr().err
    assert f"amis.assocompta est un livre AssoCompta (ou une autre base de données), " \
           f"{refusal} : rien n'en a été lu." in err
    assert rows(path, IMPORTED) == [0]
