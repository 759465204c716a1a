"""Saved web pages: the main text and metadata, with navigation, ads and scripts removed.

Uses trafilatura (main-content extraction) with date extraction limited to the page's
own markup (``<meta>``, JSON-LD, ``<time>``): a date guessed from the body would be the
date of an event, not of publication.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from geotrack.errors import BadInputError

__all__ = ["Page", "parse_html"]

_MIN_PARAGRAPH_WORDS = 6
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page yields: body text plus whatever metadata it carries."""

    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # as found in the markup; parsed by the caller


def _clean(value: object) -> str | None:
    """A metadata string with whitespace collapsed, or None."""
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def parse_html(markup: str) -> Page:
    """Extract the article body and metadata from an HTML page.

    Parameters
    ----------
    markup
        The page as text (already decoded).

    Returns
    -------
    Page
        Body paragraphs separated by blank lines; title, outlet (site name), canonical URL
        and the publication date string when the markup states them.

    Raises
    ------
    BadInputError
        When the page has no article body (only navigation, scripts, or nothing).
    """
    import trafilatura  # imported here: it costs 0.2 s and only HTML inputs need it

    if "<" not in markup:
        raise BadInputError("no HTML markup found")
    raw = trafilatura.extract(
        markup,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        favor_recall=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if not raw:
        raise BadInputError("no article body found in the HTML page")
    data = json.loads(raw)
    blocks = [" ".join(line.split()) for line in (data.get("text") or "").split("\n")]
    text = "\n\n".join(block for block in blocks if block)
    if not any(len(block.split()) >= _MIN_PARAGRAPH_WORDS for block in blocks):
        # What is left is menus, captions or buttons: no paragraph of prose.
        raise BadInputError(
            f"no article body found in the HTML page (no paragraph of "
            f"{_MIN_PARAGRAPH_WORDS} or more words)"
        )
    return Page(
        text=text,
        title=_clean(data.get("title")),
        source=_clean(data.get("source-hostname")) or _clean(data.get("hostname")),
        url=_clean(data.get("source")),
        published=_clean(data.get("date")),
    )
