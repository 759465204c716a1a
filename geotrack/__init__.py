"""geotrack: turn news reporting on scam compounds into typed, sourced, mapped events.

Public API (re-exports only). The CLI and the notebooks both call these.
"""

from __future__ import annotations

from geotrack.errors import BadInputError, GeotrackError, LookupServiceError, OutputError
from geotrack.model import (
    Article,
    DatePrecision,
    Event,
    EventType,
    Incident,
    Level,
    Mention,
    Place,
    Role,
    Skipped,
)
from geotrack.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BadInputError",
    "DatePrecision",
    "Event",
    "EventType",
    "GeotrackError",
    "Incident",
    "Level",
    "LookupServiceError",
    "Mention",
    "OutputError",
    "Place",
    "Role",
    "Settings",
    "Skipped",
    "__version__",
]
