"""Russian, Hindi and Nepali pages: names declined or with endings glued on, their own
sentence ends, dates (Nepal's Bikram Sambat calendar), counts with multipliers, people
words and place marks (texts written for these tests)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Gazetteer
from geotrack.extract.segment import segment_text
from geotrack.ingest.language import non_english_language
from geotrack.model import DatePrecision, EventType
from tests.extract.extract_helpers import of_type, page_events

# (the module's name is shadowed by the function the package exports)
_ol = importlib.import_module("geotrack.extract.other_languages")

_RU = (
    "Власти Мьянмы в понедельник провели рейд в комплексе KK Park в Мьявади и задержали более "
    "2 тыс. иностранцев, среди которых были 25 граждан России и 40 казахстанцев. По данным "
    "посольства России в Таиланде, пятеро россиян уже освобождены и вывезены в Мэсот.\n\n"
    "В прошлом месяце полиция Камбоджи закрыла мошеннический колл-центр в Сиануквиле, где "
    "удерживали около 300 человек. Работников избивали и отбирали у них паспорта.\n"
)
_HI = (
    "नई दिल्ली। म्यांमार के म्यावाडी के एक स्कैम सेंटर से बचाए गए 212 भारतीय नागरिक सोमवार को "
    "वायुसेना के दो विमानों में थाईलैंड के माई सोत से भारत वापस लाए गए। मंत्रालय के मुताबिक "
    "यह काम थाईलैंड स्थित भारतीय दूतावास की देखरेख में हुआ।\n\nइन युवकों से वहां जबरन ठगी "
    "करवाई जाती थी। पिछले सप्ताह बिहार पुलिस ने गोपालगंज से दो एजेंटों को गिरफ्तार किया था।\n"
)
_NE = (
    "काठमाडौं, ४ मंसिर । म्यानमारको म्यावाडीस्थित अनलाइन ठगी केन्द्रबाट उद्धार गरिएका ३७ जना "
    "नेपालीलाई थाइल्यान्डको माई सोत हुँदै स्वदेश फर्काइएको छ । उनीहरूलाई कात्तिक २८ गते "
    "म्यावाडीबाट थाइल्यान्ड ल्याइएको थियो । त्यहाँ उनीहरूलाई बन्धक बनाएर यातना दिइएको थियो ।\n"
)


@pytest.mark.parametrize(("text", "code"), [(_RU, "ru"), (_HI, "hi"), (_NE, "ne")])
def test_the_page_reads_as_its_language(text: str, code: str) -> None:
    assert non_english_language(text) == code


def test_a_russian_sentence_opening_with_a_cyrillic_capital_is_its_own() -> None:
    """Before, a sentence end needed a Latin capital after it: a Russian paragraph was one
    "sentence", and its counts and nationalities ran together."""
    text = "Задержаны 25 человек. По данным полиции, пятеро освобождены. Все вернулись домой."
    assert len(segment_text(text).sentences) == 3


def test_a_danda_ends_a_hindi_or_nepali_sentence() -> None:
    text = "पुलिस ने दो लोगों को गिरफ्तार किया। उन्हें अदालत में पेश किया गया। नेपाली फर्किए ।"
    assert len(segment_text(text).sentences) == 3


def test_russian_events_take_their_places_counts_and_nationalities() -> None:
    events = page_events(_RU, "2025-10-22")
    (raid,) = of_type(events, EventType.RAID)
    assert (raid.place.name, raid.date, raid.date_precision) == (
        "KK Park",
        dt.date(2025, 10, 20),
        DatePrecision.DAY,
    )
    # "более 2 тыс. иностранцев": a number times a thousand; "25 граждан России", "40
    # казахстанцев": nationalities with their counts
    assert raid.people == {"arrested": 2000}
    assert raid.nationalities == {"KZ": 40, "RU": 25}
    # freed, then taken to Mae Sot ("вывезены в Мэсот", into): not where they were freed;
    # and the embassy's host ("посольства России в Таиланде") is no scene either
    (rescue,) = of_type(events, EventType.RESCUE)
    assert rescue.place.name == "KK Park"
    assert (rescue.people, rescue.nationalities) == ({"rescued": 5}, {"RU": 5})
    # "в Сиануквиле" (in, declined); "в прошлом месяце": last month
    (report,) = of_type(events, EventType.COMPOUND_REPORT)
    assert (report.place.name, report.date, report.date_precision) == (
        "Sihanoukville",
        dt.date(2025, 9, 1),
        DatePrecision.MONTH,
    )
    (abuse,) = of_type(events, EventType.ABUSE)
    assert abuse.people == {"victims": 300}


def test_hindi_events_leave_the_destination_and_the_embassy_out() -> None:
    events = page_events(_HI, "2025-03-11")
    (rescue,) = of_type(events, EventType.RESCUE)
    assert (rescue.place.name, rescue.date) == ("Myawaddy", dt.date(2025, 3, 10))
    assert (rescue.people, rescue.nationalities) == ({"rescued": 212}, {"IN": 212})
    # "भारत वापस लाया गया": India is where they were brought, Mae Sot where they left from
    (deportation,) = of_type(events, EventType.DEPORTATION)
    assert deportation.place.name == "Mae Sot"
    # "पिछले सप्ताह": last week; the arrest at home is placed at home
    (raid,) = of_type(events, EventType.RAID)
    assert (raid.place.country, raid.date_precision, raid.people) == (
        "IN",
        DatePrecision.WEEK,
        {"arrested": 2},
    )
    assert raid.date == dt.date(2025, 3, 4)


def test_nepali_events_read_glued_endings_and_the_bikram_sambat_calendar() -> None:
    events = page_events(_NE, "2025-11-20")
    (rescue,) = of_type(events, EventType.RESCUE)
    # "म्यावाडीस्थित" (in Myawaddy), "३७ जना नेपालीलाई" (37 Nepalis): Devanagari digits
    assert rescue.place.name == "Myawaddy"
    assert (rescue.people, rescue.nationalities) == ({"rescued": 37}, {"NP": 37})
    # "४ मंसिर" of 2082 BS is 20 November 2025; "कात्तिक २८ गते" is 14 November 2025
    assert rescue.date == dt.date(2025, 11, 20)
    assert dt.date(2025, 11, 14) in {e.date for e in events}
    assert all(e.place.country != "NP" for e in events)


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("२०८१ कार्तिक १६ गते", "2025-04-25", dt.date(2024, 11, 1)),
        ("९ वैशाख", "2025-04-25", dt.date(2025, 4, 22)),
        # a month later than publication's is of the year before
        ("असोज १५ गते", "2025-04-25", dt.date(2024, 10, 1)),
        # a day alone after publication's day: the month before
        ("२८ गते", "2025-04-25", dt.date(2025, 4, 10)),
        ("2081 Kartik", "2025-04-25", None),
    ],
)
def test_bikram_sambat_dates(text: str, published: str, date: dt.date | None) -> None:
    found = _ol._bs_dates(text, dt.date.fromisoformat(published))
    assert [f.date for f in found] == ([date] if date else [])


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("задержаны 3 455 человек", "ru", 3455),
        ("депортированы 11 тыс. иностранных работников", "ru", 11000),
        ("двое казахстанцев", "ru", 2),
        ("1.2 लाख लोग फंसे", "hi", 120000),
        # a number word times a multiplier (this sank the whole article once)
        ("आठ हजार लोग", "hi", 8000),
        ("300 से अधिक भारतीयों", "hi", 300),
        ("१७ जना नेपाली", "ne", 17),
    ],
)
def test_counts(text: str, language: str, value: int) -> None:
    assert _ol._people_count(text, language) == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("в Камбодже", "Cambodia"),
        ("из Камбоджи", "Cambodia"),
        ("в Пномпене", "Phnom Penh"),
        ("в Золотом треугольнике", "Golden Triangle"),
        ("Южной Кореи", "South Korea"),
        ("म्यानमारमा", "Myanmar"),
        ("कंबोडियामध्ये", "Cambodia"),
        ("माई सोत", "Mae Sot"),
    ],
)
def test_declined_and_glued_names(text: str, name: str) -> None:
    (found,) = [r for r in Gazetteer.default().resolve(text) if r.place is not None]
    assert found.place.name == name
    # (a glued ending stays outside the name: the name's own letters are its surface)
    assert not found.span.text.endswith(("मा", "मध्ये"))


@pytest.mark.parametrize(
    "text",
    [
        "Так сказал посол.",  # "Так" (so) is no province of Thailand
        "дели пирог пополам",  # a verb, not Delhi (Russian keeps a name's capital)
        "नेपाली नागरिक",  # the people, not the country
    ],
)
def test_words_that_are_not_places(text: str) -> None:
    assert [r for r in Gazetteer.default().resolve(text) if r.place is not None] == []


# (no deadline: the first example builds the readers' tables, which takes longer)
@settings(deadline=None)
@given(
    st.text(
        alphabet="КамбоджеиМьянмыРоссиянграждан россиян-казахстанцев .,0123456789"
        "कंबोडियाम्यानमारमाकोभारतीयोंनेपालीहरू ।१७",
        max_size=60,
    )
)
def test_reading_never_fails_and_dates_stay_in_range(text: str) -> None:
    for language in ("ru", "hi", "ne"):
        for found in _ol._find_dates(text, language, dt.date(2025, 6, 1)):
            assert 0 <= found.start < found.end <= len(text)
            assert found.date <= dt.date(2025, 6, 2)
        _ol._people_count(text, language)


def test_the_countries_listed_after_a_nationals_word_are_nationalities() -> None:
    """ "граждан Китая, Вьетнама и Таиланда": citizens of three countries, no place among
    them; and "долларов США" is a currency."""
    text = (
        "Среди задержанных были граждане Китая, Вьетнама и Таиланда. Ущерб составил миллиард "
        "долларов США. Операция прошла в Камбодже."
    )
    spans = Gazetteer.default().scan(text)
    assert [(s.kind, s.nationality) for s in spans if s.kind == "demonym"] == [
        ("demonym", "CN"),
        ("demonym", "VN"),
        ("demonym", "TH"),
    ]
    places = [r.place.name for r in Gazetteer.default().resolve(text) if r.place is not None]
    assert places == ["Cambodia"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name of several words, whatever its capitals
        ("в «золотом треугольнике»", "Golden Triangle"),
        ("В ЗОЛОТОМ ТРЕУГОЛЬНИКЕ", "Golden Triangle"),
        # a dateline in capitals
        ("БАНГКОК, 11 октября", "Bangkok"),
        # a virama before a glued ending ("लाओस्मा", in Laos)
        ("लाओस्मा", "Laos"),
        ("मलेसियालगायत", "Malaysia"),
    ],
)
def test_more_written_forms(text: str, name: str) -> None:
    (found,) = [r for r in Gazetteer.default().resolve(text) if r.place is not None]
    assert found.place.name == name


def test_a_region_of_no_one_country_is_the_place_of_a_sentence_naming_no_other() -> None:
    text = (
        "По данным министерства, двое казахстанцев выбрались из трудового рабства в «золотом "
        "треугольнике» и вернулись домой. Их удерживали в рабстве несколько месяцев, сообщили "
        "в ведомстве, а местные власти не вмешивались.\n"
    )
    events = page_events(text, "2023-01-23", language="ru")
    assert {e.place.name for e in of_type(events, EventType.ABUSE)} == {"Golden Triangle"}


def test_a_hindi_dateline_with_its_month_word_is_no_scene() -> None:
    text = (
        "नोम पेन्ह , मार्च 03 -- पुलिस के अनुसार बावेत शहर की तीन इमारतों में चल रहे एक "
        "कैसिनो पर शनिवार को छापेमारी हुई और 500 विदेशी नागरिकों को गिरफ्तार किया गया। पकड़े गए "
        "लोगों में 20 भारतीय हैं, अधिकारियों ने बताया।\n"
    )
    (raid,) = of_type(page_events(text, "2026-03-03"), EventType.RAID)
    assert raid.place.name == "Bavet"
    assert raid.people == {"arrested": 500}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В среду полиция провела рейд в Пойпете и задержала 30 человек."),
        ("es", "La policía detuvo el miércoles a 30 personas en Poipet."),
    ],
)
def test_a_weekday_alone_is_the_publication_day_when_it_is_that_weekday(
    language: str, text: str
) -> None:
    """A Wednesday paper's "on Wednesday" is that day; dateparser took the week before."""
    (found,) = _ol._find_dates(text, language, dt.date(2025, 11, 19))
    assert found.date == dt.date(2025, 11, 19)


def test_a_place_passed_through_is_no_scene_but_a_flight_home_leaves_from_it() -> None:
    text = (
        "काठमाडौं, ४ पुस । ठगी केन्द्रमा थुनिएका पाँच जना नेपालीलाई म्यावाडीबाट उद्धार गरी मेसोट "
        "हुँदै बैंकक पुर्याइयो । त्यसपछि उनीहरूलाई मेसोट हुँदै स्वदेश फर्काइयो ।\n"
    )
    events = page_events(text, "2024-12-19")
    assert {e.place.name for e in of_type(events, EventType.RESCUE)} == {"Myawaddy"}
    assert {e.place.name for e in of_type(events, EventType.DEPORTATION)} == {"Mae Sot"}


def test_people_leaving_the_compounds_escape() -> None:
    text = (
        "В январе тысячи иностранцев покинули мошеннические центры в Камбодже после ареста "
        "главы крупной группировки. Власти Камбоджи заявили, что продолжат операцию.\n"
    )
    assert {
        e.place.name for e in of_type(page_events(text, "2026-01-20", "ru"), EventType.ESCAPE)
    } == {"Cambodia"}
