"""Spellings of the domain's places that outlets use (transliterations, abbreviations,
project names) resolve to the place (sentences written for these tests)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("text", "form", "place"),
    [
        ("Police raided a casino in S’ville on Monday.", "S’ville", "Sihanoukville"),
        ("Police raided a casino in S'ville on Monday.", "S'ville", "Sihanoukville"),
        ("Workers fled compounds near Myawati.", "Myawati", "Myawaddy"),
        ("Workers fled compounds near Mywaddy.", "Mywaddy", "Myawaddy"),
        ("Scam centres in Phaya Thonsu grew last year.", "Phaya Thonsu", "Payathonzu"),
        ("Casinos in Shwe Ko Ko stayed open.", "Shwe Ko Ko", "Shwe Kokko"),
        ("The group landed at KLIA 2 on Friday.", "KLIA 2", "Kuala Lumpur International Airport"),
        ("Casinos went up in Lay Kay Kaw after 2019.", "Lay Kay Kaw", "Lay Kay Kaw"),
        ("Lights stayed on in Ban Le Le Ko that night.", "Ban Le Le Ko", "Lay Kay Kaw"),
        ("They were held in Kokong, in the north of Shan State.", "Kokong", "Kokang"),
        (
            "Raids hit the Golden Triangle Economic Zone in Bokeo.",
            "Golden Triangle Economic Zone",
            "Golden Triangle SEZ",
        ),
    ],
)
def test_news_spellings_resolve(gz: Gazetteer, text: str, form: str, place: str) -> None:
    resolved = {r.span.text: (r.place.name if r.place else None) for r in gz.resolve(text)}
    assert resolved.get(form) == place


@pytest.mark.parametrize(
    ("text", "form", "place"),
    [
        ("Workers trapped in Mynamar were freed.", "Mynamar", "Myanmar"),
        ("They were sent to Camboida last year.", "Camboida", "Cambodia"),
    ],
)
def test_common_misspellings_of_the_region_s_countries(
    gz: Gazetteer, text: str, form: str, place: str
) -> None:
    resolved = {r.span.text: (r.place.name if r.place else None) for r in gz.resolve(text)}
    assert resolved.get(form) == place
