"""Reading FEC files as other tools write them, one line at a time.

Handles tab or ``|`` separators, UTF-8 with or without BOM, ISO-8859-15 and cp1252,
``Debit``/``Credit`` or ``Montant``/``Sens`` columns, trailing empty fields, and reports every
problem with the file name, the line number and the field.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, NamedTuple

from ..domain.errors import ImportFailed, ValidationError
from ..domain.plural import agree
from ..text import NUL_MESSAGE, clean_text, has_unwritable, nul_line
from .format import parse_amount, parse_date

REQUIRED = ("JournalCode", "EcritureNum", "EcritureDate", "CompteNum", "EcritureLib")
OPTIONAL = ("JournalLib", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
            "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise")


class FecLine(NamedTuple):
    lineno: int
    journal: str
    journal_lib: str
    num: str
    date: str  # ISO
    account: str
    account_lib: str
    aux: str
    aux_lib: str
    piece_ref: str
    piece_date: str | None
    label: str
    debit: int
    credit: int
    letter: str
    letter_date: str | None
    valid_date: str | None
    currency_amount: int | None
    currency_code: str


@dataclass(frozen=True)
class FileFacts:
    encoding: str
    sha256: str
    size: int


_C1 = re.compile(rb"[\x80-\x9f]")  # printable in cp1252, control codes in ISO-8859-15
_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")  # bytes cp1252 leaves undefined


def sniff(path: Path, chunk: int = 1 << 20) -> FileFacts:
    """Encoding and checksum in one streaming pass (the file may be hundreds of MB)."""
    digest = hashlib.sha256()
    utf8 = codecs.getincrementaldecoder("utf-8")()
    utf8_ok = True
    size = 0
    head = b""
    with open(path, "rb") as fh:
        while True:
            block = fh.read(chunk)
            if not block:
                break
            if not size:
                head = block[:4]
            size += len(block)
            digest.update(block)
            if utf8_ok:
                try:
                    utf8.decode(block)
                except UnicodeDecodeError:
                    utf8_ok = False
    if utf8_ok:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            utf8_ok = False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"  # some Windows tools save "Unicode" text files
    elif utf8_ok:
        encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    else:
        c1, holes = _c1_bytes(path, chunk)
        encoding = "cp1252" if c1 and not holes else "iso-8859-15"
        _refuse_mixed(path)
    return FileFacts(encoding, digest.hexdigest(), size)


_UTF8_PAIR = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
#: The other lines' bytes blur which of the two it is: both are named.
_LEGACY = "ANSI (Windows-1252 ou ISO-8859-15)"


def _refuse_mixed(path: Path) -> None:
    """ImportFailed when a file that is not UTF-8 has UTF-8 lines too (two files pasted
    together, a line edited in another editor): read in one encoding, the other lines would
    be garbled (« RÃ©ception »). Names the first line in the file's less used encoding."""
    with open(path, "rb") as fh:
        if not any(_UTF8_PAIR.search(block) for block in iter(lambda: fh.read(1 << 20), b"")):
            return  # the usual cp1252 file: no UTF-8 sequence anywhere
        fh.seek(0)
        first = {"utf-8": 0, "legacy": 0}
        count = {"utf-8": 0, "legacy": 0}
        for lineno, raw in enumerate(fh, start=1):
            if raw.isascii():
                continue
            try:
                raw.decode("utf-8")
                kind = "utf-8"
            except UnicodeDecodeError:
                kind = "legacy"
            count[kind] += 1
            first[kind] = first[kind] or lineno
    if not (count["utf-8"] and count["legacy"]):
        return
    if count["utf-8"] <= count["legacy"]:
        line, other, main = first["utf-8"], "UTF-8", _LEGACY
    else:
        line, other, main = first["legacy"], _LEGACY, "UTF-8"
    raise ImportFailed([ValidationError(
        f"le fichier mélange deux encodages : la ligne {line} est en {other}, d'autres en "
        f"{main} ; lu ainsi, ses accents seraient faussés. Enregistrez tout le fichier dans "
        "un seul encodage (UTF-8 de préférence) puis importez-le à nouveau",
        file=path.name, line=line)])


def _c1_bytes(path: Path, chunk: int) -> tuple[bool, bool]:
    """Whether the file holds bytes 0x80–0x9f, and bytes cp1252 leaves undefined. A second
    pass, only for files that are not UTF-8: scanning every block of the usual UTF-8 file
    with these expressions took longer than its checksum and decoding together."""
    c1 = holes = False
    with open(path, "rb") as fh:
        while not holes:
            block = fh.read(chunk)
            if not block:
                break
            c1 = c1 or _C1.search(block) is not None
            holes = _CP1252_HOLES.search(block) is not None
    return c1, holes


