"""Every failure of the command line is a French message and an exit code, never a traceback.

1: a refused action (the message says what to do); 2: bad usage; 3: a bug, its traceback in
the log file the message names.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assocompta.cli import main


@pytest.fixture(scope="module")
def demo_master(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.assocompta"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_master, tmp_path) -> Path:
    path = tmp_path / "asso.assocompta"
    shutil.copy(demo_master, path)
    return path


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "journal"
    monkeypatch.setenv("ASSOCOMPTA_LOG_DIR", str(folder))
    return folder


def call(argv) -> int:
    """``main(argv)``, with argparse's exit turned into its code."""
    try:
        return main([str(a) for a in argv])
    except SystemExit as exc:
        return exc.code


def shell(*args, env=None):
    """The real command in a fresh interpreter: what reaches a terminal."""
    return subprocess.run([sys.executable, "-m", "assocompta", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


# -- an unexpected error: one line, the log, exit 3 ------------------------------------------

def test_an_unexpected_error_names_the_log_and_exits_3(demo, log_dir, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")
    monkeypatch.setattr("assocompta.services.checks.check_book", broken)
    assert call(["check", demo]) == 3
    err = capsys.readouterr().err
    log = log_dir / "assocompta.log"
    assert err.startswith("assocompta : erreur inattendue : « check » a échoué "
                          "(ZeroDivisionError: division by zero).")
    assert f"Détails dans le journal : {log}." in err
    assert "Le livre n'a pas été modifié par cette commande." in err
    assert "Traceback" not in err
    text = log.read_text(encoding="utf-8")
    assert f"assocompta check {demo}" in text and "Traceback" in text and "broken" in text


def test_a_log_that_cannot_be_written_is_said(demo, tmp_path, capsys, monkeypatch):
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("ASSOCOMPTA_LOG_DIR", str(tmp_path / "file" / "journal"))
    monkeypatch.setattr("assocompta.services.checks.check_book",
                        lambda *a, **k: [][1])
    assert call(["check", demo]) == 3
    err = capsys.readouterr().err
    assert "(IndexError: list index out of range)" in err
    assert "n'a pas pu être écrit" in err and "Traceback" not in err


def test_the_log_is_the_one_the_app_writes(tmp_path, monkeypatch, qapp):
    # qapp (pytest-qt's QApplication), never a bare QCoreApplication: left in the process,
    # that one made every later widget of the same test worker crash (segfault).
    from PySide6.QtCore import QStandardPaths

    from assocompta.logs import log_path
    from assocompta.ui.errors import log_file
    monkeypatch.delenv("ASSOCOMPTA_LOG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    names = qapp.applicationName(), qapp.organizationName()
    qapp.setApplicationName("AssoCompta")
    qapp.setOrganizationName("AssoCompta")
    try:
        for xdg in (str(tmp_path / "données"), None, "relatif"):
            if xdg is None:
                monkeypatch.delenv("XDG_DATA_HOME", raising=False)
            else:
                monkeypatch.setenv("XDG_DATA_HOME", xdg)
            qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
            assert log_path() == Path(qt) / "assocompta.log" == log_file()
    finally:
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])


# -- budget copy --percent -------------------------------------------------------------------

@pytest.mark.parametrize("percent", ["1e400", "nan", "inf", "-inf", "-100.5", "-100", "abc",
                                     "", "1e30", "99999999999999999999999", "1001"])
def test_budget_copy_refuses_an_impossible_percent(demo, log_dir, capsys, percent):
    assert call(["budget", "copy", demo, "--from", "2025", "--to", "2026",
                 f"--percent={percent}"]) == 1
    err = capsys.readouterr().err
    assert "champ --percent : pourcentage" in err and "Traceback" not in err
    assert "jusqu'à 1000" in err or "écrivez un nombre" in err


def test_budget_copy_keeps_ordinary_percents(demo, capsys):
    assert call(["budget", "copy", demo, "--from", "2025", "--to", "2026",
                 "--percent=-2,5 %"]) == 0
    assert "lignes copiées" in capsys.readouterr().out


# -- fiscal years out of range ---------------------------------------------------------------

YEAR_RANGE = "un exercice doit tenir entre le 01/01/1901 et le 31/12/2999"


@pytest.mark.parametrize("dates, shown", [
    (["--start", "9999-12-01"], "commence le 01/12/9999"),
    (["--start", "9999-06-01"], "commence le 01/06/9999"),
    (["--start", "9999-12-31"], "commence le 31/12/9999"),
    (["--start", "0001-01-01"], "commence le 01/01/0001"),
    (["--start", "1900-12-31"], "commence le 31/12/1900"),
    (["--start", "2999-06-01"], "finit le 31/05/3000"),
    (["--start", "2025-01-01", "--end", "9999-12-31"], "finit le 31/12/9999"),
])
def test_years_outside_1901_2999_are_refused(demo, tmp_path, log_dir, capsys, dates, shown):
    new = tmp_path / "nouveau.assocompta"
    assert call(["init", new, "--name", "Club", *dates]) == 1
    err = capsys.readouterr().err
    assert f"l'exercice {shown} : {YEAR_RANGE}" in err and "Traceback" not in err
    assert not new.exists()
    assert call(["year", "add", demo, *dates]) == 1
    assert f"l'exercice {shown} : {YEAR_RANGE}" in capsys.readouterr().err


def test_years_at_the_edges_of_the_range_are_kept(tmp_path, capsys):
    assert call(["init", tmp_path / "a.assocompta", "--name", "Club",
                 "--start", "1901-01-01"]) == 0
    assert call(["year", "add", tmp_path / "a.assocompta", "--start", "2999-01-01"]) == 0
    assert "Exercice 2999 ajouté (01/01/2999 – 31/12/2999)" in capsys.readouterr().out


# -- a schema upgrade that fails -------------------------------------------------------------

def _old_book(path: Path, version: int) -> Path:
    """A book as an older AssoCompta left it, at schema ``version``."""
    import sqlite3

    from assocompta.services.setup import seed_charts
    from assocompta.storage import migrations
    from assocompta.storage.files import APPLICATION_ID
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(conn, 0, target=version)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO association (id, name, created_at) VALUES (1, 'Ancienne', 'x')")
    seed_charts(conn)
    conn.execute("INSERT INTO journal (code, label) VALUES ('BQ', 'Banque')")
    conn.execute("INSERT INTO fiscal_year (label, start_date, end_date, chart_id) "
                 "VALUES ('2024', '2024-01-01', '2024-12-31', 1)")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


def _schema(path: Path) -> tuple[int, set[str]]:
    import sqlite3
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("PRAGMA user_version").fetchone()[0],
                {r[0] for r in conn.execute("SELECT name FROM sqlite_master")})
    finally:
        conn.close()


def test_a_failed_upgrade_names_the_step_and_leaves_the_book_as_it_was(tmp_path, capsys):
    import sqlite3

    from assocompta.storage.backup import list_backups
    path = _old_book(tmp_path / "ancien.assocompta", 4)
    conn = sqlite3.connect(path)  # a table the next step creates, made by hand
    conn.execute("CREATE TABLE bank_line (x)")
    conn.commit()
    conn.close()
    before = _schema(path)
    assert call(["year", "add", path, "--start", "2025-01-01"]) == 1
    err = capsys.readouterr().err
    backups = list_backups(path)
    assert len(backups) == 1 and _schema(backups[0]) == before
    assert ("ancien.assocompta n'a pas pu être mis au format de cette version d'AssoCompta "
            "(schéma 4 vers ") in err
    assert "l'étape 0005_bank_documents a échoué (SQLite : table bank_line already exists)" in err
    assert (f"Le livre est resté tel quel, au schéma 4, et une copie en a été faite juste "
            f"avant : {backups[0]}.") in err
    assert "sqlite3" not in err and "Traceback" not in err
    assert _schema(path) == before


def test_a_failure_late_in_a_long_upgrade_undoes_every_step(tmp_path, capsys, monkeypatch):
    from assocompta.storage import migrations
    path = _old_book(tmp_path / "ancien.assocompta", 1)
    before = _schema(path)
    last, _ = migrations.SCRIPTS[-1]
    # A step whose data check fails: a second journal BQ (journal codes are unique).
    monkeypatch.setattr(migrations, "SCRIPTS", migrations.SCRIPTS[:-1] + [
        (last, "INSERT INTO journal (code, label) VALUES ('BQ', 'Banque bis');")])
    assert call(["year", "add", path, "--start", "2025-01-01"]) == 1
    err = capsys.readouterr().err
    # Schema 6's guard against replaced rows may speak before the unique index itself.
    assert (f"l'étape {migrations.NAMES[last]} a échoué (SQLite : UNIQUE constraint failed: "
            ) in err
    assert "Le livre est resté tel quel, au schéma 1" in err and "IntegrityError" not in err
    assert _schema(path) == before  # steps 2… rolled back with the failing one


def test_a_failed_upgrade_from_the_shell_shows_no_traceback(tmp_path):
    import sqlite3
    path = _old_book(tmp_path / "ancien.assocompta", 4)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE bank_rule (x)")
    conn.commit()
    conn.close()
    done = shell("budget", "import", path, "--year", "2024", tmp_path / "absent.csv")
    assert done.returncode == 1
    assert "a échoué (SQLite : table bank_rule already exists)" in done.stderr
    assert "Traceback" not in done.stderr


# -- books edited by hand --------------------------------------------------------------------

def tamper(path: Path, *sql: str, schema: tuple[str, str, str] | None = None) -> None:
    """Change the book with a plain sqlite3 connection, foreign keys off, its triggers set
    aside meanwhile (as another program could): ``schema`` rewrites one table's definition."""
    import sqlite3
    conn = sqlite3.connect(path, isolation_level=None)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                            ).fetchall()
    conn.execute("BEGIN")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    if schema:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?",
                     (schema[1], schema[2], schema[0]))
        conn.execute("PRAGMA writable_schema = OFF")
    conn.execute("COMMIT")
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)  # the rewritten schema read anew
    conn.execute("BEGIN")
    for statement in sql:
        conn.execute(statement)
    for _, definition in triggers:
        conn.execute(definition)
    conn.execute("COMMIT")
    conn.close()


