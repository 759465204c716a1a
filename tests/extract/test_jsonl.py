"""Mentions JSON Lines: one line per article, only place claims, atomic."""

from __future__ import annotations

import json
from pathlib import Path

from extract_helpers import FakeGazetteer, fixture_text, make_article

from geotrack.extract import extract_articles
from geotrack.render.jsonl import write_mentions_jsonl


def test_every_article_gets_a_line(tmp_path: Path, fake_gz: FakeGazetteer) -> None:
    with_places = make_article(fixture_text("dateline.txt"), id="a1")
    without = make_article("Nothing about any place here at all.", id="a2")
    batch = extract_articles([with_places, without], gazetteer=fake_gz)
    target = tmp_path / "out" / "mentions.jsonl"
    write_mentions_jsonl(batch.mentions, target, articles=[with_places, without])
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["article"] for line in lines] == ["a1", "a2"]
    assert lines[1]["mentions"] == []
    first = lines[0]["mentions"][0]
    assert set(first) == {"text", "start", "end", "name", "lat", "lon", "level", "country", "role",
                          "place_id", "geo_precision", "score"}  # fmt: skip
    assert [m["role"] for m in lines[0]["mentions"]] == ["dateline", "event"]
    assert not list(target.parent.glob(".mentions.jsonl.*"))


def test_offtopic_and_nonplace_are_not_written(tmp_path: Path, fake_gz: FakeGazetteer) -> None:
    article = make_article(fixture_text("headline_list.txt"), id="h")
    batch = extract_articles([article], gazetteer=fake_gz)
    target = tmp_path / "m.jsonl"
    write_mentions_jsonl(batch.mentions, target, articles=[article])
    texts = [m["text"] for m in json.loads(target.read_text(encoding="utf-8"))["mentions"]]
    assert texts == ["Sihanoukville"]
