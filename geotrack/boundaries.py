"""Province (admin-1) boundaries the user brings: import, match to the gazetteer, cache, load.

No province polygons ship with geotrack (the good sources are share-alike or forbid
redistribution, see ../shared/research). A user imports a file they downloaded
(geoBoundaries, OCHA COD-AB ...): GeoJSON, GeoPackage, a shapefile or a zipped shapefile.
:func:`import_boundaries` finds the name and ISO-code columns, matches every polygon to
a gazetteer province (by ISO 3166-2 code, then by name through :mod:`gazetteer.normalize`,
which folds romanisation variants such as "Bantey"/"Banteay"), and stores one GeoPackage
per country in the user cache (``$GEOTRACK_CACHE`` or the platform's cache folder, under
``boundaries/``). :func:`load_boundaries` returns them for the static and HTML maps.
:func:`download_boundaries` fetches geoBoundaries' file when, and only when, asked.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geotrack.atomic import atomic_path, atomic_write_text
from geotrack.errors import BadInputError, LookupServiceError

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "GEOBOUNDARIES_API",
    "ImportReport",
    "boundaries_dir",
    "download_boundaries",
    "import_boundaries",
    "load_boundaries",
    "province_key",
]

#: geoBoundaries' metadata API (gbOpen release); ``{iso3}`` and ``{level}`` are filled in.
GEOBOUNDARIES_API = "https://www.geoboundaries.org/api/current/gbOpen/{iso3}/{level}/"

_NAME_FIELDS = (
    "shapeName", "ADM1_EN", "adm1_en", "ADM1_NAME", "NAME_1", "name_en", "NAME_EN", "admin1Name",
    "admin1name", "province", "Province", "PROVINCE", "name", "NAME", "Name",
)  # fmt: skip
_ISO_FIELDS = (
    "shapeISO",
    "ISO_3166_2",
    "iso_3166_2",
    "ISO3166_2",
    "iso_code",
    "ISO",
    "iso",
    "HASC_1",
)
_COUNTRY_FIELDS = (
    "shapeGroup",
    "ADM0_PCODE",
    "ISO_A3",
    "iso3",
    "GID_0",
    "ADM0_A3",
    "COUNTRY",
    "country",
)
_ISO2_CODE = re.compile(r"^([A-Z]{2})[-.]([0-9A-Z]{1,3})$")
_DOUBLE = re.compile(r"(.)\1+")


def boundaries_dir() -> Path:
    """Return the folder where imported boundaries live (created when missing).

    ``$GEOTRACK_CACHE/boundaries`` when that variable is set, else the platform's user
    cache folder for geotrack (``~/.cache/geotrack/boundaries`` on Linux).

    Returns
    -------
    Path
        The folder.
    """
    root = os.environ.get("GEOTRACK_CACHE")
    if root:
        base = Path(root)
    else:
        import platformdirs

        base = Path(platformdirs.user_cache_dir("geotrack"))
    return base / "boundaries"


def province_key(name: str) -> str:
    """Return a spelling-tolerant key for a province name ("Ratanak Kiri" = "Ratanakiri Province").

    Parameters
    ----------
    name : str
        A province name as written anywhere (boundary file, gazetteer, event).

    Returns
    -------
    str
        The gazetteer's phonetic key without admin words, spaces or doubled letters.
    """
    from gazetteer.normalize import name_keys

    _exact, phonetic, _hint = name_keys(name)
    return _DOUBLE.sub(r"\1", phonetic.replace(" ", ""))


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What :func:`import_boundaries` did, for the CLI to print.

    ``unmatched`` lists the file's names that matched no gazetteer province (they are
    kept, with ``admin1`` set to the name as written).
    """

    path: Path
    country: str
    features: int
    matched: int
    unmatched: tuple[str, ...]
    name_field: str
    iso_field: str | None


def _pick(
    columns: Sequence[str], candidates: Sequence[str], given: str | None, what: str, source: Path
) -> str | None:
    if given is not None:
        if given not in columns:
            raise BadInputError(
                f"{source}: no column {given!r} for the {what} (columns: {', '.join(columns)})"
            )
        return given
    return next((c for c in candidates if c in columns), None)


def _iso3_to_iso2() -> dict[str, str]:
    from geotrack.render.basemap import countries_gdf

    frame = countries_gdf()
    return {r.iso3: r.iso2 for r in frame.itertuples() if isinstance(r.iso2, str)}


