"""Bank and budget files that used to import wrong, silently: now refused, naming the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assocompta.bank.ofx_statement import read_ofx
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.services.bank_import import import_statement, read_any
from assocompta.services.budget import import_budget

DATA = Path(__file__).parent / "data"


def _write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _message(exc: pytest.ExceptionInfo) -> str:
    err = exc.value
    return str(err.problems[0]) if isinstance(err, ImportFailed) else str(err)


def _lines(book) -> list[tuple]:
    with book.reading() as conn:
        return conn.execute("SELECT date, amount, label FROM bank_line ORDER BY id").fetchall()


# -- unclosed quotes ---------------------------------------------------------------------------

# The label is the last column: an unclosed quote on line 2 swallowed lines 3 and 4 into it,
# and the import said « 1 lignes ajoutées » for three operations.
UNCLOSED = (
    "Date;Montant;Libellé\r\n"
    "03/03/2025;-39,99;\"PRLV SEPA FREE MOBILE\r\n"
    "05/03/2025;1500,00;VIR SEPA MAIRIE DE RENNES\r\n"
    "12/03/2025;-45,90;CB BUREAU VALLEE\r\n"
)


def test_an_unclosed_quote_swallowing_operations_is_refused_at_its_line(book, tmp_path):
    path = _write(tmp_path, "releve.csv", UNCLOSED)
    with pytest.raises((ImportFailed, ValidationError)) as exc:
        import_statement(book, "512", path)
    message = _message(exc)
    assert message.startswith("releve.csv, ligne 2 : guillemet ouvert à la ligne 2 et jamais "
                              "refermé")
    assert "réexportez le relevé" in message
    assert _lines(book) == []


def test_an_unclosed_quote_running_to_the_end_of_the_file_is_refused(book, tmp_path):
    text = "Date;Montant;Libellé\r\n03/03/2025;-39,99;PRLV\r\n05/03/2025;1500,00;\"VIR MAIRIE\r\n"
    with pytest.raises((ImportFailed, ValidationError)) as exc:
        import_statement(book, "512", _write(tmp_path, "fin.csv", text))
    assert "guillemet ouvert à la ligne 3 et jamais refermé : le champ va jusqu'à la fin du " \
           "fichier" in _message(exc)
    assert _lines(book) == []


def test_a_quoted_label_over_two_lines_keeps_a_space_where_the_break_was(book, tmp_path):
    text = ("Date;Libellé;Montant\r\n"
            "03/03/2025;\"VIR RECU\r\nMAIRIE DE RENNES\";1500,00\r\n"
            "04/03/2025;\"CB\nBOULANGERIE\";-5,00\r\n")
    result = import_statement(book, "512", _write(tmp_path, "ca.csv", text))
    assert result.added == 2
    assert [r[2] for r in _lines(book)] == ["VIR RECU MAIRIE DE RENNES", "CB BOULANGERIE"]


def test_lines_stored_with_the_glued_label_are_not_imported_again(book, tmp_path):
    # Imported before the fix, the break was dropped: « VIR RECUMAIRIE DE RENNES ».
    with book.transaction() as s:
        book.raw_connection(s).execute(
            "INSERT INTO bank_line (account, date, amount, label, occurrence) VALUES "
            "('512', '2025-03-03', 150000, 'VIR RECUMAIRIE DE RENNES', 1)")
    text = "Date;Libellé;Montant\r\n03/03/2025;\"VIR RECU\r\nMAIRIE DE RENNES\";1500,00\r\n"
    result = import_statement(book, "512", _write(tmp_path, "ca.csv", text))
    assert (result.added, result.skipped) == (0, 1)
    assert len(_lines(book)) == 1


def test_a_budget_with_an_unclosed_quote_is_refused_at_its_line(book, tmp_path):
    text = ("compte;montant;libelle\n"
            "6063;450;\"Fournitures\n"
            "6064;120;Papeterie\n"
            "741;570;Subvention\n")
    with pytest.raises(ImportFailed) as exc:
        import_budget(book, "2025", _write(tmp_path, "budget.csv", text))
    assert str(exc.value.problems[0]).startswith(
        "budget.csv, ligne 2 : guillemet ouvert à la ligne 2 et jamais refermé")
    assert book.scalar("SELECT count(*) FROM budget_line") == 0


# -- a field over 128 KiB ----------------------------------------------------------------------

def test_a_field_over_128_kib_is_refused_with_its_line(book, tmp_path):
    text = ("Date;Libellé;Montant\r\n03/03/2025;PRLV;-39,99\r\n"
            "05/03/2025;\"" + "X" * 200_000 + "\";1500,00\r\n")
    with pytest.raises((ImportFailed, ValidationError)) as exc:
        import_statement(book, "512", _write(tmp_path, "gros.csv", text))
    assert _message(exc).startswith("gros.csv, ligne 3 : un champ commençant à la ligne 3 "
                                    "dépasse 128 Kio")
    assert _lines(book) == []


def test_a_budget_field_over_128_kib_is_refused_with_its_line(book, tmp_path):
    text = "compte;montant;libelle\n6063;450;" + "X" * 200_000 + "\n"
    with pytest.raises(ImportFailed) as exc:
        import_budget(book, "2025", _write(tmp_path, "budget.csv", text))
    assert "budget.csv, ligne 2 : un champ commençant à la ligne 2 dépasse 128 Kio" in \
        str(exc.value.problems[0])


# -- dates and currencies ----------------------------------------------------------------------

@pytest.mark.parametrize("written", ["01/03/0001", "0001-03-01", "01/03/9999", "01/03/025"])
def test_a_bank_date_in_an_impossible_year_is_refused(book, tmp_path, written):
    text = f"Date;Libellé;Montant\r\n03/03/2025;PRLV;-39,99\r\n{written};VIR;1500,00\r\n"
    with pytest.raises(ImportFailed) as exc:
        import_statement(book, "512", _write(tmp_path, "an.csv", text))
    assert re.match(r"an\.csv, ligne 3, champ Date : « .+ » : l'année \d{4} est hors des "
                    r"années possibles \(1900 à 2999\)", str(exc.value.problems[0]))
    assert _lines(book) == []


def test_a_two_digit_year_is_still_this_century(book, tmp_path):
    text = "Date;Libellé;Montant\r\n03/03/25;PRLV;-39,99\r\n"
    import_statement(book, "512", _write(tmp_path, "court.csv", text))
    assert _lines(book) == [("2025-03-03", -3999, "PRLV")]


def test_an_ofx_date_in_year_0001_is_refused(tmp_path):
    text = (DATA / "banque_avril_2025_v2.ofx").read_text().replace(
        "<DTPOSTED>20250415", "<DTPOSTED>00010415")
    with pytest.raises(ImportFailed) as exc:
        read_ofx(_write(tmp_path, "an.ofx", text))
    assert "l'année 0001 est hors des années possibles" in str(exc.value.problems[0])
    assert exc.value.problems[0].line == 7


def test_a_qif_date_in_year_0001_is_refused(tmp_path):
    text = (DATA / "lcl_mars_2025.qif").read_text(encoding="cp1252").replace(
        "D14/03/2025", "D14/03/0001")
    with pytest.raises(ImportFailed) as exc:
        read_any(_write(tmp_path, "an.qif", text, "cp1252"))
    assert "« 14/03/0001 » n'est pas une date" in str(exc.value.problems[0])
    assert "l'année 0001 est hors de 1900 à 2999" in str(exc.value.problems[0])


@pytest.mark.parametrize("code, name", [("USD", "dollars américains"),
                                        ("CAD", "dollars canadiens")])
def test_an_ofx_statement_in_another_currency_is_refused(book, tmp_path, code, name):
    text = (DATA / "sg_mars_2025.ofx").read_text(encoding="cp1252").replace(
        "<CURDEF>EUR", f"<CURDEF>{code}")
    with pytest.raises(ValidationError) as exc:
        import_statement(book, "512", _write(tmp_path, "us.ofx", text, "cp1252"))
    assert str(exc.value) == (
        f"us.ofx : relevé en {code} ({name}) (CURDEF) : le livre tient ses comptes en EUR "
        "(euros) et ne convertit pas ; n'importez que les relevés d'un compte en euros")
    assert _lines(book) == []


def test_an_ofx_operation_in_another_currency_is_refused_at_its_line(book, tmp_path):
    text = (DATA / "banque_avril_2025_v2.ofx").read_text().replace(
        "<NAME>FRAIS TENUE DE COMPTE</NAME>",
        "<NAME>FRAIS TENUE DE COMPTE</NAME><CURRENCY><CURRATE>1.45</CURRATE>"
        "<CURSYM>CAD</CURSYM></CURRENCY>")
    with pytest.raises(ImportFailed) as exc:
        import_statement(book, "512", _write(tmp_path, "cad.ofx", text))
    assert str(exc.value.problems[0]) == (
        "cad.ofx, ligne 7, champ CURRENCY : opération en CAD (dollars canadiens) : le livre "
        "tient ses comptes en EUR (euros) ; saisissez-la à la main, convertie en euros")
    assert _lines(book) == []


# -- the real files still read -----------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(DATA.iterdir()), ids=lambda p: p.name)
def test_every_real_statement_still_reads(path):
    read = read_any(path)
    assert read.lines
    assert all(1900 <= line.date.year <= 2999 for line in read.lines)


# -- the cap on amounts, and on what a file adds up to -----------------------------------------

@pytest.mark.parametrize("name, text, encoding", [
    ("cap.csv", "Date;Libellé;Montant\r\n03/03/2025;VIR;1 000 000 000 000,00\r\n", "utf-8"),
    ("cap.qif", "!Type:Bank\r\nD03/03/2025\r\nT1000000000000,00\r\nPVIR\r\n^\r\n", "cp1252"),
])
def test_an_amount_past_the_cap_is_refused(book, tmp_path, name, text, encoding):
    with pytest.raises(ImportFailed) as exc:
        import_statement(book, "512", _write(tmp_path, name, text, encoding))
    assert "trop grand" in str(exc.value.problems[0])
    assert _lines(book) == []


def test_an_ofx_amount_past_the_cap_is_refused(book, tmp_path):
    text = (DATA / "banque_avril_2025_v2.ofx").read_text().replace(
        "<TRNAMT>35.00", "<TRNAMT>1000000000000.00")
    with pytest.raises(ImportFailed) as exc:
        import_statement(book, "512", _write(tmp_path, "cap.ofx", text))
    assert "trop grand" in str(exc.value.problems[0])


TOTAL_MESSAGE = ("avec cette ligne, les montants du fichier dépassent un million de milliards "
                 "d'euros au total, plus que le livre ne peut en additionner ; vérifiez les "
                 "montants du fichier")


def test_a_statement_adding_up_past_what_the_book_can_total_is_refused(book, tmp_path):
    # Each amount under the cap; 1 001 of them pass a thousand times the cap.
    body = "".join(f"03/03/2025;VIR {n};999 999 999 999,99\r\n" for n in range(1, 1002))
    path = _write(tmp_path, "somme.csv", "Date;Libellé;Montant\r\n" + body)
    with pytest.raises(ImportFailed) as exc:
        import_statement(book, "512", path)
    assert str(exc.value.problems[0]) == f"somme.csv, ligne 1002, champ Montant : {TOTAL_MESSAGE}"
    assert _lines(book) == []


def test_a_budget_adding_up_past_what_the_book_can_total_is_refused(book, tmp_path):
    body = "".join("6063;999999999999,99\n" for _ in range(1001))
    with pytest.raises(ImportFailed) as exc:
        import_budget(book, "2025", _write(tmp_path, "b.csv", "compte;montant\n" + body))
    assert str(exc.value.problems[0]) == f"b.csv, ligne 1002, champ montant : {TOTAL_MESSAGE}"
    assert book.scalar("SELECT count(*) FROM budget_line") == 0
