"""The `geotrack` command: a thin click shell over the Python API.

Commands live in small modules, one per area, each with a ``register(group)``:
``pipeline_cmds`` (run, extract), ``gazetteer_cmds`` (geocode, gazetteer ...),
``render_cmds`` (map, export, boundaries ...). Shared options are in ``options``.

Exit codes: 0 all good, 1 some inputs skipped, 2 usage error or nothing could be done.
Every error a user can cause (bad option, missing file, unreadable input, unwritable
output) is printed as one line, ``geotrack: error: ...``, never as a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import click

from gazetteer.errors import GazetteerError
from geotrack.cli import gazetteer_cmds, pipeline_cmds, render_cmds
from geotrack.cli.options import clean_for_console
from geotrack.errors import GeotrackError

EXIT_OK, EXIT_SKIPPED, EXIT_FAILED = 0, 1, 2


def _fail(message: str) -> None:
    """Print one error line and exit 2."""
    click.echo(f"geotrack: error: {clean_for_console(message)}", err=True)
    sys.exit(EXIT_FAILED)


class _Group(click.Group):
    """Turns usage errors and GeotrackError into one clean line and exit 2, in one place."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command; print errors as ``geotrack: error: ...`` and exit with its code."""
        try:
            rv = super().main(
                args, prog_name or "geotrack", complete_var, standalone_mode=False, **extra
            )
        except click.UsageError as exc:
            hint = ""
            if exc.ctx is not None:
                hint = f" (see '{exc.ctx.command_path} --help')"
            _fail(f"{exc.format_message()}{hint}")
        except click.ClickException as exc:
            _fail(exc.format_message())
        except click.Abort:
            click.echo("geotrack: interrupted", err=True)
            sys.exit(130)
        except (GeotrackError, GazetteerError) as exc:
            _fail(str(exc))
        except BrokenPipeError:
            sys.exit(EXIT_FAILED)
        if not standalone_mode:
            return rv
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


@click.group("geotrack", cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
