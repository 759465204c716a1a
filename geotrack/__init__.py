"""geotrack: turn news reporting on scam compounds into typed, sourced, mapped events.

Public API (re-exports only). The CLI and the notebooks both call these.
"""

from __future__ import annotations

# The subpackage geotrack.extract is imported first, so that the function geotrack.extract
# below is not replaced by the module when something imports the subpackage later.
import geotrack.extract as _extract_package  # noqa: F401
from geotrack.errors import BadInputError, GeotrackError, LookupServiceError, OutputError
from geotrack.ingest import IngestResult, iter_articles, load_articles
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
from geotrack.pipeline import RunResult, extract, run
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
    "IngestResult",
    "Level",
    "LookupServiceError",
    "Mention",
    "OutputError",
    "Place",
    "Role",
    "RunResult",
    "Settings",
    "Skipped",
    "__version__",
    "extract",
    "iter_articles",
    "load_articles",
    "run",
]
