"""Whatever a FEC file holds, import either succeeds or says what is wrong; nothing else."""

import contextlib
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assocompta.domain.errors import DomainError
from assocompta.fec.format import FIELDS
from assocompta.services.fec_import import import_fec
from assocompta.services.setup import Identity, create_book

HEADER = "\t".join(FIELDS)
field = st.one_of(st.text(max_size=12), st.sampled_from(
    ["", "BQ", "1", "20250115", "20251340", "512", "626", "12,50", "-3,00", "0,00", "1 234,56",
     "12,345", "D", "C", "60630000", "\t", "|", "\x00", "€"]))
line = st.lists(field, min_size=0, max_size=20).map("\t".join)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.lists(line, max_size=8), header=st.sampled_from([HEADER, HEADER.replace(
    "\t", "|"), "", "x"]), encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_import_never_crashes_and_never_half_writes(tmp_path_factory, request, engine, body,
                                                   header, encoding):
    folder = tmp_path_factory.mktemp("fuzz")
    if engine == "postgresql":
        # One database for all the examples (creating one each time costs more than the run):
        # what an example imported stays, and the next one must still be all or nothing.
        book = contextlib.nullcontext(request.getfixturevalue("book"))
    else:
        book, _ = create_book(folder / "f.assocompta", Identity("F"), dt.date(2025, 1, 1))
    with book as book:
        path = folder / "f.txt"
        path.write_bytes("\r\n".join([header] + body).encode(encoding, errors="replace"))
        before = book.scalar("SELECT count(*) FROM entry_line")
        try:
            import_fec(book, path)
        except DomainError as exc:
            assert str(exc)
            assert book.scalar("SELECT count(*) FROM entry_line") == before
        assert book.scalar("SELECT count(*) FROM entry WHERE imbalance != 0") == 0