def one(path: Path, sql: str):
    import sqlite3
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


LINE_2025 = ("SELECT min(l.id) FROM entry_line l JOIN entry e ON e.id = l.entry_id "
             "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' AND l.debit > 0")
ENTRY_2025 = ("SELECT min(e.id) FROM entry e JOIN fiscal_year f ON f.id = e.year_id "
              "WHERE f.label = '2025'")
YEAR_2025 = "SELECT id FROM fiscal_year WHERE label = '2025'"
CHART_2025 = "SELECT chart_id FROM fiscal_year WHERE label = '2025'"

#: What is done to the book; what ``check`` then says (``{line}``, ``{entry}``, ``{year}``,
#: ``{chart}``: the row changed).
DAMAGE = {
    "exercice sans plan comptable": (
        dict(sql=[f"DELETE FROM chart WHERE id = ({CHART_2025})"]),
        "table fiscal_year, ligne {year}, colonne chart_id : le plan comptable n°{chart} "
        "n'existe pas"),
    "texte dans un montant": (
        dict(schema=("entry_line", ") STRICT", ")"),
             sql=[f"UPDATE entry_line SET debit = 'abc' WHERE id = ({LINE_2025})"]),
        "table entry_line, ligne {line}, colonne debit : « abc » n'est pas un montant en "
        "centimes"),
    "date d'écriture vide": (
        dict(schema=("entry", "date        TEXT NOT NULL CHECK", "date TEXT CHECK"),
             sql=[f"UPDATE entry SET date = NULL WHERE id = ({ENTRY_2025})"]),
        "table entry, ligne {entry}, colonne date : vide (NULL) alors qu'elle est obligatoire"),
    "date d'écriture impossible": (
        dict(sql=[f"UPDATE entry SET date = '2025-13-45' WHERE id = ({ENTRY_2025})"]),
        "table entry, ligne {entry}, colonne date : « 2025-13-45 » n'est pas une date"),
    "fin d'exercice impossible": (
        dict(sql=["UPDATE fiscal_year SET end_date = '2025-13-45' WHERE label = '2025'"]),
        "table fiscal_year, ligne {year}, colonne end_date : « 2025-13-45 » n'est pas une "
        "date"),
    "compte inexistant": (
        dict(sql=[f"UPDATE entry_line SET account_id = 999999 WHERE id = ({LINE_2025})"]),
        "lien rompu : entry_line n°{line} renvoie vers account absent"),
    "association effacée": (
        dict(sql=["DELETE FROM association"]),
        "table association : la ligne de l'association (nom, SIREN) manque"),
    "montant de 2^62 centimes": (
        dict(sql=[f"UPDATE entry_line SET debit = {2 ** 62} WHERE debit > 0 AND account_id = ("
                  "SELECT l.account_id FROM entry_line l JOIN entry e ON e.id = l.entry_id "
                  "JOIN fiscal_year f ON f.id = e.year_id WHERE f.label = '2025' "
                  "AND l.debit > 0 GROUP BY l.account_id HAVING count(*) > 1 LIMIT 1)"]),
        f"table entry_line, ligne {{line}}, colonne debit : « {2 ** 62} » centimes, hors des "
        "limites (10^12 € au plus)"),
}

