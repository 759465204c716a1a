"""Our curated rows agree with ../shared/reference/places.csv within its tolerance_km."""

from __future__ import annotations

import csv

import pytest

from gazetteer import Gazetteer
from gazetteer.normalize import normalize
from gazetteer.sources import DATA_DIR
from tests.conftest import SHARED, km_between

REFERENCE = SHARED / "reference" / "places.csv"


def _reference() -> list[dict[str, str]]:
    if not REFERENCE.is_file():
        pytest.skip(f"reference places not found at {REFERENCE}")
    return list(csv.DictReader(REFERENCE.read_text(encoding="utf-8").splitlines()))


def test_sites_csv_is_sorted_and_valid() -> None:
    rows = list(csv.DictReader((DATA_DIR / "sites.csv").read_text(encoding="utf-8").splitlines()))
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert all(r["source"] for r in rows)


def test_every_reference_place_resolves_within_tolerance(gz: Gazetteer) -> None:
    level_of = {"compound": "site", "sez": "site", "casino": "site", "border_crossing": "site"}
    misses = []
    for row in _reference():
        level = level_of.get(row["kind"], row["kind"])
        cands = gz.lookup(row["name"], country=row["country"], level=level) or gz.lookup(
            row["name"], country=row["country"]
        )
        if not cands:
            misses.append(f"{row['name']}: not found")
            continue
        best = min(
            km_between(float(row["lat"]), float(row["lon"]), p.lat, p.lon) for p in cands[:3]
        )
        if best > float(row["tolerance_km"]):
            misses.append(f"{row['name']}: {best:.1f} km > {row['tolerance_km']}")
    assert not misses, misses


def test_reference_aliases_resolve_to_the_same_place(gz: Gazetteer) -> None:
    bad = []
    for row in _reference():
        target = gz.lookup(row["name"], country=row["country"])
        if not target:
            continue
        for alias in filter(None, row["aliases"].split("|")):
            if normalize(alias) in ("", normalize(row["name"])) or gz.nationality(alias):
                continue  # "Lao" is read as a nationality, never as the country
            hits = gz.lookup(alias, country=row["country"])
            if not hits or min(
                km_between(hits[0].lat, hits[0].lon, t.lat, t.lon) for t in target[:3]
            ) > float(row["tolerance_km"]):
                bad.append(f"{alias!r} -> {hits[0].id if hits else None} (want {row['name']!r})")
    assert not bad, bad
