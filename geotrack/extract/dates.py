"""Date phrases in news text, resolved against the publication date.

Phrases are found with linear-time regexes written here ("on Tuesday", "yesterday",
"July 14", "14 July 2025", "Aug. 22", "last month", "in March", "last February",
"in 2023", "earlier this year", "over three days", "in the past six months",
"after almost a year" ...). Each is resolved to a day and a precision (day, week, month,
year) relative to the publication date, or to an anchor (the previous date in the
story) for phrases such as "a day earlier". ``dateparser`` (kept warm, one parser)
handles only the numeric forms whose field order needs its rules ("21/09/2022").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from geotrack.errors import BadInputError
from geotrack.extract import fastre
from geotrack.model import DatePrecision

__all__ = ["DateMention", "find_dates", "parse_date"]

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
_SMALL: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
    "few": 3, "a few": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip

# Month names are matched capitalised (so the verb "may" and "march" stay words).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    r"(?:\.(?=\s))?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b"
)
#: A capitalised word right before or after a bare weekday abbreviation: a name ("Chit Thu",
#: "Sun Yuan"), not a day (a date's own words, "Thu Sep 21", "Fri, 5 July", are kept).
_NAME_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")
_NAME_PART_RE = re.compile(
    r"\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)[A-Z][a-z]+\b"
)
_NUMW = r"(?i:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|(?:a\s)?few|(?:a\s)?couple\sof)"
_UNIT = r"(?:days?|weeks?|months?|years?)"

_DATE_PATTERN = rf"""
    (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b)
  | (?P<numeric>\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}\b)
  | (?P<dmshort>\b(?i:on|of|dated|from|until)\s+(?P<sd>\d{{1,2}})/(?P<sm>\d{{1,2}})\b(?![/.]\d))
  | (?P<between>\b(?i:between|from)\s+(?P<bm1>{_MONTH})\s+(?P<bd1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:and|to|until|till|through)\s+(?:(?P<bm2>{_MONTH})\s+)?(?P<bd2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<by>\d{{4}})\b)?)
  | (?P<dbetween>\b(?i:between|from)\s+(?:the\s+)?(?P<dbd1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?i:of\s+)?(?P<dbm1>{_MONTH})\s+)?(?i:and|to|until|till|through)\s+(?:the\s+)?(?P<dbd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:of\s+)?(?P<dbm2>{_MONTH})\b(?:,?\s+(?P<dby>\d{{4}})\b)?)
  | (?P<mdrange>(?:(?i:on)\s+)?(?P<rm>{_MONTH})\s+(?P<rd1>\d{{1,2}})\s*[-–]\s*(?P<rd2>\d{{1,2}})\b(?:,?\s+(?P<ry>\d{{4}})\b)?)
  | (?P<dmrange>(?:(?i:on)\s+)?\b(?P<rdd1>\d{{1,2}})\s*[-–]\s*(?P<rdd2>\d{{1,2}})\s+(?P<rdm>{_MONTH})\b(?:,?\s+(?P<rdy>\d{{4}})\b)?)
  | (?P<md>(?:(?i:on)\s+)?(?:(?i:last|this)\s+)?(?:(?i:early|late)\s+)?(?:(?P<mdwd>{_WEEKDAY}),?\s*\(?\s*)?(?P<mdm>{_MONTH})\s+(?P<mdd>\d{{1,2}})(?:st|nd|rd|th)?\b\)?(?:,?\s+(?P<mdy>\d{{4}})\b|\s+(?P<mdyr>(?i:last|this))\s+(?i:year)\b)?)
  | (?P<dm>(?:(?i:on)\s+)?(?:(?P<dmwd>{_WEEKDAY}),?\s*\(?\s*)?\b(?P<dmd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmm>{_MONTH})\b\)?(?:,?\s+(?P<dmy>\d{{4}})\b)?)
  | (?P<mon>(?:(?P<monrel>(?i:last|this|next|early|late|mid|end\sof|the\send\sof|beginning\sof|earlier\sthis|later\sthis))[\s-]+)?(?P<monm>{_MONTH})\b(?:,?\s+(?P<mony>\d{{4}})\b|\s+(?P<monyr>(?i:last|this))\s+(?i:year)\b)?)
  | (?P<wd>(?:(?P<wdrel>(?i:last|this|next|on|since|from|until|by))\s+)?(?P<wdn>{_WEEKDAY})(?:\s+(?i:morning|afternoon|evening|night))?)
  | (?P<wkend>\b(?i:over|at|during|through|on)\s+the\s+(?i:weekend)\b)
  | (?P<rel>\b(?i:yesterday|today|tonight|last\snight|this\smorning|this\safternoon|this\sevening|the\sday\sbefore\syesterday)\b)
  | (?P<nday>\b(?i:(?:on\s+)?the\s+(?P<ndw>next|following|previous|same)\s+(?:day|morning|afternoon|evening|night)|(?P<nda>a|one)\s+day\s+(?P<ndx>later|earlier)|the\s+day\s+(?P<ndy>before|after)(?=\s*[,.;]|\s+(?:and|when|that)\b)|(?:on\s+)?that\s+(?:same\s+)?(?:day|night|morning|evening))\b)
  | (?P<cumul>\b(?i:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<cuu>year|month)|so\s+far\s+this\s+(?P<cuu2>year|month)|this\s+year\s+(?:so\s+far|to\s+date|alone)|(?:since|from)\s+(?P<cuy>(?:19|20)\d\d)\s+(?:to|until|till|through)\s+(?:the\s+present|now|date|today))\b)
  | (?P<part>\b(?i:the\s+)?(?i:first|opening)\s+(?:(?i:half|quarter)|(?:{_NUMW})\s+(?i:months|weeks))\s+(?i:of)\s+(?P<partrel>(?i:the|this|last))\s+(?i:year)\b)
  | (?P<ord>\b(?i:on\s+the)\s+(?:(?i:morning|afternoon|evening|night)\s+(?i:of\s+the)\s+)?(?P<ordd>\d{{1,2}})(?i:st|nd|rd|th)\b(?:\s+(?i:and)\s+(?:(?i:the)\s+)?\d{{1,2}}(?i:st|nd|rd|th)\b)?(?:\s+(?i:of)\s+(?P<ordrel>(?i:this|last))\s+(?i:month)\b)?(?![ \t]*(?:[-\w]|of\b)))
  | (?P<per>\b(?P<perrel>(?i:this|last|next|past|previous|earlier\sthis|later\sthis|the\spast|the\sprevious|the\slast|early\sthis|late\slast|early\slast))\s+(?P<perunit>(?i:week(?:end)?|month|year))\b)
  | (?P<span>\b(?i:in|over|during|within)\s+(?:(?i:the)\s+)?(?:(?i:past|last|previous)\s+)?(?P<spann>{_NUMW})\s+(?P<spanu>(?i:{_UNIT}))\b)
  | (?P<recent>\b(?i:in\s+recent|(?:in|over|during)\s+the\s+(?:past|last|recent)(?:\s+few|\s+several|\s+couple\s+of)?|for)\s+(?P<recentu>(?i:days|weeks|months|years))\b)
  | (?P<after>\b(?P<afterw>(?i:after|later|earlier|before))\s+(?:(?i:almost|nearly|about|more\s+than|over|around|just\s+over|less\s+than)\s+)?(?P<aftern>{_NUMW})\s+(?P<afteru>(?i:{_UNIT}))\b)
  | (?P<ago>\b(?P<agon>{_NUMW})\s+(?P<agou>(?i:{_UNIT}))\s+(?P<agow>(?i:ago|earlier|later|before))\b)
  | (?P<came>\b(?i:came|comes|come|coming|surfaced|follows|arrived)\s+(?:(?i:just|only|barely|about|some|around|nearly|almost|less\s+than|more\s+than|over)\s+)?(?:(?P<camen>{_NUMW})\s+)?(?P<cameu>(?i:days|weeks|months|(?:day|week|month)(?=s?\s+after)s?))\s+(?i:after)\b)
  | (?P<yrange>\b(?:(?i:from|between)\s+)?(?P<yr1>(?:19|20)\d\d)\s*(?:[-–]|\s(?i:to|until|till|and|through)\s)\s*(?:(?i:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?(?P<yr2>(?:19|20)\d\d)\b(?![-/]\d))
  | (?P<year>\b(?P<yearrel>(?i:in|since|during|by|until|of|from|early|late|mid|end\sof|throughout|through))[\s-]+(?P<yeary>(?:19|20)\d\d)\b(?![-/]\d))
    """
_DATE_RE = fastre.compile(_DATE_PATTERN, re.VERBOSE)
#: The same matches without the groups: its alternatives become a first-character trie, so
#: a word start where no date begins fails about 2.5x faster (the full pattern runs after).
_DATE_SPAN_RE = fastre.compile(_DATE_PATTERN, re.VERBOSE, groups=False)


# Every date phrase holds one of these words (or a digit): find them first, then run the
# full pattern only in a window around each (the full alternation is slow at every position).
_CORE_RE = fastre.compile(
    # The lookahead (each alternative's possible first characters) lets the scan skip fast.
    r"(?=[\dJFMASONDTWYytLlwmdane])(?:"
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening)|"
    r"week|month|year|day|days|weeks|months|years|weekend|ago|night|morning|afternoon|evening))",
)


_WORD_START_RE = re.compile(r"(?<![\w'’])[\w(]")


_DIGIT_DATE_HINT_RE = re.compile(
    # The lookahead (each alternative's possible first characters) lets the scan skip fast.
    r"(?=[/.\-\dJFMASONDTWdwmy])(?:[/.-]\d|\d[/–-]|\d(?:st|nd|rd|th)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:days?|weeks?|months?|years?)\b)"
)
_DIGITS_RE = re.compile(r"\d+")


def _digit_may_date(text: str, start: int, hint: bool = True) -> bool:
    """Whether the number at ``start`` can be part of a date (cheap test before the full one).

    ``hint=False``: the caller knows the hint search fails (it failed for the digit just
    before ``start`` in the same run, whose window holds this one's), so only the year
    test is left."""
    digits = _DIGITS_RE.match(text, start)
    end = digits.end() if digits else start + 1
    if end - start == 4 and text[start : start + 2] in ("19", "20"):
        return True
    return hint and (
        _DIGIT_DATE_HINT_RE.search(text, max(0, start - 16), min(len(text), end + 14)) is not None
    )


def _date_matches(text: str) -> list[re.Match[str]]:
    """Matches of the full date pattern, tried only at word starts just before a core word."""
    matches: list[re.Match[str]] = []
    covered = 0
    tried = 0  # word starts before this failed for an earlier core: they fail for this one too
    # The last digit core that failed _digit_may_date. For the next digit of the same run
    # the hint search covers a sub-window (same end, start one later; a search's start
    # does not change what matches at a position), so it fails too: only the year test
    # is left.
    failed = -2
    for core in _CORE_RE.finditer(text):
        if core.start() < covered:
            continue
        if core.group(0).isdigit() and not _digit_may_date(
            text, core.start(), hint=core.start() != failed + 1
        ):
            failed = core.start()
            continue  # "1,000 people", "eight tasers": a count, not a date
        lo = max(covered, tried, core.start() - 36)
        for start in _WORD_START_RE.finditer(text, lo, core.start() + 1):
            span = _DATE_SPAN_RE.match(text, start.start())
            if span is not None and span.end() > core.start():
                match = _DATE_RE.match(text, start.start())  # the same span, with its groups
                assert match is not None
                matches.append(match)
                covered = match.end()
                break
        tried = core.start() + 1
    return matches


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date phrase resolved to a day and a precision.

    ``relative`` marks phrases that needed the publication date or an anchor;
    ``vague`` marks loose spans ("in recent months") that date a background statement
    only roughly.
    """

    start: int
    end: int
    text: str
    date: dt.date
    precision: DatePrecision
    relative: bool = False
    vague: bool = False
    #: A tally up to the time of the report ("since 2023", "so far this year"): it dates
    #: the statement, not a happening.
    cumulative: bool = False
    #: For a tally's start ("since March", "since releases began in mid-February"): the
    #: day of the statement that reports the tally (set by the caller).
    statement: dt.date | None = None


#: ", when ...": the date of a happening the clause goes on to tell ("since May 5, when").
_WHEN_AFTER_RE = re.compile(r",?\s+when\b", re.IGNORECASE)
#: A count of people or things (not a year or a day of the month): what a tally adds up.
_TALLY_COUNT_RE = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{2,}\b(?!\s*(?:st|nd|rd|th)\b)|"
    r"\b(?:hundreds|thousands|dozens)\b",
    re.IGNORECASE,
)


def _tally_count(text: str, start: int, end: int) -> bool:
    """Whether ``text`` outside ``start:end`` (the date itself) holds a count."""
    return any(not (start <= m.start() < end) for m in _TALLY_COUNT_RE.finditer(text))


#: "since" right before a date, and a tally's words before it ("the total ... since June 27").
_SINCE_RIGHT_BEFORE_RE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_TALLY_BEFORE_RE = re.compile(
    r"\b(?:total|tally|so\s+far|in\s+all|altogether|brought\s+(?:the\s+\w+\s+)?to)\b", re.IGNORECASE
)
#: A future or planned happening before a weekday ("will be flown home on Saturday").
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:will|shall|is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to|"
    r"is\s+scheduled\s+to|are\s+scheduled\s+to|plans?\s+to|planned\s+to|is\s+set\s+to|"
    r"are\s+set\s+to|would)\b[^.;]*$",
    re.IGNORECASE,
)


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _SMALL.get(word, 1)


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _past_month(month: int, base: dt.date, *, strictly: bool = False) -> dt.date:
    """The most recent ``month`` not after ``base`` (strictly before it if asked)."""
    year = (
        base.year
        if (month < base.month or (month == base.month and not strictly))
        else base.year - 1
    )
    return dt.date(year, month, 1)


def _weekday_on_or_before(weekday: int, base: dt.date, *, strictly: bool = False) -> dt.date:
    delta = (base.weekday() - weekday) % 7
    if delta == 0 and strictly:
        delta = 7
    return base - dt.timedelta(days=delta)


@functools.lru_cache(maxsize=1)
def _dateparser() -> Any:
    """One warm dateparser instance (its first use loads language data)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"], settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
    )


def _numeric(text: str) -> dt.date | None:
    data = _dateparser().get_date_data(text)
    value = getattr(data, "date_obj", None)
    return value.date() if value is not None else None


def _range(
    first_month: int,
    first_day: int,
    last_month: int,
    last_day: int,
    year_s: str | None,
    base: dt.date | None,
) -> tuple[dt.date, DatePrecision, bool, bool] | None:
    """A window of days ("between 10 and 22 August", "March 5-6"): a day or two is dated
    by its first day; a longer window by its middle, with week or month precision; one of
    more than a month by its last day, with month precision."""
    if year_s:
        year = int(year_s)
    elif base is not None:
        year = base.year if first_month <= base.month else base.year - 1
    else:
        return None
    first = dt.date(year, first_month, first_day)
    last = dt.date(year if last_month >= first_month else year + 1, last_month, last_day)
    if last < first:
        return None
    if (last - first).days <= 1:
        return first, DatePrecision.DAY, not year_s, False
    if (last - first).days > 31:
        # "From May 2 to June 20, police searched 12 sites": a tally over
        # more than a month, known on the day the window closes.
        return last, DatePrecision.MONTH, not year_s, False
    middle = first + (last - first) / 2
    return (
        middle,
        DatePrecision.WEEK if (last - first).days <= 21 else DatePrecision.MONTH,
        not year_s,
        False,
    )


def _resolve(
    match: re.Match[str],
    base: dt.date | None,
    anchor: dt.date | None,
    latest: dt.date | None = None,
    day_anchor: dt.date | None = None,
) -> tuple[dt.date, DatePrecision, bool, bool] | None:
    """Resolve one regex match to (date, precision, relative, vague), or None."""
    g = match.group
    if g("iso"):
        return dt.date(int(g("iy")), int(g("im")), int(g("id"))), DatePrecision.DAY, False, False
    if g("dmshort"):
        # "on the night of 13/9", "on 15/9": day first, the year of the story.
        if base is None:
            return None
        day_n, month = int(g("sd")), int(g("sm"))
        candidate = dt.date(base.year, month, day_n)
        if candidate > base + dt.timedelta(days=31):
            candidate = dt.date(base.year - 1, month, day_n)
        return candidate, DatePrecision.DAY, True, False
    if g("numeric"):
        day = _numeric(g("numeric"))
        return (day, DatePrecision.DAY, False, False) if day else None
    if g("between"):
        if base is None:
            return None
        first_month = _MONTHS[g("bm1").rstrip(".").lower()]
        last_month = _MONTHS[g("bm2").rstrip(".").lower()] if g("bm2") else first_month
        return _range(first_month, int(g("bd1")), last_month, int(g("bd2")), g("by"), base)
    if g("dbetween") or g("mdrange") or g("dmrange"):
        if g("dbetween"):
            last_month = _MONTHS[g("dbm2").rstrip(".").lower()]
            first_month = _MONTHS[g("dbm1").rstrip(".").lower()] if g("dbm1") else last_month
            window, year_s = (int(g("dbd1")), int(g("dbd2"))), g("dby")
        elif g("mdrange"):
            first_month = last_month = _MONTHS[g("rm").rstrip(".").lower()]
            window, year_s = (int(g("rd1")), int(g("rd2"))), g("ry")
        else:
            first_month = last_month = _MONTHS[g("rdm").rstrip(".").lower()]
            window, year_s = (int(g("rdd1")), int(g("rdd2"))), g("rdy")
        if first_month == last_month and window[1] <= window[0]:
            return None  # "March 5-3": not a range
        return _range(first_month, window[0], last_month, window[1], year_s, base)
    if g("md") or g("dm"):
        prefix = "md" if g("md") else "dm"
        month = _MONTHS[g(prefix + "m").rstrip(".").lower()]
        day_n = int(g(prefix + "d"))
        year_s = g(prefix + "y")
        if year_s:
            return dt.date(int(year_s), month, day_n), DatePrecision.DAY, False, False
        if base is None:
            return None
        if prefix == "md" and g("mdyr"):
            year = base.year - 1 if g("mdyr").lower() == "last" else base.year
            return dt.date(year, month, day_n), DatePrecision.DAY, True, False
        candidate = dt.date(base.year, month, day_n)
        if candidate > base + dt.timedelta(days=31):
            candidate = dt.date(base.year - 1, month, day_n)
        return candidate, DatePrecision.DAY, True, False
    if g("mon"):
        month = _MONTHS[g("monm").rstrip(".").lower()]
        rel = " ".join((g("monrel") or "").lower().split())
        # "mid-October": the month, dated by its middle.
        day_of_month = 15 if rel == "mid" else 1
        if g("mony"):
            return dt.date(int(g("mony")), month, day_of_month), DatePrecision.MONTH, False, False
        if base is None:
            return None
        if g("monyr"):
            year = base.year - 1 if g("monyr").lower() == "last" else base.year
            return dt.date(year, month, day_of_month), DatePrecision.MONTH, True, False
        if rel == "next":
            year = base.year if month > base.month else base.year + 1
            return dt.date(year, month, day_of_month), DatePrecision.MONTH, True, False
        last = _past_month(month, base, strictly=rel == "last")
        return last.replace(day=day_of_month), DatePrecision.MONTH, True, False
    if g("wd"):
        if base is None:
            return None
        weekday = _WEEKDAYS[g("wdn").lower()]
        rel = (g("wdrel") or "").lower()
        if not rel and len(g("wdn")) <= 5 and _NAME_PART_RE.match(match.string, match.end("wdn")):
            return None  # "Sun Yuan Technology": a name, not Sunday
        if (
            not rel
            and len(g("wdn")) <= 5
            and _NAME_BEFORE_RE.search(match.string, max(0, match.start() - 30), match.start())
        ):
            return None  # "Col. Chit Thu": the last part of a name, not Thursday
        if rel in ("", "on", "by", "until", "this") and _FUTURE_BEFORE_RE.search(
            match.string, max(0, match.start() - 90), match.start()
        ):
            # "a plane is expected to bring them home on (this) Saturday": the coming one.
            return (
                base + dt.timedelta(days=(weekday - base.weekday()) % 7),
                DatePrecision.DAY,
                True,
                False,
            )
        if rel == "next":
            return (
                base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7),
                DatePrecision.DAY,
                True,
                False,
            )
        return (
            _weekday_on_or_before(weekday, base, strictly=rel == "last"),
            DatePrecision.DAY,
            True,
            False,
        )
    if g("nday"):
        # "that night", "the next day": counted from the last day named, not from a month
        # or year a background clause mentioned in between ("a warrant issued in December").
        anchor = day_anchor if day_anchor is not None else anchor
        if anchor is None:
            return None
        word = (g("ndw") or g("ndx") or g("ndy") or "").lower()
        shift = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1}.get(word, 0)
        if word in ("before", "earlier"):
            shift = -1
        return anchor + dt.timedelta(days=shift), DatePrecision.DAY, True, False
    if g("yrange"):
        # "from 2009 to 2023", "2019-2021": a span of years, dated by its first.
        first_year, last_year = int(g("yr1")), int(g("yr2"))
        if last_year < first_year:
            return None
        return dt.date(first_year, 1, 1), DatePrecision.YEAR, False, False
    if g("cumul"):
        if base is None:
            return None
        if g("cuy"):
            return dt.date(int(g("cuy")), 1, 1), DatePrecision.YEAR, True, False
        unit = (g("cuu") or g("cuu2") or "year").lower()
        if unit == "month":
            return dt.date(base.year, base.month, 1), DatePrecision.MONTH, True, False
        return dt.date(base.year, 1, 1), DatePrecision.YEAR, True, False
    if g("part"):
        # "in the first six months of the year", "the first half of this year": a period
        # of the report's year (or the year before), known to the year only.
        if base is None:
            return None
        year = base.year - 1 if g("partrel").lower() == "last" else base.year
        return dt.date(year, 1, 1), DatePrecision.YEAR, True, False
    if g("ord"):
        ref = anchor or base
        if ref is None:
            return None
        day_n = int(g("ordd"))
        if g("ordrel") and base is not None:
            # "on the 9th of this month", "on the 3rd of last month": the report's month.
            first = _add_months(base, -1 if g("ordrel").lower() == "last" else 0)
            return first.replace(day=day_n), DatePrecision.DAY, True, False
        candidate = dt.date(ref.year, ref.month, day_n)
        if anchor is None and candidate > ref:
            candidate = _add_months(ref, -1).replace(day=day_n)
        return candidate, DatePrecision.DAY, True, False
    if g("wkend"):
        if base is None:
            return None
        return _weekday_on_or_before(5, base), DatePrecision.WEEK, True, False
    if g("rel"):
        if base is None:
            return None
        word = " ".join(g("rel").lower().split())
        days_back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(word, 0)
        return base - dt.timedelta(days=days_back), DatePrecision.DAY, True, False
    if g("per"):
        if base is None:
            return None
        rel = " ".join(g("perrel").lower().split())
        unit = g("perunit").lower()
        back = rel in (
            "last",
            "past",
            "previous",
            "the past",
            "the previous",
            "the last",
            "late last",
            "early last",
        )
        if unit == "week" and rel in ("past", "the past", "the last"):
            # "over the past week": the seven days up to the latest date the story reached.
            end = (
                latest
                if latest is not None and base - dt.timedelta(days=7) <= latest <= base
                else base
            )
            return end - dt.timedelta(days=3), DatePrecision.WEEK, True, False
        if unit == "week" and back:
            # "last week": the Wednesday of the previous calendar week (Monday to Sunday).
            monday = base - dt.timedelta(days=base.weekday())
            return monday - dt.timedelta(days=5), DatePrecision.WEEK, True, False
        if unit == "weekend" and back:
            saturday = _weekday_on_or_before(5, base, strictly=True)
            if base.weekday() == 6:
                saturday -= dt.timedelta(days=7)
            return saturday, DatePrecision.WEEK, True, False
        if unit in ("week", "weekend"):
            day = base
            if rel == "next":
                day = base + dt.timedelta(days=7)
            return day, DatePrecision.WEEK, True, False
        if unit in ("month", "year") and rel in ("past", "the past", "the last"):
            # "repatriated 41 citizens over the past month", "over the past year, police
            # have traced hundreds": a tally over the window up to the statement, dated by
            # the day it ends (not the calendar month or year before).
            end = latest if latest is not None and latest <= base else base
            if unit == "month" and base - end > dt.timedelta(days=31):
                end = base
            precision = DatePrecision.MONTH if unit == "month" else DatePrecision.YEAR
            return end, precision, True, True
        if unit == "month":
            day = _add_months(base, -1 if back else (1 if rel == "next" else 0))
            return day, DatePrecision.MONTH, True, False
        year = base.year - 1 if back else (base.year + 1 if rel == "next" else base.year)
        return dt.date(year, 1, 1), DatePrecision.YEAR, True, False
    if g("span"):
        if base is None:
            return None
        n = _count(g("spann"))
        unit = g("spanu").lower().rstrip("s")
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        # The window ends at the latest date the story has reached ("police said yesterday
        # ... over three days") when that date lies inside it, else at the publication date.
        end = (
            latest
            if latest is not None and base - dt.timedelta(days=days) <= latest <= base
            else base
        )
        middle = end - dt.timedelta(days=days // 2)
        if days <= 7:
            return middle, DatePrecision.WEEK, True, False
        if days <= 31:
            return middle, DatePrecision.MONTH, True, False
        # "in the past two months police raided 30 sites": a tally over the window, told
        # on the day it ends.
        return end, DatePrecision.YEAR, True, True
    if g("recent"):
        if base is None:
            return None
        unit = g("recentu").lower()
        if unit == "days":
            return base, DatePrecision.WEEK, True, True
        if unit == "weeks":
            # "in recent weeks": the month of the report, dated by its first day.
            return base.replace(day=1), DatePrecision.MONTH, True, True
        return base, DatePrecision.YEAR, True, True
    if g("after") or g("ago"):
        n = _count(g("aftern") or g("agon"))
        unit = (g("afteru") or g("agou")).lower().rstrip("s")
        word = (g("afterw") or g("agow")).lower()
        ref = base if g("ago") and word == "ago" else anchor
        if ref is None:
            return None
        sign = -1 if word in ("earlier", "before", "ago") else 1
        if unit == "year":
            return dt.date(ref.year + sign * n, 1, 1), DatePrecision.YEAR, True, False
        if unit == "month":
            return _add_months(ref, sign * n), DatePrecision.MONTH, True, False
        step = dt.timedelta(days=n * (7 if unit == "week" else 1))
        day = ref + step if sign > 0 else ref - step
        return day, DatePrecision.DAY if unit == "day" else DatePrecision.WEEK, True, False
    if g("year"):
        return dt.date(int(g("yeary")), 1, 1), DatePrecision.YEAR, False, False
    return None


def find_dates(
    text: str,
    *,
    published: dt.date | None,
    anchor: dt.date | None = None,
    latest: dt.date | None = None,
    day_anchor: dt.date | None = None,
) -> list[DateMention]:
    """Find and resolve the date phrases of ``text``.

    Parameters
    ----------
    text
        A sentence or paragraph (any text; never raises).
    published
        The publication date that relative phrases resolve against (None: only
        absolute dates are returned).
    anchor
        The last date mentioned before ``text`` in the story, for "a day earlier",
        "after almost a year"; dates found in ``text`` become the anchor for the rest.
    latest
        The latest date the story has reached before ``text`` (not after ``published``):
        a window ("over three days") ends there when it falls inside the window.
    day_anchor
        The last exact day mentioned before ``text``: what "that night", "the same day"
        and "the next day" count from (default ``anchor``).

    Returns
    -------
    list[DateMention]
        In text order.

    Examples
    --------
    >>> [(d.date.isoformat(), d.precision.value) for d in
    ...  find_dates("said on Tuesday", published=dt.date(2025, 7, 18))]
    [('2025-07-15', 'day')]
    """
    found: list[DateMention] = []
    matches = _date_matches(text)
    window_end = latest
    if len(matches) > 1 and any(m.group("per") or m.group("span") for m in matches):
        # "said on Wednesday it had deported 312 foreigners over the past week": a window
        # the sentence's own statement day closes ends there, not at the story's latest.
        for match in matches:
            if match.group("per") or match.group("span"):
                continue
            try:
                own = _resolve(match, published, anchor, latest)
            except (ValueError, OverflowError):
                continue
            if own is not None and own[1] is DatePrecision.DAY and not own[3]:
                window_end = own[0]
    for match in matches:
        if match.group("came"):
            # "The arrests came days after police detained 700 ...", "It came nearly two
            # weeks after the mass flight started": the happening of the after-clause lies
            # that long before the sentence's own day (its date, else the statement's).
            ref = found[-1].date if found and not found[-1].vague else published
            if ref is None:
                continue
            n = _count(match.group("camen")) if match.group("camen") else 0
            unit = match.group("cameu").lower().rstrip("s")
            if unit == "month":
                day, precision = _add_months(ref, -max(n, 1)), DatePrecision.MONTH
            else:
                step = (n or 3) * (7 if unit == "week" else 1)
                day = ref - dt.timedelta(days=step)
                precision = DatePrecision.DAY if unit == "day" and n else DatePrecision.WEEK
            # vague: a day of the clause's own ("on Feb. 5") comes first
            found.append(_mention(match, day, precision, relative=True, vague=True))
            continue
        try:
            windowed = match.group("per") or match.group("span")
            resolved = _resolve(
                match, published, anchor, window_end if windowed else latest, day_anchor
            )
        except (ValueError, OverflowError):
            continue  # "February 30", a year out of range: not a date
        if resolved is None:
            continue
        day, precision, relative, vague = resolved
        if not 1800 <= day.year <= 2200:
            continue
        if _BORN_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "born in 1998": a person's age, not when anything happened
        if precision is DatePrecision.YEAR and law_year(text, match.start()):
            continue  # "the Cybercrime Prevention Act of 2012": a law's name
        if (
            found
            and (
                match.group("after") or (match.group("agow") or "").lower() in ("later", "earlier")
            )
            and precision in (DatePrecision.DAY, DatePrecision.WEEK)
            and found[-1].precision in (DatePrecision.MONTH, DatePrecision.YEAR)
            and not found[-1].vague
            and (day.year, day.month) == (found[-1].date.year, found[-1].date.month)
        ):
            # "fell ill in April and died a few days later", "In March, after a week of
            # missed targets": days counted from a month are known only to that month.
            day, precision = found[-1].date, found[-1].precision
        lowered = match.group(0).lower()
        cumulative = bool(
            match.group("cumul")
            # "since 2023, 300 have been rescued": a tally dated by its statement (not
            # "running a scam city since 2009": no count, the start of a state of affairs)
            or bool(
                match.group("year")
                and lowered.startswith("since")
                and (
                    _TALLY_BEFORE_RE.search(text, max(0, match.start() - 120), match.start())
                    or _tally_count(text, match.start(), match.end())
                )
            )
            or (match.group("per") and " ".join(lowered.split()) == "this year")
            # "since last year, about 60 have been rescued": a tally like "since 2023" (not
            # "since last year the gang has been posting adverts": no count, a start)
            or bool(
                match.group("per")
                and _SINCE_RIGHT_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
                and (
                    _TALLY_BEFORE_RE.search(text, max(0, match.start() - 120), match.start())
                    or _tally_count(text, match.start(), match.end())
                )
            )
            or (
                # "brought the total detained since June 27 to 2,137", "6,600 have been
                # sent back since Feb. 20": a tally's first day, dated by the statement
                # like "since 2023" (not "since May 5, when 260 were freed", nor a
                # measure or a flight in force since a day: no count to tally).
                precision in (DatePrecision.DAY, DatePrecision.MONTH)
                and _SINCE_RIGHT_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
                and (
                    _TALLY_BEFORE_RE.search(text, max(0, match.start() - 120), match.start())
                    or (
                        not _WHEN_AFTER_RE.match(text, match.end())
                        and _tally_count(text, match.start(), match.end())
                    )
                )
            )
            or (
                # "From March 2 to June 9, 2024, a total of 3,118 people were held": a
                # tally over a long window, dated by its statement.
                precision is DatePrecision.MONTH
                and (match.group("between") or match.group("dbetween"))
                and _TALLY_AFTER_WINDOW_RE.match(text, match.end())
            )
        )
        found.append(
            _mention(match, day, precision, relative=relative, vague=vague, cumulative=cumulative)
        )
        if not vague:
            anchor = day
            if precision is DatePrecision.DAY and not cumulative:
                day_anchor = day
    return _join_month_ranges(text, found)


def _mention(
    match: re.Match[str],
    day: dt.date,
    precision: DatePrecision,
    *,
    relative: bool,
    vague: bool,
    cumulative: bool = False,
) -> DateMention:
    """The DateMention of one matched phrase."""
    return DateMention(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        date=day,
        precision=precision,
        relative=relative,
        vague=vague,
        cumulative=cumulative,
    )


#: A tally right after a window of days ("..., a cumulative total of 7,107 people").
_TALLY_AFTER_WINDOW_RE = re.compile(
    r"\s*,?\s*(?:a\s+|the\s+)?(?:(?:cumulative|combined|overall|grand)\s+)?total\s+of\b|"
    r"\s*,?\s*(?:in\s+(?:total|all)|altogether)\b",
    re.IGNORECASE,
)
#: "born in 1998", "born on May 3, 2001" right before a date.
_BORN_BEFORE_RE = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?$", re.IGNORECASE)
#: A law's name before its year: "the Anti-Trafficking in Persons Act of 2012", "the
#: Immigration Law 2019" (a capitalised law word, then "of" or nothing).
_LAW_BEFORE_RE = re.compile(
    r"\b(?:Act|Law|Code|Decree|Ordinance|Bill|Convention|Protocol|Regulations?)\s+(?:(?i:of)\s+)?$"
)


def law_year(text: str, start: int) -> bool:
    """Whether the year phrase at ``start`` of ``text`` (from its "of", if any) is part of a
    law's name."""
    return _LAW_BEFORE_RE.search(text, max(0, start - 20), start) is not None


#: What joins the two months of a period ("October and November 2023", "January to March").
_MONTH_RANGE_JOIN_RE = re.compile(r"\s*(?:and|to|through|until|till|[-–—])\s*$", re.IGNORECASE)


def _join_month_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """One period for "October and November 2023", "from January to March 2025": dated
    by its first month, in the year the second month gives (the year before when the
    first month comes later in the calendar: "December to February 2024")."""
    joined: list[DateMention] = []
    for mention in found:
        first = joined[-1] if joined else None
        if (
            first is not None
            and first.precision is DatePrecision.MONTH
            and mention.precision is DatePrecision.MONTH
            and not first.cumulative
            and not any(ch.isdigit() for ch in first.text)
            and any(ch.isdigit() for ch in mention.text)
            and _MONTH_RANGE_JOIN_RE.fullmatch(text, first.end, mention.start)
        ):
            year = mention.date.year - (first.date.month > mention.date.month)
            joined[-1] = replace(
                first,
                end=mention.end,
                text=text[first.start : mention.end],
                date=dt.date(year, first.date.month, 1),
                relative=mention.relative,
                vague=first.vague or mention.vague,
            )
            continue
        joined.append(mention)
    return joined


def parse_date(text: str, *, published: dt.date | None = None) -> DateMention | None:
    """Parse one date phrase ("last February", "Aug. 22"); None when it holds no date.

    Raises
    ------
    BadInputError
        When ``text`` is not a string.
    """
    if not isinstance(text, str):
        raise BadInputError(f"date phrase {text!r} is not text")
    found = find_dates(text, published=published)
    return found[0] if found else None
