"""Publication dates: parse a metadata value, or find a printed date line in the text.

Only full dates (day, month and year) count as a publication date: a line such as
"Thursday (June 26)" names no year and is left alone. Dates before 1990 or after
tomorrow are refused as implausible. All patterns are linear-time.
"""

from __future__ import annotations

import datetime as dt
import re

from geotrack.errors import BadInputError

__all__ = ["EARLIEST", "infer_published", "parse_published"]

#: No article about this subject predates this; earlier years are typos or placeholders.
EARLIEST = dt.date(1990, 1, 1)

_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH_RE})\.?\s{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(?P<y1>\d{{4}})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s)?(?P<m2>{_MONTH_RE})\.?,?\s{{1,3}}(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2})\b"
    r"|\b(?P<a4>\d{1,2})[-/.](?P<b4>\d{1,2})[-/.](?P<y4>\d{4})\b",
    re.IGNORECASE,
)
#: Before a date on a dateline: a place of one to five capitalised words and a comma
#: ("Vientiane Capital, 28 August 2024", "PHNOM PENH, July 18, 2025 —").
_PLACE_PREFIX = re.compile(r"[A-Z][\w'’.-]*(?:[ ,]{1,2}[A-Z][\w'’.-]*){0,4}\s?,\s?")
#: After a date on a dateline: the story's dash or the agency in brackets.
_DATELINE_AFTER = re.compile(r"\s*(?:$|[—–]|-{1,2}\s|\()")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]{0,15}(?:Z|[+-]\d{2}:?\d{2})?)?")
_WORD = re.compile(r"[^\W\d_]+|\d+")
#: Words that may stand beside a date on a date line (labels, weekdays, times, zones).
_DATE_LINE_WORDS = frozenset(
    [
        "published",
        "publish",
        "updated",
        "update",
        "posted",
        "last",
        "modified",
        "on",
        "at",
        "date",
        "dated",
        "first",
        "am",
        "pm",
        "ict",
        "gmt",
        "utc",
        "est",
        "edt",
        "bst",
        "cet",
        "cest",
        "ist",
        "jst",
        "sgt",
        "mmt",
        "pst",
        "pdt",
        "local",
        "time",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "eat",
        "wat",
        "cat",
        "sast",
        "aest",
        "aedt",
        "awst",
        "hkt",
        "pht",
        "wib",
        "wita",
        "wit",
        "kst",
        "myt",
        "cst",
        "mst",
        "edition",
        "issue",
        "thứ",
        "hai",
        "ba",
        "tư",
        "năm",
        "sáu",
        "bảy",
        "chủ",
        "nhật",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "ago",
        "hour",
        "hours",
        "minute",
        "minutes",
        "min",
        "mins",
        "gmt7",
    ]
)
#: A time-zone offset ("+0700", "+07:00", "GMT+7").
_ZONE_OFFSET = re.compile(r"(?<=\s)[+-]\d{2}:?\d{2}\b|\bGMT[+-]\d{1,2}\b", re.IGNORECASE)
#: A byline before a date on one line ("By Hoang Nam   September 22, 2022").
_BYLINE_PREFIX = re.compile(r"\s*By\s+(?:[A-Z][\w'’.-]*,?\s+(?:and\s+)?){1,6}\s*$")
_SEGMENT_SPLIT = re.compile(r"\s[|•·/]\s|\s[|•·]|[|•·]\s")
_MAX_LINE = 120
_LINES_SCANNED = 25


def _latest() -> dt.date:
    """The latest plausible publication date: tomorrow (time zones)."""
    return dt.date.today() + dt.timedelta(days=1)


def _checked(year: int, month: int, day: int, *, value: str) -> dt.date:
    """Build a date and check it is real and plausible (BadInputError naming ``value``)."""
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        raise BadInputError(f"{value!r} is not a date ({exc})") from None
    if date < EARLIEST:
        raise BadInputError(f"{value!r} is implausibly early (before {EARLIEST.year})")
    if date > _latest():
        raise BadInputError(f"{value!r} is in the future")
    return date


