"""One catalogue of tricky names (town vs province, district in a city, spellings), in context."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from gazetteer import Gazetteer

CATALOGUE = Path(__file__).resolve().parents[1] / "fixtures" / "gazetteer" / "tricky_names.csv"
CASES = list(csv.DictReader(io.StringIO(CATALOGUE.read_text(encoding="utf-8"), newline="")))


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_resolves_in_context(gz: Gazetteer, case: dict[str, str]) -> None:
    text = case["context"]
    resolutions = gz.resolve(text)
    hits = [r for r in resolutions if r.span.text == case["name"]]
    assert hits, (
        f"{case['name']!r} not found as a span in {text!r}: {[r.span.text for r in resolutions]}"
    )
    place = hits[0].place
    assert place is not None, hits[0].reasons
    assert place.id == case["expected_id"], (case["note"], hits[0].reasons)


def test_every_answer_explains_itself(gz: Gazetteer) -> None:
    cands = gz.explain(
        "Kandal", context="Officers searched two casinos in Kandal province on Friday."
    )
    assert cands[0].place.id == "kh:08"
    assert any(r.startswith("hint:province") for r in cands[0].reasons)
    assert all(c.score <= cands[0].score for c in cands)


def test_homonym_not_settled_by_population_when_context_says_otherwise(gz: Gazetteer) -> None:
    # a village called Kandal inside a named commune beats the province when the text
    # names that commune's district and the village word
    village = next(p for p in gz.lookup("Kandal", level="village") if p.admin2)
    text = f"Police visited Kandal village in {village.admin3} commune, {village.admin2} district."
    res = next(r for r in gz.resolve(text) if r.span.text.startswith("Kandal"))
    assert res.place is not None and res.place.level.value == "village"
    assert res.place.admin2 == village.admin2, res.reasons


def test_border_without_a_focus_country_stays_unresolved(gz: Gazetteer) -> None:
    res = next(
        r
        for r in gz.resolve("Victims were held near the Vietnamese border.")
        if "border" in r.span.text
    )
    assert res.place is None
    assert any(r.startswith("ambiguous") for r in res.reasons)


def test_geocode_one_name_like_resolve_would(gz: Gazetteer) -> None:
    res = gz.geocode("Bei", context="Police raided a casino in Sihanoukville's Bei commune.")
    assert res is not None and res.place is not None and res.place.id == "kh:180103"
    # without context a commune/village name shared by hundreds of units is not guessed
    bare = gz.geocode("Bei")
    assert bare is not None and bare.place is None and bare.reasons[0].startswith("weak")
    assert gz.geocode("Nowhereville-on-Sea") is None
    lower = gz.geocode("sen sok")
    assert lower is not None and lower.place is not None and lower.place.id == "kh:1208"
