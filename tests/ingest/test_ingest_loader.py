"""load_articles on files, folders, manifests and stdin: every input read or explained."""

from __future__ import annotations

import codecs
import datetime as dt
import io
from pathlib import Path

from geotrack.ingest import iter_articles, load_articles
from geotrack.model import Article, Skipped
from geotrack.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def by_id(articles: list[Article]) -> dict[str, Article]:
    return {a.id: a for a in articles}


def reasons(skipped: list[Skipped]) -> dict[str, str]:
    return {s.input: s.reason for s in skipped}


def test_folder_is_walked_recursively_sorted_hidden_left_out() -> None:
    result = load_articles([FIXTURES / "folder"])
    assert [a.id for a in result.articles] == ["a-poipet", "c-page", "b-bavet"]
    names = reasons(result.skipped)
    assert any(
        k.endswith("notes.docx") and "unsupported file type '.docx'" in v for k, v in names.items()
    )
    assert not any(".hidden" in k for k in names)


def test_txt_front_matter_fills_metadata() -> None:
    article = by_id(load_articles([FIXTURES / "folder"]).articles)["a-poipet"]
    assert article.title == "Fixture raid in Poipet"
    assert article.source == "Fixture Times"
    assert article.url == "https://example.org/poipet"
    assert article.published == dt.date(2025, 7, 17)
    assert article.published_from == "metadata"
    assert article.text.startswith("POIPET — Officers")
    assert len(article.content_hash) == 64


def test_html_main_text_and_metadata() -> None:
    article = by_id(load_articles([FIXTURES / "folder"]).articles)["c-page"]
    assert article.title == "Fixture page about Sen Sok"
    assert article.source == "Fixture Herald"
    assert article.url == "https://example.org/sen-sok"
    assert article.published == dt.date(2025, 7, 16)
    assert "Sen Sok district" in article.text
    for junk in ("Cheap flights", "tracking pixel", "Copyright", "World"):
        assert junk not in article.text


def test_csv_manifest_rows() -> None:
    result = load_articles([FIXTURES / "rows.csv"])
    articles = by_id(result.articles)
    assert set(articles) == {"row-one", "rows:2", "a-poipet"}
    assert articles["row-one"].published == dt.date(2025, 7, 20)
    assert articles["row-one"].path and articles["row-one"].path.endswith("rows.csv:2")
    # a bad date keeps the article, degraded, with the value and the reason
    second = articles["rows:2"]
    assert second.published is None and second.published_from == "unknown"
    assert any("'2025-02-30' is not a date" in w for w in second.warnings)
    assert '"the building manager"' in second.text
    # a path row: file text, manifest metadata wins over the file's front matter
    by_path = articles["a-poipet"]
    assert by_path.title == "Third row by path"
    assert by_path.published == dt.date(2025, 7, 21)
    assert by_path.url == "https://example.org/poipet"
    problems = reasons(result.skipped)
    assert "does not exist" in problems[str(FIXTURES / "rows.csv") + ":5"]
    assert "neither 'text' nor 'path'" in problems[str(FIXTURES / "rows.csv") + ":6"]
    degraded = [s for s in result.skipped if s.severity == "degraded"]
    assert [s.input for s in degraded] == [str(FIXTURES / "rows.csv") + ":3"]


def test_jsonl_manifest_survives_a_broken_line() -> None:
    result = load_articles([FIXTURES / "rows.jsonl"])
    assert [a.id for a in result.articles] == ["j1", "j3", "j6"]
    problems = reasons(result.skipped)
    name = str(FIXTURES / "rows.jsonl")
    assert "not valid JSON" in problems[f"{name}:2"]
    assert "expected a JSON object, got list" in problems[f"{name}:4"]
    assert "'text' must be a string, got list" in problems[f"{name}:6"]
    j3 = by_id(result.articles)["j3"]
    assert j3.published is None  # 20250719 as a number is not a date
    assert any("20250719" in w for w in j3.warnings)
    j6 = by_id(result.articles)["j6"]
    assert j6.title == "Row with a path" and j6.published == dt.date(2025, 7, 19)


