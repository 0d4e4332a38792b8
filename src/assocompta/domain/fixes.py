"""How to fix a problem, said where the message is read: the command to type in the command
line, the menu to open in the app.

Messages are written with the command (the command line prints them as they are); the app
shows every message through :func:`for_app`, which puts its own menu in place of each
command named here. Both sayings of a fix sit side by side in :data:`FIXES`.
"""

from __future__ import annotations

from typing import NamedTuple


class Fix(NamedTuple):
    command: str  #: the command line's way; ``{book}`` stands for the book's name
    menu: str     #: the app's way: its menu or button


YEAR_ADD = Fix("assocompta year add", "le menu Exercice › Ajouter un exercice…")
CHECK = Fix("assocompta check {book}", "le menu Exercice › Vérifier le livre")
#: a book that does not open cannot be checked in the app: there, only the restore is said
CHECK_FIRST = Fix("lancez assocompta check {book} pour tout voir, puis ", "")
CHECK_ANY = Fix("assocompta check", "le menu Exercice › Vérifier le livre")
#: said when the book does not open: the app's message then has a button for it
RESTORE = Fix("assocompta restore {book} N° (la liste : assocompta backups {book})",
              "le bouton « Restaurer une sauvegarde… » de ce message")
RESTORE_ANY = Fix("assocompta backups puis assocompta restore",
                  "le menu Fichier › Restaurer une sauvegarde…")
BACKUPS = Fix("assocompta backups {book}", "le menu Fichier › Restaurer une sauvegarde…")
INIT = Fix("assocompta init", "le menu Fichier › Nouvelle association…")
COPY = Fix("assocompta copy", "le menu Fichier › Copier dans une base PostgreSQL…")

#: where the association's address and object (a receipt's beneficiary) are filled in
IDENTITY = Fix('assocompta identity BOOK --address "…" --object "…" --receipt-category … '
               '--signatory "…" --signatory-title "…" (--help : toutes les options)',
               "le menu Fichier › Identité de l'association…")

#: where drafts (brouillard) are validated: a FEC shows validated entries only
VALIDATE = Fix("assocompta entries validate {book} --year {year}",
               "le menu Saisie › Valider les écritures…")

FIXES = (IDENTITY, RESTORE, RESTORE_ANY, BACKUPS, CHECK_FIRST, CHECK, CHECK_ANY, YEAR_ADD, INIT, COPY,
         VALIDATE)


#: every command said so far (with its book), and the app's menu for it
_said: dict[str, str] = {fix.command: fix.menu for fix in FIXES if "{" not in fix.command}


def command(fix: Fix, book: object = "", **fields: object) -> str:
    """The fix as the command line says it, for the book named ``book`` (and the other
    ``{fields}`` of its command, such as ``year``)."""
    text = fix.command.format(book=book, **fields)
    _said.setdefault(text, fix.menu)
    return text


def for_app(text: str) -> str:
    """``text`` as the app shows it: each command named in it becomes the app's menu."""
    if "assocompta " not in text:
        return text
    # The longest first: « assocompta check BOOK » before « assocompta check ».
    for said in sorted(_said, key=len, reverse=True):
        if said in text:
            text = text.replace(said, _said[said])
    return text
