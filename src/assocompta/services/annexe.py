"""The annexe of a year: the treasurer's texts (report_text, document ANNEXE) around tables
computed from the book (services/annexe_figures.py), note by note in the order of règlement
ANC 2018-06 art. 431-2 to 431-13. A note with no amount in the year and no text is left out
(art. 410-2).
"""

from __future__ import annotations

import datetime as dt

from ..domain.annexe import TEXTS, Annexe, Note, Paragraph, Table, TableRow
from ..domain.closing import year_result
from ..domain.errors import ValidationError
from ..domain.money import Money
from ..formatting import euros
from ..reports.context import YearContext, drafts_mark, year_context
from ..reports.totals import AccountTotal, account_totals
from ..storage.db import Book
from ..storage.sql import one_snapshot
from . import annexe_figures as fig
from .report_texts import ANNEXE, write_texts
from .setup import identity_of

ANC = "Règlement ANC n° 2018-06"
_TEXTS_SQL = ("SELECT key, text FROM report_text WHERE year_id = ? AND document = ? "
              "AND action_id = 0 AND tiers_id = 0")


def build_annexe(book: Book, year: str | None, *, validated_only: bool = False) -> Annexe:
    """The annexe of ``year`` as the book is now (one snapshot)."""
    with book.session() as s:
        conn = book.raw_connection(s)
        one_snapshot(conn)
        return annexe_of(conn, year, validated_only=validated_only)


def annexe_of(conn, year: str | None, *, validated_only: bool = False) -> Annexe:
    """:func:`build_annexe` on a connection already reading one snapshot (the AGM pack)."""
    ctx = year_context(conn, year, validated_only=validated_only)
    totals = account_totals(conn, ctx.year.id, validated_only=validated_only)
    result = year_result({c: t.balance for c, t in totals.items()}).cents
    written = dict(conn.execute(_TEXTS_SQL, (ctx.year.id, ANNEXE)).fetchall())
    proposed = _proposed(conn, ctx, result)
    texts = {k: written.get(k) or proposed.get(k, "") for k in TEXTS}

    def said(key: str, heading: str | None = None) -> list[Paragraph]:
        if not texts[key]:
            return []
        return [Paragraph(TEXTS[key][0] if heading is None else heading, texts[key],
                          "ecrit" if written.get(key) else "propose")]

    class1 = fig.movements(conn, ctx, "1")
    own = fig.fonds_propres(class1, result)
    notes = [
        _note("presentation", "Présentation de l'association", "art. 431-2",
              [p for k in PRESENTATION for p in said(k) or [_to_complete(k)]]),
        _note("methodes", "Règles et méthodes comptables",
              "art. 431-1 (et plan comptable général, règlement ANC n° 2014-03)",
              said("methodes") + _length(ctx) + said("changement")),
        _note("fonds_propres", "Fonds propres", "art. 431-5",
              _table(own.table) + _pending(own.unallocated) + _other_own(totals)),
        _note("fonds_dedies", "Fonds dédiés", "art. 431-6", _table(fig.fonds_dedies(conn, ctx))),
        _note("fonds_reportes", "Fonds reportés liés aux legs ou donations", "art. 431-7",
              _table(fig.fonds_reportes(class1))),
        _note("legs", "Legs ou donations", "art. 431-8", _table(_legs(conn, ctx, totals))),
        _note("subventions", "Subventions et concours publics", "art. 431-9",
              _table(fig.subsidies(conn, ctx))),
        _contributions(totals, said("contributions", "Recensement et valorisation")),
        _note("immobilisations", "Immobilisations et amortissements",
              "art. 431-1 (état de l'actif immobilisé du plan comptable général)",
              _table(fig.immobilisations(fig.movements(conn, ctx, "2")))),
        _note("provisions", "Provisions et dépréciations",
              "art. 431-1 (annexe du plan comptable général : provisions et dépréciations)",
              _provisions(conn, ctx)),
        _note("engagements", "Engagements reçus et donnés", "art. 431-1", said("engagements", "")),
        _note("affectation", "Affectation du résultat",
              "art. 431-5 (colonne « Affectation du résultat »)",
              _allocated(conn, ctx) + said("affectation")),
        _note("autres", "Autres informations", "art. 431-1", said("autres", "")),
    ]
    shown = tuple(_checked(n, totals, result) for n in notes if n is not None)
    # An open year's annexe is provisional as its bilan is, drafts or not: the year's
    # result and its allocation are not final until the closing.
    provisional = drafts_mark(conn, ctx, [ctx.year]) or (
        "" if ctx.year.closed else "Annexe provisoire – exercice non clos")
    return Annexe(ctx.association, ctx.year.label, ctx.period, shown, provisional, written,
                  proposed)


