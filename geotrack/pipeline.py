"""The whole job: ingest -> extract (with the gazetteer) -> incidents -> every output.

:func:`extract` returns the events without writing anything; :func:`run` also writes
every output into one folder, under a lock, each file atomically, and a
``run-report.json`` listing everything read, produced, skipped or degraded. The CLI and
the notebook both call these two functions.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from geotrack.atomic import atomic_write_text
from geotrack.errors import BadInputError, GeotrackError
from geotrack.ingest import load_articles
from geotrack.lock import output_lock
from geotrack.model import Article, Event, Incident, Level, Mention, Place, Skipped
from geotrack.report import build_report
from geotrack.settings import Settings

__all__ = ["OUTPUT_FILES", "Progress", "RunResult", "extract", "run"]

#: ``progress(done, total)`` is called as articles are extracted.
Progress = Callable[[int, int], None]

#: Every file :func:`run` writes into ``out`` (maps per ``Settings.map_formats``).
OUTPUT_FILES: tuple[str, ...] = (
    "events.geojson",
    "events-held-back.geojson",
    "incidents.geojson",
    "sites.geojson",
    "mentions.jsonl",
    "geotrack.gpkg",
    "map.html",
    "map.png",
    "timeline.png",
    "summary.csv",
    "run-report.json",
)


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a run read and produced.

    ``skipped`` lists every input (file, ``file:line``) that gave nothing
    (``severity="skipped"``) or was kept with a warning (``"degraded"``), including bad
    rows of gazetteer override files. ``outputs`` maps file name -> path (empty for
    :func:`extract`); ``output_errors`` maps file name -> why it could not be written.
    """

    articles: list[Article]
    events: list[Event]
    incidents: list[Incident]
    mentions: list[Mention]
    skipped: list[Skipped]
    timings: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, Path] = field(default_factory=dict)
    output_errors: dict[str, str] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)
    sites: list[Place] = field(default_factory=list)
    held_back: list[Event] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0 when every input was read and every output written, else 1."""
        bad = any(s.severity == "skipped" for s in self.skipped) or self.output_errors
        return 1 if bad else 0

    @property
    def places(self) -> list[Place]:
        """Distinct places events were put at, by name."""
        unique = {e.place.id: e.place for e in self.events if e.place is not None}
        return sorted(unique.values(), key=lambda p: (p.name, p.id))

    def events_gdf(self) -> Any:
        """The events as a GeoDataFrame (WGS84), one row per event, output-file columns."""
        import geopandas as gpd

        from geotrack.render.geojson import events_to_feature_collection

        collection = events_to_feature_collection(self.events)
        columns = sorted({k for f in collection["features"] for k in f["properties"]})
        if not collection["features"]:
            return gpd.GeoDataFrame(columns=[*columns, "geometry"], geometry="geometry", crs=4326)
        return gpd.GeoDataFrame.from_features(collection, crs=4326)


def _as_list(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[str | os.PathLike[str]]:
    """Inputs as a list (one path or many)."""
    if isinstance(inputs, str | os.PathLike):
        return [inputs]
    return list(inputs)


def _gazetteer(settings: Settings) -> tuple[Any, list[Skipped]]:
    """The gazetteer with the analyst's override files; their bad rows as Skipped."""
    from gazetteer import Gazetteer

    if settings.gazetteer:
        gazetteer = Gazetteer(extra=list(settings.gazetteer))
    else:
        gazetteer = Gazetteer.default()
    problems = []
    for problem in getattr(gazetteer, "problems", ()):
        where, sep, reason = str(problem).partition(": ")
        problems.append(Skipped(where, reason) if sep else Skipped("gazetteer", str(problem)))
    return gazetteer, problems


#: Curated site kinds drawn as the "known sites and compounds" layer (airports and bridges
#: are in the gazetteer to place reports, not to be mapped as scam sites).
SITE_LAYER_KINDS = frozenset({"compound", "sez", "casino", "border_crossing"})


def _known_sites(gazetteer: Any, events: Sequence[Event]) -> list[Place]:
    """The gazetteer's curated scam sites plus every site-level place an event is put at."""
    known: dict[str, Place] = {}
    listing = getattr(gazetteer, "sites", None)
    if callable(listing):
        known.update((p.id, p) for p in listing() if p.kind in SITE_LAYER_KINDS)
    for event in events:
        if event.place is not None and event.place.level is Level.SITE:
            known.setdefault(event.place.id, event.place)
    return sorted(known.values(), key=lambda p: (p.name, p.id))


