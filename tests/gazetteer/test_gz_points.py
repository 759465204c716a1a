"""Points of Cambodian admin units come from evidence (GeoNames namesakes, member places)."""

from __future__ import annotations

import math

from gazetteer import Gazetteer, Level, Place
from gazetteer.sources import _kh_khmer_key, _kh_latin_key, _skeleton


def _km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    dy = (a_lat - b_lat) * 111.2
    dx = (a_lon - b_lon) * 111.2 * math.cos(math.radians(a_lat))
    return math.hypot(dx, dy)


def test_prefixes_and_spelling_keys() -> None:
    assert _kh_latin_key("Phumi Veal Sre") == _kh_latin_key("Veal Sre")
    assert _kh_latin_key("Khum Peam Lovek") == _kh_latin_key("Peam Lovek")
    assert _kh_khmer_key("ភូមិ បាវិត") == _kh_khmer_key("បាវិត")
    # "Mangkul Bourei" and "Mongkol Borei" share their consonants
    assert _skeleton(_kh_latin_key("Mangkul Bourei")) == _skeleton(_kh_latin_key("Mongkol Borei"))


def _kh_units(gz: Gazetteer) -> list[Place]:
    ix = gz.index
    return [p for p in map(ix.place, range(len(ix))) if p.id.startswith("kh:")]


def test_units_carry_evidence_not_only_the_province_point(gz: Gazetteer) -> None:
    units = [p for p in _kh_units(gz) if p.level is Level.DISTRICT]
    assert len(units) > 200
    for p in units:
        assert p.source.startswith(
            ("derived:geonames-namesake:gn:", "derived:member-place:gn:", "derived:parent-point:")
        ) or not p.source.startswith("derived"), p.source
        if p.source.startswith(("derived:geonames-namesake", "derived:member-place")):
            assert p.geo_precision == 2
        if p.source.startswith("derived:parent-point"):
            assert p.geo_precision >= 3
    at_province = [
        p
        for p in units
        if (prov := gz.get(f"kh:{p.id[3:5]}")) is not None
        and (p.lat, p.lon) == (prov.lat, prov.lon)
    ]
    assert len(at_province) < 60  # was 84 of 210 before namesakes and member places


def test_a_namesake_lies_near_its_province(gz: Gazetteer) -> None:
    for p in _kh_units(gz):
        if p.source.startswith("derived:geonames-namesake"):
            gn = gz.get(p.source.split(":", 2)[2])
            assert gn is not None and (gn.lat, gn.lon) == (p.lat, p.lon)
            prov = gz.get(f"kh:{p.id[3:5]}")
            assert prov is not None and _km(p.lat, p.lon, prov.lat, prov.lon) < 200


def test_border_district_takes_its_seat_filed_under_the_neighbour(gz: Gazetteer) -> None:
    # GeoNames files Sampov Lun's seat under Banteay Meanchey; the Battambang district takes it,
    # a village of the same name in another district does not
    district = gz.get("kh:0210")
    assert district is not None and district.source.startswith("derived:geonames-namesake")
    village = gz.get("kh:01040403")
    assert village is not None and (village.lat, village.lon) != (district.lat, district.lon)