#: art. 431-2: the annexe always presents the association under these four headings
PRESENTATION = ("objet", "activites", "moyens", "faits")


def _to_complete(key: str) -> Paragraph:
    """The heading of a text the annexe must hold and the treasurer has not written yet."""
    title, hint = TEXTS[key]
    return Paragraph(title, f"À compléter : {hint[0].lower()}{hint[1:]}", "calcule")


# -- the notes' figures against the bilan and the compte de résultat ------------------------
def _sum(totals: dict[str, AccountTotal], sign: int, prefixes: tuple[str, ...],
         but: tuple[str, ...] = ()) -> int:
    return sign * sum(t.balance for c, t in totals.items()
                      if c.startswith(prefixes) and not c.startswith(but))


def _check(label: str, shown: Money | None, expected: int, where: str) -> tuple[str, bool, str]:
    cents = shown.cents if shown is not None else 0
    return (label, cents == expected,
            f"{label} : {euros(Money(cents))} {'=' if cents == expected else '≠'} {where} "
            f"{euros(Money(expected))}")


def _checked(note: Note, totals: dict[str, AccountTotal], result: int) -> Note:
    """The note with its checks: the tables' figures computed by their own aggregation
    (movements of the year) must meet the balances the bilan and the compte de résultat
    show (the same account totals)."""
    tables = [b for b in note.blocks if isinstance(b, Table)]
    if not tables or note.key not in ("fonds_propres", "fonds_dedies", "fonds_reportes",
                                      "provisions"):
        return note
    if note.key == "provisions":
        return Note(note.key, note.title, note.article, note.blocks,
                    _provision_checks(tables[0], totals))
    last = tables[0].rows[-1].values  # TOTAL (or the only account)
    if note.key == "fonds_propres":
        checks = [_check("Fonds propres à la clôture", last[4],
                         _sum(totals, -1, ("10", "11", "12", "13", "14")) + result,
                         "bilan, fonds propres")]
    elif note.key == "fonds_dedies":
        checks = [_check("Fonds dédiés à la clôture", last[5],
                         _sum(totals, -1, ("19",), ("191",)), "bilan, fonds dédiés (194–196)"),
                  _check("Reports de l'exercice", last[1],
                         _sum(totals, 1, ("689",), ("6891",)),
                         "compte de résultat, reports en fonds dédiés (689)"),
                  _check("Utilisations hors remboursements",
                         Money(last[2].cents - last[3].cents),
                         _sum(totals, -1, ("789",), ("7891",)),
                         "compte de résultat, utilisations des fonds dédiés (789)")]
    else:
        checks = [_check("Fonds reportés à la clôture", last[3], _sum(totals, -1, ("191",)),
                         "bilan, fonds reportés liés aux legs ou donations (191)")]
    return Note(note.key, note.title, note.article, note.blocks, tuple(checks))


#: a group of the provisions table → where the bilan shows its accounts
_PROVISIONS_ON_THE_BILAN = {"15": "bilan, provisions (15)",
                            "29": "bilan, dépréciations des immobilisations à déduire (29)",
                            "39": "bilan, dépréciations des stocks à déduire (39)",
                            "49": "bilan, dépréciations des créances à déduire (49)",
                            "59": "bilan, dépréciations des comptes financiers à déduire (59)"}


def _provision_checks(table: Table, totals: dict[str, AccountTotal]
                      ) -> tuple[tuple[str, bool, str], ...]:
    """Each group's closing (its subtotal row) against the balance of its accounts: the
    bilan's PROVISIONS for 15, the amounts the bilan deducts from the assets for 29–59."""
    closing = {r.label: r.values[3] for r in table.rows if r.kind == "subtotal"}
    return tuple(_check(f"{title} à la clôture", closing[title],
                        _sum(totals, -1, (prefix,)), _PROVISIONS_ON_THE_BILAN[prefix])
                 for prefix, title in fig.PROVISION_GROUPS.items() if title in closing)


def _note(key: str, title: str, article: str, blocks: list) -> Note | None:
    if not blocks:  # art. 410-2: nothing to say, the note is not mentioned
        return None
    return Note(key, title, f"{ANC}, {article}", tuple(blocks))


def _table(table: Table | None) -> list[Table]:
    return [table] if table is not None else []


