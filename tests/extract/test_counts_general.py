"""Counts in varied syntax: voice, appositions, shares of a group, country names as
nationalities, vague and multiplied numbers. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geotrack.extract.counts import find_counts, find_demonyms

_DEMONYMS = {
    "chinese": "CN", "vietnamese": "VN", "thai": "TH", "thais": "TH", "indonesians": "ID",
    "indonesian": "ID", "filipinos": "PH", "malaysians": "MY", "kenyans": "KE",
    "ethiopians": "ET", "sri lankans": "LK", "sri lankan": "LK", "taiwanese": "TW",
    "south koreans": "KR", "lao": "LA", "cambodians": "KH",
}  # fmt: skip
_COUNTRIES = {"myanmar": "MM", "laos": "LA", "cambodia": "KH", "china": "CN", "vietnam": "VN"}


def nat(word: str) -> str | None:
    """Like ``Gazetteer.nationality``: demonyms, and '<country> nationals/citizens'."""
    key = " ".join(word.lower().split())
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    for suffix in (" nationals", " national", " citizens", " citizen"):
        if key.endswith(suffix):
            return _COUNTRIES.get(key[: -len(suffix)])
    return None


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # passive and active voice after the noun phrase
        (
            "Three Chinese nationals were arrested and 14 Thai women were rescued.",
            {"arrested": 3, "rescued": 14},
            {"CN": 3, "TH": 14},
        ),
        ("Officers said 42 Kenyans fled the compound at night.", {"escaped": 42}, {"KE": 42}),
        ("Twelve Sri Lankans were among those freed.", {"rescued": 12}, {"LK": 12}),
        # a cue word inside the noun phrase yields to the verb
        (
            "Thai police arrested 17 suspects and rescued 43 victims from the building.",
            {"arrested": 17, "rescued": 43},
            {},
        ),
        ("Some 260 victims from 12 countries were freed.", {"rescued": 260}, {}),
        (
            "The 26 victims, including 14 Ethiopians, were repatriated on Friday.",
            {"deported": 26},
            {"ET": 14},
        ),
        # shares of a group
        (
            "The sweep led to the arrest of 98 people, 71 of them Chinese.",
            {"arrested": 98},
            {"CN": 71},
        ),
        ("Ten of those arrested were Chinese nationals.", {}, {"CN": 10}),
        (
            "Of the 150 workers freed, 40 were Thai and 32 were from Laos.",
            {"rescued": 150},
            {"TH": 40, "LA": 32},
        ),
        (
            "Officers detained 312 foreigners, of whom 140 were Chinese and 95 were Vietnamese.",
            {"detained": 312},
            {"CN": 140, "VN": 95},
        ),
        # country names as nationalities
        (
            "Authorities said 64 Myanmar nationals and 18 Lao nationals were deported.",
            {"deported": 82},
            {"MM": 64, "LA": 18},
        ),
        ("The raid found 230 citizens of Myanmar.", {}, {"MM": 230}),
        (
            "Police detained 130 Myanmar workers at the site.",
            {"detained": 130},
            {"MM": 130},
        ),
        # named without a count
        (
            "Nearly 2,000 people were detained, most of them Chinese.",
            {"detained": 2000},
            {"CN": None},
        ),
        (
            "More than 1,000 foreigners, mainly from China and Vietnam, were detained.",
            {"detained": 1000},
            {"CN": None, "VN": None},
        ),
        # multiplied and vague numbers
        ("Two dozen Kenyans were rescued from the compound.", {"rescued": 24}, {"KE": 24}),
        ("Hundreds of Indonesians have escaped from the hubs.", {"escaped": 200}, {"ID": 200}),
    ],
)
def test_people_and_nationalities(
    sentence: str, people: dict[str, int], nationalities: dict[str, int | None]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


def test_rescue_from_a_country_is_not_a_nationality() -> None:
    counts = find_counts("Police rescued 20 workers from Myanmar and Laos.", nationality=nat)
    assert counts.people == {"rescued": 20}
    assert counts.nationalities == {}


def test_two_word_demonym_after_a_capitalised_number() -> None:
    assert [c for _, _, c in find_demonyms("Twelve Sri Lankans and Ten Thais", nat)] == [
        "LK",
        "TH",
    ]


def test_relative_clause_with_an_active_verb_does_not_make_victims() -> None:
    counts = find_counts(
        "Police arrested 17 suspects who trafficked workers into the compound.", nationality=nat
    )
    assert counts.people == {"arrested": 17}


@pytest.mark.parametrize(
    ("sentence", "seized"),
    [
        (
            "Police seized 1.2 million baht in cash, 45 mobile phones and 12 laptops.",
            {"cash_THB": 1_200_000, "phones": 45, "laptops": 12},
        ),
        ("Officers confiscated three dozen phones.", {"phones": 36}),
        ("They found Rp 20 million and 5 computers.", {"cash_IDR": 20_000_000, "computers": 5}),
        # a haul, other words for phones, kyat and baht prefixes
        (
            "The haul included 640 handphones, 30 iPhones and $85,000 in cash.",
            {"phones": 670, "cash_USD": 85_000},
        ),
        ("The search yielded 25 mobiles and Ks 8 million.", {"phones": 25, "cash_MMK": 8_000_000}),
        ("Police netted Bt1.4 million and 9 desktops.", {"cash_THB": 1_400_000, "computers": 9}),
        # one item with "a"/"an" in a list of counted ones; a model number is not a count
        (
            "Officers seized four pistols, 200 bullets and an M16 rifle.",
            {"guns": 5, "ammunition": 200},
        ),
        ("Police seized 14 phones from a car outside a safe house.", {"phones": 14}),
    ],
)
def test_seizures(sentence: str, seized: dict[str, float]) -> None:
    assert find_counts(sentence, nationality=nat).seized == seized


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # another verb's object takes no category from the sentence's cues
        (
            "Police arrested two men on suspicion of recruiting at least 30 people.",
            {"arrested": 2},
            {},
        ),
        # "<name> and N other <people>": N + 1
        ("Maria and 9 other Filipinos were flown home.", {"deported": 10}, {"PH": 10}),
        # believed held, deaths
        (
            "Another 12 Thais are believed to be held against their will.",
            {"victims": 12},
            {"TH": 12},
        ),
        ("The report counted seven deaths of workers in the compounds.", {"victims": 7}, {}),
        # a country with its count in brackets
        (
            "Of the 50 rescued, 30 were Chinese and the rest came from Laos (12) and Myanmar (eight).",
            {"rescued": 50},
            {"CN": 30, "LA": 12, "MM": 8},
        ),
    ],
)
def test_more_people_phrasings(
    sentence: str, people: dict[str, int], nationalities: dict[str, int | None]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


def test_superseded_and_running_totals() -> None:
    counts = find_counts(
        "Officers detained 40 people, first reported as 45, and four more arrests the next day "
        "brought the total to 44.",
        nationality=nat,
    )
    assert counts.people["detained"] == 40
    assert counts.totals == (44,)
    assert 45 not in [v for v, _ in counts.uncategorised]


def test_others_take_the_nationality_of_the_group_before() -> None:
    counts = find_counts(
        "The ministry has helped 230 Kenyans return home and is still tracing about 50 others "
        "believed to be held in compounds.",
        nationality=nat,
    )
    assert counts.by_category == {"deported": {"KE": 230}, "victims": {"KE": 50}}
    assert counts.nationalities == {"KE": 230}


def test_firearms_and_vehicles() -> None:
    counts = find_counts(
        "Police seized two pistols, 40 rounds of ammunition, three cars and five motorbikes.",
        nationality=nat,
    )
    assert counts.seized == {"guns": 2, "ammunition": 40, "cars": 3, "motorbikes": 5, "vehicles": 8}


@pytest.mark.parametrize(
    ("sentence", "people", "by_category"),
    [
        # the verb after a relative clause governs the subject
        (
            "Officers detained 30 suspects and 8 women who said they had been forced to work "
            "there were taken out of the building.",
            {"detained": 30, "victims": 8},
            {},
        ),
        # a share of a group with its own verb
        ("The ministry said 15 of them had already returned home.", {"deported": 15}, {}),
        # waiting is not done; a bare number takes the group's nationality
        (
            "Another 20 Thais are still awaiting repatriation, while 6 are believed to be held "
            "in the compound.",
            {"victims": 6},
            {"victims": {"TH": 6}},
        ),
    ],
)
def test_subjects_shares_and_pending(
    sentence: str, people: dict[str, int], by_category: dict[str, dict[str, int]]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.by_category == by_category


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        (
            "Tensions rose after a Thai singer was rescued from a compound.",
            {"rescued": 1},
            {"TH": 1},
        ),
        ("A worker in his 30s from Laos was found dead near the site.", {"victims": 1}, {}),
        ("A building was raided on Monday.", {}, {}),
    ],
)
def test_one_person(sentence: str, people: dict[str, int], nationalities: dict[str, int]) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # a verb of return before the people: "from <country>" is where they came back from
        ("Jakarta said it had brought home 312 citizens from Myanmar.", {"deported": 312}, {}),
        ("The province received 95 nationals from Laos at the bridge.", {}, {}),
        ("Hanoi repatriated 48 Vietnamese citizens from Cambodia.", {"deported": 48}, {"VN": 48}),
        # no verb of return before them: the country names who they are
        ("Officers arrested 27 nationals from Laos.", {"arrested": 27}, {"LA": 27}),
        ("Police detained 64 citizens of Myanmar.", {"detained": 64}, {"MM": 64}),
    ],
)
def test_country_people_come_back_from_is_not_their_nationality(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # a comparison of periods: the latest figure counts the people named before it
        (
            "The number of Kenyans trapped in the compounds climbed from 40 last year to 310 "
            "by September.",
            {"victims": 310},
            {"KE": 310},
        ),
        (
            "The number of victims rescued rose to 520 this year, up from 130 in 2022.",
            {"rescued": 520},
            {},
        ),
        (
            "Officers deported 900 foreigners in 2024, up from 610 foreigners a year earlier.",
            {"deported": 900},
            {},
        ),
        ("The number of victims held at 4 sites is not known.", {}, {}),
    ],
)
def test_a_comparison_of_periods_counts_the_latest_figure(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # people named by their role
        ("Police nabbed nine alleged ringleaders in the sweep.", {"arrested": 9}, {}),
        ("The sweep netted 31 suspects, 12 of them Chinese.", {"arrested": 31}, {"CN": 12}),
        (
            "Officers arrested 6 recruiters and freed 70 job seekers.",
            {"arrested": 6, "rescued": 70},
            {},
        ),
        ("Two Chinese managers were detained at the gate.", {"detained": 2}, {"CN": 2}),
        # a participle as the head of the group: "those arrested", "those rescued"
        (
            "Those arrested included 21 Chinese and four Indonesians.",
            {"arrested": 25},
            {"CN": 21, "ID": 4},
        ),
        (
            "Among those freed were 33 Kenyans and 9 Ethiopians.",
            {"rescued": 42},
            {"KE": 33, "ET": 9},
        ),
        # still an adjective before a noun
        ("Police said 80 of the rescued workers were deported.", {"deported": 80}, {}),
    ],
)
def test_role_nouns_and_participle_heads(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # "<someone> and another <person>": two people, of that nationality
        (
            "She said she and another Sri Lankan were beaten by the guards in May.",
            {"victims": 2},
            {"LK": 2},
        ),
        ("Tomas and one other worker escaped over the wall.", {"escaped": 2}, {}),
        ("Thailand and another country signed the accord.", {}, {}),
        # abuse verbs name the people it was done to
        ("Eleven Ethiopians were assaulted in the compound.", {"victims": 11}, {"ET": 11}),
        ("Police freed 30 workers who had been beaten.", {"rescued": 30}, {}),
    ],
)
def test_a_pair_and_abuse_verbs(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        # a share of the group with a verb of its own: counted under that verb
        ("Nine of them flew home from the capital on Monday.", {"deported": 9}, {}),
        (
            "Officers have detained 5,120 suspects since May, of whom 3,300 have already been "
            "deported.",
            {"detained": 5120, "deported": 3300},
            {},
        ),
        # still a breakdown when the share only names who they are
        (
            "Officers detained 312 foreigners, of whom 140 were Chinese.",
            {"detained": 312},
            {"CN": 140},
        ),
        # "which includes": a part of the group, not the group
        (
            "The party, which includes three women, escaped over the wall.",
            {},
            {},
        ),
        # the people a report is sourced to are not the people it is about
        (
            "The men crossed the river at night, according to three of the escapees.",
            {},
            {},
        ),
        # the death of one named person: a victim
        (
            "Seoul protested over the death of a Sri Lankan worker near the border.",
            {"victims": 1},
            {"LK": 1},
        ),
        ("The killing of two Thais at the site drew protests.", {"victims": 2}, {"TH": 2}),
    ],
)
def test_shares_with_own_verbs_sources_and_deaths(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "seized"),
    [
        ("Soldiers seized four AK-47s and 300 rounds.", {"guns": 4, "ammunition": 300}),
        ("Police confiscated two M16 rifles and three carbines.", {"guns": 5}),
        ("The haul included six pistols and an AK-47 assault rifle.", {"guns": 7}),
    ],
)
def test_rifles_named_by_model_are_guns(sentence: str, seized: dict[str, int]) -> None:
    assert find_counts(sentence, nationality=nat).seized == seized


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Police detained 1 350 foreigners in the sweep.", {"detained": 1350}),
        ("Troops freed a score of Kenyans.", {"rescued": 20}),
    ],
)
def test_spaced_thousands_and_a_score(sentence: str, people: dict[str, int]) -> None:
    assert find_counts(sentence, nationality=nat).people == people


@pytest.mark.parametrize(
    ("sentence", "nationalities"),
    [
        # a country that takes people in: bare citizens / nationals are its own
        ("Vietnam has received 640 citizens from Cambodia since May.", {"VN": 640}),
        ("China's embassy brought home 75 of its nationals on Friday.", {"CN": 75}),
        # a country that sends people away says nothing of who they are
        ("Cambodia deported 80 nationals to Laos.", {}),
        ("Police in Laos detained 20 nationals.", {}),
    ],
)
def test_the_receiving_country_names_bare_citizens(
    sentence: str, nationalities: dict[str, int]
) -> None:
    assert find_counts(sentence, nationality=nat).nationalities == nationalities


def _with_countries(word: str) -> str | None:
    """Like the pipeline's look-up: demonyms, and a country the article names as itself."""
    extra = {"Kenyan": "KE", "Ethiopian": "ET", "Nepal": "NP", "Bhutan": "BT", "Laos": "LA"}
    return nat(word) or extra.get(word) or {"Myanmar": "MM"}.get(word)


