"""Third parties (tiers) and actions: who money comes from or goes to, and for which project."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum


class TiersKind(str, Enum):
    FUNDER = "financeur"
    SUPPLIER = "fournisseur"
    MEMBER = "adherent"
    OTHER = "autre"


class FunderCategory(str, Enum):
    """The funder categories of the CERFA n°12156 budget (line 74 and private aid)."""

    ETAT = "etat"
    REGION = "region"
    DEPARTEMENT = "departement"
    INTERCOMMUNALITE = "intercommunalite"
    COMMUNE = "commune"
    ORGANISMES_SOCIAUX = "organismes_sociaux"
    FONDS_EUROPEENS = "fonds_europeens"
    ASP = "asp"
    AUTRES_ETABLISSEMENTS_PUBLICS = "autres_etablissements_publics"
    AIDES_PRIVEES = "aides_privees"

    @property
    def label(self) -> str:
        return _FUNDER_LABELS[self]


_FUNDER_LABELS = {
    FunderCategory.ETAT: "État",
    FunderCategory.REGION: "Région(s)",
    FunderCategory.DEPARTEMENT: "Département(s)",
    FunderCategory.INTERCOMMUNALITE: "Intercommunalité(s) : EPCI",
    FunderCategory.COMMUNE: "Commune(s)",
    FunderCategory.ORGANISMES_SOCIAUX: "Organismes sociaux",
    FunderCategory.FONDS_EUROPEENS: "Fonds européens",
    FunderCategory.ASP: "L'agence de services et de paiement (emplois aidés)",
    FunderCategory.AUTRES_ETABLISSEMENTS_PUBLICS: "Autres établissements publics",
    FunderCategory.AIDES_PRIVEES: "Aides privées (fondation)",
}


def kind_for_account(code: str) -> TiersKind:
    """The likely kind of a tiers met on an account: suppliers on 40, members on 41."""
    if code.startswith("40"):
        return TiersKind.SUPPLIER
    if code.startswith("41"):
        return TiersKind.MEMBER
    return TiersKind.OTHER


def tiers_kind(kind: TiersKind | str, category: FunderCategory | str | None
               ) -> tuple[TiersKind, FunderCategory | None]:
    """A tiers' kind and funder category as enums, from enums or their values (a Qt combo's
    item data comes back from PySide6 as the plain string); a category makes a funder."""
    category = FunderCategory(category) if category else None
    return (TiersKind.FUNDER if category is not None else TiersKind(kind)), category



class TiersNature(str, Enum):
    """What a tiers is, which decides the receipt model a donor gets (domain/receipts.py)."""

    UNKNOWN = "inconnue"
    PERSON = "particulier"
    COMPANY = "entreprise"
    ASSOCIATION = "association"
    PUBLIC_BODY = "collectivite"
    OTHER = "autre"

    @property
    def label(self) -> str:
        return _NATURE_LABELS[self]


_NATURE_LABELS = {
    TiersNature.UNKNOWN: "Non précisée",
    TiersNature.PERSON: "Particulier",
    TiersNature.COMPANY: "Entreprise",
    TiersNature.ASSOCIATION: "Association, fondation",
    TiersNature.PUBLIC_BODY: "Collectivité, organisme public",
    TiersNature.OTHER: "Autre",
}


def split_address(address: str) -> tuple[str, str, str]:
    """(street lines, postcode, city) of an address typed whole, its last line ending in
    « 35000 Rennes » (alone, or after a comma: « 23 avenue Janvier, 35000 Rennes »);
    (address, '', '') when it does not."""
    lines = [line.strip() for line in address.strip().splitlines() if line.strip()]
    if lines:
        found = _POSTCODE_CITY.match(lines[-1])
        if found:
            street = [*lines[:-1], *([found.group(1)] if found.group(1) else [])]
            return "\n".join(street), found.group(2), found.group(3).strip()
    return "\n".join(lines), "", ""


_POSTCODE_CITY = re.compile(r"^(?:(.*?)\s*,\s*)?(\d{5})\s+(\S.*)$")


# -- a tiers' details (schema 8): what a receipt, a letter or a members' list needs ---------

_NATURE_WORDS = {
    "particulier": TiersNature.PERSON, "personne": TiersNature.PERSON,
    "personne physique": TiersNature.PERSON, "individu": TiersNature.PERSON,
    "entreprise": TiersNature.COMPANY, "societe": TiersNature.COMPANY,
    "commerce": TiersNature.COMPANY, "personne morale": TiersNature.COMPANY,
    "association": TiersNature.ASSOCIATION, "fondation": TiersNature.ASSOCIATION,
    "association, fondation": TiersNature.ASSOCIATION,
    "collectivite": TiersNature.PUBLIC_BODY, "mairie": TiersNature.PUBLIC_BODY,
    "commune": TiersNature.PUBLIC_BODY, "organisme public": TiersNature.PUBLIC_BODY,
    "collectivite, organisme public": TiersNature.PUBLIC_BODY,
    "autre": TiersNature.OTHER, "inconnue": TiersNature.UNKNOWN,
    "non precisee": TiersNature.UNKNOWN, "": TiersNature.UNKNOWN,
}

_CIVILITIES = {"m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme",
               "mlle": "Mme", "mademoiselle": "Mme", "": ""}

_FRANCE = {"", "france", "fr", "fra", "france metropolitaine"}
_EMAIL = re.compile(r"^[^@\s;,<>]+@[^@\s;,<>]+\.[^@\s;,<>.]+$")


def _fold(text: str) -> str:
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def parse_nature(text: TiersNature | str) -> TiersNature:
    """A nature from its value (« entreprise »), its label (« Collectivité, organisme
    public ») or a usual word (« Société », « Mairie »); ValidationError naming « nature »."""
    if isinstance(text, TiersNature):
        return text
    found = _NATURE_WORDS.get(_fold(text).rstrip("."))
    if found is None:
        from .errors import ValidationError
        raise ValidationError(f"« {text.strip()} » n'est pas une nature de tiers : écrivez "
                              "particulier, entreprise, association, collectivité ou autre",
                              field="nature")
    return found


def normalise_civility(text: str) -> str:
    """« M. », « Mme » or '' from how people write it (Monsieur, Mr, Madame, Mlle…)."""
    found = _CIVILITIES.get(_fold(text).rstrip(".").strip())
    if found is None:
        from .errors import ValidationError
        raise ValidationError(f"civilité « {text.strip()} » : écrivez M., Mme ou laissez vide "
                              "(un couple : un tiers par personne, ou civilité vide)",
                              field="civilité")
    return found


def siren_key_ok(digits: str) -> bool:
    """The Luhn key of a SIREN (or a SIRET) is right."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def check_siren(text: str) -> str:
    """The 9 digits of a SIREN typed with or without spaces ('' stays ''); a SIRET (14
    digits) is refused with the SIREN it holds, since the tiers keeps its SIREN."""
    from .errors import ValidationError
    digits = re.sub(r"[\s.\u00a0\u202f-]", "", text)
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) not in (9, 14):
        raise ValidationError(f"SIREN « {text.strip()} » : 9 chiffres (ex. 732 829 320)",
                              field="SIREN")
    if len(digits) == 14:
        raise ValidationError(f"« {text.strip()} » est un SIRET (14 chiffres, un "
                              f"établissement) : le SIREN de l'entreprise en est les 9 premiers "
                              f"chiffres, {digits[:9]}", field="SIREN")
    if not siren_key_ok(digits):
        raise ValidationError(f"SIREN « {text.strip()} » : la clé de contrôle est fausse (faute "
                              "de frappe ?) ; recopiez-le de l'avis de situation SIRENE ou "
                              "d'une facture", field="SIREN")
    return digits


