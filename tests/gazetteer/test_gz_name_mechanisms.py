"""Recognition and ranking mechanisms found on the dev sets (own sentences, not corpus text).

Each test names one general mechanism: acronyms a text defines, outlets written "The <place>",
surname + given name in a title-case byline, lower-case compass words of region names,
Thai "subdistrict" units, facility parts after a site, nested candidates sharing the
near-story gain, alternate names that lose to a prominent primary namesake, a bare name
that a big city shares with its province, a foreign namesake joined to a town that holds
it ("Roma, Lusaka"), and Thailand's "Muang district" of a province named beside it.
"""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


def _resolved(gz: Gazetteer, text: str) -> dict[str, tuple[str | None, str | None]]:
    """surface -> (place id, note) of every span (the last one of a surface wins)."""
    return {
        r.span.text: (None if r.place is None else r.place.id, r.span.note)
        for r in gz.resolve(text)
    }


def test_acronym_defined_after_a_place_names_it_everywhere(gz: Gazetteer) -> None:
    text = (
        "The returnees landed at Bandaranaike International Airport (BIA) at dawn. "
        "Relatives waited outside BIA for hours."
    )
    spans = [r for r in gz.resolve(text) if r.span.text == "BIA"]
    assert len(spans) == 2
    assert all(r.place is not None and r.place.id == "site:airport-cmb" for r in spans)


def test_acronym_must_fit_the_initials(gz: Gazetteer) -> None:
    text = "They flew into Bandaranaike International Airport (XYZ) on Monday."
    assert "XYZ" not in _resolved(gz, text)


def test_outlet_written_the_place_is_not_the_place(gz: Gazetteer) -> None:
    text = (
        "A survivor told The Irrawaddy he had been beaten. "
        "The Irrawaddy could not verify his account. Farmers in the Irrawaddy delta were spared."
    )
    found = [r for r in gz.resolve(text) if r.span.text == "Irrawaddy"]
    assert len(found) == 3
    assert all(r.place is None and r.span.note == "nonplace:outlet" for r in found[:2])
    assert found[2].place is not None  # "the Irrawaddy delta": the region


def test_agency_named_in_a_dateline_credit_is_the_agency_everywhere(gz: Gazetteer) -> None:
    text = (
        "VIENTIANE, May 2 (Xinhua) -- Police detained 40 people in Bokeo. "
        "An officer told Xinhua that more raids were planned."
    )
    xinhua = [r for r in gz.resolve(text) if r.span.text == "Xinhua"]
    assert xinhua and all(r.place is None for r in xinhua)


def test_surname_and_given_name_in_a_byline(gz: Gazetteer) -> None:
    text = "Sok Chanthy / Khmer Times | 1 May 2024\n\nPolice raided a building in Kampot."
    found = _resolved(gz, text)
    assert found.get("Sok", (None, None))[0] is None
    assert found["Kampot"][0] is not None


def test_lower_case_compass_word_of_a_region(gz: Gazetteer) -> None:
    found = _resolved(gz, "Recruits increasingly come from east Africa and south Asia.")
    assert found["east Africa"][0] == "region:east-africa"
    assert found["south Asia"][0] == "region:south-asia"


def test_subdistrict_unit_placed_at_its_district(gz: Gazetteer) -> None:
    found = _resolved(gz, "Soldiers met the group in Tha Sai Luat subdistrict of Mae Sot district.")
    span = next(k for k in found if k.endswith("subdistrict"))
    assert found[span][0] == "gn:1152188"  # Mae Sot


def test_terminal_of_an_airport_keeps_the_airport(gz: Gazetteer) -> None:
    found = _resolved(gz, "They left from Ninoy Aquino International Airport Terminal 3 at noon.")
    assert found["Ninoy Aquino International Airport"] == ("site:airport-mnl", None)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a city's name with "airport": the airport, 15-40 km out of the city
        ("Two recruiters were stopped at the Hyderabad airport.", "Hyderabad airport", "hyd"),
        ("The returnees landed at Medan airport at dawn.", "Medan airport", "kno"),
        ("Police met the flight at Batam airport.", "Batam airport", "htm"),
        ("The men were arrested on arrival at Haneda Airport.", "Haneda Airport", "hnd"),
        ("A chartered plane left Mactan-Cebu airport.", "Mactan-Cebu airport", "ceb"),
    ],
)
def test_airport_named_after_its_city_is_the_airport(
    gz: Gazetteer, text: str, surface: str, expected: str
) -> None:
    assert _resolved(gz, text)[surface][0] == f"site:airport-{expected}"


def test_city_without_airport_word_stays_the_city(gz: Gazetteer) -> None:
    found = _resolved(gz, "Police in Narita and Chennai arrested two agents.")
    assert found["Narita"][0].startswith("gn:")
    assert found["Chennai"][0].startswith("gn:")