@pytest.mark.parametrize(
    ("sentence", "nationalities"),
    [
        (
            "Of the 40 freed, 25 were Kenyan and 9 Ethiopian, with the rest from Nepal and Bhutan.",
            {"KE": 25, "ET": 9, "NP": None, "BT": None},
        ),
        (
            "Officers held 300 Chinese nationals, the remainder coming from Laos, Myanmar and "
            "elsewhere.",
            {"CN": 300, "LA": None, "MM": None},
        ),
        # a list ends at its "and": a demonym after it is not one of the rest
        (
            "Of the 40, 25 were Kenyan, the rest from Nepal and Bhutan, Thai police said.",
            {"KE": 25, "NP": None, "BT": None},
        ),
        # without a counted breakdown, "the rest from" may be where people came from
        ("Twenty were flown home and the rest from Nepal will follow.", {}),
    ],
)
def test_the_rest_from_countries_are_named_without_a_count(
    sentence: str, nationalities: dict[str, int | None]
) -> None:
    assert find_counts(sentence, nationality=_with_countries).nationalities == nationalities


def test_a_share_of_them_takes_the_groups_nationality() -> None:
    counted = find_counts(
        "Eleven Kenyans broke out of the compound and six of them have already flown home.",
        nationality=nat,
    )
    assert counted.people == {"escaped": 11, "deported": 6}
    assert counted.nationalities == {"KE": 11}
    assert counted.by_category["deported"] == {"KE": 6}
    # "300 cases of Indonesians" counts the people (the gold convention); the share of
    # them keeps their nationality
    named = find_counts(
        "The embassy has dealt with 300 cases of Indonesians held in Myanmar this year, and 250 "
        "of them have now been repatriated.",
        nationality=_with_countries,
    )
    assert named.people == {"detained": 300, "deported": 250}
    assert named.by_category == {"detained": {"ID": 300}, "deported": {"ID": 250}}
    # two nationalities named: whose share it is stays open
    two = find_counts(
        "Chinese and Vietnamese workers were found there, and 40 of them were later freed.",
        nationality=nat,
    )
    assert two.by_category == {}


