"""The substring guards before find_counts' look-behind patterns are exact: where a guard
says a window cannot hold a match, the pattern finds none there (and the capitalised-word
pattern written with its set first finds what ``\\b[A-Z]...`` finds)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.extract import counts

_GUARDED = [
    (counts._SOURCE_BEFORE_RE, counts._SOURCE_NEEDLES),
    (counts._WITH_BEFORE_RE, counts._WITH_NEEDLES),
    (counts._EARLIER_PERIOD_RE, counts._EARLIER_PERIOD_NEEDLES),
    (counts._ESCORT_BEFORE_RE, counts._ESCORT_NEEDLES),
    (counts._ASIDE_BEFORE_RE, counts._ASIDE_NEEDLES),
    (counts._GROUP_OF_BEFORE_RE, counts._GROUP_OF_NEEDLES),
    (counts._BREAKDOWN_RE, counts._BREAKDOWN_NEEDLES),
    (counts._AND_OTHERS_BEFORE_RE, ("and",)),
]


def _words(pattern: re.Pattern[str]) -> list[str]:
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern.pattern)))
    return [*words, *(w.upper() for w in words), *(w.title() for w in words)]


def _windows(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    token = st.one_of(
        st.sampled_from(_words(pattern)),
        st.text(alphabet="aeiostnK \n\t,.-\u017f\u0130\u212a", max_size=4),
    )
    gap = st.sampled_from([" ", "  ", "\n", "", ", ", "\u00a0"])
    return st.lists(st.tuples(token, gap), max_size=10).map(
        lambda parts: "".join(a + b for a, b in parts)
    )


@pytest.mark.parametrize(("pattern", "needles"), _GUARDED, ids=lambda p: str(p)[:30])
def test_a_window_the_guard_skips_holds_no_match(
    pattern: re.Pattern[str], needles: tuple[str, ...]
) -> None:
    @settings(max_examples=300, deadline=None)
    @given(_windows(pattern))
    def check(window: str) -> None:
        if pattern is counts._AND_OTHERS_BEFORE_RE:
            skipped = not any(n in window for n in needles)
        else:
            skipped = not counts._may_hold(window, needles)
        if skipped:
            assert pattern.search(window) is None, window

    check()


@pytest.mark.parametrize(
    "window",
    [
        "according to the ",
        "along with ",
        "up from ",
        "compared with ",
        "as against ",
        "escorted by a team of ",
        "besides the ",
        "a group of about ",
        "including some ",
        "Daniel and ",
    ],
)
def test_each_guard_lets_its_own_cases_through(window: str) -> None:
    matched = [(p, n) for p, n in _GUARDED if p.search(window)]
    assert matched
    for pattern, needles in matched:
        assert any(n in window.lower() for n in needles), pattern.pattern


_CAPWORD_REFERENCE = re.compile(r"\b[A-Z][a-zA-Z'’-]*[a-zA-Z]")


@given(st.text(alphabet="AbZé_1 -’'.\u00c9x", max_size=40))
def test_capitalised_words_as_with_the_word_boundary_first(text: str) -> None:
    expected = [m.span() for m in _CAPWORD_REFERENCE.finditer(text)]
    assert [m.span() for m in counts._CAPWORD1_RE.finditer(text)] == expected
    for pos in range(len(text) + 1):
        found = counts._CAPWORD1_RE.search(text, pos)
        reference = _CAPWORD_REFERENCE.search(text, pos)
        assert (found and found.span()) == (reference and reference.span())