def test_town_and_its_namesake_province_share_nearness(gz: Gazetteer) -> None:
    # the province named after its capital is nearer to Bavet than the town: nearness must
    # not turn the town's name into the province
    text = (
        "Workers escaped from a casino in Bavet last week. "
        "One had first been held in a compound in Sihanoukville."
    )
    assert _resolved(gz, text)["Sihanoukville"][0] == "gn:1831142"


def test_primary_name_of_a_big_city_beats_an_old_alternate_name(gz: Gazetteer) -> None:
    text = "Flights landed in Kunming and Nanning, the capitals of Yunnan province and Guangxi."
    found = _resolved(gz, text)
    assert found["Nanning"][0] == "gn:1799869"
    assert found["Guangxi"][0] == "adm1:CN:16"


def test_english_names_of_korean_and_chinese_provinces(gz: Gazetteer) -> None:
    found = _resolved(
        gz, "He came from Andong in North Gyeongsang Province and studied in Guangxi."
    )
    assert found["North Gyeongsang Province"][0] == "adm1:KR:14"
    assert found["Guangxi"][0] == "adm1:CN:16"


def test_article_and_demonym_is_not_a_loose_spelling(gz: Gazetteer) -> None:
    found = _resolved(gz, "The Thai were sent home by bus on Friday.")
    assert "The Thai" not in found
    assert found["Thai"] == (None, None)


def test_numbered_khmer_unit_resolved_in_the_place_named(gz: Gazetteer) -> None:
    found = _resolved(
        gz, "Police searched Sihanoukville's Sangkat 4, then a villa in Sangkat 3 of Sihanoukville."
    )
    assert found["Sihanoukville's Sangkat 4"][0] == "kh:180104"  # Lekh Buon
    assert found["Sangkat 3"][0] == "kh:180103"  # Lekh Bei


def test_numbered_unit_without_a_named_place_stays_unplaced(gz: Gazetteer) -> None:
    found = _resolved(gz, "The men were found in a house in Sangkat 3 late at night.")
    assert found.get("Sangkat 3", (None, None))[0] is None


def test_lower_case_facility_word_completing_a_known_name(gz: Gazetteer) -> None:
    found = _resolved(gz, "She flew to Suvarnabhumi airport and then to Kaohsiung.")
    assert found["Suvarnabhumi airport"][0] == "site:airport-bkk"


def test_trade_word_that_is_also_a_small_place(gz: Gazetteer) -> None:
    found = _resolved(gz, "The president banned all Pogo operations in Manila.")
    assert found.get("Pogo", (None, None))[0] is None


def test_town_comma_province_resolves_the_province(gz: Gazetteer) -> None:
    found = _resolved(gz, "Workers were held in Bamban, Tarlac, and near Mae Sot, Tak.")
    assert found["Tarlac"][0] == "adm2:PH:03:tarlac"
    assert found["Tak"][0] == "adm1:TH:08"
    assert found["Bamban"][0] == "gn:1727681"


def test_referenced_airport_and_neighbourhood_rows(gz: Gazetteer) -> None:
    found = _resolved(
        gz, "They landed at Kaohsiung International Airport; one had lived in Nairobi's Kilimani."
    )
    assert found["Kaohsiung International Airport"][0] == "site:airport-khh"
    assert found["Kilimani"][0] == "site:kilimani-nairobi"


def test_unknown_facility_placed_at_the_place_named_with_it(gz: Gazetteer) -> None:
    found = _resolved(
        gz,
        "Police in Kampot raided the Silver Crane Building on Friday. Soldiers later searched "
        "the Jade Garden casino complex in Bavet, a border town. A villa on Kampuchea Krom "
        "Boulevard in Phnom Penh was also searched.",
    )
    assert found["Silver Crane Building"][0] in ("gn:1831112", "kh:07")  # Kampot, before it
    assert found["Jade Garden casino complex"][0] == "gn:1829516"  # Bavet, "in" after it
    assert found["Kampuchea Krom Boulevard"][0] == "gn:1821306"  # Phnom Penh


def test_an_unknown_compound_is_placed_at_the_town_named_with_it(gz: Gazetteer) -> None:
    found = _resolved(
        gz,
        "Soldiers raided the Huanan compound in Sihanoukville on Friday, and later the Blue "
        "Dragon compound in Bavet.",
    )
    assert found["Huanan compound"][0] == "gn:1831142"  # Sihanoukville
    assert found["Blue Dragon compound"][0] == "gn:1829516"  # Bavet


def test_a_compound_named_by_a_trade_or_a_nationality_is_no_site(gz: Gazetteer) -> None:
    found = _resolved(gz, "Police searched a POGO compound in Bamban and a Chinese compound.")
    assert not any(k.endswith("compound") for k in found)


