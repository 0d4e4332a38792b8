"""``assocompta backups BOOK`` and ``assocompta restore BOOK BACKUP`` as a treasurer runs them."""


from assocompta.cli import main
from tests.helpers import SIREN, entry_count



def test_backups_are_listed_and_one_is_restored(tmp_path, capsys):
    book = tmp_path / "Club #1.assocompta"
    assert main(["demo", str(book)]) == 0
    assert main(["backups", str(book)]) == 0
    assert "Aucune sauvegarde de Club #1.assocompta" in capsys.readouterr().out
    before = entry_count(book)
    assert main(["year", "add", str(book), "--start", "2026-01-01"]) == 1  # it exists: no change
    assert main(["budget", "copy", str(book), "--from", "2025", "--to", "2026"]) == 0
    capsys.readouterr()
    assert main(["backups", str(book)]) == 0
    out = capsys.readouterr().out
    assert " n°  date et heure          taille  écritures  dernière écriture" in out
    # The last entry made: the demo's mécénat of 15/12/2025, booked after December's others.
    assert f"  {before}  n°303 du 15/12/2025 (exercice 2025)" in out
    # The command it suggests can be pasted into a shell: the name with its space and # quoted.
    assert f"assocompta restore '{book}' N°" in out
    assert main(["restore", str(book), "1"]) == 0
    out = capsys.readouterr().out
    assert "remise en place : Club #1.assocompta contient" in out
    assert f"assocompta restore '{book}' 1 le remet en place" in out
    assert "Le livre remplacé est gardé à part" in out
    assert main(["backups", str(book)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("  1 ") and lines[2].endswith(
        "← livre remplacé par une restauration")
    assert entry_count(book) == before


def test_restore_refusals_are_french_and_exit_1(tmp_path, capsys):
    book = tmp_path / "club.assocompta"
    assert main(["init", str(book), "--name", "Club", "--start", "2025-01-01",
                 "--siren", SIREN]) == 0
    other = tmp_path / "notes.assocompta"
    other.write_text("pas un livre")
    capsys.readouterr()
    for backup, fragment in (
            ("7", "sauvegarde « 7 » introuvable (aucune sauvegarde dans club.assocompta."
                  "backups)"),
            (str(other), "notes.assocompta n'est pas un livre AssoCompta (ce n'est pas une "
                         "base SQLite) : il ne peut pas être restauré. Le livre n'a pas été "
                         "modifié."),
            (str(book), "club.assocompta est le livre lui-même, pas une sauvegarde")):
        assert main(["restore", str(book), backup]) == 1
        assert fragment in capsys.readouterr().err
    for argv in (["backups", "postgresql://tresorier@serveur/club"],
                 ["--db", "postgresql://tresorier@serveur/club", "restore", "1"]):
        assert main(argv) == 1
        assert "son administrateur (pg_dump)" in capsys.readouterr().err
