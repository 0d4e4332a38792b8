"""Where the user guide's pages are (docs/guide in a checkout, assocompta/guide once installed
or frozen) and which page explains which view."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import assocompta

# Every page, in the order of the guide's contents; each exists in fr/ and en/.
PAGES = ("index", "premiers-pas", "tableau-de-bord", "saisie", "banque", "rapprochement", "grand-livre",
         "resultat-bilan", "budget", "dossier-subvention", "plan-comptable", "tiers",
         "recus-fiscaux", "exercices", "cloture", "assemblee-generale", "sauvegardes",
         "glossaire")

# main_window.VIEWS key → page; a view missing here opens the index.
VIEW_PAGES = {
    "accueil": "premiers-pas", "tableau-de-bord": "tableau-de-bord",
    "saisie": "saisie", "banque": "banque", "rapprochement": "rapprochement",
    "grand-livre": "grand-livre", "resultat": "resultat-bilan", "bilan": "resultat-bilan",
    "budget": "budget", "suivi": "dossier-subvention", "plan": "plan-comptable",
    "tiers": "tiers", "adherents": "tiers", "recus": "recus-fiscaux", "exercices": "exercices",
    "inventaire": "assemblee-generale",
}


def guide_root() -> Path | None:
    """The folder holding fr/, en/ and img/; None when the guide did not ship."""
    package = Path(assocompta.__file__).resolve().parent
    # Installed or frozen: assocompta/guide (pyproject package-dir, assocompta.spec datas).
    # A source checkout: docs/guide itself, the one copy that is edited.
    for folder in (package.parents[1] / "docs" / "guide", package / "guide"):
        if (folder / "fr" / "index.md").is_file():
            return folder
    return None


def page_for_view(key: str | None) -> str:
    return VIEW_PAGES.get(key or "", "index")


def page_path(language: str, page: str) -> Path | None:
    root = guide_root()
    if root is None:
        return None
    path = root / ("en" if language == "en" else "fr") / f"{page}.md"
    return path if path.is_file() else None


def page_title(path: Path) -> str:
    """The page's first heading, else its name."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return path.stem


def slug(text: str) -> str:
    """GitHub's anchor for a heading: « Fonds dédiés (19) » → fonds-dédiés-19."""
    text = unicodedata.normalize("NFC", text.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def fold(text: str) -> str:
    """Lower case without accents, for a search that finds « a-nouveaux » in « À-nouveaux »."""
    return "".join(c for c in unicodedata.normalize("NFD", text.lower())
                   if not unicodedata.combining(c))
