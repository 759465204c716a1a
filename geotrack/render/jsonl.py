"""Mentions JSON Lines: one line per article with its place mentions (../shared/eval format).

Every article gets a line, also one without mentions (``"mentions": []``), so a reader
can tell "nothing found" from "not processed". Only roles event, context and dateline
are written (nonplace and offtopic are not place claims). Written atomically.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from geotrack.atomic import atomic_write_text
from geotrack.model import Article, Mention, Role

__all__ = ["mention_record", "mentions_lines", "write_mentions_jsonl"]

_WRITTEN_ROLES = (Role.EVENT, Role.CONTEXT, Role.DATELINE)


def mention_record(mention: Mention) -> dict[str, Any]:
    """The JSON object of one mention (keys of docs/ARCHITECTURE.md)."""
    place = mention.place
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "name": place.name if place else None,
        "lat": round(place.lat, 6) if place else None,
        "lon": round(place.lon, 6) if place else None,
        "level": place.gold_level if place else None,
        "country": place.country if place else None,
        "role": mention.role.value,
        "place_id": place.id if place else None,
        "geo_precision": place.geo_precision if place else None,
        "score": round(float(mention.score), 4),
    }


def mentions_lines(mentions: Iterable[Mention], *, articles: Iterable[Article] = ()) -> list[str]:
    """One JSON line per article: the given articles first (in order), then any others.

    Parameters
    ----------
    mentions
        Mentions of any number of articles.
    articles
        Articles that must get a line even without mentions.

    Returns
    -------
    list[str]
        JSON texts without newlines.
    """
    by_article: dict[str, list[Mention]] = {}
    for article in articles:
        by_article.setdefault(article.id, [])
    for mention in mentions:
        if mention.role in _WRITTEN_ROLES:
            by_article.setdefault(mention.article_id, []).append(mention)
    lines = []
    for article_id, items in by_article.items():
        items.sort(key=lambda m: (m.start, m.end))
        record = {"article": article_id, "mentions": [mention_record(m) for m in items]}
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=False))
    return lines


def write_mentions_jsonl(
    mentions: Iterable[Mention],
    path: str | os.PathLike[str],
    *,
    articles: Iterable[Article] = (),
) -> os.PathLike[str] | str:
    """Write the mentions JSON Lines file atomically.

    Parameters
    ----------
    mentions
        Mentions to write (roles other than event/context/dateline are skipped).
    path
        Target file.
    articles
        Every article of the run, so that articles without mentions get a line too.

    Returns
    -------
    path
        The file written.

    Raises
    ------
    geotrack.errors.OutputError
        When the file cannot be written.
    """
    lines = mentions_lines(mentions, articles=articles)
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return path
