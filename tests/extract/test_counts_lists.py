"""Counts of listed people, coordinated verbs, escorts and speakers (fixtures in our own words)."""

from __future__ import annotations

from extract_helpers import FakeGazetteer

from geotrack.extract.counts import find_counts

_FAKE = FakeGazetteer().nationality
_MORE = {"russian": "RU", "nepalese": "NP", "sri lankans": "LK", "lao": "LA"}
_COUNTRIES = {"china": "CN", "laos": "LA", "thailand": "TH", "kenya": "KE"}


def NAT(word: str) -> str | None:
    lowered = word.lower()
    if lowered.endswith(" nationals"):
        return _COUNTRIES.get(lowered.removesuffix(" nationals"))
    return _FAKE(word) or _MORE.get(lowered)


def test_people_named_with_a_or_an_in_a_list_add_up() -> None:
    pair = find_counts("A Thai and a Cambodian woman were detained at the casino.", nationality=NAT)
    assert pair.people == {"detained": 2}
    assert pair.nationalities == {"TH": 1, "KH": 1}
    mixed = find_counts("Three Chinese men and a Malaysian woman were arrested.", nationality=NAT)
    assert mixed.people == {"arrested": 4}
    assert mixed.nationalities == {"CN": 3, "MY": 1}
    tail = find_counts("Among them were 12 Sri Lankans, a Nepalese and a Russian.", nationality=NAT)
    assert tail.nationalities == {"LK": 12, "NP": 1, "RU": 1}


def test_one_person_alone_or_a_thing_is_unchanged() -> None:
    one = find_counts("A Vietnamese man was arrested on Friday.", nationality=NAT)
    assert one.people == {"arrested": 1}
    things = find_counts("A Chinese firm and a Thai bank were searched.", nationality=NAT)
    assert things.people == {}


def test_names_listed_before_and_n_others_are_counted() -> None:
    counts = find_counts(
        "Zhao Ming, Qian Li, and Sun Hao and three other suspects were handed over to Chinese police.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 6}
    single = find_counts("Peter and 7 other Kenyans fled the compound.", nationality=NAT)
    assert single.people == {"escaped": 8}


def test_followed_by_another_adds_to_the_group() -> None:
    counts = find_counts(
        "Police sent home 120 Indonesians on Monday, followed by another 80 a day later.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 200}
    assert counts.nationalities == {"ID": 200}
    bare = find_counts(
        "A first flight brought 150 citizens, followed by another 150 that evening.",
        nationality=NAT,
    )
    assert bare.uncategorised == ((300, None),)


def test_people_still_held_in_compounds_are_victims_not_detainees() -> None:
    counts = find_counts(
        "About 25 more Indonesians are still being held at the compound.", nationality=NAT
    )
    assert counts.people == {"victims": 25}
    custody = find_counts("Six suspects are still being held in police custody.", nationality=NAT)
    assert custody.people == {"detained": 6}


def test_a_speaker_introduced_with_saying_is_not_counted() -> None:
    counts = find_counts(
        "Workers had their phones taken, with one survivor saying guards beat those who refused.",
        nationality=NAT,
    )
    assert counts.people == {}


def test_escorts_and_officials_are_not_the_group() -> None:
    escort = find_counts(
        "The 40 deportees flew out under the escort of 15 Thai police officers.", nationality=NAT
    )
    assert escort.people == {"deported": 40}
    assert escort.nationalities == {}
    flights = find_counts(
        "Two Chinese charter flights, each with 90 people, left on Friday.", nationality=NAT
    )
    assert flights.nationalities == {}
    assert flights.uncategorised == ((90, None),)


def test_coordinated_verbs_give_each_category() -> None:
    object_ = find_counts(
        "Lao police detained and deported 120 Chinese nationals.", nationality=NAT
    )
    assert object_.people == {"detained": 120, "deported": 120}
    passive = find_counts("Thirty Filipinos were rescued and later repatriated.", nationality=NAT)
    assert passive.people == {"rescued": 30, "deported": 30}
    same = find_counts("Police arrested and charged 9 men.", nationality=NAT)
    assert same.people == {"arrested": 9}


def test_transferred_to_another_country_is_deported() -> None:
    counts = find_counts(
        "The militia transferred 85 Chinese nationals suspected of fraud to China on Monday.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 85}
    officials = find_counts(
        "The 40 Chinese detainees were transferred to Chinese police at the border.",
        nationality=NAT,
    )
    assert officials.people == {"deported": 40}
    local = find_counts("The 12 suspects were transferred to the district jail.", nationality=NAT)
    assert "deported" not in local.people


def test_caught_up_in_is_no_arrest() -> None:
    counts = find_counts(
        "Twenty Filipinos who were caught up in the crackdown on scam hubs flew home.",
        nationality=NAT,
    )
    assert "arrested" not in counts.people
    assert counts.nationalities == {"PH": 20}
    caught = find_counts("Police caught 12 men smuggling workers.", nationality=NAT)
    assert caught.people == {"arrested": 12}


def test_cases_of_people_count_the_people() -> None:
    counts = find_counts(
        "The embassy has handled 420 cases of Kenyans caught up in fraud compounds, and 300 of "
        "them have been repatriated.",
        nationality=NAT,
    )
    assert counts.nationalities == {"KE": 420}
    assert counts.people == {"deported": 300}
    assert counts.by_category == {"deported": {"KE": 300}}
    things = find_counts("Police recorded 50 cases of fraud in May.", nationality=NAT)
    assert things.empty and not things.uncategorised


def test_a_demonym_before_places_or_vehicles_is_no_group() -> None:
    counts = find_counts(
        "Power was cut to several Thai border towns where 30 workers were freed.", nationality=NAT
    )
    assert counts.nationalities == {}
    assert counts.people == {"rescued": 30}


def test_its_citizens_belong_to_the_country_that_speaks() -> None:
    counts = find_counts(
        "Kenya's labour ministry said on Friday that 45 of its citizens were freed near the border.",
        nationality=NAT,
    )
    assert counts.people == {"rescued": 45}
    assert counts.nationalities == {"KE": 45}
    two = find_counts(
        "Thailand's police said Kenya's embassy had taken in 45 of its citizens.", nationality=NAT
    )
    assert two.nationalities == {}


def test_n_more_believed_to_remain_or_still_held_are_victims() -> None:
    counts = find_counts(
        "The ministry said it had helped bring home 60 citizens, and that at least 25 more were "
        "believed to remain in the compounds.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 60, "victims": 25}
    held = find_counts(
        "Officials freed 30 workers, while some 500 more were still held there.", nationality=NAT
    )
    assert held.people == {"rescued": 30, "victims": 500}


def test_a_name_list_stops_at_a_date_or_place_word() -> None:
    counts = find_counts("In May, Joseph and six others escaped over a wall.", nationality=NAT)
    assert counts.people == {"escaped": 7}


def test_one_person_phrase_does_not_cross_a_clause() -> None:
    # "a newspaper that the men had been ..." is no single person; "a 30-year-old man ...
    # he had been ..." is one.
    look_up = {"Thai": "TH"}.get
    assert (
        find_counts(
            "Relatives told a newspaper that the men had been trapped for months.",
            nationality=look_up,
        ).people
        == {}
    )
    assert find_counts(
        "A 30-year-old man said he had been trapped for months.", nationality=look_up
    ).people == {"victims": 1}
