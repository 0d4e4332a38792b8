"""French counts 0 and 1 as singular: « 0 ligne », « 1 ligne », « 2 lignes »."""

from assocompta.domain.plural import agree, plural


def test_zero_and_one_are_singular_in_french():
    assert [plural(n, "ligne", "lignes") for n in (0, 1, 2, 1000)] == [
        "0 ligne", "1 ligne", "2 lignes", "1000 lignes"]
    assert plural(-1, "écart", "écarts") == "-1 écart"
    assert agree(0, "importée", "importées") == "importée"
    assert agree(3, "importée", "importées") == "importées"
