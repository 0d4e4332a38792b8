"""Third parties (tiers) and actions: who money comes from or goes to, and for which project."""

from __future__ import annotations

import re
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
