"""Raids told as the step an authority took ("deployed forces to raid", "worked with the
police of two neighbours to conduct raids") happened; the two countries a
border runs between are no scenes (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from extract_helpers import event_places, event_types, events_of

from gazetteer import Gazetteer
from geotrack.model import EventType


def _raids(gaz: Gazetteer, text: str) -> list[str]:
    return event_places(gaz, text, EventType.RAID, dt.date(2025, 4, 2))


def test_forces_deployed_to_raid_raided(gaz: Gazetteer) -> None:
    text = "The army deployed special forces to raid fraud dens in Myawaddy on Sunday."
    assert _raids(gaz, text) == ["Myawaddy"]


def test_a_long_list_of_partners_still_leaves_the_raid(gaz: Gazetteer) -> None:
    text = (
        "In March, Lao police worked with the Thai police and several partner agencies to "
        "conduct raids on gambling dens in Tonpheung district."
    )
    assert _raids(gaz, text) == ["Ton Pheung"]


def test_the_countries_a_border_runs_between_are_no_scene(gaz: Gazetteer) -> None:
    text = (
        "Officers raided gambling dens along the border between Myanmar and Thailand, in "
        "Myawaddy, on Monday."
    )
    assert _raids(gaz, text) == ["Myawaddy"]


def test_a_plan_to_raid_is_still_no_raid(gaz: Gazetteer) -> None:
    text = "The army plans to raid fraud dens in Myawaddy next month."
    assert _raids(gaz, text) == []


def _types(gaz: Gazetteer, text: str) -> list[str]:
    return event_types(gaz, text, dt.date(2025, 4, 2))


def test_a_task_force_set_up_after_an_appositive_is_a_policy(gaz: Gazetteer) -> None:
    text = (
        "The minister said on Monday that a task force, made up of police and immigration "
        "officers, has been set up to trace workers missing in Cambodia."
    )
    assert _types(gaz, text) == ["policy"]


def test_a_task_force_only_named_is_no_policy(gaz: Gazetteer) -> None:
    text = "The commander of the border task force said on Monday that patrols would go on."
    assert _types(gaz, text) == []


def test_operations_launched_to_dismantle_rings_are_a_raid(gaz: Gazetteer) -> None:
    text = (
        "In October 2023 the army, working with Chinese police, launched operations to "
        "dismantle fraud rings in Laukkaing."
    )
    assert _raids(gaz, text) == ["Laukkaing"]


def test_operations_still_to_be_launched_are_no_raid(gaz: Gazetteer) -> None:
    text = "The army plans to launch operations to dismantle fraud rings in Laukkaing next month."
    assert _raids(gaz, text) == []


def test_a_group_handed_over_to_officials_across_a_bridge_is_a_deportation(
    gaz: Gazetteer,
) -> None:
    text = (
        "On Thursday, Myanmar border guards handed the 40 men over to Thai police at the "
        "Thai-Myanmar Friendship Bridge."
    )
    assert _types(gaz, text) == ["deportation"]


def test_a_task_handed_over_is_no_deportation(gaz: Gazetteer) -> None:
    text = "On Thursday the minister handed the file over to his deputy in Bangkok."
    assert _types(gaz, text) == []


def test_agreeing_to_a_measure_is_the_policy(gaz: Gazetteer) -> None:
    text = (
        "Thailand's security council met on Monday and agreed to cut off electricity and "
        "internet supplies to three towns across the border in Myanmar."
    )
    events = events_of(gaz, text, EventType.POLICY, dt.date(2025, 2, 4))
    assert [e.place.name for e in events if e.place is not None] == ["Thailand"]


def test_calling_for_a_measure_is_still_no_policy(gaz: Gazetteer) -> None:
    text = (
        "Rights groups on Monday urged the council to cut off electricity to the towns "
        "across the border in Myanmar."
    )
    assert events_of(gaz, text, EventType.POLICY, dt.date(2025, 2, 4)) == []
