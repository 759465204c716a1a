"""One word of a name written as two ("Clark Free Port Zone") is the name (own sentences).

The scan walks a name word by word; a capitalised word may also close the word before it,
once per name inside a name of two words or more ("Thi Ka", two syllables of a person, is
no Thika), and the look-up takes the match only when the joined words spell the name
("free" + "port" = "freeport"), not when they only sound like it.
"""

from __future__ import annotations

from gazetteer import Gazetteer


def _resolved(gz: Gazetteer, text: str) -> dict[str, str | None]:
    return {r.span.text: (r.place.name if r.place else None) for r in gz.resolve(text)}


def test_two_written_words_of_one_word_of_the_name(gz: Gazetteer) -> None:
    found = _resolved(gz, "Gaming hubs still run inside the Clark Free Port Zone, police say.")
    assert found.get("Clark Free Port Zone") == "Clark Freeport Zone"


def test_the_name_as_spelt_still_resolves(gz: Gazetteer) -> None:
    found = _resolved(gz, "Gaming hubs still run inside the Clark Freeport Zone, police say.")
    assert found.get("Clark Freeport Zone") == "Clark Freeport Zone"


def test_a_join_that_only_sounds_like_the_name_is_none(gz: Gazetteer) -> None:
    found = _resolved(gz, "Gaming hubs still run inside the Clark Fre Pot Zone, police say.")
    assert "Clark Freeport Zone" not in found.values()


def test_two_syllables_of_a_person_are_no_one_word_town(gz: Gazetteer) -> None:
    found = _resolved(gz, "Police questioned Thi Ka and So Lin about the Kampot compound.")
    assert "Thika" not in found.values()
    assert "Solin" not in found.values()
