"""The ``assocompta`` command: headless work on a book, without Qt.

Exit codes: 0 success, 1 a problem the user must fix (message on stderr, nothing written),
2 bad usage, 3 an unexpected error (a bug: one line on stderr, the traceback in the log file
it names, see :mod:`assocompta.logs`).
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import time
import traceback
from pathlib import Path

from . import __version__
from .domain.errors import DomainError
from .domain.fiscal_years import parse_iso_date
from .domain.fixes import VALIDATE, command
from .domain.plural import agree, plural


def book_target(text: str) -> Path | str:
    """A BOOK argument: a book file, or a PostgreSQL database's ``postgresql://`` URL."""
    from .storage.pg import is_url
    return text if is_url(text) else Path(text)

KIND_LABELS = {
    "equity": "fonds propres", "liability": "passif", "asset": "actif", "charge": "charge",
    "produit": "produit", "contribution_emploi": "emploi CVN (86)",
    "contribution_ressource": "ressource CVN (87)",
}


#: argparse's own English messages (Python 3.11), as a French user reads them.
_ARGPARSE_FR = (
    (re.compile(r"^argument (.+?): "), r"argument \1 : "),
    (re.compile(r"invalid choice: (.+) \(choose from (.+)\)$"),
     r"\1 n'est pas un choix possible (choisissez parmi \2)"),
    (re.compile(r"expected one argument$"), "il faut une valeur après l'option"),
    (re.compile(r"expected at (most|least) one argument$"), "nombre de valeurs incorrect"),
    (re.compile(r"^unrecognized arguments: (.*)$"),
     lambda m: agree(len(m[1].split()), "argument", "arguments") + f" en trop : {m[1]}"),
    (re.compile(r"^ambiguous option: (\S+) could match (.*)$"),
     r"option \1 ambiguë : elle peut désigner \2"),
    (re.compile(r"invalid (\S+) value: (.*)$"), r"valeur \2 refusée"),
)


#: argparse's English headings and its own -h help, in French.
_HELP_FR = (("usage: ", "utilisation : "), ("\npositional arguments:\n", "\narguments :\n"),
            ("\noptions:\n", "\noptions :\n"),
            ("show this help message and exit", "afficher cette aide et quitter"),
            ("show program's version number and exit", "afficher la version et quitter"))


class _Parser(argparse.ArgumentParser):
    def format_usage(self) -> str:
        return self._french(super().format_usage())

    def format_help(self) -> str:
        return self._french(super().format_help())

    @staticmethod
    def _french(text: str) -> str:
        for english, french in _HELP_FR:
            text = text.replace(english, french)
        return text

    def error(self, message: str) -> None:  # exit 2 with French guidance
        missing = "the following arguments are required: "
        if message.startswith(missing):
            names = message[len(missing):]
            message = f"il manque : {names}"
            if any(a.dest == "book" for a in self._actions):
                message += (" (BOOK vient en premier : le fichier du livre ou l'adresse "
                            "postgresql://… de sa base ; ou bien assocompta --db URL avant la "
                            "commande, sans BOOK)")
        for pattern, french in _ARGPARSE_FR:
            message = pattern.sub(french, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n"
                     f"Aide : {self.prog} --help\n")


BOOK_HELP = ("le livre : un fichier .assocompta, ou une base PostgreSQL "
             "(postgresql://UTILISATEUR@HÔTE/BASE) ; ou bien --db URL avant la commande")
NEW_BOOK_HELP = ("livre à créer : un fichier .assocompta qui n'existe pas encore, ou une base "
                 "PostgreSQL vide (postgresql://UTILISATEUR@HÔTE/BASE) ; ou bien --db URL "
                 "avant la commande")

VALIDATED_ONLY_HELP = ("écritures validées seulement : les brouillards sont laissés de côté "
                       "(sans cette option, un document dont les chiffres incluent des "
                       "brouillards porte la mention « Document provisoire : N écritures en "
                       "brouillard incluses »)")


def _book(parser: argparse.ArgumentParser, db: str | None, help: str = BOOK_HELP) -> None:
    """The command's BOOK argument, or (``--db URL`` given) the URL in its place."""
    if db is None:
        parser.add_argument("book", metavar="BOOK", type=book_target, help=help)
    else:
        parser.set_defaults(book=db)


def build_parser(db: str | None = None) -> argparse.ArgumentParser:
    """The command line; with ``db`` (``--db URL``), no command takes a BOOK argument."""
    p = _Parser(prog="assocompta",
                description="Comptabilité et budgets des associations loi 1901. Sans "
                            "argument, ouvre l'application de bureau.",
                epilog="Application de bureau : assocompta [BOOK] ouvre l'application (sur "
                       "BOOK s'il est donné ; assocompta --db URL : sur un livre partagé "
                       "dans PostgreSQL) ; assocompta --smoke BOOK l'ouvre hors écran, "
                       "affiche chaque vue, imprime les temps et quitte ; --lang fr|en "
                       "choisit la langue ; --settings FICHIER garde les préférences dans "
                       "ce fichier INI. Codes de sortie : 0 fait, 1 refusé (rien d'écrit), "
                       "2 usage, 3 erreur inattendue (détails dans le journal nommé).")
    p.add_argument("--version", action="version", version=f"AssoCompta {__version__}")
    p.add_argument("--db", metavar="URL",
                   help="livre partagé dans PostgreSQL (postgresql://UTILISATEUR@HÔTE:PORT/"
                        "BASE), pour toute commande qui prend un BOOK : l'argument BOOK est "
                        "alors omis. Mot de passe : variable PGPASSWORD ou fichier ~/.pgpass "
                        "plutôt que dans l'adresse.")
    sub = p.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    init = sub.add_parser("init", help="créer un livre (une association : un fichier ou une "
                                       "base PostgreSQL)",
                          description="Crée le livre avec son premier exercice : un fichier "
                                      ".assocompta, ou les tables du livre dans une base "
                                      "PostgreSQL vide.")
    _book(init, db, NEW_BOOK_HELP)
    init.add_argument("--name", required=True, help="nom de l'association")
    init.add_argument("--start", required=True, help="début du premier exercice (AAAA-MM-JJ)")
    init.add_argument("--end", help="fin du premier exercice (défaut : un an moins un jour)")
    init.add_argument("--siren", help="numéro SIREN (9 chiffres)")
    init.add_argument("--siret", help="numéro SIRET (14 chiffres)")
    init.add_argument("--address", default="", help="adresse du siège")
    init.add_argument("--object", default="", help="objet de l'association")
    init.add_argument(
        "--opening", action="append", default=[], metavar="COMPTE=MONTANT",
        help="solde d'ouverture d'une association qui existe déjà (répétable) : banque "
             "512=1234,56 ou nouveau compte nommé 5121:\"Crédit Mutuel\"=1234,56, caisse "
             "530=80, créances et dettes du premier jour (401=300, 441=500, 467=120 autre "
             "créance, 467=-80 autre dette) ; sans fonds propres, la contrepartie est 1021 "
             "« Première situation nette établie » (ce que l'association possède moins ce "
             "qu'elle doit). Avec le bilan approuvé précédent, chaque compte de bilan "
             "(classes 1 à 5) tel que le bilan le montre : 1021, 1022, 1024, 1032, 1068, 110 "
             "(ou 119 débiteur), 120 (ou 129 déficit), 131, 151, 194, 164, 401, 431… au "
             "passif, 2181 à 2184, 2818, 275, 37, 411, 4417 ou 441, 486… à l'actif ; un "
             "compte de regroupement (102, 103, 218) est refusé ; le bilan doit être "
             "équilibré. Une seule "
             "écriture au journal AN, datée du premier jour, créée avec le livre ou rien.")

    demo = sub.add_parser("demo", help="créer le livre d'exemple (une association fictive)",
                          description="Crée « Les Amis du Quartier » : deux exercices de "
                                      "comptes, des actions, des financeurs et deux budgets "
                                      "(dans un fichier, ou dans une base PostgreSQL vide).")
    _book(demo, db, NEW_BOOK_HELP)

    year = sub.add_parser("year", help="exercices comptables")
    ysub = year.add_subparsers(dest="year_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    yadd = ysub.add_parser("add", help="ajouter un exercice",
                           description="Ajoute un exercice ; son plan comptable suit sa date "
                                       "de début (plan 2025 à partir du 1er janvier 2025).")
    _book(yadd, db)
    yadd.add_argument("--start", required=True, help="premier jour (AAAA-MM-JJ)")
    yadd.add_argument("--end", help="dernier jour (défaut : un an moins un jour)")

    yclose = ysub.add_parser(
        "close", help="clôturer un exercice (définitif)",
        description="Clôture l'exercice : vérifie d'abord que tout est prêt (écritures "
                    "équilibrées, 86 = 87, banques rapprochées à la date de clôture, aucune "
                    "opération bancaire à catégoriser, exercices précédents clos) et dit les "
                    "travaux d'inventaire qui restent proposés (assocompta year work), puis "
                    "écrit les à-nouveaux de l'exercice suivant (créé si besoin), le résultat "
                    "en 120 (excédent) ou 129 (déficit), extourne les régularisations au "
                    "premier jour de l'exercice suivant, et verrouille l'exercice. La clôture est "
                    "définitive : un exercice clos ne peut jamais être rouvert ni modifié. "
                    "Si une vérification échoue, rien n'est écrit (code 1).")
    _book(yclose, db)
    yclose.add_argument("--year", required=True, metavar="LABEL", help="exercice à clôturer")
    yclose.add_argument("--check", action="store_true",
                        help="seulement lister les vérifications et les travaux d'inventaire "
                             "qui restent, sans rien clôturer")
    yclose.add_argument("--work", action="store_true",
                        help="passer d'abord toutes les écritures d'inventaire proposées "
                             "(comme assocompta year work --book), puis clôturer")
    ywork = ysub.add_parser(
        "work", help="les travaux d'inventaire de l'exercice (avant la clôture)",
        description="Les travaux d'inventaire, dans l'ordre de l'assistant de clôture : "
                    "immobilisations (dotations aux amortissements, quotes-parts de "
                    "subventions d'investissement), provisions, régularisations (charges et "
                    "produits constatés d'avance, à payer, à recevoir) et fonds dédiés. Sans "
                    "--book, liste les écritures proposées et pourquoi ; avec --book, les "
                    "passe en brouillard dans l'exercice (une étape après l'autre : les fonds "
                    "dédiés tiennent compte des dotations passées avant eux).")
    _book(ywork, db)
    ywork.add_argument("--year", required=True, metavar="LABEL", help="exercice à clôturer")
    ywork.add_argument("--step", action="append", metavar="STEP",
                       choices=("immobilisations", "provisions", "regularisations",
                                "fonds_dedies"),
                       help="seulement cette étape (répétable) : immobilisations, provisions, "
                            "regularisations, fonds_dedies")
    ywork.add_argument("--book", dest="book_work", action="store_true",
                       help="passer les écritures proposées (en brouillard)")
    yalloc = ysub.add_parser(
        "allocate", help="enregistrer l'affectation du résultat votée par l'AG",
        description="Après l'approbation des comptes par l'assemblée générale : affecte le "
                    "résultat de l'exercice clos en report à nouveau (110/119) et/ou en "
                    "réserves (1068), par une écriture OD du premier exercice ouvert qui le "
                    "suit : l'exercice suivant, ou un plus tardif si l'AG se tient après la "
                    "clôture du suivant. Les deux montants additionnés font le résultat.")
    _book(yalloc, db)
    yalloc.add_argument("--year", required=True, metavar="LABEL", help="exercice clos")
    yalloc.add_argument("--report", default="0", metavar="AMOUNT",
                        help="montant en report à nouveau (ex. 1 250,00)")
    yalloc.add_argument("--reserves", default="0", metavar="AMOUNT",
                        help="montant en réserves (1068)")
    yalloc.add_argument("--date", help="date de l'écriture, dans l'exercice où elle va "
                                       "(AAAA-MM-JJ ; défaut : aujourd'hui, ou le premier ou "
                                       "dernier jour de cet exercice)")
    yfunds = ysub.add_parser(
        "funds", help="fonds dédiés de l'exercice : utilisations et reports proposés",
        description="Pour chaque action non terminée et chaque financeur (subventions 74, "
                    "contributions 755, dons 754 portant l'action) : les fonds dédiés de "
                    "l'ouverture utilisés à hauteur des charges de l'action (D 194 à 196 / "
                    "C 7894 à 7896), puis la part non dépensée des ressources de l'exercice "
                    "mise en fonds dédiés (D 6894 à 6896 / C 194 à 196), au dernier jour de "
                    "l'exercice, par financeur et par action ; les charges d'une action "
                    "payée par plusieurs financeurs sont partagées au prorata de ce que "
                    "chacun a apporté. Une action terminée (assocompta action finish) "
                    "libère ce qui reste. Ce qui est déjà passé n'est pas proposé deux fois. "
                    "Sans --book, rien n'est écrit.")
    _book(yfunds, db)
    yfunds.add_argument("--year", required=True, metavar="LABEL", help="exercice à clôturer")
    yfunds.add_argument("--book", dest="write", action="store_true",
                        help="passer les écritures proposées, en brouillard (journal OD)")

    act = sub.add_parser("action", help="actions (projets) du livre")
    asub_ = act.add_subparsers(dest="action_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    afin = asub_.add_parser(
        "finish", help="dire qu'une action est terminée (ses fonds dédiés sont libérés)",
        description="Une action terminée ne reçoit plus de report en fonds dédiés : à la "
                    "clôture de l'exercice qui contient la date de fin, ce qui reste de ses "
                    "fonds dédiés revient au résultat (assocompta year funds). --reopen : "
                    "l'action reprend.")
    _book(afin, db)
    afin.add_argument("code", metavar="CODE", help="code de l'action")
    when = afin.add_mutually_exclusive_group(required=True)
    when.add_argument("--date", help="jour où l'action s'est terminée (AAAA-MM-JJ)")
    when.add_argument("--reopen", action="store_true",
                      help="l'action n'est plus terminée")

    fec = sub.add_parser("fec", help="import et export FEC (fichier des écritures comptables)")
    fsub = fec.add_subparsers(dest="fec_command", metavar="ACTION", required=True,
                              parser_class=_Parser)
    fimp = fsub.add_parser("import", help="importer un FEC (tout ou rien)",
                           description="Importe un FEC (tabulation ou |, UTF-8 ou Latin-9). "
                                       "Si une seule écriture pose problème, rien n'est "
                                       "importé et chaque problème est listé.")
    _book(fimp, db)
    fimp.add_argument("source", metavar="SOURCE", type=Path, help="fichier FEC")
    fexp = fsub.add_parser("export", help="exporter le FEC d'un exercice",
                           description="Écrit le FEC de l'exercice (18 colonnes). Si DEST est "
                                       "un dossier, le fichier s'appelle "
                                       "<SIREN>FEC<AAAAMMJJ>.txt ; un livre sans SIREN "
                                       "demande un nom de fichier.")
    _book(fexp, db)
    fexp.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    fexp.add_argument("-o", dest="dest", required=True, metavar="DEST",
                      help="fichier ou dossier de destination")

    check = sub.add_parser("check", help="vérifier la cohérence du livre",
                           description="Vérifie le fichier et chaque règle comptable. Code de "
                                       "sortie 0 si tout va bien, 1 sinon (un problème par "
                                       "ligne). Un livre cohérent peut encore appeler "
                                       "l'attention (lignes « attention : … » sur la sortie "
                                       "d'erreur, code 0) : lignes sur un compte de moins de "
                                       "trois chiffres, brouillards qui ont passé le délai de "
                                       "validation (les écritures d'un mois se valident avant "
                                       "la fin du mois suivant, PCG art. 921-4), écritures "
                                       "validées sans référence de pièce.")
    _book(check, db)
    check.add_argument("--year", metavar="LABEL", help="limiter à un exercice")

    rep = sub.add_parser("report", help="éditer un rapport (XLSX, PDF ou CSV)",
                         description="Compte de résultat, bilan, balance, grand livre, "
                                     "journal ou livre d'inventaire (immobilisations, stocks, "
                                     "créances et dettes par tiers, provisions, fonds dédiés, "
                                     "régularisations, trésorerie à la clôture) d'un exercice. "
                                     "L'extension de DEST choisit le "
                                     "format : .xlsx, .pdf ou .csv. Code de sortie 1 si une "
                                     "vérification du rapport échoue (le fichier est écrit).")
    rep.add_argument("kind", metavar="KIND", choices=("resultat", "bilan", "balance",
                                                      "grand-livre", "journal", "inventaire"),
                     help="resultat | bilan | balance | grand-livre | journal | inventaire")
    _book(rep, db)
    rep.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    rep.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST",
                     help="fichier à écrire (.xlsx, .pdf ou .csv)")
    rep.add_argument("--detail", action="store_true",
                     help="détail par compte sous chaque ligne (compte de résultat, bilan)")
    rep.add_argument("--validated-only", action="store_true", help=VALIDATED_ONLY_HELP)

    bud = sub.add_parser("budget", help="budget prévisionnel (CERFA 12156) et suivi")
    bsub = bud.add_subparsers(dest="budget_command", metavar="ACTION", required=True,
                              parser_class=_Parser)
    bimp = bsub.add_parser("import", help="importer un budget CSV (tout ou rien)",
                           description="CSV séparé par « ; », UTF-8, colonnes compte;montant "
                                       "et, au choix, libelle, action, financeur, "
                                       "type_financeur. Remplace le budget de l'exercice (et "
                                       "des actions) que le fichier nomme.")
    _book(bimp, db)
    bimp.add_argument("--year", required=True, metavar="LABEL")
    bimp.add_argument("source", metavar="SOURCE.csv", type=Path)
    bexp = bsub.add_parser("export", help="budget au format du CERFA n°12156",
                           description="Écrit le budget prévisionnel (.xlsx, .pdf ou .csv).")
    _book(bexp, db)
    bexp.add_argument("--year", required=True, metavar="LABEL")
    bexp.add_argument("--action", metavar="NAME", help="le budget d'une action")
    bexp.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST")
    bcopy = bsub.add_parser("copy", help="budget d'un exercice copié d'un autre (± %%)",
                            description="Remplace le budget de --to par le budget (ou, avec "
                                        "--actuals, le réalisé) de --from, changé de "
                                        "--percent %%.")
    _book(bcopy, db)
    bcopy.add_argument("--from", dest="src", required=True, metavar="LABEL")
    bcopy.add_argument("--to", dest="dst", required=True, metavar="LABEL")
    bcopy.add_argument("--actuals", action="store_true", help="partir du réalisé")
    bcopy.add_argument("--percent", default="0", metavar="P", help="variation en %%, ex. 3")
    bsuivi = bsub.add_parser("suivi", help="budget et réalisé (présentation du CERFA 12156)",
                             description="Prévision, réalisation, écart et %% par ligne.")
    _book(bsuivi, db)
    bsuivi.add_argument("--year", required=True, metavar="LABEL")
    bsuivi.add_argument("--action", metavar="NAME")
    bsuivi.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST")
    bsuivi.add_argument("--validated-only", action="store_true", help=VALIDATED_ONLY_HELP)
    bcr = bsub.add_parser("compte-rendu", help="compte rendu financier de subvention "
                                               "(CERFA n°15059*02)",
                          description="Les trois feuillets (bilan qualitatif, tableau, "
                                      "annexe) d'une action, ou de toute l'association, pour "
                                      "un financeur : .pdf, .xlsx ou .csv. Les textes se "
                                      "saisissent avec « budget compte-rendu-text ».")
    _book(bcr, db)
    bcr.add_argument("--year", required=True, metavar="LABEL")
    bcr.add_argument("--action", metavar="CODE", help="l'action subventionnée (code ou nom)")
    bcr.add_argument("--funder", metavar="NAME", help="le financeur (code ou nom du tiers)")
    bcr.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST")
    bcr.add_argument("--validated-only", action="store_true", help=VALIDATED_ONLY_HELP)
    bcrt = bsub.add_parser("compte-rendu-text", help="textes du compte rendu financier "
                                                     "(CERFA n°15059*02)",
                           description="Sans --key : les textes et leurs clés. Avec --key et "
                                       "--text (ou --file) : enregistre ce texte (vide : "
                                       "l'efface). taux_indirect est le taux des charges "
                                       "indirectes, en %%, ex. 12,5 ; montant_accorde le "
                                       "montant de la subvention, ex. 10 000 ; decision la "
                                       "date et la référence de la décision ou convention.")
    _book(bcrt, db)
    bcrt.add_argument("--year", required=True, metavar="LABEL")
    bcrt.add_argument("--action", metavar="CODE")
    bcrt.add_argument("--funder", metavar="NAME")
    bcrt.add_argument("--key", metavar="KEY")
    given = bcrt.add_mutually_exclusive_group()
    given.add_argument("--text", metavar="TEXT")
    given.add_argument("--file", type=Path, metavar="PATH", help="le texte, en UTF-8")

    pack = sub.add_parser("pack", help="le dossier de l'assemblée générale",
                          description="Compte de résultat (N, N-1), bilan, annexe (une feuille "
                                      "par note, ou les notes à la suite dans le PDF), livre "
                                      "d'inventaire, budget et réalisé de N et budget N+1, "
                                      "dans un classeur (.xlsx) ou un PDF.")
    _book(pack, db)
    pack.add_argument("--year", required=True, metavar="LABEL")
    pack.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST")
    pack.add_argument("--validated-only", action="store_true", help=VALIDATED_ONLY_HELP)

    bank = sub.add_parser("bank", help="relevés bancaires : import, lignes à catégoriser, "
                                       "rapprochement")
    banksub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True,
                                  parser_class=_Parser)
    bkimp = banksub.add_parser(
        "import", help="importer un relevé (CSV, OFX ou QIF) dans les lignes à catégoriser",
        description="Lit un relevé bancaire (CSV exporté par la banque, OFX ou QIF) et ajoute "
                    "ses opérations aux lignes à catégoriser du compte, sans rien passer en "
                    "écriture. Les lignes déjà importées (même compte, date, montant et "
                    "libellé) sont reconnues et sautées : importer deux relevés qui se "
                    "chevauchent est sans risque. Tout ou rien : si une ligne pose problème, "
                    "rien n'est importé et la ligne est nommée. Pour un CSV, les colonnes "
                    "sont trouvées par leur nom, ou par la présentation --preset, ou par "
                    "celles utilisées la dernière fois pour ce compte.")
    _book(bkimp, db)
    bkimp.add_argument("--account", required=True, metavar="COMPTE",
                       help="compte de banque du plan (512, 5121…)")
    bkimp.add_argument("source", metavar="SOURCE", type=Path,
                       help="relevé .csv, .ofx ou .qif")
    bkimp.add_argument("--preset", metavar="NAME",
                       help="présentation du CSV (liste : assocompta bank presets)")
    banksub.add_parser("presets", help="lister les présentations de CSV connues (--preset)",
                       description="Les présentations de CSV courantes, nommées d'après la "
                                   "banque dont l'export leur ressemble.")
    add_reconciliation_parser(banksub, db)

    acc = sub.add_parser("accounts", help="afficher le plan comptable d'un exercice")
    _book(acc, db)
    acc.add_argument("--year", metavar="LABEL",
                     help="exercice (défaut : le dernier exercice ouvert)")
    add_entries_parsers(sub, db)
    add_identity_parser(sub, db)
    add_receipts_parser(sub, db)
    add_tiers_parsers(sub, db)
    add_copy_parser(sub)
    add_backup_parsers(sub, db)
    add_annexe_parsers(sub, db)
    from .cli_assets import add_asset_parsers
    add_asset_parsers(sub, db, _Parser, _book)
    add_year_end_parsers(ysub, sub, db)
    return p


