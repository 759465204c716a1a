"""The Place record every gazetteer look-up returns (standard library only)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum


class Level(StrEnum):
    """How big a place is, from a building to a world region."""

    SITE = "site"  # compound, SEZ, casino, border gate, building, street, hamlet
    VILLAGE = "village"
    COMMUNE = "commune"  # commune / sangkat / khum / ward
    DISTRICT = "district"  # district / khan / srok / krong (as an admin unit)
    TOWN = "town"  # populated place
    PROVINCE = "province"  # province / state / municipality at admin-1
    COUNTRY = "country"
    REGION = "region"  # world region, continent, border area, river


#: Default geo_precision (event-data convention, ../shared/corpus/README.md) per level.
LEVEL_PRECISION: dict[Level, int] = {
    Level.SITE: 1,
    Level.VILLAGE: 1,
    Level.COMMUNE: 1,
    Level.TOWN: 1,
    Level.DISTRICT: 2,
    Level.PROVINCE: 3,
    Level.REGION: 3,
    Level.COUNTRY: 4,
}

#: Level names used by the scorer's gold vocabulary (village is reported as site).
GOLD_LEVEL: dict[Level, str] = {lv: lv.value for lv in Level} | {Level.VILLAGE: "site"}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry.

    Coordinates are WGS84 ``lat``/``lon`` (named, never a bare pair).
    ``geo_precision`` is 1 (site/town/commune) .. 4 (country only).
    ``source`` says where the point came from (``geonames:1831142``,
    ``sites.csv``, ``derived:seat-of-parent``, ``online:nominatim`` ...).
    """

    id: str
    name: str
    level: Level
    country: str | None  # ISO 3166-1 alpha-2, None for multi-country regions
    lat: float
    lon: float
    geo_precision: int = 1
    source: str = ""
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    admin3_code: str | None = None
    kind: str | None = None  # compound, sez, casino, border_crossing, street, hamlet, river ...
    population: int = 0
    aliases: tuple[str, ...] = field(default=(), compare=False)
    name_km: str | None = field(default=None, compare=False)  # Khmer name where known
    online: bool = False  # resolved through the opt-in online service

    def __post_init__(self) -> None:
        if not isinstance(self.level, Level):
            object.__setattr__(self, "level", Level(self.level))
        if not (math.isfinite(self.lat) and -90.0 <= self.lat <= 90.0):
            raise ValueError(f"Place {self.id!r}: lat {self.lat!r} is outside -90..90")
        if not (math.isfinite(self.lon) and -180.0 <= self.lon <= 180.0):
            raise ValueError(f"Place {self.id!r}: lon {self.lon!r} is outside -180..180")
        if self.geo_precision not in (1, 2, 3, 4):
            raise ValueError(f"Place {self.id!r}: geo_precision {self.geo_precision!r} not in 1..4")
        if not self.name.strip():
            raise ValueError(f"Place {self.id!r}: empty name")

    @property
    def gold_level(self) -> str:
        """The level in the scorer's vocabulary (site, commune, district, town, ...)."""
        return GOLD_LEVEL[self.level]
