"""gazetteer: offline place resolution for Cambodia and the region (usable without geotrack)."""

from __future__ import annotations

from gazetteer.place import LEVEL_PRECISION, Level, Place

__all__ = ["LEVEL_PRECISION", "Level", "Place"]