# -- texts ------------------------------------------------------------------------------------
def _proposed(conn, ctx: YearContext, result: int) -> dict[str, str]:
    """What the annexe says where the treasurer has written nothing: the association's
    object (Fichier › Identité), the accounting framework, the proposed allocation."""
    proposed = {"methodes": " ".join([_methods(ctx), *_year_end_methods(conn, ctx)]),
                "changement": _change(ctx)}
    proposed = {k: v for k, v in proposed.items() if v}
    obj = identity_of(conn).object.strip()
    if obj:
        proposed["objet"] = obj
    if result > 0:
        proposed["affectation"] = (f"Il est proposé à l'assemblée générale d'affecter "
                                   f"l'excédent de l'exercice, {euros(Money(result))}, au "
                                   "report à nouveau.")
    elif result < 0:
        proposed["affectation"] = (f"Il est proposé à l'assemblée générale d'imputer le "
                                   f"déficit de l'exercice, {euros(Money(-result))}, au "
                                   "report à nouveau.")
    return proposed


def _methods(ctx: YearContext) -> str:
    version = (" dans sa version applicable aux exercices ouverts à compter du 1er janvier "
               "2025" if ctx.year.chart == "pca2025" else "")
    return (f"Les comptes annuels sont établis selon le règlement ANC n° 2018-06 du 5 décembre "
            f"2018 relatif aux comptes annuels des personnes morales de droit privé à but non "
            f"lucratif{version} et, pour ce qu'il ne prévoit pas, selon le plan comptable "
            "général (règlement ANC n° 2014-03). Les conventions générales comptables sont "
            "appliquées dans le respect des principes de prudence, de continuité de "
            "l'activité, de permanence des méthodes d'un exercice à l'autre et "
            "d'indépendance des exercices. Les éléments inscrits en comptabilité sont "
            "évalués selon la méthode des coûts historiques.")


_WORK_KINDS_SQL = (
    "SELECT DISTINCT w.kind FROM year_end_entry w JOIN entry e ON e.id = w.entry_id "
    "WHERE e.year_id = ?")
_LIVES_SQL = (
    "SELECT min(life_months), max(life_months) FROM fixed_asset WHERE method = 'lineaire' "
    "AND in_service_on <= ? AND (disposed_on IS NULL OR disposed_on >= ?)")


def _year_end_methods(conn, ctx: YearContext) -> list[str]:
    """The methods the year-end work applied (the PCG's annexe states the
    valuation and depreciation methods; ANC 2018-06 art. 142-1: when cotisations are income),
    for what the year holds."""
    kinds = {k for (k,) in conn.execute(_WORK_KINDS_SQL, (ctx.year.id,)).fetchall()}
    end, start = ctx.year.end.isoformat(), ctx.year.start.isoformat()
    shortest, longest = conn.execute(_LIVES_SQL, (end, start)).fetchone()
    said = []
    if shortest:
        lives = (f"{_life(shortest)}" if shortest == longest
                 else f"de {_life(shortest)} à {_life(longest)}")
        said.append("Les immobilisations sont inscrites à leur coût d'acquisition (à leur "
                    "valeur vénale lorsqu'elles ont été reçues en don) et amorties selon le "
                    f"mode linéaire sur leur durée d'utilisation ({lives}), au prorata du temps "
                    "écoulé depuis leur mise en service, les mois étant comptés pour 30 jours.")
    if "regularisation" in kinds:
        said.append("Les charges et les produits sont rattachés à l'exercice qu'ils "
                    "concernent : la part des charges payées et des produits reçus qui "
                    "concerne l'exercice suivant, calculée au prorata des jours, est inscrite en "
                    "charges ou en produits constatés d'avance ; la part d'une subvention "
                    "pluriannuelle relative aux exercices suivants, en produits constatés "
                    "d'avance (règlement ANC n° 2018-06, art. 142-8).")
    if kinds & {"fonds_dedies", "utilisation_fonds_dedies"}:
        said.append("Les ressources affectées par un financeur à un projet et non encore "
                    "employées à la clôture sont inscrites en fonds dédiés ; quand plusieurs "
                    "financeurs concourent au même projet, ses charges sont réparties entre eux "
                    "au prorata de leurs apports.")
    return said


def _life(life_months: int) -> str:
    if life_months % 12:
        return f"{life_months} mois"
    return f"{life_months // 12} an" + ("s" if life_months > 12 else "")


