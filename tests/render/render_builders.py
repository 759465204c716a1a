"""Builders for render tests: places, events, a small realistic event set, and N random events.

The sample events are invented for these tests (sentences are our own words); the places
and coordinates are public facts about the region's scam-compound hubs.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from gazetteer.place import LEVEL_PRECISION, Level, Place
from geotrack.model import DatePrecision, Event, EventType, Incident

#: ../shared (corpus, scorer, reference boundaries); tests skip when it is absent.
SHARED = Path(__file__).resolve().parents[3] / "shared"

_PLACES: dict[str, tuple[str, Level, str, float, float, str | None, str | None, str | None]] = {
    # id: (name, level, country, lat, lon, admin1, admin2, kind)
    "kh-sihanoukville": (
        "Sihanoukville",
        Level.TOWN,
        "KH",
        10.60932,
        103.52958,
        "Preah Sihanouk",
        "Preah Sihanouk",
        None,
    ),
    "kh-great-wall-park": (
        "Great Wall Park",
        Level.SITE,
        "KH",
        10.629,
        103.511,
        "Preah Sihanouk",
        "Preah Sihanouk",
        "compound",
    ),
    "kh-poipet": (
        "Poipet",
        Level.TOWN,
        "KH",
        13.65805,
        102.56365,
        "Banteay Meanchey",
        "Poipet",
        None,
    ),
    "kh-bavet": ("Bavet", Level.TOWN, "KH", 11.06317, 106.13557, "Svay Rieng", "Bavet", None),
    "kh-sen-sok": ("Sen Sok", Level.DISTRICT, "KH", 11.597, 104.867, "Phnom Penh", "Sen Sok", None),
    "kh-dara-sakor": (
        "Dara Sakor",
        Level.SITE,
        "KH",
        10.915,
        103.224,
        "Koh Kong",
        "Botum Sakor",
        "sez",
    ),
    "kh-thmor-da": ("Thmor Da SEZ", Level.SITE, "KH", 12.25, 102.75, "Pursat", "Veal Veng", "sez"),
    "kh-osmach": (
        "O'Smach",
        Level.TOWN,
        "KH",
        14.42479,
        103.69571,
        "Oddar Meanchey",
        "Samraong",
        None,
    ),
    "kh-phnom-penh": (
        "Phnom Penh",
        Level.PROVINCE,
        "KH",
        11.56245,
        104.91601,
        "Phnom Penh",
        None,
        None,
    ),
    "kh-cambodia": ("Cambodia", Level.COUNTRY, "KH", 12.565679, 104.990963, None, None, None),
    "mm-kk-park": (
        "KK Park",
        Level.SITE,
        "MM",
        16.647556,
        98.520722,
        "Kayin State",
        "Myawaddy",
        "compound",
    ),
    "mm-shwe-kokko": (
        "Shwe Kokko",
        Level.SITE,
        "MM",
        16.820472,
        98.530917,
        "Kayin State",
        "Myawaddy",
        "compound",
    ),
    "th-mae-sot": ("Mae Sot", Level.TOWN, "TH", 16.71667, 98.56667, "Tak", "Mae Sot", None),
    "la-gtsez": (
        "Golden Triangle SEZ",
        Level.SITE,
        "LA",
        20.32,
        100.11,
        "Bokeo",
        "Ton Pheung",
        "sez",
    ),
}


def make_place(place_id: str = "kh-sihanoukville", **overrides: Any) -> Place:
    """A Place from the small table above (or fully custom through ``overrides``)."""
    name, level, country, lat, lon, admin1, admin2, kind = _PLACES[place_id]
    fields: dict[str, Any] = {
        "id": place_id,
        "name": name,
        "level": level,
        "country": country,
        "lat": lat,
        "lon": lon,
        "geo_precision": LEVEL_PRECISION[level],
        "source": "tests",
        "admin1": admin1,
        "admin2": admin2,
        "kind": kind,
    }
    fields.update(overrides)
    return Place(**fields)


def make_event(
    id: str = "ev-1",
    *,
    type: EventType | str = EventType.RAID,
    place: Place | str | None = "kh-sihanoukville",
    date: dt.date | None = dt.date(2025, 7, 14),
    article_id: str = "fixture-article",
    sentence: str = "Officers searched a compound and detained dozens of workers.",
    **overrides: Any,
) -> Event:
    """An Event with sensible defaults, so a test states only what matters."""
    resolved = make_place(place) if isinstance(place, str) else place
    fields: dict[str, Any] = {
        "id": id,
        "type": type,
        "article_id": article_id,
        "sentence": sentence,
        "start": 100,
        "end": 100 + len(sentence),
        "place": resolved,
        "place_text": resolved.name if resolved else None,
        "geo_precision": resolved.geo_precision if resolved else None,
        "date": date,
        "date_precision": DatePrecision.DAY if date else DatePrecision.UNKNOWN,
        "evidence": ("verb:searched",),
        "confidence": 0.8,
        "article_title": "A fixture article",
        "article_source": "Fixture Times",
        "article_url": "https://example.org/fixture",
        "published": dt.date(2025, 7, 18),
    }
    fields.update(overrides)
    return Event(**fields)


def sample_events() -> list[Event]:
    """Fifteen invented events across the region's hubs, every type, a few unplaced or undated."""
    d = dt.date
    return [
        make_event(
            "a1-e1",
            type="raid",
            place="kh-great-wall-park",
            date=d(2025, 7, 14),
            article_id="art-001",
            sentence="Police searched the Great Wall Park compound and held 312 foreign workers.",
            people={"detained": 312},
            nationalities={"ID": 120, "CN": 95, "VN": None},
            seized={"phones": 4200, "computers": 380, "passports": 36},
        ),
        make_event(
            "a1-e2",
            type="rescue",
            place="kh-sihanoukville",
            date=d(2025, 7, 15),
            article_id="art-001",
            sentence="Forty-two Thai nationals were handed to their embassy the next day.",
            people={"rescued": 42},
            people_qualifiers={"rescued": "at least"},
            nationalities={"TH": 42},
        ),
        make_event(
            "a2-e1",
            type="raid",
            place="kh-poipet",
            date=d(2025, 3, 2),
            article_id="art-002",
            sentence="A joint task force raided three casino buildings near the border gate.",
            people={"arrested": 215},
            seized={"phones": 1100, "cash_USD": 25000.5},
        ),
        make_event(
            "a3-e1",
            type="deportation",
            place="kh-phnom-penh",
            date=d(2025, 4, 10),
            article_id="art-003",
            sentence="Authorities flew 180 people home on two charter flights.",
            people={"deported": 180},
            nationalities={"CN": 180},
        ),
        make_event(
            "a4-e1",
            type="compound_report",
            place="kh-dara-sakor",
            date=d(2025, 5, 1),
            date_precision=DatePrecision.MONTH,
            article_id="art-004",
            sentence="Researchers said several compounds still operate inside the coastal concession.",
        ),
        make_event(
            "a4-e2",
            type="compound_report",
            place="kh-thmor-da",
            date=d(2025, 5, 1),
            date_precision=DatePrecision.MONTH,
            article_id="art-004",
            sentence="A second site was traced to the zone on the Thai border in Pursat.",
        ),
        make_event(
            "a5-e1",
            type="escape",
            place="kh-bavet",
            date=d(2025, 6, 3),
            article_id="art-005",
            sentence="Eleven workers climbed a wall and ran to a police post.",
            people={"escaped": 11},
            nationalities={"VN": 11},
        ),
        make_event(
            "a6-e1",
            type="abuse",
            place="kh-sen-sok",
            date=d(2025, 2, 20),
            article_id="art-006",
            sentence="Two men said they were beaten and shocked after failing their quotas.",
            people={"victims": 2},
        ),
        make_event(
            "a7-e1",
            type="raid",
            place="mm-kk-park",
            date=d(2025, 2, 5),
            article_id="art-007",
            sentence="Border guards entered the park and took 1,041 foreigners into custody.",
            people={"detained": 1041},
            people_qualifiers={"detained": "more than"},
        ),
        make_event(
            "a7-e2",
            type="deportation",
            place="th-mae-sot",
            date=d(2025, 2, 20),
            article_id="art-007",
            sentence="Buses carried the first group across the bridge to Thailand.",
            people={"deported": 260},
            nationalities={"CN": 260},
        ),
        make_event(
            "a8-e1",
            type="rescue",
            place="mm-shwe-kokko",
            date=d(2025, 3, 12),
            article_id="art-008",
            sentence="Rescuers brought out 57 Indonesians from the new city.",
            people={"rescued": 57},
            nationalities={"ID": 57},
        ),
        make_event(
            "a9-e1",
            type="compound_report",
            place="la-gtsez",
            date=d(2025, 1, 1),
            date_precision=DatePrecision.YEAR,
            article_id="art-009",
            sentence="The zone on the Mekong remains a hub for online fraud, a UN report found.",
        ),
        make_event(
            "a10-e1",
            type="escape",
            place="kh-osmach",
            date=d(2025, 8, 22),
            article_id="art-010",
            sentence="A woman fled the casino at night and reached the checkpoint.",
        ),
        make_event(
            "a11-e1",
            type="policy",
            place="kh-cambodia",
            date=d(2025, 7, 1),
            article_id="art-011",
            sentence="The government set up a commission to fight online scams.",
            geo_precision=4,
        ),
        make_event(
            "a12-e1",
            type="raid",
            place=None,
            date=None,
            article_id="art-012",
            sentence="Police raided an unnamed building; the report gives no place.",
        ),
    ]


