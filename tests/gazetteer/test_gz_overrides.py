"""Analyst overrides: extra CSV rows add or replace places; bad rows are reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, load_places_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer"

MY_PLACES = FIXTURES / "my_places.csv"


def test_bad_rows_are_reported_with_file_row_and_reason() -> None:
    rows, problems = load_places_csv(MY_PLACES)
    assert [r.place.id for r in rows] == ["site:river-star-casino", "kh:1208"]
    joined = "\n".join(problems)
    assert "my_places.csv:3: lat 200.0 outside -90..90" in joined
    assert "my_places.csv:4: lon 'abc' is not a number" in joined
    assert "my_places.csv:5: level 'hamlet-ish' is not one of" in joined
    assert "my_places.csv:6: empty name" in joined
    assert "my_places.csv:7: duplicate id 'site:river-star-casino' (first at row 2)" in joined
    assert len(problems) == 5


@pytest.fixture(scope="module")
def gz_with_overrides() -> Gazetteer:
    return Gazetteer(extra=[MY_PLACES], use_env=False)


def test_overrides_add_and_replace(gz_with_overrides: Gazetteer) -> None:
    gz = gz_with_overrides
    assert len(gz.problems) >= 5
    casino = gz.lookup("Riverstar Casino")[0]
    assert casino.id == "site:river-star-casino" and casino.source == "analyst:field-visit-2025"
    sen_sok = gz.get("kh:1208")
    assert sen_sok is not None and (sen_sok.lat, sen_sok.lon) == (11.601, 104.871)
    # the override keeps the official codes and names of the unit it replaces
    assert sen_sok.admin2_code == "1208" and gz.lookup("Saen Sokh")[0].id == "kh:1208"
    assert gz.lookup("Sen Sok Khan")[0].id == "kh:1208"
    # the new site is found in text
    placed = {
        r.span.text: r.place for r in gz.resolve("Guards at the River Star Casino in Kandal fled.")
    }
    assert placed["River Star Casino"] is not None


def test_environment_variable_adds_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    extra = tmp_path / "env_places.csv"
    extra.write_text(
        "id,name,aliases,country,admin1,admin2,level,kind,lat,lon,geo_precision,source\n"
        "site:golden-lotus,Golden Lotus Compound,,KH,Koh Kong,,site,compound,11.2,103.1,2,analyst\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("GEOTRACK_GAZETTEER", str(extra))
    gz = Gazetteer()
    assert gz.lookup("Golden Lotus Compound")[0].id == "site:golden-lotus"
