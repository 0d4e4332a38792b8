"""Bank labels reduced to what stays the same from one month to the next."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold

# Words every bank puts around the name that matters; a rule made from a label drops them.
NOISE = frozenset((
    "prlv", "sepa", "vir", "virement", "recu", "emis", "prelevement", "prel", "cb", "carte",
    "paiement", "facture", "fact", "ech", "echeance", "remise", "chq", "cheque", "cheques",
    "de", "du", "des", "la", "le", "les", "au", "aux", "et", "en", "par", "pour", "sur", "ref",
    "no", "num", "inst", "instantane", "web", "internet"))
_PUNCT = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 16)  # a book repeats its labels: "Frais de tenue de compte" × 12
def label_key(label: str) -> str:
    """The label folded, without digits, dates, card numbers or references.

    « CB BUREAU VALLEE 11/03 CARTE X1234 » and « CB BUREAU VALLEE 02/04 CARTE X1234 » share
    the key « cb bureau vallee carte ».
    """
    words = _PUNCT.sub(" ", fold(label).replace("/", " ")).split()
    return " ".join(w for w in words if not any(c.isdigit() for c in w) and len(w) > 1)


def rule_pattern(label: str, words: int = 3) -> str:
    """A rule's words proposed from a label: its first distinctive words."""
    key = label_key(label).split()
    kept = [w for w in key if w not in NOISE] or key
    return " ".join(kept[:words])


def matches(pattern: str, label: str) -> bool:
    """Every word of the (folded) pattern is a word of the folded label: « CAF » does not
    catch « CAFETERIA »."""
    found = set(re.findall(r"[a-z0-9]+", fold(label)))
    words = re.findall(r"[a-z0-9]+", fold(pattern))
    return bool(words) and all(w in found for w in words)


def name_words(name: str) -> frozenset[str]:
    """The words that tell a tiers' name apart: « Anne Le Goff » → anne, goff."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(name))
                     if len(w) > 1 and w not in NOISE)


def names(name: str, label: str) -> bool:
    """Whether the label names this tiers: every word of the name, in any order, case and
    accents aside (« VIR LE GOFF ANNE » names « Anne Le Goff »; « VIR GOFF » does not)."""
    words = name_words(name)
    return bool(words) and words <= set(re.findall(r"[a-z0-9]+", fold(label)))


def duplicate_key(label: str) -> str:
    """The label without any whitespace, for telling a line already imported: before
    2026-12 a label's quoted line break was dropped (« VIR RECUMAIRIE »), now it is a space
    (« VIR RECU MAIRIE »), and both are the same line."""
    return "".join(label.split())
