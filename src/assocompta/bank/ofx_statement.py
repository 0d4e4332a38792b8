"""Reading an OFX statement (the "Money" export of French banks: SGML v1, or XML v2).

ofxtools does the reading: headers, the SGML without closing tags, the 1252 charset, amounts
with a decimal comma. This module turns its transactions into statement lines and names the
line of the file for each problem, which ofxtools does not.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ofxtools.models.base import Aggregate
from ofxtools.Parser import OFXTree

from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import Money
from ..text import refuse_nul
from .statement import Statement, StatementLine, clean_label, year_refused

MAX_PROBLEMS = 50
#: The book's currency: the schema allows no other (association.currency = 'EUR').
BOOK_CURRENCY = "EUR"
_CURRENCY_NAMES = {"EUR": "euros", "USD": "dollars américains", "CAD": "dollars canadiens",
                   "GBP": "livres sterling", "CHF": "francs suisses"}
_STMTTRN = re.compile(rb"<STMTTRN>", re.IGNORECASE)


def _transaction_lines(data: bytes) -> list[int]:
    """The 1-based line where each <STMTTRN> opens, in file order."""
    return [data.count(b"\n", 0, m.start()) + 1 for m in _STMTTRN.finditer(data)]


def _date(text: str | None) -> dt.date:
    # The calendar date the bank wrote: ofxtools would move "20250303000000[+1:CET]" to UTC,
    # which is the 2nd of March.
    raw = (text or "").strip()
    try:
        date = dt.date(int(raw[0:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise ValidationError(f"date « {raw} » illisible (AAAAMMJJ attendu)",
                              field="DTPOSTED") from None
    refused = year_refused(date, raw)
    if refused:
        raise ValidationError(refused, field="DTPOSTED")
    return date


def _currency_name(code: str) -> str:
    name = _CURRENCY_NAMES.get(code)
    return f"{code} ({name})" if name else code


def _foreign(code: str | None) -> str | None:
    """The currency code when it is not the book's, else None."""
    code = (code or "").strip().upper()
    return code if code and code != BOOK_CURRENCY else None


def _refuse_statement_currency(statements: list, name: str) -> None:
    for st in statements:
        code = _foreign(st.findtext("CURDEF"))
        if code:
            raise ValidationError(
                f"relevé en {_currency_name(code)} (CURDEF) : le livre tient ses comptes en "
                f"{_currency_name(BOOK_CURRENCY)} et ne convertit pas ; n'importez que les "
                "relevés d'un compte en euros", file=name)


def _amount(value) -> Money:
    try:
        return Money.from_decimal(Decimal(value))
    except (InvalidOperation, TypeError):
        raise ValidationError(f"montant « {value} » illisible", field="TRNAMT") from None


def read_ofx(path: Path | str) -> Statement:
    """Every operation of the OFX file, or ImportFailed naming the line of each problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=path.name) from None
    refuse_nul(data, path.name)
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        # No bank's OFX declares a DTD or entities; a file that does is refused before any
        # parser sees it (entity bombs, outside files).
        raise ValidationError("fichier OFX refusé : il contient des déclarations XML "
                              "(<!DOCTYPE>, <!ENTITY>) qu'aucune banque n'écrit ; "
                              "réexportez le relevé depuis le site de la banque",
                              file=path.name)
    if b"</OFX>" not in data.upper():
        raise ValidationError("fichier OFX incomplet (il manque la fin, </OFX>) : "
                              "réexportez le relevé", file=path.name)
    tree = OFXTree()
    try:
        with path.open("rb") as f:
            tree.parse(f)
    except Exception as exc:  # noqa: BLE001 - ofxtools raises many kinds for one bad file
        raise ValidationError(f"fichier OFX illisible ({type(exc).__name__}: {exc}) ; "
                              "réexportez le relevé depuis le site de la banque",
                              file=path.name) from None
    root = tree.getroot()
    statements = [el for el in root.iter() if el.tag in ("STMTRS", "CCSTMTRS")]
    accounts = [st.findtext(".//ACCTID") or "?" for st in statements
                if st.find(".//STMTTRN") is not None]
    if len(accounts) > 1:
        raise ValidationError(f"le fichier contient les opérations de plusieurs comptes "
                              f"({', '.join(accounts)}) : exportez un compte à la fois",
                              file=path.name)
    _refuse_statement_currency(statements, path.name)
    at_lines = _transaction_lines(data)
    lines: list[StatementLine] = []
    problems: list[ValidationError] = []
    for i, el in enumerate(root.iter("STMTTRN")):
        n = at_lines[i] if i < len(at_lines) else 1
        try:
            # CURRENCY: this operation's amounts are in another currency. (ORIGCURRENCY only
            # says where a converted amount came from: a card payment abroad, in euros.)
            code = _foreign(el.findtext("CURRENCY/CURSYM"))
            if code:
                raise ValidationError(f"opération en {_currency_name(code)} : le livre tient "
                                      f"ses comptes en {_currency_name(BOOK_CURRENCY)} ; "
                                      "saisissez-la à la main, convertie en euros",
                                      field="CURRENCY")
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    tx = Aggregate.from_etree(el)
            except Exception as exc:  # noqa: BLE001 - ofxtools' type errors, all kinds
                raise ValidationError(f"opération illisible ({exc})") from None
            # Banks add tags of their own, which may go; an operation inside another may not.
            if any("STMTTRN" in str(w.message) for w in caught):
                raise ValidationError("opération imbriquée dans une autre (balise </STMTTRN> "
                                      "manquante ?)")
            date = _date(el.findtext("DTPOSTED"))
            amount = _amount(tx.trnamt)
            if not amount:
                raise ValidationError("montant nul", field="TRNAMT")
            name, memo = clean_label(tx.name or ""), clean_label(tx.memo or "")
            # Banks cut NAME at 32 characters and put the rest, or the detail, in MEMO.
            label = name if not memo or memo in name else f"{name} {memo}".strip()
            if not label:
                label = clean_label(tx.payee.name) if getattr(tx, "payee", None) else ""
            reference = tx.checknum or tx.fitid or ""
            lines.append(StatementLine(n, date, amount, label or "(sans libellé)",
                                       reference=str(reference)))
        except ValidationError as exc:
            if len(problems) < MAX_PROBLEMS:
                problems.append(exc.located(file=path.name, line=n))
    if problems:
        raise ImportFailed(problems)
    if not lines:
        raise ValidationError("aucune opération dans ce relevé OFX", file=path.name)
    return Statement(tuple(lines), "ofx", accounts[0] if accounts else "")