def _change(ctx: YearContext) -> str:
    """The change of rules the first year under the 2025 models, after a 2018 one: a
    proposed text, the treasurer says what the change did to the association's figures.
    CNCC communiqué of 17/10/2025: applied prospectively, N-1 reclassified, not restated."""
    if ctx.year.chart != "pca2025" or ctx.previous is None or ctx.previous.chart != "pca2018":
        return ""
    return (f"Les comptes de l'exercice {ctx.year.label} sont les premiers établis selon le "
            "règlement ANC n° 2018-06 dans sa version applicable aux exercices ouverts à "
            "compter du 1er janvier 2025 (modifications liées au règlement ANC n° 2022-06 du 4 "
            "novembre 2022 relatif à la modernisation des états financiers). Ce "
            "changement de réglementation comptable est appliqué de manière prospective : "
            f"les montants de l'exercice {ctx.previous.label}, établis selon les règles "
            "antérieures, sont reclassés dans les postes des nouveaux modèles de bilan et de "
            "compte de résultat, sans retraitement.")


def months(start: dt.date, end: dt.date) -> int | None:
    """Whole months from ``start`` to ``end`` (inclusive), None when not whole months."""
    after = end + dt.timedelta(days=1)
    if start.day != 1 or after.day != 1:
        return None
    return (after.year - start.year) * 12 + after.month - start.month


def _span(start: dt.date, end: dt.date) -> str:
    n = months(start, end)
    if n is None:
        return f"{(end - start).days + 1} jours"
    return f"{n} mois"


def _length(ctx: YearContext) -> list[Paragraph]:
    """A year that is not twelve months long (art. 431-1, PCG), or follows one that was not:
    its figures are not comparable as they stand."""
    y, p = ctx.year, ctx.previous
    own = months(y.start, y.end)
    before = months(p.start, p.end) if p else 12
    if own == 12 and before == 12:
        return []
    text = (f"L'exercice {y.label} couvre {_span(y.start, y.end)}, du {y.start:%d/%m/%Y} au "
            f"{y.end:%d/%m/%Y}.")
    if p is not None and _span(p.start, p.end) != _span(y.start, y.end):
        text += (f" L'exercice précédent ({p.label}) couvrait {_span(p.start, p.end)} : les "
                 "montants des deux exercices ne sont pas directement comparables.")
    return [Paragraph("Durée de l'exercice", text, "calcule")]


def _pending(unallocated: int) -> list[Paragraph]:
    if not unallocated:
        return []
    what = "excédent" if unallocated > 0 else "déficit"
    return [Paragraph("Résultat en instance d'affectation",
                      f"À la clôture, le compte 12 porte encore un {what} de "
                      f"{euros(Money(abs(unallocated)))} d'un exercice antérieur que "
                      "l'assemblée générale n'a pas encore affecté : il figure sur la ligne "
                      "« Résultat en instance d'affectation », à part du résultat de "
                      "l'exercice.", "calcule")]


#: the 2025 model's AUTRES FONDS PROPRES (bilan-pca2025.json), whose nature art. 431-5 asks
_OTHER_OWN = ("1674", "229")


def _other_own(totals: dict[str, AccountTotal]) -> list[Paragraph]:
    held = [f"{c} {t.label} : {euros(Money(abs(t.balance)))}" for c, t in sorted(totals.items())
            if c.startswith(_OTHER_OWN) and t.balance]
    if not held:
        return []
    return [Paragraph("Autres fonds propres",
                      "À compléter : nature des autres fonds propres (" + " ; ".join(held)
                      + ").", "calcule")]


def _provisions(conn, ctx: YearContext) -> list:
    """The provisions table, then the year's reprises with the reason each was given."""
    table = fig.provisions(conn, ctx)
    if table is None:
        return []
    taken = fig.provision_reprises(conn, ctx)
    if not taken:
        return [table]
    return [table, Paragraph("Reprises de l'exercice", "\n".join(
        f"{date:%d/%m/%Y} : {euros(amount)} – {reason}" for date, amount, reason in taken),
        "calcule")]


def _allocated(conn, ctx: YearContext) -> list:
    blocks: list = []
    for a in fig.allocations(conn, ctx):
        blocks.append(Paragraph("Décision de l'assemblée générale",
                                f"{a.label} : écriture du {a.date:%d/%m/%Y}.", "calcule"))
        blocks.append(a.table)
    return blocks


# -- art. 431-8 and 431-10 from the year's account totals -------------------------------------
#: (row, account prefixes, side): produits are crédits (+1), charges débits (-1).
_LEGS = (("Montant perçu au titre d'assurances-vie", ("75431",), 1),
         ("Montant de la rubrique de produits « Legs ou donations » (art. 213-9)",
          ("7543",), 1),
         ("Prix de vente des biens reçus par legs ou donations destinés à être cédés",
          ("7571", "7754"), 1),
         ("Reprise des dépréciations d'actifs reçus par legs ou donations destinés à être "
          "cédés", ("78164",), 1),
         ("Utilisation des fonds reportés liés aux legs ou donations", ("7891",), 1),
         ("Valeur nette comptable des biens reçus par legs ou donations destinés à être cédés",
          ("6521", "6754"), -1),
         ("Dotation aux dépréciations d'actifs reçus par legs ou donations destinés à être "
          "cédés", ("68164",), -1),
         ("Report en fonds reportés liés aux legs ou donations", ("6891",), -1))