def test_a_group_set_aside_takes_no_category_from_the_verb() -> None:
    counts = find_counts(
        "Apart from the 30 Filipinos, police arrested seven managers, five Chinese and two "
        "Malaysians.",
        nationality=nat,
    )
    assert counts.people == {"arrested": 7}
    assert counts.nationalities == {"PH": 30, "CN": 5, "MY": 2}
    assert "PH" not in counts.by_category.get("arrested", {})


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("A group of 14 escaped from the compound before dawn.", {"escaped": 14}),
        ("A batch of about 60 were repatriated on Friday.", {"deported": 60}),
        ("The 19-year-old cook was found dead near the border.", {"victims": 1}),
        ("The 41-year-old was freed on Monday.", {"rescued": 1}),
    ],
)
def test_groups_and_ages_without_a_noun(sentence: str, people: dict[str, int]) -> None:
    assert find_counts(sentence, nationality=nat).people == people


@given(
    total=st.integers(min_value=3, max_value=5000),
    data=st.data(),
    rest=st.lists(
        st.sampled_from(["Nepal", "Bhutan", "Laos"]), min_size=1, max_size=3, unique=True
    ),
)
def test_a_breakdown_with_the_rest_from_countries(
    total: int, data: st.DataObject, rest: list[str]
) -> None:
    kenyans = data.draw(st.integers(min_value=1, max_value=total - 1))
    share = data.draw(st.integers(min_value=1, max_value=kenyans))
    listed = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
    counts = find_counts(
        f"Of the {total:,}, {kenyans:,} were Kenyan, with the rest from {listed}.",
        nationality=_with_countries,
    )
    assert counts.nationalities["KE"] == kenyans
    assert all(counts.nationalities[_with_countries(c)] is None for c in rest)
    shared = find_counts(
        f"{kenyans:,} Kenyans fled the compound and {share:,} of them have returned home.",
        nationality=_with_countries,
    )
    assert shared.nationalities == {"KE": kenyans}
    assert shared.by_category.get("deported") == {"KE": share}


