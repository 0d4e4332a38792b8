"""OFX and QIF statements, and CSV presets: the same lines as the bank shows, or the line
of each problem."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assocompta.bank.csv_statement import read_mapped
from assocompta.bank.ofx_statement import read_ofx
from assocompta.bank.presets import PRESETS, preset_named
from assocompta.bank.qif_statement import read_qif
from assocompta.domain.errors import ImportFailed, ValidationError
from assocompta.domain.money import Money

DATA = Path(__file__).parent / "data"


def test_ofx_sgml_as_french_banks_send_it():
    st = read_ofx(DATA / "sg_mars_2025.ofx")
    assert st.bank_account == "00050012345"
    assert [(ln.date, ln.amount, ln.label, ln.reference) for ln in st.lines] == [
        (dt.date(2025, 3, 3), Money(-3999), "PRLV SEPA FREE MOBILE FM-123456", "25062000001"),
        # 00:00 Paris time is still the 5th, whatever UTC says.
        (dt.date(2025, 3, 5), Money(1150000),
         "VIR SEPA MAIRIE DE REN SUBVENTION FONCTIONNEMENT", "25064000002"),
        (dt.date(2025, 3, 12), Money(-4590), "CB BUREAU VALLEE 11/03 Fournitures été",
         "25071000003"),
        (dt.date(2025, 3, 17), Money(-12000), "CHEQUE 0001235", "25076000004"),
    ]
    assert st.lines[0].line == 40


def test_ofx_xml_version_2():
    st = read_ofx(DATA / "banque_avril_2025_v2.ofx")
    assert [(ln.amount, ln.label) for ln in st.lines] == [
        (Money(3500), "VIR M DUPONT JEAN COTISATION 2025"), (Money(-950), "FRAIS TENUE DE COMPTE")]


def test_ofx_bad_amount_names_its_line(tmp_path):
    text = (DATA / "sg_mars_2025.ofx").read_bytes().replace(b"-45,90", b"-45,9O")
    (tmp_path / "bad.ofx").write_bytes(text)
    with pytest.raises(ImportFailed) as info:
        read_ofx(tmp_path / "bad.ofx")
    assert "bad.ofx, ligne 56" in str(info.value)
    assert "Rien n'a été importé" in str(info.value)


def test_an_operation_left_open_is_not_silently_swallowed(tmp_path):
    # ofxtools would read the next operation as an unknown tag inside this one and skip it.
    text = (DATA / "sg_mars_2025.ofx").read_bytes().replace(b"</STMTTRN>\r\n", b"", 1)
    (tmp_path / "open.ofx").write_bytes(text)
    with pytest.raises(ImportFailed, match="open.ofx, ligne 40 : opération imbriquée"):
        read_ofx(tmp_path / "open.ofx")


def test_truncated_ofx_is_refused_with_the_file_named(tmp_path):
    (tmp_path / "cut.ofx").write_bytes((DATA / "sg_mars_2025.ofx").read_bytes()[:300])
    with pytest.raises(ValidationError, match="cut.ofx.*OFX (illisible|incomplet)"):
        read_ofx(tmp_path / "cut.ofx")


def test_qif_french_dates_and_twins():
    st = read_qif(DATA / "lcl_mars_2025.qif")
    assert [(ln.line, ln.date, ln.amount, ln.label) for ln in st.lines] == [
        (2, dt.date(2025, 3, 3), Money(-3999), "PRLV SEPA FREE MOBILE FM-123456"),
        (7, dt.date(2025, 3, 14), Money(14000), "REMISE CHEQUES"),
        (12, dt.date(2025, 3, 20), Money(-500), "BOULANGERIE DU MARCHE"),
        (16, dt.date(2025, 3, 20), Money(-500), "BOULANGERIE DU MARCHE"),
        (20, dt.date(2025, 3, 28), Money(-950), "FRAIS TENUE DE COMPTE"),
    ]
    assert st.lines[1].reference == "0001234"


def test_qif_year_first_dates_unpadded_or_impossible(tmp_path):
    (tmp_path / "ymd.qif").write_text("!Type:Bank\nD2025/3/4\nT-12.50\nPBOULANGERIE\n^\n")
    assert read_qif(tmp_path / "ymd.qif").lines[0].date == dt.date(2025, 3, 4)
    (tmp_path / "bad.qif").write_text("!Type:Bank\nD2025-02-30\nT-12.50\nPBOULANGERIE\n^\n")
    with pytest.raises((ImportFailed, ValidationError)) as err:
        read_qif(tmp_path / "bad.qif")
    assert "bad.qif" in str(err.value)


def test_qif_american_dates(tmp_path):
    (tmp_path / "us.qif").write_text("!Type:Bank\nD3/14'25\nT1,500.00\nPGrant\n^\n"
                                     "D3/2'25\nT-12.50\nPStamps\n^\n")
    st = read_qif(tmp_path / "us.qif")
    assert [(ln.date, ln.amount) for ln in st.lines] == [
        (dt.date(2025, 3, 14), Money(150000)), (dt.date(2025, 3, 2), Money(-1250))]
    (tmp_path / "us2.qif").write_text("!Type:Bank\nD03/14/2025\nT-1\nPA\n^\n")
    assert read_qif(tmp_path / "us2.qif").lines[0].date == dt.date(2025, 3, 14)


def test_qif_ambiguous_dates_are_refused_not_guessed(tmp_path):
    # 1 February then 2 March, or 2 January then 3 February: both read, both in order.
    (tmp_path / "amb.qif").write_text("!Type:Bank\nD01/02/2025\nT-1\nPA\n^\n"
                                      "D02/03/2025\nT-2\nPB\n^\n")
    with pytest.raises(ValidationError, match="amb.qif.*dates ambiguës"):
        read_qif(tmp_path / "amb.qif")
    # Out of order one way, in order the other: the order decides (4 March, 3 April, 5 April).
    (tmp_path / "ord.qif").write_text("!Type:Bank\nD04/03/2025\nT-1\nPA\n^\n"
                                      "D03/04/2025\nT-2\nPB\n^\nD05/04/2025\nT-3\nPC\n^\n")
    assert read_qif(tmp_path / "ord.qif").lines[1].date == dt.date(2025, 4, 3)


def test_qif_problems_name_their_lines(tmp_path):
    (tmp_path / "bad.qif").write_text("!Type:Bank\nD03/03/2025\nT-1,00\nPA\n^\n"
                                      "D32/03/2025\nT-2\nPB\n^\nD05/03/2025\nTabc\nPC\n^\n"
                                      "D06/03/2025\nPD\n^\n")
    with pytest.raises(ImportFailed) as info:
        read_qif(tmp_path / "bad.qif")
    message = str(info.value)
    assert "bad.qif, ligne 6, champ D" in message and "32/03/2025" in message
    assert "bad.qif, ligne 11, champ T" in message
    assert "bad.qif, ligne 14, champ T" in message and "sans montant" in message


def test_qif_investment_section_is_refused(tmp_path):
    (tmp_path / "inv.qif").write_text("!Type:Invst\nD03/03/2025\nT-1\n^\n")
    with pytest.raises(ValidationError, match="inv.qif, ligne 1.*!Type:Bank"):
        read_qif(tmp_path / "inv.qif")


def test_presets_read_files_laid_out_like_them():
    ca = read_mapped(DATA / "ca_mars_2025.csv", preset_named("credit-agricole").mapping)
    assert len(ca.lines) == 7 and ca.lines[0].amount == Money(-3999)
    cm = read_mapped(DATA / "cm_mars_2025.csv", preset_named("credit-mutuel").mapping)
    assert [ln.value_date for ln in cm.lines][1] == dt.date(2025, 3, 7)
    lbp = read_mapped(DATA / "lbp_mars_2025.csv", preset_named("banque-postale").mapping)
    assert sum(ln.amount.cents for ln in lbp.lines) == -8455
    assert len({p.name for p in PRESETS}) == len(PRESETS) >= 6


def test_a_preset_that_does_not_fit_says_so():
    with pytest.raises(ValidationError, match="Montant de l'opération.*introuvables"):
        read_mapped(DATA / "ca_mars_2025.csv", preset_named("societe-generale").mapping)
    with pytest.raises(ValidationError, match="credit-agricole"):
        preset_named("ma-banque")


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.sampled_from(
    ["D03/03/2025", "D3/14'25", "D31/02/2025", "D", "T-12,50", "T1,500.00", "Tabc", "T", "T0",
     "PBoulangerie", "M", "N12", "^", "", "LDivers", "!Type:Bank", "U-3", "D2025-03-04",
     "D12/11/2025"]), max_size=20))
def test_any_qif_reads_or_says_why(tmp_path, body):
    path = tmp_path / "fuzz.qif"
    path.write_text("!Type:Bank\n" + "\n".join(body) + "\n")
    try:
        st_ = read_qif(path)
    except (ImportFailed, ValidationError) as exc:
        assert "fuzz.qif" in str(exc)
        return
    assert st_.lines and all(ln.amount for ln in st_.lines)


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 1400), junk=st.sampled_from([b"", b"<", b"</STMTTRN>", b"\xff\xfe",
                                                       b"<TRNAMT>x", b"<DTPOSTED>2025"]))
def test_any_damaged_ofx_is_refused_with_its_name(tmp_path, cut, junk):
    data = (DATA / "sg_mars_2025.ofx").read_bytes()
    path = tmp_path / "fuzz.ofx"
    path.write_bytes(data[:cut] + junk + data[cut:])
    try:
        read_ofx(path)
    except (ImportFailed, ValidationError) as exc:
        assert "fuzz.ofx" in str(exc)


def test_qif_naming_its_account_first_as_quicken_writes_it(tmp_path):
    (tmp_path / "acc.qif").write_text("!Account\nNCompte courant\nTBank\n^\n!Type:Bank\n"
                                      "D14/03/2025\nT-12.50\nPBOULANGERIE\n^\n")
    st = read_qif(tmp_path / "acc.qif")
    assert [(ln.date, ln.amount, ln.label) for ln in st.lines] == [
        (dt.date(2025, 3, 14), Money(-1250), "BOULANGERIE")]
