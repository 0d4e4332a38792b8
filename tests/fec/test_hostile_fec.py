"""FEC files that used to import wrong or crash: amounts past the cap, totals past 64 bits,
mixed encodings. Refused on both reading paths, naming the line; the book is left as it was."""

from __future__ import annotations

import pytest

from assocompta.domain.errors import ImportFailed
from assocompta.fec.batches import Producer
from assocompta.services.fec_import import import_fec
from tests.fec.test_fec import HEADER, row, write

# The fewest columns a FEC may have: files of a hundred thousand entries stay small.
SHORT_HEADER = "JournalCode\tEcritureNum\tEcritureDate\tCompteNum\tEcritureLib\tDebit\tCredit"


@pytest.fixture(params=["fast", "exact"])
def path(request, monkeypatch) -> str:
    """The fast path takes the clean blocks it can prove; the exact path reads line by line.
    Turning the fast one off sends every block the exact way."""
    if request.param == "exact":
        monkeypatch.setattr(Producer, "_fast", lambda self, text, n, *, final: None)
    return request.param


def _entries(book) -> int:
    return book.scalar("SELECT count(*) FROM entry")


def _refusal(book, source, **kwargs) -> str:
    with pytest.raises(ImportFailed) as exc:
        import_fec(book, source, **kwargs)
    assert _entries(book) == 0
    return str(exc.value.problems[0])


@pytest.mark.parametrize("amount", ["1000000000000000,00", "92233720368547758,08",
                                    "1000000000000,00"])
def test_an_amount_past_the_cap_is_refused(book, tmp_path, path, amount):
    lines = [row("BQ", 1, "20250115", "512", "Virement", amount, "0,00"),
             row("BQ", 1, "20250115", "706", "Virement", "0,00", amount)]
    message = _refusal(book, write(tmp_path / "gros.txt", lines), parallel=False)
    assert message == (f"gros.txt, ligne 2, champ Debit : montant « {amount} » trop grand : "
                       "un montant ne dépasse pas 999 999 999 999,99 € ; corrigez-le dans le "
                       "fichier")


def test_the_largest_amount_still_imports(book, tmp_path, path):
    lines = [row("BQ", 1, "20250115", "512", "Virement", "999999999999,99", "0,00"),
             row("BQ", 1, "20250115", "706", "Virement", "0,00", "999999999999,99")]
    import_fec(book, write(tmp_path / "max.txt", lines), parallel=False)
    assert book.scalar("SELECT sum(debit) FROM entry_line") == 99_999_999_999_999


@pytest.mark.parametrize("parallel", [False, True], ids=["one process", "two processes"])
def test_totals_past_64_bits_are_refused(book, tmp_path, path, parallel):
    # 93 000 entries of 999 999 999 999,99 € each, every one under the cap: account 512's
    # total passes 2^63 cents, which SQLite cannot hold (a traceback before).
    amount = "999999999999,99"
    lines = []
    for n in range(1, 93_001):
        lines.append(f"BQ\t{n}\t20250115\t512\tVirement\t{amount}\t0,00")
        lines.append(f"BQ\t{n}\t20250115\t706\tVirement\t0,00\t{amount}")
    source = write(tmp_path / "somme.txt", lines, header=SHORT_HEADER, eol="\n")
    message = _refusal(book, source, parallel=parallel)
    # The 1001st entry takes the file's debits past a thousand times the cap.
    assert message == ("somme.txt, ligne 2002, champ Debit : écriture BQ 1001 (lignes 2002 à "
                       "2003) : avec elle, les débits du fichier dépassent un million de "
                       "milliards d'euros au total, plus que le livre ne peut en additionner ; "
                       "vérifiez les montants du fichier")


def _mixed(tmp_path, main: str, other: str, at: int):
    lines = []
    for n in range(1, 6):
        lines.append(row("OD", n, "20250301", "625", f"Réception n°{n} €", "10,00", "0,00"))
        lines.append(row("OD", n, "20250301", "530", f"Réception n°{n} €", "0,00", "10,00"))
    data = [(HEADER + "\r\n").encode(main)]
    for i, line in enumerate(lines, start=2):
        data.append((line + "\r\n").encode(other if i == at else main))
    path = tmp_path / "mix.txt"
    path.write_bytes(b"".join(data))
    return path


ANSI = "ANSI (Windows-1252 ou ISO-8859-15)"


@pytest.mark.parametrize("main, other, name, main_name", [
    ("utf-8", "cp1252", ANSI, "UTF-8"),
    ("cp1252", "utf-8", "UTF-8", ANSI),
    ("iso-8859-15", "utf-8", "UTF-8", ANSI),
])
@pytest.mark.parametrize("parallel", [False, True], ids=["one process", "two processes"])
def test_a_file_mixing_two_encodings_is_refused_at_the_odd_line(book, tmp_path, main, other,
                                                                name, main_name, parallel):
    message = _refusal(book, _mixed(tmp_path, main, other, 7), parallel=parallel)
    assert message == (f"mix.txt, ligne 7 : le fichier mélange deux encodages : la ligne 7 "
                       f"est en {name}, d'autres en {main_name} ; lu ainsi, ses accents "
                       "seraient faussés. Enregistrez tout le fichier dans un seul encodage "
                       "(UTF-8 de préférence) puis importez-le à nouveau")


@pytest.mark.parametrize("encoding", ["cp1252", "iso-8859-15", "utf-8"])
def test_a_file_in_one_encoding_still_imports(book, tmp_path, path, encoding):
    source = _mixed(tmp_path, encoding, encoding, 7)
    import_fec(book, source, parallel=False)
    assert book.scalar("SELECT count(DISTINCT label) FROM entry") == 5
    assert book.scalar("SELECT min(label) FROM entry") == "Réception n°1 €"