def _nothing_read(skipped: Sequence[Skipped]) -> BadInputError:
    """The error raised when no article could be read, with the first reasons."""
    problems = [s for s in skipped if s.severity == "skipped"]
    if not problems:
        return BadInputError("no inputs given: name files, folders, manifests or - for stdin")
    shown = "; ".join(f"{s.input}: {s.reason}" for s in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    return BadInputError(f"no article could be read: {shown}{more}")


def extract(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    settings: Settings = Settings(),  # noqa: B008  (frozen: a shared default is safe)
    progress: Progress | None = None,
    stdin: IO[bytes] | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
) -> RunResult:
    """Read articles and extract their events, mentions and incidents; write nothing.

    Parameters
    ----------
    inputs
        Files, folders, manifests, or ``-`` for stdin (see
        :func:`geotrack.ingest.load_articles`).
    settings
        Caps, gazetteer override files, workers, online look-up.
    progress
        Called as ``progress(done, total)`` while articles are extracted.
    stdin
        Binary stream read for ``-`` (default: the process's stdin).
    exclude
        Folders never read when walking input folders.

    Returns
    -------
    RunResult
        Articles, events, incidents, mentions and every skipped/degraded input.

    Raises
    ------
    BadInputError
        When no article at all could be read (the message gives the first reasons).

    Examples
    --------
    >>> result = extract(["examples/articles"])  # doctest: +SKIP
    >>> result.events_gdf().plot()  # doctest: +SKIP
    """
    from geotrack.extract import extract_articles, merge_incidents
    from geotrack.extract.confidence import split_by_confidence

    inputs = _as_list(inputs)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    ingested = load_articles(inputs, settings=settings, stdin=stdin, exclude=exclude)
    timings["ingest"] = time.perf_counter() - started
    if not ingested.articles:
        raise _nothing_read(ingested.skipped)
    mark = time.perf_counter()
    gazetteer, gazetteer_problems = _gazetteer(settings)
    timings["gazetteer"] = time.perf_counter() - mark
    mark = time.perf_counter()
    batch = extract_articles(
        ingested.articles,
        # With no override files, let worker processes load the shared default themselves.
        gazetteer=gazetteer if settings.gazetteer else None,
        settings=settings,
        progress=progress,
    )
    events: list[Event] = list(batch.events)
    mentions: list[Mention] = list(batch.mentions)
    skipped = list(ingested.skipped) + gazetteer_problems + list(batch.skipped)
    timings["extract"] = time.perf_counter() - mark
    if settings.online:
        from geotrack.resolve.online import resolve_online

        mark = time.perf_counter()
        mentions, events, online_problems = resolve_online(
            mentions, events, service=settings.online_service, url=settings.online_url
        )
        skipped += online_problems
        timings["online"] = time.perf_counter() - mark
    events, held_back = split_by_confidence(events, settings.min_confidence)
    mark = time.perf_counter()
    incidents = list(merge_incidents(events))
    timings["incidents"] = time.perf_counter() - mark
    sites = _known_sites(gazetteer, events)
    timings["total"] = time.perf_counter() - started
    return RunResult(
        articles=list(ingested.articles),
        events=events,
        incidents=incidents,
        mentions=mentions,
        skipped=skipped,
        timings=timings,
        sites=sites,
        held_back=held_back,
    )


def _sweep_stale_temporaries(folder: Path) -> None:
    """Remove temporary files a killed run left behind (``.events.geojson.x1y2.geojson``)."""
    for name in (*OUTPUT_FILES, "map.svg", "map.pdf"):
        for stale in folder.glob(f".{name}.*"):
            try:
                stale.unlink()
            except OSError:
                continue


def _load_writer(name: str) -> Callable[..., object]:
    """A writer by registry name (``geojson``) or ``module:function``."""
    if ":" not in name:
        from geotrack.render import get_writer

        return get_writer(name)
    module_name, _, attr = name.partition(":")
    writer: Callable[..., object] = getattr(importlib.import_module(module_name), attr)
    return writer


def _write_outputs(
    result: RunResult, folder: Path, *, settings: Settings
) -> tuple[dict[str, Path], dict[str, str], dict[str, float]]:
    """Write every output file; an output that fails is recorded, the others still written."""
    events, incidents, sites = result.events, result.incidents, result.sites
    articles = result.articles
    # (file name, "module:function" of its writer, arguments before the path, keywords)
    jobs: list[tuple[str, str, tuple[object, ...], dict[str, object]]] = [
        ("events.geojson", "geojson", (events,), {}),
        ("events-held-back.geojson", "geojson", (result.held_back,), {}),
        ("incidents.geojson", "geotrack.render.geojson:write_incidents_geojson", (incidents,), {}),
        (
            "sites.geojson",
            "geotrack.render.geojson:write_sites_geojson",
            (sites,),
            {"events": events},
        ),
        (
            "mentions.jsonl",
            "geotrack.render.jsonl:write_mentions_jsonl",
            (result.mentions,),
            {"articles": articles},
        ),
        (
            "geotrack.gpkg",
            "geotrack.render.gpkg:write_gpkg",
            (),
            {
                "events": events,
                "incidents": incidents,
                "sites": sites,
                "articles": articles,
                "held_back": result.held_back,
            },
        ),
    ]
    for fmt in settings.map_formats:
        if fmt == "html":
            options: dict[str, object] = {
                "incidents": incidents,
                "sites": sites,
                "held_back": len(result.held_back),
            }
            jobs.append(("map.html", "html", (events,), options))
        else:
            jobs.append((f"map.{fmt}", fmt, (events,), {}))
    jobs += [
        ("timeline.png", "timeline", (events,), {}),
        ("summary.csv", "summary", (events,), {}),
    ]
    written: dict[str, Path] = {}
    errors: dict[str, str] = {}
    timings: dict[str, float] = {}
    for name, target_name, args, kwargs in jobs:
        mark = time.perf_counter()
        target = folder / name
        try:
            writer = _load_writer(target_name)
        except ImportError as exc:
            errors[name] = f"its writer {target_name!r} is not available ({exc})"
            continue
        try:
            writer(*args, target, **kwargs)
        except GeotrackError as exc:
            errors[name] = str(exc)
        except Exception as exc:  # a writer's bug must not cost the other outputs
            errors[name] = f"internal error in its writer ({type(exc).__name__}: {exc})"
        else:
            written[name] = target
        timings[f"write {name}"] = time.perf_counter() - mark
    return written, errors, timings


def run(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    out: str | os.PathLike[str],
    settings: Settings = Settings(),  # noqa: B008
    progress: Progress | None = None,
    stdin: IO[bytes] | None = None,
) -> RunResult:
    """Run the whole job and write every output into ``out``.

    Writes ``events.geojson``, ``incidents.geojson``, ``sites.geojson``,
    ``mentions.jsonl``, ``geotrack.gpkg``, ``map.html`` and ``map.png`` (per
    ``settings.map_formats``), ``timeline.png``, ``summary.csv`` and ``run-report.json``.
    The folder is locked for the run (a second run waits ``settings.lock_timeout``
    seconds, then fails); every file is replaced atomically, so a run killed at any
    moment leaves each previous output whole.

    Parameters
    ----------
    inputs
        As for :func:`extract`.
    out
        Output folder (created when missing).
    settings, progress, stdin
        As for :func:`extract`.

    Returns
    -------
    RunResult
        With ``outputs`` (name -> path) and the ``report`` written as run-report.json.

    Raises
    ------
    OutputError
        When ``out`` cannot be created or written, or another run holds it too long.
    BadInputError
        When no article at all could be read (nothing is written then).

    Examples
    --------
    >>> result = run(["examples/articles"], out="output/")  # doctest: +SKIP
    >>> sorted(result.outputs)[:2]  # doctest: +SKIP
    ['events.geojson', 'geotrack.gpkg']
    """
    inputs = _as_list(inputs)
    started_at = dt.datetime.now(dt.UTC)
    started = time.perf_counter()
    with output_lock(out, timeout=settings.lock_timeout) as folder:
        _sweep_stale_temporaries(folder)
        result = extract(
            inputs, settings=settings, progress=progress, stdin=stdin, exclude=[folder]
        )
        written, errors, write_timings = _write_outputs(result, folder, settings=settings)
        timings = {k: v for k, v in result.timings.items() if k != "total"} | write_timings
        timings["total"] = time.perf_counter() - started
        shown_inputs = [os.fspath(i) for i in inputs]
        report_path = folder / "run-report.json"
        outputs = {name: str(path) for name, path in written.items()}
        outputs["run-report.json"] = str(report_path)
        report = build_report(
            inputs=shown_inputs,
            articles=result.articles,
            events=result.events,
            incidents=result.incidents,
            mentions=result.mentions,
            skipped=result.skipped,
            timings=timings,
            outputs=outputs,
            settings=settings,
            started=started_at,
            held_back=result.held_back,
        )
        report["output_errors"] = errors
        atomic_write_text(report_path, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        written["run-report.json"] = report_path
    return RunResult(
        articles=result.articles,
        events=result.events,
        incidents=result.incidents,
        mentions=result.mentions,
        skipped=result.skipped,
        timings=timings,
        outputs=written,
        output_errors=errors,
        report=report,
        sites=result.sites,
        held_back=result.held_back,
    )
