"""Every broken or hostile input gets a clear message naming the file (and line); none crashes.

The corpus is ``tests/fixtures/bad/`` (small files written for these tests) plus large
files generated here in a temporary folder (never committed).
"""

from __future__ import annotations

import base64
import io
import time
import tracemalloc
from pathlib import Path

import pytest
from robustness_helpers import BAD

from geotrack.ingest import load_articles
from geotrack.settings import Settings

# (file under tests/fixtures/bad, input suffix the message must name, outcome, words in the reason)
CASES: list[tuple[str, str, str, str]] = [
    ("files/empty.txt", "", "skipped", "empty file"),
    ("files/whitespace-only.txt", "", "skipped", "only whitespace"),
    ("files/image-renamed.txt", "", "skipped", "PNG image, not text"),
    ("files/invalid-utf8.txt", "", "degraded", "invalid UTF-8 byte(s) replaced"),
    ("files/utf16-bom.txt", "", "kept", ""),
    ("files/utf16-no-bom.txt", "", "degraded", "decoded as utf-16-be"),
    ("files/windows-1252.txt", "", "degraded", "decoded as cp1252"),
    ("files/mixed-line-ends.txt", "", "kept", ""),
    ("files/no-punctuation.txt", "", "kept", ""),
    ("html/malformed.html", "", "kept", ""),
    ("html/scripts-iframes.html", "", "kept", ""),
    ("html/no-article-body.html", "", "skipped", "no article body"),
    ("manifests/missing-columns.csv", "", "skipped", "no 'text' or 'path' column"),
    ("manifests/extra-and-short-rows.csv", ":2", "degraded", "2 extra cell(s)"),
    ("manifests/extra-and-short-rows.csv", ":3", "skipped", "neither 'text' nor 'path'"),
    ("manifests/wrong-types.jsonl", ":1", "degraded", "'title' must be a string, got list"),
    ("manifests/wrong-types.jsonl", ":2", "skipped", "'text' must be a string, got int"),
    ("manifests/wrong-types.jsonl", ":4", "skipped", "'text' must be a string, got bool"),
    ("manifests/bad-dates.csv", ":2", "degraded", "'2025-02-30' is not a date"),
    ("manifests/bad-dates.csv", ":3", "degraded", "'1800-01-01' is implausibly early"),
    ("manifests/bad-dates.csv", ":4", "degraded", "'2999-12-31' is in the future"),
    ("manifests/bad-dates.csv", ":5", "degraded", "'next tuesday' is not a date"),
    ("manifests/broken-line.jsonl", ":2", "skipped", "not valid JSON"),
    ("manifests/missing-path.csv", ":2", "skipped", "does not exist"),
    ("manifests/missing-path.csv", ":3", "skipped", "does not exist"),
    ("content/absurd-numbers.txt", "", "kept", ""),
    ("content/negative-counts.txt", "", "kept", ""),
    ("content/future-date.txt", "", "degraded", "'2999-01-01' is in the future"),
    ("content/hostile-markup.txt", "", "degraded", "not an http(s) address"),
    ("content/hostile-manifest.csv", ":2", "degraded", "not an http(s) address"),
]


@pytest.mark.parametrize(("name", "where", "outcome", "reason"), CASES)
def test_bad_input_case(name: str, where: str, outcome: str, reason: str) -> None:
    path = BAD / name
    start = time.process_time()
    result = load_articles([path])
    assert time.process_time() - start < 5.0
    target = f"{path}{where}"
    problems = [s for s in result.skipped if s.input == target]
    if outcome == "kept":
        assert problems == [], problems
        assert result.articles
        return
    assert problems, f"no message for {target}: {result.skipped}"
    (problem,) = problems
    assert problem.severity == outcome
    assert reason in problem.reason


def test_the_batch_goes_on_past_every_bad_file() -> None:
    folders = [BAD / sub for sub in ("files", "html", "manifests", "content")]
    result = load_articles(folders)
    # every good row and readable file still became an article
    ids = {a.id for a in result.articles}
    assert {"b1", "b3", "x1", "x3", "d1", "d4", "utf16-bom", "malformed", "h1"} <= ids
    assert all(s.input.startswith(str(BAD)) for s in result.skipped)