class FecReader:
    """Iterate a FEC file's lines as :class:`FecLine`, collecting problems instead of stopping."""

    def __init__(self, path: Path, facts: FileFacts | None = None) -> None:
        self.path = Path(path)
        self.name = self.path.name
        self.facts = facts or sniff(self.path)
        self.problems: list[ValidationError] = []
        self.separator = "\t"
        self._date_cache: dict[str, str] = {}

    def problem(self, message: str, line: int | None = None, field: str | None = None) -> None:
        self.problems.append(ValidationError(message, file=self.name, line=line, field=field))

    def _date(self, text: str, lineno: int, field: str, required: bool) -> str | None:
        iso = self._date_cache.get(text)
        if iso is not None:
            return iso
        if not text.strip():
            if required:
                self.problem("date manquante", lineno, field)
            return None
        try:
            iso = parse_date(text).isoformat()
        except ValidationError as exc:
            self.problem(exc.message, lineno, field)
            return None
        self._date_cache[text] = iso
        return iso

    def _amount(self, text: str, lineno: int, field: str) -> int:
        try:
            return parse_amount(text)
        except ValidationError as exc:
            self.problem(exc.message, lineno, field)
            return 0

    def __iter__(self) -> Iterator[FecLine]:
        with open(self.path, encoding=self.facts.encoding, newline="") as fh:
            if not self.read_header(fh.readline().rstrip("\r\n")):
                return
            parse = self.parse_line
            for lineno, raw in enumerate(fh, start=2):
                raw = self._text_only(raw, lineno)
                if raw is None:
                    return
                line = parse(raw.rstrip("\r\n"), lineno)
                if line is not None:
                    yield line

    def text_chunks(self, size: int = 1 << 22) -> Iterator[tuple[int, str, int]]:
        """The lines after the header, a few megabytes at a time: (number of the first line,
        text, number of lines). Every line of the text ends with ``\n``: lines end as in
        :meth:`__iter__` (\n, \r\n or a lone \r), and a last line without an end gets one.
        The header is read first (see :meth:`read_header`); nothing is yielded if it is bad.
        Text rather than a list of lines: the fast path splits a chunk's fields in one go."""
        decoder = codecs.getincrementaldecoder(self.facts.encoding)()
        pending = ""
        lineno = 1
        header_done = False
        with open(self.path, "rb") as fh:
            while True:
                data = fh.read(size)
                try:
                    text = pending + decoder.decode(data, final=not data)
                except UnicodeDecodeError as exc:
                    line = lineno + pending.count("\n") + data[:max(exc.start, 0)].count(b"\n")
                    self.problem(f"octets illisibles dans l'encodage {self.facts.encoding} "
                                 "(enregistrez le fichier en UTF-8)", line)
                    return
                if data:
                    # Cut after the last complete line: a final \r may be half of a \r\n.
                    cut = max(text.rfind("\n"), text.rfind("\r", 0, len(text) - 1)) + 1
                    text, pending = text[:cut], text[cut:]
                elif not text:
                    if not header_done:
                        self.read_header("")
                    return
                if "\r" in text:
                    text = text.replace("\r\n", "\n")
                    if "\r" in text:
                        text = text.replace("\r", "\n")
                if not data and not text.endswith("\n"):
                    text += "\n"
                text = self._text_only(text, lineno)
                if text is None:
                    return
                if not header_done:
                    if not text:
                        continue
                    header_done = True
                    cut = text.index("\n")
                    if not self.read_header(text[:cut]):
                        return
                    text = text[cut + 1:]
                    lineno = 2
                if self.separator != "\t" and "\t" in text:
                    text = text.replace("\t", " ")  # a tab in a field of a « | » file
                if text:
                    count = text.count("\n")
                    yield lineno, text, count
                    lineno += count
                if not data:
                    return

    def _text_only(self, text: str, lineno: int) -> str | None:
        """``text`` (lines from ``lineno`` on) with its control characters made spaces, as
        every text the book takes (text.clean_text); None, after noting a problem, if it
        holds a NUL: no text file does, the file is binary or not in the encoding read.
        Both import paths (exact and fast, see batches.py) read the text made here."""
        if "\x00" in text:
            self.problem(NUL_MESSAGE, lineno + nul_line(text) - 1)
            return None
        return clean_text(text, lines=True) if has_unwritable(text) else text

    def text_blocks(self, size: int = 1 << 22) -> Iterator[tuple[int, list[str]]]:
        """As :meth:`text_chunks`, each chunk as a list of lines without their end."""
        for lineno, text, _count in self.text_chunks(size):
            lines = text.split("\n")
            lines.pop()
            yield lineno, lines

    def read_header(self, header: str) -> bool:
        """Read the column names; False (and a problem on line 1) if the file cannot be read."""
        if not header.strip():
            self.problem("fichier vide : la première ligne doit nommer les colonnes du FEC", 1)
            return False
        self.separator = "\t" if "\t" in header else "|" if "|" in header else None
        if self.separator is None:
            self.problem("séparateur introuvable : un FEC sépare ses colonnes par une "
                         "tabulation ou par « | »", 1)
            return False
        names = [h.strip().lstrip("\ufeff") for h in header.split(self.separator)]
        while names and not names[-1]:
            names.pop()
        index = {n.lower(): i for i, n in enumerate(names)}
        missing = [f for f in REQUIRED if f.lower() not in index]
        self.has_dc = "debit" in index and "credit" in index
        has_ms = "montant" in index and "sens" in index
        if not (self.has_dc or has_ms):
            missing.append("Debit/Credit (ou Montant/Sens)")
        if missing:
            self.problem(agree(len(missing), "colonne absente", "colonnes absentes")
                         + " de l'en-tête : " + ", ".join(missing), 1)
            return False
        self.width = len(names)
        # Absent optional columns read the empty field appended to every row (index width).
        self.col = {f: index.get(f.lower(), self.width) for f in REQUIRED + OPTIONAL}
        self.i_d, self.i_c = index.get("debit"), index.get("credit")
        self.i_m, self.i_s = index.get("montant"), index.get("sens")
        self.labels = names + [""]
        return True

    def parse_line(self, line: str, lineno: int) -> FecLine | None:
        """One line (without its end) as a :class:`FecLine`, or None after noting a problem
        (or for a blank line)."""
        col = self.col
        i_jc, i_num, i_date, i_acc, i_lib = (col[f] for f in REQUIRED)
        (i_jl, i_al, i_aux, i_auxl, i_pr, i_pd, i_let, i_dlet, i_vd, i_md,
         i_dev) = (col[f] for f in OPTIONAL)
        i_d, i_c, i_m, i_s = self.i_d, self.i_c, self.i_m, self.i_s
        has_dc, width, label, dates = self.has_dc, self.width, self.labels, self._date_cache
        fields = line.split(self.separator)
        if len(fields) != width:
            if not line.strip():
                return None
            if len(fields) > width and not any(f.strip() for f in fields[width:]):
                del fields[width:]
            else:
                self.problem(f"{len(fields)} colonnes au lieu de {width} (un libellé "
                             "contient-il le séparateur ?)", lineno)
                return None
        fields.append("")
        column = i_d if has_dc else i_m
        try:
            if has_dc:
                debit = fast_amount(fields[i_d])
                column = i_c
                credit = fast_amount(fields[i_c])
            else:
                debit, credit = self._sens(fields, i_m, i_s, lineno, label)
        except ValidationError as exc:
            self.problem(exc.message, lineno, exc.field or label[column])
            return None
        if debit < 0 or credit < 0:
            # A negative amount is the same movement on the other side.
            debit, credit = max(debit, 0) - min(credit, 0), max(credit, 0) - min(debit, 0)
        if debit and credit:
            self.problem("la ligne a un débit et un crédit : une ligne porte l'un ou "
                         "l'autre", lineno, label[i_d if has_dc else i_m])
            return None
        account = fields[i_acc].strip()
        if not account:
            self.problem("numéro de compte vide", lineno, label[i_acc])
            return None
        date = dates.get(fields[i_date]) or self._date(fields[i_date], lineno,
                                                       label[i_date], True)
        if date is None:
            return None
        piece_date = fields[i_pd]
        valid_date = fields[i_vd]
        let_date = fields[i_dlet]
        md = fields[i_md].strip()
        return FecLine(
            lineno, fields[i_jc].strip(), fields[i_jl].strip(), fields[i_num].strip(),
            date, account, fields[i_al].strip(), fields[i_aux].strip(),
            fields[i_auxl].strip(), fields[i_pr].strip(),
            (dates.get(piece_date) or self._date(piece_date, lineno, label[i_pd], False))
            if piece_date else None,
            fields[i_lib].strip(), debit, credit, fields[i_let].strip(),
            (dates.get(let_date) or self._date(let_date, lineno, label[i_dlet], False))
            if let_date else None,
            (dates.get(valid_date) or self._date(valid_date, lineno, label[i_vd], False))
            if valid_date else None,
            self._amount(md, lineno, label[i_md]) if md else None,
            fields[i_dev].strip(),
        )

    def _sens(self, fields: list[str], i_m: int, i_s: int, lineno: int,
              label: list[str]) -> tuple[int, int]:
        amount = fast_amount(fields[i_m])
        sens = fields[i_s].strip().upper()
        if sens in ("D", "+1", "1", "+"):
            return amount, 0
        if sens in ("C", "-1", "-"):
            return 0, amount
        raise ValidationError(f"sens « {fields[i_s]} » : attendu D ou C (ou +1 / -1)",
                              field=label[i_s])


def fast_amount(text: str) -> int:
    """FEC amount → cents, with a fast path for the usual ``1234,56``."""
    # At most 12 digits before the comma here: larger ones go to parse_amount's cap.
    if 3 < len(text) < 16 and text[-3] == "," and text[-2:].isdigit() and text[-2:].isascii():
        whole = text[:-3]
        if whole.isdigit() and whole.isascii():
            return int(whole) * 100 + int(text[-2:])
        if whole[:1] == "-" and whole[1:].isdigit() and whole.isascii():
            return int(whole) * 100 - int(text[-2:])
    return parse_amount(text)
