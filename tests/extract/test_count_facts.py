"""count_facts: counting a sentence with shared facts gives what counting it afresh gives."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geotrack.extract.counts import count_facts, find_counts
from geotrack.extract.numbers import find_numbers

_DEMONYMS = {
    "Indonesians": "ID",
    "Vietnamese": "VN",
    "Chinese": "CN",
    "Myanmar": "MM",
    "Laos": "LA",
    "Sri Lankans": "LK",
    "Myanmar nationals": "MM",
    "Laos nationals": "LA",
}
_WORDS = [
    "Police", "detained", "arrested", "rescued", "deported", "were", "was", "and", "of",
    "the", "from", "Myanmar", "Laos", "Indonesians", "Vietnamese", "Chinese", "Sri",
    "Lankans", "271", "40", "1,000", "six", "people", "workers", "nationals", "citizens",
    "computers", "phones", "$3,000", "seized", "including", "among", "them", "total",
    "number", "to", "brought", "rescue", "urged", "victims", ",", ".", "came", "a", "man",
]  # fmt: skip

sentences = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences, st.booleans(), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20))))
def test_shared_facts_change_nothing(text: str, seizure: bool, cuts: list[tuple[int, int]]) -> None:
    nationality = _DEMONYMS.get
    exclude = [(a, a + n) for a, n in cuts]
    fresh = find_counts(text, nationality=nationality, seizure_context=seizure, exclude=exclude)
    facts = count_facts(text, nationality, find_numbers(text))
    shared = find_counts(
        text, nationality=nationality, seizure_context=seizure, exclude=exclude, facts=facts
    )
    assert shared == fresh
    assert count_facts(text, nationality) == facts


def test_facts_of_another_sentence_or_lookup_are_ignored() -> None:
    text = "Police detained 271 Indonesians and 213 Vietnamese."
    nationality = _DEMONYMS.get
    expected = find_counts(text, nationality=nationality)
    other = count_facts("Police rescued 40 Chinese.", nationality)
    assert find_counts(text, nationality=nationality, facts=other) == expected
    no_demonyms = count_facts(text, lambda word: None)
    assert find_counts(text, nationality=nationality, facts=no_demonyms) == expected
    assert expected.nationalities == {"ID": 271, "VN": 213}
