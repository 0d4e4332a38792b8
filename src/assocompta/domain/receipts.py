"""Donation receipts: which gift gets which receipt, under which article, for which period.

Pure rules (no storage), from CGI art. 200, 238 bis, 978 and 222 bis and the two official
models (docs/receipts.md; ../shared/reference, addendum (e)):

* a private person gets the individuals' model, Cerfa n°11580*05 (form 2041-RD, art. 200 and
  978); a company gets the companies' model, Cerfa n°16216*03 (form 2041-MEC-SD, art. 238
  bis). The form's texts and layout are data: reports/forms/*.json.
* An individual's reduction is per calendar year: a yearly receipt covers one calendar year,
  whatever the association's exercice. A company's receipt may cover a period, never across
  the company's own exercice end.
* Only gifts that carry a reduction are receipted: dons manuels (7541…), abandons de frais
  (75412, once the expense is booked and the volunteer's renunciation recorded), mécénat
  (7542), a donation by acte authentique (75432 when so described; never a legs nor an
  assurance-vie), gifts in kind valued in class 8 (870 dons en nature; 871 prestations en
  nature from a company only: mécénat de compétences). Never bénévolat (875): a person's
  time carries no reduction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum


class Model(str, Enum):
    """The official receipt model, with its version (what the receipt keeps)."""

    INDIVIDUAL = "11580*05"
    COMPANY = "16216*03"

    @property
    def articles(self) -> tuple[str, ...]:
        """The articles the model can certify (keys of ARTICLES)."""
        return ("200", "978") if self is Model.INDIVIDUAL else ("238bis",)


ARTICLES = {"200": "200 du CGI", "978": "978 du CGI", "238bis": "238 bis du CGI"}

#: « Forme du don » (11580*05).
FORMS = {"acte_authentique": "Acte authentique", "acte_sous_seing_prive": "Acte sous seing privé",
         "don_manuel": "Déclaration de don manuel", "autres": "Autres"}
#: « Nature du don » (11580*05); the company model tells versements from dons en nature.
NATURES = {"numeraire": "Numéraire", "titres": "Titres de sociétés cotés",
           "abandon_revenus": "Abandon exprès de revenus ou de produits",
           "frais_benevoles": "Frais engagés par les bénévoles, dont ils renoncent expressément "
                              "au remboursement",
           "en_nature": "Autres : don en nature", "autres": "Autres"}
#: « Mode de versement » (numéraire only).
METHODS = {"especes": "Remise d'espèces", "cheque": "Chèque",
           "virement": "Virement, prélèvement, carte bancaire"}
#: Natures whose value is stated rather than paid: no mode de versement.
IN_KIND = frozenset({"titres", "abandon_revenus", "frais_benevoles", "en_nature", "autres"})


class Category(str, Enum):
    """The association's box in « Organisme bénéficiaire » (both models; reports/forms)."""

    LOI_1901 = "loi_1901"
    RUP = "rup"
    FONDATION_UNIVERSITAIRE = "fondation_universitaire"
    FONDATION_ENTREPRISE = "fondation_entreprise"
    MUSEE = "musee"
    AIDE_ALIMENTAIRE = "aide_alimentaire"
    FORESTIERS = "forestiers"
    INTERET_GENERAL_AUTRE = "interet_general_autre"
    CULTUELLE_ALSACE_MOSELLE = "cultuelle_alsace_moselle"
    FONDS_DOTATION = "fonds_dotation"
    PRESSE = "presse"
    ENSEIGNEMENT_SUPERIEUR = "enseignement_superieur"
    ENSEIGNEMENT_CONSULAIRE = "enseignement_consulaire"
    PME = "pme"
    SPECTACLE = "spectacle"
    PATRIMOINE = "patrimoine"
    BIENS_CULTURELS = "biens_culturels"
    RECHERCHE = "recherche"
    INSERTION = "insertion"
    ASSOCIATION_INTERMEDIAIRE = "association_intermediaire"
    CHANTIERS_INSERTION = "chantiers_insertion"
    ENTREPRISES_ADAPTEES = "entreprises_adaptees"
    ANR = "anr"
    GEIQ = "geiq"
    CREATION_ENTREPRISES = "creation_entreprises"
    UE = "ue"

    @property
    def label(self) -> str:
        """A short name for a list to choose from (the form's full text: reports/forms)."""
        return CATEGORY_LABELS[self]


CATEGORY_LABELS = {
    Category.LOI_1901: "Association loi 1901 d'intérêt général",
    Category.RUP: "Association ou fondation reconnue d'utilité publique",
    Category.FONDATION_UNIVERSITAIRE: "Fondation universitaire ou partenariale",
    Category.FONDATION_ENTREPRISE: "Fondation d'entreprise",
    Category.MUSEE: "Musée de France",
    Category.AIDE_ALIMENTAIRE: "Aide alimentaire, soins ou logement de personnes en difficulté",
    Category.FORESTIERS: "Commune ou groupement de gestion forestière",
    Category.INTERET_GENERAL_AUTRE: "Autre organisme d'intérêt général (précisez)",
    Category.CULTUELLE_ALSACE_MOSELLE: "Association cultuelle d'Alsace-Moselle",
    Category.FONDS_DOTATION: "Fonds de dotation",
    Category.PRESSE: "Association pour le pluralisme de la presse",
    Category.ENSEIGNEMENT_SUPERIEUR: "Établissement d'enseignement supérieur ou artistique",
    Category.ENSEIGNEMENT_CONSULAIRE: "Établissement d'enseignement supérieur consulaire",
    Category.PME: "Organisme agréé d'aide aux PME",
    Category.SPECTACLE: "Organisme de spectacle vivant ou d'art contemporain",
    Category.PATRIMOINE: "Fondation du patrimoine (monuments historiques)",
    Category.BIENS_CULTURELS: "Sauvegarde des biens culturels (conflit armé)",
    Category.RECHERCHE: "Établissement de recherche",
    Category.INSERTION: "Entreprise d'insertion ou de travail temporaire d'insertion",
    Category.ASSOCIATION_INTERMEDIAIRE: "Association intermédiaire",
    Category.CHANTIERS_INSERTION: "Atelier et chantier d'insertion",
    Category.ENTREPRISES_ADAPTEES: "Entreprise adaptée",
    Category.ANR: "Agence nationale de la recherche",
    Category.GEIQ: "Groupement d'employeurs pour l'insertion et la qualification",
    Category.CREATION_ENTREPRISES: "ARUP de financement de la création d'entreprises",
    Category.UE: "Organisme d'un autre État de l'Union européenne",
}


