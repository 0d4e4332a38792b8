"""Donors and members from a spreadsheet, and back.

An association keeps its donors and members in a spreadsheet (CSV or XLSX): one row a person
or a company, columns named as people name them (« Nom », « Prénom », « CP », « Ville »,
« Courriel », « Cotisation »…). :func:`import_tiers` reads such a file, columns found by their
names (accents, case, spaces and punctuation aside), and writes every row in one transaction,
or nothing: each bad line is named (file, line, column) with what to do.

A row is the tiers of the same code, or else of the same name and postcode, updated (its
non-empty cells replace what the book has, empty cells keep it); otherwise a new tiers, coded
from its name (:func:`parties.code_base`). With an exercice (``--year``), each row is made a
member of it, with its cotisation when the file has the column (a « Membre » column saying
« non » keeps a row out).

:func:`export_tiers` writes the book's tiers with the same columns, so a file exported,
completed in a spreadsheet and imported again updates the same tiers.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from ..domain.errors import ImportFailed, ValidationError
from ..domain.money import ZERO, Money
from ..domain.parties import (TiersDetails, TiersKind, TiersNature, person_name,
                               split_address)
from ..reports.safety import FORMULA_STARTS
from ..storage.db import Book
from ..storage.orm import Membership, Tiers
from ..text import clean_text, fold, refuse_nul
from .ledger import year_by_label
from .parties import (check_code, clean_details, code_base, free_code, row_of, store_details,
                      tiers_rows)

#: field → the column names that mean it (folded: lower case, no accents, punctuation as
#: spaces). The first column of a field wins; a column no field knows is left aside (said).
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("code", "code tiers", "reference", "ref", "identifiant", "n adherent",
             "numero adherent", "numero d adherent", "no adherent"),
    "name": ("nom complet", "nom affiche", "nom et prenom", "prenom et nom", "donateur"),
    "last_name": ("nom", "nom de famille", "nom d usage"),
    "first_name": ("prenom", "prenoms"),
    "civility": ("civilite", "civ", "titre"),
    "company": ("raison sociale", "entreprise", "societe", "denomination", "organisme",
                "structure"),
    "address": ("adresse", "adresse 1", "adresse ligne 1", "rue", "voie", "numero et rue"),
    "address2": ("adresse 2", "adresse ligne 2", "complement d adresse", "complement adresse",
                 "complement", "adresse suite"),
    "postcode": ("code postal", "cp", "c p", "code post"),
    "city": ("ville", "commune", "localite"),
    "country": ("pays",),
    "email": ("e mail", "email", "courriel", "mail", "adresse e mail", "adresse mail",
              "adresse email", "adresse electronique", "mel"),
    "phone": ("telephone", "tel", "portable", "mobile", "telephone portable", "tel portable",
              "telephone fixe"),
    "siren": ("siren", "n siren", "numero siren", "no siren"),
    "legal_form": ("forme juridique", "statut juridique"),
    "year_end": ("fin d exercice", "cloture", "date de cloture", "cloture de l exercice"),
    "nature": ("type", "nature", "type de tiers", "type de donateur", "categorie"),
    "fee": ("cotisation", "montant", "montant cotisation", "montant de la cotisation",
            "cotisation annuelle"),
    "joined_on": ("adhesion", "date d adhesion", "date adhesion", "date d inscription",
                  "inscription", "adherent depuis", "membre depuis"),
    "member": ("membre", "adherent"),
}

#: how a field is named in messages when the file has no column of that name
LABELS = {"code": "Code", "name": "Nom", "last_name": "Nom", "first_name": "Prénom",
          "civility": "Civilité", "company": "Raison sociale", "address": "Adresse",
          "postcode": "Code postal", "city": "Ville", "country": "Pays", "email": "E-mail",
          "phone": "Téléphone", "siren": "SIREN", "legal_form": "Forme juridique",
          "year_end": "Fin d'exercice", "nature": "Nature", "fee": "Cotisation",
          "joined_on": "Date d'adhésion", "member": "Membre"}

#: the field a domain check names (ValidationError.field) → the import's field
_CHECKED = {"SIREN": "siren", "e-mail": "email", "code postal": "postcode",
            "fin d'exercice": "year_end", "civilité": "civility", "nature": "nature"}

_YES = {"oui", "o", "x", "1", "yes", "y", "vrai", "true", "membre", "adherent", "a jour"}
_NO = {"non", "n", "0", "no", "faux", "false", "-", "ancien", "ancienne"}

#: problems listed before « … et N autres »
MAX_PROBLEMS = 30


@dataclass(frozen=True)
class ImportResult:
    file: str
    created: tuple[str, ...]  # codes
    updated: tuple[str, ...]
    members: int  # memberships set in the exercice
    year: str | None
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


# -- reading the file ----------------------------------------------------------------------

def _header_key(text: str) -> str:
    """« Code Postal », « E-mail : », « N° adhérent », « Montant (€) » → their folded form."""
    text = re.sub(r"\(.*?\)", " ", fold(str(text)))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.replace("°", " ")).split())


_FIELD_OF = {name: key for key, names in COLUMNS.items() for name in names}


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, text in enumerate(header):
        key = _FIELD_OF.get(_header_key(text))
        if key is not None and key not in found:
            found[key] = i
    return found


def _is_header(row: list[str]) -> bool:
    found = _columns(row)
    return bool({"name", "last_name", "company"} & set(found)) and len(found) >= 2


def _cell_text(value, key: str | None = None) -> str:
    """A spreadsheet cell as text: 35000.0 → « 35000 », a date → « 14/09/2025 »."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and key == "phone" and len(str(value)) == 9:
        return f"0{value}"  # 0612345678 typed in a cell became the number 612345678
    return str(value)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(header, [(line number, cells)]) of a CSV (« ; », « , » or tab; UTF-8 or Windows
    cp1252; BOM or not) or of the first sheet of an XLSX that has a header row."""
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"lecture impossible ({exc.strerror})", file=name) from None
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return _xlsx_table(path)
    if path.suffix.lower() in (".xls", ".ods"):
        raise ValidationError("enregistrez le classeur au format .xlsx ou .csv (Fichier › "
                              "Enregistrer sous…), puis importez ce fichier", file=name)
    text = _decode(data)
    refuse_nul(text, name)
    from ..domain.csv_rows import read_rows
    best = None
    for delimiter in (";", "\t", ","):
        rows = read_rows(text, delimiter, name)
        for i, row in enumerate(rows[:30]):
            if _is_header(row):
                score = len(_columns(row))
                if best is None or score > best[0]:
                    best = (score, rows, i)
                break
    if best is None:
        raise ValidationError(_NO_HEADER, file=name)
    _, rows, at = best
    return rows[at], [(rows.starts[i], row) for i, row in enumerate(rows) if i > at]


_NO_HEADER = ("aucune ligne d'en-tête reconnue : la première ligne du tableau doit nommer les "
              "colonnes, dont au moins « Nom » (ou « Raison sociale ») et une autre (Prénom, "
              "Adresse, Code postal, Ville, E-mail…)")


def _xlsx_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError(f"classeur illisible ({exc}) : enregistrez-le à nouveau en .xlsx "
                              "depuis le tableur", file=path.name) from None
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = None
            out: list[tuple[int, list[str]]] = []
            for number, values in enumerate(rows, start=1):
                if header is None:
                    texts = [_cell_text(v) for v in values]
                    if _is_header(texts):
                        header, keys = texts, _columns(texts)
                        by_column = {i: k for k, i in keys.items()}
                    elif number > 30:
                        break
                    continue
                out.append((number, [_cell_text(v, by_column.get(i))
                                     for i, v in enumerate(values)]))
            if header is not None:
                return header, out
    finally:
        wb.close()
    raise ValidationError(_NO_HEADER, file=path.name)


# -- one row -------------------------------------------------------------------------------

@dataclass
class _Row:
    line: int
    name: str
    code: str
    details: dict  # field → text given (non-empty cells only)
    fee: Money | None = None
    joined_on: dt.date | None = None
    member: bool | None = None


def _parse_row(line: int, cells: dict[str, str], where) -> _Row:
    """A file row as what it says; raises ValidationError (line and column filled in)."""
    def get(key: str) -> str:
        return " ".join(clean_text(cells.get(key, "")).split())

    code = get("code")
    if code:
        code = _located(lambda: check_code(code), where, "code")
    last, first, company = get("last_name"), get("first_name"), get("company")
    details: dict[str, object] = {}
    for key in ("civility", "postcode", "city", "country", "email", "phone", "siren",
                "legal_form", "year_end"):
        if get(key):
            details[key] = get(key)
    lines = [x.strip() for k in ("address", "address2")
             for x in clean_text(cells.get(k, ""), lines=True).splitlines() if x.strip()]
    if lines:
        details["address"] = "\n".join(lines)
    if last:
        details["last_name"] = last
    if first:
        details["first_name"] = first
    if get("nature"):
        from ..domain.parties import parse_nature
        details["nature"] = _located(lambda: parse_nature(get("nature")), where, "nature")
    elif company or get("siren"):
        details["nature"] = TiersNature.COMPANY
    elif last or first:
        details["nature"] = TiersNature.PERSON
    name = get("name") or company or person_name(first, last)
    if not name:
        raise ValidationError("ni nom ni raison sociale : remplissez le nom, ou supprimez la "
                              "ligne", line=line, field=where("last_name" if "last_name" in
                                                              cells else "company"))
    fee = None
    if get("fee"):
        fee = _located(lambda: Money.parse(get("fee")), where, "fee")
        if fee < ZERO:
            raise ValidationError("cotisation négative : tapez le montant attendu",
                                  line=line, field=where("fee"))
    joined_on = None
    if get("joined_on"):
        from ..bank.csv_statement import parse_date
        try:
            joined_on = parse_date(get("joined_on"))
        except ValueError as exc:
            raise ValidationError(str(exc), line=line, field=where("joined_on")) from None
    member = None
    if get("member"):
        said = fold(get("member"))
        if said in _YES:
            member = True
        elif said in _NO:
            member = False
        else:
            raise ValidationError(f"« {get('member')} » : écrivez oui ou non (ou x, ou rien)",
                                  line=line, field=where("member"))
    return _Row(line, name, code, details, fee, joined_on, member)


def _unmarked(text: str) -> str:
    """A cell without the apostrophe that keeps « +33 6… » or « =… » from being a formula
    (our exports put it there: see reports.safety.neutralise)."""
    return text[1:] if text.startswith("'") and text[1:2] in FORMULA_STARTS else text


def _located(call, where, key: str):
    try:
        return call()
    except ValidationError as exc:
        raise ValidationError(exc.message, field=where(key)) from None


# -- the import ----------------------------------------------------------------------------

def import_tiers(book: Book, source: Path, year: str | None = None) -> ImportResult:
    """Import a donor or member list (CSV or XLSX), all or nothing; ImportFailed names every
    bad line. With ``year`` (an exercice's label), each row becomes a member of it."""
    source = Path(source)
    name = source.name
    header, rows = read_table(source)
    columns = _columns(header)
    ignored = tuple(h.strip() for i, h in enumerate(header)
                    if h.strip() and i not in columns.values())
    heading = {k: header[i].strip() or LABELS[k] for k, i in columns.items()}

    def where(key: str) -> str:
        return heading.get(key, LABELS.get(key, key))

    problems: list[ValidationError] = []
    parsed: list[_Row] = []
    for line, cells in rows:
        if not any(str(c).strip() for c in cells):
            continue  # a blank line between blocks of the list
        values = {k: _unmarked(cells[i] if i < len(cells) else "") for k, i in columns.items()}
        folded_name = fold(values.get("last_name") or values.get("company")
                           or values.get("name") or "")
        if folded_name in ("total", "totaux", "total general") and not values.get("first_name"):
            continue  # the sum a spreadsheet adds under the list
        try:
            row = _parse_row(line, values, where)
        except ValidationError as exc:
            problems.append(exc.located(file=name, line=line))
            continue
        parsed.append(row)
    if not parsed and not problems:
        raise ValidationError("aucune ligne de tiers sous l'en-tête", file=name)

    notes = []
    if year is None and "fee" in columns:
        notes.append(f"colonne « {where('fee')} » lue sans exercice : donnez --year (ou "
                     "choisissez l'exercice) pour enregistrer les cotisations attendues")
    created: list[str] = []
    updated: list[str] = []
    memberships = 0
    with book.transaction() as s:
        y = year_by_label(s, year) if year is not None else None
        existing = list(s.scalars(select(Tiers)))
        by_code = {t.code: t for t in existing}
        by_name: dict[tuple[str, str], list[Tiers]] = {}
        for t in existing:
            by_name.setdefault((fold(t.name), t.postcode or ""), []).append(t)
        taken = set(by_code)
        seen: dict[int, int] = {}  # id(tiers) → the line that named it
        for row in parsed:
            try:
                t = _match(row, by_code, by_name, where)
                if t is not None and id(t) in seen:
                    raise ValidationError(f"même tiers que la ligne {seen[id(t)]} ({t.code}) : "
                                          "gardez une seule ligne par tiers",
                                          line=row.line, field=where("code" if row.code
                                                                     else "last_name"))
                details = _merged(t, row, where)
            except ValidationError as exc:
                problems.append(exc.located(file=name, line=row.line))
                continue
            if t is None:
                code = row.code or free_code(code_base(row.name), taken)
                kind = TiersKind.MEMBER if (y is not None and row.member is not False) \
                    or row.member else TiersKind.OTHER
                t = Tiers(code=code, name=row.name, kind=kind.value)
                s.add(t)
                taken.add(code)
                by_code[code] = t
                by_name.setdefault((fold(row.name), details.postcode), []).append(t)
                created.append(code)
            else:
                t.name = row.name
                updated.append(t.code)
            seen[id(t)] = row.line
            store_details(t, details)
            if y is not None and row.member is not False:
                s.flush()
                m = s.scalars(select(Membership).where(Membership.tiers_id == t.id,
                                                       Membership.year_id == y.id)).first()
                if m is None:
                    m = Membership(tiers_id=t.id, year_id=y.id)
                    s.add(m)
                if row.fee is not None:
                    m.fee = row.fee
                if row.joined_on is not None:
                    m.joined_on = row.joined_on
                memberships += 1
        if problems:
            problems.sort(key=lambda p: p.line or 0)
            raise ImportFailed(problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS))
    return ImportResult(name, tuple(created), tuple(updated), memberships,
                        y.label if y is not None else None, ignored, tuple(notes))


