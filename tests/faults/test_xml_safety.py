"""XML from outside is read safely: entity bombs and DTDs in OFX are refused at once, and
openpyxl reads workbooks through defusedxml."""

import time
import zipfile

import openpyxl
import pytest

from assocompta.bank.ofx_statement import read_ofx
from assocompta.domain.errors import ValidationError
from assocompta.services.bank_import import import_statement

LAUGHS = ('<!DOCTYPE OFX [<!ENTITY lol0 "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10))
          + "]>")
OFX_V2 = """<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
{doctype}
<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID>
<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
<STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><BANKID>1</BANKID><ACCTID>2</ACCTID>
<ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><DTSTART>20250101</DTSTART><DTEND>20250131</DTEND>
<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20250105</DTPOSTED><TRNAMT>-10.00</TRNAMT>
<FITID>1</FITID><NAME>{name}</NAME></STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


@pytest.mark.parametrize("doctype, name", [
    (LAUGHS, "&lol9;"),
    ('<!DOCTYPE OFX [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
    ('<!DOCTYPE OFX SYSTEM "http://example.invalid/ofx.dtd">', "Boulangerie"),
])
def test_ofx_with_a_dtd_is_refused_at_once_and_writes_nothing(book, tmp_path, doctype, name):
    path = tmp_path / "bombe.ofx"
    path.write_text(OFX_V2.format(doctype=doctype, name=name), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ValidationError) as err:
        read_ofx(path)
    assert time.perf_counter() - started < 1
    assert "bombe.ofx" in str(err.value) and "<!DOCTYPE>" in str(err.value)
    with pytest.raises(ValidationError):
        import_statement(book, "512", path)
    assert book.scalar("SELECT count(*) FROM bank_line") == 0


def test_the_same_ofx_without_its_dtd_reads(tmp_path):
    path = tmp_path / "ok.ofx"
    path.write_text(OFX_V2.format(doctype="", name="Boulangerie"), encoding="utf-8")
    [line] = read_ofx(path).lines
    assert (line.label, line.amount.cents) == ("Boulangerie", -1000)


def test_openpyxl_reads_workbooks_through_defusedxml(tmp_path):
    assert openpyxl.xml.DEFUSEDXML, "defusedxml must be installed (pyproject dependency)"
    # A workbook whose sheet holds an entity bomb: refused, quickly, instead of expanded.
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "x"
    wb.save(good)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                at = text.index("?>") + 2 if text.startswith("<?xml") else 0
                data = (text[:at] + LAUGHS.replace("OFX", "worksheet") + text[at:]).encode()
            dst.writestr(item, data)
    started = time.perf_counter()
    with pytest.raises(Exception) as err:
        openpyxl.load_workbook(bomb)
    assert time.perf_counter() - started < 2
    chain, exc = [], err.value
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__cause__ or exc.__context__
    assert "EntitiesForbidden" in chain
