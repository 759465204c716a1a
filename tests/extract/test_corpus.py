"""The shared corpus, scored with ../shared/eval/score.py (skipped when the corpus is absent)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geotrack.extract import extract_articles
from geotrack.extract.segment import segment_text
from geotrack.model import Article
from geotrack.render.jsonl import write_mentions_jsonl

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SCORE = CORPUS.parent / "eval" / "score.py"


def _articles() -> list[Article]:
    if not (CORPUS / "articles").is_dir() or not SCORE.exists():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    articles = []
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = (CORPUS / "articles" / row["file"]).read_text(encoding="utf-8")
            article = Article(id=Path(row["file"]).stem, text=text)
            articles.append(
                dataclasses.replace(article, published=dt.date.fromisoformat(row["published"]))
            )
    return articles


def _events_geojson(events: list, path: Path) -> None:  # type: ignore[type-arg]
    features = []
    for e in events:
        geometry = {"type": "Point", "coordinates": [e.place.lon, e.place.lat]} if e.place else None
        properties = {
            "article": e.article_id, "event_type": e.type.value,
            "date": e.date.isoformat() if e.date else None, "date_precision": e.date_precision.value,
            "geo_precision": e.geo_precision, "place_name": e.place.name if e.place else None,
            "people": e.people, "nationalities": e.nationalities, "seized": e.seized,
        }  # fmt: skip
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )


@pytest.mark.corpus
def test_corpus_scores(tmp_path: Path) -> None:
    articles = _articles()
    batch = extract_articles(articles)
    assert batch.skipped == []
    # No event comes from boilerplate, a headline list or an appended story.
    for article in articles:
        seg = segment_text(article.text)
        for event in batch.events:
            if event.article_id == article.id:
                assert not seg.offtopic_at(event.start), event.sentence
    mentions, events = tmp_path / "m.jsonl", tmp_path / "e.geojson"
    write_mentions_jsonl(batch.mentions, mentions, articles=articles)
    _events_geojson(batch.events, events)
    out = subprocess.run(
        [sys.executable, str(SCORE), "--gold", str(CORPUS / "gold"), "--mentions", str(mentions),
         "--events", str(events), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    summary = json.loads(out.stdout.strip().splitlines()[-1])
    ev, topo = summary["events"], summary["toponyms"]
    assert ev["f1"] >= 0.80
    for etype, row in ev["per_type"].items():
        if row["gold"]:
            assert row["f1"] >= 0.6, etype
    assert topo["false_positives_offtopic"] == 0
    assert topo["recall"] >= 0.9
