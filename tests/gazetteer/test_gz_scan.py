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
