"""CLI commands (placeholder until the owning work lands)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `geotrack` group."""