def _country_of(
    frame: gpd.GeoDataFrame, iso_field: str | None, country: str | None, source: Path
) -> str:
    if country:
        code = country.strip().upper()
        if len(code) == 3:
            code = _iso3_to_iso2().get(code, code)
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise BadInputError(f"country {country!r} is not an ISO 3166 alpha-2 or alpha-3 code")
        return code
    found: set[str] = set()
    if iso_field:
        for value in frame[iso_field].dropna().astype(str):
            match = _ISO2_CODE.match(value.strip().upper())
            if match:
                found.add(match.group(1))
    if not found:
        field = next((c for c in _COUNTRY_FIELDS if c in frame.columns), None)
        if field:
            lookup = _iso3_to_iso2()
            for value in frame[field].dropna().astype(str):
                value = value.strip().upper()
                found.add(lookup.get(value, value) if len(value) == 3 else value[:2])
    if len(found) != 1:
        seen = ", ".join(sorted(found)) or "none"
        raise BadInputError(
            f"{source}: cannot tell which country this file covers (codes found: {seen}); pass --country"
        )
    return found.pop()


def _gazetteer_province(name: str, country: str) -> tuple[str, str] | None:
    """(province name, place id) from the gazetteer, when its look-up is available."""
    try:
        import gazetteer
        from gazetteer.place import Level
    except ImportError:  # pragma: no cover - gazetteer is part of this distribution
        return None
    factory = getattr(getattr(gazetteer, "Gazetteer", None), "default", None)
    if factory is None:
        return None
    places = factory().lookup(name, country=country, level=Level.PROVINCE)
    key = province_key(name)
    for place in places:
        same_country = (place.country or country) == country
        if (
            place.level is Level.PROVINCE
            and same_country
            and (province_key(place.name) == key or len(places) == 1)
        ):
            return place.name, place.id
    return None


def import_boundaries(
    path: str | os.PathLike[str],
    *,
    country: str | None = None,
    name_field: str | None = None,
    iso_field: str | None = None,
    attribution: str | None = None,
) -> ImportReport:
    """Import an admin-1 boundary file into the user cache, matched to gazetteer provinces.

    Parameters
    ----------
    path : str or PathLike
        GeoJSON, GeoPackage, shapefile (``.shp`` or zipped) with one polygon per province.
    country : str, optional
        ISO 3166 alpha-2 or alpha-3 code; guessed from ISO codes (``KH-12``) or a country
        column (``shapeGroup``) when not given.
    name_field, iso_field : str, optional
        Column names, when the usual ones (``shapeName``/``ADM1_EN``/``NAME_1`` ...,
        ``shapeISO``/``ISO_3166_2`` ...) are not there.
    attribution : str, optional
        Credit line shown on maps (e.g. ``"geoBoundaries; (c) OpenStreetMap contributors (ODbL)"``).

    Returns
    -------
    ImportReport
        Where it was stored and how many provinces matched.

    Raises
    ------
    BadInputError
        When the file cannot be read, has no polygons, or lacks a name column.
    """
    import geopandas as gpd
    import pyogrio
    import shapely

    source = Path(path)
    if not source.exists():
        raise BadInputError(f"{source}: no such file")
    read_path = f"/vsizip/{source}" if source.suffix.lower() == ".zip" else str(source)
    try:
        frame = pyogrio.read_dataframe(read_path)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise BadInputError(f"{source}: not a boundary file GDAL can read ({exc})") from None
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.isna().all():
        raise BadInputError(f"{source}: no geometries found")
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    kinds = set(frame.geometry.geom_type)
    if not kinds <= {"Polygon", "MultiPolygon"}:
        raise BadInputError(
            f"{source}: expected province polygons, found {', '.join(sorted(kinds))}"
        )
    if frame.crs is None:
        frame = frame.set_crs("EPSG:4326")
    elif frame.crs.to_epsg() != 4326:
        frame = frame.to_crs("EPSG:4326")
    columns = [str(c) for c in frame.columns if c != frame.geometry.name]
    name_col = _pick(columns, _NAME_FIELDS, name_field, "province name", source)
    if name_col is None:
        raise BadInputError(
            f"{source}: no province-name column found (looked for {', '.join(_NAME_FIELDS[:6])} ...); "
            "pass --name-field"
        )
    iso_col = _pick(columns, _ISO_FIELDS, iso_field, "ISO code", source)
    code = _country_of(frame, iso_col, country, source)
    names = [str(v).strip() for v in frame[name_col].fillna("")]
    if any(not n for n in names):
        raise BadInputError(
            f"{source}: {sum(1 for n in names if not n)} polygons have an empty {name_col!r}"
        )
    admin1: list[str] = []
    place_ids: list[str | None] = []
    unmatched: list[str] = []
    for name in names:
        match = _gazetteer_province(name, code)
        if match is None:
            unmatched.append(name)
            admin1.append(name)
            place_ids.append(None)
        else:
            admin1.append(match[0])
            place_ids.append(match[1])
    isos = [
        None if v is None else str(v).strip().upper() or None
        for v in (frame[iso_col] if iso_col else [None] * len(frame))
    ]
    geometry = shapely.make_valid(frame.geometry.values)
    out = gpd.GeoDataFrame(
        {
            "name": names,
            "admin1": admin1,
            "key": [province_key(a) for a in admin1],
            "iso": isos,
            "country": [code] * len(names),
            "place_id": place_ids,
        },
        geometry=gpd.GeoSeries(geometry, crs="EPSG:4326"),
        crs="EPSG:4326",
    ).sort_values(["admin1", "name"], kind="stable")
    folder = boundaries_dir()
    target = folder / f"admin1-{code}.gpkg"
    with atomic_path(target) as tmp:
        pyogrio.write_dataframe(out, tmp, layer="admin1", driver="GPKG", promote_to_multi=True)
    meta = {
        "country": code,
        "source": source.name,
        "features": len(out),
        "matched": len(out) - len(unmatched),
        "unmatched": unmatched,
        "name_field": name_col,
        "iso_field": iso_col,
        "attribution": attribution or f"Province boundaries: {source.name}",
        "imported": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
    }
    atomic_write_text(
        folder / f"admin1-{code}.json", json.dumps(meta, indent=2, sort_keys=True) + "\n"
    )
    return ImportReport(
        target, code, len(out), len(out) - len(unmatched), tuple(unmatched), name_col, iso_col
    )


