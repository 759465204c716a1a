"""Myanmar's towns that GeoNames' cities500 lacks, from the MIMU place codes
(``gazetteer/data/mm_towns.csv``, written by ``scripts/make_mm_towns.py``), and the
villages and compounds of the Myawaddy area the news names."""

from __future__ import annotations

import csv

import pytest

from gazetteer import Gazetteer
from gazetteer.place import Level
from gazetteer.sources import DATA_DIR


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "admin1"),
    [
        ("The army said it held 900 foreigners in Namhsan on Friday.", "Namhsan", "Namhsan",
         "Shan"),
        ("Fighting spread to Paletwa last month.", "Paletwa", "Paletwa", "Chin"),
        ("Soldiers moved into Namhsan Township overnight.", "Namhsan Township", "Namhsan",
         "Shan"),
    ],
)  # fmt: skip
def test_mimu_towns_resolve(
    gz: Gazetteer, sentence: str, surface: str, name: str, admin1: str
) -> None:
    found = {r.span.text: r.place for r in gz.resolve(sentence)}
    place = found.get(surface)
    assert place is not None
    assert (place.name, place.country, place.admin1) == (name, "MM", admin1)
    assert place.level is Level.TOWN
    assert place.source.startswith("mm-geo-coder")


@pytest.mark.parametrize(
    ("sentence", "surface", "name", "level"),
    [
        ("Workers were held in Mehtawthalay, south of Myawaddy.", "Mehtawthalay",
         "Me Htaw Tha Lay", Level.VILLAGE),
        ("Refugees gathered at Thingannyinaung on Sunday.", "Thingannyinaung",
         "Thin Gan Nyi Naung", Level.VILLAGE),
        ("Rebels took the compound at Minletpan last week.", "Minletpan", "Min Let Pan",
         Level.VILLAGE),
    ],
)  # fmt: skip
def test_myawaddy_area_villages_resolve_near_myawaddy(
    gz: Gazetteer, sentence: str, surface: str, name: str, level: Level
) -> None:
    found = {r.span.text: r.place for r in gz.resolve(sentence)}
    place = found.get(surface)
    assert place is not None
    assert (place.name, place.level, place.country) == (name, level, "MM")
    # all three lie within 45 km of Myawaddy town (16.69 N, 98.51 E)
    assert abs(place.lat - 16.69) < 0.4 and abs(place.lon - 98.51) < 0.3


def test_personal_name_words_are_no_towns(gz: Gazetteer) -> None:
    text = "Senior General Min Aung Hlaing met Saw Chit Thu in Naypyitaw."
    names = {r.place.name for r in gz.resolve(text) if r.place is not None}
    assert "Hlaing" not in names
    assert "Saw" not in names


def test_rows_are_inside_myanmar_and_unique() -> None:
    with (DATA_DIR / "mm_towns.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 300
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert 9.5 <= float(row["lat"]) <= 28.6 and 92.1 <= float(row["lon"]) <= 101.2, row["id"]
        assert row["country"] == "MM"
        # no compass word stands alone as a name ("Dagon Myothit (South)")
        assert not {row["name"].lower(), *row["aliases"].lower().split("|")} & {"south", "north"}
