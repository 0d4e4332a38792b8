"""Amounts written out in French words, as a donation receipt states them ("somme en toutes
lettres"). Traditional spelling: hyphens below a hundred, "et" in 21, 31… 71, plural
"quatre-vingts" and "deux cents" only when nothing follows (and never before "mille")."""

from __future__ import annotations

from .money import Money

_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_100(n: int, final: bool) -> str:
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…: the units count on from ten
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = 10 + unit
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{_below_100(rest, True)}"
    if tens == 8:
        return ("quatre-vingts" if final else "quatre-vingt") if unit == 0 \
            else f"quatre-vingt-{_UNITS[unit]}"
    word = _TENS[tens]
    if unit == 0:
        return word
    if unit == 1:
        return f"{word} et un"
    return f"{word}-{_UNITS[unit]}"


def _below_1000(n: int, final: bool = True) -> str:
    """``final``: nothing follows but a noun (euros, millions), so 80 and 200 take their s."""
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest, final)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if rest == 0:
        return head + ("s" if hundreds > 1 and final else "")
    return f"{head} {_below_100(rest, final)}"


def nombre_en_lettres(n: int) -> str:
    """A whole number ≥ 0 in French words ("deux cent mille", "un million trois")."""
    if n < 0:
        raise ValueError("nombre négatif")
    if n == 0:
        return "zéro"
    parts = []
    for size, singular in ((10**9, "milliard"), (10**6, "million")):
        count, n = divmod(n, size)
        if count:
            parts.append(f"{nombre_en_lettres(count)} {singular}{'s' if count > 1 else ''}")
    thousands, n = divmod(n, 1000)
    if thousands:
        # "mille" is invariable and takes no "un"; before it 80 and 200 lose their s.
        parts.append("mille" if thousands == 1 else f"{_below_1000(thousands, False)} mille")
    if n:
        parts.append(_below_1000(n))
    return " ".join(parts)


def en_lettres(amount: Money) -> str:
    """``Money(12345)`` → "cent vingt-trois euros et quarante-cinq centimes"."""
    cents = amount.cents
    sign = "moins " if cents < 0 else ""
    euros, cents = divmod(abs(cents), 100)
    words = []
    if euros or not cents:
        text = nombre_en_lettres(euros)
        # "un million d'euros": a round million is a noun followed by "de".
        if euros and euros % 1_000_000 == 0:
            text += " d'euros"
        else:
            text += " euro" if euros <= 1 else " euros"
        words.append(text)
    if cents:
        words.append(f"{nombre_en_lettres(cents)} centime{'s' if cents > 1 else ''}")
    return sign + " et ".join(words)
