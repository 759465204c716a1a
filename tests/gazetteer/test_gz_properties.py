"""Property tests for the text parsers and a golden record of one resolved fixture report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer, parse_address

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"

_WORDS = st.sampled_from(
    [
        "Sen",
        "Sok",
        "District",
        "Ward",
        "Street",
        "128",
        "Hamlet",
        "6",
        "Kandal",
        "province",
        "Khan",
        "Sangkat",
        "the",
        "Thai",
        "border",
        "Bangkok",
        "Post",
        ",",
        ".",
        "\n",
        "O'Smach",
        "Mr",
        "Phnom",
        "Penh",
        "—",
        "BANGKOK",
        ":",
        "No.",
        "15",
        "Indonesians",
        "Myanmar",
        "nationals",
        "’s",
        "(",
        ")",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, max_size=25).map(" ".join) | st.text(max_size=120))
def test_scan_and_resolve_never_fail_and_keep_offsets(gz: Gazetteer, text: str) -> None:
    spans = gz.scan(text)
    last_end = -1
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert span.start >= last_end, "spans overlap"
        last_end = span.end
        assert span.kind in ("place", "demonym", "address", "fuzzy")
    for res in gz.resolve(text, spans=spans):
        assert res.reasons, "every answer explains itself"
        if res.place is not None:
            assert -90 <= res.place.lat <= 90 and -180 <= res.place.lon <= 180


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, max_size=20).map(" ".join))
def test_parse_address_parts_are_in_order_and_inside_the_text(gz: Gazetteer, text: str) -> None:
    parts = parse_address(gz, text, base=10)
    for part in parts:
        assert text[part.start - 10 : part.end - 10] == part.text
        assert part.part in ("building", "street", "village", "commune", "district", "province")
    assert [p.start for p in parts] == sorted(p.start for p in parts)


def test_fuzzy_only_where_an_admin_word_vouches(gz: Gazetteer) -> None:
    vouched = {r.span.text: r.place for r in gz.resolve("Workers fled Sihanukvill city at night.")}
    assert (
        vouched["Sihanukvill city"] is not None and vouched["Sihanukvill city"].id == "gn:1831142"
    )
    bare = gz.resolve("Workers fled Sihanukvill at night.")
    assert all(r.place is None for r in bare)
    # a real word next to an admin word is not bent into a place name
    assert gz.resolve("The Water District office is closed.") == [] or all(
        r.span.kind != "fuzzy" for r in gz.resolve("The Water District office is closed.")
    )


def test_resolved_fixture_report_matches_golden(gz: Gazetteer, golden) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "raid_report.txt").read_text(encoding="utf-8")
    lines = []
    for res in gz.resolve(text):
        p = res.place
        lines.append(
            json.dumps(
                {
                    "text": res.span.text,
                    "start": res.span.start,
                    "end": res.span.end,
                    "kind": res.span.kind,
                    "place": p.id if p else None,
                    "level": p.level.value if p else None,
                    "first_reason": res.reasons[0] if res.reasons else None,
                },
                ensure_ascii=False,
            )
        )
    golden("gazetteer/resolve_raid_report.jsonl", "\n".join(lines) + "\n")


@pytest.mark.parametrize("word", ["Indonesians", "Thais", "Myanmar nationals"])
def test_fixture_nationalities(gz: Gazetteer, word: str) -> None:
    text = (FIXTURES / "raid_report.txt").read_text(encoding="utf-8")
    span = next(s for s in gz.scan(text) if s.text == word)
    assert span.kind == "demonym" and span.nationality == gz.nationality(word)
