"""cities500 records are slimmed as they are decoded, without changing what the index reads."""

from __future__ import annotations

import json
from typing import Any

import pytest

from gazetteer.sources import MIN_POPULATION_ALT_NAMES, _geonames_cities, _lean_city


def _record(gid: str, name: str, cc: str, population: int, alts: list[str]) -> dict[str, object]:
    return {
        "geonameid": int(gid),
        "name": name,
        "latitude": 10.5,
        "longitude": 104.5,
        "countrycode": cc,
        "population": population,
        "timezone": "Asia/Phnom_Penh",
        "admin1code": "12",
        "alternatenames": alts,
    }


def _decode(records: dict[str, dict[str, object]]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(records), object_hook=_lean_city)
    return loaded


def test_focus_country_keeps_alternate_names() -> None:
    cities = _decode({"1": _record("1", "Kampot", "KH", 40000, ["Kampaut", "កំពត"])})
    rec = cities["1"]
    assert rec["alternatenames"] == ["Kampaut", "កំពត"]
    assert rec["name"] == "Kampot"


def test_small_foreign_town_loses_alternate_names_and_big_city_keeps_them() -> None:
    cities = _decode(
        {
            "2": _record("2", "Smalltown", "FR", 20000, ["Petiteville"]),
            "3": _record("3", "Bigcity", "FR", MIN_POPULATION_ALT_NAMES, ["Grandeville"]),
        }
    )
    assert cities["2"]["alternatenames"] == []
    assert cities["3"]["alternatenames"] == ["Grandeville"]


def test_record_reads_like_a_mapping() -> None:
    rec = _decode({"4": _record("4", "Poipet", "KH", 90000, [])})["4"]
    assert rec.get("population") == 90000
    assert rec.get("timezone") is None  # never read: dropped
    with pytest.raises(KeyError):
        rec["timezone"]
    assert set(rec) >= {"name", "countrycode", "alternatenames"}


def test_slim_records_build_the_same_places_as_plain_ones() -> None:
    raw: dict[str, Any] = {
        "5": _record("5", "Bavet", "KH", 30000, ["Bavit"]),
        "6": _record("6", "Lyon", "FR", 500000, ["Lyons"]),
    }
    plain = _geonames_cities(raw)
    slim = _geonames_cities(_decode(raw))
    assert {k: (v.place, v.names) for k, v in plain.items()} == {
        k: (v.place, v.names) for k, v in slim.items()
    }


def test_first_build_runs_in_a_child_process(tmp_path: Any, monkeypatch: Any) -> None:
    """A cold cache is built by a child process: the parent never reads the source tables
    (their memory goes back to the system when the child exits)."""
    import gazetteer.index as index_module

    def no_build_here() -> None:
        raise AssertionError("the index was built in the parent process")

    monkeypatch.setenv("GEOTRACK_CACHE", str(tmp_path))
    monkeypatch.setattr(index_module, "build_base", no_build_here)
    index = index_module.load_index()
    assert len(index.rows) > 50_000
    assert list(tmp_path.glob("index-*.pickle"))
