"""Whatever text or bytes come from outside (typed amounts and dates, bank statements, budget
CSV, FEC), the parsers answer or refuse with the project's own clear errors; nothing else.

Examples per test: ``FUZZ_EXAMPLES`` (200 by default); ``ASSOCOMPTA_FUZZ_EXAMPLES=20000``
for a long run.
"""

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assocompta.bank.csv_statement import parse_date as bank_date
from assocompta.bank.csv_statement import read_statement
from assocompta.bank.ofx_statement import read_ofx
from assocompta.bank.qif_statement import read_qif
from assocompta.domain.budget import parse_percent, read_budget_csv
from assocompta.domain.errors import DomainError, ImportFailed, ValidationError
from assocompta.domain.fiscal_years import parse_iso_date
from assocompta.domain.money import Money
from assocompta.fec import format as fec_format
from assocompta.services.bank_import import read_any
from assocompta.services.budget_edit import parse_amount as budget_amount
from assocompta.ui.locale import parse_date as typed_date

FUZZ_EXAMPLES = int(os.environ.get("ASSOCOMPTA_FUZZ_EXAMPLES", "200"))
DATA = Path(__file__).resolve().parents[1] / "bank" / "data"
fuzz = settings(max_examples=FUZZ_EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Text shaped like what treasurers and banks write, with its usual accidents.
PIECES = ["0", "1", "12", "1 234", "\u00a0", "\u202f", ",", ".", "-", "+", "€", "EUR", "(",
          ")", "'", "/", "2025", "03", "31", "02", "29", "9" * 30, "²", "٣", "e5", "NaN",
          "Infinity", " ", "\t", "%", ";", "\"", "\x00", "\ufeff"]
shaped = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
any_text = st.one_of(st.text(max_size=40), shaped)


def _french(exc: BaseException) -> None:
    assert str(exc) and "Traceback" not in str(exc)


@fuzz
@given(text=any_text)
@example("9" * 5000)
@example("1" * 20 + ",00")
def test_money_parse(text):
    try:
        amount = Money.parse(text)
    except ValidationError as exc:
        _french(exc)
        return
    assert Money.parse(str(amount)) == amount


@fuzz
@given(text=any_text, year=st.integers(1, 9999))
@example("99999999999999999999/1/2025", 2025)
@example("1/99999999999999999999", 2025)
def test_typed_dates(text, year):
    try:
        assert isinstance(typed_date(text, year), dt.date)
    except ValueError as exc:  # the field's own French message
        assert "date" in str(exc)


@fuzz
@given(text=any_text)
@example("1/1/99999999999999999999")
def test_bank_dates(text):
    try:
        assert isinstance(bank_date(text), dt.date)
    except ValueError as exc:
        assert "date" in str(exc)


@fuzz
@given(text=any_text)
def test_iso_dates_and_fec_fields(text):
    for parse in (parse_iso_date, fec_format.parse_date, fec_format.parse_amount,
                  parse_percent, budget_amount):
        try:
            parse(text)
        except ValidationError as exc:
            _french(exc)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _read(reader, path: Path) -> None:
    try:
        reader(path)
    except (ImportFailed, ValidationError) as exc:
        assert path.name in str(exc)


cell = st.one_of(any_text, st.sampled_from(
    ["Date", "Libellé", "Débit", "Crédit", "Montant", "03/03/2025", "-12,50", "compte",
     "montant", "libelle", "action", "financeur", "type_financeur", "6063", "74", "ville"]))
csv_text = st.lists(st.lists(cell, min_size=1, max_size=6).map(";".join), max_size=10).map(
    "\n".join)


@fuzz
@given(data=st.one_of(st.binary(max_size=600), csv_text.map(lambda t: t.encode("utf-8")),
                      csv_text.map(lambda t: t.encode("cp1252", errors="replace"))))
def test_bank_csv(tmp_path_factory, data):
    _read(read_statement, _write(tmp_path_factory.mktemp("csv"), "releve.csv", data))


@fuzz
@given(data=st.one_of(st.binary(max_size=600), csv_text.map(lambda t: t.encode("utf-8"))),
       header=st.sampled_from(["compte;montant;libelle;action;financeur;type_financeur\n",
                               "compte;montant\n", ""]))
def test_budget_csv(tmp_path_factory, data, header):
    path = _write(tmp_path_factory.mktemp("budget"), "budget.csv", header.encode() + data)
    _read(read_budget_csv, path)


qif_line = st.one_of(any_text, st.sampled_from(
    ["!Type:Bank", "!Type:Invst", "!Option:AutoSwitch", "D03/03/2025", "D3/14'25", "T-12,50",
     "T1,500.00", "PBoulangerie", "MMémo", "N12", "^", "LDivers", "U-3", "S612", "$-3"]).map(
    lambda t: t))
qif_text = st.lists(qif_line, max_size=20).map("\n".join)


@fuzz
@given(data=st.one_of(st.binary(max_size=600), qif_text.map(lambda t: t.encode("utf-8"))))
def test_qif(tmp_path_factory, data):
    _read(read_qif, _write(tmp_path_factory.mktemp("qif"), "releve.qif", data))


OFX_SAMPLES = [(DATA / "sg_mars_2025.ofx").read_bytes(),
               (DATA / "banque_avril_2025_v2.ofx").read_bytes()]
OFX_JUNK = [b"", b"<", b">", b"</STMTTRN>", b"<STMTTRN>", b"<TRNAMT>", b"<DTPOSTED>",
            b"\xff\xfe", b"&", b"&amp;", b"<!DOCTYPE x>", b"<?xml ?>", b"\x00", b"<OFX>",
            b"</OFX>", b"<SEVERITY>ERROR", b"99999999999999999999", b"-", b"\r\n"]


@st.composite
def damaged_ofx(draw):
    data = bytearray(draw(st.sampled_from(OFX_SAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "text"]))
        if action == "insert":
            data[at:at] = draw(st.sampled_from(OFX_JUNK))
        elif action == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = draw(st.text(max_size=12)).encode("utf-8")
    return bytes(data)


@fuzz
@given(data=st.one_of(damaged_ofx(), st.binary(max_size=400).map(
    lambda b: b"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX>" + b + b"</OFX>")))
def test_ofx(tmp_path_factory, data):
    _read(read_ofx, _write(tmp_path_factory.mktemp("ofx"), "releve.ofx", data))


@fuzz
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.csv", "x.ofx", "x.qif", "x"]))
def test_any_statement_file(tmp_path_factory, data, name):
    path = _write(tmp_path_factory.mktemp("any"), name, data)
    try:
        read_any(path)
    except DomainError as exc:
        _french(exc)


def test_a_budget_saved_with_old_mac_line_ends_reads(tmp_path):
    path = _write(tmp_path, "budget.csv", b"compte;montant;libelle\r6063;120,50;Petit\r74;90;S\r")
    rows = read_budget_csv(path)
    assert [(r.code, r.amount) for r in rows] == [("6063", Money(12050)), ("74", Money(9000))]


@pytest.fixture(scope="module")
def fec_book(tmp_path_factory):
    from assocompta.services.setup import Identity, create_book
    book, _ = create_book(tmp_path_factory.mktemp("fecbook") / "f.assocompta", Identity("F"),
                          dt.date(2025, 1, 1))
    yield book
    book.close()


FEC_HEADER = "\t".join(fec_format.FIELDS).encode()


@fuzz
@given(data=st.binary(max_size=500), header=st.sampled_from([FEC_HEADER + b"\r\n", b""]))
def test_fec_bytes(fec_book, tmp_path_factory, data, header):
    from assocompta.services.fec_import import import_fec
    path = _write(tmp_path_factory.mktemp("fec"), "fec.txt", header + data)
    before = fec_book.scalar("SELECT count(*) FROM entry_line")
    try:
        import_fec(fec_book, path)
    except DomainError as exc:
        _french(exc)
        assert fec_book.scalar("SELECT count(*) FROM entry_line") == before
