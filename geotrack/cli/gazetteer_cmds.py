"""CLI commands of the gazetteer: ``geocode`` and ``gazetteer import-geonames / info``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from geotrack.errors import BadInputError, GeotrackError, LookupServiceError, OutputError

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


def _place_json(name: str, place: object | None) -> dict[str, object]:
    keys = ("lat", "lon", "level", "country", "admin1", "id", "geo_precision")
    out: dict[str, object] = {"name": name}
    for k in keys:
        value = getattr(place, k, None) if place is not None else None
        out[k] = getattr(value, "value", value)
    out["place_name"] = getattr(place, "name", None)
    out["source"] = getattr(place, "source", None)
    return out


gazetteer_option = click.option(
    "--gazetteer",
    "gazetteer_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra places CSV (columns of gazetteer/data/sites.csv) that add or override entries; repeatable.",
)


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
@click.option(
    "--online",
    is_flag=True,
    help="Ask Nominatim (via geopy) for names the embedded data cannot resolve.",
)
def geocode(
    names: tuple[str, ...],
    context: str | None,
    country: str | None,
    as_json: bool,
    explain: bool,
    gazetteer_files: tuple[Path, ...],
    online: bool,
) -> None:
    """Resolve place NAMES with the offline gazetteer (exit 1 if some stay unresolved).

    \b
    Example:
      geotrack geocode "Sen Sok" Kandal --context "raid in Kandal province" --json
    """
    with _gazetteer_errors():
        from gazetteer import Gazetteer

        gz = Gazetteer(extra=list(gazetteer_files)) if gazetteer_files else Gazetteer.default()
        for problem in gz.problems:
            click.echo(f"geotrack: warning: {problem}", err=True)
        geocoder = None
        unresolved = 0
        for name in names:
            cands = gz.explain(name, context=context)
            if country:
                cands = [c for c in cands if c.place.country == country.upper()]
            from gazetteer.rank import MIN_SCORE

            place = cands[0].place if cands and cands[0].score >= MIN_SCORE else None
            if place is None and not cands:
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
                click.echo(f"{name}: not found")
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


@gazetteer_group.command("info")
@gazetteer_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole summary as JSON.")
def info_cmd(gazetteer_files: tuple[Path, ...], as_json: bool) -> None:
    """Counts per level and country, data sources, cache path and problems.

    \b
    Example:
      geotrack gazetteer info --json
    """
    with _gazetteer_errors():
        from gazetteer import Gazetteer

        gz = Gazetteer(extra=list(gazetteer_files)) if gazetteer_files else Gazetteer.default()
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
