"""Read and validate place CSV files (``sites.csv``, ``regions.csv``, analyst overrides).

Columns: ``id,name,aliases,country,admin1,admin2,level,kind,lat,lon,geo_precision,source``
(``aliases`` ``|``-separated; ``geo_precision`` may be empty: the level's default).
A bad row is reported as ``file:row: reason`` and skipped; the other rows load.
"""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from pathlib import Path

from gazetteer.errors import DataError
from gazetteer.place import LEVEL_PRECISION, Level, Place

__all__ = ["COLUMNS", "PlaceRow", "load_places_csv"]

COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "aliases",
    "country",
    "admin1",
    "admin2",
    "level",
    "kind",
    "lat",
    "lon",
    "geo_precision",
    "source",
)
_REQUIRED = ("id", "name", "level", "lat", "lon")
_ISO2 = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One validated CSV row: the Place and where it came from (``file:row``)."""

    place: Place
    origin: str


def _parse_float(value: str, column: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{column} {value!r} is not a finite number")
    return number


def _row_to_place(row: dict[str, str], *, default_source: str) -> Place:
    name = (row.get("name") or "").strip()
    if not name:
        raise ValueError("empty name")
    pid = (row.get("id") or "").strip()
    if not pid:
        raise ValueError("empty id")
    level_text = (row.get("level") or "").strip().lower()
    try:
        level = Level(level_text)
    except ValueError:
        allowed = ", ".join(lv.value for lv in Level)
        raise ValueError(f"level {level_text!r} is not one of {allowed}") from None
    lat = _parse_float((row.get("lat") or "").strip(), "lat")
    lon = _parse_float((row.get("lon") or "").strip(), "lon")
    if not -90.0 <= lat <= 90.0:
        raise ValueError(f"lat {lat!r} outside -90..90")
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"lon {lon!r} outside -180..180")
    country = (row.get("country") or "").strip().upper() or None
    if country is not None and not _ISO2.match(country):
        raise ValueError(f"country {country!r} is not an ISO 3166-1 alpha-2 code")
    precision_text = (row.get("geo_precision") or "").strip()
    if precision_text:
        try:
            precision = int(precision_text)
        except ValueError:
            raise ValueError(f"geo_precision {precision_text!r} is not 1, 2, 3 or 4") from None
        if precision not in (1, 2, 3, 4):
            raise ValueError(f"geo_precision {precision!r} is not 1, 2, 3 or 4")
    else:
        precision = LEVEL_PRECISION[level]
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    return Place(
        id=pid,
        name=name,
        level=level,
        country=country,
        lat=lat,
        lon=lon,
        geo_precision=precision,
        source=(row.get("source") or "").strip() or default_source,
        admin1=(row.get("admin1") or "").strip() or None,
        admin2=(row.get("admin2") or "").strip() or None,
        kind=(row.get("kind") or "").strip() or None,
        aliases=aliases,
    )


def load_places_csv(
    path: Path | str, *, label: str | None = None
) -> tuple[list[PlaceRow], list[str]]:
    """Read a place CSV; return the valid rows and one ``file:row: reason`` per bad row.

    Parameters
    ----------
    path
        The CSV file (UTF-8, header row with at least id, name, level, lat, lon).
    label
        How the file is named in problems and in ``source`` (default: its file name).

    Raises
    ------
    DataError
        When the file cannot be read or has no usable header.
    """
    path = Path(path)
    label = label or path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{label}: cannot read place file: {exc}") from exc
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise DataError(
            f"{label}:1: missing column(s) {', '.join(missing)} (expected {','.join(COLUMNS)})"
        )
    rows: list[PlaceRow] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for row_number, row in enumerate(reader, start=2):
        origin = f"{label}:{row_number}"
        if None in row:
            problems.append(
                f"{origin}: too many fields ({len(header) + len(row[None])} for {len(header)} columns)"
            )
            continue
        try:
            place = _row_to_place(row, default_source=label)
        except ValueError as exc:
            problems.append(f"{origin}: {exc}")
            continue
        if place.id in seen:
            problems.append(f"{origin}: duplicate id {place.id!r} (first at row {seen[place.id]})")
            continue
        seen[place.id] = row_number
        rows.append(PlaceRow(place, origin))
    return rows, problems
