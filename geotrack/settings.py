"""Knobs that cross stages, in one frozen dataclass (one line of help per field).

A test checks that the README documents every field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Settings:
    #: Extra gazetteer CSV files (same columns as gazetteer/data/sites.csv) that add or override places.
    gazetteer: tuple[Path, ...] = ()
    #: Send names the embedded gazetteer cannot resolve to an online geocoder (opt-in).
    online: bool = False
    #: geopy geocoder name for --online (nominatim by default).
    online_service: str = "nominatim"
    #: Largest input file read, in bytes; bigger files are skipped with a message.
    max_input_bytes: int = 20_000_000
    #: Largest article text kept, in characters; longer texts are cut and the article marked degraded.
    max_article_chars: int = 2_000_000
    #: Worker processes for extraction (1 = in this process).
    workers: int = 1
    #: Country ISO2 assumed when an article gives no clue (None = infer from the text only).
    default_country: str | None = None
    #: Write one map per format requested (html, png, svg, pdf); html and png by default.
    map_formats: tuple[str, ...] = field(default=("html", "png"))
