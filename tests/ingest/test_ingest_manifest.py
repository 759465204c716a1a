"""Manifest readers: rows, column aliases, and no exception on any bytes."""

from __future__ import annotations

import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.ingest.manifest import ManifestRow, iter_csv_rows, iter_jsonl_rows
from geotrack.model import Skipped


def test_csv_aliases_extra_and_missing_cells() -> None:
    data = (
        b"File,Headline,Outlet,Date,extra\n"
        b"a.txt,Title A,Wire,2025-07-01,x\n"
        b"b.txt,Title B,Wire,2025-07-02,x,surplus,cells\n"
        b"c.txt,Title C\n"
    )
    rows = list(iter_csv_rows(data, name="m.csv"))
    assert all(isinstance(r, ManifestRow) for r in rows)
    a, b, c = rows
    assert isinstance(a, ManifestRow) and isinstance(b, ManifestRow) and isinstance(c, ManifestRow)
    assert a.fields == {
        "path": "a.txt",
        "title": "Title A",
        "source": "Wire",
        "published": "2025-07-01",
    }
    assert a.where == "m.csv:2"
    assert b.warnings == ("2 extra cell(s) beyond the 5 columns ignored",)
    assert c.warnings == ("row has 2 of 5 cells",)


def test_csv_without_text_or_path_column_is_one_clear_skip() -> None:
    rows = list(iter_csv_rows(b"title,published\nA,2025-07-01\n", name="m.csv"))
    assert len(rows) == 1 and isinstance(rows[0], Skipped)
    assert rows[0].input == "m.csv"
    assert "no 'text' or 'path' column (columns: 'title', 'published')" in rows[0].reason


def test_csv_row_numbers_follow_multiline_cells() -> None:
    data = b'text,title\n"line one\nline two",T1\n"third",T2\n'
    rows = list(iter_csv_rows(data, name="m.csv"))
    assert [r.where for r in rows] == ["m.csv:2", "m.csv:4"]


def test_csv_in_utf16_and_cp1252() -> None:
    text = "text,title\n“Café” in Poipet,Tïtle\n"
    for data in (text.encode("utf-16"), text.encode("cp1252") * 1):
        rows = [r for r in iter_csv_rows(data, name="m.csv") if isinstance(r, ManifestRow)]
        assert rows[0].fields["text"] == "“Café” in Poipet"


def test_jsonl_overlong_line_is_skipped_and_reading_goes_on() -> None:
    big = json.dumps({"text": "x" * 5000})
    data = (big + "\n" + json.dumps({"id": "ok", "text": "fine"}) + "\n").encode()
    rows = list(iter_jsonl_rows(io.BytesIO(data), name="m.jsonl", max_line_bytes=1000))
    assert isinstance(rows[0], Skipped) and "longer than 1,000 bytes" in rows[0].reason
    assert isinstance(rows[1], ManifestRow) and rows[1].fields["id"] == "ok"
    assert rows[1].where == "m.jsonl:2"


def test_jsonl_deep_nesting_is_a_skip_not_a_crash() -> None:
    data = ("[" * 100_000 + "]" * 100_000 + "\n").encode()
    (row,) = iter_jsonl_rows(io.BytesIO(data), name="m.jsonl", max_line_bytes=10**6)
    assert isinstance(row, Skipped)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_csv_reader_never_raises(data: bytes) -> None:
    for row in iter_csv_rows(b"text,title,published\n" + data, name="m.csv"):
        assert isinstance(row, ManifestRow | Skipped)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=200),
            st.dictionaries(
                st.sampled_from(["id", "text", "path", "title", "published", "url", "x"]),
                st.one_of(st.none(), st.integers(), st.text(max_size=40), st.lists(st.integers())),
            ).map(lambda d: json.dumps(d).encode()),
        ),
        max_size=20,
    )
)
def test_jsonl_reader_never_raises(lines: list[bytes]) -> None:
    data = b"\n".join(lines)
    for row in iter_jsonl_rows(io.BytesIO(data), name="m.jsonl", max_line_bytes=10_000):
        assert isinstance(row, ManifestRow | Skipped)
        if isinstance(row, ManifestRow):
            assert "text" in row.fields or "path" in row.fields