def test_file_named_by_a_manifest_is_read_once_with_the_manifest_metadata(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("BAVET — Twelve people were held.\n")
    (tmp_path / "articles" / "two.txt").write_text("POIPET — Forty people were held.\n")
    (tmp_path / "manifest.csv").write_text("file,title,published\none.txt,One,2025-07-01\n")
    result = load_articles([tmp_path])
    assert sorted(a.id for a in result.articles) == ["one", "two"]
    assert by_id(result.articles)["one"].title == "One"
    assert result.skipped == []


def test_same_text_twice_is_one_article(tmp_path: Path) -> None:
    text = "POIPET — Police held 40 people on Tuesday.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text("\ufeff" + text.replace("\n", "\r\n"))
    result = load_articles([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "a.txt"])
    assert [a.id for a in result.articles] == ["a"]
    assert result.skipped == [
        Skipped(str(tmp_path / "b.txt"), "duplicate of article 'a' (same text); read once")
    ]


def test_ids_are_unique_within_a_run(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Text from folder {sub}.\n")
    result = load_articles([tmp_path])
    assert [a.id for a in result.articles] == ["story", "story-2"]
    assert "already used" in result.articles[1].warnings[0]


def test_stdin_text_and_stdin_jsonl() -> None:
    result = load_articles(
        ["-"], stdin=io.BytesIO("Title: From stdin\n\nKOH KONG — text.".encode())
    )
    assert result.articles[0].id == "stdin" and result.articles[0].title == "From stdin"
    rows = b'{"id": "s1", "text": "BAVET \xe2\x80\x94 one."}\n{"id": "s2", "text": "POIPET \xe2\x80\x94 two."}\n'
    result = load_articles(["-"], stdin=io.BytesIO(rows))
    assert [a.id for a in result.articles] == ["s1", "s2"]


def test_missing_path_and_empty_folder_are_explained(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = load_articles([tmp_path / "nope.txt", tmp_path / "empty"])
    assert result.articles == []
    assert reasons(result.skipped) == {
        str(tmp_path / "nope.txt"): "no such file or folder",
        str(
            tmp_path / "empty"
        ): "folder has no article files (.txt, .text, .html, .htm, .xhtml, .jsonl, .ndjson, .csv, .tsv)",
    }


def test_caps_on_file_size_and_article_length(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 3000)
    (tmp_path / "long.txt").write_text("Sentence about Poipet. " * 200)
    settings = Settings(max_input_bytes=10_000, max_article_chars=1000)
    result = load_articles([tmp_path], settings=settings)
    problems = reasons(result.skipped)
    assert "15,000 bytes, over the 10,000-byte limit" in problems[str(tmp_path / "big.txt")]
    (article,) = result.articles
    assert len(article.text) <= 1000 and article.text.endswith("Poipet.")
    assert "cut to" in article.warnings[0]


def test_encodings_of_one_text_give_one_article(tmp_path: Path) -> None:
    text = "SIHANOUKVILLE — Police said “dozens” were held at a café.\n"
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "u16.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "u16nobom.txt": text.encode("utf-16-be"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    result = load_articles([tmp_path])
    assert len(result.articles) == 1
    assert result.articles[0].text == text.strip()
    assert all(
        "duplicate of article" in s.reason for s in result.skipped if s.severity == "skipped"
    )


def test_url_must_be_http_and_metadata_is_flattened(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(
        "---\ntitle: <script>alert(1)</script>\nurl: javascript:alert(1)\n---\nBody text.\n"
    )
    (article,) = load_articles([tmp_path]).articles
    assert article.url is None
    assert article.title == "<script>alert(1)</script>"  # kept as text; outputs escape it
    assert any("not an http(s) address" in w for w in article.warnings)


def test_iter_articles_streams() -> None:
    items = iter_articles([FIXTURES / "folder"])
    first = next(items)
    assert isinstance(first, Article | Skipped)


def test_dated_text_without_metadata(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("A headline\nWed Jul 16 2025\n\nPHNOM PENH — Body.\n")
    (tmp_path / "e.txt").write_text("Thursday (June 26)\n\nPHNOM PENH — Other body.\n")
    articles = by_id(load_articles([tmp_path]).articles)
    assert articles["d"].published == dt.date(2025, 7, 16)
    assert articles["d"].published_from == "text"
    assert articles["d"].title == "A headline"
    assert articles["e"].published is None and articles["e"].published_from == "unknown"


def test_excluded_folders_are_not_walked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("POIPET — Police held 40 people on Tuesday.\n")
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "mentions.jsonl").write_text('{"article": "a", "mentions": []}\n')
    result = load_articles([tmp_path], exclude=[tmp_path / "output"])
    assert [a.id for a in result.articles] == ["a"]
    assert result.skipped == []


def _corpus_layout(root: Path) -> None:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "one.txt").write_text("BAVET — Twelve people were held.\n")
    (root / "articles" / "two.txt").write_text("Title: Own title\n\nPOIPET — Forty were held.\n")
    (root / "manifest.csv").write_text(
        "file,title,source,published\n"
        "one.txt,From the manifest,Wire A,2025-07-01\n"
        "two.txt,,Wire B,2025-02-30\n"
        "missing.txt,Not there,Wire C,2025-07-03\n"
    )


def test_manifest_names_files_in_a_sub_folder(tmp_path: Path) -> None:
    _corpus_layout(tmp_path)
    result = load_articles([tmp_path / "manifest.csv"])
    articles = by_id(result.articles)
    assert articles["one"].published == dt.date(2025, 7, 1)
    assert articles["one"].title == "From the manifest"
    assert articles["two"].title == "Own title" and articles["two"].source == "Wire B"
    assert "does not exist" in reasons(result.skipped)[str(tmp_path / "manifest.csv") + ":4"]


def test_folder_uses_a_sidecar_manifest_above_it(tmp_path: Path) -> None:
    _corpus_layout(tmp_path)
    result = load_articles([tmp_path / "articles"])
    articles = by_id(result.articles)
    assert articles["one"].published == dt.date(2025, 7, 1)
    assert articles["one"].source == "Wire A" and articles["one"].published_from == "metadata"
    assert articles["one"].path == str(tmp_path / "articles" / "one.txt")
    # a bad date in the sidecar is reported on the article; rows for absent files are ignored
    assert any("2025-02-30" in w for w in articles["two"].warnings)
    assert [s.severity for s in result.skipped] == ["degraded"]


def test_files_that_are_not_articles_are_listed_but_not_failures(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "articles" / "one.txt").write_text(
        "Police raided a compound in Poipet on Monday and detained 40 people.\n", encoding="utf-8"
    )
    (folder / "README.md").write_text("# notes\n", encoding="utf-8")
    (folder / "gold" / "one.json").write_text("{}", encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    result = load_articles([folder])
    assert [a.id for a in result.articles] == ["one"]
    severity = {Path(s.input).name: s.severity for s in result.skipped}
    assert severity == {"README.md": "ignored", "one.json": "ignored", "scan.pdf": "skipped"}
    assert result.n_skipped == 1  # the PDF may be an article geotrack cannot read