def test_a_site_named_after_a_foreign_place_is_where_the_text_puts_it(gz: Gazetteer) -> None:
    found = _resolved(
        gz,
        "Sanctions named the Sanya Special Economic Zone in Koh Kong and the Shenzhen "
        "Casino in Poipet.",
    )
    assert found["Sanya Special Economic Zone"][0] == "kh:09"  # Koh Kong, not Hainan
    assert found["Shenzhen Casino"][0] == "gn:1830194"  # Poipet, not Guangdong


def test_a_border_gate_named_after_its_town_keeps_its_side(gz: Gazetteer) -> None:
    found = _resolved(gz, "They crossed at the Bavet border gate, opposite Moc Bai, on Monday.")
    assert found["Bavet border gate"][0] == "gn:1829516"


def test_facility_word_needs_a_name_and_no_demonym(gz: Gazetteer) -> None:
    found = _resolved(gz, "Building on that, a Chinese casino in Bavet closed its doors.")
    assert not any(k.endswith(("casino", "Building")) for k in found)


def test_dong_thap_is_placed_at_its_capital_cao_lanh(gz: Gazetteer) -> None:
    place = gz.get("adm1:VN:82")
    assert place is not None and abs(place.lat - 10.46) < 0.05 and abs(place.lon - 105.63) < 0.05


def test_river_stretch_chosen_by_the_places_named_with_it(gz: Gazetteer) -> None:
    text = (
        "Chinese police said the gang fled from Bokeo across the Mekong to Tachileik. "
        "Officials in Kunming, Yunnan, Beijing and Shanghai said so. "
        "Farmers on the Mekong in Yunnan were unaffected."
    )
    mekong = [r.place.id for r in gz.resolve(text) if r.span.text == "Mekong" and r.place]
    assert mekong == ["river:mekong-mm", "river:mekong-cn"]


def test_sangkat_with_a_number_word_is_one_unit_not_two_names(gz: Gazetteer) -> None:
    # the admin word attached to a weak one-word name is not a second name beside it
    found = _resolved(gz, "Officers searched a villa in Sangkat Bei, Sihanoukville on Friday.")
    assert found["Sangkat Bei"] == ("kh:180103", None)
    assert found["Sihanoukville"] == ("gn:1831142", None)  # the town, not the province


def test_possessive_province_before_a_district_is_not_a_name(gz: Gazetteer) -> None:
    found = _resolved(gz, "Guards ran two compounds in Kandal's Saang district, witnesses said.")
    assert found["Kandal's"] == ("kh:08", None)
    assert found["Saang district"] == ("kh:0810", None)


def test_place_opening_an_organisation_name_stays_a_place_elsewhere(gz: Gazetteer) -> None:
    text = (
        "Recruiters in Punjab and Kerala lured the men abroad. "
        "The Punjab Police later filed two cases against them."
    )
    spans = [r for r in gz.resolve(text) if r.span.text == "Punjab"]
    assert spans[0].place is not None and spans[0].place.id == "adm1:IN:23"
    assert spans[1].place is None  # inside "Punjab Police"


def test_list_ending_in_a_plural_admin_word_names_units_of_that_level(gz: Gazetteer) -> None:
    text = (
        "Kampot town was calm on Sunday. Inspectors visited sites in Preah Sihanouk, Kampot, "
        "Koh Kong and Oddar Meanchey provinces."
    )
    levels = {r.span.text: r.place.id for r in gz.resolve(text) if r.place is not None}
    assert levels["Kampot town"] == "gn:1831112"
    assert levels["Kampot"] == "kh:07"
    assert levels["Koh Kong"] == "kh:09"
    assert levels["Preah Sihanouk"] == "kh:18"


def test_list_levels_stop_at_a_clause(gz: Gazetteer) -> None:
    text = "Workers came from Kampot, while others were held in Koh Kong and Pursat provinces."
    found = {r.span.text: r.span.hint for r in gz.resolve(text)}
    assert found["Kampot"] is None
    assert found["Koh Kong"] == "province"


def test_lower_case_direction_making_a_known_region_name(gz: Gazetteer) -> None:
    found = _resolved(gz, "Militias in northern Myanmar handed 300 workers to police in Laos.")
    assert found["northern Myanmar"][0] == "region:northern-myanmar"
    # no region of that name: the country, the span still says "northern"
    assert _resolved(gz, "Workers fled western Laos by boat.")["western Laos"][0] == "country:LA"
    # the parts of the region's countries the news names as one area are rows of their own
    found = _resolved(gz, "Workers fled northern Laos and eastern Myanmar by boat.")
    assert found["northern Laos"][0] == "region:northern-laos"
    assert found["eastern Myanmar"][0] == "region:eastern-myanmar"