@dataclass(frozen=True)
class GiftRule:
    """What a gift booked on an account is, before the treasurer says more."""

    nature: str            #: NATURES key
    form: str | None       #: FORMS key; None: the treasurer must say (a donation's act)
    companies_only: bool = False  #: a service given: mécénat de compétences only


#: Longest prefix first. Accounts under 754 not named here (7543 legs and assurances-vie,
#: 75433 produits sur legs) carry no reduction for the donor.
_RULES: tuple[tuple[str, GiftRule], ...] = (
    ("75412", GiftRule("frais_benevoles", "autres")),
    ("75411", GiftRule("numeraire", "don_manuel")),
    ("7541", GiftRule("numeraire", "don_manuel")),
    ("7542", GiftRule("numeraire", "don_manuel")),
    # A donation entre vifs is notarial; a legs (the same account) gets no receipt.
    ("75432", GiftRule("numeraire", None)),
    ("870", GiftRule("en_nature", "don_manuel")),
    ("871", GiftRule("en_nature", "don_manuel", companies_only=True)),
)


def gift_rule(account: str) -> GiftRule | None:
    """The rule for a credit on ``account``, or None when it is no gift that is receipted."""
    for prefix, rule in _RULES:
        if account.startswith(prefix):
            return rule
    return None


#: SQL LIKE patterns of every account :func:`gift_rule` may receipt (for queries).
GIFT_ACCOUNT_PATTERNS = ("7541%", "7542%", "75432%", "870%", "871%")


def model_for(nature: str) -> Model | None:
    """The model for a donor of tiers nature ``nature`` (domain.parties.TiersNature value):
    a company gets 16216; a person gets 11580; anyone else (an association, a public body,
    a nature not said) none: the treasurer says what the donor is first."""
    return {"particulier": Model.INDIVIDUAL, "entreprise": Model.COMPANY}.get(nature)


def calendar_period(year: int) -> tuple[dt.date, dt.date]:
    """The calendar year: what one individual's yearly receipt covers."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def company_period(day: dt.date, year_end: str) -> tuple[dt.date, dt.date]:
    """The company exercice holding ``day``, for a company whose exercices end on
    ``year_end`` ('MM-DD'): a company receipt stays within it. A 29 February end falls on
    the 28th in common years."""
    month, mday = (int(p) for p in year_end.split("-"))

    def end_in(y: int) -> dt.date:
        try:
            return dt.date(y, month, mday)
        except ValueError:
            return dt.date(y, month, 28)

    end = end_in(day.year)
    if end < day:
        end = end_in(day.year + 1)
    start = end_in(end.year - 1) + dt.timedelta(days=1)
    return start, end


def receipt_number(year: int, sequence: int) -> str:
    """Receipts are numbered per calendar year: 2025-0001, 2025-0002…"""
    return f"{year}-{sequence:04d}"


@dataclass(frozen=True)
class DeclarationPeriod:
    start: dt.date
    end: dt.date
    basis: str      #: "calendar" (année civile) or "exercice" (the exercice closed that year)
    closed: bool    #: the exercice is closed (a calendar-year period: the year is over)


def declaration_period(calendar_year: int, exercices: list[tuple[dt.date, dt.date, bool]],
                       today: dt.date | None = None) -> DeclarationPeriod:
    """What the CGI 222 bis declaration about ``calendar_year`` covers (filed in the year
    after): the gifts « perçus au cours de l'année civile précédente ou au cours du dernier
    exercice clos s'il ne coïncide pas avec l'année civile ».

    ``exercices``: (start, end, closed) of the book's years. Where the exercice ending in
    ``calendar_year`` is that calendar year, or none ends in it, the calendar year; otherwise
    that exercice (the last one ending in the year). A period starts after the one declared
    the year before: gifts are declared once (a first exercice of 18 months ending in 2026
    after a 2025 declared by calendar year covers 2026 only). ``closed``: the exercice is
    closed, or the calendar year is over (``today``)."""
    raw = _raw_period(calendar_year, exercices, today)
    before = _raw_period(calendar_year - 1, exercices, today)
    if before.end >= raw.start:
        raw = DeclarationPeriod(before.end + dt.timedelta(days=1), raw.end, raw.basis,
                                raw.closed)
    return raw


def _raw_period(calendar_year: int, exercices: list[tuple[dt.date, dt.date, bool]],
                today: dt.date | None) -> DeclarationPeriod:
    start, end = calendar_period(calendar_year)
    ending = [(s, e, c) for s, e, c in exercices if e.year == calendar_year]
    if not ending or any((s, e) == (start, end) for s, e, _ in ending):
        over = today is not None and today > end
        return DeclarationPeriod(start, end, "calendar",
                                 over or any(c for s, e, c in ending if (s, e) == (start, end)))
    s, e, c = max(ending, key=lambda p: p[1])
    return DeclarationPeriod(s, e, "exercice", c)
