"""Measure the HTML map at scale in a real browser, and make the README screenshot.

For each size N it builds N invented events spread over the region's known hotspots,
renders the self-contained map, loads it in headless chromium with every network request
blocked, and reports: build time, file size, load time until the map is ready (all
markers clustered), the DOM markers and clusters on screen, the time the time filter
takes, and any request or console error (there must be none).

Usage::

    .venv/bin/python benchmarks/bench_map.py --events 1000 10000 50000
    .venv/bin/python benchmarks/bench_map.py --screenshot docs/img/map.png

The events are invented (our own sentences); only place names and coordinates are real.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.place import Level, Place  # noqa: E402
from geotrack.model import Event, EventType, Incident  # noqa: E402
from geotrack.render.html import render_map  # noqa: E402

#: Hotspots named in reporting on scam compounds: (id, name, level, country, admin1, lat, lon, kind).
HOTSPOTS = [
    ("kh-snv", "Sihanoukville", Level.TOWN, "KH", "Preah Sihanouk", 10.6093, 103.5296, None),
    ("kh-poipet", "Poipet", Level.TOWN, "KH", "Banteay Meanchey", 13.6586, 102.5633, None),
    ("kh-bavet", "Bavet", Level.TOWN, "KH", "Svay Rieng", 11.0640, 106.1360, None),
    ("kh-sensok", "Sen Sok", Level.DISTRICT, "KH", "Phnom Penh", 11.5960, 104.8790, None),
    ("kh-darasakor", "Dara Sakor", Level.SITE, "KH", "Koh Kong", 10.9500, 103.2670, "compound"),
    ("kh-thmorda", "Thmor Da", Level.SITE, "KH", "Pursat", 12.4000, 102.8000, "compound"),
    ("kh-chrey-thom", "Chrey Thom", Level.TOWN, "KH", "Kandal", 11.0300, 105.0500, None),
    ("mm-kkpark", "KK Park", Level.SITE, "MM", "Kayin", 16.6400, 98.5380, "compound"),
    ("mm-shwekokko", "Shwe Kokko", Level.SITE, "MM", "Kayin", 16.8300, 98.4950, "compound"),
    ("mm-laukkaing", "Laukkaing", Level.TOWN, "MM", "Shan", 23.6960, 98.7760, None),
    ("la-gtsez", "Golden Triangle SEZ", Level.SITE, "LA", "Bokeo", 20.3370, 100.1200, "sez"),
    ("th-maesot", "Mae Sot", Level.TOWN, "TH", "Tak", 16.7130, 98.5740, None),
    ("ph-bamban", "Bamban", Level.TOWN, "PH", "Tarlac", 15.2740, 120.5660, None),
    ("vn-moc-bai", "Moc Bai", Level.TOWN, "VN", "Tay Ninh", 11.0680, 106.1920, None),
]
COUNTRY_POINTS = [
    ("kh", "Cambodia", "KH", 12.5657, 104.9910),
    ("mm", "Myanmar", "MM", 21.9162, 95.9560),
    ("th", "Thailand", "TH", 15.8700, 100.9925),
]
OUTLETS = [
    "Coast Daily",
    "Harbour Herald",
    "Border Monitor",
    "Mekong Wire",
    "Capital Post",
    "Delta Times",
]
SENTENCES = {
    EventType.RAID: "Officers searched {n} buildings and took {p} people in for questioning.",
    EventType.RESCUE: "{p} workers were brought out of a compound and handed to social services.",
    EventType.ESCAPE: "{p} people fled a guarded building at night and reached a police post.",
    EventType.DEPORTATION: "{p} foreign nationals were flown home after screening.",
    EventType.COMPOUND_REPORT: "Researchers described a fenced site with {n} dormitory blocks.",
    EventType.ABUSE: "Former workers said guards beat those who missed daily targets.",
    EventType.POLICY: "Officials announced a task force on online fraud centres.",
}
TYPE_WEIGHTS = [
    (EventType.RAID, 30),
    (EventType.RESCUE, 20),
    (EventType.ESCAPE, 6),
    (EventType.DEPORTATION, 16),
    (EventType.COMPOUND_REPORT, 18),
    (EventType.ABUSE, 6),
    (EventType.POLICY, 4),
]
PEOPLE_KEY = {
    EventType.RAID: "detained",
    EventType.RESCUE: "rescued",
    EventType.ESCAPE: "escaped",
    EventType.DEPORTATION: "deported",
}


def hotspot_places() -> list[Place]:
    """The hotspots as gazetteer places."""
    return [
        Place(
            id=pid,
            name=name,
            level=level,
            country=country,
            admin1=admin1,
            lat=lat,
            lon=lon,
            geo_precision=2 if level is Level.DISTRICT else 1,
            kind=kind,
        )
        for pid, name, level, country, admin1, lat, lon, kind in HOTSPOTS
    ]


def example_events(count: int, *, seed: int = 7, jitter: float = 0.0) -> list[Event]:
    """``count`` invented events over the hotspots from 2022 to 2025 (deterministic)."""
    rng = random.Random(seed)
    places = hotspot_places()
    countries = [
        Place(
            id=f"c-{pid}",
            name=name,
            level=Level.COUNTRY,
            country=iso,
            lat=lat,
            lon=lon,
            geo_precision=4,
        )
        for pid, name, iso, lat, lon in COUNTRY_POINTS
    ]
    types = [t for t, _ in TYPE_WEIGHTS]
    weights = [w for _, w in TYPE_WEIGHTS]
    start = dt.date(2022, 1, 1)
    events = []
    for i in range(count):
        event_type = rng.choices(types, weights)[0]
        if event_type is EventType.POLICY:
            place = rng.choice(countries)
        else:
            base = places[min(int(rng.paretovariate(1.1)) - 1, len(places) - 1)]
            place = base
            if jitter:
                place = Place(
                    id=f"{base.id}-{i}",
                    name=f"{base.name} area {i % 97}",
                    level=Level.SITE,
                    country=base.country,
                    admin1=base.admin1,
                    lat=base.lat + rng.uniform(-jitter, jitter),
                    lon=base.lon + rng.uniform(-jitter, jitter),
                )
        day = start + dt.timedelta(days=rng.randrange(0, 4 * 365))
        precision = rng.choices(["day", "month", "year", "unknown"], [70, 20, 4, 6])[0]
        people = {}
        if event_type in PEOPLE_KEY:
            people[PEOPLE_KEY[event_type]] = int(rng.lognormvariate(3.2, 1.3)) + 1
        outlet = rng.choice(OUTLETS)
        sentence = SENTENCES[event_type].format(
            n=rng.randint(2, 9), p=people.get(PEOPLE_KEY.get(event_type, ""), "Several")
        )
        events.append(
            Event(
                id=f"ev-{i:06d}",
                type=event_type,
                article_id=f"art-{i // 3:06d}",
                sentence=sentence,
                start=0,
                end=len(sentence),
                place=place,
                place_text=place.name,
                geo_precision=place.geo_precision,
                date=None if precision == "unknown" else day,
                date_precision=precision,
                people=people,
                nationalities={"CN": max(people.values()) // 2}
                if people and rng.random() < 0.4
                else {},
                seized={"phones": rng.randint(20, 3000)}
                if event_type is EventType.RAID and rng.random() < 0.5
                else {},
                confidence=round(rng.uniform(0.5, 0.95), 2),
                article_title=f"{event_type.value.replace('_', ' ').capitalize()} reported near {place.name}",
                article_source=outlet,
                article_url=f"https://example.org/{outlet.lower().replace(' ', '-')}/{i // 3}",
                published=day,
            )
        )
    return events


def example_incidents(events: list[Event]) -> list[Incident]:
    """Merge same-type, same-place, same-day events from different outlets (a simple stand-in)."""
    groups: dict[tuple[Any, ...], list[Event]] = {}
    for event in events:
        if event.place is None or event.date is None or event.date_precision.value != "day":
            continue
        groups.setdefault((event.type, event.place.id, event.date.isocalendar()[:2]), []).append(
            event
        )
    incidents = []
    for members in groups.values():
        outlets = {e.article_source for e in members}
        if len(members) < 2 or len(outlets) < 2:
            continue
        first = members[0]
        incidents.append(
            Incident(
                id=f"inc-{first.id}",
                type=first.type,
                place=first.place,
                date=first.date,
                date_precision=first.date_precision,
                geo_precision=first.geo_precision,
                event_ids=tuple(e.id for e in members),
                sources=tuple(e.article_source or "" for e in members),
                counts_by_source={e.id: {"people": dict(e.people)} for e in members},
            )
        )
    return incidents


def _launch(playwright: Any, profile: str) -> Any:
    executable = shutil.which("chromium") or "/usr/lib/chromium/chromium"
    return playwright.chromium.launch_persistent_context(
        profile,
        executable_path=executable,
        headless=True,
        args=["--headless=new", "--no-sandbox", "--disable-background-networking"],
        viewport={"width": 1400, "height": 900},
        offline=True,
    )


def measure(path: Path, context: Any, *, screenshot: Path | None = None) -> dict[str, Any]:
    """Load ``path`` in the browser with the network blocked and measure it."""
    page = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.geotrackReady === true", timeout=300_000)
    load_s = time.perf_counter() - t0
    stats = page.evaluate(
        "() => { const m = Object.values(window).find(v => v && v._geotrack); return GeotrackMap.stats(m); }"
    )
    find = "Object.values(window).find(v => v && v._geotrack)"
    t1 = time.perf_counter()
    shown = page.evaluate(
        f"() => {{ const m = {find}; const s = m._geotrack; s.from = 19000; s.to = 19500;"
        " GeotrackMap.applyFilter(m); return s.visible; }"
    )
    page.wait_for_function(f"{find}._geotrack.ready === true", timeout=300_000)
    filter_s = time.perf_counter() - t1
    page.evaluate(
        f"() => {{ const m = {find}; const s = m._geotrack; s.from = -Infinity; s.to = Infinity; GeotrackMap.applyFilter(m); }}"
    )
    page.wait_for_function(f"{find}._geotrack.ready === true", timeout=300_000)
    page.wait_for_timeout(300)
    zoom_ms = page.evaluate(
        """() => new Promise(resolve => {
            const m = Object.values(window).find(v => v && v._geotrack);
            const t = performance.now();
            m.once('zoomend', () => requestAnimationFrame(() => resolve(performance.now() - t)));
            m.setZoom(m.getZoom() + 2, {animate: false});
        })"""
    )
    if screenshot is not None:
        page.evaluate(
            "() => { const m = Object.values(window).find(v => v && v._geotrack); m.setZoom(m.getZoom() - 2, {animate: false}); }"
        )
        page.wait_for_timeout(500)
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(screenshot))
    page.close()
    return {
        "load_s": round(load_s, 2),
        "markers": stats["markers"],
        "clusters": stats["clusters"],
        "visible": stats["visible"],
        "filter_s": round(filter_s, 2),
        "filter_shown": shown,
        "zoom_in_ms": round(zoom_ms),
        "blocked_requests": len(blocked),
        "errors": errors[:3],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="*", default=[1000, 10000, 50000])
    parser.add_argument(
        "--screenshot", type=Path, help="render the example map and save a screenshot here"
    )
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        context = _launch(playwright, str(Path(tmp) / "profile"))
        if args.screenshot:
            events = example_events(160, seed=11)
            path = render_map(
                events,
                Path(tmp) / "example.html",
                incidents=example_incidents(events),
                sites=[p for p in hotspot_places() if p.level is Level.SITE],
                title="Scam-compound events in Southeast Asia",
                subtitle="Example data: invented reports at real hotspots, 2022–2025",
            )
            print(
                json.dumps(
                    {
                        "screenshot": str(args.screenshot),
                        **measure(path, context, screenshot=args.screenshot),
                    }
                )
            )
            if not args.events:
                context.close()
                return 0
        for count in args.events:
            events = example_events(count, jitter=0.25)
            t0 = time.perf_counter()
            path = render_map(
                events, Path(tmp) / f"map-{count}.html", incidents=example_incidents(events)
            )
            build_s = time.perf_counter() - t0
            result = {
                "events": count,
                "build_s": round(build_s, 2),
                "size_mb": round(path.stat().st_size / 1e6, 2),
                **measure(path, context),
            }
            results.append(result)
            print(json.dumps(result))
        context.close()
    return 0 if all(r["blocked_requests"] == 0 and not r["errors"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