_PARTS = {"men": "women", "boys": "girls", "adults": "children"}


@pytest.mark.parametrize(
    ("sentence", "people", "nationalities"),
    [
        ("Nine men and four women were rescued from the tower.", {"rescued": 13}, {}),
        ("Immigration sent home 20 boys and 5 girls on Sunday.", {"deported": 25}, {}),
        (
            "The party, ten men and three women, flew back home on Monday.",
            {"deported": 13},
            {},
        ),
        (
            "Police detained 11 Chinese men and two Vietnamese women in the raid.",
            {"detained": 13},
            {"CN": 11, "VN": 2},
        ),
        (
            "Officers arrested seven men and freed three women from the site.",
            {"arrested": 7, "rescued": 3},
            {},
        ),
    ],
)
def test_the_parts_of_a_group_add_up(
    sentence: str, people: dict[str, int], nationalities: dict[str, int]
) -> None:
    counts = find_counts(sentence, nationality=nat)
    assert counts.people == people
    assert counts.nationalities == nationalities


@given(
    first=st.integers(min_value=2, max_value=900),
    second=st.integers(min_value=2, max_value=900),
    pair=st.sampled_from(sorted(_PARTS.items())),
)
def test_any_two_parts_of_a_group_add_up(first: int, second: int, pair: tuple[str, str]) -> None:
    sentence = f"Rescuers freed {first:,} {pair[0]} and {second:,} {pair[1]} on Tuesday."
    assert find_counts(sentence, nationality=nat).people == {"rescued": first + second}


