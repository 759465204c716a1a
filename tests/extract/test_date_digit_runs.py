"""_date_matches skips the hint search for the later digits of a run whose earlier digit
failed it: the matches are those of testing every digit in full."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geotrack.extract import dates


def _reference(text: str) -> list[tuple[int, int, str]]:
    """_date_matches with every digit core given the full _digit_may_date test."""
    matches: list[re.Match[str]] = []
    covered = 0
    tried = 0
    for core in dates._CORE_RE.finditer(text):
        if core.start() < covered:
            continue
        if core.group(0).isdigit() and not dates._digit_may_date(text, core.start()):
            continue
        lo = max(covered, tried, core.start() - 36)
        for start in dates._WORD_START_RE.finditer(text, lo, core.start() + 1):
            match = dates._DATE_RE.match(text, start.start())
            if match is not None and match.end() > core.start():
                matches.append(match)
                covered = match.end()
                break
        tried = core.start() + 1
    return [(m.start(), m.end(), m.group(0)) for m in matches]


_PIECES = [
    "12", "2024", "19", "20", "120245", "1,000", "3", "15th", "31", "/", "-", ".", "–",
    "May", "June", "Jan", "Monday", "on", "in", "since", "from", "between", "and", "to",
    "days", "weeks", "ago", "last", "year", "the", "people", "workers", "were", "Police",
    "07/08/2024", "2024-05-06", "st", "nd", "of", "a", "(", ")", ",",
]  # fmt: skip
_GLUE = st.sampled_from([" ", " ", "", ", ", "-", "/", "."])
texts = st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE), min_size=1, max_size=25).map(
    lambda parts: "".join(p + g for p, g in parts)
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_digit_run_shortcut_changes_nothing(text: str) -> None:
    found = [(m.start(), m.end(), m.group(0)) for m in dates._date_matches(text)]
    assert found == _reference(text)


def test_year_inside_a_longer_run() -> None:
    # "12024": the run fails from its first digit, the year test still runs for "2024".
    for text in ("Ref 12024 was filed in May 2024.", "between 1 and 20245 people on May 3"):
        found = [(m.start(), m.end(), m.group(0)) for m in dates._date_matches(text)]
        assert found == _reference(text)
