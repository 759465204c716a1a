"""Counts in phrasings met in real reporting (fixtures in our own words)."""

from __future__ import annotations

from extract_helpers import FakeGazetteer

from geotrack.extract.counts import find_counts

_FAKE = FakeGazetteer().nationality
#: Country names used as nationalities ("were from Laos"), as the real gazetteer knows them.
_COUNTRIES = {"laos": "LA", "vietnam": "VN", "indonesia": "ID", "kenya": "KE", "china": "CN"}
_MORE = {"lao": "LA", "sri lankans": "LK", "sri lankan": "LK", "south korean": "KR"}


def NAT(word: str) -> str | None:
    """The demonym look-up the other count tests call NAT, with country names."""
    lowered = word.lower()
    if lowered.endswith(" nationals"):
        return _COUNTRIES.get(lowered.removesuffix(" nationals"))
    return _FAKE(word) or _MORE.get(lowered)


def test_starlink_kits_are_a_seized_item() -> None:
    counts = find_counts(
        "Troops confiscated 25 Starlink satellite dishes and 300 handsets at the compound.",
        nationality=NAT,
    )
    assert counts.seized == {"starlink": 25, "phones": 300}
    bare = find_counts("Officers seized four Starlink terminals.", nationality=NAT)
    assert bare.seized == {"starlink": 4}


def test_countries_listed_after_came_from_are_named_without_counts() -> None:
    counts = find_counts(
        "Those held at the site came from Laos, Vietnam and Indonesia, officials said.",
        nationality=NAT,
    )
    assert counts.nationalities == {"LA": None, "VN": None, "ID": None}


def test_a_counted_share_from_a_country_keeps_its_count() -> None:
    counts = find_counts("Of the 50 detained, 35 were from Laos.", nationality=NAT)
    assert counts.nationalities == {"LA": 35}


def test_coordinated_demonyms_before_a_person_noun_are_all_named() -> None:
    counts = find_counts(
        "The detainees included 90 Thais as well as Chinese and Vietnamese nationals.",
        nationality=NAT,
    )
    assert counts.nationalities == {"TH": 90, "CN": None, "VN": None}
    listed = find_counts("Officers questioned Thai, Lao or Chinese workers.", nationality=NAT)
    assert listed.nationalities == {"TH": None, "LA": None, "CN": None}


def test_coordinated_demonyms_before_an_institution_are_not_people() -> None:
    counts = find_counts("Chinese and Thai officials met at the border.", nationality=NAT)
    assert counts.nationalities == {}


def test_a_share_in_an_absolute_clause_with_being() -> None:
    counts = find_counts(
        "The group flew back from Phnom Penh, with 31 of them being arrested on landing.",
        nationality=NAT,
    )
    assert counts.people == {"arrested": 31}


