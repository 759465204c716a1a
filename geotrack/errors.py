"""The project's exceptions: one root, a few children that also inherit the matching builtin."""

from __future__ import annotations


class GeotrackError(Exception):
    """Root of every error geotrack raises on purpose (the CLI prints it as one line)."""


class BadInputError(GeotrackError, ValueError):
    """An article, manifest, gazetteer row or option value that cannot be used.

    The message names the file (and line or row) and the problem, e.g.
    ``"articles.csv:12: published '2025-02-30' is not a date (expected YYYY-MM-DD)"``.
    """


class OutputError(GeotrackError, OSError):
    """An output could not be written (unwritable folder, locked by another run)."""


class LookupServiceError(GeotrackError, OSError):
    """The opt-in online geocoding service failed or is unreachable."""
