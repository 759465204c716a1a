"""scan/resolve on texts written for these tests: demonyms, datelines, names of other things."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, parse_address


def _placed(gz: Gazetteer, text: str) -> dict[str, str]:
    return {r.span.text: r.place.id for r in gz.resolve(text) if r.place is not None}


def _reasons(gz: Gazetteer, text: str, surface: str) -> tuple[str, ...]:
    return next(r.reasons for r in gz.resolve(text) if r.span.text == surface)


def test_offsets_point_into_the_original_text(gz: Gazetteer) -> None:
    text = "Raids hit Phnôm Pénh and O’Smach; Myanmar’s junta said little."
    for span in gz.scan(text):
        assert text[span.start : span.end] == span.text
    assert {s.text for s in gz.scan(text)} >= {"Phnôm Pénh", "O’Smach", "Myanmar’s"}


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Two Thai workers escaped.", "Thai", "TH"),
        ("Police freed 40 Indonesians and 12 Filipinos.", "Indonesians", "ID"),
        ("Police freed 40 Indonesians and 12 Filipinos.", "Filipinos", "PH"),
        ("Three Myanmar nationals were deported.", "Myanmar nationals", "MM"),
        ("Lao and Vietnamese victims were found.", "Lao", "LA"),
        ("A Taiwanese man was held.", "Taiwanese", "TW"),
        # informal demonyms of Philippine and New Zealand outlets
        ("Embassy staff met 31 Pinoys at the airport.", "Pinoys", "PH"),
        ("Two Kiwis were among those freed.", "Kiwis", "NZ"),
    ],
)
def test_demonyms_are_nationalities_not_places(
    gz: Gazetteer, text: str, surface: str, iso: str
) -> None:
    spans = {s.text: s for s in gz.scan(text)}
    assert spans[surface].kind == "demonym"
    assert spans[surface].nationality == iso
    assert gz.nationality(surface) == iso
    assert surface not in _placed(gz, text)


def test_regional_adjective_has_no_country(gz: Gazetteer) -> None:
    span = next(
        s for s in gz.scan("The Southeast Asian nation denied it.") if s.text == "Southeast Asian"
    )
    assert span.kind == "demonym" and span.nationality is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A report in the Bangkok Post said so.", "Bangkok"),
        ("The South China Morning Post reported it.", "South China"),
        ("Officials at the US State Department agreed.", "US State"),
        ("Staff at Transparency International Cambodia spoke.", "Cambodia"),
        ("According to Nikkei Asia, several men died.", "Asia"),
        ("Reporting by Voice of America.", "America"),
        ("The Bank of Thailand said so.", "Thailand"),
        ("A spokesman for the Phnom Penh Municipal Police said so.", "Phnom Penh"),
    ],
)
def test_places_inside_organisation_names_are_not_places(
    gz: Gazetteer, text: str, surface: str
) -> None:
    reasons = _reasons(gz, text, surface)
    assert reasons[0].startswith("nonplace:"), reasons
    assert surface not in _placed(gz, text)


def test_a_place_after_of_stays_a_place(gz: Gazetteer) -> None:
    assert (
        _placed(gz, "The Royal Government of Cambodia issued a directive.")["Cambodia"]
        == "country:KH"
    )


def test_person_after_a_title_is_not_a_place(gz: Gazetteer) -> None:
    text = "Prime Minister Hun Manet signed it, and Mr Sar Kheng agreed."
    assert not {"Hun", "Sar"} & set(_placed(gz, text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("BANGKOK: Police said the raid was over.", "BANGKOK"),
        ("Headline here\nPHNOM PENH (Reuters) — Officials said more.", "PHNOM PENH"),
        ("Some title\nBangkok — Officials said more.", "Bangkok"),
        ("A title\nPhnom Penh, July 15 (Fixture Wire) – Police said.", "Phnom Penh"),
    ],
)
def test_dateline_is_recognised(gz: Gazetteer, text: str, surface: str) -> None:
    res = next(r for r in gz.resolve(text) if r.span.text == surface)
    assert res.place is not None
    assert "dateline" in res.reasons


def test_lowercase_common_words_are_not_places(gz: Gazetteer) -> None:
    text = "the police office was near a bay where many people live and work."
    assert gz.scan(text) == []


def test_capitalised_common_word_at_sentence_start_is_not_a_place(gz: Gazetteer) -> None:
    text = "Police said they found nothing. Office staff left. Man detained."
    assert _placed(gz, text) == {}


def test_everyday_word_after_a_determiner_in_a_title_case_line_is_not_a_place(
    gz: Gazetteer,
) -> None:
    headline = "Helping a Man in His Forties Who Fled a Compound Near the Border"
    assert "Man" not in _placed(gz, headline)
    # in prose the capital still marks the name, and a frequent city name stays a city
    assert "Man" in _placed(gz, "The aid team flew from Abidjan to Man on Friday.")
    assert "Shanghai" in _placed(gz, "A Shanghai Court Hands Down Sentences to Scam Bosses")


def test_currency_is_not_a_country(gz: Gazetteer) -> None:
    assert "US" not in _placed(gz, "Victims lost US$40 million.")


def test_address_chain_parts_are_placed_at_the_ward(gz: Gazetteer) -> None:
    text = (
        "Officers raided Building No. 15, Street 128, Hamlet 6, Phsar Depo 1 Ward, "
        "Toul Kork District, and left."
    )
    placed = _placed(gz, text)
    assert placed["Phsar Depo 1 Ward"] == "kh:120401"
    assert placed["Toul Kork District"] == "kh:1204"
    ward = gz.get("kh:120401")
    assert ward is not None
    spans = {r.span.text: r for r in gz.resolve(text)}
    street = spans["Street 128"].place
    assert street is not None and (street.lat, street.lon) == (ward.lat, ward.lon)
    assert (
        street.source == "derived:address-part-of:kh:120406"
        or street.source.endswith("kh:120406")
        or (street.source.startswith("derived:address-part-of:kh:1204"))
    )
    assert spans["Hamlet 6"].place is not None and spans["Hamlet 6"].place.id == "kh:12040106"


def test_parse_address_flags_an_inconsistent_part(gz: Gazetteer) -> None:
    # Ou Baek K'am is a ward of Sen Sok, not of Toul Kork
    parts = parse_address(gz, "Street 5, Ou Baek K'am Ward, Toul Kork District")
    by_part = {p.part: p for p in parts}
    assert by_part["district"].place is not None and by_part["district"].place.id == "kh:1204"
    assert by_part["commune"].consistent is False
    assert by_part["commune"].place is not None and by_part["commune"].place.id != "kh:120808"


def test_sangkat_khan_chain(gz: Gazetteer) -> None:
    parts = parse_address(gz, "Phum Trung Moan, Sangkat Ou Baek K'am, Khan Sen Sok")
    ids = [p.place.id if p.place else None for p in parts]
    assert ids == ["kh:12080805", "kh:120808", "kh:1208"]


def test_a_chain_whose_first_part_ends_a_clause_is_still_one_chain(gz: Gazetteer) -> None:
    # "Muoy" (one) names villages all over Cambodia: the commune after it picks the one of
    # Sangkat 3 of Sihanoukville.
    text = "Police searched a building in Muoy village, Bei commune, Sihanoukville, on Monday."
    placed = _placed(gz, text)
    assert placed["Muoy village"] == "kh:18010301"
    assert placed["Bei commune"] == "kh:180103"


def test_a_clause_ending_in_a_keyword_word_alone_is_no_chain(gz: Gazetteer) -> None:
    # one unit word after ordinary words, no second part: nothing to chain
    parts = parse_address(gz, "The victims were taken to a house in the village, police said")
    assert [p for p in parts if p.place is not None] == []


def test_sites_layer(gz: Gazetteer) -> None:
    sites = gz.sites()
    ids = {p.id for p in sites}
    assert {"site:kk-park", "site:dara-sakor", "site:great-wall-park"} <= ids
    assert all(p.level.value == "site" for p in sites)


def test_hierarchy(gz: Gazetteer) -> None:
    ward = gz.get("kh:120808")
    assert ward is not None
    district = gz.parent(ward)
    assert district is not None and district.id == "kh:1208"
    province = gz.parent(district)
    assert province is not None and province.id == "kh:12"
    country = gz.country("kh")
    assert country is not None and gz.parent(province) == country


def test_agency_after_a_dateline_is_not_a_place(gz: Gazetteer) -> None:
    res = {r.span.text: r for r in gz.resolve("VIENTIANE (Xinhua) -- Officials said.")}
    assert res["VIENTIANE"].place is not None and "dateline" in res["VIENTIANE"].reasons
    assert res["Xinhua"].place is None and res["Xinhua"].reasons[0] == "nonplace:organisation"


def test_names_do_not_run_across_commas(gz: Gazetteer) -> None:
    texts = [s.text for s in gz.scan("A hub in Bamban, Tarlac, was raided.")]
    assert texts == ["Bamban", "Tarlac"]


def test_one_sense_per_discourse_for_weak_names(gz: Gazetteer) -> None:
    # "Lai" is a person here (a village elsewhere): once named as a person, always a person
    text = "Activist Jimmy Lai was sentenced. Lai, 77, denied the charges."
    assert all(r.place is None for r in gz.resolve(text) if r.span.text.startswith("Lai"))


def test_one_sense_for_a_surname_that_is_only_a_foreign_alternate_name(gz: Gazetteer) -> None:
    # "Bai" is a GeoNames alternate name of a large Japanese city, not that city's name:
    # once a surname here ("Bai Suocheng"), it is the man wherever the text repeats it
    text = (
        "A court sentenced the gang boss Bai Suocheng to death on Tuesday. "
        "Members of the Bai family ran casinos, and Bai had led them for years."
    )
    assert all(r.place is None for r in gz.resolve(text) if r.span.text == "Bai")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Workers flew out of Mae Sot Airport on Friday.", "Mae Sot Airport", "site:airport-maq"),
        ("Workers flew out of Tachileik Airport on Friday.", "Tachileik Airport", "gn:1295301"),
        ("They ran to the Moc Bai border gate at night.", "Moc Bai border gate", "site:moc-bai"),
        ("Fighting spread across northern Laos.", "northern Laos", "region:northern-laos"),
        ("Fighting spread across western Laos.", "western Laos", "country:LA"),
        (
            "Police in Laos raided a zone on the Mekong River in Bokeo province.",
            "Mekong River",
            # the stretch by the place named with it (Bokeo: the Golden Triangle stretch),
            # not the Lao stretch point at Vientiane, 400 km away
            "river:mekong-mm",
        ),
    ],
)
def test_span_grows_to_what_the_text_names(
    gz: Gazetteer, text: str, surface: str, expected: str
) -> None:
    assert _placed(gz, text)[surface] == expected


def test_adjective_uses_are_not_places(gz: Gazetteer) -> None:
    placed = _placed(
        gz, "Prices in US dollars rose in a Thai border town run by the Karen militia."
    )
    assert not {"US", "Thai border", "Karen"} & set(placed)


def test_admin_word_does_not_turn_a_common_word_into_a_name(gz: Gazetteer) -> None:
    # "International City" (a town) must not make "International" a place
    assert _placed(gz, "Staff at VnExpress International and Amnesty International said so.") == {}


@pytest.mark.parametrize(
    ("text", "surface", "reason"),
    [
        ("Source: Xinhua | Editor: Li Wei", "Xinhua", "nonplace:credit"),
        ("Men were flown home on Friday. (PHOTO / XINHUA)", "XINHUA", "nonplace:credit"),
        (
            "The men were sentenced, according to the state news agency Xinhua.",
            "Xinhua",
            "nonplace:organisation",
        ),
        (
            "MAE SOT, Thailand, Feb. 20 (Xinhua) -- Men were flown home.",
            "Xinhua",
            "nonplace:organisation",
        ),
        (
            "It named Laukkaing on the Chinese border as a hub.",
            "Chinese border",
            "nonplace:describes-previous-place",
        ),
    ],
)
def test_credits_wires_and_descriptions_are_not_places(
    gz: Gazetteer, text: str, surface: str, reason: str
) -> None:
    assert _reasons(gz, text, surface)[0] == reason


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a lower-case syllable a hyphen joins to a known name belongs to it
        ("The freed men were driven on to Hpa-an the next morning.", "Hpa-an", "MM"),
        ("Three of them were flown home to Dar es Salaam on Friday.", "Dar es Salaam", "TZ"),
    ],
)
def test_lower_case_parts_of_known_names(
    gz: Gazetteer, text: str, surface: str, country: str
) -> None:
    hit = next(r for r in gz.resolve(text) if r.span.text == surface)
    assert hit.place is not None and hit.place.country == country, hit.reasons


def test_a_hyphen_does_not_glue_an_unknown_lower_case_word(gz: Gazetteer) -> None:
    text = "Officers in Myawaddy-based units said little."
    assert "Myawaddy-based" not in {s.text for s in gz.scan(text)}


def test_a_hyphenated_given_name_after_a_surname_is_not_a_place(gz: Gazetteer) -> None:
    text = "The report was filed on Friday.\n(By Chen Yu-ting and Lee Hsin-yin)\n"
    placed = _placed(gz, text)
    assert "Chen" not in placed and "Yu-ting" not in placed


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Most were Chinese; the rest were Vietnamese, Malaysian, Myanmar and Korean.", "Myanmar"),
        ("Myanmar and Korean nationals were among those held.", "Myanmar"),
        ("Police thanked the Thai and Myanmar authorities.", "Myanmar"),
        ("Those held included ethnic Wa, Kokang, and Shan people.", "Kokang"),
        ("Those held included ethnic Wa, Kokang, and Shan people.", "Shan"),
        ("Officials thanked the Armed Forces of the Philippines for the help.", "Philippines"),
    ],
)
def test_items_of_nationality_lists_and_organisations_of_the_place_are_not_places(
    gz: Gazetteer, text: str, surface: str
) -> None:
    assert surface not in _placed(gz, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He fled to Myanmar and Thai police arrested him there.", "Myanmar"),
        ("In Sihanoukville, Chinese police took part in the raid.", "Sihanoukville"),
        ("Gangs moved between Cambodia, Laos and Myanmar.", "Myanmar"),
        ("He was flown home to the Philippines on Monday.", "Philippines"),
        ("Bank staff in Bangkok said the Bank of Thailand had been told.", "Bangkok"),
        # a count after a place name is no part of a longer name
        ("Returnees came from West Java with 75 people and Jakarta 51 people.", "Jakarta"),
        # a list of countries whose last item is named by its region's adjective
        ("Workers from Laos, Nepal, Malaysia and African countries were moved to Yangon.",
         "Malaysia"),
    ],
)  # fmt: skip
def test_places_next_to_nationality_words_stay_places(
    gz: Gazetteer, text: str, surface: str
) -> None:
    assert surface in _placed(gz, text)


def test_a_thai_subdistrict_is_checked_against_its_district(gz: Gazetteer) -> None:
    # The Tha Kham the gazetteer knows lies in Surat Thani, not in Aranyaprathet district:
    # the part is placed at the district's seat, not at its namesake 500 km away.
    parts = parse_address(gz, "near a village in Tha Kham subdistrict, Aranyaprathet district")
    by_part = {p.part: p for p in parts}
    seat = by_part["district"].place
    assert seat is not None and seat.name == "Aranyaprathet"
    sub = by_part["commune"]
    assert sub.place is not None and (sub.place.lat, sub.place.lon) == (seat.lat, seat.lon)


def test_a_unit_under_an_unknown_district_is_not_looked_up_anywhere(gz: Gazetteer) -> None:
    # No "Mae Rim" is known, so nothing says which "Don Kaew" is meant (not the Cambodian
    # town of a similar name).
    parts = parse_address(gz, "a villa in Tambon Don Kaew, Mae Rim district")
    assert [p.place for p in parts] == [None, None]
