"""``assocompta asset add|from-entry|list|plan|dispose``: the fixed-asset register from the
command line (services/assets.py; docs/immobilisations.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from .domain.fiscal_years import parse_iso_date
from .domain.money import Money


def _money(text: str, what: str) -> Money:
    from .domain.errors import ValidationError
    try:
        return Money.parse(text)
    except (ValueError, ValidationError):
        raise ValidationError(f"{what} « {text} » illisible : écrivez par exemple 1200 ou "
                              "1 200,50", field=what) from None


def add_asset_parsers(sub, db: str | None, parser_class, book) -> None:
    """The ``asset`` command and its actions (``book``: cli._book, which adds BOOK)."""
    ast = sub.add_parser(
        "asset", help="immobilisations : registre, plan d'amortissement, sortie",
        description="Le registre des immobilisations : les biens durables de l'association, "
                    "leur plan d'amortissement (linéaire, au prorata temporis, mois de 30 "
                    "jours), leur sortie. Les dotations de l'exercice sont proposées à la "
                    "clôture (assocompta year close).")
    asub = ast.add_subparsers(dest="asset_command", metavar="ACTION", required=True,
                              parser_class=parser_class)

    add = asub.add_parser(
        "add", help="inscrire un bien au registre (saisi, repris ou reçu en don)",
        description="Inscrit un bien au registre. Un bien acheté dans ce livre s'inscrit "
                    "plutôt depuis son écriture (asset from-entry). Un bien reçu en don "
                    "(--origin don) avec --gift-account passe aussi l'écriture du don : débit "
                    "du compte du bien, crédit de ce compte (75432 Legs ou donations, ou un "
                    "compte 102 si le donateur a voulu renforcer les fonds propres).")
    book(add, db)
    add.add_argument("--label", required=True, metavar="LIBELLÉ", help="le bien, ex. "
                     "« Ordinateur portable »")
    add.add_argument("--account", required=True, metavar="COMPTE",
                     help="compte d'immobilisation (classe 2), ex. 2183, 2184")
    add.add_argument("--date", required=True, metavar="AAAA-MM-JJ", help="date d'acquisition")
    add.add_argument("--cost", required=True, metavar="MONTANT",
                     help="coût d'acquisition (ou valeur vénale d'un don), ex. 1200")
    add.add_argument("--in-service", metavar="AAAA-MM-JJ",
                     help="date de mise en service (défaut : la date d'acquisition)")
    life = add.add_mutually_exclusive_group(required=True)
    life.add_argument("--life-months", type=int, metavar="MOIS",
                      help="durée d'utilisation en mois, ex. 36")
    life.add_argument("--non-depreciable", action="store_true",
                      help="bien non amortissable (un terrain)")
    add.add_argument("--origin", choices=("saisie", "reprise", "don", "achat"),
                     default="saisie",
                     help="saisie (défaut), reprise d'un bien déjà au bilan, don, achat")
    add.add_argument("--depreciated-before", metavar="MONTANT", default="0",
                     help="amortissements déjà pratiqués avant ce livre (bien repris)")
    add.add_argument("--subsidy", metavar="MONTANT", default="0",
                     help="subvention d'investissement qui finance le bien")
    add.add_argument("--subsidy-account", metavar="COMPTE", default="131",
                     help="compte de la subvention (défaut 131)")
    add.add_argument("--gift-account", metavar="COMPTE",
                     help="avec --origin don : passer l'écriture du don sur ce compte")
    add.add_argument("--note", default="", metavar="TEXTE", help="remarque")

    frm = asub.add_parser(
        "from-entry", help="inscrire le bien d'une écriture d'achat",
        description="Inscrit au registre le bien acheté par l'écriture n°--number de "
                    "l'exercice --year : sa ligne au débit d'un compte de classe 2, à son "
                    "montant et à la date de l'écriture.")
    book(frm, db)
    frm.add_argument("--year", required=True, metavar="LABEL", help="exercice de l'écriture")
    frm.add_argument("--number", required=True, type=int, metavar="N°",
                     help="numéro de l'écriture d'achat")
    life = frm.add_mutually_exclusive_group(required=True)
    life.add_argument("--life-months", type=int, metavar="MOIS",
                      help="durée d'utilisation en mois, ex. 36")
    life.add_argument("--non-depreciable", action="store_true",
                      help="bien non amortissable (un terrain)")
    frm.add_argument("--account", metavar="COMPTE",
                     help="le compte de la ligne, si l'écriture en a plusieurs en classe 2")
    frm.add_argument("--label", metavar="LIBELLÉ", help="défaut : le libellé de l'écriture")
    frm.add_argument("--in-service", metavar="AAAA-MM-JJ",
                     help="date de mise en service (défaut : la date de l'écriture)")
    frm.add_argument("--subsidy", metavar="MONTANT", default="0",
                     help="subvention d'investissement qui finance le bien")
    frm.add_argument("--subsidy-account", metavar="COMPTE", default="131",
                     help="compte de la subvention (défaut 131)")

    lst = asub.add_parser(
        "list", help="le registre à une date (ou l'exporter)",
        description="Les biens détenus à la date : n°, compte, libellé, mise en service, "
                    "durée, valeur brute, amortissements, valeur nette ; avec -o, le "
                    "registre en .xlsx, .pdf ou .csv, vérifié contre les comptes 2 et 28.")
    book(lst, db)
    lst.add_argument("--year", metavar="LABEL",
                     help="exercice (défaut : le dernier exercice ouvert) ; la date par "
                          "défaut est sa fin")
    lst.add_argument("--date", metavar="AAAA-MM-JJ", help="date du registre")
    lst.add_argument("-o", dest="dest", type=Path, metavar="DEST",
                     help="fichier à écrire (.xlsx, .pdf ou .csv)")

    pln = asub.add_parser(
        "plan", help="le plan d'amortissement d'un bien (ou l'exporter)",
        description="Exercice par exercice : amortissements au début, dotation, "
                    "amortissements à la fin, valeur nette, quote-part de subvention.")
    book(pln, db)
    pln.add_argument("asset", type=int, metavar="N°", help="n° du bien (asset list)")
    pln.add_argument("-o", dest="dest", type=Path, metavar="DEST",
                     help="fichier à écrire (.xlsx, .pdf ou .csv)")

    dsp = asub.add_parser(
        "dispose", help="sortir un bien du registre (vente ou mise au rebut)",
        description="Passe l'écriture de sortie (brouillard, journal OD) dans l'exercice de "
                    "la date : dotation jusqu'à la date de sortie, reprise des "
                    "amortissements, valeur nette comptable en charge (675 avant 2025, 652 "
                    "depuis), prix en produit (775 avant 2025, 757 depuis) et le solde d'une "
                    "subvention d'investissement au résultat (777 / 747).")
    book(dsp, db)
    dsp.add_argument("asset", type=int, metavar="N°", help="n° du bien (asset list)")
    dsp.add_argument("--date", required=True, metavar="AAAA-MM-JJ", help="date de sortie")
    dsp.add_argument("--kind", choices=("cession", "mise_au_rebut"), default="cession",
                     help="cession (vente, défaut) ou mise_au_rebut")
    dsp.add_argument("--price", metavar="MONTANT", default="0", help="prix de vente")
    dsp.add_argument("--received-on", metavar="COMPTE", default="512",
                     help="compte qui reçoit le prix (défaut 512)")


def cmd_asset_add(args) -> int:
    from .services.assets import add_asset
    from .storage.books import open_book

    with open_book(args.book) as book:
        asset_id = add_asset(
            book, label=args.label, account=args.account,
            acquired_on=parse_iso_date(args.date, "date d'acquisition"),
            cost=_money(args.cost, "--cost"),
            in_service_on=parse_iso_date(args.in_service, "date de mise en service")
            if args.in_service else None,
            life_months=None if args.non_depreciable else args.life_months,
            method="non_amortissable" if args.non_depreciable else "lineaire",
            origin=args.origin,
            depreciated_before=_money(args.depreciated_before, "--depreciated-before"),
            subsidy=_money(args.subsidy, "--subsidy"), subsidy_account=args.subsidy_account,
            note=args.note, gift_account=args.gift_account)
    print(f"Bien n°{asset_id} inscrit au registre : {args.label}")
    return 0


def cmd_asset_from_entry(args) -> int:
    from sqlalchemy import select

    from .domain.errors import ValidationError
    from .services.assets import asset_from_entry
    from .services.ledger import year_by_label
    from .storage.books import open_book
    from .storage.orm import Entry

    with open_book(args.book) as book:
        with book.session() as s:
            year = year_by_label(s, args.year)
            entry_id = s.scalar(select(Entry.id).where(Entry.year_id == year.id,
                                                       Entry.number == args.number))
            label = year.label
        if entry_id is None:
            raise ValidationError(f"l'exercice {label} n'a pas d'écriture n°{args.number}",
                                  field="--number")
        asset_id = asset_from_entry(
            book, entry_id, life_months=None if args.non_depreciable else args.life_months,
            method="non_amortissable" if args.non_depreciable else "lineaire",
            account=args.account, label=args.label,
            in_service_on=parse_iso_date(args.in_service, "date de mise en service")
            if args.in_service else None,
            subsidy=_money(args.subsidy, "--subsidy"), subsidy_account=args.subsidy_account)
    print(f"Bien n°{asset_id} inscrit au registre depuis l'écriture n°{args.number} de "
          f"{label}")
    return 0


def _show(report, written) -> int:
    from .formatting import format_money
    for row in report.rows:
        cells = [c for c in row.texts if c]
        amounts = "  ".join(format_money(v) if v is not None else "" for v in row.values)
        print("  ".join(cells) + "  " + amounts)
    failing = 0
    for c in report.checks:
        print(c.sentence(), file=sys.stdout if c.ok else sys.stderr)
        failing += not c.ok
    return 1 if failing else 0


def _export_or_show(report, dest, sheet: str) -> int:
    if dest is None:
        return _show(report, None)
    from .cli import _refuse_dest, _written
    from .services.reports import write
    _refuse_dest(dest)
    reports = [(sheet, report)]
    return _written(write(reports, dest), reports)


def cmd_asset_list(args) -> int:
    from .services.assets import register_report
    from .storage.books import open_book

    date = parse_iso_date(args.date, "date du registre") if args.date else None
    with open_book(args.book, readonly=True) as book:
        report = register_report(book, args.year, date)
    if args.dest is None and len(report.rows) == 1:
        print(f"Aucun bien au registre ({report.period.lower()}).")
        return 0
    return _export_or_show(report, args.dest, "Immobilisations")


def cmd_asset_plan(args) -> int:
    from .services.assets import plan_report
    from .storage.books import open_book

    with open_book(args.book, readonly=True) as book:
        report = plan_report(book, args.asset)
    print(report.period)
    if not report.rows:
        print("Bien non amortissable : pas de plan d'amortissement.")
        return 0
    return _export_or_show(report, args.dest, "Plan d'amortissement")


def cmd_asset_dispose(args) -> int:
    from .services.assets import dispose_asset
    from .storage.books import open_book

    with open_book(args.book) as book:
        entry_id = dispose_asset(book, args.asset, parse_iso_date(args.date, "date de sortie"),
                                 args.kind, _money(args.price, "--price"),
                                 received_on=args.received_on)
        with book.session() as s:
            from .storage.orm import Entry
            entry = s.get(Entry, entry_id)
            number, label = entry.number, entry.label
    print(f"Écriture n°{number} passée en brouillard : {label}")
    return 0


COMMANDS = {
    ("asset", "add"): cmd_asset_add,
    ("asset", "from-entry"): cmd_asset_from_entry,
    ("asset", "list"): cmd_asset_list,
    ("asset", "plan"): cmd_asset_plan,
    ("asset", "dispose"): cmd_asset_dispose,
}
