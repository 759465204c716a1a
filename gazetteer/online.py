"""Opt-in online look-up through geopy (Nominatim by default), cached on disk.

Nothing here runs unless asked for (``--online``). Requests go through geopy's
``RateLimiter`` (one per ``min_delay_seconds``) with the caller's user agent; every answer
is stored under ``cache_dir`` in a file named by a hash of the query, so a repeated query
never goes out again. Results are Places with ``online=True`` and ``source`` ``online:<service>``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from gazetteer.errors import GazetteerError, OnlineLookupError
from gazetteer.place import LEVEL_PRECISION, Level, Place

__all__ = ["OnlineGeocoder"]

#: Nominatim ``addresstype`` / ``type`` -> level.
_LEVELS: dict[str, Level] = {
    "country": Level.COUNTRY,
    "state": Level.PROVINCE,
    "province": Level.PROVINCE,
    "region": Level.PROVINCE,
    "county": Level.DISTRICT,
    "district": Level.DISTRICT,
    "municipality": Level.DISTRICT,
    "city": Level.TOWN,
    "town": Level.TOWN,
    "village": Level.TOWN,
    "hamlet": Level.VILLAGE,
    "suburb": Level.COMMUNE,
    "quarter": Level.COMMUNE,
    "neighbourhood": Level.COMMUNE,
    "city_district": Level.COMMUNE,
    "continent": Level.REGION,
    "river": Level.REGION,
}


class OnlineGeocoder:
    """Look names up through an online geocoding service (opt-in).

    Parameters
    ----------
    service
        A geopy geocoder name ("nominatim", "photon", ...).
    user_agent
        Identifies the application to the service (required by Nominatim's usage policy).
    cache_dir
        Folder for the on-disk answer cache (default ``<gazetteer cache>/online``).
    domain, scheme
        Where the service lives (``domain=None`` is the service's public host).
    min_delay_seconds
        At least this long between two requests (geopy's RateLimiter).
    """

    def __init__(
        self,
        service: str = "nominatim",
        *,
        user_agent: str,
        cache_dir: Path | None = None,
        domain: str | None = None,
        scheme: str = "https",
        min_delay_seconds: float = 1.0,
        timeout: float = 10.0,
    ) -> None:
        from geopy.exc import GeocoderNotFound
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import get_geocoder_for_service

        if not user_agent.strip():
            raise GazetteerError("online look-up needs a user agent that names the application")
        try:
            cls = get_geocoder_for_service(service)
        except GeocoderNotFound as exc:
            raise GazetteerError(f"unknown geocoding service {service!r}: {exc}") from exc
        kwargs: dict[str, Any] = {"user_agent": user_agent, "scheme": scheme, "timeout": timeout}
        if domain:
            kwargs["domain"] = domain
        self.service = service
        self._geocoder = cls(**kwargs)
        self._geocode = RateLimiter(
            self._geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
        )
        if cache_dir is None:
            from gazetteer.index import cache_dir as default_cache

            cache_dir = default_cache() / "online"
        self.cache_dir = Path(cache_dir) / service
        self.requests = 0

    def _cache_path(self, name: str, country: str | None) -> Path:
        key = json.dumps([self.service, name.strip().lower(), (country or "").upper()])
        return self.cache_dir / f"{hashlib.sha256(key.encode()).hexdigest()}.json"

    def _query(self, name: str, country: str | None) -> list[dict[str, Any]]:
        from geopy.exc import GeopyError

        kwargs: dict[str, Any] = {"exactly_one": False}
        if self.service == "nominatim":
            kwargs.update(addressdetails=True, limit=5)
            if country:
                kwargs["country_codes"] = country.lower()
        try:
            self.requests += 1
            found = self._geocode(name, **kwargs)
        except GeopyError as exc:
            raise OnlineLookupError(f"{self.service}: look-up of {name!r} failed: {exc}") from exc
        out: list[dict[str, Any]] = []
        for loc in found or []:
            raw = loc.raw if isinstance(loc.raw, dict) else {}
            out.append(
                {"lat": loc.latitude, "lon": loc.longitude, "address": loc.address, "raw": raw}
            )
        return out

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Places the service returns for ``name`` (best first), from the cache when asked before."""
        path = self._cache_path(name, country)
        answers: list[dict[str, Any]]
        if path.is_file():
            try:
                answers = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                answers = self._query(name, country)
        else:
            answers = self._query(name, country)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(answers, fh)
            Path(tmp).replace(path)
        return [self._to_place(a, name) for a in answers]

    def _to_place(self, answer: dict[str, Any], query: str) -> Place:
        raw = answer.get("raw") or {}
        address = raw.get("address") or {}
        kind = str(raw.get("addresstype") or raw.get("type") or "")
        level = _LEVELS.get(kind, Level.SITE)
        ident = (
            f"{raw.get('osm_type', '')}{raw.get('osm_id', '')}"
            or hashlib.sha1(json.dumps(answer, sort_keys=True).encode()).hexdigest()[:12]
        )
        display = str(answer.get("address") or query)
        cc = str(address.get("country_code") or "").upper() or None
        return Place(
            id=f"online:{self.service}:{ident}",
            name=display.split(",")[0].strip() or query,
            level=level,
            country=cc if cc and len(cc) == 2 else None,
            lat=float(answer["lat"]),
            lon=float(answer["lon"]),
            geo_precision=LEVEL_PRECISION[level],
            source=f"online:{self.service}",
            admin1=address.get("state") or address.get("province"),
            kind=kind or None,
            online=True,
        )
