"""Text as people type it and files carry it: matching names, and characters no file can hold."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower case, accents dropped, spaces collapsed: « Télécom  » → « telecom »."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# What no file we write can carry (XML 1.0 refuses them; UTF-8 cannot encode a lone
# surrogate): C0 controls but tab and line breaks, DEL, lone surrogates, U+FFFE and U+FFFF.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# The same, tab and line breaks included: a label, a name, a piece number are one line.
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _replacement(found: re.Match) -> str:
    # A control character becomes a space (« VIR\x07MAIRIE » stays two words); a character
    # that is no character at all (lone surrogate, U+FFFE, U+FFFF) becomes « � », so that
    # the reader sees something was there. Nothing is dropped silently.
    return " " if found.group() <= "\x7f" else "\ufffd"


#: The characters of _UNWRITABLE but surrogates, one by one: on megabytes of text a find for
#: each is forty times faster than the expression.
_SCAN = tuple(chr(c) for c in (*range(9), 11, 12, *range(14, 32), 127)) + ("\ufffe", "\uffff")


def has_unwritable(text: str) -> bool:
    """Whether a long text (a file's chunk, a sheet's rows) holds a character clean_text
    replaces, tab and line breaks apart. Lone surrogates are not looked for: no decoder
    makes one, and encoding the text to UTF-8 finds them."""
    return any(c in text for c in _SCAN)


def clean_text(text: str, *, lines: bool = False) -> str:
    """Text as the book keeps and the writers write it: control characters (tab and line
    breaks too, unless ``lines``) become spaces, lone surrogates, U+FFFE and U+FFFF « � »."""
    pattern = _UNWRITABLE if lines else _NOT_ONE_LINE
    if pattern.search(text) is None:
        return text
    return pattern.sub(_replacement, text)


def nul_line(text: str | bytes) -> int | None:
    """The 1-based line of the first NUL character, or None. A text file never holds one:
    a NUL is the sign of a binary file, or of a UTF-16 file read as another encoding."""
    nul, end = ("\x00", "\n") if isinstance(text, str) else (b"\x00", b"\n")
    at = text.find(nul)
    return None if at < 0 else text.count(end, 0, at) + 1


NUL_MESSAGE = ("caractère nul (octet 0x00) : ce n'est pas un fichier texte (fichier binaire, "
               "abîmé, ou enregistré en UTF-16) ; vérifiez que c'est le bon fichier, ou "
               "réenregistrez-le en UTF-8")


def refuse_nul(text: str | bytes, file: str) -> None:
    """Raise a ValidationError naming the file and the line if ``text`` holds a NUL."""
    line = nul_line(text)
    if line is not None:
        from .domain.errors import ValidationError
        raise ValidationError(NUL_MESSAGE, file=file, line=line)