def test_a_group_still_to_travel_has_no_category_without_a_copula() -> None:
    counts = find_counts(
        "A first batch of 80 Kenyans were flown home on Friday, with another 120 "
        "compatriots scheduled to leave next week.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 80}
    assert counts.uncategorised == ((120, None),)
    waiting = find_counts(
        "Officials repatriated 12 Thais, with 30 others still awaiting flights.", nationality=NAT
    )
    assert waiting.people == {"deported": 12}


def test_one_person_with_three_modifiers_found_to_have_been_abused() -> None:
    counts = find_counts(
        "Last year a young South Korean worker was found to have been beaten in "
        "a compound near Bavet.",
        nationality=NAT,
    )
    assert counts.people == {"victims": 1}
    assert counts.nationalities == {"KR": 1}


def test_a_share_after_a_relative_clause_takes_its_own_verb() -> None:
    counts = find_counts(
        "Of the 40 Kenyans who were confined in the compound, 15 were freed by soldiers "
        "last month.",
        nationality=NAT,
    )
    assert counts.people == {"victims": 40, "rescued": 15}
    assert counts.by_category == {"victims": {"KE": 40}, "rescued": {"KE": 15}}


def test_a_relative_clause_without_a_new_subject_still_reaches_the_main_verb() -> None:
    counts = find_counts(
        "Twenty workers who said they had answered an online advert were rescued on Monday.",
        nationality=NAT,
    )
    assert counts.people == {"rescued": 20}


def test_parts_of_a_group_add_up_without_a_category_cue() -> None:
    counts = find_counts(
        "The party, nine men and three women in their twenties, left Bangkok by bus.",
        nationality=NAT,
    )
    assert counts.people == {}
    assert counts.uncategorised == ((12, None),)


def test_a_share_of_those_named_by_a_participle_is_counted() -> None:
    counts = find_counts(
        "Officials said 38 of those found at the site, most of them teenagers, were freed.",
        nationality=NAT,
    )
    assert counts.people == {"rescued": 38}
    taken = find_counts(
        "Twelve of those taken from the building said they had been beaten.", nationality=NAT
    )
    assert taken.people == {"victims": 12}


def test_smaller_groups_from_a_list_of_countries_are_named() -> None:
    counts = find_counts(
        "The freed included 70 Kenyans, along with smaller groups from Laos, Vietnam and "
        "Indonesia.",
        nationality=NAT,
    )
    assert counts.nationalities == {"KE": 70, "LA": None, "VN": None, "ID": None}


def test_countries_as_destinations_are_not_nationalities() -> None:
    counts = find_counts("Investigators travelled to Laos and Vietnam.", nationality=NAT)
    assert counts.nationalities == {}


def test_people_from_a_country_in_a_counted_list_take_its_nationality() -> None:
    counts = find_counts(
        "The group comprised 40 Lao nationals, 25 people from Vietnam, 12 from Indonesia "
        "and three from Kenya.",
        nationality=NAT,
    )
    assert counts.nationalities == {"LA": 40, "VN": 25, "ID": 12, "KE": 3}


def test_a_list_of_where_people_came_back_from_names_no_nationality() -> None:
    counts = find_counts(
        "Of the 30 who returned, 20 came back from Laos and ten from Vietnam.", nationality=NAT
    )
    assert "VN" not in counts.nationalities


def test_rescued_from_countries_the_article_names_as_places() -> None:
    # In the pipeline the look-up also knows the article's country names ("Laos" -> LA).
    def with_countries(word: str) -> str | None:
        return NAT(word) or _COUNTRIES.get(word.lower())

    counts = find_counts(
        "Police rescued 20 workers from Vietnam and Laos.", nationality=with_countries
    )
    assert counts.people == {"rescued": 20}
    assert counts.nationalities == {}


def test_handed_over_to_a_country_is_an_extradition() -> None:
    counts = find_counts(
        "Lao police have handed over more than 2,300 Chinese fraud suspects to China this year.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 2300}
    side = find_counts(
        "Border police handed over 45 suspects to the Chinese side on Friday.", nationality=NAT
    )
    assert side.people == {"deported": 45}


def test_people_set_aside_keep_the_verb_of_their_own_relative_clause() -> None:
    counts = find_counts(
        "Apart from the 17 who have returned from Laos, four have come back from Myanmar.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 17}
    plain = find_counts(
        "Besides the 30 Kenyans, soldiers detained six supervisors.", nationality=NAT
    )
    assert plain.people == {"detained": 6}


def test_a_bare_number_with_its_own_relative_clause_is_people() -> None:
    counts = find_counts("Of the 40 who were freed, 12 were Thai.", nationality=NAT)
    assert counts.people == {"rescued": 40}


def test_one_person_told_of_by_a_pronoun_is_a_victim() -> None:
    counts = find_counts(
        "She said she was beaten and locked in a dark room for a week.", nationality=NAT
    )
    assert counts.people == {"victims": 1}
    held = find_counts("He told reporters he had been held for five months.", nationality=NAT)
    assert held.people == {"detained": 1}


def test_a_pronoun_arrest_is_not_counted_as_one() -> None:
    counts = find_counts("Police said he was arrested at the border.", nationality=NAT)
    assert counts.people == {}


def test_a_number_of_arrests_counts_the_people_arrested() -> None:
    counts = find_counts(
        "Officers ended the night-long sweep of the district with 35 arrests.",
        nationality=NAT,
    )
    assert counts.people == {"arrested": 35}
    earlier = find_counts(
        "Last week's searches of three hotels produced 64 arrests, among them 20 foreigners.",
        nationality=NAT,
    )
    assert earlier.people == {"arrested": 64}
    assert find_counts("Police made nine more arrests.", nationality=NAT).people == {"arrested": 9}


def test_unnamed_foreigners_and_a_named_group_add_up() -> None:
    counts = find_counts(
        "Officers rescued 150 foreigners and 30 Filipinos from an office park on Monday.",
        nationality=NAT,
    )
    assert counts.people == {"rescued": 180}
    assert counts.nationalities == {"PH": 30}
    # A part of the group counted first is no second group.
    part = find_counts("Police detained 90 people, including 20 Chinese.", nationality=NAT)
    assert part.people == {"detained": 90}


def test_a_long_running_total_is_no_count_of_the_happening() -> None:
    counts = find_counts(
        "Another 500 scam suspects were handed over to China in two batches, bringing the "
        "total number of suspected fraudsters sent back to China to 3,100.",
        nationality=NAT,
    )
    assert counts.people == {"deported": 500}
    assert counts.totals == (3100,)
    running = find_counts(
        "A group of 90 suspects was handed over to China, bringing the cumulative number to 1,300.",
        nationality=NAT,
    )
    assert running.totals == (1300,)
