"""Publication dates: metadata values and printed date lines; never a year-less guess."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.errors import BadInputError
from geotrack.ingest.dates import infer_published, parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-18", dt.date(2025, 7, 18)),
        ("2025-07-18T09:30:00+07:00", dt.date(2025, 7, 18)),
        ("2025-07-18 09:30", dt.date(2025, 7, 18)),
        ("July 18, 2025", dt.date(2025, 7, 18)),
        ("18 July 2025", dt.date(2025, 7, 18)),
        ("Wed Sep 21 2022", dt.date(2022, 9, 21)),
        ("Thursday, June 26, 2025", dt.date(2025, 6, 26)),
        ("2022/09/21", dt.date(2022, 9, 21)),
        ("19/9/2022", dt.date(2022, 9, 19)),
        ("9/19/2022", dt.date(2022, 9, 19)),
    ],
)
def test_parse_published_accepts_common_forms(value: str, expected: dt.date) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "day is out of range"),
        ("1800-01-01", "implausibly early"),
        ("2999-01-01", "in the future"),
        ("June 26", "not a date"),
        ("yesterday", "not a date"),
        ("Police said on July 18, 2025 that", "not a date"),
        ("", "not a date"),
        ("07/08/2025", "ambiguous"),
    ],
)
def test_parse_published_refuses_with_the_value_and_reason(value: str, message: str) -> None:
    with pytest.raises(BadInputError, match=message) as info:
        parse_published(value)
    assert repr(value) in str(info.value)


def test_future_is_relative_to_today() -> None:
    tomorrow_plus = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(BadInputError, match="future"):
        parse_published(tomorrow_plus.isoformat())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline here\nWed Sep 21 2022\n\nBODY — text.", dt.date(2022, 9, 21)),
        ("Published: July 18, 2025 10:32 ICT\nBody.", dt.date(2025, 7, 18)),
        ("By Fixture Reporter | 16 July 2025\nBody.", dt.date(2025, 7, 16)),
        ("Updated 2025-07-17 08:00\nBody.", dt.date(2025, 7, 17)),
        ("Headline\nVientiane Capital, 28 August 2024\nBody.", dt.date(2024, 8, 28)),
        ("PHNOM PENH, July 18, 2025 — Police said ...", dt.date(2025, 7, 18)),
        ("Thứ Hai, 19/9/2022\nBody.", dt.date(2022, 9, 19)),
        ("Published June 14, 2024, 6:40 AM EAT\nBody.", dt.date(2024, 6, 14)),
    ],
)
def test_infer_published_reads_date_lines(text: str, expected: dt.date) -> None:
    found = infer_published(text)
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thursday (June 26)\nPolice said they held 40 people.",  # no year: never guessed
        "Police raided a building on July 18, 2025, officials said.\nMore.",  # in a sentence
        "Nothing that looks like a date at all.",
        "Published: February 30, 2025\nimpossible day",
        "Posted 12 March 1850\nimplausible year",
        "Updated 07/08/2025\nday and month could be either",
        "Police in Poipet said, July 18, 2025 was the day.\nA sentence, not a dateline.",
    ],
)
def test_infer_published_leaves_sentences_and_yearless_dates_alone(text: str) -> None:
    assert infer_published(text) is None


def test_infer_published_only_looks_near_the_top() -> None:
    text = "\n".join(["Paragraph of body text."] * 40 + ["July 18, 2025"])
    assert infer_published(text) is None


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_parse_published_raises_only_bad_input_error(value: str) -> None:
    try:
        date = parse_published(value)
    except BadInputError:
        return
    assert dt.date(1990, 1, 1) <= date <= dt.date.today() + dt.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=60),
            st.sampled_from(["July 18, 2025", "Wed Sep 21 2022", "2025-02-30", "June 26"]),
        ),
        max_size=30,
    )
)
def test_infer_published_never_crashes(lines: list[str]) -> None:
    found = infer_published("\n".join(lines))
    assert found is None or isinstance(found[0], dt.date)


def test_long_adversarial_lines_are_fast() -> None:
    import time

    text = ("1 " * 50_000 + "\n") + ("July " * 20_000) + "\n" + "9" * 100_000
    start = time.process_time()
    assert infer_published(text) is None
    with pytest.raises(BadInputError):
        parse_published("2025-" * 10_000)
    assert time.process_time() - start < 1.0
