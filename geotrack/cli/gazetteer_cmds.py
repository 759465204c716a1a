"""CLI commands of the gazetteer: ``geocode`` and ``gazetteer import-geonames / info``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from geotrack.cli.options import gazetteer_option, online_option
from geotrack.errors import BadInputError, GeotrackError, LookupServiceError, OutputError

if TYPE_CHECKING:
    from gazetteer import Gazetteer

_USER_AGENT = "geotrack/0.1 (offline-first scam-compound event mapper; opt-in online look-up)"


@contextmanager
def _gazetteer_errors() -> Iterator[None]:
    """Turn gazetteer errors into geotrack errors (printed as one clean line)."""
    from gazetteer.errors import BadRowError, DataError, GazetteerError, OnlineLookupError

    try:
        yield
    except OnlineLookupError as exc:
        raise LookupServiceError(str(exc)) from exc
    except BadRowError as exc:
        raise BadInputError(str(exc)) from exc
    except DataError as exc:
        raise BadInputError(str(exc)) from exc
    except GazetteerError as exc:
        raise GeotrackError(str(exc)) from exc
    except OSError as exc:
        if isinstance(exc, GeotrackError):
            raise
        raise OutputError(f"gazetteer cache: {exc}") from exc


def _gazetteer(files: tuple[Path, ...]) -> Gazetteer:
    """The shared gazetteer, or one with the analyst files (the option already read the env)."""
    from gazetteer import Gazetteer

    return Gazetteer(extra=list(files), use_env=False) if files else Gazetteer.default()


def _place_json(name: str, place: object | None) -> dict[str, object]:
    keys = ("lat", "lon", "level", "country", "admin1", "id", "geo_precision")
    out: dict[str, object] = {"name": name}
    for k in keys:
        value = getattr(place, k, None) if place is not None else None
        out[k] = getattr(value, "value", value)
    out["place_name"] = getattr(place, "name", None)
    out["source"] = getattr(place, "source", None)
    return out


@click.command("geocode")
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--context",
    default=None,
    help="Text the names appear in (ranks homonyms by what else it names).",
)
@click.option("--country", default=None, help="Keep only places in this ISO2 country.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per name (null fields when unresolved).",
)
@click.option("--explain", is_flag=True, help="Show every candidate with its score and reasons.")
@gazetteer_option
@online_option
def geocode(
    names: tuple[str, ...],
    context: str | None,
    country: str | None,
    as_json: bool,
    explain: bool,
    gazetteer: tuple[Path, ...],
    online: bool,
) -> None:
    """Resolve place NAMES with the offline gazetteer (exit 1 if some stay unresolved).

    \b
    Example:
      geotrack geocode "Sen Sok" Kandal --context "raid in Kandal province" --json
    """
    with _gazetteer_errors():
        gz = _gazetteer(gazetteer)
        for problem in gz.problems:
            click.echo(f"geotrack: warning: {problem}", err=True)
        geocoder = None
        unresolved = 0
        for name in names:
            res = gz.geocode(
                name, context=context, focus_country=country.upper() if country else None
            )
            cands = list(res.candidates) if res is not None else []
            place = res.place if res is not None else None
            if country and place is not None and place.country != country.upper():
                cands = [c for c in cands if c.place.country == country.upper()]
                place = None
            if place is None and res is None and country:
                found = gz.lookup(name, country=country)
                place = found[0] if found else None
            if place is None and online:
                if geocoder is None:
                    from gazetteer.online import OnlineGeocoder

                    geocoder = OnlineGeocoder(user_agent=_USER_AGENT)
                hits = geocoder.lookup(name, country=country)
                place = hits[0] if hits else None
            if place is None:
                unresolved += 1
            if as_json:
                record = _place_json(name, place)
                if explain:
                    record["candidates"] = [
                        {
                            "id": c.place.id,
                            "name": c.place.name,
                            "score": c.score,
                            "reasons": list(c.reasons),
                        }
                        for c in cands
                    ]
                click.echo(json.dumps(record, ensure_ascii=False))
                continue
            if place is None:
                why = f" ({res.reasons[0]})" if res is not None and res.reasons else ""
                click.echo(f"{name}: not found{why}")
            else:
                click.echo(
                    f"{name}: {place.name} ({place.level.value}, {place.country or '-'}) "
                    f"{place.lat:.6f},{place.lon:.6f} [{place.id}] precision {place.geo_precision} source {place.source}"
                )
            if explain:
                for c in cands[:10]:
                    click.echo(
                        f"    {c.score:6.2f}  {c.place.id:<24} {c.place.name} ({c.place.level.value}, "
                        f"{c.place.country or '-'})  {'; '.join(c.reasons)}"
                    )
        if unresolved:
            sys.exit(1)


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Inspect the embedded gazetteer and add GeoNames data to it.

    \b
    Example:
      geotrack gazetteer info
    """


