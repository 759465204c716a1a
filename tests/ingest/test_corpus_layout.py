"""Real-world input layouts: a manifest beside an articles/ folder, sidecar manifests, printed dates.

../shared/corpus, benchmarks/heldout and benchmarks/testset keep articles in `articles/` with a
`manifest.csv` (bare file names) beside that folder; before this was understood, folder input
left most articles undated and corpus event F1 fell from 0.94 to 0.165.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from geotrack.ingest import load_articles
from tests.conftest import HELDOUT


def _manifest_dates(manifest: Path) -> dict[str, dt.date]:
    with manifest.open(encoding="utf-8") as fh:
        return {
            Path(r["file"]).stem: dt.date.fromisoformat(r["published"]) for r in csv.DictReader(fh)
        }


def test_manifest_with_articles_subfolder() -> None:
    result = load_articles([HELDOUT / "manifest.csv"])
    expected = _manifest_dates(HELDOUT / "manifest.csv")
    assert {a.id: a.published for a in result.articles} == expected


def test_folder_input_uses_sidecar_manifest() -> None:
    result = load_articles([HELDOUT / "articles"])
    expected = _manifest_dates(HELDOUT / "manifest.csv")
    assert {a.id: a.published for a in result.articles} == expected
    assert all(a.source for a in result.articles)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published June 14, 2024, 6:40 AM EAT", dt.date(2024, 6, 14)),
        ("05:12 AM May 23, 2024", dt.date(2024, 5, 23)),
        ("Vientiane Capital, 28 August 2024", dt.date(2024, 8, 28)),
        ("Published: 12 March 2024 10:15 ICT", dt.date(2024, 3, 12)),
        ("Mon, 04 Dec 2023", dt.date(2023, 12, 4)),
        ("Wednesday, Feb. 12, 2025", dt.date(2025, 2, 12)),
    ],
)
def test_printed_publication_dates(tmp_path: Path, line: str, expected: dt.date) -> None:
    body = "Police in the border town detained dozens of workers at a casino compound on Friday."
    path = tmp_path / "page.txt"
    path.write_text(f"Scam raid at the border\n{line}\n\n{body}\n", encoding="utf-8")
    (article,) = load_articles([path]).articles
    assert article.published == expected
    assert article.published_from == "text"