def add_entries_parsers(sub, db: str | None = None) -> None:
    """``entries validate``, ``entries reverse``, ``entries list``: the brouillard, its
    validation and the contre-passation of a validated entry."""
    ent = sub.add_parser(
        "entries", help="écritures : brouillard, validation, contre-passation",
        description="Une écriture saisie ou importée sans date de validation est un brouillard "
                    "(modifiable, numéro provisoire). La validation lui donne son numéro "
                    "définitif et sa date de validation, puis l'écriture ne peut plus être "
                    "modifiée ni supprimée (PCG art. 921-3) : elle se corrige par une "
                    "contre-passation.")
    esub = ent.add_subparsers(dest="entries_command", metavar="ACTION", required=True,
                              parser_class=_Parser)
    val = esub.add_parser(
        "validate", help="valider les brouillards d'un exercice (définitif)",
        description="Valide les brouillards de l'exercice datés jusqu'à --through (tous sans "
                    "elle) : numéros définitifs à la suite des écritures validées, par date, "
                    "et date de validation du jour. Tout ou rien : une écriture sans "
                    "référence de pièce (art. R123-174 du Code de commerce) ou sur un compte "
                    "de moins de trois chiffres fait tout refuser (code 1), sauf avec "
                    "--number-pieces pour les pièces.")
    _book(val, db)
    val.add_argument("--year", metavar="LABEL",
                     help="exercice (défaut : le dernier exercice ouvert)")
    val.add_argument("--through", metavar="AAAA-MM-JJ",
                     help="valider les brouillards datés jusqu'à ce jour inclus (défaut : tous)")
    val.add_argument("--number-pieces", action="store_true",
                     help="donner aux brouillards sans référence de pièce un numéro automatique "
                          "par journal (BQ-2025-0042…, à la suite des numéros déjà donnés)")
    rev = esub.add_parser(
        "reverse", help="contre-passer une écriture validée",
        description="Annule l'écriture validée n°--number de l'exercice --year par une "
                    "écriture de sens contraire (débit et crédit inversés, même journal et "
                    "même pièce, libellé « Contre-passation n°… »), passée en brouillard : "
                    "l'écriture d'origine reste telle qu'elle a été validée. L'écriture "
                    "corrigée se saisit ensuite comme une autre (ou dans l'application : "
                    "Saisie › Contre-passer et corriger…).")
    _book(rev, db)
    rev.add_argument("--year", required=True, metavar="LABEL", help="exercice de l'écriture")
    rev.add_argument("--number", required=True, type=int, metavar="N°",
                     help="numéro de l'écriture validée à contre-passer")
    rev.add_argument("--date", metavar="AAAA-MM-JJ",
                     help="date de la contre-passation (défaut : aujourd'hui, ramené dans "
                          "l'exercice ouvert)")
    lst = esub.add_parser(
        "list", help="lister les écritures d'un exercice et leur état",
        description="Une ligne par écriture, dans l'ordre des numéros : numéro, date, journal, "
                    "pièce, libellé, total au débit, état (brouillard, ou validée le …).")
    _book(lst, db)
    lst.add_argument("--year", metavar="LABEL",
                     help="exercice (défaut : le dernier exercice ouvert)")
    lst.add_argument("--drafts", action="store_true", help="les brouillards seulement")


def add_backup_parsers(sub, db: str | None = None) -> None:
    """``backups BOOK`` and ``restore BOOK BACKUP``: a book file's backup copies."""
    bk = sub.add_parser(
        "backups", help="lister les sauvegardes d'un livre",
        description="Liste les copies de sauvegarde du livre (dossier BOOK.backups, faites à "
                    "chaque ouverture en écriture après un changement), de la plus récente à "
                    "la plus ancienne : numéro, date et heure, taille, nombre d'écritures, "
                    "dernière écriture saisie. Sont gardées les 10 plus récentes et la plus "
                    "récente de chacun des 30 derniers jours, ainsi que le livre remplacé par "
                    "la dernière restauration.")
    _book(bk, db, "le livre : un fichier .assocompta")
    rs = sub.add_parser(
        "restore", help="remettre une sauvegarde à la place du livre",
        description="Vérifie la sauvegarde (un livre AssoCompta intact), garde le livre "
                    "actuel à part comme une sauvegarde de plus (« livre remplacé »), puis met "
                    "la sauvegarde à sa place. Le livre ne doit être ouvert en écriture nulle "
                    "part. Une sauvegarde d'une version plus ancienne est mise à jour à la "
                    "prochaine ouverture.",
        epilog="Pour revenir en arrière : assocompta backups BOOK montre le livre remplacé "
               "en n°1 ; assocompta restore BOOK 1 le remet en place.")
    _book(rs, db, "le livre : un fichier .assocompta")
    rs.add_argument("backup", metavar="BACKUP",
                    help="la sauvegarde : son numéro ou son nom dans la liste de « assocompta "
                         "backups BOOK », ou le chemin d'une copie du livre")


def add_reconciliation_parser(bank_sub, db: str | None = None) -> None:
    """``bank reconciliation`` (its own function: the bank import adds its commands beside)."""
    rec = bank_sub.add_parser(
        "reconciliation", help="état de rapprochement d'un relevé (PDF ou XLSX)",
        description="Écrit l'état de rapprochement du relevé daté --date du compte --account "
                    "(défaut : son dernier relevé) : solde du relevé, opérations non pointées, "
                    "solde comptable. Code de sortie 1 si l'état ne s'équilibre pas (le "
                    "fichier est écrit).")
    _book(rec, db)
    rec.add_argument("--account", default="512", metavar="COMPTE",
                     help="compte bancaire (défaut : 512)")
    rec.add_argument("--date", metavar="AAAA-MM-JJ", help="date du relevé")
    rec.add_argument("dest", metavar="DEST", type=Path, help="fichier à écrire (.pdf ou .xlsx)")


