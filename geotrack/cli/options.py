"""Options shared by several commands, defined once, plus the console helpers they use.

Use the decorators on a command and turn the parsed values into a
:class:`~geotrack.settings.Settings` with :func:`settings_from_options`::

    @click.command()
    @gazetteer_option
    @online_option
    def geocode(gazetteer, online): ...
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from geotrack.settings import DEFAULT_MIN_CONFIDENCE, Settings

__all__ = [
    "ProgressBar",
    "clean_for_console",
    "gazetteer_option",
    "min_confidence_option",
    "online_option",
    "quiet_option",
    "settings_from_options",
    "verbose_option",
    "workers_option",
]

F = TypeVar("F", bound=Callable[..., Any])

gazetteer_option: Callable[[F], F] = click.option(
    "--gazetteer",
    "gazetteer",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Extra places CSV (columns of gazetteer/data/sites.csv); repeatable. "
    "Also read from $GEOTRACK_GAZETTEER.",
    envvar="GEOTRACK_GAZETTEER",
)
online_option: Callable[[F], F] = click.option(
    "--online",
    is_flag=True,
    help="Send names the offline gazetteer cannot place to an online geocoder (opt-in).",
)
workers_option: Callable[[F], F] = click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    metavar="N",
    help="Worker processes for extraction.",
)
min_confidence_option: Callable[[F], F] = click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=DEFAULT_MIN_CONFIDENCE,
    show_default=True,
    metavar="P",
    help="Hold back events whose confidence is below P (written apart, not mapped); "
    "0 keeps every event.",
)
quiet_option: Callable[[F], F] = click.option(
    "--quiet", "-q", is_flag=True, help="Print nothing but errors (no progress bar, no summary)."
)
verbose_option: Callable[[F], F] = click.option(
    "--verbose", "-v", is_flag=True, help="Also list every warning and the time of each step."
)


def settings_from_options(
    *,
    gazetteer: tuple[Path, ...] = (),
    online: bool = False,
    workers: int = 1,
    **overrides: Any,
) -> Settings:
    """Build Settings from the shared options (other fields from ``overrides``)."""
    return Settings(gazetteer=tuple(gazetteer), online=online, workers=workers, **overrides)


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_for_console(text: str) -> str:
    """Make text from articles or file names safe to print (no terminal control codes).

    Examples
    --------
    >>> clean_for_console("evil\\x1b[31mred")
    'evil?[31mred'
    """
    return _UNPRINTABLE.sub("?", text)


class ProgressBar:
    """A ``progress(done, total)`` callback drawing a click progress bar on stderr.

    Shown only for batches of more than ``minimum`` articles and when ``enabled``.
    Call :meth:`close` when the work is done.
    """

    def __init__(self, *, label: str, enabled: bool = True, minimum: int = 3) -> None:
        """Remember the label; nothing is drawn until the first call."""
        self.label = label
        self.enabled = enabled
        self.minimum = minimum
        self._bar: Any = None  # click's ProgressBar, entered by hand
        self._done = 0

    def __call__(self, done: int, total: int) -> None:
        """Advance the bar to ``done`` of ``total``."""
        if not self.enabled or total <= self.minimum:
            return
        if self._bar is None:
            self._bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self._bar.__enter__()
        step = done - self._done
        if step > 0:
            self._bar.update(step)
            self._done = done

    def close(self) -> None:
        """Finish the bar (a no-op when none was shown)."""
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