def load_boundaries(*, country: str | None = None) -> gpd.GeoDataFrame | None:
    """Return the imported province boundaries (all countries, or one), or None when none.

    Parameters
    ----------
    country : str, optional
        ISO alpha-2 code to load only that country.

    Returns
    -------
    geopandas.GeoDataFrame or None
        Columns ``name`` (as in the file), ``admin1`` (gazetteer province name when
        matched), ``key`` (:func:`province_key` of ``admin1``), ``iso``, ``country``,
        ``place_id``, ``attribution`` and ``geometry`` (EPSG:4326).
    """
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    folder = boundaries_dir()
    pattern = f"admin1-{country.upper()}.gpkg" if country else "admin1-*.gpkg"
    frames = []
    for file in sorted(folder.glob(pattern)) if folder.is_dir() else []:
        try:
            frame = pyogrio.read_dataframe(file, layer="admin1")
        except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            raise BadInputError(
                f"{file}: imported boundaries are unreadable ({exc}); import them again"
            ) from None
        meta_file = file.with_suffix(".json")
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        frame["attribution"] = meta.get("attribution", f"Province boundaries: {file.name}")
        frames.append(frame)
    if not frames:
        return None
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")


def download_boundaries(
    country: str, *, level: str = "ADM1", api: str = GEOBOUNDARIES_API, timeout: float = 60.0
) -> ImportReport:
    """Download geoBoundaries' simplified admin-1 file for a country and import it (online).

    Only the CLI's ``--download`` calls this; nothing else in geotrack touches the network.

    Parameters
    ----------
    country : str
        ISO alpha-3 (``KHM``) or alpha-2 (``KH``) code.
    level : str
        geoBoundaries level, ``ADM1`` for provinces.
    api : str
        Metadata URL template (tests point it at a local server).
    timeout : float
        Seconds per request.

    Returns
    -------
    ImportReport
        As :func:`import_boundaries`.

    Raises
    ------
    LookupServiceError
        When the service cannot be reached or answers something unexpected.
    """
    code = country.strip().upper()
    if len(code) == 2:
        reverse = {v: k for k, v in _iso3_to_iso2().items()}
        code = reverse.get(code, code)
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise BadInputError(f"country {country!r} is not an ISO 3166 alpha-2 or alpha-3 code")
    meta_url = api.format(iso3=code, level=level)
    try:
        meta: Any = json.loads(_fetch(meta_url, timeout=timeout))
    except ValueError:
        raise LookupServiceError(f"{meta_url}: answer is not JSON") from None
    if not isinstance(meta, dict):
        raise LookupServiceError(f"{meta_url}: answer is not a JSON object")
    file_url = meta.get("simplifiedGeometryGeoJSON") or meta.get("gjDownloadURL")
    if not isinstance(file_url, str) or not file_url.startswith(("http://", "https://")):
        raise LookupServiceError(f"{meta_url}: answer has no GeoJSON download link")
    licence = meta.get("boundaryLicense") or "see geoBoundaries"
    data = _fetch(file_url, timeout=timeout)
    folder = boundaries_dir()
    target = folder / f"download-{code}-{level}.geojson"
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return import_boundaries(
        target, attribution=f"Province boundaries: geoBoundaries {code} {level} ({licence})"
    )


def _fetch(url: str, *, timeout: float) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise LookupServiceError(f"{url!r}: only http(s) downloads are allowed")
    request = urllib.request.Request(url, headers={"User-Agent": "geotrack (boundaries import)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # http(s) checked above
            data: bytes = response.read(200_000_000)
    except OSError as exc:
        raise LookupServiceError(f"{url}: download failed ({exc})") from exc
    return data
