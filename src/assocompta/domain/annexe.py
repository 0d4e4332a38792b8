"""The annexe of the comptes annuels (règlement ANC 2018-06, art. 431-1 to 431-13) as plain
data: notes made of the treasurer's paragraphs and of tables computed from the book.

services/annexe.py fills it from a book; reports/annexe.py renders each note as a Report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .money import Money
from .parties import FunderCategory

#: The texts the treasurer writes, in the order of the annexe: key → (title, what to say).
TEXTS: dict[str, tuple[str, str]] = {
    "objet": ("Objet social", "Ce que disent les statuts de l'objet de l'association."),
    "activites": ("Nature et périmètre des activités ou missions sociales",
                  "Les activités menées dans l'exercice, pour qui, où."),
    "moyens": ("Moyens mis en œuvre",
               "Salariés, bénévoles, locaux, matériel : avec quoi les activités sont menées."),
    "faits": ("Faits caractéristiques de l'exercice",
              "Ce qui a marqué l'exercice, ou est survenu depuis la clôture jusqu'à "
              "l'approbation des comptes."),
    "methodes": ("Règles et méthodes comptables",
                 "Le référentiel appliqué, les méthodes d'évaluation, tout changement."),
    "changement": ("Changement de réglementation comptable",
                   "Le premier exercice sous les modèles 2025 (règlement ANC n° 2018-06 "
                   "modifié) : comment le "
                   "changement est appliqué et ce qu'il fait aux montants de l'exercice "
                   "précédent."),
    "contributions": ("Contributions volontaires en nature",
                      "Comment elles sont recensées, quantifiées et valorisées (bénévolat : "
                      "heures × taux ; mises à disposition : valeur locative…), ou pourquoi "
                      "elles ne sont pas comptabilisées."),
    "engagements": ("Engagements reçus et donnés",
                    "Cautions, garanties, crédits-bails, subventions notifiées non encore "
                    "versées…"),
    "affectation": ("Proposition d'affectation du résultat",
                    "Ce que le conseil propose à l'assemblée générale."),
    "autres": ("Autres informations", "Tout autre élément utile à la lecture des comptes."),
}


# -- what a note holds ------------------------------------------------------------------------
@dataclass(frozen=True)
class Paragraph:
    """A text of the note: typed by the treasurer, proposed (a default not yet rewritten) or
    computed from the book (a sentence the treasurer cannot edit)."""

    heading: str
    text: str
    origin: str = "ecrit"  # "ecrit" | "propose" | "calcule"


@dataclass(frozen=True)
class TableRow:
    label: str
    values: tuple[Money | None, ...] = ()
    kind: str = "line"  # "heading" | "line" | "subtotal" | "total"
    level: int = 0
    #: indexes (within the table's rows) of the rows this one adds, with their sign
    adds: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]
    heading: str = ""
    footnote: str = ""


@dataclass(frozen=True)
class Note:
    key: str
    title: str
    #: the article of règlement ANC 2018-06 (or the text) the note answers
    article: str
    blocks: tuple[Paragraph | Table, ...]
    #: (label, holds, sentence): the note's figures against the bilan and the compte de
    #: résultat, made from the same account totals
    checks: tuple[tuple[str, bool, str], ...] = ()


@dataclass(frozen=True)
class Annexe:
    association: str
    year: str
    period: str
    notes: tuple[Note, ...]
    #: « Document provisoire : … » when the figures include drafts
    provisional: str = ""
    #: what the treasurer wrote, by key; what is proposed where nothing is written
    written: dict[str, str] = field(default_factory=dict)
    proposed: dict[str, str] = field(default_factory=dict)

    def note(self, key: str) -> Note:
        for n in self.notes:
            if n.key == key:
                return n
        raise KeyError(key)


def table_of(note: Note) -> Table:
    """The note's (first) table."""
    return next(b for b in note.blocks if isinstance(b, Table))


# -- art. 431-9: which authority granted a subsidy -----------------------------------------
UE, ETAT, COLLECTIVITES, CAF, AUTRES = ("Union européenne", "État", "Collectivités territoriales",
                                       "Caisse d'allocations familiales", "Autres")
AUTHORITIES = (UE, ETAT, COLLECTIVITES, CAF, AUTRES)
_BY_CATEGORY = {
    FunderCategory.ETAT.value: ETAT,
    FunderCategory.REGION.value: COLLECTIVITES,
    FunderCategory.DEPARTEMENT.value: COLLECTIVITES,
    FunderCategory.INTERCOMMUNALITE.value: COLLECTIVITES,
    FunderCategory.COMMUNE.value: COLLECTIVITES,
    FunderCategory.FONDS_EUROPEENS.value: UE,
}
# The CERFA 12156's « organismes sociaux » holds the CAF beside the MSA, the CPAM…: the
# funder's name tells the CAF (« CAF de … », « Caisse d'allocations familiales … »).
_CAF_NAME = re.compile(r"\bCAF\b|allocations? familiales", re.IGNORECASE)


def authority(category: str | None, name: str) -> str:
    """The art. 431-9 category of a funder from its CERFA 12156 category and its name."""
    if category == FunderCategory.ORGANISMES_SOCIAUX.value:
        return CAF if _CAF_NAME.search(name or "") else AUTRES
    return _BY_CATEGORY.get(category or "", AUTRES)


#: art. 431-9 natures, by account prefix; the longest prefix decides, "" means not a subsidy.
#: 747 (2025) and 777 (2018) move an investment subsidy to the result: not granted in the year;
#: 139 is that subsidy once moved.
SUBSIDY_NATURES = ("Concours publics", "Subventions d'exploitation",
                   "Subventions d'investissement")
_NATURE_PREFIXES = {"73": 0, "74": 1, "7715": 1, "13": 2, "747": None, "139": None}


def subsidy_nature(code: str) -> int | None:
    """Index in SUBSIDY_NATURES of an account, or None when it records no subsidy granted."""
    best = ""
    for prefix in _NATURE_PREFIXES:
        if code.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return _NATURE_PREFIXES[best] if best else None

