"""Numbers as news texts write them: digits, words, scales, vague amounts and qualifiers.

``find_numbers(text)`` returns every number phrase with its value, its qualifier
("at least", "about", "more than", "nearly", "at most") and a ``kind`` telling counts
from years, ages, money, percentages and measures. Values that cannot be a count of
people or things (negative, absurdly large) are kept but flagged ``plausible=False``,
so callers can drop them; nothing here raises on any input except ``BadInputError``
from :func:`parse_number` when the text is not a number at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geotrack.errors import BadInputError
from geotrack.extract import fastre

__all__ = ["MAX_COUNT", "Number", "find_numbers", "parse_number"]

#: Largest count of people or items accepted as plausible (larger values are flagged).
MAX_COUNT = 5_000_000

_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "mln": 1_000_000, "bln": 1_000_000_000, "m": 1_000_000,
    "bn": 1_000_000_000, "k": 1_000, "dozen": 12,
    # South Asian scales (Sri Lankan, Indian outlets): a lakh is 100,000, a crore 10 million.
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
#: Vague amounts: (value recorded, qualifier). "hundreds" states at least 200.
_VAGUE: dict[str, tuple[int, str | None]] = {
    "a dozen": (12, "about"), "dozen": (12, "about"), "dozens": (24, "at least"),
    "scores": (40, "at least"), "a score of": (20, "about"), "hundreds": (200, "at least"),
    "thousands": (2_000, "at least"), "tens of thousands": (20_000, "at least"),
    "hundreds of thousands": (200_000, "at least"), "millions": (2_000_000, "at least"),
    "a couple": (2, "about"), "a handful": (3, "about"), "a few": (3, "about"),
    "several": (3, "at least"),
    # A vague multiple of a scale: "several hundred" states at least 200, like "hundreds".
    "several dozen": (24, "at least"), "a few dozen": (24, "at least"),
    "several hundred": (200, "at least"), "a few hundred": (200, "at least"),
    "a couple of hundred": (200, "about"), "a couple hundred": (200, "about"),
    "several thousand": (2_000, "at least"), "a few thousand": (2_000, "at least"),
    "a couple of thousand": (2_000, "about"), "a couple thousand": (2_000, "about"),
    "several million": (2_000_000, "at least"), "a few million": (2_000_000, "at least"),
}  # fmt: skip

#: Qualifier phrases -> the canonical qualifier of the event format.
_QUALIFIERS: dict[str, str] = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "a minimum of": "at least", "more than": "more than", "over": "more than",
    "upwards of": "more than", "upward of": "more than", "in excess of": "more than", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "just under": "nearly", "about": "about",
    "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "some estimated": "about",
    "up to": "at most", "as many as": "at most", "fewer than": "at most",
    "less than": "at most", "under": "at most",
}  # fmt: skip

_WORD_NUM = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|mln|bln|bn|dozen|lakhs?|crores?"
_QUAL = "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True))
_VAGUE_RE = "|".join(re.escape(v) for v in sorted(_VAGUE, key=len, reverse=True))
_CURRENCY_PREFIX = (
    r"(?<![A-Za-z])(?:US\$|USD\s?|S\$|HK\$|NT\$|A\$|RM\s?|\$|€|£|¥|฿|₱|₩|₫|THB\s?|KHR\s?|PHP\s?|"
    r"Rp\.?\s?|IDR\s?|VND\s?|MMK\s?|MYR\s?|CNY\s?|RMB\s?|KRW\s?|LAK\s?|SGD\s?|HKD\s?|"
    r"EUR\s?|GBP\s?|INR\s?|₹\s?|LKR\s?|SLRs\.?\s?|Rs\.?\s?|KES\s?|KSh\.?\s?|USh\.?\s?|Sh\.?\s?|"
    r"UGX\s?|₭\s?|Kip\s|Ks\.?\s?|Bt\.?\s?|P|K)"
)


# One alternation, tried left to right at each position: digits (with scale), words, vague.
def _number_pattern(spaced: str) -> str:
    return rf"""
    (?:(?P<qual>\b(?:{_QUAL}))\s+)?
    (?:
      (?P<cur>{_CURRENCY_PREFIX})?
      (?P<neg>(?<![\w.,])-)?(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|(?P<dotk>[1-9]\d{{0,2}}(?:\.\d{{3}})+)(?![\d,]|\.\d)|{spaced}\d+(?:\.\d+)?)
      (?:\s?(?P<dscale>{_SCALE_WORDS}|m|k)\b)?
    |
      (?P<words>\b(?:{_WORD_NUM})(?:[\s-](?:and\s)?(?:{_WORD_NUM}|{_SCALE_WORDS}))*\b)
    |
      (?P<vague>\b(?:{_VAGUE_RE})\b)
    |
      (?P<aword>\b(?:half\s)?an?\s(?:hundred|thousand|million|billion|dozen)\b)
    )
    (?P<after>(?:\s?%|\s?per\s?cent|percent|-year-old|-years-old|\syears?\sold|\s?kg\b|\s?km\b|\s?tons?\b|\s?tonnes?\b|\s?metres?\b|\s?meters?\b|-thirds?|-quarters?|-fifths?|-tenths?|\sthirds?|\squarters?|\shalf\b|-storey|-story|\sstor(?:e)?y|-day|-month|-week|-year\b|\s(?:days?|weeks?|months?|hours?|minutes?|years?)\b)?)
    """


# Thousands grouped by spaces ("1 000", "12 500"; also no-break and thin spaces), unless the
# first group ends a date ("on June 4 100 people"): then the pattern without them is tried.
_SPACED = r"(?P<spaced>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+)(?![\d,]|\.\d)|"
_NUMBER_RE = fastre.compile(_number_pattern(_SPACED), re.IGNORECASE | re.VERBOSE)
_UNSPACED_NUMBER_RE = re.compile(
    _number_pattern(r"(?P<spaced>(?!x)x)|"), re.IGNORECASE | re.VERBOSE
)
_SCORE_OF_NUMBER_RE = re.compile(r"a\s+score\s+of\s+\d", re.IGNORECASE)
_DATE_BEFORE_RE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$", re.IGNORECASE
)
_CURRENCY_AFTER = fastre.compile(
    r"\s?(?:(?:US\s|American\s)?dollars?|USD|(?:Thai\s)?baht|THB|(?:Cambodian\s)?riels?|KHR|"
    r"(?:Chinese\s)?yuan|RMB|CNY|renminbi|ringgit|MYR|kyats?|MMK|(?:Philippine\s)?pesos?|PHP|"
    r"(?:Vietnamese\s)?dong|VND|euros?|EUR|pounds?|GBP|rupiah|IDR|(?:Lao\s)?kip|LAK|"
    r"(?:South\s)?(?:Korean\s)?won|KRW|(?:Sri\sLankan\s|Indian\s)?rupees?|INR|LKR|"
    r"(?:Kenyan\s|Ugandan\s)?shillings?|KES|UGX|"
    r"(?:Hong\sKong|Singapore|Taiwan(?:ese)?|New\sTaiwan|Australian)\s+dollars?)\b",
    re.IGNORECASE,
)
_CURRENCY_CODES: dict[str, str] = {
    "us$": "USD", "usd": "USD", "$": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "s$": "SGD", "hk$": "HKD", "nt$": "TWD",
    "a$": "AUD", "rm": "MYR", "ringgit": "MYR", "myr": "MYR", "€": "EUR", "euro": "EUR",
    "euros": "EUR", "eur": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP",
    "¥": "CNY", "₱": "PHP", "yuan": "CNY", "rmb": "CNY", "cny": "CNY", "฿": "THB", "baht": "THB",
    "thb": "THB", "riel": "KHR", "khr": "KHR", "kyat": "MMK", "mmk": "MMK", "peso": "PHP",
    "pesos": "PHP", "php": "PHP", "dong": "VND", "vnd": "VND", "rupiah": "IDR", "idr": "IDR",
    "rp": "IDR", "rp.": "IDR", "₩": "KRW", "₫": "VND", "krw": "KRW", "won": "KRW", "lak": "LAK",
    "kip": "LAK", "sgd": "SGD", "hkd": "HKD", "inr": "INR", "rs": "INR", "rs.": "INR",
    "rupee": "INR", "rupees": "INR", "riels": "KHR", "kyats": "MMK", "renminbi": "CNY",
    "p": "PHP", "ks": "MMK", "ks.": "MMK", "bt": "THB", "bt.": "THB", "k": "MMK",
    "₹": "INR", "lkr": "LKR", "slrs": "LKR", "slrs.": "LKR", "kes": "KES", "ksh": "KES",
    "ksh.": "KES", "sh": "KES", "sh.": "KES", "ush": "UGX", "ush.": "UGX", "ugx": "UGX",
    "₭": "LAK", "shilling": "KES", "shillings": "KES",
}  # fmt: skip


def _currency_code(word: str) -> str:
    """ISO code of a currency word or symbol ("Thai baht" -> THB, "HK$" -> HKD)."""
    key = " ".join(word.lower().split())
    if key in _CURRENCY_CODES:
        return _CURRENCY_CODES[key]
    last = key.split()[-1] if key else key
    if key.startswith("hong kong"):
        return "HKD"
    if key.startswith("singapore"):
        return "SGD"
    if key.startswith(("taiwan", "new taiwan")):
        return "TWD"
    if key.startswith("australian"):
        return "AUD"
    if key.startswith("sri lankan"):
        return "LKR"
    if key.startswith("ugandan"):
        return "UGX"
    if last in _CURRENCY_CODES:
        return _CURRENCY_CODES[last]
    return "USD" if "$" in key else key.upper()


# The core of every number phrase: a digit, a number word or a vague amount. The full
# pattern (qualifier, currency, unit) is only tried at, or just before, a core.
_CORE_RE = re.compile(
    rf"\d|\b(?:{_WORD_NUM}|dozens?|scores?|tens|hundreds|thousands|millions|couple|handful|few|several|"
    rf"hundred|thousand|million)\b",
    re.IGNORECASE,
)
_CORE_FIRST = "".join(
    sorted(
        {w[0] for w in [*_UNITS, *_TENS]}
        | set("dshtmcf")  # dozens, scores/several, hundred(s), thousand(s), million(s), couple, few
    )
)
# On lower-cased text: faster than IGNORECASE; the lookahead of possible first characters
# lets the scan skip fast.
_CORE_LOWER = fastre.compile(rf"(?=[\d{_CORE_FIRST}])(?:{_CORE_RE.pattern})")
#: An ISO date ("2024-02-24", "2024/02/24"): no number of its own, and none runs across it.
_ISO_DATE_RE = re.compile(
    r"(?<![\d.,/-])\d{4}([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d])"
)
_BEFORE_CORE_RE = fastre.compile(
    rf"(?:\b(?:{_QUAL})\s+)?(?:{_CURRENCY_PREFIX}|-|\b(?:half\s)?an?\s)?$", re.IGNORECASE
)


def _number_matches(text: str) -> list[re.Match[str]]:
    """Matches of the full number pattern, anchored at the cores found first."""
    matches: list[re.Match[str]] = []
    covered = 0
    lowered = text.lower()
    cores = _CORE_LOWER.finditer(lowered) if len(lowered) == len(text) else _CORE_RE.finditer(text)
    for core in cores:
        if core.start() < covered:
            continue
        if core.group(0).isdigit() and text[core.start() : core.start() + 4].isdigit():
            iso = _ISO_DATE_RE.match(text, core.start())
            if iso is not None:
                covered = iso.end()  # "2024-02-24 148 Thais": a date, then the count
                continue
        before = _BEFORE_CORE_RE.search(text, max(covered, core.start() - 30), core.start())
        starts = [before.start()] if before and before.start() < core.start() else []
        starts.append(core.start())
        for start in starts:
            match = _NUMBER_RE.match(text, start)
            if (
                match is not None
                and match.group("spaced")
                and _DATE_BEFORE_RE.search(text, max(0, start - 12), match.start("digits"))
            ):
                match = _UNSPACED_NUMBER_RE.match(text, start)  # "June 4 100 people": 4, 100
            if match is not None and match.end() > core.start():
                matches.append(match)
                covered = match.end()
                break
    return matches


@dataclass(frozen=True, slots=True)
class Number:
    """One number phrase in a text.

    ``kind`` is ``count`` (people or things), ``year``, ``age``, ``money``,
    ``percent``, ``measure`` (kg, km, storeys, durations), ``ordinal`` or ``label`` (digits
    glued to letters: "M16", "AK-47").
    ``vague`` marks "hundreds", "dozens" ...; ``plausible`` is False for values no
    count can have (negative, above :data:`MAX_COUNT`).
    """

    start: int
    end: int
    text: str
    value: float
    qualifier: str | None = None
    kind: str = "count"
    currency: str | None = None
    vague: bool = False
    plausible: bool = True

    @property
    def as_int(self) -> int:
        """The value rounded to an integer (counts are whole)."""
        return round(self.value)


def _words_value(words: str) -> int | None:
    """Value of a number in words ("two hundred and forty-one"), None if malformed."""
    total = 0
    current = 0
    seen = False
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "and" or not token:
            continue
        if token in _UNITS:
            current += _UNITS[token]
            seen = True
        elif token in _TENS:
            current += _TENS[token]
            seen = True
        elif token in _SCALES:
            scale = _SCALES[token]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


#: Letters glued to the digits of a number make it part of a name ("M16", "AK-47").
_LABEL_GLUE_RE = re.compile(r"[A-Za-z]-?$")


def _classify(match: re.Match[str], text: str, value: float, currency: str | None) -> str:
    after = (match.group("after") or "").strip().lower()
    if currency:
        return "money"
    if after in ("%", "per cent", "percent", "percent.", "per-cent") or after.startswith("per"):
        return "percent"
    if "year" in after and "old" in after:
        return "age"
    if after:
        return "measure"
    digits = match.group("digits")
    if (
        digits
        and digits.isdigit()  # no separator: "2023", "21st"
        and not match.group("dscale")
    ):
        ivalue = int(digits)
        if len(digits) == 4 and 1900 <= ivalue <= 2100:
            return "year"
        nxt = text[match.end() : match.end() + 3].lower()
        if nxt[:2] in ("st", "nd", "rd", "th") and not nxt[2:3].isalpha():
            return "ordinal"
    return "count"


def find_numbers(text: str) -> list[Number]:
    """Find every number phrase in ``text``, in order.

    Parameters
    ----------
    text
        Any text; never raises.

    Returns
    -------
    list[Number]
        Non-overlapping number phrases with value, qualifier and kind.

    Examples
    --------
    >>> [(n.value, n.qualifier) for n in find_numbers("more than 1,000 people and eight tasers")]
    [(1000.0, 'more than'), (8.0, None)]
    """
    found: list[Number] = []
    for match in _number_matches(text):
        value: float | None
        vague = False
        currency: str | None = None
        qual_word = (match.group("qual") or "").lower()
        qualifier = _QUALIFIERS.get(qual_word) if qual_word else None
        if match.group("digits") is not None:
            digits = match.group("digits")
            scale = (match.group("dscale") or "").lower()
            if match.group("dotk") and not (scale and digits.count(".") == 1):
                digits = digits.replace(".", "")  # "1.000 people": a thousands separator
            if match.group("spaced"):
                digits = "".join(digits.split())  # "1 000": a thousands separator
            try:
                value = float(digits.replace(",", ""))
            except ValueError:
                continue
            if scale:
                value *= _SCALES[scale]
            if match.group("neg"):
                value = -value
            cur = (match.group("cur") or "").strip().lower()
            if cur in ("p", "k") and (
                match.group("cur") not in ("P", "K") or not ("," in digits or scale)
            ):
                cur = ""  # "P2.4 million", "K500,000" are pesos, kyat; "P3", "K9" are labels
            if cur:
                currency = _currency_code(cur)
        elif match.group("words") is not None:
            value = _words_value(match.group("words"))
            if value is None:
                continue
        elif match.group("vague") is not None:
            if _SCORE_OF_NUMBER_RE.match(text, match.start("vague")):
                continue  # "a score of 85" is a result, not twenty
            vague_value, vague_qual = _VAGUE[match.group("vague").lower()]
            value = float(vague_value)
            qualifier = qualifier or vague_qual
            vague = True
        else:
            aword = match.group("aword").lower().split()
            value = float(_SCALES[aword[-1]]) * (0.5 if aword[0] == "half" else 1.0)
        if currency is None:
            tail = _CURRENCY_AFTER.match(text, match.end())
            if tail and not match.group("after"):
                currency = _currency_code(tail.group(0))
        kind = _classify(match, text, value, currency)
        digits_at = match.start("digits")
        if (
            currency is None
            and digits_at >= 0
            and _LABEL_GLUE_RE.search(text, max(0, digits_at - 2), digits_at)
        ):
            kind = "label"  # "an M16 rifle", "AK-47s", "Covid-19": part of a name
        plausible = kind != "count" or 0 <= value <= MAX_COUNT
        start = match.start("qual") if match.group("qual") else match.start()
        found.append(
            Number(
                start=start,
                end=match.end(),
                text=text[start : match.end()],
                value=float(value),
                qualifier=qualifier,
                kind=kind,
                currency=currency,
                vague=vague,
                plausible=plausible,
            )
        )
    return _join_ranges(text, found) if len(found) > 1 else found


#: Between the two ends of a range: "40 to 50", "12-15", "two or three", "200 and 300"
#: (after "between").
_RANGE_GAP_RE = re.compile(r"\s*(?:-|–|—|to|or)\s*|\s+(?P<and>and)\s+", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def _join_ranges(text: str, found: list[Number]) -> list[Number]:
    """A range of counts is one number, its lower bound: "40 to 50 people", "between 200
    and 300" -> 40 / 200, "at least" (a stated lower bound). "from 150 to 340" is a change
    between two figures, not a range, and stays two numbers."""
    joined: list[Number] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        gap = _RANGE_GAP_RE.fullmatch(text, low.end, high.start) if high is not None else None
        if (
            high is not None
            and gap is not None
            and low.kind == high.kind == "count"
            and not (low.vague or high.vague or high.qualifier)
            and high.value > low.value >= 0
            and not _FROM_BEFORE_RE.search(text, max(0, low.start - 6), low.start)
        ):
            between = _BETWEEN_RE.search(text, max(0, low.start - 9), low.start)
            if gap.group("and") is None or (between is not None and low.qualifier is None):
                start = between.start() if between is not None else low.start
                joined.append(
                    Number(
                        start=start,
                        end=high.end,
                        text=text[start : high.end],
                        value=low.value,
                        qualifier=low.qualifier or "at least",
                        plausible=low.plausible,
                    )
                )
                i += 2
                continue
        joined.append(low)
        i += 1
    return joined


def parse_number(text: str) -> Number:
    """Parse ``text`` that should be exactly one number phrase ("nearly 2,000").

    Raises
    ------
    BadInputError
        When the text is empty, holds no number, or more than one.
    """
    stripped = text.strip()
    numbers = find_numbers(stripped)
    if (
        len(numbers) != 1
        or numbers[0].start != 0
        or not stripped[numbers[0].end :].strip(" .") == ""
    ):
        raise BadInputError(f"{text!r} is not one number (expected e.g. '1,000' or 'eight')")
    return numbers[0]
