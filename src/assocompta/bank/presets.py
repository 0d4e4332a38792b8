"""Column layouts of common French bank CSV exports, named for the bank whose export they
resemble. They are written from how these exports usually look, not from any bank's
specification: banks change their exports, and the mapping dialog can always be used
instead."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import ValidationError
from .csv_statement import ColumnMapping


@dataclass(frozen=True)
class Preset:
    name: str            # what --preset takes
    title: str           # what the dialog shows
    mapping: ColumnMapping
    encoding: str        # what such files usually are (reading detects it anyway)
    note: str            # what comes before the header


PRESETS = (
    Preset("credit-agricole", "Présentation comme l'export du Crédit Agricole",
           ColumnMapping(date="Date", label="Libellé", debit="Débit euros",
                         credit="Crédit euros"),
           "cp1252", "« ; », une dizaine de lignes sur le compte avant l'en-tête"),
    Preset("societe-generale", "Présentation comme l'export de la Société Générale",
           ColumnMapping(date="Date de l'opération", label="Libellé",
                         amount="Montant de l'opération"),
           "cp1252", "« ; », une ligne sur le compte avant l'en-tête"),
    Preset("banque-postale", "Présentation comme l'export de La Banque Postale",
           ColumnMapping(date="Date", label="Libellé", amount="Montant(EUROS)"),
           "cp1252", "« ; », numéro de compte et soldes avant l'en-tête"),
    Preset("credit-mutuel", "Présentation comme l'export du Crédit Mutuel ou du CIC",
           ColumnMapping(date="Date", value_date="Date de valeur", label="Libellé",
                         debit="Débit", credit="Crédit"),
           "cp1252", "« ; », en-tête sur la première ligne, colonne Solde à la fin"),
    Preset("bnp", "Présentation comme l'export de BNP Paribas",
           ColumnMapping(date="Date opération", label="Libellé opération",
                         amount="Montant opération"),
           "utf-8", "« ; », catégories entre la date et le libellé"),
    Preset("caisse-epargne", "Présentation comme l'export de la Caisse d'Épargne",
           ColumnMapping(date="Date", label="Libellé", debit="Débit", credit="Crédit"),
           "cp1252", "« ; », numéro d'opération avant le libellé, lignes du compte avant"),
)


def preset_named(name: str) -> Preset:
    """The preset called ``name`` (as --preset gives it), or a message listing them all."""
    for p in PRESETS:
        if p.name == name.strip().lower():
            return p
    known = ", ".join(p.name for p in PRESETS)
    raise ValidationError(f"présentation « {name} » inconnue ; présentations connues : {known}",
                          field="--preset")
