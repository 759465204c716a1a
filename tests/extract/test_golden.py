"""Golden file: the full extraction of one fixture article (mentions JSONL + events JSON)."""

from __future__ import annotations

import json
from pathlib import Path

from extract_helpers import FakeGazetteer, fixture_text, make_article

from geotrack.extract import extract_article
from geotrack.model import Event
from geotrack.render.jsonl import mentions_lines


def _event_record(event: Event) -> dict[str, object]:
    return {
        "id": event.id,
        "type": event.type.value,
        "place": event.place.name if event.place else None,
        "place_text": event.place_text,
        "geo_precision": event.geo_precision,
        "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision.value,
        "date_text": event.date_text,
        "people": event.people,
        "qualifiers": event.people_qualifiers,
        "nationalities": event.nationalities,
        "seized": event.seized,
        "start": event.start,
        "end": event.end,
        "evidence": list(event.evidence),
        "confidence": event.confidence,
    }


def test_full_extraction_golden(golden, fake_gz: FakeGazetteer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(
        fixture_text(name)
        for name in ("dateline.txt", "address_chain.txt", "deportation.txt", "headline_list.txt")
    )
    result = extract_article(make_article(text, id="golden-article"), gazetteer=fake_gz)
    mentions = "\n".join(mentions_lines(result.mentions)) + "\n"
    events = (
        json.dumps([_event_record(e) for e in result.events], indent=1, ensure_ascii=False) + "\n"
    )
    golden("extract/golden-article.mentions.jsonl", mentions)
    golden("extract/golden-article.events.json", events)
