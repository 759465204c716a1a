"""General span mechanisms: streets, sites near a place, foreign admin prefixes, people, proximity."""

from __future__ import annotations

from gazetteer import Gazetteer, Resolution


def _by_text(gz: Gazetteer, text: str) -> dict[str, Resolution]:
    return {r.span.text: r for r in gz.resolve(text)}


def test_street_named_after_a_town_is_not_the_town(gz: Gazetteer) -> None:
    res = _by_text(gz, "The office stood on Roxas Boulevard in Pasay, in the Philippines.")
    street = res["Roxas Boulevard"]
    assert street.place is None and "nonplace:street" in street.reasons
    assert res["Pasay"].place is not None


def test_site_named_after_a_place_is_placed_near_it(gz: Gazetteer) -> None:
    res = _by_text(gz, "The two men were stopped at Tachileik Airport in Myanmar on Friday.")
    site = res["Tachileik Airport"]
    assert site.place is not None and site.place.country == "MM"
    assert site.place.geo_precision >= 2 and any(r.startswith("near:") for r in site.reasons)


def test_site_named_after_a_person_is_not_guessed(gz: Gazetteer) -> None:
    text = "Recruits flew out of Sultan Hasanuddin International Airport to Bangkok."
    placed = {r.span.text for r in gz.resolve(text) if r.place is not None}
    assert placed == {"Bangkok"}


def test_known_airport_named_after_a_person_is_the_airport(gz: Gazetteer) -> None:
    res = _by_text(gz, "Recruits flew out of Jomo Kenyatta International Airport to Bangkok.")
    airport = res["Jomo Kenyatta International Airport"].place
    assert airport is not None and airport.country == "KE" and airport.kind == "airport"


def test_unknown_local_unit_is_placed_at_the_unit_named_with_it(gz: Gazetteer) -> None:
    text = "Agents searched a farm in Barangay Kalumpang Daan, Bamban, in the Philippines."
    res = _by_text(gz, text)
    local = res["Barangay Kalumpang Daan"]
    assert local.place is not None and local.place.id == res["Bamban"].place.id  # type: ignore[union-attr]
    assert local.place.geo_precision >= 2 and local.reasons[0].startswith("within-named-parent:")


def test_unknown_local_unit_without_a_parent_stays_unplaced(gz: Gazetteer) -> None:
    res = _by_text(gz, "Agents searched a farm in Barangay Kalumpang Daan on Friday.")
    assert res["Barangay Kalumpang Daan"].place is None


def test_ban_as_an_english_word_is_not_a_village(gz: Gazetteer) -> None:
    texts = [r.span.text for r in gz.resolve("Ban on travel to Myanmar. The Ban Tobacco law.")]
    assert not any(t.startswith("Ban ") for t in texts)


def test_thai_admin_prefix_is_part_of_the_span(gz: Gazetteer) -> None:
    res = _by_text(gz, "The van was found in Tambon Tha Sai, Amphoe Mae Sot, Tak province.")
    assert "Tambon Tha Sai" in res and res["Tambon Tha Sai"].span.hint == "commune"
    mae_sot = res["Amphoe Mae Sot"]
    assert mae_sot.place is not None and mae_sot.place.country == "TH"


def test_pronoun_surname_before_a_place_name_is_a_person(gz: Gazetteer) -> None:
    res = _by_text(gz, "She Zhijiang was sent from Thailand to China last year.")
    assert res["Zhijiang"].place is None and "nonplace:person" in res["Zhijiang"].reasons
    assert res["China"].place is not None


def test_surname_run_is_a_person(gz: Gazetteer) -> None:
    res = _by_text(gz, "Prime Minister Hun Manet said Cambodia would close the compounds.")
    assert res["Hun"].place is None and "nonplace:person" in res["Hun"].reasons


def test_nearby_candidate_wins_a_homonym(gz: Gazetteer) -> None:
    # "San Jose" names towns all over the Philippines and the Americas: the one near the
    # confidently placed towns of the story is preferred
    text = "Police in Angeles and Mabalacat, Pampanga, raided a building; a second hub was in San Jose."
    res = _by_text(gz, text)
    sj = res["San Jose"]
    mabalacat = res["Mabalacat"].place
    assert sj.place is not None and mabalacat is not None and sj.place.country == "PH"
    assert any(r.startswith("near-story") for r in sj.reasons)
    assert abs(sj.place.lat - mabalacat.lat) + abs(sj.place.lon - mabalacat.lon) < 1.0


def test_unknown_township_is_placed_in_the_state_named_with_it(gz: Gazetteer) -> None:
    res = _by_text(gz, "Fighting spread to Taw Ler Kaw Township in Kayin State, Myanmar.")
    township = res["Taw Ler Kaw Township"]
    state = res["Kayin State"].place
    assert state is not None and township.place is not None and township.place.id == state.id
    assert "Township Council" not in {r.span.text for r in gz.resolve("The Township Council met.")}
