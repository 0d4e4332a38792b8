"""The year-end work in the order a treasurer does it, for the closing wizard and
``assocompta year close``/``year work``: fixed assets first (their dotations are charges of
the year), then provisions, régularisations, and last the fonds dédiés, whose unspent part
is computed from the year's charges once everything else is booked."""

from __future__ import annotations

from dataclasses import replace

from ..domain.closing import ClosingCheck
from ..domain.plural import plural
from ..storage.db import Book
from .assets import assets_step
from .cutoff import cutoff_step
from .dedicated_funds import funds_step
from .provisions import provisions_step
from .year_end import Step

STEPS = {
    "immobilisations": assets_step,
    "provisions": provisions_step,
    "regularisations": cutoff_step,
    "fonds_dedies": funds_step,
}


def year_end_step(book: Book, label: str, key: str) -> Step:
    """The step ``key`` (a key of :data:`STEPS`) of closing ``label``, as it stands now.

    The fonds dédiés read the year's resources and charges as booked: while an earlier step
    still proposes entries, theirs would change once those are booked (a subsidy's share of
    the next years put in 487 first, or it would be both there and in 19x): the step says so.
    """
    step = STEPS[key](book, label)
    if key == "fonds_dedies" and step.proposals:
        before = [STEPS[k](book, label) for k in list(STEPS)[:list(STEPS).index(key)]]
        waiting = [s.title.lower() for s in before if s.proposals]
        if waiting:
            step = replace(step, notes=(
                "Passez ou écartez d'abord les écritures proposées aux étapes précédentes ("
                + ", ".join(waiting) + ") : ces fonds dédiés sont calculés sans elles et "
                "changeront une fois qu'elles seront passées (la part d'une subvention pour "
                "l'exercice suivant serait sinon à la fois en 487 et en fonds dédiés).",
                *step.notes))
    return step


def year_end_steps(book: Book, label: str) -> list[Step]:
    return [fn(book, label) for fn in STEPS.values()]


def pending_work_check(steps: list[Step]) -> ClosingCheck:
    """A warning, not a block: the treasurer may judge a proposal does not apply (an asset
    already written off elsewhere), but should not close without having looked."""
    pending = [s for s in steps if s.proposals]
    count = sum(len(s.proposals) for s in pending)
    if not pending:
        return ClosingCheck("Travaux d'inventaire", True, "aucune écriture d'inventaire ne "
                            "reste proposée")
    return ClosingCheck(
        "Travaux d'inventaire", False,
        f"{plural(count, 'écriture proposée reste', 'écritures proposées restent')} à passer "
        f"({', '.join(s.title.lower() for s in pending)}) : passez-les ou écartez-les dans "
        "l'assistant de clôture (pages suivantes), ou avec assocompta year work",
        blocking=False)