@pytest.mark.parametrize(
    ("sentence", "nationalities"),
    [
        ("Guards held 35 workers, all of them Vietnamese.", {"VN": 35}),
        ("Police arrested 18 suspects, all Chinese nationals.", {"CN": 18}),
        ("The 22 victims, all Kenyans, were sent home.", {"KE": 22}),
        ("The 60 detainees were all Indonesians, an official said.", {"ID": 60}),
        # two groups of different sizes: whose nationality "all" names is unclear
        ("Police arrested 9 people and rescued 40, all of them Thai.", {"TH": None}),
    ],
)
def test_all_of_a_group_share_one_nationality(
    sentence: str, nationalities: dict[str, int | None]
) -> None:
    assert find_counts(sentence, nationality=nat).nationalities == nationalities


def _places_too(word: str) -> str | None:
    """Like the pipeline's look-up, where country names the article uses come back too."""
    return (
        nat(word)
        or {"Laos": "LA", "Philippines": "PH", "Cambodia": "KH"}.get(word)
        or (
            {"laos": "LA", "philippines": "PH"}.get(word.lower().removesuffix(" nationals"))
            if word.lower().endswith(" nationals")
            else None
        )
    )


@pytest.mark.parametrize(
    ("sentence", "nationalities"),
    [
        ("The agent offered jobs in Cambodia, Myanmar or Laos.", {}),
        ("She had flown to the Philippines a week before.", {}),
        ("The gangs moved their operations into Laos and the Philippines.", {}),
        ("Labourers from the Philippines were freed by the army.", {"PH": None}),
        ("Around 30 were from Laos, officials said.", {"LA": 30}),
        ("Police rescued Thais and Filipinos at the site.", {"TH": None, "PH": None}),
    ],
)
def test_a_country_in_a_list_of_places_is_not_a_nationality(
    sentence: str, nationalities: dict[str, int | None]
) -> None:
    assert find_counts(sentence, nationality=_places_too).nationalities == nationalities


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("A Thai worker was caught texting his mother and was whipped.", {"victims": 1}),
        ("Two women were caught sleeping on shift and were beaten.", {"victims": 2}),
        ("A Chinese man was caught smuggling workers over the river.", {"arrested": 1}),
        ("Three workers were caught trying to flee and were tortured.", {"arrested": 3}),
        ("Police caught 14 suspects at the checkpoint.", {"arrested": 14}),
        ("Nineteen foreigners were caught working illegally in the zone.", {"arrested": 19}),
    ],
)
def test_caught_doing_an_ordinary_thing_is_no_arrest(sentence: str, people: dict[str, int]) -> None:
    assert find_counts(sentence, nationality=nat).people == people
