"""timeline.png: events per month, stacked by type, in the shared palette.

Events dated only to a year cannot be put in a month: they are left out and the chart's
note counts them, together with undated events. Months without events are shown as gaps,
so the time axis stays true.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geotrack.atomic import atomic_path
from geotrack.errors import BadInputError, OutputError
from geotrack.model import DatePrecision, Event, EventType
from geotrack.render.palette import EVENT_STYLES

__all__ = ["monthly_counts", "render_timeline"]

_FORMATS = (".png", ".svg", ".pdf")


def _month(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _next_month(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def monthly_counts(
    events: Iterable[Event],
) -> tuple[list[dt.date], dict[EventType, list[int]], int]:
    """Return the months (first days, gaps filled), counts per type per month, and events left out.

    Parameters
    ----------
    events : iterable of Event
        The events.

    Returns
    -------
    months : list of datetime.date
        Every month from the first to the last dated event.
    counts : dict
        Event type -> one count per month (types without events are left out).
    left_out : int
        Events with no date or only a year.
    """
    counter: Counter[tuple[dt.date, EventType]] = Counter()
    left_out = 0
    for event in events:
        if event.date is None or event.date_precision in (
            DatePrecision.YEAR,
            DatePrecision.UNKNOWN,
        ):
            left_out += 1
            continue
        counter[(_month(event.date), event.type)] += 1
    if not counter:
        return [], {}, left_out
    first = min(m for m, _ in counter)
    last = max(m for m, _ in counter)
    months = [first]
    while months[-1] < last:
        months.append(_next_month(months[-1]))
    counts = {
        t: [counter[(m, t)] for m in months]
        for t in EventType
        if any(counter[(m, t)] for m in months)
    }
    return months, counts, left_out


def render_timeline(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    dpi: int = 300,
) -> Path:
    """Draw events per month by type as stacked bars (PNG 300 dpi, SVG or PDF), atomically.

    Parameters
    ----------
    events : iterable of Event
        The events.
    path : str or PathLike
        Target file; the suffix picks the format.
    title : str, optional
        Chart title (default "Reported events per month").
    dpi : int
        Resolution for PNG.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    BadInputError
        For an unsupported suffix.
    """
    suffix = Path(path).suffix.lower()
    if suffix not in _FORMATS:
        raise BadInputError(
            f"{path}: charts are written as {', '.join(_FORMATS)}, not {suffix or 'no suffix'!r}"
        )
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    event_list = list(events)
    months, counts, left_out = monthly_counts(event_list)
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "svg.hashsalt": "geotrack"}):
        fig = Figure(figsize=(9, 3.8), dpi=dpi)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.07, 0.2, 0.74, 0.66))
        if months:
            x = [date2num(m) + 14 for m in months]
            bottom = [0] * len(months)
            width = 24 if len(months) < 40 else 20
            for event_type, values in counts.items():
                style = EVENT_STYLES[event_type]
                ax.bar(
                    x,
                    values,
                    width=width,
                    bottom=bottom,
                    color=style.color,
                    edgecolor="white",
                    linewidth=0.4,
                    label=style.label,
                )
                bottom = [b + v for b, v in zip(bottom, values, strict=True)]
            locator = AutoDateLocator(minticks=3, maxticks=10)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
            ax.set_xlim(date2num(months[0]) - 10, date2num(_next_month(months[-1])) + 10)
            ax.legend(
                loc="upper left",
                bbox_to_anchor=(1.01, 1.0),
                fontsize=7.5,
                frameon=False,
                title="Event type",
                title_fontsize=8,
            )
        else:
            ax.text(
                0.5,
                0.5,
                "No events dated to a day, week or month",
                ha="center",
                va="center",
                transform=ax.transAxes,
                color="#666666",
            )
            ax.set_xticks([])
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Events", fontsize=8.5)
        ax.tick_params(labelsize=7.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.grid(axis="y", color="#E5E5E5", linewidth=0.6)
        ax.set_axisbelow(True)
        fig.text(
            0.07,
            0.95,
            title or "Reported events per month",
            fontsize=12,
            fontweight="bold",
            va="top",
        )
        dated = len(event_list) - left_out
        note = f"{dated} of {len(event_list)} events by month of the reported date"
        if left_out:
            note += f"; {left_out} undated or dated only to a year are not shown"
        fig.text(0.07, 0.04, note + ".", fontsize=7, color="#666666")
        metadata: dict[str, Any] = {
            ".png": {"Software": None},
            ".svg": {"Date": None, "Creator": None},
            ".pdf": {"CreationDate": None, "Creator": None, "Producer": None},
        }[suffix]
        with atomic_path(path) as tmp:
            try:
                fig.savefig(tmp, dpi=dpi, facecolor="white", metadata=metadata)
            except (OSError, ValueError) as exc:
                raise OutputError(f"{path}: cannot save the chart ({exc})") from exc
    return Path(path)
