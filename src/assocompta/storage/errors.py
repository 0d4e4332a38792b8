"""Turn the engine's refusals into messages a treasurer understands."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError

from ..domain.errors import (ClosedYearError, DomainError, NoOpenYearError,
                             UnbalancedEntryError, ValidationError)
from ..domain.money import Money

_MESSAGES = {
    "closed fiscal year": (ClosedYearError,
                           "cet exercice est clos : il ne peut plus être modifié. Passez une "
                           "écriture de correction sur l'exercice ouvert."),
    "entry date outside its fiscal year": (NoOpenYearError,
                                           "la date de l'écriture est hors de son exercice"),
    "fiscal years overlap": (ValidationError, "cet exercice chevauche un exercice existant"),
    "account not in the chart of the fiscal year": (
        ValidationError, "ce compte n'appartient pas au plan comptable de l'exercice"),
    "chart of a fiscal year with entries": (
        ValidationError, "le plan comptable d'un exercice qui a des écritures ne change pas"),
    "finished reconciliation": (
        ValidationError, "ce rapprochement bancaire est terminé : il ne change plus"),
    "reconciled line": (
        ValidationError, "cette ligne est pointée sur un relevé bancaire déjà rapproché : son "
                         "compte, son montant et son écriture ne changent plus. Passez une "
                         "écriture de correction."),
    "issued donation receipt": (
        ValidationError, "un reçu fiscal émis ne change plus et ne se supprime pas : "
                         "annulez-le (motif) et émettez-en un autre qui le remplace"),
    "replaced receipt not cancelled": (
        ValidationError, "un reçu ne remplace qu'un reçu annulé : annulez d'abord l'ancien"),
    "validated entry": (
        ValidationError, "cette écriture est validée : elle ne change plus et ne se supprime "
                         "pas. Corrigez-la par une contre-passation (Saisie › Contre-passer "
                         "et corriger…)."),
    "entry numbers out of order": (
        ValidationError, "une écriture validée prend le numéro qui suit les écritures "
                         "validées de son exercice, avant tout brouillard"),
    "receipted donation": (
        ValidationError, "ce don a fait l'objet d'un reçu fiscal : son écriture (date, comptes, "
                         "montants, donateur) ne change plus. Passez une écriture de "
                         "correction."),
}


def unbalanced_entries(conn: sqlite3.Connection, limit: int = 20) -> list[tuple]:
    """(year label, number, label, imbalance) of entries whose débits ≠ crédits."""
    return conn.execute(
        "SELECT f.label, e.number, e.label, e.imbalance FROM entry e "
        "JOIN fiscal_year f ON f.id = e.year_id WHERE e.imbalance != 0 "
        "ORDER BY e.id LIMIT ?", (limit,)).fetchall()


def translate(exc: DBAPIError | sqlite3.Error, *, dbapi: sqlite3.Connection | None = None,
              at_commit: bool = False) -> Exception:
    """The DomainError matching an engine refusal, or the original error if unknown."""
    orig = getattr(exc, "orig", exc)
    message = str(orig)
    if message.startswith("unbalanced entry"):  # PostgreSQL's check at COMMIT (storage/pg)
        return _unbalanced_pg(orig)
    for token, (cls, text) in _MESSAGES.items():
        if token in message:
            return cls(text)
    if at_commit and "FOREIGN KEY constraint failed" in message and dbapi is not None:
        try:
            rows = unbalanced_entries(dbapi)
        except sqlite3.Error:
            rows = []
        if rows:
            detail = "; ".join(
                f"exercice {y} n°{n} « {lab} » (écart {Money(imb)} €)" for y, n, lab, imb in rows)
            return UnbalancedEntryError(
                f"écriture déséquilibrée (débit ≠ crédit), rien n'a été enregistré : {detail}")
    state = getattr(orig, "sqlstate", None)  # PostgreSQL's error code (psycopg)
    if state == "42501":
        return DomainError("PostgreSQL refuse cette écriture : votre compte n'a pas le droit "
                           "de modifier ce livre (demandez ce droit à qui gère la base). "
                           "Rien n'a été enregistré.")
    if state == "25006":
        return DomainError("le livre est ouvert en lecture seule : rien n'a été enregistré")
    if isinstance(orig, sqlite3.OperationalError) and "readonly" in message:
        return DomainError("le livre est en lecture seule (fichier ou dossier protégé en "
                           "écriture) : rien n'a été enregistré")
    if isinstance(orig, sqlite3.OperationalError) and "disk is full" in message:
        return DomainError("le disque est plein : rien n'a été enregistré. Libérez de la "
                           "place puis recommencez.")
    return exc


def _unbalanced_pg(orig: Exception) -> UnbalancedEntryError:
    """The PostgreSQL balance check's refusal; its DETAIL names the entry (year, n°, label, gap)."""
    diag = getattr(orig, "diag", None)
    detail = getattr(diag, "message_detail", None) or ""
    parts = detail.split("\t")
    text = "écriture déséquilibrée (débit ≠ crédit), rien n'a été enregistré"
    if len(parts) == 4 and parts[3].lstrip("-").isdigit():
        year, number, label, gap = parts
        text += f" : exercice {year} n°{number} « {label} » (écart {Money(int(gap))} €)"
    return UnbalancedEntryError(text)