def _match(row: _Row, by_code: dict[str, Tiers], by_name, where) -> Tiers | None:
    if row.code:
        return by_code.get(row.code)
    postcode = row.details.get("postcode", "")
    if postcode:
        from ..domain.parties import check_postcode
        postcode = _located(lambda: check_postcode(postcode, row.details.get("country", "")),
                            where, "postcode")
    same_name = [t for (n, _p), ts in by_name.items() if n == fold(row.name) for t in ts]
    found = [t for t in same_name if t.postcode == postcode] if postcode else same_name
    if postcode and not found:
        # A tiers typed before its postcode was known (older books: the whole address in
        # one field) is the same person when nothing says otherwise.
        found = [t for t in same_name if not t.postcode
                 and split_address(t.address or "")[1] in ("", postcode)]
    if len(found) > 1:
        codes = ", ".join(t.code for t in found)
        raise ValidationError(f"plusieurs tiers « {row.name} » ({codes}) : ajoutez une "
                              "colonne Code (ou le code postal) pour dire lequel",
                              field=where("last_name"))
    return found[0] if found else None


def _merged(t: Tiers | None, row: _Row, where) -> TiersDetails:
    """The tiers' details with the row's non-empty cells over them, checked."""
    base = row_of(t).details if t is not None else TiersDetails()
    if not base.postcode:  # an older book's whole address: « 35000 Rennes » split off
        street, postcode, city = split_address(base.address)
        if postcode:
            base = replace(base, address=street, postcode=postcode, city=city)
    given = dict(row.details)
    if "country" in given and "postcode" not in given and base.postcode:
        given["postcode"] = base.postcode
    details = replace(base, **given)
    try:
        return clean_details(details)
    except ValidationError as exc:
        key = _CHECKED.get(exc.field or "", exc.field or "")
        raise ValidationError(exc.message, line=row.line, field=where(key)) from None


