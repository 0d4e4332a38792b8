"""Realistic synthetic association books, written as FEC files.

A year of a mid-sized association: bank expenses and receipts, cash sales, member fees,
subsidies from named funders, payroll entries with several lines, internal transfers and
volunteer time (86/87). Deterministic for a given seed, so benchmark runs compare.

    python bench/synthetic.py OUT.txt --entries 100000 [--year 2025] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from assocompta.domain.accounts import chart_for_start, load_chart  # noqa: E402
from assocompta.fec.format import FIELDS, format_amount  # noqa: E402

EXPENSES = [
    ("6063", "Fournitures d'entretien et de petit équipement", ["Bricomarché", "Leroy Merlin"]),
    ("6064", "Fournitures administratives", ["Bureau Vallée", "Lyreco"]),
    ("6061", "Fournitures non stockables (eau, énergie...)", ["EDF", "Veolia"]),
    ("613", "Locations", ["Mairie - salle", "Loueur minibus"]),
    ("616", "Primes d'assurances", ["MAIF", "MACIF"]),
    ("623", "Publicité, publications, relations publiques", ["Imprimerie du Centre"]),
    ("625", "Déplacements, missions et réceptions", ["SNCF", "Traiteur Dupont"]),
    ("626", "Frais postaux et de télécommunications", ["La Poste", "Free Mobile"]),
    ("627", "Services bancaires et assimilés", ["Crédit Mutuel"]),
    ("6281", "Concours divers (cotisations...)", ["Fédération départementale"]),
]
RECEIPTS = [
    ("7561", "Cotisations sans contrepartie", "Cotisation"),
    ("75411", "Dons manuels", "Don"),
    ("706", "Ventes de prestations de services", "Stage"),
    ("7088", "Autres produits d'activités annexes", "Buvette"),
]
FUNDERS = [("VILLE", "Ville de Rennes"), ("DEPT35", "Département d'Ille-et-Vilaine"),
           ("REGION", "Région Bretagne"), ("CAF35", "CAF d'Ille-et-Vilaine")]


LABELS: dict[str, str] = {}


def _row(journal, jlib, num, date, acc, acclib, lib, debit, credit, piece, aux="", auxlib=""):
    # Account labels as the chart of the year words them, as a tool using that chart exports.
    acclib = LABELS.get(acc, acclib)
    d = date.strftime("%Y%m%d")
    return "\t".join((journal, jlib, str(num), d, acc, acclib, aux, auxlib, piece, d, lib,
                      format_amount(debit), format_amount(credit), "", "", d, "", ""))


def generate(out: Path, entries: int, year: int = 2025, seed: int = 1) -> int:
    """Write ``entries`` entries dated within ``year``; returns the number of lines."""
    rng = random.Random(seed)
    start = dt.date(year, 1, 1)
    LABELS.clear()
    LABELS.update({a.code: a.label for a in load_chart(chart_for_start(start).code)})
    days = (dt.date(year, 12, 31) - start).days + 1
    lines = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(FIELDS) + "\r\n")
        buf = []
        for num in range(1, entries + 1):
            # Chronological numbering: dates rise with the entry number.
            date = start + dt.timedelta(days=(num - 1) * days // entries)
            kind = rng.random()
            piece = f"P{num:07d}"
            if kind < 0.45:
                acc, lib, who = rng.choice(EXPENSES)
                amount = rng.randint(150, 250_000)
                label = f"{rng.choice(who)} facture {rng.randint(100, 9999)}"
                buf.append(_row("BQ", "Banque", num, date, acc, lib, label, amount, 0, piece))
                buf.append(_row("BQ", "Banque", num, date, "512", "Banques", label, 0, amount,
                                piece))
            elif kind < 0.80:
                acc, lib, what = rng.choice(RECEIPTS)
                amount = rng.randint(500, 30_000)
                member = rng.randint(1, 800)
                label = f"{what} adhérent {member}"
                journal, jlib, treasury, tlib = (("CA", "Caisse", "530", "Caisse")
                                                 if what == "Buvette" else
                                                 ("BQ", "Banque", "512", "Banques"))
                buf.append(_row(journal, jlib, num, date, treasury, tlib, label, amount, 0,
                                piece))
                buf.append(_row(journal, jlib, num, date, acc, lib, label, 0, amount, piece))
            elif kind < 0.85:
                _, name = rng.choice(FUNDERS)
                amount = rng.randint(50_000, 2_000_000)
                label = f"Subvention {name}"
                buf.append(_row("BQ", "Banque", num, date, "512", "Banques", label, amount, 0,
                                piece))
                # No CompAuxNum on a 741 line: it is not a third-party account (BOI-CF-IOR-
                # 60-40-20), and AssoCompta's export leaves it blank; the label names the funder.
                buf.append(_row("BQ", "Banque", num, date, "741", "Subventions d'exploitation",
                                label, 0, amount, piece))
            elif kind < 0.92:
                gross = rng.randint(150_000, 300_000)
                social = gross * 42 // 100
                employee = gross * 22 // 100
                label = f"Salaires {date:%m/%Y}"
                buf.append(_row("OD", "Opérations diverses", num, date, "641",
                                "Rémunérations du personnel", label, gross, 0, piece))
                buf.append(_row("OD", "Opérations diverses", num, date, "645",
                                "Charges de sécurité sociale et de prévoyance", label, social,
                                0, piece))
                buf.append(_row("OD", "Opérations diverses", num, date, "421",
                                "Personnel - Rémunérations dues", label, 0, gross - employee,
                                piece))
                buf.append(_row("OD", "Opérations diverses", num, date, "431", "Sécurité sociale",
                                label, 0, social + employee, piece))
            elif kind < 0.96:
                amount = rng.randint(2_000, 50_000)
                label = "Approvisionnement caisse"
                buf.append(_row("BQ", "Banque", num, date, "530", "Caisse", label, amount, 0,
                                piece))
                buf.append(_row("BQ", "Banque", num, date, "512", "Banques", label, 0, amount,
                                piece))
            else:
                hours = rng.randint(2, 40)
                amount = hours * 1_180
                label = f"Bénévolat {hours} h"
                buf.append(_row("OD", "Opérations diverses", num, date, "864",
                                "Personnel bénévole", label, amount, 0, piece))
                buf.append(_row("OD", "Opérations diverses", num, date, "875", "Bénévolat",
                                label, 0, amount, piece))
            if len(buf) >= 50_000:
                lines += len(buf)
                fh.write("\r\n".join(buf) + "\r\n")
                buf.clear()
        lines += len(buf)
        if buf:
            fh.write("\r\n".join(buf) + "\r\n")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    n = generate(args.out, args.entries, args.year, args.seed)
    print(f"{args.out}: {args.entries} entries, {n} lines")


if __name__ == "__main__":
    main()