def sample_incidents() -> list[Incident]:
    """Two incidents: one merged from two outlets, one single-source."""
    return [
        Incident(
            id="inc-1",
            type=EventType.RAID,
            place=make_place("mm-kk-park"),
            date=dt.date(2025, 2, 5),
            date_precision=DatePrecision.DAY,
            geo_precision=1,
            event_ids=("a7-e1", "b7-e1"),
            sources=("Fixture Times", "Other Daily"),
            counts_by_source={
                "a7-e1": {"people": {"detained": 1041}},
                "b7-e1": {"people": {"detained": 1000}},
            },
        ),
        Incident(
            id="inc-2",
            type=EventType.POLICY,
            place=None,
            date=None,
            date_precision=DatePrecision.UNKNOWN,
            geo_precision=None,
            event_ids=("a11-e1",),
            sources=("Fixture Times",),
            counts_by_source={},
        ),
    ]


def random_events(n: int, *, seed: int = 7) -> list[Event]:
    """``n`` deterministic pseudo-random events over the table's places (for size checks)."""
    rng = random.Random(seed)
    place_ids = sorted(_PLACES)
    types = list(EventType)
    events = []
    for i in range(n):
        place = make_place(rng.choice(place_ids))
        jitter = {
            "lat": place.lat + rng.uniform(-0.05, 0.05),
            "lon": place.lon + rng.uniform(-0.05, 0.05),
        }
        key = rng.choice(["arrested", "rescued", "deported", "detained"])
        events.append(
            make_event(
                f"r{i:05d}",
                type=rng.choice(types),
                place=make_place(place.id, **jitter),
                date=dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 900)),
                article_id=f"art-{i // 3:05d}",
                people={key: rng.randrange(1, 400)},
                nationalities={rng.choice(["CN", "ID", "TH", "VN", "MY"]): rng.randrange(1, 50)},
            )
        )
    return events
