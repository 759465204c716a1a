"""Decoding, normalising and front matter: every encoding an analyst's files come in."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geotrack.errors import BadInputError
from geotrack.ingest.text import decode_bytes, normalise_text, split_front_matter

SAMPLE = "PHNOM PENH — Police in Sen Sok held 57 people; “victims”, officials said. Café."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), "utf-32-le"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text == SAMPLE


def test_windows_1252_is_detected_and_flagged() -> None:
    decoded = decode_bytes(SAMPLE.encode("cp1252") * 3)
    assert decoded.text == SAMPLE * 3
    assert decoded.encoding == "cp1252"
    assert any("cp1252" in w for w in decoded.warnings)


def test_damaged_utf8_keeps_the_good_text_and_says_so() -> None:
    data = SAMPLE.encode("utf-8") + b" \xff\xfe broken " + SAMPLE.encode("utf-8")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("Sen Sok") == 2
    assert decoded.warnings and "invalid UTF-8" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
    ],
)
def test_binary_data_is_refused_with_a_reason(data: bytes, what: str) -> None:
    with pytest.raises(BadInputError, match=what):
        decode_bytes(data)


def test_normalise_line_ends_controls_and_nfc() -> None:
    text = "line one\r\nline two\rline three\n\x00x\u2028e\u0301\t \n"
    assert normalise_text(text) == "line one\nline two\nline three\nx\né"


def test_front_matter_block() -> None:
    fm = split_front_matter(
        '---\ntitle: "Raid: in Bavet"\nurl: https://example.org/x\nauthor: someone\n'
        "published: 2025-07-16\n---\n\nBAVET — text"
    )
    assert fm.fields == {
        "title": "Raid: in Bavet",
        "url": "https://example.org/x",
        "published": "2025-07-16",
    }
    assert fm.body == "BAVET — text"
    assert fm.warnings == ()


def test_front_matter_bad_line_is_a_warning_with_its_line() -> None:
    fm = split_front_matter("---\ntitle: ok\nthis line is junk\n---\nbody")
    assert fm.fields == {"title": "ok"}
    assert fm.body == "body"
    assert fm.warnings and fm.warnings[0].startswith("line 3:")


def test_unclosed_front_matter_is_read_as_text() -> None:
    fm = split_front_matter("---\ntitle: never closed\nPOIPET — body")
    assert fm.fields == {}
    assert "never closed" in fm.body
    assert fm.warnings


def test_simple_header_needs_known_keys_and_a_blank_line() -> None:
    fm = split_front_matter("Source: Wire\nPublished: 2025-07-18\n\nBody here.")
    assert fm.fields == {"source": "Wire", "published": "2025-07-18"}
    assert fm.body == "Body here."
    # A first sentence with a colon is not a header.
    text = "Police said: twelve people were held\n\nMore text."
    assert split_front_matter(text).fields == {}
    assert split_front_matter(text).body == text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_raises_only_bad_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except BadInputError:
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_utf8_text_round_trips(text: str) -> None:
    try:
        decoded = decode_bytes(text.encode("utf-8"))
    except BadInputError:
        return  # text made mostly of control characters is refused, by design
    # A leading U+FEFF encodes to the same bytes as UTF-8's byte-order mark, which is read
    # as the mark (and dropped), by design.
    assert decoded.text == text.removeprefix("\ufeff")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=1000))
def test_front_matter_and_normalise_never_crash(text: str) -> None:
    normal = normalise_text(text)
    assert "\r" not in normal
    fm = split_front_matter(normal)
    assert isinstance(fm.body, str)
    assert normalise_text(normal) == normal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raids in ParaÃ±aque and Las PiÃ±as", "Raids in Parañaque and Las Piñas"),
        ("the mayorâ€™s office", "the mayor’s office"),
        # a lead byte dropped by the page: the second byte alone between letters
        ("Raids in Para±aque City", "Raids in Parañaque City"),
        # left alone: real accented text, symbols between digits, soft hyphens
        ("Tân Nam gate in Tây Ninh; São Paulo", "Tân Nam gate in Tây Ninh; São Paulo"),
        ("25±2 at 5°C, co\u00adoperation", "25±2 at 5°C, co\u00adoperation"),
    ],
)
def test_mojibake_is_repaired(text: str, expected: str) -> None:
    assert normalise_text(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abAZ ÃÂâ€™©±ñé·\u00ad°\u2029\x1f\n")), max_size=40))
def test_mojibake_repair_is_idempotent(text: str) -> None:
    normal = normalise_text(text)
    assert normalise_text(normal) == normal