def _from_match(match: re.Match[str], *, value: str) -> dt.date:
    """The date a match of ``_DATE`` names."""
    groups = match.groupdict()
    if groups["y1"]:
        year, month, day = int(groups["y1"]), _MONTHS[groups["m1"].lower()], int(groups["d1"])
    elif groups["y2"]:
        year, month, day = int(groups["y2"]), _MONTHS[groups["m2"].lower()], int(groups["d2"])
    elif groups["y3"]:
        year, month, day = int(groups["y3"]), int(groups["m3"]), int(groups["d3"])
    else:
        # 19/9/2022 is day first, 9/19/2022 month first; 9/7/2022 could be either.
        first, second, year = int(groups["a4"]), int(groups["b4"]), int(groups["y4"])
        if first == second:
            day = month = first
        elif first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        else:
            raise BadInputError(
                f"{value!r} is ambiguous (day/month or month/day?); write YYYY-MM-DD"
            )
    return _checked(year, month, day, value=value)


def parse_published(value: str) -> dt.date:
    """Parse a publication date from metadata (front matter, manifest cell, HTML meta).

    Accepts ISO dates and datetimes (``2025-07-18``, ``2025-07-18T09:30:00+07:00``) and
    written dates with a year (``July 18, 2025``, ``18 July 2025``, ``Wed Sep 21 2022``).

    Raises
    ------
    BadInputError
        When the value is not a full date, is impossible (``2025-02-30``), before 1990,
        or in the future. The message shows the value with ``!r``.

    Examples
    --------
    >>> parse_published("2025-07-18T09:30:00+07:00")
    datetime.date(2025, 7, 18)
    >>> parse_published("Wed Sep 21 2022")
    datetime.date(2022, 9, 21)
    """
    text = value.strip()[:200]
    iso = _ISO.fullmatch(text)
    if iso:
        return _checked(int(iso[1]), int(iso[2]), int(iso[3]), value=value)
    match = _DATE.search(text)
    if match is None:
        raise BadInputError(
            f"{value!r} is not a date (expected YYYY-MM-DD, or e.g. 'July 18, 2025')"
        )
    leftover = (text[: match.start()] + " " + text[match.end() :]).lower()
    words = _WORD.findall(leftover)
    if any(not (w in _DATE_LINE_WORDS or w.isdigit()) for w in words):
        raise BadInputError(
            f"{value!r} is not a date (expected YYYY-MM-DD, or e.g. 'July 18, 2025')"
        )
    return _from_match(match, value=value)


def _date_line(segment: str) -> dt.date | None:
    """The date of a segment that is only a date plus labels, times or zones; else None."""
    match = _DATE.search(segment)
    if match is None:
        return None
    before, after = segment[: match.start()], segment[match.end() :]
    if _BYLINE_PREFIX.fullmatch(before):
        before = ""
    dateline = _PLACE_PREFIX.fullmatch(before) is not None and _DATELINE_AFTER.match(after)
    words = _WORD.findall(_ZONE_OFFSET.sub(" ", before + " " + after).lower())
    if not dateline and (
        len(words) > 12
        or any(not (w in _DATE_LINE_WORDS or (w.isdigit() and len(w) <= 2)) for w in words)
    ):
        return None
    try:
        return _from_match(match, value=match.group(0))
    except BadInputError:
        return None


def infer_published(text: str) -> tuple[dt.date, str] | None:
    """Find a printed publication date line near the top of an article.

    A date line is a short line that is a full date plus at most a label, weekday,
    time or zone ("Wed Sep 21 2022", "Published: July 18, 2025 10:32 ICT"), or such a
    date in one ``|``-separated part of a byline. Dates inside sentences are not used:
    they are what the article reports, not when it was published.

    Returns
    -------
    tuple of (date, line) or None
        The date and the line it was read from, or None when no line qualifies.

    Examples
    --------
    >>> infer_published("Police raid Bavet compound\\nWed Sep 21 2022\\n\\nBAVET — ...")
    (datetime.date(2022, 9, 21), 'Wed Sep 21 2022')
    >>> infer_published("Thursday (June 26)\\nPolice said ...") is None
    True
    """
    for raw in text.split("\n", _LINES_SCANNED)[:_LINES_SCANNED]:
        line = raw.strip()
        if not line or len(line) > _MAX_LINE:
            continue
        for segment in _SEGMENT_SPLIT.split(line):
            date = _date_line(segment.strip())
            if date is not None:
                return date, line
    return None
