"""`geotrack run` (everything into a folder) and `geotrack extract` (the scorer's two files).

Thin: parse options, call :func:`geotrack.pipeline.run` / :func:`~geotrack.pipeline.extract`,
print a short summary on stderr, exit 0 (all good), 1 (some inputs skipped) or 2
(usage error, or nothing could be done).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import click

from geotrack.atomic import atomic_write_text
from geotrack.cli.options import (
    ProgressBar,
    clean_for_console,
    gazetteer_option,
    min_confidence_option,
    online_option,
    quiet_option,
    settings_from_options,
    verbose_option,
    workers_option,
)
from geotrack.pipeline import RunResult
from geotrack.report import build_report, summary_lines

__all__ = ["extract_cmd", "register", "run_cmd"]

_INPUTS = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")


def _echo_summary(report: dict[str, Any], *, quiet: bool, verbose: bool) -> None:
    """Print the run summary on stderr (all of it with ``verbose``)."""
    if quiet:
        return
    for line in summary_lines(report, verbose=verbose):
        click.echo(clean_for_console(line), err=True)
    if verbose:
        for step, seconds in report.get("timings", {}).items():
            click.echo(f"  {step}: {seconds:.2f} s", err=True)


@click.command("run")
@_INPUTS
@click.option(
    "--out",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    metavar="DIR",
    help="Output folder (created when missing).",
)
@gazetteer_option
@online_option
@workers_option
@min_confidence_option
@click.option(
    "--wait",
    type=click.FloatRange(0),
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another run writing the same --out before giving up.",
)
@quiet_option
@verbose_option
def run_cmd(
    inputs: tuple[str, ...],
    out: Path,
    gazetteer: tuple[Path, ...],
    online: bool,
    workers: int,
    min_confidence: float,
    wait: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Run the whole pipeline on INPUT... and write every output into --out.

    INPUT is a .txt or .html article, a .jsonl/.csv manifest, a folder (read
    recursively) or - for standard input. Writes events.geojson,
    events-held-back.geojson (events below --min-confidence), incidents.geojson,
    sites.geojson, mentions.jsonl, geotrack.gpkg, map.html, map.png,
    timeline.png, summary.csv and run-report.json.

    Exit codes: 0 all good, 1 some inputs skipped (listed), 2 usage error or
    nothing could be done.

    \b
    Example:
      geotrack run examples/articles --out output/
    """
    from geotrack.pipeline import run

    settings = settings_from_options(
        gazetteer=gazetteer,
        online=online,
        workers=workers,
        lock_timeout=wait,
        min_confidence=min_confidence,
    )
    bar = ProgressBar(label="extracting", enabled=not quiet)
    try:
        result = run(list(inputs), out=out, settings=settings, progress=bar)
    finally:
        bar.close()
    _echo_summary(result.report, quiet=quiet, verbose=verbose)
    for name, reason in result.output_errors.items():
        click.echo(f"geotrack: could not write {name}: {clean_for_console(reason)}", err=True)
    if not quiet:
        click.echo(f"wrote {len(result.outputs)} files to {out}", err=True)
    sys.exit(result.exit_code)


@click.command("extract")
@_INPUTS
@click.option(
    "--mentions",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.jsonl",
    help="Write resolved place mentions here (JSON Lines, one line per article).",
)
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.geojson",
    help="Write events here (GeoJSON); without --events and --mentions, events go to stdout.",
)
@click.option(
    "--incidents",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.geojson",
    help="Also write incidents (events merged across outlets) here.",
)
@click.option(
    "--held-back",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.geojson",
    help="Also write the events held back by --min-confidence here (GeoJSON).",
)
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE.json",
    help="Also write the run report here (what was read, skipped, found; as run-report.json).",
)
@gazetteer_option
@online_option
@workers_option
@min_confidence_option
@quiet_option
@verbose_option
def extract_cmd(
    inputs: tuple[str, ...],
    mentions: Path | None,
    events: Path | None,
    incidents: Path | None,
    held_back: Path | None,
    report: Path | None,
    gazetteer: tuple[Path, ...],
    online: bool,
    workers: int,
    min_confidence: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Extract events and place mentions from INPUT..., in the scorer's format.

    Writes --mentions (JSON Lines) and --events (GeoJSON) exactly as
    ../shared/eval/SYSTEM_OUTPUT.md describes; with neither option the events
    GeoJSON goes to stdout, so it pipes. Events whose confidence is below
    --min-confidence are left out (--held-back writes them).

    \b
    Example:
      geotrack extract ../shared/corpus/articles --mentions run/mentions.jsonl --events run/events.geojson
    """
    from geotrack.pipeline import extract
    from geotrack.render.geojson import (
        dumps_feature_collection,
        events_to_feature_collection,
        write_events_geojson,
        write_incidents_geojson,
    )
    from geotrack.render.jsonl import write_mentions_jsonl

    settings = settings_from_options(
        gazetteer=gazetteer, online=online, workers=workers, min_confidence=min_confidence
    )
    bar = ProgressBar(label="extracting", enabled=not quiet)
    try:
        result: RunResult = extract(list(inputs), settings=settings, progress=bar)
    finally:
        bar.close()
    if mentions is not None:
        write_mentions_jsonl(result.mentions, mentions, articles=result.articles)
    if events is not None:
        write_events_geojson(result.events, events)
    if incidents is not None:
        write_incidents_geojson(result.incidents, incidents)
    if held_back is not None:
        write_events_geojson(result.held_back, held_back)
    if mentions is None and events is None:
        click.echo(dumps_feature_collection(events_to_feature_collection(result.events)), nl=False)
    written = {
        name: str(path)
        for name, path in (
            ("mentions", mentions),
            ("events", events),
            ("incidents", incidents),
            ("held_back", held_back),
        )
        if path is not None
    }
    summary = build_report(
        inputs=list(inputs),
        articles=result.articles,
        events=result.events,
        incidents=result.incidents,
        mentions=result.mentions,
        skipped=result.skipped,
        timings=result.timings,
        outputs=written | ({"report": str(report)} if report is not None else {}),
        settings=settings,
        started=dt.datetime.now(dt.UTC),
        held_back=result.held_back,
    )
    if report is not None:
        atomic_write_text(report, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    _echo_summary(summary, quiet=quiet, verbose=verbose)
    sys.exit(result.exit_code)


def register(group: click.Group) -> None:
    """Add `run` and `extract` to the `geotrack` group."""
    group.add_command(run_cmd)
    group.add_command(extract_cmd)
