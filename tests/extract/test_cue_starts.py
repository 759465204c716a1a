"""detect_types tries each type's cue pattern only where the union of all types matches:
the matches are exactly those of scanning the sentence with each type's pattern."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geotrack.extract import events

# Words of the cue patterns themselves, so that random sentences hold many (overlapping) cues.
_WORDS = sorted(
    {w for p in events._CUES.values() for w in re.findall(r"[a-z]{2,}", p.pattern)}
    | {"police", "the", "and", "of", "40", "workers", "were", "Raided", "RESCUED", "-"}
)
_GLUE = st.sampled_from([" ", " ", " ", "  ", ", ", "-", "", ". ", "\n"])
sentences = st.lists(st.tuples(st.sampled_from(_WORDS), _GLUE), min_size=1, max_size=30).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def _starts(union: re.Pattern[str], text: str) -> list[int]:
    starts: list[int] = []
    found = union.search(text)
    while found is not None:
        starts.append(found.start())
        found = union.search(text, found.start() + 1)
    return starts


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences)
def test_matches_at_union_starts_are_finditer(text: str) -> None:
    lowered = text.lower()
    starts = _starts(events._ANY_CUE_LOWER, lowered)
    for pattern in events._CUES_LOWER.values():
        assert _spans(events._matches_at(pattern, lowered, starts)) == _spans(
            pattern.finditer(lowered)
        )
    starts = _starts(events._ANY_CUE_RE, text)
    for pattern in events._CUES.values():
        assert _spans(events._matches_at(pattern, text, starts)) == _spans(pattern.finditer(text))


def test_overlapping_cues_of_different_types() -> None:
    text = "police raided the compound and rescued 40 workers who were later deported"
    starts = _starts(events._ANY_CUE_LOWER, text)
    found = {
        t.value: _spans(events._matches_at(p, text, starts)) for t, p in events._CUES_LOWER.items()
    }
    expected = {t.value: _spans(p.finditer(text)) for t, p in events._CUES_LOWER.items()}
    assert found == expected
    assert found["raid"] and found["rescue"] and found["deportation"]