def _legs_amounts(totals: dict[str, AccountTotal]) -> list[int]:
    out = [0] * len(_LEGS)
    for code, t in totals.items():
        best = None
        for i, (_label, prefixes, _side) in enumerate(_LEGS):
            for p in prefixes:
                if code.startswith(p) and (best is None or len(p) > best[1]):
                    best = (i, len(p))
        if best is not None:
            out[best[0]] += -t.balance * _LEGS[best[0]][2]
    return out


def _legs(conn, ctx: YearContext, totals: dict[str, AccountTotal]) -> Table | None:
    """Art. 431-8, N and N-1: produits, charges and the rubric's balance."""
    years = [totals]
    columns = [f"Exercice {ctx.year.label}"]
    if ctx.previous is not None:
        years.append(account_totals(conn, ctx.previous.id, validated_only=ctx.validated_only))
        columns.append(f"Exercice {ctx.previous.label}")
    amounts = [_legs_amounts(t) for t in years]
    if not any(v for a in amounts for v in a):
        return None
    rows: list[TableRow] = []
    signed = []
    for title, side in (("PRODUITS", 1), ("CHARGES", -1)):
        rows.append(TableRow(title, kind="heading"))
        for i, (label, _p, s) in enumerate(_LEGS):
            if s == side and any(a[i] for a in amounts):
                signed.append((side, len(rows)))
                rows.append(TableRow(label, tuple(Money(a[i]) for a in amounts), level=1))
    rows.append(TableRow("SOLDE DE LA RUBRIQUE", tuple(
        Money(sum(a[i] * s for i, (_l, _p, s) in enumerate(_LEGS))) for a in amounts),
        kind="total", adds=tuple(signed)))
    return Table(tuple(columns), tuple(rows))


def _contributions(totals: dict[str, AccountTotal], text: list[Paragraph]) -> Note | None:
    """Art. 431-10 and 431-11: the year's 86 and 87 per account, with how they are counted."""
    rows: list[TableRow] = []
    for title, prefix, sign in (("Emplois (comptes 86)", "86", 1),
                                ("Ressources (comptes 87)", "87", -1)):
        codes = sorted(c for c, t in totals.items() if c.startswith(prefix) and t.balance)
        if not codes:
            continue
        at = len(rows)
        rows += [TableRow(f"{c} {totals[c].label}", (Money(sign * totals[c].balance),), level=1)
                 for c in codes]
        rows.insert(at, TableRow(title, (Money(sum(sign * totals[c].balance for c in codes)),),
                                 kind="subtotal",
                                 adds=tuple((1, i) for i in range(at + 1, at + 1 + len(codes)))))
    blocks: list = text[:]
    if rows:
        blocks.append(Table(("Montant",), tuple(rows)))
        if not text:
            blocks.insert(0, Paragraph(
                "Recensement et valorisation",
                "À compléter : les modalités de recensement, de quantification et de "
                "valorisation des contributions volontaires comptabilisées (art. 431-10), et "
                "pour les biens mis à disposition gratuitement, la date, la durée et le type "
                "de bien (art. 431-11).", "calcule"))
    return _note("contributions", "Contributions volontaires en nature",
                 "art. 431-10 et 431-11", blocks)


# -- the treasurer's texts --------------------------------------------------------------------
def annexe_texts(book: Book, year: str | None) -> list[tuple[str, str, str, str]]:
    """Each text of the annexe as (key, title, written, proposed): what the treasurer wrote
    ("" if nothing) and what the annexe says meanwhile ("" if nothing)."""
    annexe = build_annexe(book, year)
    return [(k, title, annexe.written.get(k, ""), annexe.proposed.get(k, ""))
            for k, (title, _hint) in TEXTS.items()]


def save_annexe_texts(book: Book, year: str | None, texts: dict[str, str]) -> list[str]:
    """Write these texts of the annexe (blank: back to what is proposed), all or none; an
    unknown key is refused with the list of keys. Returns the keys changed."""
    for key in texts:
        check_key(key)
    return write_texts(book, year, ANNEXE, texts)


def check_key(key: str) -> str:
    """``key`` if the annexe has such a text, else refused with the list of its texts."""
    if key not in TEXTS:
        raise ValidationError(f"texte « {key} » inconnu ; textes de l'annexe : "
                              f"{', '.join(TEXTS)}", field="--key")
    return key