def add_copy_parser(sub) -> None:
    """``assocompta copy SOURCE DEST``: a book between SQLite and PostgreSQL."""
    cp = sub.add_parser(
        "copy", help="copier un livre entre un fichier et PostgreSQL (sans perte)",
        description="Copie tout le livre SOURCE vers DEST : exercices, écritures, pièces "
                    "jointes, rapprochements, reçus, budgets, avec les mêmes numéros. Chacun "
                    "est un fichier .assocompta ou une base PostgreSQL "
                    "(postgresql://UTILISATEUR:MOT_DE_PASSE@HÔTE:PORT/BASE). Tout ou rien : "
                    "la copie est vérifiée table par table (nombre de lignes et empreinte) "
                    "avant d'être enregistrée.",
        epilog="DEST doit être vide : un fichier qui n'existe pas encore, ou une base "
               "PostgreSQL sans livre (les tables y sont créées). PostgreSQL demande "
               "l'option postgres : pip install 'assocompta[postgres]'.")
    cp.add_argument("source", metavar="SOURCE", help="livre à copier (fichier ou postgresql://…)")
    cp.add_argument("dest", metavar="DEST", help="copie à créer (fichier ou postgresql://…)")


def add_identity_parser(sub, db: str | None = None) -> None:
    """``assocompta identity``: the association's name, address, SIREN, SIRET and object,
    and what its donation receipts say of it (RNA, category, RUP dates, signatory)."""
    from .domain.receipts import Category
    ident = sub.add_parser(
        "identity", help="identité de l'association (nom, adresse, SIREN, objet, reçus fiscaux)",
        description="Affiche l'identité de l'association ; avec des options, remplace les "
                    "champs donnés. Un reçu fiscal (CERFA 11580, 16216) demande l'adresse du "
                    "siège, l'objet, la catégorie de l'association et qui signe les reçus.",
        epilog="Catégories de reçu (--receipt-category) : "
               + " ; ".join(f"{c.value} = {c.label}" for c in Category)
               + ". « \"\" » efface un champ facultatif.")
    _book(ident, db)
    ident.add_argument("--name", metavar="TEXTE", help="nom de l'association")
    ident.add_argument("--address", metavar="TEXTE", help="adresse du siège")
    ident.add_argument("--siren", metavar="NUMÉRO", help="numéro SIREN (9 chiffres ; \"\" pour l'effacer)")
    ident.add_argument("--siret", metavar="NUMÉRO", help="numéro SIRET (14 chiffres ; \"\" pour l'effacer)")
    ident.add_argument("--object", metavar="TEXTE", help="objet de l'association")
    group = ident.add_argument_group("reçus fiscaux")
    group.add_argument("--rna", metavar="NUMÉRO",
                       help="numéro RNA (W suivi de 9 chiffres, récépissé de la préfecture)")
    group.add_argument("--receipt-category", metavar="CATÉGORIE",
                       choices=["", *(c.value for c in Category)],
                       help="case cochée sous « Organisme bénéficiaire » (liste ci-dessous)")
    group.add_argument("--receipt-category-detail", metavar="TEXTE",
                       help="précision de la catégorie interet_general_autre (« Autres "
                            "(précisez) »)")
    group.add_argument("--rup-decree", metavar="AAAA-MM-JJ",
                       help="reconnue d'utilité publique : date du décret")
    group.add_argument("--rup-journal", metavar="AAAA-MM-JJ",
                       help="reconnue d'utilité publique : date de publication au Journal "
                            "officiel")
    group.add_argument("--signatory", metavar="NOM", help="qui signe les reçus")
    group.add_argument("--signatory-title", metavar="QUALITÉ",
                       help="sa qualité : président, trésorière…")


#: ``identity`` options → Identity fields.
_IDENTITY_OPTIONS = {"name": "name", "address": "address", "siren": "siren", "siret": "siret",
                     "object": "object", "rna": "rna", "receipt_category": "receipt_category",
                     "receipt_category_detail": "receipt_category_detail",
                     "rup_decree": "rup_decree_date", "rup_journal": "rup_journal_date",
                     "signatory": "signatory_name", "signatory_title": "signatory_title"}


def cmd_identity(args) -> int:
    from dataclasses import replace

    from .domain.errors import ValidationError
    from .domain.receipts import Category
    from .services.setup import read_identity, update_identity
    from .storage.books import open_book

    given = {field: getattr(args, option) for option, field in _IDENTITY_OPTIONS.items()
             if getattr(args, option) is not None}
    for field, what in (("rup_decree_date", "date du décret"),
                        ("rup_journal_date", "date du Journal officiel")):
        if field in given:
            given[field] = parse_iso_date(given[field], what) if given[field] else None
    with open_book(args.book, readonly=not given) as book:
        identity = read_identity(book)
        if given:
            after = replace(identity, **given)
            # Said rather than dropped: these only go with their category.
            if (given.get("receipt_category_detail")
                    and after.receipt_category != Category.INTERET_GENERAL_AUTRE.value):
                raise ValidationError("--receipt-category-detail précise la catégorie "
                                      "interet_general_autre seulement", field="précision")
            if ((given.get("rup_decree_date") or given.get("rup_journal_date"))
                    and after.receipt_category != Category.RUP.value):
                raise ValidationError("les dates du décret et du Journal officiel vont avec "
                                      "la catégorie rup seulement", field="date du décret")
            identity = update_identity(book, after)
            _committed.append("L'identité de l'association a été enregistrée ; seul le compte "
                              "rendu de la commande a échoué.")
            print("Identité de l'association enregistrée.")
        category = (Category(identity.receipt_category).label if identity.receipt_category
                    else None)
        if identity.receipt_category_detail:
            category += f" : {identity.receipt_category_detail}"
        rup = (f"décret du {identity.rup_decree_date:%d/%m/%Y}, Journal officiel du "
               f"{identity.rup_journal_date:%d/%m/%Y}" if identity.rup_decree_date else None)
        signatory = (f"{identity.signatory_name}, {identity.signatory_title}"
                     if identity.signatory_name else None)
        for label, value in (("Nom", identity.name), ("Adresse", identity.address),
                             ("SIREN", identity.siren), ("SIRET", identity.siret),
                             ("Objet", identity.object), ("RNA", identity.rna),
                             ("Catégorie (reçus)", category),
                             *((("Utilité publique", rup),) if rup else ()),
                             ("Signataire des reçus", signatory)):
            print(f"{label} : {(value or '—').replace(chr(10), ', ')}")
    return 0


# -- annexe des comptes annuels (règlement ANC 2018-06, art. 431-1 ff.) ----------------------
def add_annexe_parsers(sub, db: str | None = None) -> None:
    """``annexe export`` (PDF or XLSX, one page or sheet per note) and ``annexe text`` (the
    treasurer's texts, by key)."""
    from .domain.annexe import TEXTS
    ann = sub.add_parser("annexe", help="annexe des comptes annuels (règlement ANC 2018-06)")
    asub = ann.add_subparsers(dest="annexe_command", metavar="ACTION", required=True,
                              parser_class=_Parser)
    exp = asub.add_parser(
        "export", help="écrire l'annexe d'un exercice (.pdf ou .xlsx)",
        description="L'annexe de l'exercice, note par note (art. 431-2 à 431-13) : les textes "
                    "écrits par « annexe text » et les tableaux calculés du livre (fonds "
                    "propres, fonds dédiés, subventions par autorité, contributions "
                    "volontaires…). Une note sans montant ni texte est omise (art. 410-2).")
    _book(exp, db)
    exp.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    exp.add_argument("-o", dest="dest", required=True, type=Path, metavar="DEST",
                     help="fichier à écrire (.pdf ou .xlsx)")
    exp.add_argument("--validated-only", action="store_true", help=VALIDATED_ONLY_HELP)
    txt = asub.add_parser(
        "text", help="lire ou écrire les textes de l'annexe",
        description="Sans --key : chaque texte de l'annexe, ou « (vide) ». Avec --key et "
                    "--text ou --file : remplace ce texte (un texte vide le retire : l'annexe "
                    "reprend le texte proposé, s'il y en a un).",
        epilog="Clés : " + " ; ".join(f"{k} = {title}" for k, (title, _) in TEXTS.items()))
    _book(txt, db)
    txt.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    txt.add_argument("--key", metavar="KEY", help="le texte à lire ou écrire (liste ci-dessous)")
    given = txt.add_mutually_exclusive_group()
    given.add_argument("--text", metavar="TEXTE", help="le nouveau texte (\"\" : le retirer)")
    given.add_argument("--file", type=Path, metavar="FICHIER",
                       help="le nouveau texte, lu dans ce fichier (UTF-8)")


def cmd_annexe_export(args) -> int:
    from .reports.annexe import annexe_reports
    from .services.annexe import build_annexe
    from .services.reports import write
    from .storage.books import open_book

    _refuse_dest(args.dest)
    if args.dest.suffix.lower() not in (".pdf", ".xlsx"):
        _err("l'annexe s'écrit en .pdf ou en .xlsx (une feuille par note, ou les notes à la suite)")
        return 1
    with open_book(args.book, readonly=True) as book:
        reports = annexe_reports(build_annexe(book, args.year,
                                              validated_only=args.validated_only))
    return _written(write(reports, args.dest), _annexe_once(reports))


def cmd_annexe_text(args) -> int:
    from .domain.errors import ValidationError
    from .services.annexe import annexe_texts, check_key, save_annexe_texts
    from .storage.books import open_book

    if args.key is None and (args.text is not None or args.file is not None):
        raise ValidationError("--text et --file remplacent un texte : nommez-le par --key",
                              field="--key")
    if args.key is not None:
        check_key(args.key)
    new = args.text
    if args.file is not None:
        try:
            new = args.file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValidationError(f"{args.file} n'est pas un texte UTF-8 : enregistrez-le en "
                                  "UTF-8 (« Texte Unicode » de votre éditeur)",
                                  field="--file") from None
    with open_book(args.book, readonly=new is None) as book:
        if new is not None:
            changed = save_annexe_texts(book, args.year, {args.key: new})
            _committed.append(f"Le texte « {args.key} » de l'annexe a été enregistré ; seul le "
                              "compte rendu de la commande a échoué.")
            print(f"Annexe {args.year}, texte « {args.key} » : "
                  + ("inchangé." if not changed else "enregistré." if new.strip() else
                     "retiré (l'annexe reprend le texte proposé, s'il y en a un)."))
            return 0
        texts = annexe_texts(book, args.year)
    for key, title, written, proposed in texts:
        if args.key not in (None, key):
            continue
        print(f"{key} — {title}")
        if written:
            shown = written
        elif proposed:
            shown = "(vide ; l'annexe dit le texte proposé) " + proposed
        else:
            shown = "(vide)"
        print("\n".join("  " + line for line in shown.splitlines()))
    return 0


RECEIPTS_COMMANDS = ("issue", "list", "cancel", "replace", "declaration")


def add_receipts_parser(sub, db: str | None = None) -> None:
    """``assocompta receipts``: donation receipts (Cerfa 11580 and 16216) and their yearly
    declaration. ``assocompta receipts BOOK --year …`` (no sub-command) is ``receipts
    issue``, as scripts written before the sub-commands call it."""
    rec = sub.add_parser(
        "receipts", help="reçus fiscaux des dons (Cerfa 11580, 16216) et leur déclaration",
        description="Reçus fiscaux des dons, par année civile : émettre, lister, annuler, "
                    "remplacer, et la déclaration annuelle (CGI art. 222 bis). « assocompta "
                    "receipts BOOK --year 2025 DEST » sans sous-commande vaut « receipts issue ».")
    rsub = rec.add_subparsers(dest="receipts_command", metavar="COMMANDE", required=True)
    iss = rsub.add_parser(
        "issue", help="émettre les reçus des dons d'une année civile (PDF)",
        description="Émet les reçus des dons de l'année civile pas encore reçus (dons manuels "
                    "7541…, abandons de frais 75412, mécénat 7542, donation notariée 75432, "
                    "dons en nature 870, mécénat de compétences 871 ; donateur en tiers), numérotés "
                    "<année>-0001…, un "
                    "particulier sur le modèle Cerfa 11580*05 (art. 200), une entreprise sur le "
                    "Cerfa 16216*03 (art. 238 bis), et les écrit dans un PDF (une page par "
                    "reçu). Tout ou rien : un donateur ou un don incomplet (nature, adresse, "
                    "renonciation d'un bénévole…) est nommé et aucun reçu n'est émis. Avec "
                    "--reprint, réimprime les reçus déjà émis (duplicata).")
    _book(iss, db)
    iss.add_argument("--year", required=True, metavar="ANNÉE",
                     help="année civile des dons (ex. 2025), quel que soit l'exercice")
    iss.add_argument("dest", metavar="DEST", type=Path,
                     help="fichier PDF, ou dossier (recus-fiscaux-<année>.pdf)")
    iss.add_argument("--donor", metavar="CODE", help="un seul donateur (code du tiers)")
    iss.add_argument("--per-gift", action="store_true",
                     help="un reçu par don (défaut : un reçu annuel par donateur)")
    iss.add_argument("--method", choices=("especes", "cheque", "virement"),
                     help="mode de versement des dons en numéraire dont l'écriture ne le "
                          "montre pas (il est lu dans l'écriture : 53… espèces, 5112 ou "
                          "libellé chèque, 51… virement ; jamais remplacé)")
    iss.add_argument("--ifi", action="store_true",
                     help="certifier l'article 978 (IFI) au lieu de l'article 200 "
                          "(numéraire et titres cotés d'un particulier)")
    iss.add_argument("--reprint", action="store_true",
                     help="réimprimer les reçus déjà émis (mention Duplicata)")
    lst = rsub.add_parser("list", help="les dons et reçus d'une année civile",
                          description="Liste les reçus émis (annulés compris) et les dons "
                                      "sans reçu de l'année civile, avec ce qui empêche "
                                      "d'en émettre le reçu.")
    _book(lst, db)
    lst.add_argument("--year", required=True, metavar="ANNÉE", help="année civile (ex. 2025)")
    lst.add_argument("--format", choices=("table", "csv"), default="table",
                     help="table (défaut) ou csv (séparateur ;)")
    can = rsub.add_parser("cancel", help="annuler un reçu émis (il reste, marqué annulé)",
                          description="Annule un reçu émis : il reste dans le livre, marqué "
                                      "« annulé » avec la date et le motif ; ses dons ne sont "
                                      "plus reçus que par un reçu qui le remplace (receipts "
                                      "replace).")
    _book(can, db)
    can.add_argument("number", metavar="NUMÉRO", help="numéro du reçu (ex. 2025-0003)")
    can.add_argument("--reason", required=True, metavar="MOTIF",
                     help="motif de l'annulation (ex. « adresse erronée »)")
    rep = rsub.add_parser("replace", help="remplacer un reçu par un nouveau (PDF)",
                          description="Émet un nouveau reçu pour les dons d'un reçu annulé "
                                      "(ou l'annule d'abord, avec --reason), avec le donateur "
                                      "et l'association tels qu'ils sont maintenant ; le "
                                      "nouveau reçu porte « Annule et remplace le reçu n° … ».")
    _book(rep, db)
    rep.add_argument("number", metavar="NUMÉRO", help="numéro du reçu remplacé")
    rep.add_argument("dest", metavar="DEST", type=Path, help="fichier PDF, ou dossier")
    rep.add_argument("--reason", metavar="MOTIF",
                     help="motif de l'annulation, si le reçu n'est pas déjà annulé")
    dec = rsub.add_parser(
        "declaration", help="déclaration annuelle des reçus émis (CGI art. 222 bis)",
        description="Nombre de reçus émis et montant des dons qu'ils portent, pour l'année "
                    "civile, ou pour l'exercice clos dans l'année s'il n'est pas l'année "
                    "civile (CGI art. 222 bis), avec où et quand le déclarer. Sans --output, "
                    "affiche les chiffres.")
    _book(dec, db)
    dec.add_argument("--year", required=True, metavar="ANNÉE",
                     help="année civile (ex. 2025 : dons de 2025, déclarés en 2026)")
    dec.add_argument("--output", metavar="DEST", type=Path,
                     help="fichier .pdf, .xlsx ou .csv (le format suit l'extension)")


