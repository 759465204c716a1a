"""Fast paths of segmentation and confidence give the answers of the plain code."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.extract.confidence import (
    FEATURES,
    _with_confidence,
    event_features,
    load_model,
    predict,
    with_confidence,
)
from geotrack.extract.segment import _WORD_RE, _word_count
from geotrack.model import DatePrecision, Event, EventType


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=300), max_size=60))
def test_word_count_equals_findall(text: str) -> None:
    assert _word_count(text) == len(_WORD_RE.findall(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_word_count_equals_findall_ascii(text: str) -> None:
    assert _word_count(text) == len(_WORD_RE.findall(text))


def _plain_predict(features: dict[str, float]) -> float:
    model = load_model()
    z = model.intercept + sum(
        w * features.get(f, 0.0) for f, w in zip(model.features, model.weights, strict=True)
    )
    p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return min(0.99, max(0.01, round(p, 2)))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(FEATURES), st.floats(-5, 5)))
def test_predict_equals_plain_sum(features: dict[str, float]) -> None:
    assert predict(load_model(), features) == _plain_predict(features)


def _event(**kw: object) -> Event:
    base: dict[str, object] = {
        "id": "e1",
        "type": EventType("raid"),
        "article_id": "a1",
        "sentence": "Police raided a compound.",
        "start": 10,
        "end": 35,
        "date": dt.date(2025, 7, 1),
        "date_precision": DatePrecision("day"),
        "people": {"rescued": 3},
        "nationalities": {"CN": 2},
        "evidence": ("place:sentence", "date:previous"),
        "published": dt.date(2025, 7, 3),
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_with_confidence_equals_replace() -> None:
    events = [_event(), _event(id="e2", start=0, evidence=("merged:x",))]
    got = with_confidence(events, 5)
    model = load_model()
    want = [
        dataclasses.replace(
            e,
            confidence=predict(
                model,
                event_features(
                    e, headline=e.start < 5, article_events=len(events), same_type=len(events)
                ),
            ),
        )
        for e in events
    ]
    assert got == want
    assert [dataclasses.astuple(g) for g in got] == [dataclasses.astuple(w) for w in want]
    assert _with_confidence(events[0], 0.42) == dataclasses.replace(events[0], confidence=0.42)
