"""Domain objects that travel between the stages: Article -> Mention/Event -> outputs.

Frozen dataclasses with slots, standard library only. Names and values follow the
gold format of ../shared/corpus/README.md so that scoring compares like with like.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gazetteer.place import Level, Place

__all__ = [
    "PEOPLE_KEYS",
    "Article",
    "DatePrecision",
    "Event",
    "EventType",
    "Incident",
    "Level",
    "Mention",
    "Place",
    "Role",
    "Skipped",
]


class EventType(StrEnum):
    """The event taxonomy (corpus README): one layer per type on the map."""

    RAID = "raid"
    RESCUE = "rescue"
    ESCAPE = "escape"
    DEPORTATION = "deportation"
    COMPOUND_REPORT = "compound_report"
    ABUSE = "abuse"
    POLICY = "policy"


class Role(StrEnum):
    """What a place mention does in its article."""

    EVENT = "event"  # where a reported happening took place
    DATELINE = "dateline"  # the city a story was filed from ("BANGKOK:")
    CONTEXT = "context"  # mentioned, nothing happened there in this story
    OFFTOPIC = "offtopic"  # inside boilerplate or an unrelated story
    NONPLACE = "nonplace"  # place-like word that is not a place here ("Thai", "Bangkok Post")


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


#: People-count categories, in output order.
PEOPLE_KEYS: tuple[str, ...] = ("arrested", "detained", "rescued", "deported", "escaped", "victims")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested.

    ``id`` is the file stem (or the manifest row's id); ``content_hash`` (sha256 of the
    normalised text) gives identity: the same text fed twice is one article.
    ``published_from`` records where the date came from: ``metadata``, ``text`` or ``unknown``.
    """

    id: str
    text: str
    title: str | None = None
    source: str | None = None  # outlet
    url: str | None = None
    published: dt.date | None = None
    published_from: str = "unknown"
    path: str | None = None  # file it was read from (manifest rows: the manifest, with row)
    content_hash: str = ""
    warnings: tuple[
        str, ...
    ] = ()  # degraded but kept (bad date in manifest, decoded as cp1252 ...)
    #: ISO 639-1 code of the text's language as ingest read it ("en", "pt", ...); None when
    #: the article was made without geotrack.ingest (extraction then checks it itself).
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name as written in an article, with the place it resolved to (or None)."""

    article_id: str
    text: str
    start: int
    end: int
    role: Role
    place: Place | None = None
    score: float = 0.0
    reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Mention {self.text!r}: bad offsets {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Event:
    """One reported happening at one place and time, with its provenance.

    ``people`` maps PEOPLE_KEYS to a stated count (absent key = not stated);
    ``people_qualifiers`` keeps "at least" / "about" / "more than" / "nearly" per key;
    ``nationalities`` maps ISO2 -> count or None (named without a number);
    ``seized`` maps item (phones, computers, laptops, tablets, passports, tasers, safes,
    weapons, vehicles, cash_usd ...) -> count or amount.
    ``sentence``/``start``/``end`` are the reporting sentence and its offsets in the
    article text; ``evidence`` names the cues that fired; ``confidence`` is 0..1.
    Article metadata is copied in so a saved events file can be redrawn on its own.
    """

    id: str
    type: EventType
    article_id: str
    sentence: str
    start: int
    end: int
    place: Place | None = None
    place_text: str | None = None  # the mention as written
    geo_precision: int | None = None
    date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    date_text: str | None = None
    people: dict[str, int] = field(default_factory=dict)
    people_qualifiers: dict[str, str] = field(default_factory=dict)
    nationalities: dict[str, int | None] = field(default_factory=dict)
    seized: dict[str, float] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()
    confidence: float = 0.5
    article_title: str | None = None
    article_source: str | None = None
    article_url: str | None = None
    published: dt.date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.type, EventType):
            object.__setattr__(self, "type", EventType(self.type))
        if not isinstance(self.date_precision, DatePrecision):
            object.__setattr__(self, "date_precision", DatePrecision(self.date_precision))
        if self.geo_precision is not None and self.geo_precision not in (1, 2, 3, 4):
            raise ValueError(f"Event {self.id!r}: geo_precision {self.geo_precision!r} not in 1..4")
        if (self.date is None) != (self.date_precision is DatePrecision.UNKNOWN):
            raise ValueError(
                f"Event {self.id!r}: date {self.date!r} and precision "
                f"{self.date_precision.value!r} disagree (unknown <=> no date)"
            )
        for k in self.people:
            if k not in PEOPLE_KEYS:
                raise ValueError(f"Event {self.id!r}: people key {k!r} not in {PEOPLE_KEYS}")
        if not 0.0 <= self.confidence <= 1.0 or math.isnan(self.confidence):
            raise ValueError(f"Event {self.id!r}: confidence {self.confidence!r} not in 0..1")

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None


@dataclass(frozen=True, slots=True)
class Incident:
    """Reports of one happening across outlets, merged (same type, near, overlapping dates).

    Counts stay per source: ``counts_by_source`` maps event id -> that report's people,
    nationalities and seized dicts; nothing is averaged away.
    """

    id: str
    type: EventType
    place: Place | None
    date: dt.date | None
    date_precision: DatePrecision
    geo_precision: int | None
    event_ids: tuple[str, ...]
    sources: tuple[str, ...]  # outlet (or article id) per event, same order
    counts_by_source: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def source_count(self) -> int:
        return len(set(self.sources))


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was skipped or degraded, with the reason (goes into run-report.json)."""

    input: str  # file, or file:line / file:row N
    reason: str
    #: "skipped" (nothing kept), "degraded" (kept with a warning) or "ignored" (a file of
    #: another kind met while walking a folder: README.md, gold/*.json; listed, not an error)
    severity: str = "skipped"
