"""Ingest: files, folders, manifests and stdin -> :class:`~geotrack.model.Article`.

Entry points: :func:`load_articles` (everything at once, as an :class:`IngestResult`)
and :func:`iter_articles` (one at a time). Inputs that cannot be read become
:class:`~geotrack.model.Skipped` entries with the reason; nothing raises.
"""

from __future__ import annotations

from geotrack.ingest.dates import infer_published, parse_published
from geotrack.ingest.loader import SUFFIXES, IngestResult, iter_articles, load_articles
from geotrack.ingest.text import decode_bytes, normalise_text, split_front_matter

__all__ = [
    "SUFFIXES",
    "IngestResult",
    "decode_bytes",
    "infer_published",
    "iter_articles",
    "load_articles",
    "normalise_text",
    "parse_published",
    "split_front_matter",
]