READS = [["report", "grand-livre", "{book}", "--year", "2025", "-o", "{out}/gl.csv"],
         ["report", "journal", "{book}", "--year", "2025", "-o", "{out}/journal.pdf"],
         ["report", "bilan", "{book}", "--year", "2025", "-o", "{out}/bilan.xlsx"],
         ["fec", "export", "{book}", "--year", "2025", "-o", "{out}"],
         ["accounts", "{book}", "--year", "2025"],
         ["pack", "{book}", "--year", "2025", "-o", "{out}/ag.pdf"],
         ["budget", "suivi", "{book}", "--year", "2025", "-o", "{out}/suivi.xlsx"],
         ["year", "close", "{book}", "--year", "2025", "--check"],
         ["backups", "{book}"]]


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_book_edited_by_hand_is_named_by_check_and_never_crashes_a_read(
        demo, tmp_path, capsys, damage):
    change, said = DAMAGE[damage]
    rows = {"line": one(demo, LINE_2025), "entry": one(demo, ENTRY_2025),
            "year": one(demo, YEAR_2025), "chart": one(demo, CHART_2025)}
    if damage.startswith("montant"):
        rows["line"] = None  # the first line of that account: found after the change
    tamper(demo, *change.get("sql", []), schema=change.get("schema"))
    if rows["line"] is None:
        rows["line"] = one(demo, f"SELECT min(id) FROM entry_line WHERE debit = {2 ** 62}")
    assert call(["check", demo]) == 1
    out = capsys.readouterr().out
    assert said.format(**rows) in out
    out_dir = tmp_path / "sorties"
    out_dir.mkdir()
    for argv in READS:
        code = call([a.format(book=demo, out=out_dir) for a in argv])
        err = capsys.readouterr().err
        assert code in (0, 1), (argv, err)
        assert "erreur inattendue" not in err and "Traceback" not in err, (argv, err)
        if "donnée invalide" in err:  # the place named, and the way out
            assert said.format(**rows).split(" : ")[0] in err
            assert f"assocompta check {demo}" in err


