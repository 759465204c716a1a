"""An admin unit without a namesake seat is pointed at the mean of its settlements, not at
its biggest city (which may lie on the unit's edge)."""

from __future__ import annotations

import math

import pytest

from gazetteer import Gazetteer
from gazetteer.sources import _settlement_centroid


def _city(gid: str, lat: float, lon: float, population: int) -> dict[str, object]:
    return {"geonameid": gid, "latitude": lat, "longitude": lon, "population": population}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


def test_mean_of_settlements_not_the_biggest() -> None:
    cities = {
        "1": _city("1", 13.0, 80.0, 5_000_000),  # a big port on the edge
        "2": _city("2", 11.0, 78.0, 20_000),
        "3": _city("3", 10.0, 77.0, 30_000),
    }
    point, source = _settlement_centroid(cities, ["1", "2", "3"])
    assert (point["latitude"], point["longitude"]) == (11.33333, 78.33333)
    assert source == "derived:settlement-centroid:3-places"


def test_across_the_antimeridian_falls_back_to_the_biggest_place() -> None:
    cities = {"1": _city("1", -17.0, 179.5, 1000), "2": _city("2", -16.5, -179.8, 80_000)}
    point, source = _settlement_centroid(cities, ["1", "2"])
    assert point is cities["2"]
    assert source == "derived:most-populous-place:gn:2"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_a_large_state_is_pointed_near_its_middle(gaz: Gazetteer) -> None:
    state = next(p for p in gaz.lookup("Tamil Nadu") if p.level.value == "province")
    assert state.source.startswith("derived:settlement-centroid:")
    assert _km(state.lat, state.lon, 11.1, 78.7) < 100  # the state's middle, not Chennai
    assert _km(state.lat, state.lon, 13.08, 80.27) > 200


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        # where settlements' mean misleads (islands far apart, a long coast), the capital
        ("Riau Islands", 0.92, 104.46),  # Tanjung Pinang
        ("North Sulawesi", 1.48, 124.85),  # Manado
        # GeoNames' own point for the town lies 50 km off; MIMU's ward point is used
        ("Kengtung", 21.29, 99.61),
        ("Kyaingtong", 21.29, 99.61),
        # a 2025 district and its commune that had only their province's point
        ("Sampov Pun commune", 10.94, 105.06),
    ],
)
def test_curated_points_where_the_derived_one_misleads(
    gaz: Gazetteer, name: str, lat: float, lon: float
) -> None:
    place = gaz.lookup(name)[0]
    assert _km(place.lat, place.lon, lat, lon) < 5