def check_email(text: str) -> str:
    """An e-mail address of the shape nom@domaine.fr ('' stays '')."""
    text = text.strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    if text and not _EMAIL.match(text):
        from .errors import ValidationError
        raise ValidationError(f"adresse e-mail « {text} » : de la forme nom@domaine.fr, une "
                              "seule adresse", field="e-mail")
    return text


def is_france(country: str) -> bool:
    return _fold(country) in _FRANCE


def check_postcode(text: str, country: str = "") -> str:
    """A French postcode: 5 digits (« 35 000 » → 35000; 4 digits are a code whose leading 0
    a spreadsheet dropped: 1000 → 01000). Abroad, whatever is written."""
    text = " ".join(text.split())
    if not is_france(country) or not text:
        return text
    digits = text.replace(" ", "")
    if digits.isdigit() and len(digits) == 4:
        digits = "0" + digits
    if not (digits.isdigit() and len(digits) == 5):
        from .errors import ValidationError
        raise ValidationError(f"code postal « {text} » : 5 chiffres en France (ex. 35000) ; "
                              "une adresse à l'étranger : remplissez le pays", field="code postal")
    return digits


def check_year_end(text: str) -> str:
    """A company's exercice end as 'MM-DD' from 'MM-DD', 'JJ/MM' or '' (31 December)."""
    import datetime as dt
    text = text.strip()
    if not text:
        return "12-31"
    found = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text)
    month_day = (found and (int(found[1]), int(found[2])))
    found = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})", text)
    if found:
        month_day = (int(found[2]), int(found[1]))
    try:
        if not month_day:
            raise ValueError
        dt.date(2024, *month_day)  # a leap year: 29 February is a day a company may close on
    except ValueError:
        from .errors import ValidationError
        raise ValidationError(f"fin d'exercice « {text} » : le jour et le mois de la clôture "
                              "de l'entreprise, ex. 31/12 ou 30/06", field="fin d'exercice")
    return f"{month_day[0]:02d}-{month_day[1]:02d}"


