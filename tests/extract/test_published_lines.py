"""Publication dates printed near the top of a page, in the shapes outlets use (lines
written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from geotrack.ingest.dates import infer_published


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 4, 2024 09:15 AM GMT+7 Updated 2 hours ago", "2024-03-04"),
        ("By Jane Doe and John Roe   March 4, 2024 | 09:15 am GMT+7", "2024-03-04"),
        ("The Example Herald / 09:15 AM March 4, 2024", "2024-03-04"),
        ("Mon, 04 Mar 2024 09:15:00 +0700", "2024-03-04"),
        ("Published: 04/04/2024", "2024-04-04"),
    ],
)
def test_date_lines(line: str, day: str) -> None:
    found = infer_published("Some headline here\n" + line + "\n\nPolice said on Monday ...")
    assert found is not None and found[0] == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "By March 4, 2024, police had raided five sites in the province.",
        "Published: 03/04/2024",  # day/month or month/day: not decided
    ],
)
def test_not_date_lines(line: str) -> None:
    assert infer_published(line) is None
