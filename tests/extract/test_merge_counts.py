"""Which counts survive when two reports of one happening merge (events built here)."""

from __future__ import annotations

import datetime as dt

from geotrack.extract.events import merge_article_events
from geotrack.model import DatePrecision, Event, EventType


def _abuse(start: int, victims: int, evidence: tuple[str, ...], **kw: object) -> Event:
    return Event(
        id=f"e{start}",
        type=EventType.ABUSE,
        article_id="t",
        sentence="s",
        start=start,
        end=start + 10,
        date=dt.date(2025, 1, 1),
        date_precision=DatePrecision.YEAR,
        people={"victims": victims},
        evidence=evidence,
        **kw,  # type: ignore[arg-type]
    )


def test_the_report_dated_by_its_own_sentence_keeps_its_figure() -> None:
    body = _abuse(100, 14, ("cue:deaths", "date:sentence"))
    summary = _abuse(200, 64, ("cue:trapped", "date:published"), nationalities={"MY": 64})
    (merged,) = merge_article_events([body, summary])
    assert merged.people == {"victims": 14}
    assert "MY" not in merged.nationalities  # a group larger than the happening's people


def test_equally_firm_reports_keep_the_larger_figure() -> None:
    first = _abuse(100, 14, ("cue:deaths", "date:sentence"))
    second = _abuse(200, 20, ("cue:deaths", "date:sentence"))
    (merged,) = merge_article_events([first, second])
    assert merged.people == {"victims": 20}


def test_an_exact_figure_still_beats_an_approximate_one() -> None:
    rough = _abuse(100, 700, ("cue:held", "date:sentence"), people_qualifiers={"victims": "about"})
    exact = _abuse(200, 695, ("cue:held", "date:published"))
    (merged,) = merge_article_events([rough, exact])
    assert merged.people == {"victims": 695}
