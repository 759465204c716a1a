"""A tiny stand-in gazetteer for unit tests of extraction logic (no data files needed).

It follows the ``gazetteer.Gazetteer`` contract of docs/ARCHITECTURE.md (``resolve``,
``nationality``, ``country``, ``scan``) over a few hand-made places, so placing rules
can be tested without depending on the real index's ranking.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gazetteer.place import Level, Place
from geotrack.model import Article, Event, EventType


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    kind: str
    candidates: tuple[Place, ...]
    nationality: str | None = None


@dataclass(frozen=True)
class Resolution:
    span: Span
    place: Place | None
    score: float
    reasons: tuple[str, ...] = ()
    candidates: tuple[object, ...] = ()


def _p(
    pid: str,
    name: str,
    level: str,
    country: str,
    lat: float,
    lon: float,
    admin1: str | None = None,
    admin2: str | None = None,
    aliases: tuple[str, ...] = (),
) -> Place:
    lv = Level(level)
    precision = {
        "site": 1,
        "village": 1,
        "commune": 1,
        "town": 1,
        "district": 2,
        "province": 3,
        "region": 3,
        "country": 4,
    }[level]
    return Place(
        id=pid,
        name=name,
        level=lv,
        country=country,
        lat=lat,
        lon=lon,
        geo_precision=precision,
        admin1=admin1,
        admin2=admin2,
        aliases=aliases,
        source="test",
    )


PLACES: dict[str, Place] = {
    "cambodia": _p("c:KH", "Cambodia", "country", "KH", 12.57, 104.99),
    "thailand": _p("c:TH", "Thailand", "country", "TH", 15.87, 100.99),
    "vietnam": _p("c:VN", "Vietnam", "country", "VN", 14.06, 108.28),
    "myanmar": _p("c:MM", "Myanmar", "country", "MM", 21.91, 95.96),
    "laos": _p("c:LA", "Laos", "country", "LA", 19.86, 102.5),
    "china": _p("c:CN", "China", "country", "CN", 35.86, 104.2),
    "indonesia": _p("c:ID", "Indonesia", "country", "ID", -0.79, 113.92),
    "phnom penh": _p("t:pp", "Phnom Penh", "town", "KH", 11.5625, 104.916, admin1="Phnom Penh"),
    "sihanoukville": _p(
        "t:shv", "Sihanoukville", "town", "KH", 10.6093, 103.5296, admin1="Preah Sihanouk"
    ),
    "poipet": _p("t:poi", "Poipet", "town", "KH", 13.658, 102.5636, admin1="Banteay Meanchey"),
    "bavet": _p("t:bav", "Bavet", "town", "KH", 11.063, 106.1356, admin1="Svay Rieng"),
    "bangkok": _p("t:bkk", "Bangkok", "town", "TH", 13.75, 100.5167, admin1="Bangkok"),
    "yangon": _p("t:ygn", "Yangon", "town", "MM", 16.8, 96.15, admin1="Yangon"),
    "mae sot": _p("t:ms", "Mae Sot", "town", "TH", 16.713, 98.5747, admin1="Tak"),
    "kandal province": _p("p:kdl", "Kandal", "province", "KH", 11.48, 104.95, admin1="Kandal"),
    "koh kong province": _p("p:kk", "Koh Kong", "province", "KH", 11.51, 103.41, admin1="Koh Kong"),
    "preah sihanouk": _p(
        "p:ps", "Preah Sihanouk", "province", "KH", 10.87, 103.8, admin1="Preah Sihanouk"
    ),
    "sen sok district": _p("d:ss", "Sen Sok", "district", "KH", 11.58, 104.85, admin1="Phnom Penh"),
    "tuol kork district": _p(
        "d:tk", "Tuol Kork", "district", "KH", 11.57, 104.9, admin1="Phnom Penh"
    ),
    "phnom penh municipality": _p(
        "p:pp", "Phnom Penh", "province", "KH", 11.5625, 104.916, admin1="Phnom Penh"
    ),
    "kampot": _p("p:kpt", "Kampot", "province", "KH", 10.79, 104.31, admin1="Kampot"),
    "tonle bet commune": _p(
        "cm:tb", "Tonle Bet", "commune", "KH", 11.6, 104.86, admin1="Phnom Penh", admin2="Sen Sok"
    ),
    "golden fortune park": _p(
        "s:gfp",
        "Golden Fortune Park",
        "site",
        "KH",
        10.62,
        103.51,
        admin1="Preah Sihanouk",
        admin2="Sihanoukville",
    ),
}
DEMONYMS: dict[str, str] = {
    "cambodian": "KH",
    "cambodians": "KH",
    "thai": "TH",
    "thais": "TH",
    "vietnamese": "VN",
    "chinese": "CN",
    "indonesian": "ID",
    "indonesians": "ID",
    "taiwanese": "TW",
    "filipino": "PH",
    "filipinos": "PH",
    "malaysian": "MY",
    "malaysians": "MY",
    "kenyan": "KE",
    "kenyans": "KE",
    "ugandans": "UG",
    "ugandan": "UG",
    "burmese": "MM",
    "korean": "KR",
    "koreans": "KR",
    "south korean": "KR",
    "south koreans": "KR",
}
_NAMES = sorted([*PLACES, *DEMONYMS], key=len, reverse=True)
_RE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _NAMES) + r")\b", re.IGNORECASE)


class FakeGazetteer:
    """Regex look-up over PLACES and DEMONYMS; the first candidate wins."""

    def scan(self, text: str) -> list[Span]:
        spans = []
        for m in _RE.finditer(text):
            key = m.group(0).lower()
            if key in DEMONYMS:
                spans.append(Span(m.start(), m.end(), m.group(0), "demonym", (), DEMONYMS[key]))
            else:
                spans.append(Span(m.start(), m.end(), m.group(0), "place", (PLACES[key],)))
        return spans

    def resolve(
        self, text: str, *, spans: list[Span] | None = None, focus_country: str | None = None
    ) -> list[Resolution]:
        out = []
        for span in spans if spans is not None else self.scan(text):
            place = span.candidates[0] if span.candidates else None
            out.append(Resolution(span, place, 1.0 if place else 0.0, ("test",)))
        return out

    def nationality(self, word: str) -> str | None:
        return DEMONYMS.get(word.lower())

    def country(self, iso2: str) -> Place | None:
        for place in PLACES.values():
            if place.level is Level.COUNTRY and place.country == iso2:
                return place
        return None


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extract"


def fixture_text(name: str) -> str:
    """The text of tests/fixtures/extract/<name>."""
    return (FIXTURES / name).read_text(encoding="utf-8")


def make_article(
    text: str,
    *,
    id: str = "fixture-article",
    published: dt.date | None = dt.date(2025, 7, 18),
) -> Article:
    """An Article with test metadata (the same defaults as tests/conftest.py's builder)."""
    return Article(
        id=id,
        text=text,
        title="A fixture article",
        source="Fixture Times",
        url="https://example.org/fixture",
        published=published,
        published_from="metadata" if published else "unknown",
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def extracted(
    gazetteer: Any, text: str, published: dt.date | None = dt.date(2025, 7, 18)
) -> list[Event]:
    """Every event extracted from one article of ``text`` (test metadata), in order."""
    from geotrack.extract import extract_article

    article = make_article(text, id="extracted", published=published)
    return list(extract_article(article, gazetteer=gazetteer).events)


def event_types(
    gazetteer: Any, text: str, published: dt.date | None = dt.date(2025, 7, 18)
) -> list[str]:
    """The sorted event types extracted from one article of ``text``."""
    return sorted(e.type.value for e in extracted(gazetteer, text, published))


def events_of(
    gazetteer: Any,
    text: str,
    etype: EventType,
    published: dt.date | None = dt.date(2025, 7, 18),
) -> list[Event]:
    """The ``etype`` events extracted from one article of ``text``, in order."""
    return [e for e in extracted(gazetteer, text, published) if e.type is etype]


def event_places(
    gazetteer: Any,
    text: str,
    etype: EventType,
    published: dt.date | None = dt.date(2025, 7, 18),
) -> list[str]:
    """The sorted place names of the ``etype`` events extracted from one article of ``text``."""
    return sorted(
        e.place.name for e in events_of(gazetteer, text, etype, published) if e.place is not None
    )


def page_events(text: str, published: str, language: str | None = None) -> list[Event]:
    """The events the real gazetteer and extractor read in a page published on ``published``
    (ISO), in ``language`` when given (else as the language check reads it)."""
    from gazetteer import Gazetteer
    from geotrack.extract import extract_article

    article = Article(
        id="t", text=text, published=dt.date.fromisoformat(published), language=language
    )
    return list(extract_article(article, gazetteer=Gazetteer.default()).events)


def of_type(events: list[Event], etype: EventType) -> list[Event]:
    """The events of one type."""
    return [e for e in events if e.type is etype]