# -- listing and export --------------------------------------------------------------------

EXPORT_HEADERS = ("Code", "Nom complet", "Nature", "Civilité", "Nom", "Prénom", "Adresse",
                  "Adresse 2", "Code postal", "Ville", "Pays", "E-mail", "Téléphone", "SIREN",
                  "Forme juridique", "Fin d'exercice")


def tiers_cells(t) -> tuple[str, ...]:
    """A tiers (TiersRow) as a row of EXPORT_HEADERS."""
    street = t.address.splitlines()
    month, day = t.year_end.split("-") if "-" in t.year_end else ("12", "31")
    return (t.code, t.name, t.nature.label, t.civility, t.last_name, t.first_name,
            street[0] if street else "", "\n".join(street[1:]), t.postcode, t.city, t.country,
            t.email, t.phone, t.siren, t.legal_form,
            f"{day}/{month}" if t.nature is TiersNature.COMPANY else "")


def export_tiers(book: Book, dest: Path, nature: TiersNature | None = None) -> Path:
    """The book's tiers as a CSV (« ; », UTF-8 with BOM) or an XLSX, ready to re-import."""
    from ..reports.table_file import write_table
    return write_table(dest, EXPORT_HEADERS, [tiers_cells(t) for t in tiers_rows(book, nature)],
                       "Tiers")

