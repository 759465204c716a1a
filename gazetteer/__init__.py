"""gazetteer: offline place resolution for Cambodia and the region (usable without geotrack)."""

from __future__ import annotations

from gazetteer.address import AddressPart, parse_address
from gazetteer.core import Gazetteer
from gazetteer.csvio import load_places_csv
from gazetteer.errors import BadRowError, DataError, GazetteerError, OnlineLookupError
from gazetteer.normalize import normalize
from gazetteer.place import LEVEL_PRECISION, Level, Place
from gazetteer.rank import Candidate, Resolution
from gazetteer.scan import Span

__all__ = [
    "LEVEL_PRECISION",
    "AddressPart",
    "BadRowError",
    "Candidate",
    "DataError",
    "Gazetteer",
    "GazetteerError",
    "Level",
    "OnlineLookupError",
    "Place",
    "Resolution",
    "Span",
    "load_places_csv",
    "normalize",
    "parse_address",
]
