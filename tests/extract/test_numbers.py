"""Numbers in digits and words, qualifiers, vague amounts, and absurd values."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geotrack.errors import BadInputError
from geotrack.extract.numbers import MAX_COUNT, find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("eight", 8, None),
        ("more than 1,000", 1000, "more than"),
        ("nearly 2,000", 2000, "nearly"),
        ("at least 53", 53, "at least"),
        ("about 900", 900, "about"),
        ("approximately 75", 75, "about"),
        ("over 300", 300, "more than"),
        ("almost 40", 40, "nearly"),
        ("a dozen", 12, "about"),
        ("hundreds", 200, "at least"),
        ("1.2 million", 1_200_000, None),
        ("two hundred and forty-one", 241, None),
        ("twenty-one", 21, None),
    ],
)
def test_values_and_qualifiers(text: str, value: int, qualifier: str | None) -> None:
    number = parse_number(text)
    assert number.as_int == value
    assert number.qualifier == qualifier
    assert number.kind == "count"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("an 18-year-old", "age"),
        ("in 2023", "year"),
        ("99.9%", "percent"),
        ("US$40 billion", "money"),
        ("300 million riel", "money"),
        ("1,700kg", "measure"),
        ("an 8-story building", "measure"),
        ("over three days", "measure"),
        ("two-thirds of compounds", "measure"),
        ("an M16 rifle", "label"),
        ("Covid-19", "label"),
    ],
)
def test_non_counts_are_told_apart(text: str, kind: str) -> None:
    assert [n.kind for n in find_numbers(text)] == [kind]


def test_currency_is_kept() -> None:
    (money,) = find_numbers("police seized US$1.5 million in cash")
    assert money.currency == "USD" and money.value == 1_500_000
    (riel,) = find_numbers("and 300 million riel")
    assert riel.currency == "KHR"


@pytest.mark.parametrize("text", ["10,000,000,000 people", "-5 people"])
def test_absurd_counts_are_flagged_not_raised(text: str) -> None:
    (number,) = find_numbers(text)
    assert not number.plausible
    assert number.kind == "count"


def test_max_count_is_plausible_bound() -> None:
    assert find_numbers(f"{MAX_COUNT:,} people")[0].plausible
    assert not find_numbers(f"{MAX_COUNT + 1:,} people")[0].plausible


@pytest.mark.parametrize("text", ["", "no number here", "1 and 2", "   "])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(BadInputError):
        parse_number(text)


@given(st.text(max_size=200))
def test_find_numbers_never_raises(text: str) -> None:
    for number in find_numbers(text):
        assert 0 <= number.start <= number.end <= len(text)


@given(st.text(alphabet="0123456789,. -abcdefghijklmnopqrstuvwxyz$%", max_size=60))
def test_parse_number_raises_only_bad_input(text: str) -> None:
    with contextlib.suppress(BadInputError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("P2.4 million", 2_400_000, "PHP"),
        ("P500,000", 500_000, "PHP"),
        ("Rp 20 million", 20_000_000, "IDR"),
        ("3.2 million Thai baht", 3_200_000, "THB"),
        ("2.1 billion kip", 2_100_000_000, "LAK"),
        ("half a million dollars", 500_000, "USD"),
        ("Ks 20 million", 20_000_000, "MMK"),
        ("Bt2.5 million", 2_500_000, "THB"),
    ],
)
def test_more_currencies(text: str, value: int, currency: str) -> None:
    (money,) = find_numbers(text)
    assert (money.as_int, money.currency, money.kind) == (value, currency, "money")


@pytest.mark.parametrize(
    ("text", "value"),
    [("two dozen", 24), ("3 dozen", 36), ("1.000", 1000), ("12.500.000", 12_500_000)],
)
def test_dozens_and_dotted_thousands(text: str, value: int) -> None:
    assert parse_number(text).as_int == value


def test_a_label_letter_is_not_a_currency() -> None:
    (number,) = find_numbers("Gate P5")
    assert number.currency is None and number.kind == "label"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("several hundred", 200, "at least"),
        ("a few thousand", 2000, "at least"),
        ("a few dozen", 24, "at least"),
        ("a couple of hundred", 200, "about"),
        ("tens of thousands", 20_000, "at least"),
        ("upward of 500", 500, "more than"),
    ],
)
def test_vague_multiples_of_a_scale(text: str, value: int, qualifier: str) -> None:
    number = parse_number(text)
    assert (number.as_int, number.qualifier) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("30 to 40", 30, "at least"),
        ("about 30 to 40", 30, "about"),
        ("between 150 and 200", 150, "at least"),
        ("120-150", 120, "at least"),
        ("six or seven", 6, "at least"),
    ],
)
def test_a_range_is_its_lower_bound(text: str, value: int, qualifier: str) -> None:
    number = parse_number(text)
    assert (number.as_int, number.qualifier, number.plausible) == (value, qualifier, True)


def test_a_change_between_two_figures_is_not_a_range() -> None:
    assert [n.as_int for n in find_numbers("rose from 90 to 150 people")] == [90, 150]
    assert [n.as_int for n in find_numbers("first 7 and then 9 men")] == [7, 9]


@given(st.integers(0, 100_000), st.integers(1, 100_000), st.sampled_from(["-", " to ", "–"]))
def test_ranges_of_counts_join_and_never_go_negative(low: int, extra: int, gap: str) -> None:
    (number,) = find_numbers(f"police freed {low:,}{gap}{low + extra:,} workers")
    assert number.as_int == low and number.plausible and number.qualifier == "at least"


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("LKR 3.4 million", 3_400_000, "LKR"),
        ("50,000 Sri Lankan rupees", 50_000, "LKR"),
        ("KSh 200,000", 200_000, "KES"),
        ("Sh80,000", 80_000, "KES"),
        ("30,000 Kenyan shillings", 30_000, "KES"),
        ("USh 4 million", 4_000_000, "UGX"),
        ("₹3 lakh", 300_000, "INR"),
        ("Rs 1.5 crore", 15_000_000, "INR"),
        ("K12 million", 12_000_000, "MMK"),
        ("₭450,000", 450_000, "LAK"),
        ("Kip 90 million", 90_000_000, "LAK"),
        ("₱750,000", 750_000, "PHP"),
        ("฿2 million", 2_000_000, "THB"),
        ("VND3.5 billion", 3_500_000_000, "VND"),
    ],
)
def test_south_asian_east_african_and_mekong_money(text: str, value: int, currency: str) -> None:
    (money,) = find_numbers(text)
    assert (money.as_int, money.currency, money.kind) == (value, currency, "money")


def test_a_capital_k_before_a_small_number_is_a_label() -> None:
    (number,) = find_numbers("a K9 unit")
    assert number.currency is None and number.kind == "label"


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 000", 1000), ("12 500", 12_500), ("3\u00a0400", 3400), ("2\u202f150\u202f000", 2_150_000)],
)
def test_thousands_grouped_by_spaces(text: str, value: int) -> None:
    number = parse_number(text)
    assert (number.as_int, number.kind) == (value, "count")


@given(st.integers(1000, MAX_COUNT), st.sampled_from([" ", "\u00a0", "\u2009", "\u202f"]))
def test_any_space_grouped_count_reads_back(value: int, space: str) -> None:
    text = f"{value:,}".replace(",", space)
    (number,) = find_numbers(f"officers detained {text} people")
    assert number.as_int == value and number.kind == "count"


@given(st.integers(1, 31), st.integers(100, 999))
def test_a_day_of_the_month_does_not_join_the_next_figure(day: int, count: int) -> None:
    numbers = find_numbers(f"on June {day} {count} people were freed")
    assert [n.as_int for n in numbers] == [day, count]


def test_a_score_of() -> None:
    assert (parse_number("a score of").as_int, parse_number("a score of").qualifier) == (
        20,
        "about",
    )
    assert [n.as_int for n in find_numbers("a score of 85 in the test")] == [85]


def test_an_iso_date_is_no_count_and_no_count_runs_across_it() -> None:
    found = find_numbers("filed 2023-11-05 212 workers freed")
    assert [(n.as_int, n.kind) for n in found] == [(212, "count")]
    slashed = find_numbers("on 2022/7/9, 15 men")
    assert [n.as_int for n in slashed] == [15]


@given(
    st.integers(1990, 2040),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1, 99_999),
    st.sampled_from(["-", "/"]),
)
def test_a_count_after_an_iso_date_keeps_its_value(
    year: int, month: int, day: int, count: int, sep: str
) -> None:
    text = f"{year}{sep}{month:02d}{sep}{day:02d} {count:,} people"
    counts = [n for n in find_numbers(text) if n.kind == "count"]
    assert [n.as_int for n in counts] == [count]
    assert text[counts[0].start : counts[0].end] == f"{count:,}"
