"""Errors the gazetteer raises on purpose (standard library only, no geotrack import).

geotrack maps them onto its own types: ``BadRowError`` -> ``BadInputError``,
``OnlineLookupError`` -> ``LookupServiceError``.
"""

from __future__ import annotations


class GazetteerError(Exception):
    """Root of every error the gazetteer raises on purpose."""


class BadRowError(GazetteerError, ValueError):
    """A place row (CSV or GeoNames dump line) that cannot be used; the message names file:row."""


class DataError(GazetteerError, OSError):
    """An input file (overrides CSV, GeoNames dump) that cannot be read at all."""


class OnlineLookupError(GazetteerError, OSError):
    """The opt-in online geocoder failed, timed out or is unreachable."""
