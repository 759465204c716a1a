"""Index a GeoNames dump (country file or allCountries, zip or txt) into the user cache.

The standard GeoNames export has 19 tab-separated columns (geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
admin1..admin4 codes, population, elevation, dem, timezone, modification date).
:func:`import_geonames` keeps the features a news geoparser needs (populated places,
admin units, spots such as buildings and casinos, areas, streams and lakes), writes them
to ``<cache>/geonames/<name>.tsv`` and every later ``Gazetteer()`` includes them.
"""

from __future__ import annotations

import io
import os
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.errors import BadRowError, DataError, OnlineLookupError
from gazetteer.place import LEVEL_PRECISION, Level, Place

if TYPE_CHECKING:
    from gazetteer.sources import NamedPlace

__all__ = ["GEONAMES_DUMP_URL", "ImportResult", "import_geonames", "read_imported"]

GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump/"
_COLUMNS = 19
_MAX_ALT = 30

#: (feature class, feature code prefix) -> (level, kind, precision)
_FEATURES: tuple[tuple[str, str, Level, str, int], ...] = (
    ("A", "ADM1", Level.PROVINCE, "province", 3),
    ("A", "ADM2", Level.DISTRICT, "district", 2),
    ("A", "ADM3", Level.COMMUNE, "commune", 1),
    ("A", "ADM4", Level.VILLAGE, "village", 1),
    ("A", "ADM5", Level.VILLAGE, "village", 1),
    ("P", "", Level.TOWN, "populated_place", 1),
    ("S", "", Level.SITE, "spot", 1),
    ("L", "", Level.SITE, "area", 2),
    ("R", "", Level.SITE, "road", 2),
    ("H", "", Level.REGION, "water", 2),
    ("T", "", Level.SITE, "terrain", 2),
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote: the indexed file, how many places, and the lines skipped."""

    path: Path
    places: int
    problems: list[str] = field(default_factory=list)


def _feature(fclass: str, fcode: str) -> tuple[Level, str, int] | None:
    for cls, prefix, level, kind, precision in _FEATURES:
        if fclass == cls and fcode.startswith(prefix):
            return level, kind, precision
    return None


def _lines(path: Path) -> Iterator[tuple[str, int, str]]:
    """(label, line number, line) of every data line in a zip or text dump."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise DataError(f"{path.name}: no GeoNames .txt file inside the zip")
            for member in members:
                with zf.open(member) as fh:
                    for n, raw in enumerate(
                        io.TextIOWrapper(fh, encoding="utf-8", errors="replace"), start=1
                    ):
                        yield f"{path.name}:{member}", n, raw
        return
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for n, raw in enumerate(fh, start=1):
                yield path.name, n, raw
    except OSError as exc:
        raise DataError(f"{path}: cannot read GeoNames dump: {exc}") from exc


def parse_line(line: str, *, where: str) -> Place | None:
    """One GeoNames line as a Place (None for a feature class that is not kept).

    Raises
    ------
    BadRowError
        The line does not have 19 columns or its id, point or population is unusable.
    """
    cols = line.rstrip("\n").split("\t")
    if len(cols) != _COLUMNS:
        raise BadRowError(
            f"{where}: {len(cols)} columns, expected {_COLUMNS} (tab-separated GeoNames format)"
        )
    gid, name, _ascii, alts, lat_s, lon_s, fclass, fcode, cc = cols[:9]
    feature = _feature(fclass, fcode)
    if feature is None:
        return None
    if not gid.isdigit():
        raise BadRowError(f"{where}: geonameid {gid!r} is not a number")
    try:
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise BadRowError(
            f"{where}: latitude/longitude {lat_s!r}, {lon_s!r} are not numbers"
        ) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadRowError(f"{where}: point {lat!r}, {lon!r} is outside the globe")
    if not name.strip():
        raise BadRowError(f"{where}: empty name")
    try:
        population = int(cols[14] or 0)
    except ValueError:
        raise BadRowError(f"{where}: population {cols[14]!r} is not a number") from None
    level, kind, precision = feature
    aliases = tuple(
        dict.fromkeys(a.strip() for a in alts.split(",") if a.strip() and a.strip() != name)
    )[:_MAX_ALT]
    return Place(
        id=f"gn:{gid}",
        name=name.strip(),
        level=level,
        country=cc.upper() or None,
        lat=lat,
        lon=lon,
        geo_precision=precision if precision else LEVEL_PRECISION[level],
        source=f"geonames:{gid}",
        admin1_code=cols[10] or None,
        admin2_code=cols[11] or None,
        kind=f"{kind}:{fcode}",
        population=population,
        aliases=aliases,
    )


def _download(name: str, *, base_url: str, dest: Path, timeout: float) -> Path:
    fname = name if name.endswith((".zip", ".txt")) else f"{name}.zip"
    url = base_url.rstrip("/") + "/" + fname
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / fname
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            data = resp.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise OnlineLookupError(f"cannot download GeoNames dump {url}: {exc}") from exc
    target.write_bytes(data)
    return target


def import_geonames(
    source: Path | str,
    *,
    download: bool = False,
    cache: Path | None = None,
    base_url: str = GEONAMES_DUMP_URL,
    timeout: float = 60.0,
) -> ImportResult:
    """Index a GeoNames dump into the cache so that later Gazetteers include it.

    Parameters
    ----------
    source
        A dump file (``KH.zip``, ``allCountries.zip``, ``TH.txt``), or with ``download`` the
        dump's name on the GeoNames server (``KH``, ``allCountries``).
    download
        Fetch ``source`` from ``base_url`` first (needs the network; opt-in).
    cache
        The cache folder (default :func:`gazetteer.index.cache_dir`).

    Returns
    -------
    ImportResult
        The indexed file, the number of places kept and the lines skipped (``file:line: reason``).
    """
    from gazetteer.index import cache_dir

    folder = (cache or cache_dir()) / "geonames"
    path = Path(source)
    if download:
        path = _download(str(source), base_url=base_url, dest=folder / "downloads", timeout=timeout)
    if not path.is_file():
        raise DataError(f"{path}: GeoNames dump not found")
    problems: list[str] = []
    kept = 0
    folder.mkdir(parents=True, exist_ok=True)
    stem = path.name.split(".")[0]
    out = folder / f"{stem}.tsv"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        for label, n, line in _lines(path):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                place = parse_line(line, where=f"{label}:{n}")
            except BadRowError as exc:
                problems.append(str(exc))
                continue
            if place is None:
                continue
            kept += 1
            fh.write(
                "\t".join(
                    [
                        place.id,
                        place.name,
                        place.level.value,
                        place.country or "",
                        f"{place.lat:.6f}",
                        f"{place.lon:.6f}",
                        str(place.geo_precision),
                        place.kind or "",
                        str(place.population),
                        place.admin1_code or "",
                        place.admin2_code or "",
                        "|".join(a.replace("|", " ") for a in place.aliases),
                    ]
                )
                + "\n"
            )
    Path(tmp).replace(out)
    return ImportResult(out, kept, problems)


def read_imported(path: Path) -> Iterator[NamedPlace]:
    """The NamedPlaces of an imported ``.tsv`` (used when the index is built)."""
    from gazetteer.sources import GN_ADMIN1_TO_MEF, NamedPlace, _alt_names

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 12:
                continue
            pid, name, level, cc, lat, lon, prec, kind, pop, a1, a2, alts = cols
            admin1 = GN_ADMIN1_TO_MEF.get(a1, a1) if cc == "KH" else (a1 or None)
            place = Place(
                id=pid,
                name=name,
                level=Level(level),
                country=cc or None,
                lat=float(lat),
                lon=float(lon),
                geo_precision=int(prec),
                source=f"geonames:{pid[3:]}:import:{path.stem}",
                kind=kind or None,
                population=int(pop),
                admin1_code=admin1 or None,
                admin2_code=a2 or None,
            )
            named = NamedPlace(place, {name: 0})
            for alt in _alt_names(alts.split("|") if alts else [], name):
                named.names.setdefault(alt, 2)
            named.parent = (
                f"kh:{admin1}" if cc == "KH" and admin1 else (f"country:{cc}" if cc else None)
            )
            yield named
