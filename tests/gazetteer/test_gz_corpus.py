"""Toponym quality on the shared corpus, scored by ../shared/eval/score.py (skipped when absent)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geotrack.model import Mention, Role
from geotrack.render.jsonl import mention_record
from tests.conftest import SHARED, corpus_dir

pytestmark = pytest.mark.corpus


def write_mentions(gz: Gazetteer, articles: Path, out: Path) -> None:
    """One JSONL line per article with every span resolve() claims as a place."""
    lines = []
    for path in sorted(articles.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = []
        for res in gz.resolve(text):
            if res.place is None or any(r.startswith("nonplace") for r in res.reasons):
                continue
            mentions.append(
                mention_record(
                    Mention(
                        article_id=path.name,
                        text=res.span.text,
                        start=res.span.start,
                        end=res.span.end,
                        role=Role.CONTEXT,
                        place=res.place,
                        score=res.score,
                    )
                )
            )
        lines.append(json.dumps({"article": path.name, "mentions": mentions}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_corpus_toponyms_meet_the_targets(gz: Gazetteer, tmp_path: Path) -> None:
    corpus = corpus_dir()
    scorer = SHARED / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip("scorer not found")
    mentions = tmp_path / "mentions.jsonl"
    write_mentions(gz, corpus / "articles", mentions)
    proc = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--gold",
            str(corpus / "gold"),
            "--mentions",
            str(mentions),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    topo = summary["toponyms"]
    assert topo["found"] / topo["gold_toponyms"] >= 0.95, topo
    assert topo["accuracy_at_tolerance"] >= 0.95, topo
    assert topo["accuracy_at_161km"] >= 0.98, topo
    assert topo["false_positives_nonplace"] == 0, topo