def person_name(first_name: str, last_name: str) -> str:
    """How a person is named in lists and receipts: « Marie Dupont »."""
    return " ".join(p for p in (first_name.strip(), last_name.strip()) if p)


@dataclass(frozen=True)
class TiersDetails:
    """Who a tiers is beyond its name: nature, how to write to it, a company's identity."""

    nature: TiersNature = TiersNature.UNKNOWN
    civility: str = ""
    last_name: str = ""
    first_name: str = ""
    address: str = ""  # street lines
    postcode: str = ""
    city: str = ""
    country: str = ""
    email: str = ""
    phone: str = ""
    siren: str = ""
    legal_form: str = ""
    year_end: str = "12-31"

    def checked(self) -> TiersDetails:
        """The same details cleaned (postcode, SIREN, civility, year end normalised), or the
        first ValidationError, naming its field."""
        nature = parse_nature(self.nature)
        one_line = {f: " ".join(str(getattr(self, f)).split())
                    for f in ("last_name", "first_name", "city", "country", "phone",
                              "legal_form")}
        address = "\n".join(line.strip() for line in self.address.splitlines() if line.strip())
        siren = check_siren(self.siren)
        if siren and nature is TiersNature.PERSON:
            from .errors import ValidationError
            raise ValidationError("un particulier n'a pas de SIREN : choisissez la nature "
                                  "entreprise (ou association), ou videz le SIREN",
                                  field="SIREN")
        return replace(self, nature=nature, civility=normalise_civility(self.civility),
                       address=address, postcode=check_postcode(self.postcode, self.country),
                       email=check_email(self.email), siren=siren,
                       year_end=check_year_end(self.year_end), **one_line)

    def display_name(self) -> str:
        """The name lists use for a person: first name then last name."""
        return person_name(self.first_name, self.last_name)
