"""The word-start test in front of every cue pattern changes no match.

``events._CUES_LOWER`` runs each cue pattern behind ``(?<!\\w)(?=[a-z0-9])`` because every
cue opens a word with a letter or a digit; a new cue alternative that opened otherwise
would silently never fire. This compares the prefixed patterns with the bare ones on the
bundled example articles and the dev sets' articles, sentence by sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geotrack.extract import events
from geotrack.extract.segment import segment_text

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = [
    ROOT / "examples" / "articles",
    *(ROOT / "benchmarks" / s / "articles" for s in ("heldout", "dev2", "dev3")),
]


def _sentences() -> list[str]:
    out = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out += [text[s.start : s.end].lower() for s in segment_text(text).sentences]
    return out


SENTENCES = _sentences()


def test_the_sample_is_large_enough() -> None:
    assert len(SENTENCES) > 500


@pytest.mark.parametrize("etype", list(events._CUES), ids=lambda t: t.value)
def test_prefixed_cue_pattern_finds_what_the_bare_pattern_finds(etype: events.EventType) -> None:
    bare = re.compile(events._CUES[etype].pattern)
    prefixed = events._CUES_LOWER[etype]
    for sentence in SENTENCES:
        assert [m.span() for m in prefixed.finditer(sentence)] == [
            m.span() for m in bare.finditer(sentence)
        ], sentence


def test_every_cue_alternative_opens_a_word_with_a_letter_or_digit() -> None:
    # Each pattern starts with \b and a group of alternatives; none may open with a symbol.
    for etype, pattern in events._CUES.items():
        assert pattern.pattern.startswith(r"\b(?:"), etype
