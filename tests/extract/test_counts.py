"""People counts by category, nationalities with counts, and seized items."""

from __future__ import annotations

from extract_helpers import FakeGazetteer
from hypothesis import given
from hypothesis import strategies as st

from geotrack.extract.counts import find_counts

NAT = FakeGazetteer().nationality


def test_total_with_breakdown_by_nationality() -> None:
    counts = find_counts(
        "Police arrested more than 1,000 people, including at least 271 Indonesians, "
        "213 Vietnamese and 75 Taiwanese.",
        nationality=NAT,
    )
    assert counts.people == {"arrested": 1000}
    assert counts.qualifiers == {"arrested": "more than"}
    assert counts.nationalities == {"ID": 271, "VN": 213, "TW": 75}


def test_nationality_list_adds_up_without_a_total() -> None:
    counts = find_counts("Officers detained 40 Indonesians and 12 Thais.", nationality=NAT)
    assert counts.people == {"detained": 52}
    assert counts.nationalities == {"ID": 40, "TH": 12}


def test_nationality_without_a_count_is_null() -> None:
    counts = find_counts(
        "The victims included Indonesians and a Chinese teenager.", nationality=NAT
    )
    assert counts.nationalities == {"ID": None, "CN": 1}


def test_category_follows_the_nearest_cue_in_the_clause() -> None:
    counts = find_counts(
        "Cambodia expelled 119 Thais — part of 230 foreigners detained in the raids.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 119, "detained": 230}


def test_adjective_demonym_before_person_noun() -> None:
    counts = find_counts(
        "More than 40 Vietnamese nationals escaped from the casino.", nationality=NAT
    )
    assert counts.people == {"escaped": 40}
    assert counts.nationalities == {"VN": 40}


def test_seizure_list_with_words_and_qualifier() -> None:
    counts = find_counts(
        "More than 6,000 phones, 512 computers, 41 passports and nine electric batons were confiscated.",
        nationality=NAT,
    )
    assert counts.seized == {"phones": 6000, "computers": 512, "passports": 41, "tasers": 9}
    assert counts.people == {}


def test_item_kinds_and_cash() -> None:
    counts = find_counts(
        "Police seized 47 desktop computers, 19 laptops, 1 iPad, 6 safes, two pistols, "
        "three cars and US$25,000 in cash.",
        nationality=NAT,
    )
    assert counts.seized == {
        "computers": 47, "laptops": 19, "tablets": 1, "safes": 6, "guns": 2, "cars": 3,
        "vehicles": 3, "cash_USD": 25000,
    }  # fmt: skip


def test_items_without_seizure_are_not_seized() -> None:
    assert find_counts("The company sold 500 phones last year.", nationality=NAT).seized == {}


def test_ages_dates_and_fractions_are_not_counts() -> None:
    counts = find_counts(
        "An 18-year-old said on August 26 that two-thirds of workers were trafficked.",
        nationality=NAT,
        exclude=[(22, 31)],
    )
    assert counts.people == {}


def test_absurd_count_is_dropped() -> None:
    assert find_counts("Police arrested 10,000,000,000 people.", nationality=NAT).people == {}


def test_intent_is_not_a_category() -> None:
    counts = find_counts(
        "Manila asked Phnom Penh to free four of its nationals detained in a casino.",
        nationality=NAT,
    )
    assert counts.people == {"detained": 4}


@given(st.text(max_size=300))
def test_find_counts_never_raises(text: str) -> None:
    counts = find_counts(text, nationality=NAT)
    assert all(v >= 0 for v in counts.people.values())


def test_a_fine_or_a_wage_is_not_seized_cash() -> None:
    counts = find_counts(
        "Police seized 20 phones; the workers said they were fined 4,000 yuan for each "
        "missed target and promised salaries of around 9 million rupiah.",
        nationality=NAT,
    )
    assert counts.seized == {"phones": 20.0}
    haul = find_counts("Officers confiscated $3,000 in cash and 20 laptops.", nationality=NAT)
    assert haul.seized.get("cash_USD") == 3000.0