def test_place_name_inside_a_list_of_people_is_a_person(gz: Gazetteer) -> None:
    text = (
        "The men who came home were Karim Uddin, Rafiq Islam, Shah Alam, and Jamal Hossain, "
        "officials said."
    )
    spans = {s.text: s.note for s in gz.scan(text)}
    assert spans.get("Shah Alam") == "nonplace:person"


def test_list_of_towns_stays_places(gz: Gazetteer) -> None:
    text = "Officers from Klang, Shah Alam, Petaling Jaya and Subang Jaya took part, police said."
    spans = {s.text: s.note for s in gz.scan(text)}
    assert spans.get("Shah Alam") is None


def test_headline_words_around_a_place_are_no_list(gz: Gazetteer) -> None:
    text = "Amid Fresh Police Sweeps, Sihanoukville Shopkeepers Count Losses, Again, Today"
    spans = {s.text: s.note for s in gz.scan(text)}
    assert spans.get("Sihanoukville") is None


def test_a_bare_name_a_big_city_carries_means_the_city_not_its_province(gz: Gazetteer) -> None:
    # Siem Reap and Battambang (cities over 100,000) are what a bare name means; Kampot's
    # town is small, so the bare name stays the province; an admin word names the province;
    # a city-state keeps its country
    text = (
        "Tourists crowded Siem Reap and Battambang last year, while farms in Kampot "
        "struggled. Police later raided a compound in Siem Reap province. "
        "Flights went on to Singapore."
    )
    levels = {
        r.span.text: (r.place.level.value, r.place.country) for r in gz.resolve(text) if r.place
    }
    assert levels["Siem Reap"] == ("town", "KH")
    assert levels["Battambang"] == ("town", "KH")
    assert levels["Kampot"] == ("province", "KH")
    assert levels["Siem Reap province"] == ("province", "KH")
    assert levels["Singapore"] == ("country", "SG")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a less common English word opening the sentence is no given name
        ("Impoverished Cambodia hosts dozens of compounds.", "Cambodia", "country:KH"),
        ("Coordinated China-Thailand patrols began on Monday.", "China", "country:CN"),
    ],
)
def test_sentence_opening_english_word_leaves_the_place(
    gz: Gazetteer, text: str, surface: str, expected: str
) -> None:
    assert _resolved(gz, text)[surface] == (expected, None)


@pytest.mark.parametrize(
    ("text", "name", "parent"),
    [
        ("Police searched offices in Roma, Lusaka, on Tuesday.", "Roma", "Lusaka"),
        ("Three men were held in the Gudu district of Abuja last week.", "Gudu district", "Abuja"),
    ],
)
def test_foreign_namesake_joined_to_a_town_is_a_local_place_of_it(
    gz: Gazetteer, text: str, name: str, parent: str
) -> None:
    got = {r.span.text: r.place for r in gz.resolve(text)}
    place = got[name]
    assert place is not None and place.name == parent and place.geo_precision >= 2


def test_two_cities_in_a_list_keep_their_countries(gz: Gazetteer) -> None:
    resolved = gz.resolve("Flights left Bangkok, Phnom Penh and Manila on Friday.")
    assert [r.place.country for r in resolved if r.place is not None] == ["TH", "KH", "PH"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers arrested two men in Muang district of Surin on Monday.",
        "In the province of Surin, officers arrested two men at a shop in Muang district.",
    ],
)
def test_thai_capital_district_is_placed_at_the_province_named_beside_it(
    gz: Gazetteer, text: str
) -> None:
    district = next(r for r in gz.resolve(text) if "district" in r.span.text)
    assert district.place is not None and district.place.name == "Surin"
    assert district.place.geo_precision >= 2


def test_capital_district_without_its_province_is_no_place(gz: Gazetteer) -> None:
    district = next(r for r in gz.resolve("Officers raided a house in Muang district.") if r.span)
    assert district.place is None


def test_klang_valley_is_the_kuala_lumpur_conurbation(gz: Gazetteer) -> None:
    got = {
        r.span.text: r.place for r in gz.resolve("Gangs ran call centres across the Klang Valley.")
    }
    place = got["Klang Valley"]
    assert place is not None and place.country == "MY" and place.geo_precision == 3


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Police arrested nine people in Ayutthaya on Monday.", "town"),
        ("Raids followed in Nong Khai and Ayutthaya provinces.", "province"),
        ("A call centre was found in Ayutthaya province.", "province"),
    ],
)
def test_ayutthaya_is_its_short_name(gz: Gazetteer, text: str, level: str) -> None:
    got = {r.span.text: r.place for r in gz.resolve(text)}
    place = next(p for name, p in got.items() if name.startswith("Ayutthaya"))
    assert place is not None and place.name == "Phra Nakhon Si Ayutthaya"
    assert place.level.value == level
