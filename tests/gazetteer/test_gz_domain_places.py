"""Places that reporting on scam compounds names resolve to the right point, in two frames.

The catalogue (``fixtures/gazetteer/domain_places.csv``) lists border towns and crossings,
compounds and zones, provinces, the towns victims come home to and their airports, with
spelling variants; every name must resolve, within its tolerance, both in a sentence that
says nothing about it and in the kind of sentence that names it in the news.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path

import pytest

from gazetteer import Gazetteer

CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer" / "domain_places.csv"
ROWS = list(
    csv.DictReader(
        io.StringIO(
            "".join(
                line
                for line in CATALOGUE.read_text(encoding="utf-8").splitlines(keepends=True)
                if not line.startswith("#")
            ),
            newline="",
        )
    )
)
FRAMES = {
    "neutral": "Officials mentioned {name} in a statement on Monday.",
    "rescue": "Police said 40 workers were rescued from a compound in {name} on Monday.",
    "return": "The 40 workers were flown home to {name} on Monday.",
}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    rad = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * rad / 2) ** 2
        + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


CASES = [(row, frame) for row in ROWS for frame in ("neutral", row["frame"])]


@pytest.mark.parametrize(
    ("row", "frame"), CASES, ids=[f"{row['name']}-{frame}" for row, frame in CASES]
)
def test_domain_place_resolves_within_tolerance(
    gz: Gazetteer, row: dict[str, str], frame: str
) -> None:
    name = row["name"]
    text = FRAMES[frame].format(name=name)
    start = text.index(name)
    hits = [r for r in gz.resolve(text) if r.span.start == start and r.span.text == name]
    assert hits, f"{name!r} is not one span in {text!r}"
    place = hits[0].place
    assert place is not None, hits[0].reasons
    distance = _km(float(row["lat"]), float(row["lon"]), place.lat, place.lon)
    assert distance <= float(row["tolerance_km"]), (place.id, place.name, round(distance, 1))
    assert (place.country or "") == row["country"], place.id  # empty: a multi-country region


def test_catalogue_has_no_duplicate_names() -> None:
    names = [row["name"] for row in ROWS]
    assert len(names) == len(set(names))
