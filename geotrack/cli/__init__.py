"""The `geotrack` command: a thin click shell over the Python API.

Commands live in small modules, one per area, each with a ``register(group)``:
``pipeline_cmds`` (run, extract), ``gazetteer_cmds`` (geocode, gazetteer ...),
``render_cmds`` (map, export, boundaries ...). Shared options are in ``options``.

Exit codes: 0 all good, 1 some inputs skipped, 2 usage error or nothing could be done.
"""

from __future__ import annotations

import sys

import click

from geotrack.cli import gazetteer_cmds, pipeline_cmds, render_cmds
from geotrack.errors import GeotrackError

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2


class _Group(click.Group):
    """Turns GeotrackError into one clean line and exit 2, in one place."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except GeotrackError as exc:
            click.echo(f"geotrack: error: {exc}", err=True)
            sys.exit(EXIT_FAILED)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="geotrack")
def main() -> None:
    """geotrack: map news reporting on Southeast Asia's scam compounds.

    Reads articles (text, HTML, JSONL/CSV manifests), extracts typed events
    (raid, rescue, escape, deportation, compound_report, abuse, policy), resolves
    every place offline with the built-in gazetteer, and writes GeoJSON,
    GeoPackage, a self-contained HTML map and static report maps.

    Exit codes: 0 all good, 1 some inputs skipped, 2 usage error or nothing done.

    \b
    Example:
      geotrack run examples/articles --out output/
    """


for _module in (pipeline_cmds, gazetteer_cmds, render_cmds):
    _module.register(main)

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_SKIPPED", "main"]
