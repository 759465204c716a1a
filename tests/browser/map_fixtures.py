"""Fixture events, incidents and sites for the map tests (invented reports, our own words)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gazetteer.place import Level, Place
from geotrack.model import Event, EventType, Incident

# --------------------------------------------------------------------------- fixture events
# Invented reports (our own words; places, dates and counts are the kind the corpus holds).

SIHANOUKVILLE = Place(
    id="t-snv",
    name="Sihanoukville",
    level=Level.TOWN,
    country="KH",
    lat=10.6093,
    lon=103.5296,
    admin1="Preah Sihanouk",
)
POIPET = Place(
    id="t-poipet",
    name="Poipet",
    level=Level.TOWN,
    country="KH",
    lat=13.6586,
    lon=102.5633,
    admin1="Banteay Meanchey",
    admin2="Poipet",
)
BAVET = Place(
    id="t-bavet",
    name="Bavet",
    level=Level.TOWN,
    country="KH",
    lat=11.0640,
    lon=106.1360,
    admin1="Svay Rieng",
)
KK_PARK = Place(
    id="t-kk",
    name="KK Park",
    level=Level.SITE,
    country="MM",
    lat=16.6400,
    lon=98.5380,
    admin1="Kayin",
    kind="compound",
)
GOLDEN_TRIANGLE = Place(
    id="t-gt",
    name="Golden Triangle SEZ",
    level=Level.SITE,
    country="LA",
    lat=20.3370,
    lon=100.1200,
    admin1="Bokeo",
    kind="sez",
)
CAMBODIA = Place(
    id="t-kh",
    name="Cambodia",
    level=Level.COUNTRY,
    country="KH",
    lat=12.5657,
    lon=104.9910,
    geo_precision=4,
)
PREAH_SIHANOUK = Place(
    id="t-ps",
    name="Preah Sihanouk",
    level=Level.PROVINCE,
    country="KH",
    lat=10.75,
    lon=103.65,
    geo_precision=3,
)


def make_event(
    id: str,
    type: EventType | str,
    place: Place | None,
    *,
    date: dt.date | None = None,
    precision: str = "day",
    sentence: str = "Officers searched a building and questioned the workers inside.",
    title: str = "Fixture report",
    source: str = "Fixture Times",
    url: str | None = "https://example.org/fixture",
    **fields: Any,
) -> Event:
    """An Event with defaults, so a test states only what matters."""
    return Event(
        id=id,
        type=EventType(type),
        article_id=f"article-{id}",
        sentence=sentence,
        start=0,
        end=len(sentence),
        place=place,
        place_text=place.name if place else None,
        geo_precision=place.geo_precision if place else None,
        date=date,
        date_precision=precision if date else "unknown",
        article_title=title,
        article_source=source,
        article_url=url,
        published=date,
        **fields,
    )


def fixture_events() -> list[Event]:
    """Twelve events of six types at five places over two years, one undated, one unplaced."""
    return [
        make_event(
            "raid-snv",
            "raid",
            SIHANOUKVILLE,
            date=dt.date(2025, 7, 14),
            sentence="Police swept through three tower blocks and held 412 people for questioning.",
            title="Tower blocks searched in the coastal city",
            source="Coast Daily",
            url="https://example.org/coast/raid",
            people={"detained": 412},
            nationalities={"CN": 300, "VN": 80, "ID": None},
            seized={"phones": 1200, "computers": 310, "cash_usd": 25000},
        ),
        make_event(
            "raid-snv-2",
            "raid",
            SIHANOUKVILLE,
            date=dt.date(2025, 7, 15),
            sentence="A second building was searched the next morning.",
            source="Harbour Herald",
            people={"arrested": 35},
            people_qualifiers={"arrested": "at least"},
        ),
        make_event(
            "rescue-poipet",
            "rescue",
            POIPET,
            date=dt.date(2024, 11, 2),
            sentence="Forty-one job seekers were led out of a casino annex near the border gate.",
            title="Job seekers freed at the border",
            people={"rescued": 41},
        ),
        make_event(
            "escape-bavet",
            "escape",
            BAVET,
            date=dt.date(2024, 3, 1),
            precision="month",
            sentence="Six men climbed a wall at night and reached a police post.",
            people={"escaped": 6},
        ),
        make_event(
            "deport-poipet",
            "deportation",
            POIPET,
            date=dt.date(2025, 1, 20),
            sentence="Two hundred Thai nationals were sent home through the crossing.",
            people={"deported": 200},
            nationalities={"TH": 200},
        ),
        make_event(
            "report-kk",
            "compound_report",
            KK_PARK,
            date=dt.date(2024, 6, 1),
            precision="month",
            sentence="Researchers counted new dormitories going up inside the walled park.",
            title="Satellite images show growth",
            source="Border Monitor",
        ),
        make_event(
            "report-gt",
            "compound_report",
            GOLDEN_TRIANGLE,
            date=dt.date(2023, 9, 5),
            sentence="The zone still hosts dozens of online fraud operations, investigators say.",
        ),
        make_event(
            "abuse-snv",
            "abuse",
            PREAH_SIHANOUK,
            date=dt.date(2024, 1, 1),
            precision="year",
            sentence="Former workers described beatings when sales targets were missed.",
        ),
        make_event(
            "policy-kh",
            "policy",
            CAMBODIA,
            date=dt.date(2025, 7, 1),
            precision="week",
            sentence="The government set up a commission to coordinate the crackdown.",
        ),
        make_event(
            "report-undated",
            "compound_report",
            BAVET,
            sentence="A compound was said to operate behind the casino strip.",
        ),
        make_event(
            "raid-bavet",
            "raid",
            BAVET,
            date=dt.date(2023, 12, 12),
            sentence="Officers raided two buildings and seized laptops.",
            seized={"laptops": 90},
        ),
        make_event(
            "raid-unplaced",
            "raid",
            None,
            date=dt.date(2025, 2, 2),
            sentence="Police said more raids would follow.",
        ),
    ]


def fixture_incidents(events: list[Event]) -> list[Incident]:
    """The two Sihanoukville raids as one incident reported by two outlets."""
    first, second = events[0], events[1]
    return [
        Incident(
            id="incident-snv",
            type=EventType.RAID,
            place=SIHANOUKVILLE,
            date=dt.date(2025, 7, 14),
            date_precision=first.date_precision,
            geo_precision=1,
            event_ids=(first.id, second.id),
            sources=(first.article_source or "", second.article_source or ""),
            counts_by_source={
                first.id: {
                    "people": dict(first.people),
                    "nationalities": dict(first.nationalities),
                },
                second.id: {"people": dict(second.people)},
            },
        )
    ]


def fixture_sites() -> list[Place]:
    """Two known compounds."""
    return [KK_PARK, GOLDEN_TRIANGLE]