def test_a_read_that_meets_bad_data_names_it_and_exits_1(demo, capsys, log_dir):
    line = one(demo, LINE_2025)
    tamper(demo, f"UPDATE entry_line SET debit = 'abc' WHERE id = {line}",
           schema=("entry_line", ") STRICT", ")"))
    assert call(["report", "grand-livre", demo, "--year", "2025", "-o",
                 demo.parent / "gl.csv"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"assocompta : le livre contient une donnée invalide (table entry_line, ligne {line}, "
        f"colonne debit : « abc » n'est pas un montant en centimes) : lancez « assocompta "
        f"check {demo} » pour la liste complète, puis restaurez une copie de sauvegarde avec "
        "assocompta restore asso.assocompta N° (la liste : assocompta backups "
        "asso.assocompta). Le livre n'a pas été modifié par cette commande.")
    assert str(log_dir / "assocompta.log") in err


@pytest.mark.parametrize("version", [-1, 0])
def test_an_impossible_schema_number_is_damage(demo, capsys, version):
    tamper(demo, f"PRAGMA user_version = {version}")
    for argv in (["check", demo], ["year", "add", demo, "--start", "2027-01-01"]):
        assert call(argv) == 1
        assert (f"asso.assocompta est endommagé : son numéro de format (schéma {version}) est "
                "impossible. Le fichier n'a pas été modifié") in capsys.readouterr().err
    assert one(demo, "PRAGMA user_version") == version


@pytest.mark.parametrize("damage", ["association effacée", "fin d'exercice impossible"])
def test_the_app_smoke_run_on_an_edited_book_says_why_without_traceback(demo, damage):
    change, _ = DAMAGE[damage]
    tamper(demo, *change["sql"])
    done = shell("--smoke", demo)
    assert done.returncode == 1
    assert "contient une donnée invalide" in done.stderr and "Traceback" not in done.stderr


# -- wrong arguments, every command ----------------------------------------------------------

WRONG = [
    *[[cmd, name] for cmd in ("check", "accounts")
      for name in ("absent.assocompta", "dossier", "vide.csv", "binaire.dat", "budget.csv")],
    ["check", "{book}", "--year", "abc"], ["accounts", "{book}", "--year", "1999"],
    ["report", "resultat", "{book}", "--year", "2025", "-o", "sortie.txt"],
    ["report", "resultat", "{book}", "--year", "2025", "-o", "dossier"],
    ["report", "bilan", "{book}", "--year", "2025", "-o", "absent/bilan.pdf"],
    *[["fec", "import", "{book}", name] for name in ("absent.txt", "dossier", "vide.csv",
                                                     "binaire.dat", "{book}", "budget.csv")],
    ["fec", "export", "{book}", "--year", "abc", "-o", "dossier"],
    *[["budget", "import", "{book}", "--year", "2026", name]
      for name in ("absent.csv", "dossier", "vide.csv", "binaire.dat", "{book}", "budget.csv")],
    ["budget", "export", "{book}", "--year", "2026", "--action", "ZZ", "-o", "b.pdf"],
    ["budget", "copy", "{book}", "--from", "2025", "--to", "2025"],
    ["pack", "{book}", "--year", "2025", "-o", "ag.odt"],
    *[["bank", "import", "{book}", "--account", "512", name]
      for name in ("absent.csv", "dossier", "vide.csv", "binaire.dat", "{book}")],
    ["bank", "import", "{book}", "--account", "abc", "budget.csv"],
    ["bank", "import", "{book}", "--account", "512", "budget.csv", "--preset", "zz"],
    ["bank", "reconciliation", "{book}", "--account", "999", "r.pdf"],
    ["bank", "reconciliation", "{book}", "--date", "abc", "r.pdf"],
    ["receipts", "{book}", "--year", "abc", "r.pdf"],
    ["receipts", "{book}", "--year", "2025", "--donor", "ZZ", "r.pdf"],
    ["year", "close", "{book}", "--year", "abc"],
    *[["year", "allocate", "{book}", "--year", "2024", "--report", amount]
      for amount in ("abc", "1e400", "nan", "99999999999999999999")],
    ["year", "add", "{book}", "--start", "abc"],
    ["init", "{book}", "--name", "X", "--start", "2025-01-01"],
    ["init", "dossier", "--name", "X", "--start", "2025-01-01"],
    ["demo", "absent/demo.assocompta"],
    ["copy", "absent.assocompta", "copie.assocompta"], ["copy", "{book}", "{book}"],
    ["copy", "binaire.dat", "copie.assocompta"],
    # Usage (exit 2), said in French too.
    ["frobnicate"], ["report", "nope", "{book}", "--year", "2025", "-o", "r.pdf"],
    ["check", "{book}", "en-trop"], ["check", "{book}", "--year"],
]


@pytest.fixture
def odd_files(tmp_path, demo, monkeypatch) -> Path:
    """What a user may give instead of the expected file, in the current folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dossier").mkdir()
    (tmp_path / "vide.csv").write_bytes(b"")
    (tmp_path / "binaire.dat").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "budget.csv").write_text("compte;montant\n612;abc\n", encoding="utf-8")
    return demo


@pytest.mark.parametrize("argv", WRONG, ids=lambda argv: " ".join(argv))
def test_wrong_arguments_get_a_french_message_and_exit_1_or_2(odd_files, capsys, argv):
    code = call([a.format(book=odd_files.name) for a in argv])
    err = capsys.readouterr().err
    assert code in (1, 2), err
    assert err.strip() and "Traceback" not in err and "erreur inattendue" not in err
    for english in ("invalid choice", "unrecognized", "expected one argument", "choose from",
                    "usage:"):
        assert english not in err


def test_help_headings_are_in_french(capsys):
    assert call(["check", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : assocompta check")
    assert "\narguments :\n" in out and "afficher cette aide et quitter" in out
    assert "usage" not in out and "positional" not in out


def test_a_console_that_cannot_show_accents_gets_no_traceback(demo, tmp_path):
    import os
    env = dict(os.environ, PYTHONIOENCODING="ascii")
    done = shell("accounts", demo, "--year", "2025", env=env)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "Plan comptable de l'exercice 2025" in done.stdout
    refused = shell("check", demo, "--year", "zz", env=env)
    assert refused.returncode == 1 and "inconnu" in refused.stderr


def test_an_unexpected_error_after_the_commit_does_not_claim_the_book_unchanged(
        tmp_path, capsys, monkeypatch, log_dir):
    def broken(*args, **kwargs):
        raise RuntimeError("compte rendu")
    monkeypatch.setattr("assocompta.services.ledger.year_by_label", broken)
    book = tmp_path / "club.assocompta"
    assert call(["init", book, "--name", "Club", "--start", "2025-01-01"]) == 3
    err = capsys.readouterr().err
    assert f"Le livre {book} a été créé avec son premier exercice" in err
    assert "n'a pas été modifié" not in err and book.exists()


def test_an_unexpected_error_before_init_creates_anything_says_so(tmp_path, capsys,
                                                                  monkeypatch):
    monkeypatch.setattr("assocompta.services.setup.seed_charts",
                        lambda conn: (_ for _ in ()).throw(RuntimeError("plan")))
    book = tmp_path / "club.assocompta"
    assert call(["init", book, "--name", "Club", "--start", "2025-01-01"]) == 3
    assert "Aucun livre n'a été créé." in capsys.readouterr().err
    assert not book.exists()


def test_a_year_ending_on_the_last_day_python_knows_is_named_not_a_crash(tmp_path, capsys):
    # What older versions let « init --start 9999-12-31 » make: closing overflowed.
    book = tmp_path / "club.assocompta"
    assert call(["init", book, "--name", "Club", "--start", "2025-01-01"]) == 0
    tamper(book, "UPDATE fiscal_year SET start_date = '9999-12-31', end_date = '9999-12-31', "
                 "label = '9999'")
    capsys.readouterr()
    said = ("table fiscal_year, ligne 1, colonne end_date : « 9999-12-31 » hors des dates "
            "d'exercice permises (01/01/1901 – 31/12/2999)")
    assert call(["check", book]) == 1
    assert said in capsys.readouterr().out
    assert call(["year", "close", book, "--year", "9999", "--check"]) == 1
    err = capsys.readouterr().err
    assert "le livre contient une donnée invalide (table fiscal_year, ligne 1" in err
    assert "erreur inattendue" not in err


@pytest.mark.parametrize("command", [["fec", "import", "{book}", "dossier"],
                                     ["bank", "import", "{book}", "--account", "512",
                                      "dossier"]], ids=["fec", "bank"])
def test_a_folder_given_to_import_is_called_a_folder(odd_files, capsys, command):
    assert call([a.format(book=odd_files.name) for a in command]) == 1
    err = capsys.readouterr().err
    assert "dossier : c'est un dossier : donnez le fichier à importer" in err
    assert "introuvable" not in err


def test_an_interrupt_after_the_import_committed_says_it_is_in(demo, tmp_path, capsys,
                                                               monkeypatch):
    from assocompta.storage.db import Book
    fec = tmp_path / "export"
    fec.mkdir()
    assert call(["fec", "export", demo, "--year", "2024", "-o", fec]) == 0  # closed, validated
    target = tmp_path / "neuf.assocompta"
    assert call(["init", target, "--name", "Neuf", "--start", "2024-01-01"]) == 0
    capsys.readouterr()

    real, calls = Book.refresh_totals, []

    def interrupted(self):  # the first refresh is the book's opening, the second the import's
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self)
    monkeypatch.setattr(Book, "refresh_totals", interrupted)
    assert call(["fec", "import", target, next(fec.iterdir())]) == 1
    err = capsys.readouterr().err
    assert err.startswith("assocompta : interrompu : Les écritures du FEC sont enregistrées")
    monkeypatch.undo()
    assert call(["check", target]) == 0