def test_clean_text_from_every_encoding() -> None:
    result = load_articles([BAD / "files"])
    texts = {a.id: a.text for a in result.articles}
    assert "café owner’s tower" in texts["windows-1252"]
    assert texts["utf16-no-bom"].startswith("KOH KONG — Officers")
    assert "\r" not in texts["mixed-line-ends"]
    assert texts["mixed-line-ends"].count("\n\n") == 3
    assert "Sen Sok — “quoted”" in texts["invalid-utf8"]


def test_scripts_and_iframes_do_not_reach_the_text() -> None:
    (article,) = load_articles([BAD / "html" / "scripts-iframes.html"]).articles
    for marker in ("alert(", "<script", "document.cookie", "onerror", "iframe", "evil"):
        assert marker not in article.text


def test_fifty_megabytes_is_refused_fast_in_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "fifty-mb.txt"
    line = ("Police in Poipet held people on Tuesday, officials said. " * 20 + "\n").encode()
    with big.open("wb") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line * 100)
    tracemalloc.start()
    start = time.process_time()
    result = load_articles([big])
    elapsed = time.process_time() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert result.articles == []
    (problem,) = result.skipped
    assert problem.input == str(big)
    assert "over the 20,000,000-byte limit (Settings.max_input_bytes)" in problem.reason
    assert elapsed < 2.0
    assert peak < 5 * 1024 * 1024


def test_fifty_megabytes_on_stdin_is_read_only_to_the_cap() -> None:
    stream = io.BytesIO(b"x" * (50 * 1024 * 1024))
    settings = Settings(max_input_bytes=1_000_000)
    result = load_articles(["-"], settings=settings, stdin=stream)
    assert result.articles == []
    assert "over the 1,000,000-byte limit" in result.skipped[0].reason
    assert stream.tell() == 1_000_001


def test_a_hundred_thousand_character_line(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("POIPET — " + "police held people and " * 4500 + "officials said.\n")
    assert len(path.read_text()) > 100_000
    start = time.process_time()
    (article,) = load_articles([path]).articles
    assert time.process_time() - start < 2.0
    assert len(article.text) > 100_000


def test_overlong_article_is_cut_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Police in Bavet held 12 people on Sunday, officials said.\n\n" * 50_000)
    result = load_articles([path], settings=Settings(max_article_chars=100_000))
    (article,) = result.articles
    assert len(article.text) <= 100_000
    assert article.text.endswith("officials said.")
    assert "cut to" in result.skipped[0].reason and result.skipped[0].severity == "degraded"


def test_html_with_huge_inline_data(tmp_path: Path) -> None:
    blob = base64.b64encode(bytes(range(256)) * 20_000).decode()  # ~6.8 MB of base64
    page = (
        "<!doctype html><html><head><title>Page with a huge image</title>"
        f"<style>.x{{background:url(data:image/png;base64,{blob[:100_000]})}}</style></head><body>"
        f'<img src="data:image/png;base64,{blob}">'
        "<article><p>BAVET — Police searched a casino complex on Sunday and held 25 people, "
        "officials said.</p></article></body></html>"
    )
    path = tmp_path / "huge-inline.html"
    path.write_text(page)
    start = time.process_time()
    result = load_articles([path])
    assert time.process_time() - start < 15.0
    (article,) = result.articles
    assert "held 25 people" in article.text
    assert "base64" not in article.text


def test_a_place_name_five_thousand_characters_long(tmp_path: Path) -> None:
    name = "Sihanoukville" + "ville" * 1000
    path = tmp_path / "long-name.txt"
    path.write_text(f"POIPET — Police raided a compound in {name} on Tuesday, officials said.\n")
    (article,) = load_articles([path]).articles
    assert name in article.text


def test_nonexistent_paths_are_named(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "article.txt"
    result = load_articles([missing, BAD / "files" / "utf16-bom.txt"])
    assert [a.id for a in result.articles] == ["utf16-bom"]
    assert result.skipped[0].input == str(missing)
    assert result.skipped[0].reason == "no such file or folder"
