"""The FEC (Fichier des Écritures Comptables, LPF art. A47 A-1): fields, numbers and dates."""

from __future__ import annotations

import datetime as dt
import re

from ..domain.errors import ValidationError
from ..domain.money import MAX_CENTS, Money

FIELDS = (
    "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
    "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
)

#: The cap on one amount (domain.money.MAX_CENTS), as the message writes it.
MAX_EUROS = "999 999 999 999,99"
_SIMPLE_AMOUNT = re.compile(r"([+-]?)([0-9]{1,15})(?:[,.]([0-9]{1,2}))?")


def parse_amount(text: str) -> int:
    """FEC amount → cents. Decimal comma, no thousands separator, sign first or last.

    A fast path for the usual ``1234,56``; anything else goes through :meth:`Money.parse`.
    """
    m = _SIMPLE_AMOUNT.fullmatch(text)
    if m:
        sign, whole, frac = m.groups()
        cents = int(whole) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
        if cents >= MAX_CENTS:
            raise too_large(text)
        return -cents if sign == "-" else cents
    if not text.strip():
        return 0
    try:
        return Money.parse(text).cents
    except ValidationError as exc:
        if "trop grand" in exc.message:
            raise too_large(text) from None
        raise


def too_large(text: str) -> ValidationError:
    """The refusal of an amount past the cap every amount of the book is held to."""
    return ValidationError(f"montant « {text.strip()[:30]} » trop grand : un montant ne "
                           f"dépasse pas {MAX_EUROS} € ; corrigez-le dans le fichier")


def format_amount(cents: int) -> str:
    """Cents → FEC amount: ``1234,56``, ``0,00``, ``-12,50``."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole},{frac:02d}"


_DATE_FORMS = (
    (re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})"), (1, 2, 3)),
    (re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"), (1, 2, 3)),
    (re.compile(r"([0-9]{2})/([0-9]{2})/([0-9]{4})"), (3, 2, 1)),
)


def parse_date(text: str) -> dt.date:
    """FEC date (AAAAMMJJ; AAAA-MM-JJ and JJ/MM/AAAA accepted from lenient tools)."""
    text = text.strip()
    for pattern, (y, mo, d) in _DATE_FORMS:
        m = pattern.fullmatch(text)
        if m:
            try:
                return dt.date(int(m.group(y)), int(m.group(mo)), int(m.group(d)))
            except ValueError:
                break
    raise ValidationError(f"date « {text} » illisible : le FEC écrit les dates AAAAMMJJ")


def format_date(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("-", "")
    return value.strftime("%Y%m%d")


#: Said when a FEC would be named after a SIREN the book does not have.
NO_SIREN = ("ce livre n'a pas de numéro SIREN : le nom légal du FEC (<SIREN>FEC<AAAAMMJJ>.txt) "
            "ne peut pas être formé, et un faux SIREN (000000000) tromperait le contrôleur. "
            "Saisissez le SIREN dans Fichier › Identité de l'association… ou avec "
            "« assocompta identity LIVRE --siren NUMÉRO », puis relancez l'export ; ou donnez "
            "vous-même un nom de fichier (ex. -o FEC-2025.txt)")


def file_name(siren: str | None, closing: dt.date) -> str:
    """``<SIREN>FEC<AAAAMMJJ>.txt``, AAAAMMJJ being the closing date of the year."""
    if not siren:
        raise ValidationError(NO_SIREN, field="-o")
    return f"{siren}FEC{closing:%Y%m%d}.txt"


#: BOI-CF-IOR-60-40-20 § 100: CompAuxNum/CompAuxLib, « numéro/libellé de compte auxiliaire
#: (à blanc si non utilisé) ». Auxiliary accounts subdivide the PCG's collective third-party
#: accounts: 40 fournisseurs, 41 usagers, 42 personnel, 43 organismes sociaux, 44 État et
#: collectivités (441 subventions à recevoir), 45 associés, 46 débiteurs et créditeurs divers.
#: Not 47-49 (attente, régularisation, dépréciations), nor any account of another class: a
#: funder or supplier named on a 512, 6x or 7x line is analysis, not an auxiliary account.
THIRD_PARTY_PREFIXES = ("40", "41", "42", "43", "44", "45", "46")


def is_third_party(account: str) -> bool:
    return account.startswith(THIRD_PARTY_PREFIXES)
