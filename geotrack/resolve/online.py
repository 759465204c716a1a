"""Opt-in online fallback: names the offline gazetteer left unplaced go to a geocoder (geopy).

Only runs when ``Settings.online`` is set. Each distinct name is asked once per run (and
the service's answers are cached on disk by ``gazetteer.online.OnlineGeocoder``); places
found online are marked ``online=True`` and the mention's reasons say ``online:<service>``.
When the service fails, the run goes on offline and the failure is reported.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from gazetteer import LEVEL_PRECISION
from gazetteer.errors import GazetteerError
from geotrack.errors import BadInputError
from geotrack.model import Event, Mention, Place, Role, Skipped

USER_AGENT = "geotrack/0.1 (offline-first scam-compound event mapper; opt-in online look-up)"

#: Roles whose unresolved names are worth asking about (never nonplace/offtopic text).
_ASKED_ROLES = frozenset({Role.EVENT, Role.CONTEXT, Role.DATELINE})


def _service_location(url: str | None) -> tuple[str | None, str]:
    """``"http://127.0.0.1:8080"`` -> (domain, scheme); None -> the service's public host."""
    if not url:
        return None, "https"
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInputError(f"online service URL {url!r}: expected http(s)://host[:port]")
    return parts.netloc + parts.path.rstrip("/"), parts.scheme


def _article_countries(mentions: Sequence[Mention]) -> dict[str, str]:
    """The most common country among each article's resolved mentions (a look-up hint)."""
    counts: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.place is not None and m.place.country:
            counts.setdefault(m.article_id, Counter())[m.place.country] += 1
    return {a: c.most_common(1)[0][0] for a, c in counts.items()}


def resolve_online(
    mentions: Sequence[Mention],
    events: Sequence[Event],
    *,
    service: str = "nominatim",
    url: str | None = None,
    cache_dir: str | None = None,
) -> tuple[list[Mention], list[Event], list[Skipped]]:
    """Place unresolved mentions (and the events put at them) through an online geocoder.

    Parameters
    ----------
    mentions, events
        The offline results; only mentions with ``place=None`` in roles event, context or
        dateline are asked about, once per distinct (name, country hint).
    service
        A geopy geocoder name (``nominatim`` by default).
    url
        Base URL of the service (``None``: its public host).
    cache_dir
        Folder of the on-disk answer cache (default: the gazetteer's cache folder).

    Returns
    -------
    mentions, events, problems
        Updated copies, and one ``Skipped`` (severity ``degraded``) when the service failed.
    """
    from pathlib import Path

    from gazetteer.online import OnlineGeocoder

    wanted = [m for m in mentions if m.place is None and m.role in _ASKED_ROLES and m.text.strip()]
    if not wanted:
        return list(mentions), list(events), []
    domain, scheme = _service_location(url)
    try:
        geocoder = OnlineGeocoder(
            service,
            user_agent=USER_AGENT,
            cache_dir=Path(cache_dir) if cache_dir else None,
            domain=domain,
            scheme=scheme,
        )
    except GazetteerError as exc:
        raise BadInputError(f"--online: {exc}") from exc
    hints = _article_countries(mentions)
    found: dict[tuple[str, str | None], Place | None] = {}
    problems: list[Skipped] = []
    for m in wanted:
        key = (m.text.strip(), hints.get(m.article_id))
        if key in found:
            continue
        try:
            places = geocoder.lookup(key[0], country=key[1])
        except GazetteerError as exc:
            problems.append(
                Skipped(
                    input=f"online:{service}", reason=f"{exc}; went on offline", severity="degraded"
                )
            )
            break  # the service is down or refusing: do not hammer it name by name
        found[key] = places[0] if places else None
    by_article_text = {
        (m.article_id, m.text.strip()): found.get((m.text.strip(), hints.get(m.article_id)))
        for m in wanted
    }
    tag = f"online:{service}"
    new_mentions = [
        dataclasses.replace(m, place=place, reasons=(*m.reasons, tag))
        if m.place is None and (place := by_article_text.get((m.article_id, m.text.strip())))
        else m
        for m in mentions
    ]
    new_events = []
    for e in events:
        place = (
            by_article_text.get((e.article_id, e.place_text.strip()))
            if e.place is None and e.place_text
            else None
        )
        if place is None:
            new_events.append(e)
            continue
        precision = e.geo_precision or LEVEL_PRECISION[place.level]
        new_events.append(
            dataclasses.replace(
                e, place=place, geo_precision=precision, evidence=(*e.evidence, tag)
            )
        )
    return new_mentions, new_events, problems