@gazetteer_group.command("import-geonames")
@click.argument("source")
@click.option(
    "--download",
    is_flag=True,
    help="Fetch SOURCE (e.g. KH or allCountries) from GeoNames first (online).",
)
def import_geonames_cmd(source: str, download: bool) -> None:
    """Index a GeoNames dump (zip or txt, 19-column format) into the user cache.

    Later runs include its places. SOURCE is a file, or with --download a dump name.

    \b
    Example:
      geotrack gazetteer import-geonames ~/Downloads/KH.zip
    """
    with _gazetteer_errors():
        from gazetteer.geonames_import import import_geonames

        if not download and not Path(source).is_file():
            raise BadInputError(
                f"{source}: no such GeoNames dump (give a file, or a dump name with --download)"
            )
        result = import_geonames(Path(source), download=download)
        for problem in result.problems[:20]:
            click.echo(f"geotrack: warning: {problem}", err=True)
        if len(result.problems) > 20:
            click.echo(
                f"geotrack: warning: ... {len(result.problems) - 20} more lines skipped", err=True
            )
        click.echo(f"indexed {result.places} places into {result.path}")


@gazetteer_group.command("check")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
def check_cmd(files: tuple[Path, ...]) -> None:
    """Validate analyst place files (columns of sites.csv); list bad rows (exit 1 if any).

    \b
    Example:
      geotrack gazetteer check my_places.csv
    """
    with _gazetteer_errors():
        from gazetteer import Gazetteer, load_places_csv

        gz = Gazetteer.default()
        bad_total = 0
        for path in files:
            rows, problems = load_places_csv(path, label=str(path))
            bad_total += len(problems)
            for problem in problems:
                click.echo(f"rejected {problem}")
            for row in rows:
                old = gz.get(row.place.id)
                action = f"overrides {old.id} ({old.name}, {old.level.value})" if old else "adds"
                click.echo(
                    f"{row.origin}: {action}: {row.place.name} ({row.place.level.value}) "
                    f"{row.place.lat:.6f},{row.place.lon:.6f}"
                )
            click.echo(f"{path}: {len(rows)} rows ok, {len(problems)} rejected")
        if bad_total:
            sys.exit(1)


@gazetteer_group.command("info")
@gazetteer_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole summary as JSON.")
def info_cmd(gazetteer: tuple[Path, ...], as_json: bool) -> None:
    """Counts per level and country, data sources, cache path and problems.

    \b
    Example:
      geotrack gazetteer info --json
    """
    with _gazetteer_errors():
        gz = _gazetteer(gazetteer)
        info = gz.info()
        if as_json:
            click.echo(json.dumps(info, indent=2, ensure_ascii=False))
            return
        click.echo(f"places: {info['places']}  names: {info['names']}")
        click.echo("levels: " + ", ".join(f"{k} {v}" for k, v in dict(info["levels"]).items()))  # type: ignore[call-overload]
        top = list(dict(info["countries"]).items())[:15]  # type: ignore[call-overload]
        click.echo("countries (top 15): " + ", ".join(f"{k} {v}" for k, v in top))
        click.echo("sources: " + ", ".join(f"{k} {v}" for k, v in dict(info["sources"]).items()))  # type: ignore[call-overload]
        click.echo(f"cache: {info['cache']}")
        for problem in info["problems"]:  # type: ignore[attr-defined]
            click.echo(f"problem: {problem}")


def register(group: click.Group) -> None:
    """Add ``geocode`` and ``gazetteer`` to the `geotrack` group."""
    group.add_command(geocode)
    group.add_command(gazetteer_group)
