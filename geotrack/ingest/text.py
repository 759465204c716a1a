"""Bytes to clean text: encoding detection, binary refusal, line ends, front matter.

Every function here is linear in the input size (no backtracking regexes) and raises
only :class:`~geotrack.errors.BadInputError`, whose message the caller prefixes with
the file name.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from geotrack.errors import BadInputError

__all__ = [
    "Decoded",
    "FrontMatter",
    "decode_bytes",
    "normalise_text",
    "split_front_matter",
    "unwrap_hard_breaks",
]

#: Leading bytes of common binary formats that people rename or save by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file (WebP, WAV, AVI)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database (or GeoPackage)"),
)

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: A well-formed multi-byte UTF-8 sequence (fixed-width alternatives: linear time).
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

#: Control characters other than tab, newline, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LINE_END = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
# The characters each pattern above can match: a substring test (a fast C scan) tells
# whether a substitution has anything to do, and most texts need none.
_LINE_END_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
_CONTROL_CHARS = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F))


def _has_any(text: str, chars: tuple[str, ...] | str) -> bool:
    """True when ``text`` holds one of ``chars`` (much faster than a regex search)."""
    return any(c in text for c in chars)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and any warnings.

    ``encoding`` is the codec name (``utf-8``, ``utf-16-le``, ``cp1252`` ...);
    ``warnings`` says what was guessed or repaired (empty for clean UTF-8).
    """

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _sniff_utf16(head: bytes) -> str | None:
    """Guess UTF-16 without a BOM from where the zero bytes fall in ``head``."""
    if len(head) < 16 or len(head) % 2:
        return None
    even = head[0::2]
    odd = head[1::2]
    zeros_even = even.count(0) / len(even)
    zeros_odd = odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _check_texty(text: str) -> None:
    """Refuse decoded text that is mostly control characters or replacement marks."""
    if not text:
        return
    sample = text[:200_000]
    controls = len(_CONTROL.findall(sample)) if _has_any(sample, _CONTROL_CHARS) else 0
    replaced = sample.count("\ufffd")
    if controls > max(8, len(sample) // 100):
        raise BadInputError(
            f"looks like binary data, not text ({controls} control characters in the first "
            f"{len(sample):,})"
        )
    if replaced > max(8, len(sample) // 10):
        raise BadInputError(
            f"mostly undecodable bytes ({replaced} invalid sequences in the first {len(sample):,} "
            "characters); save the file as UTF-8"
        )


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes to ``str``, detecting the encoding.

    Handles UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, UTF-16 without a
    BOM (from the position of zero bytes), UTF-8 with a few damaged bytes (replaced, with
    a warning) and legacy single-byte encodings (detected with charset-normalizer;
    Windows-1252 preferred among equivalent Latin code pages).

    Parameters
    ----------
    data
        The raw file contents.

    Returns
    -------
    Decoded
        The text (not yet normalised), the encoding used and warnings.

    Raises
    ------
    BadInputError
        For images, archives, PDFs and other binary data, or bytes no encoding explains.

    Examples
    --------
    >>> decode_bytes("Poipet \u2014 raid".encode("utf-16")).text
    'Poipet \u2014 raid'
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadInputError(f"this is {what}, not text")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = body.decode(codec, errors="replace")
            _check_texty(text)
            bad = text.count("\ufffd")
            warnings = (f"{bad} invalid {codec} sequence(s) replaced with U+FFFD",) if bad else ()
            return Decoded(text, codec, warnings)
    if b"\x00" in data[:4096]:
        codec16 = _sniff_utf16(data[:4096])
        if codec16 is not None:
            text = data.decode(codec16, errors="replace")
            try:
                _check_texty(text)
            except BadInputError:
                pass
            else:
                return Decoded(
                    text, codec16, (f"no byte-order mark; decoded as {codec16} (detected)",)
                )
        if data.count(b"\x00") > max(8, len(data) // 100):
            raise BadInputError("looks like binary data, not text (contains zero bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_texty(text)
        return Decoded(text, "utf-8")
    if _UTF8_MULTIBYTE.search(data):
        # Valid multi-byte sequences next to invalid bytes: damaged UTF-8, not a legacy page.
        text = data.decode("utf-8", errors="replace")
        _check_texty(text)
        bad = text.count("\ufffd")
        return Decoded(text, "utf-8", (f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD",))
    import charset_normalizer  # only legacy code pages need it

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BadInputError("looks like binary data, not text (no text encoding fits)")
    codec = "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding
    text = data.decode(codec, errors="replace")
    _check_texty(text)
    return Decoded(text, codec, (f"not UTF-8; decoded as {codec} (detected)",))


#: Characters that only mojibake puts inside words: UTF-8 read as Latin-1 or Windows-1252
#: ("ParaÃ±aque", "Ã©", "â€™"), and the second byte left alone when its lead was dropped
#: ("Para±aque").
_MOJIBAKE_MARKS = "ÃÂâ" + "".join(chr(c) for c in range(0xA1, 0xC0) if c not in (0xAD, 0xB7))
#: The second byte of a two-byte Latin letter (U+00C0-U+00FF: lead byte 0xC3) whose lead was
#: lost, between two letters ("Para±aque" -> "Parañaque", "Caf©s" -> "Cafés"). Soft hyphen and
#: middle dot are left alone: they sit inside words on their own.
_LOST_LEAD_RE = re.compile(r"(?<=[A-Za-z])[\u00a1-\u00ac\u00ae-\u00b6\u00b8-\u00bf](?=[a-z])")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as a single-byte code page (ftfy's ``fix_encoding``, which changes
    nothing else: quotes, widths and line breaks stay), then put back Latin letters whose
    lead byte was dropped (``_LOST_LEAD_RE``)."""
    import ftfy  # only texts holding a mojibake mark need it

    if _has_any(text, "ÃÂâ"):
        fixed = ftfy.fix_encoding(text)
        if ftfy.fix_encoding(fixed) == fixed:  # a repair that is itself final
            text = fixed
    return _LOST_LEAD_RE.sub(lambda m: bytes([0xC3, ord(m.group(0))]).decode("utf-8"), text)


def normalise_text(text: str) -> str:
    """Normalise line ends to LF, Unicode to NFC; drop control characters and trailing space;
    repair mojibake (UTF-8 read as a single-byte code page, see ``_repair_mojibake``).

    Examples
    --------
    >>> normalise_text("a\\r\\nb\\rc  \\n\\x00d")
    'a\\nb\\nc\\nd'
    >>> normalise_text("Raids in Para\u00c3\u00b1aque and Para\u00b1aque")
    'Raids in Para\u00f1aque and Para\u00f1aque'
    """
    text = _normalise_once(text)
    if _has_any(text, _MOJIBAKE_MARKS):
        for _ in range(5):  # to a fixed point: normalising again changes nothing
            repaired = _normalise_once(_repair_mojibake(text))
            if repaired == text:
                break
            text = repaired
    return text


def _normalise_once(text: str) -> str:
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    # Each substitution runs only when its characters occur (the output is the same).
    if _has_any(text, _LINE_END_CHARS):
        text = _LINE_END.sub("\n", text)
    if _has_any(text, _CONTROL_CHARS):
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text:
        text = _TRAILING_SPACE.sub("\n", text)
    return text.strip()


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Metadata found at the top of a text file, and the body after it."""

    fields: dict[str, str]
    body: str
    warnings: tuple[str, ...] = ()
    body_line: int = 1  # 1-based line of the original text where the body starts


#: Keys a header may carry, and the Article field each one fills.
FIELD_ALIASES: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "url": "url",
    "link": "url",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "published_at": "published",
    "publication_date": "published",
    "id": "id",
}
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_ -]{0,30}):[ \t]*(.*)")
_MAX_HEADER_LINES = 40


def _unquote(value: str) -> str:
    """Strip whitespace and one pair of matching quotes."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _header_key(line: str) -> tuple[str, str] | None:
    """Split a ``Key: value`` line into a normalised key and the value, or None."""
    match = _HEADER_LINE.fullmatch(line.strip())
    if not match:
        return None
    key = match.group(1).strip().lower().replace(" ", "_").replace("-", "_")
    return key, _unquote(match.group(2))


def split_front_matter(text: str) -> FrontMatter:
    """Split a metadata header off normalised text.

    Two forms are read. A YAML-like block between ``---`` lines::

        ---
        title: Police raid compound in Bavet
        published: 2025-07-16
        ---

    or a plain header: ``Key: value`` lines at the very top, every key one of
    :data:`FIELD_ALIASES`, ended by a blank line. Unknown keys in a ``---`` block are
    ignored; a line without ``key: value`` there is reported as a warning.

    Examples
    --------
    >>> fm = split_front_matter("Title: Raid\\nPublished: 2025-07-16\\n\\nPOIPET — ...")
    >>> fm.fields, fm.body
    ({'title': 'Raid', 'published': '2025-07-16'}, 'POIPET — ...')
    """
    lines = text.split("\n", _MAX_HEADER_LINES + 2)
    if lines and lines[0].strip() == "---":
        for end in range(1, min(len(lines), _MAX_HEADER_LINES + 2)):
            if lines[end].strip() in ("---", "..."):
                break
        else:
            return FrontMatter(
                {}, text, ("front matter opened with '---' but never closed; read as text",)
            )
        fields: dict[str, str] = {}
        warnings: list[str] = []
        for number, line in enumerate(lines[1:end], start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parsed = _header_key(line)
            if parsed is None:
                warnings.append(f"line {number}: {line.strip()[:80]!r} is not 'key: value'")
                continue
            key, value = parsed
            if key in FIELD_ALIASES and value:
                fields.setdefault(FIELD_ALIASES[key], value)
        body = "\n".join(lines[end + 1 :]) if end + 1 < len(lines) else ""
        return FrontMatter(fields, body.strip("\n"), tuple(warnings), body_line=end + 2)
    fields = {}
    for number, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if not line.strip():
            if fields:
                body = "\n".join(lines[number + 1 :])
                return FrontMatter(fields, body.strip("\n"), body_line=number + 2)
            return FrontMatter({}, text)
        parsed = _header_key(line)
        if parsed is None or parsed[0] not in FIELD_ALIASES or not parsed[1]:
            return FrontMatter({}, text)
        fields.setdefault(FIELD_ALIASES[parsed[0]], parsed[1])
    return FrontMatter({}, text)


#: A line that opens a list item ("- ", "• ", "1. ", "2) ", "» ").
_LIST_ITEM = re.compile(r"[ \t]*(?:[-–—•*·▪►»>]|\d{1,2}[.)])\s")
#: A dateline opening a paragraph ("BANGKOK, ", "PHNOM PENH — ", "MANILA (Reuters) ").
_DATELINE_START = re.compile(r"[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+){0,3}\s*(?:,|—|–|-|\()")
#: Words a sentence does not end on: a line ending on one goes on in the next line.
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "against",
        "during",
        "through",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "this",
        "these",
        "those",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "not",
        "no",
        "said",
        "says",
        "told",
    ]
)
#: Line ends that close a sentence (a wrapped line ending so may still be a paragraph break).
_LINE_TERMINAL = frozenset(".!?;\"”’')]…")
_WRAP_MAX_WIDTH = 180  # no one hard-wraps prose wider than this
_WRAP_MIN_WIDTH = 30
_WRAP_NEAR = 0.75  # a wrapped line fills at least this share of the wrap width


def _line_is_titlecase(line: str) -> bool:
    """True for a headline in title case ("Police Raid Scam Compound In Bavet")."""
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def unwrap_hard_breaks(text: str) -> str:
    """Join lines that a hard wrap broke inside a paragraph (normalised text in, same length out).

    Some saved articles are wrapped at a fixed width (about 60-80 characters): every
    paragraph spreads over several lines, and line-based paragraph splitting would take
    each line for a paragraph. When most lines followed by another line fill a common
    width (the text is wrapped), a line break is replaced by a space where it sits inside
    a paragraph: the line fills the width, is not a list item or a list header ("...:"),
    the next line is neither a list item, an indented or dateline paragraph start, and
    the paragraph plainly goes on (the next line starts lower-case, this one ends on a
    comma or a function word, or the next line is itself wrapped or closes a sentence).
    A line ending a sentence is joined only inside a paragraph already being joined.

    Each replaced ``"\\n"`` becomes one space, so the text keeps its length and offsets.
    Titles, bylines, front matter, one-title-per-line lists and short lines are kept as
    they are; text that is not hard-wrapped comes back unchanged.

    Examples
    --------
    >>> unwrap_hard_breaks("Police raided a compound in Poipet on Monday and detained\\n"
    ...                    "forty workers from six countries, officials said on the\\n"
    ...                    "same day, adding that more raids in Bavet would follow in\\n"
    ...                    "the coming weeks as the provincial task force widens.\\n\\n"
    ...                    "Items seized:\\n- phones\\n- laptops")[:70]
    'Police raided a compound in Poipet on Monday and detained forty worker'
    """
    if text.count("\n") < 3:
        return text
    lines = text.split("\n")
    n = len(lines)
    # Lines followed by another line of the same block, neither of them a list item.
    candidates = [
        i
        for i in range(n - 1)
        if lines[i].strip()
        and lines[i + 1].strip()
        and not _LIST_ITEM.match(lines[i])
        and not _LIST_ITEM.match(lines[i + 1])
    ]
    if len(candidates) < 3:
        return text
    # The wrap width: the line length the longest tenth of the lines reach, so that one
    # sentence left unwrapped in a wrapped text ("... as evidence." on 101 characters among
    # lines of 60-78) does not set it.
    lengths = sorted((len(lines[i]) for i in candidates), reverse=True)
    width = lengths[len(lengths) // 10]
    if not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return text
    near_len = _WRAP_NEAR * width

    def is_near(k: int) -> bool:
        return len(lines[k]) >= near_len

    def ends_sentence(k: int) -> bool:
        stripped = lines[k].rstrip()
        return bool(stripped) and stripped[-1] in _LINE_TERMINAL

    def opens_paragraph(k: int) -> bool:
        # An indented line, or one opening with a dateline ("BANGKOK, ...").
        return lines[k][:1].isspace() or _DATELINE_START.match(lines[k]) is not None

    # Breaks inside a sentence that plainly goes on: the next line starts lower-case, or
    # this one ends on a comma or a function word. Wrapped prose is full of them (most
    # words are lower-case); one title per line never is.
    strong: set[int] = set()
    near = [i for i in candidates if len(lines[i]) >= near_len]  # is_near(i), inlined
    if len(near) < 3 or len(near) < 0.6 * len(candidates):
        return text  # (tested again below; known before the loop, which only fills strong)
    for i in near:
        line = lines[i].rstrip()
        if ends_sentence(i) or line.endswith(":") or opens_paragraph(i + 1):
            continue
        last = line.rsplit(None, 1)[-1]
        if lines[i + 1][:1].islower() or last.endswith(",") or last.lower() in _FUNCTION_WORDS:
            strong.add(i)
    if len(near) < 3 or len(near) < 0.6 * len(candidates) or len(strong) < max(2, 0.3 * len(near)):
        return text

    joined = [False] * n  # joined[i]: the break after line i becomes a space
    for i in near:
        line = lines[i].rstrip()
        if i in strong:
            joined[i] = True
            continue
        if line.endswith(":") or opens_paragraph(i + 1):
            continue
        if lines[i + 1][:1].islower():
            joined[i] = True  # "... the U.S.\ngovernment": no sentence starts lower-case
            continue
        inside = i > 0 and joined[i - 1]  # inside a paragraph being joined
        # The next line goes on wrapping, or closes the paragraph with a sentence end.
        block_end = i + 2 >= n or not lines[i + 2].strip()
        goes_on = (i + 1) in strong or (ends_sentence(i + 1) and block_end)
        if ends_sentence(i):
            joined[i] = inside and (goes_on or is_near(i + 1))
        else:
            # A title above the story is in title case; a paragraph's first line is not.
            joined[i] = inside or (goes_on and not _line_is_titlecase(line))
    if not any(joined):
        return text
    return "".join(
        line + (" " if joined[i] else "\n") if i < n - 1 else line for i, line in enumerate(lines)
    )
