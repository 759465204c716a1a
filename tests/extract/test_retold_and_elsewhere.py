"""Where a sentence's happening is, when its words point elsewhere (sentences written for
these tests):

- "During the raid, officers rescued 800 people": the story's one raid there, told again,
  whichever sentence dates it.
- "... a tip-off, leading police to storm the compound": the raid happened.
- "Upon arrival, their passports were taken": where the sentence before sent them.
- "far from his family in China": the victim's home, not the scene.
- "held in detention, awaiting repatriation": the authorities' custody, no abuse.
- "lured to Southeast Asia and held against their will": a world region is no map point.
"""

from __future__ import annotations

import datetime as dt

from extract_helpers import make_article

from gazetteer import Gazetteer
from geotrack.extract import extract_article
from geotrack.extract.events import detect_types
from geotrack.model import Event

PUBLISHED = dt.date(2025, 11, 21)


def _events(text: str, gaz: Gazetteer) -> list[Event]:
    article = make_article(text, id="retold", published=PUBLISHED)
    return list(extract_article(article, gazetteer=gaz).events)


def _of(events: list[Event], etype: str) -> list[tuple[str | None, dt.date | None]]:
    return [(e.place.name if e.place else None, e.date) for e in events if e.type.value == etype]


RETOLD = (
    "The court convicted the owner of the raided gaming hub behind the town hall in Bamban.\n\n"
    "During the raid, officers rescued about 800 people forced to work as scammers.\n\n"
    "In March 2024, a cook slipped out and phoned a hotline, leading police to raid "
    "the compound in Bamban.\n"
)


def test_the_raid_told_again_is_the_dated_raid(gaz: Gazetteer) -> None:
    raids = [e for e in _events(RETOLD, gaz) if e.type.value == "raid"]
    assert [(e.place.name if e.place else None, e.date) for e in raids] == [
        ("Bamban", dt.date(2024, 3, 1))
    ]
    assert raids[0].people.get("rescued") == 800


def test_two_raids_at_one_place_keep_their_own_dates(gaz: Gazetteer) -> None:
    # Which raid "the crackdown" retells is unclear: nothing is merged on that ground.
    text = (
        "Police raided a compound in Bamban in September 2023 and detained 300 people.\n\n"
        "In November 2023, police raided the compound in Bamban again and detained 200.\n\n"
        "On Monday, police raided the compound in Bamban a third time and detained 150.\n\n"
        "During the crackdown, officers seized 900 phones.\n"
    )
    dates = sorted(d for _, d in _of(_events(text, gaz), "raid") if d is not None)
    assert dates[:2] == [dt.date(2023, 9, 1), dt.date(2023, 11, 1)]
    assert len(dates) >= 3


def test_a_raid_a_call_led_to_happened() -> None:
    for sentence in (
        "A guard tipped off the army, leading police to raid the compound.",
        "His call led police to raid the building in March.",
        "The tip prompted officers to raid the hotel.",
    ):
        assert "raid" in {t.value for t, *_ in detect_types(sentence)}, sentence


def test_a_raid_someone_wants_is_no_raid() -> None:
    assert "raid" not in {
        t.value for t, *_ in detect_types("The minister wants police to raid the hotel.")
    }


def test_upon_arrival_is_where_they_were_sent(gaz: Gazetteer) -> None:
    text = (
        "Police in Gilgit arrested two recruiters on Monday.\n\n"
        "The network flew its recruits to Laos through Bangkok. Upon arrival, the victims "
        "had their passports taken and were forced to work in a compound, police said in "
        "a statement on Monday, adding that 12 of them were still held.\n"
    )
    places = {name for name, _ in _of(_events(text, gaz), "abuse")}
    assert places == {"Laos"}


def test_a_victims_family_is_not_the_scene(gaz: Gazetteer) -> None:
    text = (
        "SIHANOUKVILLE, Nov 14 — Lin, whose family in China had not heard from him for "
        "months, was one of thousands of people beaten and held in scam compounds in the "
        "town.\n"
    )
    assert {name for name, _ in _of(_events(text, gaz), "abuse")} == {"Sihanoukville"}


def test_detention_awaiting_deportation_is_no_abuse() -> None:
    for sentence in (
        "Some 900 of the workers sit in a makeshift detention camp, held in detention, awaiting repatriation.",
        "The workers are held in detention in Mae Sot.",
    ):
        assert "abuse" not in {t.value for t, *_ in detect_types(sentence)}, sentence
    kept = "The workers were held in the compound for months and beaten."
    assert "abuse" in {t.value for t, *_ in detect_types(kept)}


def test_a_world_region_is_no_event_place(gaz: Gazetteer) -> None:
    text = (
        "Police said nine of the 15 men tricked into going to Southeast Asia last year and "
        "held against their will were now safe.\n"
    )
    assert all(
        e.place is None or e.place.name not in ("Southeast Asia", "Asia")
        for e in _events(text, gaz)
    )


def test_a_border_area_stays_an_event_place(gaz: Gazetteer) -> None:
    text = "Soldiers freed 260 workers along the Myanmar-Thailand border on Wednesday.\n"
    assert {name for name, _ in _of(_events(text, gaz), "rescue")} == {"Myanmar-Thailand border"}


def test_captives_still_detained_are_no_arrest() -> None:
    for sentence in (
        "Officials vowed to free the 11 remaining residents being detained in Myanmar.",
        "The 110 victims are currently detained in areas run by two armed groups.",
        "At the time of his arrest, the tycoon ran a casino resort on the border.",
    ):
        assert "raid" not in {t.value for t, *_ in detect_types(sentence)}, sentence
    for sentence in (
        "The remaining suspects were detained on Monday.",
        "Police detained 110 victims and 20 suspects in the raid.",
    ):
        assert "raid" in {t.value for t, *_ in detect_types(sentence)}, sentence
