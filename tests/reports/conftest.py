import datetime as dt

import pytest

from tests.conftest import ENGINES

from assocompta.domain.entries import Simple, contribution, depense, recette
from assocompta.services.ledger import add_sub_account, post_entry
from assocompta.services.setup import Identity, add_year, create_book
from tests.helpers import SIREN, m


@pytest.fixture
def two_years(book_path):
    """2024 under the 2018 chart and 2025 under the 2025 chart, with a typical year each."""
    book = make_two_years(book_path)
    yield book
    book.close()


def make_two_years(target):
    """The book of ``two_years`` at ``target`` (a file or a URL), open."""
    book, _ = create_book(target, Identity("Les Amis", siren=SIREN), dt.date(2024, 1, 1))
    add_year(book, dt.date(2025, 1, 1))
    add_sub_account(book, "2024", "741", "Subventions d'exploitation")  # no posting on « 74 »
    for y, subsidy, cotis in ((2024, "741", "2 400"), (2025, "741", "2 500")):
        d = dt.date(y, 3, 1)
        post_entry(book, depense(Simple(d, m("1 200"), "Loyer"), account="613", paid_from="512"))
        post_entry(book, depense(Simple(d, m("300,50"), "Téléphone"), account="626",
                                 paid_from="512"))
        post_entry(book, recette(Simple(d, m(cotis), "Cotisations"), account="7561",
                                 received_on="512"))
        post_entry(book, recette(Simple(d, m("4 000"), "Subvention"), account=subsidy,
                                 received_on="512"))
        post_entry(book, recette(Simple(d, m("50"), "Dons"), account="75411",
                                 received_on="530"))
        post_entry(book, recette(Simple(d, m("150"), "Vente de dons"), account="7073",
                                 received_on="530"))
        post_entry(book, contribution(Simple(d, m("800"), "Bénévolat"), emploi="864",
                                      ressource="875"))
    return book


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    """This suite runs on SQLite, and on PostgreSQL when ASSOCOMPTA_PG_URL names a server."""
    return request.param


def seen(report) -> tuple:
    """What a reader of a report sees, but the day it was edited: for comparing two reports."""
    return (report.title, report.association, report.period, report.columns,
            report.key_columns, report.notes, report.checks, tuple(report.rows))
