"""Event confidence: features known at extraction time and the fitted logistic model."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from pathlib import Path

import pytest
from extract_helpers import FakeGazetteer, fixture_text, make_article

from gazetteer.place import Level, Place
from geotrack.extract import extract_article
from geotrack.extract.confidence import (
    FEATURES,
    MODEL_PATH,
    ConfidenceModel,
    event_features,
    load_model,
    predict,
    with_confidence,
)
from geotrack.model import DatePrecision, Event, EventType

TINY = Path(__file__).parents[1] / "fixtures" / "extract" / "confidence_model_tiny.json"
PUBLISHED = dt.date(2025, 7, 18)


def _place(country: str = "KH", level: str = "site") -> Place:
    return Place(
        id=f"test:{country}:{level}",
        name="Somewhere",
        level=Level(level),
        country=country,
        lat=11.0,
        lon=104.0,
        geo_precision=1,
    )


def _event(**changes: object) -> Event:
    base = Event(
        id="e1",
        type=EventType.RAID,
        article_id="a",
        sentence="Police raided a compound.",
        start=120,
        end=145,
        place=_place(),
        geo_precision=1,
        date=dt.date(2025, 7, 15),
        date_precision=DatePrecision.DAY,
        people={"arrested": 12},
        nationalities={"CN": None},
        evidence=("cue:raided", "place:sentence", "date:sentence", "merged:200-260"),
        published=PUBLISHED,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_features_of_one_event() -> None:
    x = event_features(_event(), headline=False, article_events=4)
    assert set(x) == set(FEATURES)
    on = {k for k, v in x.items() if v and k != "log_article_events"}
    assert on == {
        "type=raid",
        "geo_precision=1",
        "place:sentence",
        "date:sentence",
        "has_people",
        "has_nationalities",
        "merged_reports",
        "place_level=site",
        "date_within_week",
    }
    assert x["merged_reports"] == 1.0
    assert x["log_article_events"] == pytest.approx(math.log(4))


def test_features_of_a_vague_unplaced_headline_event() -> None:
    event = _event(
        type=EventType.POLICY,
        place=None,
        geo_precision=None,
        date=dt.date(2024, 1, 1),
        date_precision=DatePrecision.YEAR,
        people={},
        nationalities={},
        seized={"phones": 3.0},
        evidence=(
            "cue:x",
            "place:article-focus",
            "date:published",
            *(f"merged:{i}-{i + 1}" for i in range(5)),
        ),
    )
    x = event_features(event, headline=True, article_events=1)
    on = {k for k, v in x.items() if v}
    assert on == {
        "type=policy",
        "date_precision=year_or_unknown",
        "date:published",
        "has_seized",
        "merged_reports",
        "headline",
    }
    assert x["merged_reports"] == 3.0  # capped
    assert (
        event_features(_event(place=_place("CN", "town")), headline=False, article_events=1)[
            "outside_region"
        ]
        == 1.0
    )


def test_tiny_model_prediction() -> None:
    model = load_model(TINY)
    assert model.features == ("type=raid", "outside_region", "merged_reports")
    x = event_features(_event(), headline=False, article_events=1)
    # sigmoid(1.0 + 0.5) = 0.8176 -> 0.82
    assert predict(model, x) == 0.82
    far = event_features(_event(place=_place("CN")), headline=False, article_events=1)
    assert predict(model, far) == round(1 / (1 + math.exp(0.5)), 2)


def test_prediction_stays_inside_zero_one() -> None:
    huge = ConfidenceModel(("type=raid",), (1000.0,), 1000.0)
    tiny = ConfidenceModel(("type=raid",), (-1000.0,), -1000.0)
    x = event_features(_event(), headline=False, article_events=1)
    assert predict(huge, x) == 0.99 and predict(tiny, x) == 0.01


def test_model_rejects_unknown_features() -> None:
    with pytest.raises(ValueError, match="unknown features"):
        ConfidenceModel(("no-such-feature",), (1.0,), 0.0)
    with pytest.raises(ValueError, match="differ in length"):
        ConfidenceModel(("type=raid",), (1.0, 2.0), 0.0)


def test_bundled_model_file() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == FEATURES
    assert all(math.isfinite(w) for w in data["weights"])
    assert data["training_sets"] and "leave_one_set_out" in data
    # the sets the model is judged on: the synthetic test sets and the unseen real ones
    for forbidden in ("testset", "dev4", "dev7", "realtest5", "realtest6", "realtest9"):
        assert forbidden not in data["training_sets"]
    for forbidden in (
        "realtest12",
        "realtest13",
        "realtest21",
        "realtest24",
        "realtest25",
        "realtest26",
        "realtest27",
        "realtest28",
        "realtest29",
        "realtest30",
        "realtest31",
        "realtest32",
        "realtest33",
        "realtest34",
        "realtest35",
        "realtest36",
        "realtest37",
        "realtest38",
        "realtest39",
        "realtest40",
        "realtest41",
        "realtest42",
        "realtest43",
        "realtest44",
        "realtest45",
        "realtest46",
    ):
        assert forbidden not in data["training_sets"]


def test_place_in_title_reads_the_written_form_and_the_gazetteer_name() -> None:
    event = _event(place_text="the Somewhere compound")
    named = event_features(event, headline=False, article_events=1, title="Raid in Somewhere")
    written = event_features(
        event, headline=False, article_events=1, title="Raid at the Somewhere compound"
    )
    other = event_features(event, headline=False, article_events=1, title="Raid in Elsewhere")
    untitled = event_features(event, headline=False, article_events=1)
    assert named["place_in_title"] == written["place_in_title"] == 1.0
    assert other["place_in_title"] == untitled["place_in_title"] == 0.0
    unplaced = event_features(
        _event(place=None, geo_precision=None),
        headline=False,
        article_events=1,
        title="Raid in Somewhere",
    )
    assert unplaced["place_in_title"] == 0.0


def test_same_type_share_counts_the_articles_events_of_the_type() -> None:
    one_of_four = event_features(_event(), headline=False, article_events=4, same_type=1)
    all_four = event_features(_event(), headline=False, article_events=4, same_type=4)
    assert (one_of_four["same_type_share"], all_four["same_type_share"]) == (0.25, 1.0)
    events = [_event(), _event(id="e2"), _event(id="e3", type=EventType.POLICY)]
    model = ConfidenceModel(("same_type_share",), (3.0,), -1.0)
    out = with_confidence(events, body_start=0, model=model)
    raid = round(1 / (1 + math.exp(-(3.0 * 2 / 3 - 1.0))), 2)
    policy = round(1 / (1 + math.exp(-(3.0 * 1 / 3 - 1.0))), 2)
    assert [e.confidence for e in out] == [raid, raid, policy]


def test_with_confidence_sets_every_event() -> None:
    events = [_event(), _event(id="e2", start=0, end=20, place=_place("CN"))]
    out = with_confidence(events, body_start=100, model=load_model(TINY))
    assert [e.confidence for e in out] == [0.82, round(1 / (1 + math.exp(0.5)), 2)]
    assert [dataclasses.replace(e, confidence=0.5) for e in out] == events


def test_extracted_confidence_is_a_deterministic_probability(fake_gz: FakeGazetteer) -> None:
    text = "\n".join(
        fixture_text(name) for name in ("dateline.txt", "address_chain.txt", "deportation.txt")
    )
    article = make_article(text, id="conf", published=PUBLISHED)
    first = extract_article(article, gazetteer=fake_gz).events
    again = extract_article(article, gazetteer=fake_gz).events
    assert first
    assert all(0 < e.confidence < 1 for e in first)
    assert [e.confidence for e in first] == [e.confidence for e in again]