NATURE_HELP = ("particulier, entreprise, association, collectivite, autre ou inconnue "
               "(nature non précisée)")


def _nature(text: str):
    from .domain.errors import ValidationError
    from .domain.parties import parse_nature
    try:
        return parse_nature(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def add_tiers_parsers(sub, db: str | None = None) -> None:
    """``tiers import|list|export`` and ``members``: donors and members as records, and who
    has paid their cotisation."""
    tie = sub.add_parser(
        "tiers", help="tiers (donateurs, adhérents, financeurs…) : import, liste, export",
        description="Les tiers du livre comme fiches : nature (particulier, entreprise…), "
                    "civilité, nom et prénom, adresse, e-mail, téléphone, SIREN d'une "
                    "entreprise.")
    tsub = tie.add_subparsers(dest="tiers_command", metavar="ACTION", required=True,
                              parser_class=_Parser)
    imp = tsub.add_parser(
        "import", help="importer une liste de donateurs ou d'adhérents (CSV ou XLSX, tout ou "
                       "rien)",
        description="Lit une liste tenue dans un tableur (CSV séparé par « ; », « , » ou "
                    "tabulation, UTF-8 ou Windows ; ou classeur .xlsx, première feuille). Les "
                    "colonnes sont trouvées par leur nom (accents, majuscules et espaces "
                    "ignorés) : Code ou N° adhérent, Civilité, Nom, Prénom, Raison sociale, "
                    "Adresse, Adresse 2, Code postal ou CP, Ville ou Commune, Pays, E-mail ou "
                    "Courriel, Téléphone, SIREN, Forme juridique, Fin d'exercice, Type ou "
                    "Nature, Cotisation ou Montant, Date d'adhésion, Membre (oui/non) ; les "
                    "autres sont laissées de côté. Un tiers du livre de même code, ou à défaut "
                    "de même nom et code postal, est mis à jour (les cases vides gardent ce "
                    "que le livre sait) ; les autres sont créés, avec un code tiré du nom. "
                    "Tout ou rien : une ligne fausse est nommée (ligne, colonne) et rien "
                    "n'est écrit.")
    _book(imp, db)
    imp.add_argument("source", metavar="FILE", type=Path, help="liste .csv ou .xlsx")
    imp.add_argument("--year", metavar="LABEL",
                     help="exercice dont chaque ligne devient adhérent (ex. 2025), avec la "
                          "cotisation attendue de la colonne Cotisation si elle existe ; une "
                          "colonne Membre à « non » garde la ligne hors des adhérents")
    lst = tsub.add_parser("list", help="lister les tiers",
                          description="Les tiers du livre par nom : code, nom, nature, "
                                      "adresse, e-mail, SIREN.")
    _book(lst, db)
    lst.add_argument("--format", choices=("table", "csv"), default="table",
                     help="table (défaut) ou csv (séparateur ;, les colonnes de l'export)")
    lst.add_argument("--nature", type=_nature, metavar="NATURE",
                     help="seulement les tiers de cette nature : " + NATURE_HELP)
    exp = tsub.add_parser(
        "export", help="exporter les tiers (CSV ou XLSX, réimportable)",
        description="Écrit les tiers dans un fichier .csv (séparateur ;, UTF-8 avec BOM : "
                    "Excel l'ouvre tel quel) ou .xlsx, avec les colonnes que « tiers import » "
                    "relit : complété dans un tableur puis réimporté, il met à jour les mêmes "
                    "tiers.")
    _book(exp, db)
    exp.add_argument("dest", metavar="DEST", type=Path, help="fichier .csv ou .xlsx")
    exp.add_argument("--nature", type=_nature, metavar="NATURE",
                     help="seulement les tiers de cette nature : " + NATURE_HELP)
    mem = sub.add_parser(
        "members", help="adhérents d'un exercice : qui a payé sa cotisation",
        description="Les adhérents de l'exercice (inscrits par « tiers import --year » ou "
                    "dans l'application, ou nommés par une cotisation 756…) avec la cotisation "
                    "attendue, le montant payé (crédits moins débits des comptes 756… à leur "
                    "nom dans l'exercice), la date du dernier paiement et le statut : à jour, "
                    "partiel ou non payée.")
    _book(mem, db)
    mem.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    mem.add_argument("--unpaid", action="store_true",
                     help="seulement ceux qui n'ont pas payé toute leur cotisation")
    mem.add_argument("--format", choices=("table", "csv"), default="table",
                     help="table (défaut) ou csv (séparateur ;)")
    mem.add_argument("--output", "-o", dest="dest", metavar="DEST", type=Path,
                     help="écrire la liste dans un fichier .csv ou .xlsx au lieu de l'afficher")


def legacy_receipts(argv: list[str]) -> list[str]:
    """``receipts BOOK --year …`` as scripts called it before the sub-commands: ``receipts
    issue BOOK --year …``."""
    for i, arg in enumerate(argv):
        if arg == "receipts":
            rest = argv[i + 1:]
            if rest and rest[0] not in RECEIPTS_COMMANDS + ("-h", "--help"):
                return argv[:i + 1] + ["issue"] + rest
            return argv
        if not arg.startswith("-") and (i == 0 or argv[i - 1] != "--db"):
            return argv  # another command
    return argv


def shown(target) -> str:
    """A book as messages name it: a PostgreSQL URL never shows its password."""
    from .storage.pg import is_url, redact
    return redact(str(target)) if is_url(str(target)) else str(target)


def _q(target) -> str:
    """A book as a command to copy shows it: a file quoted when the shell would split its
    name; a URL as :func:`shown` gives it (its *** stands for a password to type)."""
    import shlex

    from .storage.pg import is_url
    return str(target) if is_url(str(target)) else shlex.quote(str(target))


def _err(message: str) -> None:
    print(f"assocompta : {_scrub(message)}", file=sys.stderr)


def _warn(messages: list[str]) -> None:
    for m in messages:
        print(f"attention : {_scrub(m)}", file=sys.stderr)


def _scrub(text: str) -> str:
    """No PostgreSQL password in what is printed, even inside the driver's own text."""
    from .storage.pg.redaction import scrub
    return scrub(text)


def _refuse_dest(dest) -> None:
    """Refuse, before the book is even opened, a DEST that is a book or not a file."""
    from .output import refuse_unsafe_destination
    if not Path(dest).is_dir():  # a folder gets a file named by the command, checked then
        refuse_unsafe_destination(Path(dest))


def cmd_init(args) -> int:
    from .services.setup import Identity, create_book

    from .domain.money import Money
    from .domain.opening import parse_opening
    from .formatting import euros
    start = parse_iso_date(args.start, "date de début")
    end = parse_iso_date(args.end, "date de fin") if args.end else None
    opening = parse_opening(args.opening) if args.opening else None
    book, warnings = create_book(args.book, Identity(args.name, args.address, args.siren,
                                                     args.siret, args.object), start, end,
                                 opening)
    _committed.append(f"Le livre {shown(args.book)} a été créé avec son premier exercice ; "
                      "seul le compte rendu de la commande a échoué.")
    with book:
        _warn(warnings)
        from .services.ledger import year_by_label
        with book.session() as s:
            y = year_by_label(s, None)
            print(f"Livre créé : {shown(args.book)} — exercice {y.label} "
                  f"({y.start_date:%d/%m/%Y} – {y.end_date:%d/%m/%Y}, {y.chart.label})")
            entry = book.raw_connection(s).execute(
                "SELECT e.number, sum(l.debit), count(*) FROM entry e JOIN entry_line l "
                "ON l.entry_id = e.id WHERE e.year_id = ? GROUP BY e.id", (y.id,)).fetchone()
        if entry:
            print(f"Soldes d'ouverture : écriture n°{entry[0]} au journal AN du "
                  f"{y.start_date:%d/%m/%Y}, {plural(entry[2], 'ligne', 'lignes')}, {euros(Money(entry[1]))} au "
                  "débit et au crédit")
    return 0


def cmd_year_add(args) -> int:
    from .services.setup import add_year
    from .storage.books import open_book

    start = parse_iso_date(args.start, "date de début")
    end = parse_iso_date(args.end, "date de fin") if args.end else None
    with open_book(args.book) as book:
        year, warnings = add_year(book, start, end)
        _committed.append("L'exercice a été ajouté ; seul le compte rendu de la commande a "
                          "échoué.")
        _warn(warnings)
        print(f"Exercice {year.label} ajouté ({year.start_date:%d/%m/%Y} – "
              f"{year.end_date:%d/%m/%Y})")
    return 0


def _print_checks(checks) -> None:
    for c in checks:
        mark = "✓" if c.ok else ("✗" if c.blocking else "!")
        print(f"  {mark} {c.name} : {c.explanation}")


def cmd_year_close(args) -> int:
    from .formatting import euros
    from .services.closing import close_year, closing_checks
    from .storage.books import open_book

    with open_book(args.book, readonly=args.check, backup=not args.check) as book:
        checks = closing_checks(book, args.year)
        if args.work and not args.check and not any(c.fails for c in checks):
            _do_year_work(book, args.year, None)
        checks.append(_work_check(book, args.year, checks))
        print(f"Clôture de l'exercice {args.year} : vérifications")
        _print_checks(checks)
        if any(c.fails for c in checks):
            print("La clôture est impossible tant qu'une vérification échoue (✗) : rien n'a "
                  "été écrit.")
            return 1
        if args.check:
            print("Tout est prêt : la clôture est possible (elle est définitive).")
            waiting = _drafts_of(book, args.year)
            if waiting.count:
                print(f"La clôture validera {_drafts_text(waiting)} ; celles sans "
                      "référence de pièce recevront un numéro automatique par journal.")
            return 0
        r = close_year(book, args.year)
    kind = "excédent" if r.result.cents >= 0 else "déficit"
    if r.validated:
        print(f"Brouillard validé par la clôture : "
              f"{plural(r.validated, 'écriture validée', 'écritures validées')}"
              + (f" ; {plural(r.pieces_numbered, 'pièce numérotée', 'pièces numérotées')} "
                 "automatiquement" if r.pieces_numbered else ""))
    print(f"Résultat de l'exercice {r.year} : {kind} de {euros(abs(r.result))} "
          f"(compte {'120' if r.result.cents >= 0 else '129'})")
    if r.next_year_created:
        print(f"Exercice {r.next_year} créé.")
    if r.entry_id:
        print(f"À-nouveaux : écriture n°{r.entry_number} de l'exercice {r.next_year} "
              f"(journal AN, {plural(r.line_count, 'ligne', 'lignes')})")
    for mapping in r.mappings:
        print(f"  compte {mapping}")
    if r.reversals:
        print(f"Extournes : {plural(r.reversals, 'régularisation', 'régularisations')} de "
              f"l'exercice {r.year} inversée{'s' if r.reversals > 1 else ''} au premier jour de "
              f"l'exercice {r.next_year} (brouillards OD)")
    print(f"Exercice {r.year} clos le {r.closed_at[:10]} : il ne pourra plus jamais être "
          "modifié ni rouvert.")
    print(f"Après l'AG : assocompta year allocate {_q(shown(args.book))} --year {r.year} "
          "--report … --reserves …")
    return 0


def _work_check(book, label: str, checks):
    """What is left of the year-end work, as one more (non-blocking) check."""
    from .services.year_end_steps import pending_work_check, year_end_steps
    if any(c.fails and c.name == "Exercice ouvert" for c in checks):
        return pending_work_check([])
    return pending_work_check(year_end_steps(book, label))


def _print_step(step) -> None:
    from .formatting import euros
    pending = len(step.proposals)
    state = (plural(pending, "écriture proposée", "écritures proposées") if pending
             else "rien à passer")
    print(f"{step.title} : {state}"
          + (f" ; {plural(len(step.booked), 'déjà passée', 'déjà passées')}"
             if step.booked else ""))
    for p in step.proposals:
        d = p.draft
        print(f"  • {d.date:%d/%m/%Y} {d.label} — {euros(d.total_debit)}")
        print(f"    pourquoi : {p.reason}")
        for line in d.lines:
            side = f"D {euros(line.debit)}" if line.debit.cents else f"C {euros(line.credit)}"
            who = " · ".join(x for x in (line.tiers, line.action) if x)
            print(f"      {line.account:<8} {side}" + (f"  ({who})" if who else ""))
    for note in step.notes:
        print(f"  ! {note}")


def _do_year_work(book, label: str, keys) -> int:
    """Book every proposal of the chosen steps, one step after the other; how many."""
    from .services.year_end import book_proposals
    from .services.year_end_steps import STEPS, year_end_step
    booked = 0
    for key in keys or STEPS:
        step = year_end_step(book, label, key)
        if step.proposals:
            book_proposals(book, label, step.proposals)
            booked += len(step.proposals)
            done = plural(len(step.proposals), "écriture passée", "écritures passées")
            print(f"{step.title} : {done} en brouillard")
    return booked


def cmd_year_work(args) -> int:
    from .services.year_end_steps import STEPS, year_end_step
    from .storage.books import open_book

    keys = args.step or list(STEPS)
    with open_book(args.book, readonly=not args.book_work, backup=args.book_work) as book:
        if args.book_work:
            booked = _do_year_work(book, args.year, keys)
            if not booked:
                print("Aucune écriture d'inventaire à passer.")
        print(f"Travaux d'inventaire de l'exercice {args.year}")
        waiting = False
        for key in keys:
            step = year_end_step(book, args.year, key)
            if waiting and key == "fonds_dedies":
                print("(Fonds dédiés calculés sur les écritures passées à ce jour : passer les "
                      "étapes précédentes les change ; --book les passe dans l'ordre.)")
            _print_step(step)
            waiting = waiting or bool(step.proposals)
    return 0


def cmd_year_allocate(args) -> int:
    from .domain.money import Money
    from .services.closing import record_allocation
    from .storage.books import open_book

    report = Money.parse(args.report)
    reserves = Money.parse(args.reserves)
    date = parse_iso_date(args.date, "date") if args.date else None
    with open_book(args.book) as book:
        posted = record_allocation(book, args.year, report=report, reserves=reserves,
                                   date=date)
    print(f"Affectation du résultat {args.year} enregistrée : écriture n°{posted.number} de "
          f"l'exercice {posted.year} (report à nouveau {report} €, réserves {reserves} €)")
    return 0


def cmd_year_funds(args) -> int:
    from sqlalchemy import select

    from .formatting import euros
    from .services.dedicated_funds import funds_step
    from .services.year_end import book_proposals
    from .storage.books import open_book
    from .storage.orm import Entry

    with open_book(args.book, readonly=not args.write, backup=args.write) as book:
        step = funds_step(book, args.year)
        print(f"Fonds dédiés de l'exercice {args.year}")
        with book.session() as s:
            numbers = dict(s.execute(select(Entry.id, Entry.number)
                                     .where(Entry.id.in_(step.booked))).all())
        for entry_id in step.booked:
            print(f"  déjà passée : écriture n°{numbers[entry_id]}")
        for note in step.notes:
            print(f"  ! {note}")
        if not step.proposals:
            print("Rien à proposer : les fonds dédiés de l'exercice sont à jour.")
            return 0
        for p in step.proposals:
            print(f"  {p.draft.label} ({p.draft.date:%d/%m/%Y}, journal {p.draft.journal}) :")
            for ln in p.draft.lines:
                side = "D" if ln.debit.cents else "C"
                amount = ln.debit if ln.debit.cents else ln.credit
                print(f"    {side} {ln.account:<6} {euros(amount):>14}  "
                      f"{ln.tiers or '':<10} {ln.action or ''}")
            print(f"    {p.reason}")
        if not args.write:
            print(f"Pour les passer : assocompta year funds {_q(shown(args.book))} --year "
                  f"{args.year} --book")
            return 0
        ids = book_proposals(book, args.year, step.proposals)
        with book.session() as s:
            numbers = [n for (n,) in s.execute(select(Entry.number).where(Entry.id.in_(ids))
                                               .order_by(Entry.number))]
    print(f"Passées en brouillard : écriture{'s' if len(numbers) > 1 else ''} "
          + ", ".join(f"n°{n}" for n in numbers) + f" de l'exercice {args.year}.")
    return 0


def cmd_action_finish(args) -> int:
    from .services.dedicated_funds import finish_action
    from .storage.books import open_book

    date = None if args.reopen else parse_iso_date(args.date, "date de fin")
    with open_book(args.book) as book:
        action = finish_action(book, args.code, date)
        print(f"Action {action.code} ({action.name}) : "
              + (f"terminée le {date:%d/%m/%Y}." if date else "en cours à nouveau."))
    return 0


def cmd_fec_import(args) -> int:
    from .services.fec_import import import_fec
    from .storage.books import open_book

    t0 = time.perf_counter()
    with open_book(args.book) as book:
        try:
            result = import_fec(book, args.source)
        except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP: rolled back on the way
            why = f" ({stop.args[0]} reçu)" if stop.args else ""
            _err(f"interrompu{why} : rien n'a été importé, le livre est tel qu'avant l'import. "
                 "Relancez la même commande pour importer le fichier.")
            return 1
        _committed.append("Les écritures du FEC sont enregistrées dans le livre ; seul ce qui "
                          "suit l'import a échoué (les totaux des rapports seront recalculés "
                          "à la prochaine ouverture).")
        elapsed = time.perf_counter() - t0
        t1 = time.perf_counter()
        book.refresh_totals()  # report totals, in their own transaction once the import is in
        refresh = time.perf_counter() - t1
    drafts = ""
    if result.drafts:
        drafts = f", dont {result.drafts} en brouillard, à valider"
        if len(result.drafts_by_year) > 1:
            drafts += " (" + ", ".join(f"{year} : {n}" for year, n in
                                       result.drafts_by_year.items()) + ")"
    print(f"{plural(result.entries, 'écriture', 'écritures')} "
          f"({plural(result.lines, 'ligne', 'lignes')}) "
          f"{agree(result.entries, 'importée', 'importées')} en {elapsed:.1f} s "
          f"dans l'exercice {', '.join(result.years)}{drafts} (totaux des rapports mis à "
          f"jour en {refresh:.1f} s)")
    if result.drafts:
        # Sans ValidDate, le fichier ne dit pas qu'elles ont été validées : elles le seront ici.
        them = agree(result.drafts, "Validez-la", "Validez-les")
        # A database's address may hold a password: it is not repeated.
        named = args.book if isinstance(args.book, Path) else "LIVRE"
        print(f"{them} avec " + " puis ".join(
            command(VALIDATE, named, year=year) for year in result.drafts_by_year)
            + " (le fichier ne leur donne pas de ValidDate)")
    if result.drafts_moved:
        print(f"{plural(result.drafts_moved, 'écriture', 'écritures')} en brouillard déjà "
              f"{agree(result.drafts_moved, 'saisie passe', 'saisies passent')} après les "
              "écritures validées importées (numéros provisoires)")
    if result.accounts_created:
        shown = ", ".join(result.accounts_created[:10])
        more = len(result.accounts_created) - 10
        print(f"Sous-comptes créés : {shown}" + (f" … et {plural(more, 'autre', 'autres')}" if more > 0 else ""))
    if result.journals_created:
        print(f"Journaux créés : {', '.join(result.journals_created)}")
    if result.tiers_created:
        print(f"Tiers créés : {result.tiers_created}")
    return 0


def cmd_fec_export(args) -> int:
    from .services.fec_export import export_fec, piece_ref_note, without_piece_ref
    from .storage.books import open_book

    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        path, count = export_fec(book, args.year, args.dest)
        note = piece_ref_note(without_piece_ref(book, args.year))
    print(f"FEC écrit : {path} ({plural(count, 'ligne', 'lignes')})")
    if note:
        print(f"Note : {note}")
    return 0


def cmd_check(args) -> int:
    from .services.checks import book_warnings, check_book
    from .storage.books import open_book

    # shape=False: check opens a book whose first rows are unreadable, to name them.
    with open_book(args.book, readonly=True, shape=False) as book:
        problems = check_book(book, args.year)
        # What leaves the book consistent but wants attention: said, never a failure.
        warnings = [] if problems else book_warnings(book, args.year)
    if problems:
        for p in problems:
            print(p)
        print(plural(len(problems), "problème", "problèmes"), file=sys.stderr)
        return 1
    _warn(warnings)
    print("Livre cohérent : aucun problème")
    return 0


def _drafts_of(book, label: str | None):
    """The drafts of year ``label`` (:class:`services.validation.Drafts`)."""
    from .services.ledger import year_by_label
    from .services.validation import drafts_in
    with book.session() as s:
        return drafts_in(s, year_by_label(s, label).id)


def _drafts_text(drafts) -> str:
    """« 3 écritures en brouillard (n°40 à n°42, du 02/11/2025 au 30/12/2025) »."""
    return (plural(drafts.count, "écriture en brouillard", "écritures en brouillard")
            + f" ({drafts.where()})")


def cmd_entries_validate(args) -> int:
    from .domain.errors import ValidationError
    from .services.validation import validate_entries
    from .storage.books import open_book

    through = parse_iso_date(args.through, "date --through") if args.through else None
    with open_book(args.book) as book:
        try:
            done = validate_entries(book, args.year, through=through,
                                    number_pieces=args.number_pieces)
        except ValidationError as exc:
            if exc.field == "pièce":  # the command's own way of numbering them
                raise ValidationError(exc.message + " Ici : relancez avec --number-pieces.",
                                      field="pièce") from None
            raise
        if done.count:
            _committed.append(f"Les écritures de l'exercice {done.year} sont validées ; seul "
                              "le compte rendu de la commande a échoué.")
        left = _drafts_of(book, done.year)
    until = f" jusqu'au {through:%d/%m/%Y}" if through else ""
    if not done.count:
        print(f"Aucun brouillard à valider dans l'exercice {done.year}{until}.")
    else:
        numbers = (f"n°{done.first}" if done.count == 1
                   else f"n°{done.first} à n°{done.last}")
        print(f"{plural(done.count, 'écriture validée', 'écritures validées')} ({numbers}) "
              f"de l'exercice {done.year}"
              + (f" ; {plural(done.pieces_numbered, 'pièce numérotée', 'pièces numérotées')} "
                 "automatiquement" if done.pieces_numbered else ""))
    if left.count:
        print(f"{agree(left.count, 'Reste', 'Restent')} {_drafts_text(left)}.")
    return 0


def cmd_entries_reverse(args) -> int:
    from sqlalchemy import select

    from .domain.errors import ValidationError
    from .services.ledger import year_by_label
    from .services.validation import reverse_entry
    from .storage.books import open_book
    from .storage.orm import Entry

    date = parse_iso_date(args.date, "date") if args.date else None
    with open_book(args.book) as book:
        with book.session() as s:
            year = year_by_label(s, args.year)
            entry_id = s.scalar(select(Entry.id).where(Entry.year_id == year.id,
                                                       Entry.number == args.number))
            label = year.label
        if entry_id is None:
            raise ValidationError(f"l'exercice {label} n'a pas d'écriture n°{args.number} "
                                  f"(la liste : assocompta entries list "
                                  f"{_q(shown(args.book))} --year {label})", field="--number")
        reversal, _ = reverse_entry(book, entry_id, date=date)
        _committed.append(f"La contre-passation est enregistrée (écriture n°{reversal.number} "
                          f"de l'exercice {reversal.year}) ; seul le compte rendu de la "
                          "commande a échoué.")
        with book.session() as s:
            day = s.get(Entry, reversal.entry_id).date
    print(f"Écriture n°{args.number} de l'exercice {label} contre-passée par l'écriture "
          f"n°{reversal.number} de l'exercice {reversal.year}, du {day:%d/%m/%Y}, en brouillard "
          f"(à valider : assocompta entries validate {_q(shown(args.book))} --year "
          f"{reversal.year}).")
    return 0


def _french_day(value) -> str:
    """31/12/2025 from a date or its ISO text (SQLite gives text, PostgreSQL dates)."""
    iso = str(value)[:10]
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def cmd_entries_list(args) -> int:
    from .domain.money import Money
    from .formatting import euros
    from .services.ledger import year_by_label
    from .services.validation import drafts_in
    from .storage.books import open_book

    with open_book(args.book, readonly=True) as book, book.session() as s:
        year = year_by_label(s, args.year)
        conn = book.raw_connection(s)
        drafts = drafts_in(s, year.id)
        total = conn.execute("SELECT count(*) FROM entry WHERE year_id = ?",
                             (year.id,)).fetchone()[0]
        if not (drafts.count if args.drafts else total):
            print(f"Aucune écriture {'en brouillard ' if args.drafts else ''}dans l'exercice "
                  f"{year.label}.")
            return 0
        only = " AND e.valid_date IS NULL" if args.drafts else ""
        rows = conn.execute(
            "SELECT e.number, e.date, j.code, e.piece_ref, e.label, SUM(l.debit), "
            "e.valid_date FROM entry e JOIN journal j ON j.id = e.journal_id "
            "JOIN entry_line l ON l.entry_id = e.id "
            f"WHERE e.year_id = ?{only} GROUP BY e.id, j.code ORDER BY e.number", (year.id,))
        print(f"Écritures de l'exercice {year.label}"
              + (" en brouillard" if args.drafts else "") + " :")
        print(f"{'n°':>6}  {'date':<10}  {'jnl':<4}  {'pièce':<14}  {'libellé':<40}  "
              f"{'débit':>16}  état")
        for number, day, journal, piece, label, debit, valid in rows:
            label = label if len(label) <= 40 else label[:39] + "…"
            piece = piece if len(piece) <= 14 else piece[:13] + "…"
            state = "brouillard" if valid is None else f"validée le {_french_day(valid)}"
            amount = euros(Money(int(debit)))
            print(f"{number:>6}  {_french_day(day)}  {journal:<4}  {piece:<14}  {label:<40}  "
                  f"{amount:>16}  {state}")
    validated = total - drafts.count
    summary = [plural(validated, "validée", "validées")]
    if drafts.count:
        summary.append(f"{drafts.count} en brouillard ({drafts.where()})")
    print(f"{plural(total, 'écriture', 'écritures')} : " + ", ".join(summary)
          + (f" ; pour les valider : assocompta entries validate {_q(shown(args.book))} "
             f"--year {year.label}" if drafts.count else ""))
    return 0


def cmd_accounts(args) -> int:
    from sqlalchemy import select

    from .services.ledger import year_by_label
    from .storage.books import open_book
    from .storage.orm import Account

    with open_book(args.book, readonly=True) as book, book.session() as s:
        year = year_by_label(s, args.year)
        accounts = list(s.scalars(select(Account).where(Account.chart_id == year.chart_id)
                                  .order_by(Account.code)))
        print(f"Plan comptable de l'exercice {year.label} : {year.chart.label}")
        width = max(len(a.code) for a in accounts)
        for a in accounts:
            mark = "*" if a.is_custom else " "
            print(f"{a.code:<{width}} {mark} {a.label}  [{KIND_LABELS[a.kind]}]")
        print(f"{plural(len(accounts), 'compte', 'comptes')} (* : sous-compte créé par "
              "l'association)")
    return 0


def cmd_report(args) -> int:
    from .services.reports import SHEETS, build, write
    from .storage.books import open_book

    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        report = build(book, args.kind, args.year, detail=args.detail,
                       validated_only=args.validated_only)
        reports = [(SHEETS[args.kind], report)]
        # Inside: the ledgers read their lines from the book as they are written.
        return _written(write(reports, args.dest), reports)


def _written(path, reports) -> int:
    print(f"Fichier écrit : {path}")
    for name, report in reports:
        if report.provisional:
            # The flag helps with drafts only; an open year's annexe stays provisional.
            hint = (" (--validated-only : écritures validées seulement)"
                    if report.provisional.startswith("Document provisoire") else "")
            print(f"{name} : {report.provisional}{hint}")
    failing = 0
    for _, report in reports:
        for c in report.checks:
            print(c.sentence(), file=sys.stdout if c.ok else sys.stderr)
            failing += not c.ok
    return 1 if failing else 0


def cmd_budget_import(args) -> int:
    from .services.budget import import_budget
    from .storage.books import open_book

    with open_book(args.book) as book:
        r = import_budget(book, args.year, args.source)
    print(f"Budget {r.year} : {plural(r.lines, 'ligne importée', 'lignes importées')} "
          f"(charges {r.charges} €, produits "
          f"{r.produits} €)")
    return 0


def cmd_budget_export(args, suivi: bool = False) -> int:
    from .services.reports import build_budget_report, write
    from .storage.books import open_book

    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        report = build_budget_report(book, args.year, args.action, suivi=suivi,
                                     validated_only=suivi and args.validated_only)
    reports = [("Budget et réalisé" if suivi else "Budget", report)]
    return _written(write(reports, args.dest), reports)


def cmd_budget_compte_rendu(args) -> int:
    from .services import compte_rendu
    from .storage.books import open_book

    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        reports = compte_rendu.build(book, args.year, args.action, args.funder,
                                     validated_only=args.validated_only)
    # The three feuillets carry the same checks (those of the table): say them once.
    return _written(compte_rendu.write(reports, args.dest), [("Compte rendu", reports[1][1])])


def _utf8_file(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(f"{path} : ce fichier n'est pas en UTF-8 ; enregistrez-le en « texte "
                          "UTF-8 »") from None
    except OSError as exc:
        raise DomainError(f"{path} : {exc.strerror or exc}") from None


def cmd_budget_compte_rendu_text(args) -> int:
    from .services import compte_rendu
    from .storage.books import open_book

    if (args.text is not None or args.file) and not args.key:
        raise DomainError("--text et --file vont avec --key : la clé du texte (sans --key, "
                          "la liste des clés)")
    text = _utf8_file(args.file) if args.file else args.text
    with open_book(args.book, readonly=text is None) as book:
        if text is not None:
            changed = compte_rendu.save(book, args.year, {args.key: text}, args.action,
                                        args.funder)
            gone = not text.strip()
            print(f"Texte « {args.key} » " + ("inchangé" if not changed else
                                             "effacé" if gone else "enregistré"))
            return 0
        texts = compte_rendu.read(book, args.year, args.action, args.funder)
    keys = compte_rendu.text_keys()
    if args.key and args.key not in dict(keys):
        raise DomainError(f"texte « {args.key} » inconnu ; textes du compte rendu : "
                          + ", ".join(k for k, _ in keys))
    for key, what in keys:
        if not args.key or key == args.key:
            print(f"{key} — {what} :")
            print("\n".join("  " + line for line in texts.get(key, "(vide)").splitlines()))
    return 0


def cmd_budget_copy(args) -> int:
    from .domain.budget import parse_percent
    from .services.budget import copy_budget
    from .storage.books import open_book

    with open_book(args.book) as book:
        r = copy_budget(book, args.src, args.dst, actuals=args.actuals,
                        percent=parse_percent(args.percent))
    print(f"Budget {r.year} : {plural(r.lines, 'ligne copiée', 'lignes copiées')} "
          f"(charges {r.charges} €, produits "
          f"{r.produits} €)")
    return 0


def cmd_pack(args) -> int:
    from .services.reports import build_pack, write
    from .storage.books import open_book

    _refuse_dest(args.dest)
    if args.dest.suffix.lower() == ".csv":
        _err("le dossier d'AG contient plusieurs rapports : choisissez .xlsx ou .pdf")
        return 1
    with open_book(args.book, readonly=True) as book:
        reports = build_pack(book, args.year, validated_only=args.validated_only)
    return _written(write(reports, args.dest), _annexe_once(reports))


def _annexe_once(reports):
    """Reports as the terminal names them: the annexe's notes (a sheet each) share one
    provisional mark, said once as « Annexe » with all their checks."""
    from dataclasses import replace

    said = []
    for name, report in reports:
        if name.startswith("Annexe "):
            if said and said[-1][0] == "Annexe":
                # The mark once, but every note's checks (fonds propres, fonds dédiés…).
                first = said[-1][1]
                said[-1] = ("Annexe", replace(first, checks=first.checks + report.checks))
                continue
            name = "Annexe"
        said.append((name, report))
    return said


def cmd_bank_import(args) -> int:
    from .services.bank_import import import_statement
    from .storage.books import open_book

    with open_book(args.book) as book:
        r = import_statement(book, args.account, args.source, preset=args.preset)
    print(f"{plural(r.added, 'ligne ajoutée', 'lignes ajoutées')} à catégoriser, "
          f"{plural(r.skipped, 'déjà importée', 'déjà importées')}")
    return 0


def cmd_bank_presets(args) -> int:
    from .bank.presets import PRESETS

    for p in PRESETS:
        columns = " ; ".join(p.mapping.names().values())
        print(f"{p.name:<18} {p.title}\n{'':<18} colonnes : {columns} ({p.encoding}, {p.note})")
    return 0


def cmd_demo(args) -> int:
    from .services.demo import create_demo
    from .storage.books import is_shared

    if is_shared(args.book):
        import tempfile

        from .domain.errors import BookError
        from .storage import pg
        from .storage.book_copy import copy_book
        conn = pg.connect(args.book)
        try:
            if pg.schema_version(conn) is not None:  # said before the demo is built
                raise BookError(f"{shown(args.book)} contient déjà un livre : choisissez une "
                                "autre base de données.")
        finally:
            conn.close()
        # Built where the demo always is (a file), then copied whole: the same book, and
        # the database gets all of it or nothing.
        with tempfile.TemporaryDirectory(prefix="assocompta-demo-") as tmp:
            built = Path(tmp) / "demo.assocompta"
            with create_demo(built):
                pass
            copy_book(built, args.book)
    else:
        with create_demo(args.book):
            pass
    print(f"Livre d'exemple créé : {shown(args.book)} (exercices 2024, 2025 et budget 2026)")
    return 0


def cmd_copy(args) -> int:
    from .storage.book_copy import copy_book

    result = copy_book(args.source, args.dest)
    rows = result.rows
    print(f"Livre copié de {result.source} vers {result.dest} : "
          f"{plural(rows['fiscal_year'], 'exercice', 'exercices')}, "
          f"{plural(rows['entry'], 'écriture', 'écritures')}, "
          f"{plural(rows['entry_line'], 'ligne', 'lignes')}, "
          f"{plural(rows['attachment'], 'pièce jointe', 'pièces jointes')} ; "
          "copie vérifiée table par table.")
    return 0


def cmd_bank_reconciliation(args) -> int:
    from .services import reconciliation as rec
    from .storage.books import open_book

    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book, book.reading() as conn:
        found = rec.statements(conn, args.account)
        if args.date:
            day = parse_iso_date(args.date, "date du relevé")
            found = [st for st in found if st.date == day]
        if not found:
            _err(f"aucun relevé du compte {args.account}"
                 + (f" daté du {args.date}" if args.date else "")
                 + " : pointez-le d'abord dans l'application (vue Rapprochement)")
            return 1
        path = rec.write_etat(book, found[0].id, args.dest)
        report = rec.etat(conn, found[0].id)
    return _written(path, [("Rapprochement", report)])


def _receipts_dest(dest: Path, name: str) -> Path:
    return dest / name if dest.is_dir() else dest


def _donor_ids(conn, code: str | None) -> list[int] | None:
    if not code:
        return None
    row = conn.execute("SELECT id FROM tiers WHERE code = ?", (code,)).fetchone()
    if row is None:
        raise DomainError(f"donateur « {code} » inconnu (code du tiers)")
    return [row[0]]


def _receipts_said(made) -> str:
    from .formatting import euros
    from .domain.money import Money
    total = Money.total(r.amount for r in made)
    numbers = (made[0].number if len(made) == 1 else f"{made[0].number} à {made[-1].number}")
    return f"{plural(len(made), 'reçu', 'reçus')} {numbers} ({euros(total)})"


def cmd_receipts(args) -> int:
    from .reports.receipt_pdf import write_receipts
    from .services import receipt_issue, receipts
    from .storage.books import open_book

    year = receipts.calendar_year(args.year)
    dest = _receipts_dest(args.dest, f"recus-fiscaux-{year}.pdf")
    _refuse_dest(dest)  # before the book is opened for writing (lock, backup, numbering)
    with open_book(args.book, readonly=args.reprint) as book:
        with book.reading() as conn:
            tiers = _donor_ids(conn, args.donor)
            if args.reprint:
                made = [r for r in receipts.receipts(conn, year)
                        if tiers is None or r.tiers_id in tiers]
                if made:
                    write_receipts(made, receipts.beneficiary(conn), dest, duplicate=True)
        if not args.reprint:
            # The PDF is written before the receipts are committed: both or neither.
            made = receipt_issue.issue(book, year, tiers,
                                       per="gift" if args.per_gift else "donor",
                                       method=args.method, ifi=args.ifi,
                                       then=lambda made, who: write_receipts(made, who, dest))
    if not made:
        print("Aucun reçu à " + ("réimprimer" if args.reprint else
                                 f"émettre : tous les dons de {year} ont déjà leur reçu"))
        return 0
    print(f"{_receipts_said(made)} {agree(len(made), 'écrit', 'écrits')} dans {dest}")
    return 0


def cmd_receipts_list(args) -> int:
    import csv

    from .formatting import euros
    from .services import receipts
    from .storage.books import open_book

    year = receipts.calendar_year(args.year)
    with open_book(args.book, readonly=True) as book, book.reading() as conn:
        issued = receipts.receipts(conn, year)
        donors = receipts.donations(conn, year)
    rows = [("reçu", r.number, " ".join(filter(None, (r.donor_first_name, r.donor_name))),
             r.model, f"{r.first_date:%d/%m/%Y}" + (f"–{r.last_date:%d/%m/%Y}"
                                                     if r.last_date != r.first_date else ""),
             euros(r.amount),
             (f"annulé le {r.cancelled_at:%d/%m/%Y} : {r.cancel_reason}" if r.cancelled
              else f"remplace {r.replaces}" if r.replaces else ""))
            for r in issued]
    for d in donors:
        for g in d.pending + tuple(g for g in d.gifts if g.excluded):
            rows.append(("sans reçu" if not g.excluded else "exclu", f"n°{g.entry_number}",
                         d.name, g.account, f"{g.date:%d/%m/%Y}", euros(g.amount),
                         d.problem or g.problem or ""))
    if args.format == "csv":
        out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        out.writerow(("état", "numéro", "donateur", "modèle ou compte", "date", "montant",
                      "remarque"))
        out.writerows(rows)
        return 0
    if not rows:
        print(f"Aucun don ni reçu en {year}.")
    for row in rows:
        print("  ".join(str(c) for c in row if c != ""))
    return 0


def cmd_tiers_import(args) -> int:
    from .services.tiers_io import import_tiers
    from .storage.books import open_book

    with open_book(args.book) as book:
        r = import_tiers(book, args.source, args.year)
    print(f"{r.file} : {plural(len(r.created), 'tiers créé', 'tiers créés')}, "
          f"{plural(len(r.updated), 'mis à jour', 'mis à jour')}"
          + (f" ; {plural(r.members, 'adhérent', 'adhérents')} de l'exercice {r.year}"
             if r.year else ""))
    if r.ignored_columns:
        print("colonnes laissées de côté : " + ", ".join(r.ignored_columns))
    _warn(list(r.notes))
    return 0


def cmd_tiers_list(args) -> int:
    import csv

    from .services.parties import tiers_rows
    from .services.tiers_io import EXPORT_HEADERS, tiers_cells
    from .storage.books import open_book

    with open_book(args.book, readonly=True) as book:
        rows = tiers_rows(book, args.nature)
    if args.format == "csv":
        from .reports.table_file import csv_text
        out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        out.writerow(EXPORT_HEADERS)
        out.writerows([csv_text(c) for c in tiers_cells(t)] for t in rows)
        return 0
    if not rows:
        print("Aucun tiers" + (f" de nature {args.nature.label.lower()}" if args.nature
                               else "") + ".")
        return 0
    width = max(len(t.code) for t in rows)
    for t in rows:
        place = " ".join(p for p in (t.postcode, t.city) if p)
        extra = "  ".join(p for p in (place, t.email, f"SIREN {t.siren}" if t.siren else "")
                          if p)
        print(f"{t.code:<{width}}  {t.name}  [{t.nature.label}]" + (f"  {extra}" if extra
                                                                      else ""))
    print(plural(len(rows), "tiers", "tiers"))
    return 0


def cmd_tiers_export(args) -> int:
    from .reports.table_file import table_format
    from .services.tiers_io import export_tiers
    from .storage.books import open_book

    table_format(args.dest)
    _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        path = export_tiers(book, args.dest, args.nature)
    print(f"Fichier écrit : {path}")
    return 0


def cmd_members(args) -> int:
    import csv

    from .formatting import euros
    from .services.members import HEADERS, export_members, member_cells, members
    from .storage.books import open_book

    if args.dest is not None:
        from .reports.table_file import table_format
        table_format(args.dest)
        _refuse_dest(args.dest)
    with open_book(args.book, readonly=True) as book:
        listing = members(book, args.year)
    if args.dest is not None:
        print(f"Fichier écrit : {export_members(listing, args.dest, unpaid=args.unpaid)}")
        return 0
    rows = listing.unpaid if args.unpaid else listing.rows
    if args.format == "csv":
        from .reports.table_file import csv_text
        out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        out.writerow(HEADERS)
        out.writerows([csv_text(c) for c in member_cells(r)] for r in rows)
        return 0
    if not listing.rows:
        print(f"Aucun adhérent dans l'exercice {listing.year} : inscrivez-les avec assocompta "
              f"tiers import {_q(shown(args.book))} LISTE --year {listing.year}.")
        return 0
    print(f"Cotisations de l'exercice {listing.year}"
          + (" : adhérents qui n'ont pas tout payé" if args.unpaid else "") + " :")
    width = max(len(r.name) for r in rows) if rows else 0
    for r in rows:
        fee = euros(r.fee) if r.fee is not None else "—"
        last = f"le {r.last_paid:%d/%m/%Y}" if r.last_paid else ""
        print(f"{r.code:<16}  {r.name:<{width}}  attendu {fee:>10}  payé {euros(r.paid):>10}  "
              f"{r.status.label:<9}  {last}".rstrip())
    from .services.members import FeeStatus
    counts = [plural(listing.count(FeeStatus.PAID), "à jour", "à jour"),
              plural(listing.count(FeeStatus.PARTIAL), "partiel", "partiels"),
              plural(listing.count(FeeStatus.UNPAID), "non payée", "non payées")]
    print(f"{plural(len(listing.rows), 'adhérent', 'adhérents')} : " + ", ".join(counts))
    return 0


def cmd_receipts_cancel(args) -> int:
    from .services import receipt_issue
    from .storage.books import open_book

    with open_book(args.book) as book:
        r = receipt_issue.cancel(book, args.number, args.reason)
    print(f"Reçu {r.number} annulé le {r.cancelled_at:%d/%m/%Y} : {r.cancel_reason}. Il reste "
          "dans le livre ; pour en émettre un autre : assocompta receipts replace "
          f"BOOK {r.number} DEST")
    return 0


def cmd_receipts_replace(args) -> int:
    from .reports.receipt_pdf import write_receipts
    from .services import receipt_issue
    from .storage.books import open_book

    dest = _receipts_dest(args.dest, f"recu-remplacant-{args.number}.pdf")
    _refuse_dest(dest)
    with open_book(args.book) as book:
        r = receipt_issue.replace(book, args.number, reason=args.reason,
                                  then=lambda made, who: write_receipts(made, who, dest))
    print(f"Reçu {r.number} ({r.amount.cents // 100},{r.amount.cents % 100:02d} €) annule et "
          f"remplace le reçu {args.number} ; écrit dans {dest}")
    return 0


def cmd_receipts_declaration(args) -> int:
    from .formatting import euros
    from .services import receipts
    from .services.receipt_declaration import declaration
    from .storage.books import open_book

    year = receipts.calendar_year(args.year)
    if args.output is not None:
        if args.output.suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            raise DomainError(f"{args.output} : l'extension dit le format : .pdf, .xlsx ou "
                              ".csv")
        _refuse_dest(args.output)
    with open_book(args.book, readonly=True) as book, book.reading() as conn:
        decl = declaration(conn, year)
    p = decl.period
    what = ("année civile" if p.basis == "calendar" else "exercice")
    print(f"Déclaration des reçus fiscaux (CGI art. 222 bis) : {what} du {p.start:%d/%m/%Y} "
          f"au {p.end:%d/%m/%Y}" + ("" if p.closed else " (exercice non clos : provisoire)"))
    print(f"Nombre de reçus : {decl.count}")
    print(f"Montant des dons portés sur ces reçus : {euros(decl.total)}")
    for model, count, total in decl.by_model:
        print(f"  dont Cerfa {model} : {count} ({euros(total)})")
    if decl.cancelled:
        print(f"Reçus annulés, non comptés : {decl.cancelled}")
    if args.output is not None:
        from .reports.receipt_declaration import write_declaration
        path = write_declaration(decl, args.output, args.output.suffix.lower()[1:])
        print(f"Fichier écrit : {path}")
    return 0


def _file_book(target, command: str) -> Path:
    from .storage.pg import is_url
    if isinstance(target, str) and is_url(target):
        raise DomainError(f"« {command} » porte sur un livre en fichier : une base PostgreSQL "
                          "est sauvegardée et restaurée par son administrateur (pg_dump), ou "
                          "copiée dans un fichier par assocompta copy URL FICHIER.")
    return Path(target)


def cmd_backups(args) -> int:
    from .storage.backup import backup_dir
    from .storage.restore import last_entry_text, list_backups, size_text

    book = _file_book(args.book, "backups")
    listing = list_backups(book)
    if not listing:
        print(f"Aucune sauvegarde de {book.name} (dossier {backup_dir(book).name} absent ou "
              "vide) : une copie est faite à chaque ouverture en écriture après un changement.")
        return 0
    print(f"Sauvegardes de {book.name} (dossier {backup_dir(book)}), de la plus récente à la "
          "plus ancienne :")
    print(f"{'n°':>3}  {'date et heure':<19}  {'taille':>8}  {'écritures':>9}  "
          "dernière écriture")
    for b in listing:
        entries = "?" if b.entries is None else str(b.entries)
        mark = "  ← livre remplacé par une restauration" if b.aside else ""
        print(f"{b.number:>3}  {b.taken:%d/%m/%Y %H:%M:%S}  {size_text(b.size):>8}  "
              f"{entries:>9}  {last_entry_text(b)}{mark}")
    print(f"Pour remettre une sauvegarde à la place du livre : assocompta restore {_q(book)} N°")
    return 0


def _entries(n: int | None) -> str:
    """« 1 écriture », « 12 écritures », or what is said of a backup that could not be read."""
    return "un nombre inconnu d'écritures" if n is None else plural(n, "écriture", "écritures")


def cmd_restore(args) -> int:
    from .storage.restore import find_backup, last_entry_text, restore

    book = _file_book(args.book, "restore")
    done = restore(book, find_backup(book, args.backup))
    b = done.backup
    print(f"Sauvegarde du {b.taken:%d/%m/%Y à %H:%M:%S} remise en place : {book.name} "
          f"contient {_entries(b.entries)} "
          f"(dernière : {last_entry_text(b)}).")
    if done.aside is not None:
        print(f"Le livre remplacé est gardé à part : {done.aside} (n°1 de « assocompta "
              f"backups {_q(book)} » ; assocompta restore {_q(book)} 1 le remet en place).")
    return 0


# -- year-end work: cut-off (régularisations) and provisions -------------------------------
ACCRUAL_WHO = {"charge": ("fournisseur", "personnel", "social", "etat", "divers"),
               "produit": ("client", "subvention", "etat", "divers")}


def add_year_end_parsers(ysub, sub, db: str | None = None) -> None:
    """``year cutoff`` (the régularisations step, and those stated by hand) and
    ``provision add|reverse|list``."""
    cut = ysub.add_parser(
        "cutoff", help="régularisations de fin d'exercice (486, 487, charges à payer…)",
        description="Sans autre option : liste, numérotées, les régularisations que le livre "
                    "propose pour l'exercice (charges payées d'avance → 486, produits reçus "
                    "pour l'exercice suivant → 487 : cotisations de l'an prochain, part "
                    "d'une subvention pluriannuelle), avec la raison de chacune, puis celles "
                    "déjà passées et ce qu'il reste à regarder soi-même. --book passe les "
                    "propositions choisies ; --charge-a-payer, --produit-a-recevoir et "
                    "--line passent une régularisation dite à la main. Chaque écriture est "
                    "un brouillard OD daté du dernier jour de l'exercice ; la clôture "
                    "l'extourne le premier jour de l'exercice suivant.",
        epilog="Exemples : assocompta year cutoff livre.assocompta --year 2025 ; … --book 1 3 ; "
               "… --book all ; … --charge-a-payer 6061=230,50 --label \"Électricité "
               "décembre\" --tiers EDF ; … --produit-a-recevoir 741=1000 --who subvention "
               "--label \"Subvention Département\" ; … --line 12:1 --from 2025-11-01 "
               "--to 2026-01-31.")
    _book(cut, db)
    cut.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    cut.add_argument("--list", action="store_true",
                     help="seulement lister (ce que fait la commande sans autre option)")
    cut.add_argument("--book", nargs="+", metavar="N", dest="choose",
                     help="passer les propositions numérotées N (ou « all » : toutes)")
    hand = cut.add_mutually_exclusive_group()
    hand.add_argument("--charge-a-payer", metavar="COMPTE=MONTANT",
                      help="charge de l'exercice sans facture ou non payée : compte de "
                           "charges (classe 6) et montant, avec --label")
    hand.add_argument("--produit-a-recevoir", metavar="COMPTE=MONTANT",
                      help="produit acquis à l'exercice, non encore reçu : compte de produits "
                           "(classe 7) et montant, avec --label")
    hand.add_argument("--line", metavar="N[:POS]",
                      help="une ligne de charge ou de produit (écriture n°N de l'exercice, "
                           "ligne POS, 1 par défaut) dont --from et --to donnent la période : "
                           "la part après la fin de l'exercice va en 486 ou 487")
    cut.add_argument("--label", metavar="TEXTE",
                     help="libellé de la charge à payer ou du produit à recevoir")
    cut.add_argument("--who", choices=sorted(set(ACCRUAL_WHO["charge"] + ACCRUAL_WHO["produit"])),
                     help="contrepartie : charge à payer "
                          f"{', '.join(ACCRUAL_WHO['charge'])} (défaut fournisseur : 408 ; "
                          "personnel 428, social 438, etat 448) ; produit à recevoir "
                          f"{', '.join(ACCRUAL_WHO['produit'])} (défaut client : 418). Le "
                          "compte suit le plan de l'exercice : divers = 4686 ou 4687 (plan "
                          "2018), 468 (plan 2025) ; subvention = 4417 (plan 2018), 441 (plan "
                          "2025)")
    cut.add_argument("--tiers", metavar="CODE", help="tiers de la contrepartie (fournisseur, "
                                                     "financeur…)")
    cut.add_argument("--action", metavar="CODE", help="action de la charge ou du produit")
    cut.add_argument("--from", dest="start", metavar="AAAA-MM-JJ",
                     help="premier jour de la période couverte (avec --line)")
    cut.add_argument("--to", dest="end", metavar="AAAA-MM-JJ",
                     help="dernier jour de la période couverte (avec --line)")

    prov = sub.add_parser("provision", help="provisions et dépréciations de créances, avec "
                                            "leur raison")
    psub = prov.add_subparsers(dest="provision_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    padd = psub.add_parser(
        "add", help="passer une provision ou une dépréciation",
        description="Passe une provision (brouillard OD, daté du dernier jour de l'exercice "
                    "sauf --date) avec sa raison, que l'annexe et le livre d'inventaire "
                    "citent : risques = 6815 / 151 (un litige), charges = 6815 / 158 (des "
                    "travaux auxquels l'association est engagée ; le plan 2025 n'a pas de "
                    "158 : créez-le d'abord comme sous-compte de 15), creances = 6817 / 491 "
                    "par tiers (une créance qui ne sera probablement pas payée en entier).")
    _book(padd, db)
    padd.add_argument("--year", required=True, metavar="LABEL", help="exercice, ex. 2025")
    padd.add_argument("--kind", required=True, choices=("risques", "charges", "creances"),
                      help="nature de la provision")
    padd.add_argument("--amount", required=True, metavar="MONTANT", help="ex. 3 000,00")
    padd.add_argument("--reason", required=True, metavar="TEXTE",
                      help="ce que la provision couvre (cité par l'annexe)")
    padd.add_argument("--account", metavar="COMPTE",
                      help="un sous-compte du compte par défaut (ex. 1511)")
    padd.add_argument("--tiers", metavar="CODE", help="le débiteur (obligatoire pour creances)")
    padd.add_argument("--date", metavar="AAAA-MM-JJ", help="date de l'écriture (défaut : "
                                                           "dernier jour de l'exercice)")
    prev = psub.add_parser(
        "reverse", help="reprendre une provision (tout ou partie)",
        description="Reprend une provision devenue sans objet, réalisée, ou une créance payée "
                    "ou perdue : débit du compte de provision, crédit 7815 (provisions) ou "
                    "7817 (dépréciations de créances), avec sa raison. La reprise ne peut "
                    "pas dépasser ce que le compte tient à sa date.")
    _book(prev, db)
    prev.add_argument("--year", required=True, metavar="LABEL",
                      help="exercice de la reprise, ex. 2026")
    which = prev.add_mutually_exclusive_group(required=True)
    which.add_argument("--entry", metavar="EXERCICE:N",
                       help="l'écriture de la provision (ex. 2025:41) : la reprise la nomme")
    which.add_argument("--account", metavar="COMPTE", help="le compte de provision (15…, 49…)")
    prev.add_argument("--tiers", metavar="CODE", help="le débiteur (dépréciation par tiers)")
    prev.add_argument("--amount", required=True, metavar="MONTANT", help="ex. 1 000,00")
    prev.add_argument("--reason", required=True, metavar="TEXTE", help="pourquoi la reprise")
    prev.add_argument("--date", metavar="AAAA-MM-JJ", help="date de l'écriture (défaut : "
                                                           "dernier jour de l'exercice)")
    plist = psub.add_parser(
        "list", help="les provisions ouvertes à une date, avec leurs raisons",
        description="Les provisions et dépréciations (15…, 29…, 39…, 49…, 59…) ouvertes à la "
                    "date, par compte et par tiers, avec les raisons de leurs écritures.")
    _book(plist, db)
    at = plist.add_mutually_exclusive_group(required=True)
    at.add_argument("--year", metavar="LABEL", help="à la fin de cet exercice")
    at.add_argument("--date", metavar="AAAA-MM-JJ", help="à cette date")


def _account_amount(text: str, option: str):
    from .domain.errors import ValidationError
    from .domain.money import Money
    account, sep, amount = (text or "").partition("=")
    if not sep or not account.strip() or not amount.strip():
        raise ValidationError(f"{option} {text} : écrivez COMPTE=MONTANT (ex. 6061=230,50)",
                              field=option)
    return account.strip(), Money.parse(amount)


def _print_proposals(proposals) -> None:
    for n, p in enumerate(proposals, start=1):
        print(f"  {n}. {p.draft.label}")
        for ln in p.draft.lines:
            side = f"D {ln.debit}" if ln.debit else f"C {ln.credit}"
            print(f"       {ln.account:<8} {side} €" + (f" ({ln.tiers})" if ln.tiers else ""))
        print(f"     {p.reason}")


def cmd_year_cutoff(args) -> int:
    from .domain.errors import ValidationError
    from .services.cutoff import charge_a_payer, cutoff_step, prepaid, produit_a_recevoir
    from .services.year_end import book_proposals
    from .storage.books import open_book

    hand = args.charge_a_payer or args.produit_a_recevoir or args.line
    writes = bool(hand or args.choose) and not args.list
    with open_book(args.book, readonly=not writes, backup=writes) as book:
        if hand and not args.list:
            proposal = _hand_cutoff(book, args, charge_a_payer, produit_a_recevoir, prepaid)
            ids = book_proposals(book, args.year, [proposal])
            _committed.append("La régularisation est passée ; seul le compte rendu de la "
                              "commande a échoué.")
            print(f"Régularisation passée : écriture n°{_number(book, ids[0])} de l'exercice "
                  f"{args.year} (brouillard OD du {proposal.draft.date:%d/%m/%Y})")
            _print_proposals([proposal])
            return 0
        step = cutoff_step(book, args.year)
        if args.choose and not args.list:
            if not step.proposals:
                print(f"Exercice {args.year} : aucune régularisation proposée, rien n'a été "
                      "passé.")
                return 0
            wanted = range(1, len(step.proposals) + 1) if args.choose == ["all"] else []
            if not wanted:
                for n in args.choose:
                    if not n.isdigit() or not 1 <= int(n) <= len(step.proposals):
                        raise ValidationError(
                            f"--book {n} : choisissez un numéro de 1 à {len(step.proposals)} "
                            "(assocompta year cutoff … sans --book les liste), ou « all »",
                            field="--book")
                wanted = sorted({int(n) for n in args.choose})  # « 1 1 » books it once
            ids = book_proposals(book, args.year, [step.proposals[n - 1] for n in wanted])
            _committed.append("Les régularisations sont passées ; seul le compte rendu de la "
                              "commande a échoué.")
            numbers = ", ".join(f"n°{_number(book, i)}" for i in ids)
            print(f"Exercice {args.year} : "
                  f"{plural(len(ids), 'régularisation passée', 'régularisations passées')} "
                  f"en brouillard (journal OD, {agree(len(ids), 'écriture', 'écritures')} "
                  f"{numbers}) ; la clôture les extourne le premier jour de l'exercice "
                  "suivant.")
            return 0
    print(f"{step.title} — exercice {args.year}")
    if step.proposals:
        print("Propositions (assocompta year cutoff … --book N… pour les passer) :")
        _print_proposals(step.proposals)
    else:
        print("Aucune proposition : rien dans les écritures de l'exercice ne nomme une période "
              "qui dépasse sa fin (ou c'est déjà passé).")
    if step.booked:
        print(f"Déjà passées : {plural(len(step.booked), 'régularisation', 'régularisations')}.")
    print("À regarder vous-même :")
    for note in step.notes:
        print(f"  - {note}")
    return 0


def _hand_cutoff(book, args, charge_a_payer, produit_a_recevoir, prepaid):
    from .domain.errors import ValidationError
    if args.line:
        if not (args.start and args.end):
            raise ValidationError("--line : donnez la période couverte par --from et --to",
                                  field="--from")
        return prepaid(book, args.year, _line_id(book, args.year, args.line),
                       parse_iso_date(args.start, "--from"), parse_iso_date(args.end, "--to"))
    if not args.label:
        raise ValidationError("--label : dites ce qu'est la charge ou le produit (ex. "
                              "« Électricité décembre »)", field="--label")
    if args.charge_a_payer:
        account, amount = _account_amount(args.charge_a_payer, "--charge-a-payer")
        return charge_a_payer(book, args.year, account, amount, args.label,
                              who=args.who or "fournisseur", tiers=args.tiers,
                              action=args.action)
    account, amount = _account_amount(args.produit_a_recevoir, "--produit-a-recevoir")
    return produit_a_recevoir(book, args.year, account, amount, args.label,
                              who=args.who or "client", tiers=args.tiers, action=args.action)


def _entry_id(s, year: str, number: int) -> int:
    from sqlalchemy import select

    from .domain.errors import ValidationError
    from .storage.orm import Entry, FiscalYear
    found = s.scalar(select(Entry.id).join(FiscalYear, FiscalYear.id == Entry.year_id)
                     .where(FiscalYear.label == year, Entry.number == number))
    if found is None:
        raise ValidationError(f"pas d'écriture n°{number} dans l'exercice {year}",
                              field="écriture")
    return found


def _line_id(book, year: str, text: str) -> int:
    from sqlalchemy import select

    from .domain.errors import ValidationError
    from .storage.orm import EntryLine
    number, _, pos = text.partition(":")
    if not number.isdigit() or (pos and not pos.isdigit()):
        raise ValidationError(f"--line {text} : écrivez N ou N:POS (ex. 12:1)", field="--line")
    with book.session() as s:
        entry_id = _entry_id(s, year, int(number))
        found = s.scalar(select(EntryLine.id).where(EntryLine.entry_id == entry_id,
                                                    EntryLine.position == int(pos or 1)))
    if found is None:
        raise ValidationError(f"l'écriture n°{number} n'a pas de ligne {pos or 1}",
                              field="--line")
    return found


def cmd_provision_add(args) -> int:
    from .domain.money import Money
    from .services.provisions import provision
    from .storage.books import open_book

    amount = Money.parse(args.amount)
    date = parse_iso_date(args.date, "--date") if args.date else None
    with open_book(args.book) as book:
        entry_id = provision(book, args.year, args.kind, args.account, amount, args.reason,
                             args.tiers, date=date)
        print(f"Provision passée (brouillard OD, exercice {args.year}) : {amount} € — "
              f"{args.reason} ; pour la reprendre : assocompta provision reverse … --entry "
              f"{args.year}:{_number(book, entry_id)}")
    return 0


def _number(book, entry_id: int) -> int:
    from .storage.orm import Entry
    with book.session() as s:
        return s.get(Entry, entry_id).number


def cmd_provision_reverse(args) -> int:
    from .domain.errors import ValidationError
    from .domain.money import Money
    from .services.provisions import reprise
    from .storage.books import open_book

    amount = Money.parse(args.amount)
    date = parse_iso_date(args.date, "--date") if args.date else None
    with open_book(args.book) as book:
        if args.entry:
            year, _, number = args.entry.partition(":")
            if not number.isdigit():
                raise ValidationError(f"--entry {args.entry} : écrivez EXERCICE:N (ex. "
                                      "2025:41)", field="--entry")
            with book.session() as s:
                target = _entry_id(s, year, int(number))
        else:
            target = args.account
        entry_id = reprise(book, args.year, target, amount, args.reason, args.tiers, date=date)
        print(f"Reprise passée (brouillard OD n°{_number(book, entry_id)}, exercice "
              f"{args.year}) : {amount} € — {args.reason}")
    return 0


def cmd_provision_list(args) -> int:
    from sqlalchemy import select

    from .domain.errors import ValidationError
    from .formatting import euros
    from .services.provisions import provisions_at
    from .storage.books import open_book
    from .storage.orm import FiscalYear

    with open_book(args.book, readonly=True, backup=False) as book:
        if args.year:
            with book.session() as s:
                date = s.scalar(select(FiscalYear.end_date).where(FiscalYear.label == args.year))
            if date is None:
                raise ValidationError(f"exercice « {args.year} » inconnu", field="--year")
        else:
            date = parse_iso_date(args.date, "--date")
        lines = provisions_at(book, date)
    print(f"Provisions et dépréciations au {date:%d/%m/%Y}")
    if not lines:
        print("  aucune")
    for p in lines:
        print(f"  {p.account} {p.label}{f' ({p.tiers})' if p.tiers else ''} : {euros(p.amount)}")
        for reason in p.reasons:
            print(f"      {reason}")
    return 0


COMMANDS = {
    ("backups", None): cmd_backups,
    ("restore", None): cmd_restore,
    ("receipts", "issue"): cmd_receipts,
    ("receipts", "list"): cmd_receipts_list,
    ("receipts", "cancel"): cmd_receipts_cancel,
    ("receipts", "replace"): cmd_receipts_replace,
    ("receipts", "declaration"): cmd_receipts_declaration,
    ("identity", None): cmd_identity,
    ("tiers", "import"): cmd_tiers_import,
    ("tiers", "list"): cmd_tiers_list,
    ("tiers", "export"): cmd_tiers_export,
    ("members", None): cmd_members,
    ("demo", None): cmd_demo,
    ("copy", None): cmd_copy,
    ("budget", "import"): cmd_budget_import,
    ("budget", "export"): cmd_budget_export,
    ("budget", "copy"): cmd_budget_copy,
    ("budget", "suivi"): lambda args: cmd_budget_export(args, suivi=True),
    ("budget", "compte-rendu"): cmd_budget_compte_rendu,
    ("budget", "compte-rendu-text"): cmd_budget_compte_rendu_text,
    ("pack", None): cmd_pack,
    ("annexe", "export"): cmd_annexe_export,
    ("annexe", "text"): cmd_annexe_text,
    ("report", None): cmd_report,
    ("init", None): cmd_init,
    ("year", "add"): cmd_year_add,
    ("year", "close"): cmd_year_close,
    ("year", "work"): cmd_year_work,
    ("year", "allocate"): cmd_year_allocate,
    ("year", "funds"): cmd_year_funds,
    ("action", "finish"): cmd_action_finish,
    ("year", "cutoff"): cmd_year_cutoff,
    ("provision", "add"): cmd_provision_add,
    ("provision", "reverse"): cmd_provision_reverse,
    ("provision", "list"): cmd_provision_list,
    ("fec", "import"): cmd_fec_import,
    ("fec", "export"): cmd_fec_export,
    ("check", None): cmd_check,
    ("accounts", None): cmd_accounts,
    ("entries", "validate"): cmd_entries_validate,
    ("entries", "reverse"): cmd_entries_reverse,
    ("entries", "list"): cmd_entries_list,
    ("bank", "reconciliation"): cmd_bank_reconciliation,
    ("bank", "import"): cmd_bank_import,
    ("bank", "presets"): cmd_bank_presets,
}
# The fixed-asset register's commands live beside (cli_assets.py); their imports are lazy.
from .cli_assets import COMMANDS as _ASSET_COMMANDS  # noqa: E402

COMMANDS.update(_ASSET_COMMANDS)


GUI_OPTIONS = ("--smoke", "--lang", "--settings")


def split_db(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--db URL`` (or ``--db=URL``) taken out of ``argv``: (URL or None, the rest)."""
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1], argv[:i] + argv[i + 2:]
        if arg.startswith("--db="):
            return arg[5:], argv[:i] + argv[i + 1:]
    return None, argv


def _wants_gui(argv: list[str], parser: argparse.ArgumentParser) -> bool:
    """No command, a book path, or an option of the app: the desktop app, not the CLI."""
    db, rest = split_db(argv)
    if db is not None and (not rest or rest[0].split("=", 1)[0] in GUI_OPTIONS):
        return True  # assocompta --db URL: the app on that shared book
    if not argv:
        return True
    first = argv[0]
    if first.split("=", 1)[0] in GUI_OPTIONS:
        return True
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if first.startswith("-") or first in commands.choices:
        return False
    # A book to open; a mistyped command ("assocompta chek") stays a usage error.
    path = Path(first)
    return path.exists() or path.suffix == ".assocompta" or len(path.parts) > 1


def parse(argv: list[str]) -> argparse.Namespace:
    """The command and its arguments; ``--db URL`` fills in BOOK (exit 2 on misuse)."""
    from .storage.pg import is_url
    argv = legacy_receipts(argv)
    db, rest = split_db(argv)
    if db is None:
        return build_parser().parse_args(argv)
    parser = build_parser(db)
    if not is_url(db):
        # Not echoed: a mistyped URL may still hold a password.
        parser.error("--db attend l'adresse d'une base PostgreSQL (postgresql://…) ; un livre "
                     "en fichier se donne comme argument BOOK")
    args, extra = parser.parse_known_args(rest)
    if args.command is not None and not hasattr(args, "book"):
        name = " ".join(filter(None, (args.command, getattr(args, f"{args.command}_command",
                                                             None))))
        parser.error(f"« {name} » ne prend pas de livre BOOK : --db ne s'y applique pas"
                     + (" (donnez l'adresse comme SOURCE ou DEST)" if name == "copy" else ""))
    if any(not a.startswith("-") for a in extra):
        parser.error("le livre est donné deux fois, par --db et comme argument BOOK : "
                     "gardez l'un ou l'autre")
    if extra:
        parser.error(agree(len(extra), "argument inconnu", "arguments inconnus") + " : "
                     + " ".join(extra))
    return args


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, unwound like Ctrl-C: the action in progress rolls back, the book's
    lock and any helper process are let go, and the user is told."""


def _until_signal(handler, args) -> int:
    """Run a command with SIGTERM and SIGHUP raising :class:`Stopped` in it."""
    # Only where they would kill the process: a signal ignored on purpose (nohup) stays so.
    signums = [s for s in (getattr(signal, n, None) for n in ("SIGTERM", "SIGHUP"))
               if s is not None and signal.getsignal(s) == signal.SIG_DFL]

    def stop(signum, frame):  # noqa: ANN001 - signal handler
        for s in signums:  # a second signal must not cut the rollback short
            signal.signal(s, signal.SIG_IGN)
        raise Stopped(signal.Signals(signum).name)

    try:
        for s in signums:
            signal.signal(s, stop)
    except ValueError:  # not the main thread: signals cannot be handled here
        return handler(args)
    try:
        return handler(args)
    finally:
        for s in signums:
            signal.signal(s, signal.SIG_DFL)


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show « é » must not turn a done command into a traceback.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    from .storage.pg.redaction import remember_in
    remember_in(argv)  # before anything may quote them
    if _wants_gui(argv, parser):
        from .ui.app import main as gui_main  # Qt only for the app: the CLI stays headless
        return gui_main(argv)
    args = parse(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    sub = getattr(args, f"{args.command}_command", None)
    handler = COMMANDS[(args.command, sub)]
    _committed.clear()
    try:
        return _until_signal(handler, args)
    except DomainError as exc:
        _err(str(exc))
        return 1
    except BrokenPipeError:  # output piped into head: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        # After a commit (a FEC import, before its totals are refreshed) the truth is what
        # the command recorded, not « nothing ».
        _err("interrompu : " + (_committed[-1] if _committed else
                                "rien n'a été enregistré pour l'action en cours"))
        return 1
    except OSError as exc:
        _err(f"{exc.filename or ''} : {exc.strerror or exc}")
        return 1
    except Exception as exc:  # a bug: said in French, the traceback kept in the log
        return _unexpected(exc, args, argv)


#: Set by a command once part of its work is committed and a later step could still fail.
_committed: list[str] = []


def _unexpected(exc: Exception, args: argparse.Namespace, argv: list[str]) -> int:
    """What failed in one line, where the traceback is, and what became of the book: exit 1
    when the book holds a value AssoCompta never writes (edited by hand), else 3 (a bug)."""
    from .logs import log_dir, log_exception
    name = " ".join(filter(None, (args.command, getattr(args, f"{args.command}_command",
                                                         None))))
    last = traceback.format_exception_only(exc)[-1].strip().splitlines()[0][:300]
    try:  # no password in the log either (a driver's message may quote one)
        logged = log_exception(f"assocompta {' '.join(argv)}", exc, clean=_scrub)
    except OSError as log_exc:
        logged = None
        reason = log_exc.strerror or log_exc
        unlogged = (f"Le journal ({log_dir()}) n'a pas pu être écrit ({reason}) : seule la "
                    "dernière ligne de l'erreur est donnée ici.")
    unreadable = _unreadable_data(args)
    if unreadable:
        from .storage.files import restore_hint
        from .storage.pg import is_url
        restore = ("faites restaurer une sauvegarde de la base par son administrateur."
                   if is_url(str(args.book)) else restore_hint(Path(args.book)))
        _err(f"le livre contient une donnée invalide ({unreadable}) : lancez « assocompta "
             f"check {_q(shown(args.book))} » pour la liste complète, puis {restore} "
             f"{_aftermath(args)}"
             + (f"(Détails techniques dans le journal : {logged}.)" if logged else
                f"(Erreur : {last}.)"))
        return 1
    if logged:
        _err(f"erreur inattendue : « {name} » a échoué ({last}). Détails dans le journal : "
             f"{logged}. {_aftermath(args)}Signalez-la en joignant le journal.")
    else:
        _err(f"erreur inattendue : « {name} » a échoué ({last}). {unlogged} "
             f"{_aftermath(args)}Signalez-la en recopiant ce message.")
    return 3


def _unreadable_data(args: argparse.Namespace) -> str | None:
    """After a failure on an existing book: the first value in it that no report can read."""
    if args.command in ("init", "demo") or getattr(args, "book", None) is None:
        return None
    try:
        from .services.checks import data_problems
        from .storage.books import open_book
        with open_book(args.book, readonly=True, integrity=False, shape=False) as book, \
                book.session() as s:
            problems = data_problems(book.raw_connection(s))
    except Exception:  # noqa: BLE001 - the diagnosis must never hide the first failure
        return None
    if not problems:
        return None
    others = len(problems) - 1
    return problems[0] + (f" et {plural(others, 'autre', 'autres')}" if others else "")


def _aftermath(args: argparse.Namespace) -> str:
    """What an unexpected failure left behind, as far as the transactions guarantee it."""
    if _committed:
        return _committed[-1] + " "
    if args.command in ("init", "demo"):
        book = getattr(args, "book", None)
        if isinstance(book, Path) and book.exists():
            return (f"Le livre {book} est peut-être incomplet : supprimez-le avant de "
                    "relancer la commande. ")
        return "Aucun livre n'a été créé. "
    if args.command == "copy":
        return "La copie n'a pas été enregistrée (tout ou rien) ; le livre SOURCE est intact. "
    if args.command == "restore":  # several steps, the replaced book kept aside first
        return ("Le livre est inchangé, ou déjà remplacé par la sauvegarde, celui d'avant "
                f"gardé parmi les sauvegardes : voyez assocompta backups {_q(args.book)}. ")
    if getattr(args, "book", None) is None:
        return ""
    return "Le livre n'a pas été modifié par cette commande. "


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
