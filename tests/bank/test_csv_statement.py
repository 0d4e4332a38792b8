"""Bank statements as three French banks' exports look: all read, or every problem named."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assocompta.bank.csv_statement import Layout, read_statement
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.domain.money import Money

# A "signed amount" export, cp1252, account details first, a balance line last.
SIGNED = (
    "Compte courant association;FR76 1234 5678 9012 3456 7890 123\r\n"
    "Période du 01/03/2025 au 31/03/2025;\r\n"
    "\r\n"
    "Date;Libellé;Montant(EUROS)\r\n"
    "03/03/2025;PRLV SEPA FREE MOBILE;-39,99\r\n"
    "05/03/2025;VIR SEPA MAIRIE DE RENNES SUBVENTION;1 500,00\r\n"
    "12/03/2025;CB BUREAU VALLEE 11/03;-45,90\r\n"
    "Solde au 31/03/2025;;3 414,11\r\n"
)
# Separate débit and crédit columns, débits written negative, a value date, UTF-8 with BOM.
DEBIT_CREDIT = (
    "\ufeffDate opération;Date valeur;Libellé opération;Débit euros;Crédit euros;\n"
    "03/03/25;04/03/25;\"PRLV SEPA EDF; CONTRAT 123\";-52,10;;\n"
    "15/03/25;15/03/25;REMISE CHEQUES COTISATIONS;;140,00;\n"
    "Total;;;-52,10;140,00;\n"
)


def _write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_signed_amount_layout_in_cp1252(tmp_path):
    st = read_statement(_write(tmp_path, "releve.csv", SIGNED, "cp1252"))
    assert st.encoding == "cp1252" and st.delimiter == ";" and st.header_line == 4
    assert [(ln.line, ln.date, ln.amount, ln.label) for ln in st.lines] == [
        (5, dt.date(2025, 3, 3), Money(-3999), "PRLV SEPA FREE MOBILE"),
        (6, dt.date(2025, 3, 5), Money(150000), "VIR SEPA MAIRIE DE RENNES SUBVENTION"),
        (7, dt.date(2025, 3, 12), Money(-4590), "CB BUREAU VALLEE 11/03"),
    ]


def test_debit_and_credit_columns_with_value_dates(tmp_path):
    st = read_statement(_write(tmp_path, "ca.csv", DEBIT_CREDIT))
    assert st.layout.debit == 3 and st.layout.credit == 4 and st.layout.value_date == 1
    assert [(ln.date, ln.value_date, ln.amount, ln.label) for ln in st.lines] == [
        (dt.date(2025, 3, 3), dt.date(2025, 3, 4), Money(-5210), "PRLV SEPA EDF; CONTRAT 123"),
        (dt.date(2025, 3, 15), dt.date(2025, 3, 15), Money(14000), "REMISE CHEQUES COTISATIONS"),
    ]


def test_comma_separated_with_decimal_points(tmp_path):
    text = ("Date,Libelle,Montant\n"
            "2025-03-03,Cotisation Dupont,35.00\n"
            "2025-03-04,\"Achat, papeterie\",-12.50\n")
    st = read_statement(_write(tmp_path, "n26.csv", text))
    assert st.delimiter == ","
    assert [(ln.amount, ln.label) for ln in st.lines] == [
        (Money(3500), "Cotisation Dupont"), (Money(-1250), "Achat, papeterie")]


def test_every_bad_line_is_named_and_nothing_is_returned(tmp_path):
    text = SIGNED.replace("05/03/2025;VIR", "35/03/2025;VIR").replace("-45,90", "-45,9O")
    with pytest.raises(ImportFailed) as info:
        read_statement(_write(tmp_path, "bad.csv", text))
    message = str(info.value)
    assert "bad.csv, ligne 6, champ Date" in message and "35/03/2025" in message
    assert "bad.csv, ligne 7, champ Montant" in message
    assert "Rien n'a été importé" in message


def test_a_file_without_a_recognisable_header_says_what_to_do(tmp_path):
    with pytest.raises(ValidationError, match="choisissez les colonnes"):
        read_statement(_write(tmp_path, "x.csv", "a;b;c\n1;2;3\n"))


def test_explicit_layout_for_a_bank_whose_headers_are_unusual(tmp_path):
    text = "Jour;Quoi;Combien\n03/03/2025;Loyer;-200,00\n"
    st = read_statement(_write(tmp_path, "odd.csv", text),
                        Layout(date=0, label=1, amount=2), header_line=1)
    assert [(ln.amount, ln.label) for ln in st.lines] == [(Money(-20000), "Loyer")]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.lists(st.sampled_from(
    ["03/03/2025", "31/02/2025", "", "-12,50", "1 234,56", "abc", "Total", "12,345", "0",
     "Solde", "2025-03-04", "+7", "\"", "€"]), min_size=1, max_size=6), max_size=8))
def test_any_file_reads_or_says_why(tmp_path, body):
    text = "Date;Libellé;Débit;Crédit;Montant\n" + "\n".join(";".join(r) for r in body)
    path = _write(tmp_path, "fuzz.csv", text)
    try:
        st_ = read_statement(path)
    except (ImportFailed, ValidationError) as exc:
        assert "fuzz.csv" in str(exc)
        return
    assert st_.lines and all(ln.amount for ln in st_.lines)
