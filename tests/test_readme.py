"""The README documents every command and every Settings field; every help ends with an example."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from geotrack.cli import main
from geotrack.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        path = (*prefix, name)
        found.append(path)
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


COMMANDS = _commands(main)


def test_there_are_commands() -> None:
    assert ("run",) in COMMANDS and ("extract",) in COMMANDS


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_is_in_the_readme(path: tuple[str, ...]) -> None:
    top = f"geotrack {path[0]}"
    assert top in README, f"README never mentions `{top}`"
    if len(path) > 1:  # a subcommand is named on a line about its group
        pattern = rf"geotrack {re.escape(path[0])}\b.*\b{re.escape(path[-1])}\b"
        assert re.search(pattern, README), f"README never mentions `geotrack {' '.join(path)}`"


@pytest.mark.parametrize("path", [(), *COMMANDS], ids=lambda p: " ".join(p) or "geotrack")
def test_help_ends_with_an_example(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    help_text = result.output
    # click puts the options after the docstring: the example closes the description.
    description = help_text.split("\nOptions:")[0].split("\nCommands:")[0]
    lines = [line.strip() for line in description.strip().splitlines() if line.strip()]
    assert any(line.lower().startswith("example") for line in lines[-4:]), help_text
    assert lines[-1].startswith("geotrack "), f"help of {path} should end with an example call"


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_every_settings_field_is_documented(name: str) -> None:
    assert re.search(rf"^\| `{name}` \|", README, re.MULTILINE), (
        f"Settings.{name} is missing from the README's Settings table"
    )
