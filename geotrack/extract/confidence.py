"""An event's ``confidence``: the estimated probability that the event is right.

"Right" is what ../shared/eval/score.py counts as a match: a gold event of the same type
within the gold's tolerance with a compatible date. The estimate is a logistic regression
over a dozen features known when the event is made (:func:`event_features`); its
coefficients live in ``confidence_model.json`` beside this module, refitted from the
annotated sets by ``benchmarks/calibrate_confidence.py`` (which also records the
leave-one-set-out figures the model was chosen by).
"""

from __future__ import annotations

import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from geotrack.model import Event

__all__ = [
    "FEATURES",
    "MODEL_PATH",
    "ConfidenceModel",
    "event_features",
    "load_model",
    "predict",
    "split_by_confidence",
    "with_confidence",
]

#: Endless 0.0 defaults for ``dict.get`` in :func:`predict`.
_ZEROS = itertools.repeat(0.0)

MODEL_PATH = Path(__file__).with_name("confidence_model.json")

#: Countries of the scam-compound region; an event placed elsewhere is rarely right.
_REGION = frozenset({"KH", "MM", "LA", "TH", "PH", "VN", "MY", "ID", "TL", "BN", "SG"})
_TYPES = ("raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy")
_PLACE_REASONS = ("sentence", "thread", "country-level")
_DATE_REASONS = ("sentence", "previous", "published")
_LOW_LEVELS = ("site", "commune", "village")

#: Feature names, in the model file's order (0/1 indicators unless noted).
FEATURES: tuple[str, ...] = (
    *(f"type={t}" for t in _TYPES),
    "geo_precision=1",
    "geo_precision=2",
    "geo_precision=3",
    "geo_precision=4",  # unplaced events have none of the four
    "date_precision=week",
    "date_precision=month",
    "date_precision=year_or_unknown",  # day is the reference
    *(f"place:{r}" for r in _PLACE_REASONS),  # any other place reason is the reference
    *(f"date:{r}" for r in _DATE_REASONS),  # any other date reason is the reference
    "has_people",
    "has_nationalities",
    "has_seized",
    "merged_reports",  # reports merged into the event, capped at 3
    "headline",  # the event's sentence is before the story body (headline, kicker, lead line)
    "place_level=site",  # site, commune or village
    "outside_region",  # placed in a country outside Southeast Asia
    "date_within_week",  # event date 0..7 days before publication
    "log_article_events",  # ln of the article's number of events
    "place_in_title",  # the place's name (as written or as the gazetteer names it) is in the title
    "same_type_share",  # the share of the article's events that have this event's type
)


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic-regression coefficients: P(right) = sigmoid(intercept + sum w_f * x_f)."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    version: str = ""

    def __post_init__(self) -> None:
        if len(self.features) != len(self.weights):
            raise ValueError("confidence model: features and weights differ in length")
        unknown = set(self.features) - set(FEATURES)
        if unknown:
            raise ValueError(f"confidence model: unknown features {sorted(unknown)}")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ConfidenceModel:
        """Build from the JSON file's mapping (``features``, ``weights``, ``intercept``)."""
        features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
        weights = tuple(float(w) for w in data["weights"])  # type: ignore[attr-defined]
        intercept = float(data["intercept"])  # type: ignore[arg-type]
        return cls(features, weights, intercept, str(data.get("version", "")))


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> ConfidenceModel:
    """The model stored at ``path`` (default: the bundled ``confidence_model.json``)."""
    with open(path, encoding="utf-8") as fh:
        return ConfidenceModel.from_dict(json.load(fh))


