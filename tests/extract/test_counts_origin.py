"""Countries of origin after a moving verb, "each" lists and measured items (own words)."""

from __future__ import annotations

from extract_helpers import FakeGazetteer

from geotrack.extract.counts import find_counts

_FAKE = FakeGazetteer().nationality
_COUNTRIES = {
    "laos": "LA",
    "nepal": "NP",
    "sri lanka": "LK",
    "kenya": "KE",
    "russia": "RU",
    "malaysia": "MY",
    "cambodia": "KH",
    "myanmar": "MM",
    "vietnam": "VN",
}


def NAT(word: str) -> str | None:
    lowered = word.lower()
    if lowered.endswith(" nationals"):
        return _COUNTRIES.get(lowered.removesuffix(" nationals"))
    return _FAKE(word)


def test_from_a_country_after_a_copula_names_the_rescued() -> None:
    counts = find_counts(
        "Those rescued by the patrol were 20 people from Laos, six from Nepal and two from Kenya.",
        nationality=NAT,
    )
    assert counts.nationalities == {"LA": 20, "NP": 6, "KE": 2}
    among = find_counts(
        "Among those rescued were 20 people from Laos and six from Nepal.", nationality=NAT
    )
    assert among.people == {"rescued": 26}
    assert among.nationalities == {"LA": 20, "NP": 6}


def test_from_a_country_after_including_is_a_breakdown() -> None:
    counts = find_counts(
        "Soldiers rescued 50 workers, including 30 from Sri Lanka and nine from Nepal.",
        nationality=NAT,
    )
    assert counts.people == {"rescued": 50}
    assert counts.nationalities == {"LK": 30, "NP": 9}


def test_from_a_country_right_after_a_moving_verb_stays_a_place() -> None:
    # Where the workers were taken from, not who they are.
    counts = find_counts("Police rescued 14 workers from Myanmar and 3 from Laos.", nationality=NAT)
    assert counts.people["rescued"] == 14
    assert counts.nationalities == {}
    back = find_counts("The embassy brought back 80 citizens from Cambodia.", nationality=NAT)
    assert "KH" not in back.nationalities


def test_one_each_from_several_countries() -> None:
    counts = find_counts(
        "Among the rescued were 11 people from Vietnam, and one each from Russia and Malaysia.",
        nationality=NAT,
    )
    assert counts.nationalities == {"VN": 11, "RU": 1, "MY": 1}
    assert counts.people == {"rescued": 13}
    assert counts.by_category == {"rescued": {"VN": 11, "RU": 1, "MY": 1}}
    three = find_counts(
        "Officers detained 9 men, among them two each from Laos, Kenya and Nepal.",
        nationality=NAT,
    )
    assert three.nationalities == {"LA": 2, "KE": 2, "NP": 2}


def test_items_counted_in_units_or_pieces() -> None:
    counts = find_counts(
        "Agents confiscated 310 units of smartphones, 42 pieces of laptops and other gear.",
        nationality=NAT,
    )
    assert counts.seized == {"phones": 310, "laptops": 42}


def test_units_of_something_else_is_not_an_item() -> None:
    counts = find_counts("Officers seized 12 units of the building.", nationality=NAT)
    assert counts.seized == {}


def test_a_demonym_before_an_item_counts_the_item() -> None:
    counts = find_counts(
        "The raid team also seized 23 Chinese passports and 8 Thai SIM cards.", nationality=NAT
    )
    assert counts.seized == {"passports": 23, "sim_cards": 8}
    assert counts.people == {}
    assert counts.nationalities.get("CN") is None


def test_a_share_of_a_numbered_group_counts_the_share() -> None:
    counts = find_counts(
        "Earlier, 19 of the 25 Vietnamese workers had been beaten by their managers.",
        nationality=NAT,
    )
    assert counts.people == {"victims": 19}
    assert counts.nationalities == {"VN": 19}
    freed = find_counts("Police freed 30 out of those 45 Thai workers.", nationality=NAT)
    assert freed.people == {"rescued": 30}


def test_a_running_total_with_a_long_of_phrase_is_a_total() -> None:
    counts = find_counts(
        "Guards let 12 more Vietnamese go, raising the total number of Vietnamese freed "
        "from the site to 64.",
        nationality=NAT,
    )
    assert counts.totals == (64,)
    assert counts.nationalities == {"VN": 12}
    plain = find_counts(
        "Officers found 20 more workers, bringing the total number to 75.", nationality=NAT
    )
    assert plain.totals == (75,)


def test_another_before_a_demonym_is_one_person() -> None:
    counts = find_counts("A week later troops freed another Thai worker.", nationality=NAT)
    assert counts.people == {"rescued": 1}
    assert counts.nationalities == {"TH": 1}
    group = find_counts("Police detained another 40 Thai workers.", nationality=NAT)
    assert group.people == {"detained": 40}
