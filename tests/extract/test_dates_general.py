"""Date phrases beyond the basics: windows of days, days of the anchor month, days
relative to the story, and tallies that date a statement. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from extract_helpers import FakeGazetteer

from geotrack.extract import extract_article
from geotrack.extract.dates import find_dates
from geotrack.model import Article

WEDNESDAY = dt.date(2024, 3, 20)


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [
        ("in a raid on March 5-6", "2024-03-05", "day"),
        ("the raids between 1 and 9 March", "2024-03-05", "week"),
        ("from 2 to 4 March 2023", "2023-03-03", "week"),
        ("between March 10 and 12", "2024-03-11", "week"),
        ("10-12 February", "2024-02-11", "week"),
        ("the workers escaped on the 14th.", "2024-03-14", "day"),
        ("so far this year", "2024-01-01", "year"),
        ("since the beginning of the year", "2024-01-01", "year"),
        ("arrested in the first six months of the year", "2024-01-01", "year"),
        ("during the first half of last year", "2023-01-01", "year"),
        ("in the first quarter of this year", "2024-01-01", "year"),
        # "early" before a month and its day tells the hour, not the part of the month
        ("in an early March 12 raid", "2024-03-12", "day"),
        ("in early March", "2024-03-01", "month"),
    ],
)
def test_phrases(phrase: str, day: str, precision: str) -> None:
    (found,) = find_dates(phrase, published=WEDNESDAY)
    assert (found.date.isoformat(), found.precision.value) == (day, precision)


def test_day_of_month_after_the_publication_day_is_last_month() -> None:
    (found,) = find_dates("They fled on the 25th.", published=WEDNESDAY)
    assert found.date == dt.date(2024, 2, 25)


def test_days_relative_to_the_story() -> None:
    anchor = dt.date(2024, 3, 11)
    found = find_dates(
        "The next day they were moved; a day later they were freed.",
        published=WEDNESDAY,
        anchor=anchor,
    )
    assert [d.date for d in found] == [dt.date(2024, 3, 12), dt.date(2024, 3, 13)]


@pytest.mark.parametrize(
    "text",
    [
        "The 14th floor was empty.",
        "It was the 3rd raid this month.",
        "Officers were held for eight months.",
        "He spent 14 days in custody.",
    ],
)
def test_not_dates_of_a_happening(text: str) -> None:
    assert all(
        d.precision.value in ("month", "year") for d in find_dates(text, published=WEDNESDAY)
    )
    assert not any(
        d.text.startswith(("on the", "the 1", "the 3"))
        for d in find_dates(text, published=WEDNESDAY)
    )


def test_tallies_are_marked_cumulative() -> None:
    marked = {d.text: d.cumulative for d in find_dates(
        "Since 2022 some 300 were freed, and so far this year, but not in 2021.",
        published=WEDNESDAY,
    )}  # fmt: skip
    assert marked == {"Since 2022": True, "so far this year": True, "in 2021": False}
    # with nothing counted, "since 2022" is when something began, not a tally
    (start,) = find_dates("The hub has operated since 2022.", published=WEDNESDAY)
    assert not start.cumulative


def test_a_tally_is_dated_by_its_statement_and_a_founding_year_is_background(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police raided a compound in Sihanoukville on Monday and detained 48 people.\n\n"
        "The compound, established in 2019, was run by a Chinese gang.\n\n"
        "Police said on Tuesday that 900 foreigners had been rescued so far this year."
    )
    article = Article(id="t", text=text, published=WEDNESDAY)
    events = extract_article(article, gazetteer=fake_gz).events  # type: ignore[arg-type]
    dates = {e.type.value: (e.date, e.date_precision.value) for e in events}
    assert dates["raid"] == (dt.date(2024, 3, 18), "day")
    assert dates.get("rescue", (dt.date(2024, 3, 19),))[0] == dt.date(2024, 3, 19)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("police said last week", "2024-03-13"),  # the Wednesday of the previous week
        ("over the past week", "2024-03-17"),  # the middle of the seven days to publication
        ("a plane is expected to bring them home on Saturday", "2024-03-23"),
        ("they were flown home on Saturday", "2024-03-16"),
        ("the group is due to fly home this Saturday", "2024-03-23"),
        ("the group flew home this Saturday", "2024-03-16"),
    ],
)
def test_weeks_and_future_weekdays(phrase: str, day: str) -> None:
    (found,) = find_dates(phrase, published=WEDNESDAY)
    assert found.date.isoformat() == day


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency said on Monday it had sent home 80 workers over the past week.",
        "It had sent home 80 workers over the past week, the agency said on Monday.",
    ],
)
def test_a_window_ends_on_the_statement_day_of_its_sentence(sentence: str) -> None:
    found = find_dates(sentence, published=WEDNESDAY)
    window = next(d for d in found if "week" in d.text)
    assert window.date.isoformat() == "2024-03-15"  # the middle of the week up to Monday 18


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        ("He fell sick in February and was moved a few days later.", "2024-02-01", "month"),
        ("In January, after a week of beatings, she was sold.", "2024-01-01", "month"),
        ("He arrived on February 3 and was sold a few days later.", "2024-02-06", "day"),
    ],
)
def test_days_counted_from_a_month_keep_the_month(sentence: str, day: str, precision: str) -> None:
    last = find_dates(sentence, published=WEDNESDAY)[-1]
    assert (last.date.isoformat(), last.precision.value) == (day, precision)


def test_in_recent_weeks_is_the_month_of_the_report() -> None:
    (found,) = find_dates("in recent weeks", published=WEDNESDAY)
    assert (found.date.isoformat(), found.precision.value) == ("2024-03-01", "month")


@pytest.mark.parametrize(
    ("phrase", "day", "precision"),
    [
        ("in the past months", "2024-03-20", "year"),
        ("over the last months", "2024-03-20", "year"),
        ("over the past weeks", "2024-03-01", "month"),
        ("in the last weeks", "2024-03-01", "month"),
    ],
)
def test_the_past_months_without_a_count_are_recent(phrase: str, day: str, precision: str) -> None:
    (found,) = find_dates(phrase, published=WEDNESDAY)
    assert (found.date.isoformat(), found.precision.value) == (day, precision)
    assert found.vague


def test_the_vague_phrase_nearest_the_cue_dates_the_happening(fake_gz: FakeGazetteer) -> None:
    text = (
        "Officials in Cambodia have for years played down the problem, but the government "
        "has moved in recent weeks, ordering a crackdown on scam compounds."
    )
    events = extract_article(
        Article(id="t", text=text, published=WEDNESDAY),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    policies = [e for e in events if e.type.value == "policy"]
    assert policies and (policies[0].date, policies[0].date_precision.value) == (
        dt.date(2024, 3, 1),
        "month",
    )


def test_a_header_date_is_not_a_day_the_story_reached(fake_gz: FakeGazetteer) -> None:
    text = (
        "PHNOM PENH | Wednesday, March 20, 2024\n\n"
        "Twenty Thais freed from a compound in Poipet arrived in Bangkok on Monday, the "
        "ministry said in a statement.\n\n"
        "Officials said the government had so far helped 150 Thais return from Cambodia "
        "this year."
    )
    events = extract_article(
        Article(id="t", text=text, published=WEDNESDAY),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    tallies = [e for e in events if e.people.get("deported") == 150]
    assert tallies and tallies[0].date == dt.date(2024, 3, 18)  # the story's Monday


def test_statement_day_dates_a_tally_but_not_what_happened_inside_since(
    fake_gz: FakeGazetteer,
) -> None:
    text = (
        "Police said on Tuesday that 300 workers had been rescued from compounds in "
        "Sihanoukville since the crackdown began in January.\n\n"
        "Pressure has grown since 20 Thais were rescued from a casino in Sihanoukville in "
        "February."
    )
    events = extract_article(
        Article(id="t", text=text, published=WEDNESDAY),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    dates = sorted(e.date for e in events if e.type.value == "rescue" and e.date)
    assert dt.date(2024, 3, 19) in dates  # the tally: the statement's day
    assert dt.date(2024, 2, 1) in dates  # the rescue inside the since-clause: its month


@pytest.mark.parametrize(
    ("text", "day"),
    [("they fled on the night of 13/9", "2024-09-13"), ("the order issued on 5/3", "2024-03-05")],
)
def test_short_day_first_dates(text: str, day: str) -> None:
    (found,) = find_dates(text, published=dt.date(2024, 9, 20))
    assert found.date.isoformat() == day


def test_short_numeric_that_is_not_a_date() -> None:
    assert find_dates("open 24/7 and a 3/4 majority", published=WEDNESDAY) == []


def test_a_date_after_another_happening_is_that_ones(fake_gz: FakeGazetteer) -> None:
    text = (
        "Last week, 40 Chinese nationals arrested on March 1 in Sihanoukville were deported "
        "on a chartered flight."
    )
    events = extract_article(
        Article(id="t", text=text, published=WEDNESDAY),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    deportations = [e for e in events if e.type.value == "deportation"]
    assert deportations and deportations[0].date == dt.date(2024, 3, 13)
    assert deportations[0].people.get("deported") == 40


def test_a_tally_since_a_day_dates_the_statement(fake_gz: FakeGazetteer) -> None:
    # "since <day>" after a tally's words starts the tally, like "since 2023"; a plain
    # "since <day>" (a state) stays a day.
    (tally,) = find_dates("bringing the total held since March 4 to 900", published=WEDNESDAY)
    assert tally.cumulative and tally.date == dt.date(2024, 3, 4)
    (state,) = find_dates("the workers have been locked up since March 4", published=WEDNESDAY)
    assert not state.cumulative
    text = (
        "Police detained 80 suspects in raids in Sihanoukville on Monday, officials said.\n\n"
        "The raids brought to 900 the total number of scam suspects detained in "
        "Sihanoukville since March 4, police said."
    )
    events = extract_article(
        Article(id="t", text=text, published=WEDNESDAY),
        gazetteer=fake_gz,  # type: ignore[arg-type]
    ).events
    assert events and all(e.date != dt.date(2024, 3, 4) for e in events)  # no raid that day


@pytest.mark.parametrize(
    "text",
    [
        "more than 6,600 suspects have been sent back to China since Feb. 20",
        "since March 4, 57 citizens have been freed from the compounds",
        "hundreds of foreigners have been held for illegal entry since Oct. 1",
    ],
)
def test_a_count_since_a_day_is_a_tally(text: str) -> None:
    (since,) = [d for d in find_dates(text, published=WEDNESDAY) if d.precision.value == "day"]
    assert since.cumulative


@pytest.mark.parametrize(
    "text",
    [
        "the border has stayed shut since March 4, when 260 workers were freed",
        "Thailand has cut power to the border towns since March 4",
        "many workers have fled the compound since March 4",
    ],
)
def test_a_happening_or_a_measure_since_a_day_keeps_the_day(text: str) -> None:
    (since,) = find_dates(text, published=WEDNESDAY)
    assert not since.cumulative and since.date == dt.date(2024, 3, 4)


def test_a_long_window_dates_its_tally_by_its_end() -> None:
    # "in the past two months police raided 30 sites": the tally is told when the window ends
    (window,) = find_dates("in the past two months police raided 30 sites", published=WEDNESDAY)
    assert window.date == WEDNESDAY


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        # a rolling window up to the statement, not the calendar month or year before
        ("The embassy brought home 41 citizens over the past month.", "2024-03-20", "month"),
        ("In the last month the embassy sent 12 people home.", "2024-03-20", "month"),
        ("Over the past year police traced 300 victims.", "2024-03-20", "year"),
        # the calendar month and year before stay what they were
        ("Last month the embassy sent 12 people home.", "2024-02-01", "month"),
        ("Police traced 300 victims last year.", "2023-01-01", "year"),
    ],
)
def test_the_past_month_or_year_ends_at_the_statement(
    sentence: str, day: str, precision: str
) -> None:
    found = find_dates(sentence, published=WEDNESDAY)
    assert [(d.date.isoformat(), d.precision.value) for d in found] == [(day, precision)]


def test_since_last_year_with_a_count_is_a_tally_and_without_one_a_start() -> None:
    tally = find_dates("Since last year about 60 have been rescued.", published=WEDNESDAY)
    start = find_dates("Since last year the gang has posted adverts.", published=WEDNESDAY)
    assert [d.cumulative for d in tally] == [True]
    assert [d.cumulative for d in start] == [False]


def test_a_window_of_more_than_a_month_is_dated_by_its_last_day() -> None:
    found = find_dates(
        "between January 18 and March 4, police raided ten sites", published=WEDNESDAY
    )
    assert [(d.date.isoformat(), d.precision.value) for d in found] == [("2024-03-04", "month")]


@pytest.mark.parametrize(
    ("sentence", "day", "precision"),
    [
        ("It came nearly two weeks after the mass flight started.", "2024-03-06", "week"),
        (
            "The case surfaced less than two months after five men were freed.",
            "2024-01-01",
            "month",
        ),
        ("The arrests came three days after a raid.", "2024-03-17", "day"),
        # a day of its own in the sentence is what the gap counts from
        ("The raid on March 12 came about a week after the escape.", "2024-03-05", "week"),
    ],
)
def test_came_n_units_after_dates_the_after_clause_before_the_sentence_day(
    sentence: str, day: str, precision: str
) -> None:
    found = find_dates(sentence, published=WEDNESDAY)
    assert (found[-1].date.isoformat(), found[-1].precision.value) == (day, precision)


def test_the_happening_that_came_after_keeps_its_own_day(fake_gz: FakeGazetteer) -> None:
    text = "The arrests in Poipet came days after police detained 70 people in a raid in Bavet."
    article = Article(id="came", text=text, published=WEDNESDAY)
    events = extract_article(article, gazetteer=fake_gz).events
    assert [e.date for e in events if e.place and e.place.name == "Poipet"] == [WEDNESDAY]


@pytest.mark.parametrize(
    "text",
    [
        "charged under the Cybercrime Prevention Act of 2012",
        "in breach of the Anti-Trafficking in Persons Act of 2003 and the Immigration Law 2019",
    ],
)
def test_the_year_of_a_laws_name_is_no_date(text: str) -> None:
    assert find_dates(text, published=WEDNESDAY) == []


def test_a_year_after_other_words_stays_a_date() -> None:
    found = find_dates("the raids of 2023 were the largest", published=WEDNESDAY)
    assert [(d.date.isoformat(), d.precision.value) for d in found] == [("2023-01-01", "year")]