def event_features(
    event: Event, *, headline: bool, article_events: int, same_type: int = 0, title: str = ""
) -> dict[str, float]:
    """The model's features of one finished (merged) event.

    Parameters
    ----------
    event
        The event as it leaves extraction.
    headline
        Whether its sentence lies before the story body.
    article_events
        How many events the article yields.
    same_type
        How many of the article's events have this event's type (itself included).
    title
        The article's title.

    Returns
    -------
    dict[str, float]
        Every name in :data:`FEATURES` with its value.
    """
    x = dict.fromkeys(FEATURES, 0.0)
    x[f"type={event.type.value}"] = 1.0
    if event.geo_precision is not None:
        x[f"geo_precision={event.geo_precision}"] = 1.0
    precision = event.date_precision.value
    if precision in ("week", "month"):
        x[f"date_precision={precision}"] = 1.0
    elif precision != "day":
        x["date_precision=year_or_unknown"] = 1.0
    for reason in event.evidence:
        if reason in x:  # place:sentence, date:previous ...
            x[reason] = 1.0
    x["has_people"] = float(bool(event.people))
    x["has_nationalities"] = float(bool(event.nationalities))
    x["has_seized"] = float(bool(event.seized))
    x["merged_reports"] = float(min(3, sum(r.startswith("merged:") for r in event.evidence)))
    x["headline"] = float(headline)
    place = event.place
    if place is not None:
        x["place_level=site"] = float(place.level.value in _LOW_LEVELS)
        x["outside_region"] = float(bool(place.country) and place.country not in _REGION)
    if event.date is not None and event.published is not None:
        x["date_within_week"] = float(0 <= (event.published - event.date).days <= 7)
    x["log_article_events"] = math.log(max(1, article_events))
    if place is not None and title:
        folded_title = title.casefold()
        written = {place.name.casefold(), (event.place_text or "").casefold()} - {""}
        x["place_in_title"] = float(any(w in folded_title for w in written))
    if same_type:
        x["same_type_share"] = same_type / max(1, article_events)
    return x


def predict(model: ConfidenceModel, features: Mapping[str, float]) -> float:
    """P(right) for one event's features, rounded to 0.01 and kept within 0.01..0.99."""
    # (the same products summed in the same order as a zip over both: the model's
    # features and weights have one length, checked when it is built)
    z = model.intercept + sum(
        map(operator.mul, map(features.get, model.features, _ZEROS), model.weights)
    )
    p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return min(0.99, max(0.01, round(p, 2)))


def with_confidence(
    events: Sequence[Event],
    body_start: int,
    model: ConfidenceModel | None = None,
    *,
    title: str = "",
) -> list[Event]:
    """``events`` (one article's, finished) with ``confidence`` set from the model.

    Parameters
    ----------
    events
        The article's events after merging.
    body_start
        Offset where the story body starts; sentences before it are headlines.
    model
        The model (default: the bundled one).
    title
        The article's title (see :func:`event_features`).
    """
    model = model or load_model()
    n = len(events)
    per_type = Counter(e.type for e in events)
    return [
        _with_confidence(
            e,
            predict(
                model,
                event_features(
                    e,
                    headline=e.start < body_start,
                    article_events=n,
                    same_type=per_type[e.type],
                    title=title,
                ),
            ),
        )
        for e in events
    ]


#: ``Event``'s fields before and after ``confidence``, each read at once by a C-level
#: getter (which gives a tuple for two names or more: the fast path needs that).
_EVENT_FIELDS = tuple(f.name for f in fields(Event))
_CONFIDENCE_AT = _EVENT_FIELDS.index("confidence")
_BEFORE_CONFIDENCE = operator.attrgetter(*_EVENT_FIELDS[:_CONFIDENCE_AT])
_AFTER_CONFIDENCE = operator.attrgetter(*_EVENT_FIELDS[_CONFIDENCE_AT + 1 :])
_BY_POSITION = (
    all(f.init for f in fields(Event))
    and _CONFIDENCE_AT >= 2
    and len(_EVENT_FIELDS) - _CONFIDENCE_AT >= 3
)


def _with_confidence(event: Event, confidence: float) -> Event:
    """``replace(event, confidence=confidence)``: the same fields, passed by position."""
    if not _BY_POSITION or type(event) is not Event:
        return replace(event, confidence=confidence)
    # (mypy cannot count the starred fields)
    return Event(*_BEFORE_CONFIDENCE(event), confidence, *_AFTER_CONFIDENCE(event))  # type: ignore[call-arg]


def split_by_confidence(events: Sequence[Event], floor: float) -> tuple[list[Event], list[Event]]:
    """``events`` split into (kept, held back): held back are those below ``floor``.

    A floor of 0 keeps every event.

    Examples
    --------
    >>> split_by_confidence([], 0.35)
    ([], [])
    """
    kept: list[Event] = []
    held: list[Event] = []
    for event in events:
        (held if event.confidence < floor else kept).append(event)
    return kept, held
