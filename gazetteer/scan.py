"""Find candidate place mentions in a whole text: names, demonyms, borders, admin words.

The trie of the Aho-Corasick automaton over every known name's phonetic key, walked from each
capitalised word of the text through the words after it, finds every known name at word
boundaries; the longest non-overlapping matches are kept. Offsets always
point into the original text. Spans carry textual flags (``note``) that the ranking turns
into reasons: ``dateline``, ``nonplace:organisation``, ``nonplace:name``, ``nonplace:person``.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import operator
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from gazetteer.index import COMMON_WORD_ZIPF, Entry, Index
from gazetteer.normalize import (
    ADMIN_PREFIX,
    ADMIN_SUFFIX,
    CONNECTORS,
    Word,
    lower_text,
    name_keys,
    words,
)
from gazetteer.place import Level, Place
from gazetteer.sources import FULL_COUNTRIES

__all__ = ["Match", "Span", "defined_acronyms", "is_everyday_word", "scan_text", "starts_sentence"]

#: Words that make a capitalised run an organisation or outlet name ("Bangkok Post").
ORG_HEADS = frozenset(
    [
        "post",
        "times",
        "news",
        "daily",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "press",
        "radio",
        "tv",
        "television",
        "broadcasting",
        "channel",
        "magazine",
        "review",
        "insider",
        "department",
        "ministry",
        "institute",
        "institution",
        "university",
        "college",
        "school",
        "academy",
        "bank",
        "group",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "holdings",
        "association",
        "alliance",
        "committee",
        "commission",
        "council",
        "agency",
        "office",
        "embassy",
        "consulate",
        "foundation",
        "fund",
        "organization",
        "organisation",
        "court",
        "party",
        "club",
        "federation",
        "union",
        "league",
        "network",
        "centre",
        "center",
        "airlines",
        "airways",
        "forces",
        "international",
        "watch",
        "monitor",
        "project",
        "initiative",
        "service",
        "services",
        "authority",
        "bureau",
        "navy",
        "army",
        "police",
        "voice",
    ]
)
#: Capitalised words before a place that do not make it part of a longer name.
_FREE_BEFORE = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "from",
        "to",
        "and",
        "but",
        "for",
        "of",
        "by",
        "with",
        "as",
        "near",
        "outside",
        "inside",
        "across",
        "since",
        "after",
        "before",
        "during",
        "while",
        "when",
        "where",
        "if",
        "both",
        "via",
        "into",
        "onto",
        "over",
        "under",
        "between",
        "around",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "inner",
        "outer",
        "downtown",
        "mainland",
        "metro",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "coastal",
        "rural",
        "urban",
        "neighbouring",
        "neighboring",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "then",
        "also",
        "meanwhile",
        "however",
        "including",
        "like",
        "unlike",
        "despite",
        "whereas",
        "although",
        "though",
        "because",
        "while",
        "yet",
        "so",
        "or",
        "nor",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "we",
        "they",
        "he",
        "she",
        "it",
        "i",
    ]
)
#: Titles that make the following capitalised words a person's name.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "president",
        "minister",
        "premier",
        "governor",
        "mayor",
        "general",
        "gen",
        "colonel",
        "col",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "king",
        "queen",
        "prince",
        "princess",
        "lord",
        "sir",
        "madam",
        "senator",
        "judge",
        "ambassador",
        "deputy",
        "chairman",
        "secretary",
        "spokesman",
        "spokeswoman",
        "pope",
        "bishop",
        "monk",
        "venerable",
        "samdech",
        "oknha",
        "lok",
        "chumteav",
    ]
)
#: Words after a place that name a site in or at it (the place is still meant).
_SITE_HEADS = frozenset(
    [
        "casino",
        "hotel",
        "resort",
        "port",
        "airport",
        "bridge",
        "market",
        "road",
        "street",
        "boulevard",
        "avenue",
        "checkpoint",
        "border",
        "river",
        "lake",
        "bay",
        "island",
        "beach",
        "zone",
        "sez",
        "compound",
        "tower",
        "building",
        "pagoda",
        "temple",
        "stadium",
        "crossing",
        "gate",
        "province",
        "district",
        "city",
        "town",
        "village",
        "commune",
        "ward",
        "terminal",
        "pier",
        "wharf",
    ]
)
#: Lower-case facility words that may end a known name ("Suvarnabhumi airport").
_FACILITY_LAST = frozenset(
    {"airport", "port", "bridge", "checkpoint", "market", "compound", "compounds", "concession"}
)
#: Words of the scam trade that are also small places somewhere ("Pogo", Indonesia).
_TRADE_WORDS = frozenset({"pogo", "pogos"})
#: Unit words whose number names a unit ("Sangkat 3", "Phum 4", "Khum 2").
_NUMBERED_UNIT_WORDS = frozenset({"sangkat", "khum", "phum", "krong", "srok", "khan"})
#: Lower-case geographic words that may end a name ("Pacific islands", "Binh Di river").
_GENERIC_LAST = frozenset(
    [
        "islands",
        "island",
        "river",
        "lake",
        "mountains",
        "mountain",
        "sea",
        "bay",
        "gulf",
        "delta",
        "coast",
        "peninsula",
        "strait",
        "border",
        "region",
        "valley",
        "plateau",
    ]
)
_NATIONALS = frozenset({"nationals", "national", "citizens", "citizen", "passport", "nationality"})
_CURRENCY_WORDS = frozenset(
    [
        "dollar",
        "dollars",
        "yuan",
        "renminbi",
        "baht",
        "riel",
        "riels",
        "dong",
        "kyat",
        "kip",
        "peso",
        "pesos",
        "ringgit",
        "rupiah",
        "yen",
        "won",
    ]
)
#: Capitalised admin heads written before "of <name>" ("the Province of Cavite"), with the
#: level hint they give (None: the name's own level).
_OF_HEADS: tuple[tuple[tuple[str, ...], str | None], ...] = (
    (("special", "administrative", "region"), None),
    (("autonomous", "region"), None),
    (("province",), "province"),
    (("city",), "town"),
    (("municipality",), None),
)
_DIRECTIONS = frozenset(
    [
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    ]
)
#: Nouns after "<X> border" that make the phrase an adjective ("Thai border town").
_BORDER_MODIFIED = frozenset(
    [
        "city",
        "cities",
        "town",
        "towns",
        "village",
        "villages",
        "province",
        "provinces",
        "district",
        "districts",
        "police",
        "guard",
        "guards",
        "officials",
        "authorities",
        "troops",
        "forces",
        "patrol",
        "patrols",
        "residents",
    ]
)
#: Site words after a place name that name a site at it ("Mae Sot Airport", "Moc Bai border gate").
_SITE_TAILS: tuple[tuple[str, ...], ...] = (
    ("international", "airport"),
    ("airport",),
    ("friendship", "bridge"),
    ("bridge",),
    ("border", "gate"),
    ("border", "station"),
    ("border", "checkpoint"),
    ("border", "crossing"),
    ("checkpoint",),
    ("port",),
    ("international", "border", "gate"),
    ("international", "border", "checkpoint"),
    ("international", "checkpoint"),
)
#: Facility heads that name a site at the place only when capitalised ("Bavet Market", not
#: "the Poipet crossing" or "a Bavet casino").
_SITE_TAILS_CAPITALISED: tuple[tuple[str, ...], ...] = (
    ("crossing",),
    ("casino",),
    ("hotel",),
    ("resort",),
    ("compound",),
    ("special", "economic", "zone"),
    ("sez",),
    ("market",),
    ("tower",),
    ("building",),
)
_SITE_TAILS_ANY_CASE = frozenset(_SITE_TAILS)
_SITE_TAILS = _SITE_TAILS + _SITE_TAILS_CAPITALISED
_SITE_TAILS_LONGEST_FIRST = tuple(sorted(_SITE_TAILS, key=len, reverse=True))
_TAIL_HEADS = frozenset(tail[0] for tail in _SITE_TAILS)
#: Admin words before a name of another country's local unit ("Barangay Anupul", "Tambon
#: Tha Sai"), the level they name and the country they belong to (None: several). A name
#: the gazetteer does not know still becomes a span, placed at the coarser unit named near it.
LOCAL_PREFIX: dict[str, tuple[str, str | None]] = {
    "barangay": ("commune", "PH"),
    "brgy": ("commune", "PH"),
    "sitio": ("village", "PH"),  # a barangay's hamlet ("Sitio Pag-asa")
    "purok": ("village", "PH"),
    "kampung": ("village", None),  # Malay and Indonesian villages ("Kampung Baru")
    "taman": ("village", None),  # a Malaysian housing estate ("Taman Gembira")
    "jalan": ("site", None),  # a Malay or Indonesian road ("Jalan Kepong")
    "jln": ("site", None),
    "tambon": ("commune", "TH"),
    "amphoe": ("district", "TH"),
    "amphur": ("district", "TH"),
    "ban": ("village", None),  # Thai and Lao villages
    "baan": ("village", "TH"),  # the Thai press's spelling of "Ban" ("Baan Don Chai")
    "huyen": ("district", "VN"),
    "kecamatan": ("district", "ID"),
    "kelurahan": ("commune", "ID"),
    "desa": ("village", "ID"),
    "sangkat": ("commune", "KH"),
    "khum": ("commune", "KH"),
    "phum": ("village", "KH"),
    "srok": ("district", "KH"),
}
#: Common nouns after a country's name that make the name a modifier saying whose, not
#: where ("a Kenya plane", "a US think tank"): the country is no place of the story there.
_ATTRIBUTIVE_HEADS = frozenset({"plane", "aircraft", "airliner", "jet", "think", "thinktank"})
#: People counted by their country's name ("20 Taiwan compatriots", "130 Myanmar citizens").
_PEOPLE_HEADS = frozenset(
    {
        "citizens", "nationals", "compatriots", "workers", "people", "victims", "men",
        "women", "students", "youths", "residents", "migrants", "tourists", "suspects",
        "fugitives", "employees", "labourers", "laborers", "children", "hostages",
    }
)  # fmt: skip
#: Facility words after an unknown capitalised name ("the Golden Lotus Building", "Macapagal
#: Boulevard"): a site the gazetteer does not know, placed at the unit named near it. Lower
#: case only after two or more name words ("the Royal Lotus casino complex").
_FACILITY_SUFFIX = frozenset(
    {
        "building",
        "tower",
        "casino",
        "complex",
        "boulevard",
        "avenue",
        "hotel",
        "gate",
        "checkpoint",
        "street",
        "st",
        "road",
        "resort",
        "park",
        "plaza",
        "compound",
    }
)
#: Words that make "<word> Building" an activity ("Capacity Building"), not a building.
_ACTIVITY_BEFORE_BUILDING = frozenset(
    {"capacity", "nation", "team", "confidence", "trust", "consensus", "institution", "peace"}
)
#: Of those, the words whose name is a number after them ("Street 494", "St. 63").
_NUMBERED_FACILITY = frozenset({"street", "st"})
#: Facility words that name a border crossing only when "Border" comes before them ("Hoa Lu
#: International Border Gate"); the words between do not count as name words.
_BORDER_FACILITY = frozenset({"gate", "checkpoint"})
_BORDER_FACILITY_MODIFIERS = frozenset({"border", "international"})
#: Facility words whose name, when it ends in a known place's name, is placed at that place.
_AT_KNOWN_FACILITY = _BORDER_FACILITY | {"hotel"}
_FACILITY_LOWER = frozenset({"casino", "complex", "compound"})
#: A second facility word joined to the first ("Casino and Resort", "Hotel & Casino").
_COORD_FACILITY = frozenset({"resort", "hotel", "casino", "spa", "club", "entertainment"})
_COORD_GAP = re.compile(r"\s+(?:and|&)\s+")
#: Last words of a zone's name ("Thmorda SEZ", "Shwe Kokko Special Economic Zone").
_ZONE_HEADS = frozenset({"sez", "zone"})
#: Local admin words after a name that count in lower case too ("Tha Sai Luat subdistrict",
#: "Don Chai village").
_LOWER_LOCAL_SUFFIX = frozenset({"subdistrict", "village"})


def _in_prefix_unit(text: str, ws: list[Word], first: int, last: int, span: Span) -> Span:
    """A name after a local admin word is a unit of that kind and country.

    After one country's word ("Tambon Don Kaew", "Barangay X") the candidates elsewhere go
    ("Don Kaew" is no Cambodian commune there). A candidate named so only by a weak variant
    must also be a unit of that level when the text goes on to say where it lies ("Ban Wang
    Pha in Tak province's Mae Ramat district" is no weak spelling of the district town Tha Wang Pha;
    "Ban Mae Sot" alone stays Mae Sot). With none left the name is a unit the gazetteer
    does not know, placed at the coarser unit named near it (see ``Gazetteer.resolve``)."""
    if span.kind != "place" or not span.candidates:
        return span
    word = ws[first] if last - first > 1 and ws[first].key in LOCAL_PREFIX else None
    if word is None and first > 0 and ws[first - 1].key in LOCAL_PREFIX:
        word = ws[first - 1]
        if not (_cap(word) and ws[first].start - word.end == 1):
            word = None
    if word is None or not _cap(word):
        return span
    level, iso = LOCAL_PREFIX[word.key]
    located = _LOCATED_AFTER_RE.match(text, span.end) is not None
    kept = _filtered(
        span,
        lambda p, q: (
            (iso is None or p.country == iso)
            and (q < 2 or not located or hint_allows(level, p.level))
        ),
    )
    return kept or replace(span, candidates=(), qualities=(), hint=level, match="local")


def _filtered(span: Span, keep: Callable[[Place, int], bool]) -> Span | None:
    """``span`` with only the candidates (and their name qualities) that ``keep`` accepts:
    the span itself when all are, None when none is."""
    qualities = span.qualities or tuple(0 for _ in span.candidates)
    kept = [(p, q) for p, q in zip(span.candidates, qualities, strict=True) if keep(p, q)]
    if len(kept) == len(span.candidates):
        return span
    if not kept:
        return None
    return replace(span, candidates=tuple(p for p, _ in kept), qualities=tuple(q for _, q in kept))


#: An address chain after a name: where the text says it lies (", Mae Sot", " in Tak's").
_LOCATED_AFTER_RE = re.compile(r"\s*(?:,|\s(?:in|of))\s+(?:the\s+)?[A-Z]")
#: What may follow a local unit's whole name: a clause or sentence end.
_NAME_CLOSER_RE = re.compile(r"\s*(?:[,;:.)]|$)")
#: Lower-case words after "Ban/Baan <name>" that make it the name of a scheme, not a village.
_PROGRAMME_WORDS = frozenset(
    {"project", "programme", "program", "scheme", "initiative", "campaign", "fund"}
)
#: The same after the name ("Lay Kay Kaw Township").
LOCAL_SUFFIX: dict[str, tuple[str, str | None]] = {
    "township": ("district", "MM"),
    "subdistrict": ("commune", None),  # Thai tambon, Indonesian kelurahan
    "tambon": ("commune", "TH"),
    "amphoe": ("district", "TH"),
    "barangay": ("commune", "PH"),
    "commune": ("commune", None),  # "Loi Thuan Commune" (Vietnam, Cambodia)
    "district": ("district", None),  # "Ben Cau District", "Amphoe"-less Thai districts
    "village": ("village", None),  # "Mya Ta Ya village" (Myanmar, Thailand, Laos ...)
}
#: Of those, the generic English words: they make a unit only of a name with a word that is
#: not an English word, and no demonym ("Long Thuan Commune", never "Central Business
#: District" or "Chinese District").
_GENERIC_LOCAL_SUFFIX = frozenset({"commune", "district", "village"})
#: Words after a name that make the run a street named after it ("Roxas Boulevard"): the
#: street may be far from the place it is named after, so the span is not that place.
_STREET_HEADS = frozenset(
    {
        "boulevard",
        "blvd",
        "avenue",
        "ave",
        "road",
        "rd",
        "street",
        "st",
        "highway",
        "expressway",
        "drive",
        "lane",
        "soi",
        "alley",
    }
)
#: Pronouns that are also surnames: "She Zhijiang", "He Jiankui" (a pronoun is never
#: followed by a bare place name, so the pair is a person's name).
_PRONOUN_SURNAMES = frozenset({"he", "she"})
#: Common surnames (Chinese, Cantonese/Hokkien spellings, Khmer, Vietnamese, Korean): a name
#: run that starts with one and is already not a place is a person's name.
SURNAMES = frozenset(
    [
        "wang",
        "li",
        "zhang",
        "liu",
        "lo",
        "chen",
        "yang",
        "huang",
        "zhao",
        "wu",
        "zhou",
        "xu",
        "sun",
        "ma",
        "zhu",
        "hu",
        "guo",
        "he",
        "lin",
        "gao",
        "luo",
        "zheng",
        "liang",
        "xie",
        "song",
        "tang",
        "han",
        "feng",
        "deng",
        "cao",
        "peng",
        "zeng",
        "xiao",
        "tian",
        "dong",
        "pan",
        "yuan",
        "cai",
        "jiang",
        "yu",
        "du",
        "ye",
        "cheng",
        "wei",
        "su",
        "lu",
        "ding",
        "ren",
        "shen",
        "yao",
        "she",
        "xue",
        "zhong",
        "tan",
        "qin",
        "kong",
        "bai",
        "cui",
        "kang",
        "mao",
        "qiu",
        "hou",
        "shi",
        "xiong",
        "jin",
        "fang",
        "gu",
        "lei",
        "wen",
        "yan",
        "wong",
        "lee",
        "chan",
        "cheung",
        "lau",
        "ng",
        "ho",
        "tse",
        "chow",
        "leung",
        "tsang",
        "yip",
        "kwok",
        "tan",
        "lim",
        "teo",
        "goh",
        "ong",
        "koh",
        "chua",
        "tay",
        "hun",
        "sar",
        "sok",
        "chea",
        "kem",
        "heng",
        "seng",
        "meas",
        "keo",
        "prak",
        "chhay",
        "ouk",
        "ly",
        "yim",
        "nhem",
        "pol",
        "ros",
        "touch",
        "vong",
        "neth",
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "do",
        "ngo",
        "duong",
        "kim",
        "park",
        "choi",
        "jung",
        "kang",
        "cho",
        "yoon",
        "jang",
        "lim",
    ]
)
_COMPASS = frozenset(
    {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
)
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "borderlands", "borderland"})
_JOINER = re.compile(r"[ \t\-–'’./&]{0,3}")
#: A credit label right before a name: the name is an outlet, agency or person.
_CREDIT_BEFORE = re.compile(
    r"(?i:(?:\b(?:source|sources|photo|photos|credit|credits|courtesy|editor|edited by|reporting by|"
    r"editing by|writing by|additional reporting by|written by|"
    r"(?:photo|photos|photograph|image|images|picture|pictures|video)\s+by)\s*[:/]?\s*)|(?:^\s*by\s+))$"
)
#: "<name> news agency / news service / newspaper": the outlet of that name.
_NEWS_OUTLET_AFTER_RE = re.compile(
    r"(?:'s|’s)?\s+(?:state\s+)?(?:news\s+(?:agency|service|portal|website|outlet|channel)|"
    r"newspaper|daily\s+newspaper|broadcaster|television|TV\b)",
    re.IGNORECASE,
)
#: The name ends its clause ("..., according to Xinhua."): no place phrase goes on.
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:)]|$)")
#: "(Xinhua) --", "(Reuters) —": a wire credit closing a dateline.
_WIRE_AFTER = re.compile(r"\s*(?:--|-|—|–)")
#: Candidates kept per name before an admin word narrows them, and after.
MAX_RAW = 600
MAX_CANDIDATES = 60
#: "Phnom Penh, July 15 (VNA) –": a title-case dateline followed by its date.
_DATELINE_DATE = re.compile(
    r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b[^\n]{0,30}?[—–-]"
)
#: A publication date before a dateline on its line ("date 2024-03-15", "March 18, 2025 |").
_DATE_BEFORE = re.compile(
    r"\s*(?i:(?:date|published|updated|posted)\s*:?\s*)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"
    r"[\s,|—–-]*"
)
#: The characters a ``_DATE_BEFORE`` match may end in before its spaces, with the digits
#: (``\d``: ``str.isdecimal``).
_DATE_LAST = frozenset(",|\u2014\u2013-")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?(?:[:—–]|-{1,2}(?=\s)|,)")


@dataclass(frozen=True, slots=True)
class Match:
    """A name found in text before ranking: the entries its key maps to."""

    entries: tuple[Entry, ...]
    match: str  # exact | phonetic


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate mention: where it is, what kind, which places it may be.

    ``kind`` is ``place``, ``demonym``, ``address`` or ``fuzzy``. ``candidates`` are the
    places the name may refer to, best prior first (no document context yet).
    ``nationality`` is the ISO2 code of a demonym (None for a regional one).
    ``hint`` is the level named by an admin word attached to the name ("province").
    ``match`` says how the name matched (exact, phonetic, variant, fuzzy, address).
    ``note`` is a textual flag: dateline, nonplace:organisation, nonplace:name ...
    ``part`` is the address part (building, street, village, commune, district, province).
    """

    start: int
    end: int
    text: str
    kind: str
    candidates: tuple[Place, ...] = ()
    nationality: str | None = None
    hint: str | None = None
    match: str = "exact"
    note: str | None = None
    part: str | None = None
    qualities: tuple[int, ...] = ()


_ALL_LEVELS = frozenset(Level)
_HINT_LEVELS: dict[str, frozenset[Level]] = {
    "province": frozenset({Level.PROVINCE}),
    "district": frozenset({Level.DISTRICT}),
    "commune": frozenset({Level.COMMUNE}),
    "village": frozenset({Level.VILLAGE, Level.SITE}),
    "town": frozenset({Level.TOWN, Level.DISTRICT}),
    "site-at": frozenset(Level),
}


def hint_allows(hint: str | None, level: Level) -> bool:
    """Whether a place of ``level`` fits an admin-word hint (no hint allows anything)."""
    if hint is None:
        return True
    return level in _HINT_LEVELS.get(hint, _ALL_LEVELS)


def _cap(w: Word) -> bool:
    ch = w.text[:1]
    # ("d'Ivoire", "l'Est": an elided French article before a capital)
    return (
        ch.isupper()
        or ch.isdigit()
        or (ch in "dl" and w.text[1:2] in "'’" and w.text[2:3].isupper())
    )


def _only_space(text: str, a: int, b: int) -> bool:
    """Words separated by one or two spaces only (no newline, no punctuation)."""
    return 0 < b - a <= 2 and text[a:b].strip(" \t") == ""


class _Memo(threading.local):
    """Per-thread, per-scan memos: line properties and candidate tuples of repeated names."""

    def __init__(self) -> None:
        self.lines: dict[tuple[int, int, str], bool] = {}
        self.cands: dict[
            tuple[tuple[tuple[int, int], ...], str], tuple[tuple[Place, ...], tuple[int, ...]]
        ] = {}
        self.weak: dict[int, tuple[tuple[Place, ...], bool]] = {}


_MEMO = _Memo()

_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "its",
    ]
)


def _headline_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline written in title case."""
    ls = text.rfind("\n", 0, pos) + 1
    key = (id(text), ls, "h")
    if key in _MEMO.lines:
        return _MEMO.lines[key]
    _MEMO.lines[key] = answer = _headline_line_uncached(text, ls)
    return answer


def _headline_line_uncached(text: str, ls: int) -> bool:
    pos = ls
    le = text.find("\n", pos)
    line = text[ls : le if le >= 0 else len(text)].strip()
    if not line or line[-1] in ".!?\"”'":
        return False
    content = [w for w in re.findall(r"[A-Za-z][\w'’]*", line) if w.lower() not in _FUNCTION_WORDS]
    if len(content) < 4 or len(content) > 25:
        return False
    return sum(1 for w in content if w[0].isupper()) / len(content) >= 0.9


def _line_is_upper(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is written in capitals (a shouted headline)."""
    ls = text.rfind("\n", 0, pos) + 1
    key = (id(text), ls, "u")
    if key in _MEMO.lines:
        return _MEMO.lines[key]
    _MEMO.lines[key] = answer = _line_is_upper_uncached(text, ls)
    return answer


def _line_is_upper_uncached(text: str, ls: int) -> bool:
    pos = ls
    le = text.find("\n", pos)
    # C-level filter/map: a paragraph is one line, thousands of characters long
    letters = "".join(filter(str.isalpha, text[ls : le if le >= 0 else len(text)]))
    return len(letters) > 12 and sum(map(str.isupper, letters)) / len(letters) > 0.9


_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")


def _line_is_title_case(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` capitalises (nearly) every word of four letters or
    more: a title-case headline, where capitals say nothing of names."""
    ls = text.rfind("\n", 0, pos) + 1
    key = (id(text), ls, "t")
    if key not in _MEMO.lines:
        le = text.find("\n", ls)
        words = [
            w for w in _LETTER_RUN_RE.findall(text, ls, le if le >= 0 else len(text)) if len(w) >= 4
        ]
        _MEMO.lines[key] = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(
            words
        )
    return _MEMO.lines[key]


#: Zipf frequency from which an English word is an everyday noun ("man" 5.8, "office"
#: 5.4) rather than a name that is also frequent ("Shanghai" 4.0, "Delhi" 4.3).
_VERY_COMMON_ZIPF = 5.0


@functools.lru_cache(maxsize=1024)
def _very_common(key: str) -> bool:
    """Whether ``key`` is an everyday English word (asked only for the rare title-case
    determiner case, so wordfreq's list is loaded only then)."""
    from wordfreq import zipf_frequency

    return bool(zipf_frequency(key, "en") >= _VERY_COMMON_ZIPF)


#: wordfreq's (and CLDR's) code for a language whose ISO 639-1 code it does not use.
_WORDFREQ_CODES = {"tl": "fil"}


@functools.lru_cache(maxsize=4096)
def _common_in(key: str, language: str) -> bool:
    """Whether ``key`` is an everyday word of ``language`` (Zipf frequency at least
    :data:`~gazetteer.index.COMMON_WORD_ZIPF`, the English words' bar); False for a
    language wordfreq has no list of."""
    return _frequency_in(key, language) >= COMMON_WORD_ZIPF


def _frequency_in(key: str, language: str) -> float:
    """The Zipf frequency of ``key`` in ``language`` (0 for a language wordfreq has no list
    of)."""
    from wordfreq import zipf_frequency

    code = _WORDFREQ_CODES.get(language, language)
    if code not in _wordfreq_languages():
        return 0.0
    try:
        return float(zipf_frequency(key, code))
    except ImportError:  # Japanese and Korean lists need MeCab, which is not installed
        return 0.0


@functools.cache
def official_countries(language: str, regional: bool = False) -> frozenset[str]:
    """Countries where ``language`` (a CLDR code) is official, with ``regional`` also where
    it is a regional official language (CLDR via Babel)."""
    from babel import Locale
    from babel.languages import get_official_languages

    return frozenset(
        code
        for code in Locale("en").territories
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        # (Babel names Taiwan's and Hong Kong's Chinese "zh_Hant")
        and any(
            official.split("_")[0] == language
            for official in get_official_languages(code, regional=regional)
        )
    )


#: The frequency of a language's commonest words ("tak", not; "bago", before; "kota", city):
#: a place's name this common, first in a sentence and going on in lower case, is the word.
_FUNCTION_WORD_ZIPF = 5.4
_WORD_AFTER = re.compile(r",?\s+(\w)")


@functools.cache
def _wordfreq_languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


#: Population from which a town whose name is an everyday word of the text's language is
#: still taken as that town in mid-sentence (hamlets of a few hundred people are not).
_FOREIGN_WORD_TOWN = 5_000


def foreign_common_words(index: Index, text: str, spans: list[Span], language: str) -> list[Span]:
    """In a text of another language, a one-word name that is an everyday word of that
    language keeps only its prominent places (see :meth:`Index.prominent`) when it has
    some; else it is that word, not a small place, where the text uses it as a word (first
    in a sentence, or written in lower case elsewhere in the text) or where it names only
    hamlets (fewer than :data:`_FOREIGN_WORD_TOWN` people); first in a sentence and written in
    lower case elsewhere, it is that word even when a prominent place has the name ("Tak hanya
    itu", not only that, is not Tak province). Indonesian "Namun" (however) is not Na Muen, "Dalam" (in) not
    the hamlet Dalam, "Juli" (July) not Juli; Spanish "Trata" (trafficking) not Trat;
    Vietnamese "Tiếp" (next) not Tiep; Portuguese "Tailândia" is Thailand, not the Brazilian
    town. Prominent places stay, as for common English words ("Malaysia", "Jakarta",
    "Campuchia"), and so does a town named in mid-sentence and never written as a word
    ("Gresik"). An everyday word matched only by its sound is that word whatever the
    place's rank (Indonesian "Pusat", centre, is no Pursat)."""
    out: list[Span] = []
    for span in spans:
        if (
            span.kind == "place"
            and span.candidates
            and " " not in span.text
            and _common_in(span.text.casefold(), language)
        ):
            if span.match in ("phonetic", "fuzzy") and all(
                p.level is not Level.COUNTRY for p in span.candidates
            ):
                # "Pusat penipuan" (Indonesian: the centre of fraud) sounds like Pursat: an
                # everyday word of the text's language spelt unlike the place is that word
                continue
            first = starts_sentence(text, span.start)
            as_word = first or _written_lower(text, span.text)
            if first and (
                _written_lower(text, span.text)
                or (
                    (after := _WORD_AFTER.match(text, span.end)) is not None
                    and after.group(1).islower()
                    and all(
                        p.level is not Level.COUNTRY
                        and p.country
                        not in official_countries(_WORDFREQ_CODES.get(language, language))
                        for p in span.candidates
                    )
                    and is_everyday_word(span.text, language)
                )
            ):
                # "Tak hanya itu" (not only that; Tak province), "Bago ito" (before this;
                # Bago): first in a sentence and a word elsewhere in the text, or one of the
                # language's commonest words going on in lower case, even a prominent
                # place's name is that word (a country's name stays, "Indonesia akan", and a
                # place of the language's own countries: "Jakarta", "Johor" are that common)
                continue
            keep = [
                (idx := index.ids.get(place.id)) is not None and index.prominent(idx)
                for place in span.candidates
            ]
            if not any(keep) and not as_word:
                keep = [place.population >= _FOREIGN_WORD_TOWN for place in span.candidates]
            if not any(keep):
                continue
            if not all(keep):
                span = replace(
                    span,
                    candidates=tuple(itertools.compress(span.candidates, keep)),
                    qualities=tuple(itertools.compress(span.qualities, keep)),
                )
        out.append(span)
    return out


def foreign_country_names(index: Index, spans: list[Span], language: str) -> list[Span]:
    """In a text of another language, a demonym that is written as that language names a
    country is the country: Spanish and Portuguese "Filipinas" is the Philippines, not
    English's Filipino women."""
    names = _country_names_in(_WORDFREQ_CODES.get(language, language))
    out: list[Span] = []
    for span in spans:
        iso = names.get(span.text) if span.kind == "demonym" else None
        idx = index.ids.get(f"country:{iso}") if iso else None
        if idx is not None:
            span = replace(span, kind="place", candidates=(index.place(idx),), nationality=None)
        out.append(span)
    return out


@functools.cache
def _country_names_in(language: str) -> dict[str, str]:
    """A language's names of countries (CLDR via Babel) -> ISO2; {} for a language CLDR
    does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return {}
    return {
        name: code
        for code, name in territories.items()
        if isinstance(code, str) and len(code) == 2 and code.isalpha()
    }


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` occurs in lower case as a whole word in ``text``."""
    lower = word.lower()
    if lower == word:
        return True
    return re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", text) is not None


def is_everyday_word(word: str, language: str) -> bool:
    """Whether ``word`` is one of ``language``'s commonest words (Zipf frequency at least
    5.4: French "le", Indonesian "di", Filipino "sa", English "the"); False for a language
    wordfreq has no list of."""
    return _frequency_in(word.casefold(), language) >= _FUNCTION_WORD_ZIPF


def starts_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is the first of its sentence, line or headline."""
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;—–|•·"


def scan_text(index: Index, text: str) -> list[Span]:
    """All candidate spans of ``text`` (see the module docstring); non-overlapping, in order."""
    enabled = gc.isenabled()
    gc.disable()  # many short-lived tuples and no cycles: the collector would only slow the scan
    try:
        return _scan_text(index, text)
    finally:
        if enabled:
            gc.enable()


_KEY = operator.itemgetter(3)  # Word.key
_PHON = operator.itemgetter(4)  # Word.phon
_TEXT = operator.itemgetter(2)  # Word.text
_FIRST = operator.itemgetter(0)
#: Byte ``c`` -> 1 when ``chr(c)`` starts a capitalised word (``_cap``: upper case or a digit),
#: else 0: ``bytes.translate`` with it flags the capitalised words of an ASCII text at once.
_CAPITAL_BYTE = bytes(int(chr(c).isupper() or chr(c).isdigit()) for c in range(256))


#: ``_head_code`` bits: the word's key is a pattern; the trie holds it (a pattern or the
#: beginning of one), so the walk goes on to the next word.
_NAME = 1
_IN_TRIE = 2
_MAX_HEADS = 200_000
#: The automaton the remembered head codes belong to, and the codes (held with it, so that
#: a later automaton cannot take its id).
_HEADS: list[tuple[object, dict[str, int]]] = [(None, {})]


def _heads_of(auto: object) -> dict[str, int]:
    """The remembered ``_head_code`` of first words for the automaton ``auto``."""
    held = _HEADS[0]
    if held[0] is not auto:
        held = (auto, {})
        _HEADS[0] = held
    return held[1]


def _head_code(prefix: Callable[[str], bool], exists: Callable[[str], bool], head: str) -> int:
    """What the trie says of the names that start with the word key ``head``: ``_NAME`` when
    `` head `` is a pattern, ``_IN_TRIE`` when the trie holds it at all (a pattern or the
    beginning of a longer one: the walk goes on to the next word)."""
    probe = " " + head + " "
    if not prefix(probe):
        return 0
    return (_NAME if exists(probe) else 0) | _IN_TRIE


def _walk(
    prefix: Any,
    exists: Any,
    phons: list[str],
    caps: bytes,
    found: list[tuple[int, int, str]],
    first: int,
    probe: str,
    last: int,
    join: bool,
) -> None:
    """Walk a name from ``probe`` word by word while the trie holds a pattern so begun,
    noting every whole name; with ``join``, a capitalised word may also close the word
    before it ("Free Port" of "Freeport"), once: that walk goes on without further joins."""
    n = len(phons)
    while True:
        known = prefix(probe)  # (no pattern begins so: neither this name nor a longer one)
        if known and exists(probe):
            found.append((first, last, probe[1:-1]))
        if last >= n:
            break
        if join and caps[last] and prefix(probe[:-1] + phons[last]):
            joined = probe[:-1] + phons[last] + " "
            _walk(prefix, exists, phons, caps, found, first, joined, last + 1, False)
        if not known:
            break
        probe += phons[last] + " "
        last += 1


def _scan_text(index: Index, text: str) -> list[Span]:
    _MEMO.lines.clear()
    _MEMO.cands.clear()
    _MEMO.weak.clear()
    ws = words(text)
    if not ws:
        return []
    auto = index.ensure_automaton()
    # Every name (`` key `` pattern of the automaton's trie) that starts at a capitalised word:
    # from each such word, its phonetic key and the next words' are joined while the trie
    # holds a longer pattern with that beginning. (Only a match at a capitalised word counts;
    # most words are not, so this does less than running the automaton over every word.)
    phons = list(map(_PHON, ws))
    firsts = "".join(map(_FIRST, map(_TEXT, ws)))  # first letter of every word
    capitals: Iterable[int]
    if firsts.isascii():  # (nearly always) one C-level byte translation instead of three maps
        capitals = firsts.encode("ascii").translate(_CAPITAL_BYTE)
    else:
        capitals = map(operator.or_, map(str.isupper, firsts), map(str.isdigit, firsts))
    exists = auto.exists  # type: ignore[attr-defined]
    prefix = auto.match  # type: ignore[attr-defined]
    n = len(phons)
    found: list[tuple[int, int, str]] = []
    heads = _heads_of(auto)
    caps = bytes(capitals) if isinstance(capitals, bytes) else bytes(map(int, capitals))
    for first in itertools.compress(itertools.count(), caps):
        # the first word alone: its answer is remembered per automaton (the same words open
        # the capitalised runs of every story)
        head = phons[first]
        code = heads.get(head)
        if code is None:
            code = _head_code(prefix, exists, head)
            if len(heads) >= _MAX_HEADS:
                heads.clear()
            heads[head] = code
        if code & _NAME:
            found.append((first, first + 1, head))
        if not code & _IN_TRIE or first + 1 >= n:
            continue
        probe = " " + head + " " + phons[first + 1] + " "
        _walk(prefix, exists, phons, caps, found, first, probe, first + 2, True)
        if caps[first + 1] and prefix(" " + head + phons[first + 1]):
            joined = " " + head + phons[first + 1] + " "
            _walk(prefix, exists, phons, caps, found, first, joined, first + 2, False)
    keys = list(map(_KEY, ws))  # (for the sort and the admin-word passes below)
    # longest first, a name spelt as written before one that only sounds alike ("Mae Sot
    # river": the town, not a "Sot river"), then the longer in letters, then leftmost
    exact = index.exact.keys()
    found.sort(
        key=lambda f: (
            -(f[1] - f[0]),
            " ".join(keys[f[0] : f[1]]) not in exact,
            -(ws[f[1] - 1].end - ws[f[0]].start),
            f[0],
        )
    )
    taken = [False] * len(ws)
    chosen: list[tuple[int, int, Span]] = _prefixed_unknown_spans(
        index, text, ws, taken, [(f, la) for f, la, _ in found], keys
    )
    for first, last, pkey in found:
        if any(taken[first:last]):
            continue
        span = _make_span(index, text, ws, first, last, pkey)
        if span is None:
            continue
        for k in range(first, last):
            taken[k] = True
        chosen.append((first, last, span))
    chosen += _fuzzy_spans(index, text, ws, taken, keys)
    chosen += _country_apposition_spans(index, text, ws, taken, chosen)
    if not LOCAL_PREFIX.keys().isdisjoint(keys):
        chosen = [(f, la, _in_prefix_unit(text, ws, f, la, span)) for f, la, span in chosen]
    chosen.sort(key=lambda c: c[0])
    strong: set[int] = set()
    for first, last, span in chosen:
        if span.kind != "place" or not _weak_single(index, span.candidates, last - first):
            strong.update(range(first, last))
    out = [
        _context(index, text, ws, first, last, span, taken, strong) for first, last, span in chosen
    ]
    spans = _list_levels(text, [s for s in out if s is not None])
    return _lead_list_levels(text, spans) if _names_unit_plural(text) else spans


#: Plural admin words that open a list of units ("provinces including Jiangsu, Hunan and
#: Fujian", "provinces and cities - Dong Nai, Khanh Hoa, ...").
_UNITS_LEAD_HINT = re.compile(r"(?i)\b(?:provinces|states|districts|communes)\b")
_UNIT_PLURALS = ("provinces", "states", "districts", "communes")
#: Letters that ``(?i)`` matches to a plural's letters but ``str.lower`` does not map to them
#: (dotted capital I lowers to two characters; dotless i and long s are equivalents).
_PLURAL_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _names_unit_plural(text: str) -> bool:
    """Whether ``_UNITS_LEAD_HINT`` matches somewhere in ``text``.

    Each plural is looked for by ``str.find`` in the lowered text and the pattern is tried
    only where one stands: a case-insensitive regex searched over the whole text tries
    every character, the words stand at a few places at most. Every letter the pattern
    matches lowers (after ``_PLURAL_FOLD``, which keeps the length) to its own letter, so
    no match is missed."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        low = text.translate(_PLURAL_FOLD).lower()
    else:
        low = lower_text(text)
    for word in _UNIT_PLURALS:
        pos = low.find(word)
        while pos >= 0:
            if _UNITS_LEAD_HINT.match(text, pos):
                return True
            pos = low.find(word, pos + 1)
    return False


_UNITS_LEAD_RE = re.compile(
    r"(?i)\b(?P<unit>provinces|states|districts|communes)"
    r"(?:\s+(?:and|or|&)\s+(?:cities|municipalities|towns))?"
    r"(?:\s+(?:including|include|included|such\s+as|like|namely|of)\s+|\s*[:\u2013\u2014-]\s*)"
    r"(?:the\s+)?$"
)
#: How a ``_UNITS_LEAD_RE`` match ends before its spaces, in lower case.
_LEAD_ENDS = ("including", "include", "included", "as", "like", "namely", "of", "the", ":",
              "\u2013", "\u2014", "-")  # fmt: skip


def _may_end_unit_lead(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends as a ``_UNITS_LEAD_RE`` match does (a word or dash of its
    end and spaces): the regex, tried at every character of the window, is searched only
    then. ``_PLURAL_FOLD`` first: the letters ``(?i)`` matches that ``str.lower`` leaves."""
    # (the longest end is "including": its nine characters are enough to look at)
    return text[lo:hi].rstrip()[-9:].translate(_PLURAL_FOLD).lower().endswith(_LEAD_ENDS)


_UNIT_OF_PLURAL = {"provinces": "province", "states": "province", "districts": "district",
                   "communes": "commune"}  # fmt: skip
#: What joins the items of such a list, a count in brackets allowed ("Perak (22), Penang").
_LEAD_LIST_JOIN = re.compile(
    r"(?:\s*\(\d[\d,]*\))?(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)"
)


def _lead_list_levels(text: str, spans: list[Span]) -> list[Span]:
    """The items of a list that a plural admin word opens are units of that level where they
    can be: "provinces including Jiangsu, Hunan and Guangdong" names the province Hunan, not
    a town of that name. An item with no unit of that level ("Chongqing", "Ho Chi Minh City"
    after "provinces and cities") stays as it is, and the list goes on."""
    i = 0
    while i < len(spans):
        head = spans[i]
        lo = max(0, head.start - 60)
        lead = (
            _UNITS_LEAD_RE.search(text, lo, head.start)
            if _may_end_unit_lead(text, lo, head.start)
            else None
        )
        if lead is None or head.kind != "place":
            i += 1
            continue
        hint = _UNIT_OF_PLURAL[lead.group("unit").lower()]
        j = i
        while j < len(spans):
            item = spans[j]
            if j > i and (
                item.kind != "place"
                or not _LEAD_LIST_JOIN.fullmatch(text, spans[j - 1].end, item.start)
            ):
                break
            if item.kind == "place" and item.hint is None and item.note is None:
                spans[j] = _of_level(item, hint) or item
            j += 1
        i = max(j, i + 1)
    return spans


def _of_level(span: Span, hint: str) -> Span | None:
    """``span`` as a unit of the level ``hint`` names: its candidates of that level (and
    the hint), or None when it has none."""
    kept = _filtered(span, lambda p, _q: hint_allows(hint, p.level))
    return None if kept is None else replace(kept, hint=hint)


#: Plural admin words that end a list of units ("Kandal, Kampot and Takeo provinces").
_PLURAL_UNITS = frozenset(["provinces", "districts", "communes"])
#: What joins the items of such a list.
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+")


def _list_levels(text: str, spans: list[Span]) -> list[Span]:
    """The items of a list that ends in a plural admin word are all units of that level:
    "Preah Sihanouk, Kampot, Koh Kong and Oddar Meanchey provinces" names four provinces,
    not the towns Kampot and Koh Kong."""
    for i in range(len(spans) - 1, 0, -1):
        tail = spans[i]
        hint = tail.hint
        if (
            hint is None
            or tail.kind != "place"
            or tail.text.rsplit(None, 1)[-1].lower() not in _PLURAL_UNITS
        ):
            continue
        j = i - 1
        while j >= 0:
            item = spans[j]
            if (
                item.kind != "place"
                or item.hint is not None
                or item.note is not None
                or not _LIST_JOIN.fullmatch(text, item.end, spans[j + 1].start)
            ):
                break
            unit = _of_level(item, hint)
            if unit is None:
                break
            spans[j] = unit
            j -= 1
    return spans


_ADMIN_WORDS = frozenset(ADMIN_SUFFIX) | frozenset(ADMIN_PREFIX)
_LOCAL_WORDS = frozenset(LOCAL_SUFFIX) | frozenset(LOCAL_PREFIX)

#: A near-miss spelling must score at least this (rapidfuzz ratio on phonetic keys).
FUZZY_CUTOFF = 88


def _fuzzy_spans(
    index: Index, text: str, ws: list[Word], taken: list[bool], keys: list[str]
) -> list[tuple[int, int, Span]]:
    """Near-miss names that an admin word vouches for ("Kandaal province", "Khan Sensokh").

    Only capitalised words that are not already a name, next to an admin word, at least
    five letters long, and only against places of the level the admin word names: a typo
    is forgiven where the text itself says a place is meant.
    """
    from rapidfuzz import fuzz, process

    out: list[tuple[int, int, Span]] = []
    n = len(ws)
    if _ADMIN_WORDS.isdisjoint(keys):
        return out  # (most texts: no admin word at all)
    for i in itertools.compress(itertools.count(), map(_ADMIN_WORDS.__contains__, keys)):
        w = ws[i]  # only admin words can vouch for a name (the loop skips the rest in C)
        hint: str | None = None
        if (
            w.key in ADMIN_SUFFIX
            and i > 0
            and not taken[i - 1]
            and _cap(ws[i - 1])
            and not taken[i]
        ):
            last, hint = i, ADMIN_SUFFIX[w.key]
            first = last - 1
            while (
                first > 0
                and last - first < 3
                and not taken[first - 1]
                and _cap(ws[first - 1])
                and _JOINER.fullmatch(text[ws[first - 1].end : ws[first].start])
            ):
                first -= 1
        elif (
            w.key in ADMIN_PREFIX
            and _cap(w)
            and i + 1 < n
            and not taken[i + 1]
            and _cap(ws[i + 1])
            and not taken[i]
        ):
            first, hint = i + 1, ADMIN_PREFIX[w.key]
            last = first + 1
            while (
                last < n
                and last - first < 3
                and not taken[last]
                and _cap(ws[last])
                and ws[last].key not in ADMIN_SUFFIX
                and _JOINER.fullmatch(text[ws[last - 1].end : ws[last].start])
            ):
                last += 1
        else:
            continue
        seg = ws[first:last]
        if any(x.key in index.english or x.key in ADMIN_PREFIX for x in seg):
            continue
        query = "".join(x.phon for x in seg)
        if len(query) < 5:
            continue
        choices = index.level_keys(hint)
        if not choices:
            continue
        best = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if best is None:
            continue
        entries = [e for e in index.phon[best[0]] if hint_allows(hint, index.level(e[0]))]
        if not entries:
            continue
        start, end = seg[0].start, seg[-1].end
        for k in range(first, last):
            taken[k] = True
        out.append(
            (
                first,
                last,
                Span(
                    start,
                    end,
                    text[start:end],
                    "fuzzy",
                    tuple(index.place(e[0]) for e in entries[:MAX_CANDIDATES]),
                    None,
                    match="fuzzy",
                    qualities=tuple(max(2, q) for _, q in entries[:MAX_CANDIDATES]),
                ),
            )
        )
    return out


#: A spelling variant of a town that "<name>, <Country>" vouches for must score this much.
APPOSITION_CUTOFF = 80
#: Prepositions before "<name>, <Country>" that make the name a place ("fled from X, Myanmar").
_APPOSITION_BEFORE = frozenset({"in", "from", "into", "to", "near", "at"})


def _country_apposition_spans(
    index: Index,
    text: str,
    ws: list[Word],
    taken: list[bool],
    chosen: list[tuple[int, int, Span]],
) -> list[tuple[int, int, Span]]:
    """Spelling variants of a town the text places in a country ("in Pyathonsu, Myanmar"
    for Payathonzu): an unknown capitalised word, not English, after a locative preposition
    and before a comma and a country's name, near-matched against that country's towns
    (romanisations differ in vowels, h and voicing, which the phonetic key folds only in
    part)."""
    out: list[tuple[int, int, Span]] = []
    for first, _, span in chosen:
        if (
            first < 2
            or span.kind != "place"
            or text[ws[first - 1].end : ws[first].start] != ", "
            or not span.candidates
            or span.candidates[0].level is not Level.COUNTRY
        ):
            continue  # (the cheap test first: a comma and one space before a country)
        k = first - 1
        w = ws[k]
        if (
            taken[k]
            or not _cap(w)
            or w.key in index.english
            or w.key in SURNAMES
            or ws[k - 1].key not in _APPOSITION_BEFORE
            or not ws[k - 1].text.islower()
            or not _only_space(text, ws[k - 1].end, w.start)
            or len(w.phon) < 8  # (shorter words: given names too, "Somchai", "Prayuth")
        ):
            continue
        from rapidfuzz import fuzz, process

        cc = span.candidates[0].country
        entries: list[Any] = []
        for key, _, _ in process.extract(
            w.phon, index.level_keys("town"), scorer=fuzz.ratio, score_cutoff=APPOSITION_CUTOFF
        ):
            entries = [
                e
                for e in index.phon[key]
                if index.place(e[0]).country == cc and hint_allows("town", index.level(e[0]))
            ]
            if entries:
                break
        if not entries:
            continue
        taken[k] = True
        out.append(
            (
                k,
                k + 1,
                Span(
                    w.start,
                    w.end,
                    w.text,
                    "fuzzy",
                    tuple(index.place(e[0]) for e in entries[:MAX_CANDIDATES]),
                    None,
                    match="fuzzy",
                    qualities=tuple(max(2, q) for _, q in entries[:MAX_CANDIDATES]),
                ),
            )
        )
    return out


def _prefixed_unknown_spans(
    index: Index,
    text: str,
    ws: list[Word],
    taken: list[bool],
    known: list[tuple[int, int]],
    keys: list[str],
) -> list[tuple[int, int, Span]]:
    """Local units the gazetteer does not know, vouched for by their admin word
    ("Barangay Anupul", "Ban Nong Khiat"): a span without candidates, with the level as hint
    (resolved to the coarser unit named near it, see ``Gazetteer.resolve``). A run that is a
    known name as a whole (``known``: word ranges of the names found) is left to the name."""
    out: list[tuple[int, int, Span]] = []
    n = len(ws)
    # The furthest end of a known name starting at each word (a lookup per prefix word,
    # not a pass over every name found: a list of thousands of names stays linear).
    known_end: dict[int, int] = {}
    for f, e in known:
        known_end[f] = max(e, known_end.get(f, e))

    def name_word(k: int, english: bool = False) -> bool:
        return (
            not taken[k]
            and _cap(ws[k])
            and not ws[k].text[:1].isdigit()
            and (english or ws[k].key not in index.english)
            and ws[k].key not in _FREE_BEFORE
            and ws[k].key not in _TITLES
            and ws[k].key not in ORG_HEADS
            and ws[k].key not in ADMIN_SUFFIX
            and ws[k].key not in LOCAL_PREFIX
        )

    out += _unknown_facility_spans(index, text, ws, taken, known, name_word, keys)
    if _LOCAL_WORDS.isdisjoint(keys):
        return out  # (most texts: no local admin word at all)
    for i in itertools.compress(itertools.count(), map(_LOCAL_WORDS.__contains__, keys)):
        w = ws[i]  # only local admin words start or end such a run (the rest skipped in C)
        # "Mae Tao sub-district": the hyphenated spelling of "subdistrict"
        sub = (
            w.key == "district"
            and i > 1
            and ws[i - 1].key == "sub"
            and text[ws[i - 1].end : w.start] == "-"
        )
        if (
            w.key in LOCAL_SUFFIX
            and (w.text[:1].isupper() or w.key in _LOWER_LOCAL_SUFFIX or sub)
            and not taken[i]
            and i > 0
            and not (i + 1 < n and ws[i + 1].key in ORG_HEADS)
        ):
            first = i - 1 if sub else i
            head = first  # the admin word's first word
            generic = w.key in _GENERIC_LOCAL_SUFFIX and not sub
            while (
                first > 0
                and head - first < 3
                and name_word(first - 1, english=True)
                and not (generic and ws[first - 1].key in index.demonyms)
                and not starts_sentence(text, ws[first - 1].start)
                and _JOINER.fullmatch(text[ws[first - 1].end : ws[first].start])
            ):
                first -= 1
            if generic and all(ws[k].key in index.english for k in range(first, head)):
                first = head  # "Central Business District": English words, not a unit's name
            if first < head and not any(f <= first and e >= head for f, e in known):
                start, end = ws[first].start, w.end
                for k in range(first, i + 1):
                    taken[k] = True
                level = "commune" if sub else LOCAL_SUFFIX[w.key][0]
                out.append(
                    (
                        first,
                        i + 1,
                        Span(
                            start,
                            end,
                            text[start:end],
                            "place",
                            (),
                            None,
                            hint=level,
                            match="local",
                        ),
                    )
                )
                continue
        if w.key not in LOCAL_PREFIX or taken[i] or not w.text[:1].isupper() or i + 1 >= n:
            continue
        if w.key == "ban" and (starts_sentence(text, w.start) or _headline_line(text, w.start)):
            continue  # "Ban on ...": the English word
        last = i + 1
        while (
            last < n
            and last - i <= 3
            and not taken[last]
            and _cap(ws[last])
            and ws[last].key not in _TITLES
            and ws[last].key not in ORG_HEADS
            and ws[last].key not in ADMIN_SUFFIX
            and _JOINER.fullmatch(text[ws[last - 1].end : ws[last].start])
        ):
            last += 1
        # An English word may be inside the name ("Ban Don Chai"), not end it, unless the
        # name ends there ("in Ban Nong Pla Man, Mae Sot district": "Man" is its last word,
        # not a town of its own).
        closed = last >= n or _NAME_CLOSER_RE.match(text, ws[last - 1].end) is not None
        while last > i + 1 and ws[last - 1].key in index.english and not closed:
            last -= 1
        if last == i + 1 or any(ws[k].text[:1].isdigit() for k in range(i + 1, last)):
            continue
        if last < n and ws[last].key in _PROGRAMME_WORDS and ws[last].text.islower():
            continue  # "the Baan Mankong project": a scheme's name, not a village
        if max(known_end.get(i, -1), known_end.get(i + 1, -1)) >= last:
            continue
        level, _ = LOCAL_PREFIX[w.key]
        start, end = w.start, ws[last - 1].end
        for k in range(i, last):
            taken[k] = True
        out.append(
            (
                i,
                last,
                Span(start, end, text[start:end], "place", (), None, hint=level, match="local"),
            )
        )
    return out


def _unknown_facility_spans(
    index: Index,
    text: str,
    ws: list[Word],
    taken: list[bool],
    known: list[tuple[int, int]],
    name_word: Any,
    keys: list[str],
) -> list[tuple[int, int, Span]]:
    """Sites the gazetteer does not know, named by capitalised words and a facility word
    ("the Golden Lotus Building", "Macapagal Boulevard", "the Royal Lotus casino complex"):
    a span without candidates, hint ``site`` (placed at the unit named near it)."""
    out: list[tuple[int, int, Span]] = []
    n = len(ws)
    # only facility words end such a run (the other words, after the first, skipped in C)
    for i in itertools.compress(range(1, n), map(_FACILITY_SUFFIX.__contains__, keys[1:])):
        w = ws[i]
        if taken[i]:
            continue
        lower = not w.text[:1].isupper()
        if w.key in _NUMBERED_FACILITY:
            # "Street 494" (Phnom Penh's numbered streets): the street word and its number
            k = i + 1
            if (
                not lower
                and k < n
                and ws[k].key.isdigit()
                and not taken[k]
                and _JOINER.fullmatch(text[w.end : ws[k].start])
                and not (k + 1 < n and ws[k + 1].key in ORG_HEADS)
            ):
                taken[i] = taken[k] = True
                start, end = w.start, ws[k].end
                span = Span(
                    start, end, text[start:end], "place", (), None, hint="site", match="local"
                )
                out.append((i, k + 1, span))
            continue
        if lower and w.key not in _FACILITY_LOWER:
            continue
        if i + 1 < n and ws[i + 1].key == "complex" and _only_space(text, w.end, ws[i + 1].start):
            continue  # "casino complex": the run ends at "complex"
        head = i
        if lower and ws[i - 1].key in _FACILITY_LOWER and i - 1 > 0 and not taken[i - 1]:
            head = i - 1  # "casino complex"
        if w.key in _BORDER_FACILITY:
            if lower or ws[i - 1].key != "border":
                continue  # "Gate 3", "a police checkpoint": not a border crossing's name
            while (
                head > 1
                and ws[head - 1].key in _BORDER_FACILITY_MODIFIERS
                and _cap(ws[head - 1])
                and _only_space(text, ws[head - 1].end, ws[head].start)
            ):
                head -= 1
        if not _only_space(text, ws[head - 1].end, ws[head].start) or not (
            name_word(head - 1, english=True) or _code_name(ws[head - 1], taken[head - 1])
        ):
            continue
        first = head - 1
        while (
            first > 0
            and head - first < 3
            and name_word(first - 1, english=True)
            and _only_space(text, ws[first - 1].end, ws[first].start)
        ):
            first -= 1
        if starts_sentence(text, ws[first].start) and head - first < 2:
            continue  # "Building on ...", "Tower Records": one sentence-initial word
        if (
            lower
            and head - first < 2
            # "the Kaibo compound": one name word before the domain's own site word
            and not (w.key == "compound" and first > 0 and ws[first - 1].key == "the")
        ):
            continue
        if any(
            ws[k].key in index.demonyms or ws[k].key in _TRADE_WORDS for k in range(first, head)
        ):
            continue  # "a Chinese casino", "a POGO compound"
        if w.key in _BORDER_FACILITY and all(
            ws[k].key in index.english for k in range(first, head)
        ):
            continue  # "the Immigration Border Checkpoint": English words, not a crossing's name
        if w.key == "building" and ws[head - 1].key in _ACTIVITY_BEFORE_BUILDING:
            continue  # "Capacity Building", "Nation Building": an activity, not a building
        if w.key in _AT_KNOWN_FACILITY:
            if any(_known_name(index, keys[k:head]) for k in range(first, head)) or any(
                f <= first and e > i for f, e in known
            ):
                # "Mae Sot Border Checkpoint", "the Sokha Phnom Penh Hotel": a known place's
                # crossing or hotel, placed at that place; "1G1 Hotel": a known site
                continue
        elif (
            any(f < i < e for f, e in known)
            or any(
                f <= first
                and e >= head
                # a name with the facility word, or the words before it as spelt and of note
                # in the region ("Van Chheung Casino" only sounds like Wanning, "Mango Park"
                # is no village Mango, nor the Indian town: unknown sites)
                and (e > head or _known_name(index, keys[f:e], regional=True))
                for f, e in known
            )
        ):
            continue
        if (i + 1 < n and ws[i + 1].key in ORG_HEADS) or _headline_line(text, ws[first].start):
            continue
        start, end = ws[first].start, w.end
        last = i
        # "Venus Casino and Resort", "the Golden Palace Hotel & Casino": one site
        k = i + 1 if i + 1 < n and ws[i + 1].key == "and" else i
        if (
            k + 1 < n
            and ws[k + 1].key in _COORD_FACILITY
            and ws[k + 1].text[:1].isupper()
            and not taken[k + 1]
            and _COORD_GAP.fullmatch(text[w.end : ws[k + 1].start])
        ):
            last = k + 1
            end = ws[last].end
        for k in range(first, last + 1):
            taken[k] = True
        out.append(
            (
                first,
                last + 1,
                Span(start, end, text[start:end], "place", (), None, hint="site", match="local"),
            )
        )
    return out


def _known_name(index: Index, keys: list[str], *, regional: bool = False) -> bool:
    """Whether these words are a known name: several words, or one of a prominent place
    (``regional``: a country, a curated row, or a prominent place of the region's countries,
    :data:`sources.FULL_COUNTRIES`)."""
    entries = index.exact.get(" ".join(keys))
    if not entries:
        return False
    return len(keys) > 1 or any(
        index.prominent(e[0])
        and (
            not regional
            or index.curated[e[0]]
            or index.level(e[0]) is Level.COUNTRY
            or index.country(e[0]) in FULL_COUNTRIES
        )
        for e in entries[:10]
    )


def _curated_number_name(index: Index, ekey: str) -> bool:
    """Whether a name that opens with a number is a curated place's ("7 Makara")."""
    entries = index.exact.get(ekey)
    return bool(entries) and any(index.curated[e[0]] and e[1] <= 1 for e in entries[:5])


def _code_name(w: Word, taken: bool) -> bool:
    """A code of letters and digits that names a building ("1G1 Hotel", "K8 Tower")."""
    return (
        not taken
        and w.text[:1].isdigit()
        and not w.key.isdigit()
        and w.key.isalnum()
        and w.text.upper() == w.text
    )


#: Name look-ups remembered per index (see ``Index.lookups``) before it is emptied.
_MAX_LOOKUPS = 200_000


def _lookup(index: Index, ekey: str, pkey: str, single: bool) -> list[Any] | None:
    """The entries a name's keys map to (exact, else phonetic), and how it matched: a list
    ``[entries, match, candidates, common, common_initial]`` (filled on first use: the
    candidates, and ``[entries, candidates]`` of a common word inside / first in a sentence),
    or None.

    Depends only on the index: remembered in ``index.lookups`` (a name recurs across texts,
    and turning hundreds of entries into tuples again for every occurrence is the cost).
    """
    key = (ekey, pkey, single)
    hit = index.lookups.get(key, _MISSING)
    if hit is not _MISSING:
        return hit  # type: ignore[return-value]
    out: list[Any] | None = None
    entries = index.exact.get(ekey)
    match = "exact"
    joined_words = not single and pkey.count(" ") < ekey.count(" ")
    # (only inside a name of two words or more: two syllables of a person's name, "Thi Ka",
    # "So Lin", must not make a one-word town)
    if entries is None and joined_words and ekey.count(" ") >= 2:
        # two written words of one word of the name ("Clark Free Port Zone" for the Clark
        # Freeport Zone): the scan joined their keys; the name must be spelt so when joined
        words = ekey.split(" ")
        for i in range(len(words) - 1):
            joined = " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]])
            if joined in index.exact:
                entries = index.exact[joined]
                break
    if entries is None and not joined_words and len(pkey.replace(" ", "")) >= 5:
        entries = index.phon.get(pkey)
        match = "phonetic"
        if entries is not None and single:
            # a one-word spelling variant only for a prominent place and a word that is not
            # an English one ("Boarding" is no spelling of Baoding)
            if ekey in index.words:
                entries = None
            else:
                entries = tuple(e for e in entries if index.prominent(e[0])) or None
    if entries is not None:
        out = [entries, match, None, None, None]
    if len(index.lookups) >= _MAX_LOOKUPS:
        index.lookups.clear()
    index.lookups[key] = out
    return out


_MISSING = object()


def _common_entries(index: Index, looked: list[Any], initial: bool) -> list[Any]:
    """``[entries, candidates]`` of a one-word name that is a common English word ("Office",
    "Man"): only prominent places, by a primary name or curated alias, and (first word of a
    sentence) only countries, regions and provinces. Remembered in ``looked``."""
    slot = 4 if initial else 3
    if looked[slot] is None:
        looked[slot] = [
            tuple(
                e
                for e in looked[0]
                if index.prominent(e[0])
                and e[1] <= 1
                and (
                    not initial
                    or index.level(e[0]) in (Level.COUNTRY, Level.REGION, Level.PROVINCE)
                )
            ),
            None,
        ]
    return looked[slot]


def _dead_single(index: Index, ekey: str, pkey: str) -> bool:
    """Whether a one-word name can never make a span, whatever its context: not a demonym,
    and no entries, or a common word without entries where it is in or first in a sentence
    (the remaining checks of ``_make_span`` only take entries away)."""
    key = ("dead", ekey, pkey)
    dead = index.lookups.get(key)
    if dead is None:
        dead = False
        if ekey not in index.demonyms:
            looked = _lookup(index, ekey, pkey, True)
            if looked is None:
                dead = True
            elif ekey in index.common:
                dead = (
                    not _common_entries(index, looked, False)[0]
                    and not _common_entries(index, looked, True)[0]
                )
        index.lookups[key] = dead
    return dead  # type: ignore[return-value]


def _numbered_unit(text: str, ws: list[Word], i: int) -> bool:
    """Whether the number ``ws[i]`` follows a capitalised Khmer unit word ("Sangkat 3")."""
    return (
        i > 0
        and ws[i].text.isdigit()
        and ws[i - 1].key in _NUMBERED_UNIT_WORDS
        and _cap(ws[i - 1])
        and _only_space(text, ws[i - 1].end, ws[i].start)
    )


#: Words that make the common word after them a noun ("a Man", "His Way", "Every Office").
_DETERMINERS = frozenset(
    ("a", "an", "his", "her", "their", "its", "our", "my", "your", "every", "each", "another")
)
#: One or two capitals, an apostrophe and three or more letters: a Khmer syllable break.
_ROMANISED_APOSTROPHE = re.compile(r"[A-Z][a-z]?['’][a-z]{3,}\Z")
#: Marks only Vietnamese spelling uses: the dot below, the hook above, the horn, and đ.
_VIETNAMESE_MARKS = frozenset("\u0323\u0309\u031b\u0111\u0110")


def _vietnamese_word_elsewhere(word: str, candidates: tuple[Place, ...]) -> bool:
    """ "Nạn" (victim) read as Nan in Thailand, "Cửa" (gate) as Cua: a one-syllable word spelt
    with Vietnamese-only marks is a word of that language unless a candidate is spelt so."""
    if word.isascii() or _VIETNAMESE_MARKS.isdisjoint(unicodedata.normalize("NFD", word)):
        return False
    spelt = unicodedata.normalize("NFC", word).casefold()
    return not any(
        unicodedata.normalize("NFC", name).casefold() == spelt
        for place in candidates
        for name in (place.name, *place.aliases)
    )


def _make_span(
    index: Index, text: str, ws: list[Word], first: int, last: int, pkey: str
) -> Span | None:
    seg = ws[first:last]
    if not _cap(seg[0]):
        return None
    single = last - first == 1  # most names: the checks below take their one-word shortcut
    # a romanised syllable split by an apostrophe ("S'ang", "K'am") is not the English word
    # its letters spell ("sang")
    romanised = (
        single
        and ("'" in seg[0].text or "’" in seg[0].text)
        and _ROMANISED_APOSTROPHE.match(seg[0].text) is not None
    )
    if single:
        ekey = seg[0].key
        if not romanised and _dead_single(index, ekey, pkey):
            return None  # ("The", "Police": every check below would say no)
    else:
        for a, b in itertools.pairwise(seg):
            if not _JOINER.fullmatch(text[a.end : b.start]):
                return None  # a name does not run across a comma, a bracket or a line break
        ekey = " ".join([w.key for w in seg])
    if not single and ekey in index.demonyms:
        # "Myanmar nationals": the head noun may be lower case
        return Span(
            seg[0].start,
            seg[-1].end,
            text[seg[0].start : seg[-1].end],
            "demonym",
            (),
            index.demonyms[ekey] or None,
        )
    if single:
        w0 = seg[0]
        if w0.text[:1].isdigit() and not _numbered_unit(text, ws, first):
            return None  # bare numbers: inside address chains or after a unit word only
        if w0.key in ADMIN_PREFIX or w0.key in ADMIN_SUFFIX:
            return None
        if w0.key in _TRADE_WORDS:
            return None  # "Pogo operations": a word of the trade, not a place
    else:
        if not (
            _cap(seg[-1])
            or seg[-1].key in _GENERIC_LAST
            or (seg[-1].key in _FACILITY_LAST and ekey in index.exact)
            # a known name whose admin word is written in lower case ("Karen state": the
            # state, not the people)
            or (seg[-1].key in ADMIN_SUFFIX and ekey in index.exact)
            # a romanised name whose syllables a hyphen joins ("Hpa-an", "Pa-an"): the
            # lower-case syllable belongs to the name when the whole is a known name, and
            # no surname comes before (a given name: "Chen Yu-ting", "Lai Ching-te")
            or (
                text[seg[-2].end : seg[-1].start] == "-"
                and ekey in index.exact
                and not (first > 0 and ws[first - 1].key in SURNAMES)
            )
        ):
            return None
        if any(
            not _cap(w)
            and w.key not in CONNECTORS
            # "South-east Asia": a lower-case word a hyphen joins, in a known name
            and not (text[a.end : w.start] == "-" and ekey in index.exact)
            for a, w in itertools.pairwise(seg[:-1])
        ):
            return None
        if (
            seg[0].text[:1].isdigit()
            and (seg[0].key.isdigit() or ekey not in index.exact)
            and not _curated_number_name(index, ekey)
        ):
            # numbers are placed only inside address chains or after a unit word; a brand
            # of letters and digits opens a known site's name ("1G1 Hotel"), a number a
            # curated unit's ("7 Makara", Phnom Penh's khan)
            return None
        if all(w.key in ADMIN_PREFIX or w.key in ADMIN_SUFFIX for w in seg):
            return None
    start, end = seg[0].start, seg[-1].end
    if text[end : end + 1] == "$":
        return None  # a currency ("US$40", "S$382")
    surface = text[start:end]
    if ekey in index.demonyms:
        iso = index.demonyms[ekey] or None
        return Span(start, end, surface, "demonym", (), iso)
    looked = _lookup(index, ekey, pkey, single)
    if looked is None:
        return None
    entries: tuple[Entry, ...] = looked[0]
    match: str = looked[1]
    if match != "exact" and not single and seg[0].key == "the":
        return None  # "The Thai": an article and a word, not a loose spelling of a name
    filtered = False
    common: list[Any] | None = None  # the common-word entries of ``looked`` (when used alone)
    if single:
        surface_word = seg[0].text
        if ekey in index.common and not romanised:
            if (
                first > 0
                and ws[first - 1].key in _DETERMINERS
                and _only_space(text, ws[first - 1].end, seg[0].start)
                and _line_is_title_case(text, seg[0].start)
                and _very_common(ekey)
            ):
                # "Rescuing a Man in His Twenties": in a title-case headline a determiner
                # makes the capitalised common word a noun, not the town it spells (in
                # prose, "a Shanghai court" is the city's)
                return None
            # a common English word ("Office", "Man") only for a prominent place, by a
            # primary name or curated alias, and not as the first word of a sentence
            common = _common_entries(index, looked, starts_sentence(text, seg[0].start))
            entries = common[0]
            filtered = True
        if (
            surface_word.isupper()
            and len(surface_word) <= 4
            and not _line_is_upper(text, seg[0].start)
        ):
            if (
                last < len(ws)
                and ws[last].text in ("City", "CITY")
                and _only_space(text, seg[0].end, ws[last].start)
            ) or _is_dateline(text, seg[0].start, seg[0].end):
                # "HCM City": a city's initials; "TAK —": a short town name as a dateline
                entries = tuple(
                    e for e in entries if index.level(e[0]) in (Level.TOWN, Level.PROVINCE)
                )
            else:
                # acronyms ("SIM", "NGO") only as codes of countries, regions or curated rows
                # (a curated city's initials: "HCMC")
                entries = tuple(
                    e
                    for e in entries
                    if index.curated[e[0]]
                    and index.level(e[0]) in (Level.COUNTRY, Level.REGION, Level.SITE, Level.TOWN)
                )
            filtered = True
            common = None
        if not entries:
            return None
    if (
        (len(seg[0].text) if single else sum(len(w.text) for w in seg)) <= 2
        and not all(w.text.isupper() for w in seg)
        and not (single and _numbered_unit(text, ws, first))
    ):
        return None  # two-letter names only as codes written in capitals ("US", "UK")
    if not filtered or common is not None:
        holder = common if common is not None else looked
        at = 1 if common is not None else 2
        cached = holder[at]
        if cached is None:
            head = entries[:MAX_RAW]
            cached = (tuple(index.place(e[0]) for e in head), tuple(e[1] for e in head))
            holder[at] = cached
    else:
        key = (entries[:MAX_RAW], match)
        cached = _MEMO.cands.get(key)
        if cached is None:
            cached = (tuple(index.place(e[0]) for e in key[0]), tuple(e[1] for e in key[0]))
            _MEMO.cands[key] = cached
    if single and not surface.isascii() and _vietnamese_word_elsewhere(surface, cached[0]):
        return None
    return Span(start, end, surface, "place", cached[0], None, match=match, qualities=cached[1])


def _context(
    index: Index,
    text: str,
    ws: list[Word],
    first: int,
    last: int,
    span: Span,
    taken: list[bool],
    strong: set[int],
) -> Span | None:
    """Attach admin words, borders, nationals; flag datelines and names of other things."""
    start, end = span.start, span.end
    hint = span.hint
    kind = span.kind
    candidates = span.candidates
    qualities = span.qualities
    nationality = span.nationality
    note: str | None = None
    nxt = last
    # "<Thai|Thailand> border": a border region of that country
    if (
        nxt < len(ws)
        and ws[nxt].key in _BORDER_WORDS
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and not (
            nxt + 1 < len(ws)
            and ws[nxt + 1].key in _BORDER_MODIFIED
            and _only_space(text, ws[nxt].end, ws[nxt + 1].start)
        )  # "a Thai border town", "Cambodian border police": an adjective, not the border
    ):
        iso = nationality if kind == "demonym" else _single_country(candidates)
        if iso:
            borders = index.borders_of(iso)
            if borders:
                end = ws[nxt].end
                nxt += 1
                taken[nxt - 1] = True
                # "Laukkaing on the Chinese border": the phrase locates the place just named,
                # it is not a place of its own
                describes = (
                    first >= 3
                    and ws[first - 1].key == "the"
                    and ws[first - 2].key in ("on", "near", "along", "at")
                    and taken[first - 3]
                    and text[ws[first - 3].end : ws[first - 2].start].strip() == ""
                ) or (
                    # "Poipet on Cambodia's border with Thailand"
                    first >= 2
                    and ws[first - 1].key in ("on", "near", "along", "at")
                    and taken[first - 2]
                    and text[ws[first - 2].end : ws[first - 1].start].strip() == ""
                )
                return Span(
                    start,
                    end,
                    text[start:end],
                    "place",
                    tuple(index.place(i) for i in borders),
                    None,
                    hint="border",
                    match=span.match,
                    # "the Thai border" is written with the nationality word: a caller
                    # may tell it from a border named by its countries
                    note="nonplace:describes-previous-place"
                    if describes
                    else ("demonym-border" if kind == "demonym" else None),
                    qualities=tuple(0 for _ in borders),
                )
    if kind == "demonym":
        return span
    # "US dollar", "Thai baht": a currency, not a place
    if (
        nxt < len(ws)
        and ws[nxt].key in _CURRENCY_WORDS
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
    ):
        return Span(
            start,
            end,
            text[start:end],
            kind,
            candidates,
            nationality,
            match=span.match,
            note="nonplace:currency",
            qualities=qualities,
        )
    # "<Myanmar> nationals": a nationality, not a place ("Cambodia's national police" is)
    if (
        ws[last - 1].text[-2:] not in ("'s", "’s")
        and nxt < len(ws)
        and ws[nxt].key in _NATIONALS
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
    ):
        iso = _single_country(candidates)
        if iso and any(p.level is Level.COUNTRY for p in candidates):
            return Span(start, end, text[start:end], "demonym", (), iso)
    # admin word after ("Kandal province", "Sen Sok District") or before ("Khan Sen Sok")
    if (
        nxt < len(ws)
        and ws[nxt].key in ADMIN_SUFFIX
        and not taken[nxt]
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and ws[nxt - 1].text[-2:] not in ("'s", "’s")
        and not (nxt + 1 < len(ws) and _numbered_unit(text, ws, nxt + 1))
    ):
        hint = ADMIN_SUFFIX[ws[nxt].key]
        end = ws[nxt].end
        taken[nxt] = True
        nxt += 1
    prev = first - 1
    if (
        prev >= 0
        and ws[prev].key in ADMIN_PREFIX
        and _cap(ws[prev])
        and not taken[prev]
        and _only_space(text, ws[prev].end, ws[first].start)
    ):
        hint = hint or ADMIN_PREFIX[ws[prev].key]
        start = ws[prev].start
        taken[prev] = True
        prev -= 1
    # "the Province of Cavite", "the Special Administrative Region of Oecusse": an admin
    # head and "of" before the name are part of it (and "Province"/"City" say the level)
    if kind == "place" and prev >= 1 and ws[prev].key == "of" and _cap(ws[prev - 1]):
        for head, head_hint in _OF_HEADS:
            h = prev - len(head)
            if (
                h >= 0
                and all(ws[h + t].key == k and _cap(ws[h + t]) for t, k in enumerate(head))
                and not any(taken[h : prev + 1])
                and all(_only_space(text, ws[j].end, ws[j + 1].start) for j in range(h, first))
            ):
                hint = hint or head_hint
                start = ws[h].start
                for j in range(h, prev + 1):
                    taken[j] = True
                prev = h - 1
                break
    # "Hong Kong Special Administrative Region": the region's title after its name
    if (
        kind == "place"
        and nxt + 2 < len(ws)
        and ws[nxt].key == "special"
        and ws[nxt + 1].key == "administrative"
        and ws[nxt + 2].key == "region"
        and _cap(ws[nxt])
        and all(_only_space(text, ws[j - 1].end, ws[j].start) for j in range(nxt, nxt + 3))
    ):
        end = ws[nxt + 2].end
        for j in range(nxt, nxt + 3):
            taken[j] = True
        nxt += 3
    # a street named after a place ("Roxas Boulevard", "Bangkok Road"): one street span, not
    # the place (the town it is named after may lie hundreds of kilometres away)
    if (
        kind == "place"
        and hint is None
        and nxt < len(ws)
        and ws[nxt].key in _STREET_HEADS
        and not taken[nxt]  # ("Sok Street 128": the numbered street holds "Street")
        and _cap(ws[nxt])
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and not any(p.level is Level.COUNTRY for p in candidates[:1])
    ):
        end = ws[nxt].end
        taken[nxt] = True
        return Span(
            start,
            end,
            text[start:end],
            kind,
            candidates,
            nationality,
            hint="street",
            match=span.match,
            note="nonplace:street",
            qualities=qualities,
        )
    # a site named after the place ("Mae Sot Airport", "Moc Bai border gate"): the span takes
    # the site words; the place stays the point (the site lies at or next to it)
    if (
        kind == "place"
        and hint is None
        and nxt < len(ws)
        and ws[nxt].key in _TAIL_HEADS
        and any(
            p.level in (Level.TOWN, Level.SITE, Level.COMMUNE, Level.VILLAGE, Level.DISTRICT)
            for p in candidates[:3]
        )
    ):
        for tail in _SITE_TAILS_LONGEST_FIRST:
            k = nxt + len(tail)
            if (
                k <= len(ws)
                and all(ws[nxt + t].key == w for t, w in enumerate(tail))
                and all(_only_space(text, ws[j - 1].end, ws[j].start) for j in range(nxt, k))
                and (tail in _SITE_TAILS_ANY_CASE or _cap(ws[k - 1]))
            ):
                if (
                    k < len(ws)
                    and ws[k - 1].text[:1].isupper()
                    and ws[k].key.isdigit()
                    and len(ws[k].key) <= 2
                    and _only_space(text, ws[k - 1].end, ws[k].start)
                ):
                    k += 1  # the facility's number ("Mae Sot Border Checkpoint 2", "Gate 3")
                end = ws[k - 1].end
                for j in range(nxt, k):
                    taken[j] = True
                nxt = k
                hint = "site-at"
                break
    # a lower-case compass word that makes a longer known name ("east Africa", "south
    # China", "northern Myanmar"): the longer name is meant ("East Africa" is a region of
    # its own)
    if (
        kind == "place"
        and (hint is None or hint == "province")
        and prev >= 0
        and (ws[prev].key in _COMPASS or ws[prev].key in _DIRECTIONS)
        and not _cap(ws[prev])
        and not taken[prev]
        and _only_space(text, ws[prev].end, ws[first].start)
    ):
        # (keyed as names are: "northern Shan State" is the row "Northern Shan State")
        longer = index.exact.get(name_keys(text[ws[prev].start : end])[0])
        if longer:
            head = longer[:MAX_CANDIDATES]
            candidates = tuple(index.place(e[0]) for e in head)
            qualities = tuple(e[1] for e in head)
            start = ws[prev].start
            taken[prev] = True
            prev -= 1
            hint = None  # (the admin word is part of the longer name: "Shan State")
    # a direction before the name ("northern Myanmar"): the same place, the span says so
    if (
        prev >= 0
        and ws[prev].key in _DIRECTIONS
        and not taken[prev]
        and _only_space(text, ws[prev].end, ws[first].start)
    ):
        start = ws[prev].start
        taken[prev] = True
        prev -= 1
    if hint is not None:
        keep = [
            (p, q) for p, q in zip(candidates, qualities, strict=True) if hint_allows(hint, p.level)
        ]
        if keep:
            candidates = tuple(p for p, _ in keep)
            qualities = tuple(q for _, q in keep)
    candidates, qualities = candidates[:MAX_CANDIDATES], qualities[:MAX_CANDIDATES]
    # flags from the words around the name
    if _is_dateline(text, start, end):
        note = "dateline"
    elif _credit_before(text, start):
        note = "nonplace:credit"  # "Source: Xinhua", "Photo: Khmer Times", "By Lim Sokha"
    elif (
        text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
        and _WIRE_AFTER.match(text[end + 1 : end + 8])
        and not any(p.level is Level.COUNTRY for p in candidates)
    ):
        note = "nonplace:organisation"  # "VIENTIANE (Xinhua) --": the agency of a dateline
    possessive = ws[last - 1].text[-2:] in ("'s", "’s")
    if (
        note is None
        and not possessive
        and nxt < len(ws)
        and ws[nxt].key in _ATTRIBUTIVE_HEADS
        and not _cap(ws[nxt])
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and candidates
        and candidates[0].level is Level.COUNTRY
        and (ws[nxt].key != "think" or (nxt + 1 < len(ws) and ws[nxt + 1].key == "tank"))
    ):
        note = "nonplace:adjective"  # "a Kenya plane", "a US think tank": a country's, not in it
    if (
        note is None
        and not possessive
        and prev >= 0
        and ws[prev].text[:1].isdigit()
        and nxt < len(ws)
        and ws[nxt].key in _PEOPLE_HEADS
        and _only_space(text, ws[prev].end, ws[first].start)
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and any(c.level is Level.COUNTRY for c in candidates)
    ):
        note = "nonplace:adjective"  # "20 Taiwan compatriots", "130 Myanmar citizens": who
    if (
        note is None
        and not possessive
        and nxt < len(ws)
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and _cap(ws[nxt])
        # a count after the name is no part of it: "... and Jakarta 51 people"
        and not (ws[nxt].key.isdigit() and _COUNT_NOUN_AFTER_RE.match(text, ws[nxt].end))
        and not _headline_line(text, start)
    ):
        k = nxt
        while (
            k < len(ws)
            and k < nxt + 3
            and _cap(ws[k])
            and (k == nxt or _only_space(text, ws[k - 1].end, ws[k].start))
        ):
            if ws[k].key in ORG_HEADS:
                note = "nonplace:organisation"
                break
            k += 1
        if (
            note is None
            and not taken[nxt]
            and ws[nxt].key not in _SITE_HEADS
            and ws[nxt].key not in _FREE_BEFORE
        ):
            note = "nonplace:name"
    if (
        note is None
        and kind == "place"
        and last - first == 1
        and ws[first].key in SURNAMES
        and nxt < len(ws)
        # the given name may itself be a weak one-word place ("Bai Suocheng")
        and (not taken[nxt] or nxt not in strong)
        and _cap(ws[nxt])
        and ws[nxt].key not in index.english
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and (_weak_single(index, candidates, 1) or min(qualities, default=0) >= 2)
    ):
        # a surname and a given name in a title-case line ("Sok Chanthy / Khmer Times")
        note = "nonplace:person"
    # "Voice of America", "Bank of Thailand", "the Armed Forces of the Philippines"
    of = prev - 1 if prev >= 2 and ws[prev].text == "the" else prev
    if (
        note is None
        and of >= 1
        and ws[of].key == "of"
        and _cap(ws[of - 1])
        and ws[of - 1].key in ORG_HEADS
        and _only_space(text, ws[of - 1].end, ws[of].start)
        and (of == prev or _only_space(text, ws[of].end, ws[prev].start))
        and _only_space(text, ws[prev].end, ws[first].start)
    ):
        note = "nonplace:organisation"
    if (
        note is None
        and kind == "place"
        and text[start:end].rsplit(None, 1)[-1].lower() in _ZONE_HEADS
        and any(p.level is Level.SITE for p in candidates[:3])
    ):
        # a developer's or brand name before a known zone is part of the zone's name, not
        # a sign of a person's ("the Henge Thmorda SEZ", "Yatai Shwe Kokko SEZ")
        while (
            prev >= 0
            and start - ws[prev].start < 40
            and _cap(ws[prev])
            and not taken[prev]
            and _only_space(text, ws[prev].end, ws[prev + 1].start)
            and ws[prev].key not in index.demonyms
            and ws[prev].key not in index.english
            and ws[prev].key not in ORG_HEADS
            and not starts_sentence(text, ws[prev].start)
        ):
            start = ws[prev].start
            taken[prev] = True
            prev -= 1
    if (
        note is None
        and prev >= 1
        and len(ws[prev].text) == 1
        and ws[prev].text.isupper()
        and text[ws[prev].end : ws[first].start] == ". "
        and _cap(ws[prev - 1])
        and _only_space(text, ws[prev - 1].end, ws[prev].start)
        and not _headline_line(text, start)
    ):
        note = "nonplace:person"  # "Maria Belinda C. Rama": a middle initial, then a surname
    if (
        note is None
        and prev >= 0
        # a capitalised word, not a number: "July 29, 2023 Kathmandu" names no person
        and ws[prev].text[:1].isupper()
        and (
            _only_space(text, ws[prev].end, ws[first].start)
            or text[ws[prev].end : ws[first].start] == "-"
        )
    ):
        pk = ws[prev].key
        if pk in _TITLES or (pk in _PRONOUN_SURNAMES and not _headline_line(text, start)):
            note = "nonplace:person"
        elif pk in ORG_HEADS and not _headline_line(text, start):
            note = "nonplace:organisation"
        elif (
            prev not in strong
            # a name does not run on past a possessive: "An Giang Province's An Phu"
            and not (taken[prev] and ws[prev].text[-2:] in ("'s", "’s"))
            and pk not in _FREE_BEFORE
            and pk not in index.demonyms
            and pk not in LOCAL_PREFIX  # "Jalan Kepong", "Kampung Baru": a unit's word
            and (
                # a sentence's first word that is an English word, common or not, is no
                # given name ("Impoverished Cambodia", "Coordinated China-Thailand ...")
                pk not in (index.words or index.english)
                or not starts_sentence(text, ws[prev].start)
                or _weak_single(index, candidates, last - first)
            )
            and not _headline_line(text, start)
        ):
            note = "nonplace:organisation" if pk in ORG_HEADS else "nonplace:name"
    if (
        note is None
        and kind == "place"
        and last - first == 1
        and (
            text[end : end + 1] == ","
            or text[start - 2 : start] == ", "
            or text.startswith((" and ", " or "), end)
            or text[max(0, start - 5) : start] in (" and ", ", or ")
            or text[max(0, start - 4) : start] == " or "
        )
        and (listed := _in_people_list(text, start, end, index.demonyms)) is not None
        and (listed == "ethnic" or any(p.level is Level.COUNTRY for p in candidates[:3]))
    ):
        # "Chinese, Vietnamese, Myanmar and Korean", "ethnic Wa, Kokang and Shan people":
        # an item of a list of nationalities or peoples is one too
        note = "nonplace:adjective"
    if (
        note is None
        and prev >= 0
        and ws[prev].text == "The"
        and _only_space(text, ws[prev].end, ws[first].start)
        and not starts_sentence(text, ws[prev].start)
        and not _headline_line(text, start)
        and not any(p.level in (Level.COUNTRY, Level.REGION) for p in candidates[:3])
    ):
        note = "nonplace:outlet"  # "told The Irrawaddy", "reviewed by The Nation"
    if (
        note is None
        and prev >= 0
        and ws[prev].key == "agency"
        and not _cap(ws[prev])
        and _only_space(text, ws[prev].end, ws[first].start)
        and not any(p.level in (Level.COUNTRY, Level.REGION) for p in candidates[:3])
    ):
        note = "nonplace:organisation"  # "state news agency Xinhua", "the agency Bernama"
    if (
        note is None
        and (
            _NEWS_OUTLET_AFTER_RE.match(text, end)
            or (
                text.endswith(("according to ", "reported by ", "told "), 0, start)
                and _CLAUSE_END_RE.match(text, end)
            )
        )
        and not any(
            p.level in (Level.COUNTRY, Level.REGION, Level.PROVINCE) for p in candidates[:3]
        )
    ):
        # "Xinhua news service described ...", "the Xinhua News Agency": the outlet named
        # after a small town, not the town.
        note = "nonplace:organisation"
    if (
        note is None
        and kind == "place"
        and ws[first].key in SURNAMES
        and nxt < len(ws)
        and ws[nxt].start == end + 1
        and text[end] == "-"
        and ws[nxt].text.islower()
        and ws[nxt].key not in index.english
    ):
        # a surname and a hyphenated given name ("Ma Ying-jeou", "Hou Yu-ih"): a person,
        # though the first syllables spell a Chinese town ("Bangkok-based" is English)
        note = "nonplace:person"
    if note == "nonplace:name" and (
        ws[first].key in SURNAMES or (prev >= 0 and ws[prev].key in SURNAMES)
    ):
        note = "nonplace:person"  # "Chen Zhi", "Hun Manet", "Sar Kheng"
    if (
        note is None
        and kind == "place"
        and _weak_single(index, candidates, last - first)
        and not _numbered_unit(text, ws, first)
    ):
        # two weak one-word names side by side ("Lai Ching-te"): a person's name. The
        # neighbours are the words beyond the span's own admin words ("Sangkat Buon" is one
        # unit, not two names), and a name does not run on across a possessive ("Kandal's
        # Sa'ang district")
        for k in (prev, nxt):
            if (
                0 <= k < len(ws)
                and taken[k]
                and k not in strong
                and _cap(ws[k])
                and (
                    _only_space(text, ws[k].end, start) and ws[k].text[-2:] not in ("'s", "’s")
                    if k < first
                    else _only_space(text, end, ws[k].start) and not possessive
                )
            ):
                note = "nonplace:name"
    if (
        note is None
        and kind == "place"
        and _weak_single(index, candidates, last - first)
        and not _numbered_unit(text, ws, first)
        and any(
            0 <= k < len(ws)
            and _cap(ws[k])
            and (k > first or not taken[k] or k not in strong)
            and ws[k].key not in _ADMIN_WORDS
            and ws[k].key not in LOCAL_PREFIX  # "Jalan Kepong": the road of a known place
            and (
                _only_space(text, ws[k].end, start)
                and not starts_sentence(text, ws[k].start)
                and ws[k].text[-2:] not in ("'s", "’s")
                if k < first
                else _only_space(text, end, ws[k].start) and not possessive
            )
            for k in (prev, nxt)
        )
    ):
        # A small foreign place's one-word name inside a longer capitalised name the
        # gazetteer does not know ("Mae Rim district", "Ban Nong Pla Man"): a word of
        # that name, not the place.
        note = "nonplace:name"
    match = span.match
    if (
        note is None
        and kind == "place"
        and hint is None
        and candidates
        and nxt < len(ws)
        and (
            ws[nxt].text in _STREET_WORDS
            or (ws[nxt].text in _SITE_NOUNS and _weak_single(index, candidates, last - first))
        )
        and _only_space(text, end, ws[nxt].start)
        and not any(
            (i := index.ids.get(c.id)) is not None and index.prominent(i) for c in candidates[:10]
        )
    ):
        # "at Roxas and Sta. Monica streets": a street named after a small
        # place (a site placed at the town the text names with it), not that place; "the
        # Bangkok road" still leads to Bangkok. So is a compound or casino named with one
        # small place's one-word name ("the Taizi compound in Takeo": no Chinese village)
        candidates, qualities, hint, match = (), (), "site", "local"
    if (
        start == span.start
        and end == span.end
        and candidates is span.candidates
        and qualities is span.qualities
        and hint == span.hint
        and note == span.note
        and match == span.match
        and span.part is None
    ):
        return span  # nothing around the name changed it (the Span below would equal it)
    return Span(
        start,
        end,
        text[start:end],
        kind,
        candidates,
        nationality,
        hint=hint,
        match=match,
        note=note,
        qualities=qualities,
    )


#: Lower-case site nouns after a small place's one-word name that make it the site's name.
_SITE_NOUNS = frozenset({"compound", "compounds", "casino", "complex", "resort", "hotel"})
#: Lower-case words after a name that make it a street's ("Sta. Monica streets").
_STREET_WORDS = frozenset({"street", "streets", "road", "roads", "avenue", "avenues", "boulevard"})
#: Last letters of the credit labels (as ``(?i)`` matches them): a cheap test before the regex.
_CREDIT_LAST = frozenset("esotyrESOTYR\u017f")
#: How every label ends, lower case (``(?i)`` also takes dotted and dotless i and long s).
_CREDIT_ENDS = (
    "source",
    "sources",
    "photo",
    "photos",
    "credit",
    "credits",
    "courtesy",
    "editor",
    "by",
)
_CREDIT_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


#: The list items before a name: capitalised words joined by ", ", "and", "or" (and
#: "ethnic" before them: "ethnic Wa, Kokang and").
_LIST_BEFORE_RE = re.compile(
    r"(?:\b(?P<ethnic>ethnic)\s+)?(?P<items>(?:[A-Z][\w'’-]*(?:\s*,\s*(?:and\s+|or\s+)?"
    r"|\s+(?:and|or)\s+))+)$"
)
#: The next list item after a name: ", Korean", " and Korean", ", and Korean".
_LIST_AFTER_RE = re.compile(r"(?:\s*,\s*(?:and|or)\s+|\s+(?:and|or)\s+)(?P<item>[A-Z][\w'’-]*)")
_PLACE_PREPOSITION_RE = re.compile(r"\b(?:to|in|from|into|at|across|near|inside|via|of)\s+$")
#: What a number counts when it follows a place name ("Jakarta 51 people", "Aceh 12 cases").
_COUNT_NOUN_AFTER_RE = re.compile(
    r"\s+(?:people|persons|citizens|nationals|victims|workers|cases|residents|migrants|"
    r"returnees|men|women|suspects|foreigners)\b"
)
_COUNTRIES_AFTER_RE = re.compile(r"\s+(?:countries|nations|states|governments)\b")
_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _may_end_list(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends as a ``_LIST_BEFORE_RE`` match does (a comma, "and" or
    "or" and spaces; the regex's spaces are what ``str.rstrip`` strips): the regex, tried at
    every character of the window, is searched only then."""
    return text[lo:hi].rstrip().endswith((",", "and", "or"))


def _in_people_list(text: str, start: int, end: int, demonyms: Mapping[str, str]) -> str | None:
    """The list the name at ``start:end`` is an item of: "ethnic" for a list of peoples
    ("ethnic Wa, Kokang and Shan"), "nationality" for a list of nationalities ("Chinese,
    Vietnamese, Myanmar and Korean", "Myanmar and Korean"), else None. A comma alone after
    the name does not join a list ("In Sihanoukville, Chinese police said")."""
    line_start = text.rfind("\n", max(0, start - 120), start) + 1 or max(0, start - 120)
    before = (
        _LIST_BEFORE_RE.search(text, line_start, start)
        if _may_end_list(text, line_start, start)
        else None
    )
    if before is not None:
        if before.group("ethnic"):
            return "ethnic"
        if any(w.lower() in demonyms for w in _LIST_SPLIT_RE.split(before.group("items")) if w):
            return "nationality"
    after = _LIST_AFTER_RE.match(text, end, min(len(text), end + 40))
    if (
        after is not None
        and after.group("item").lower() in demonyms
        # "fled to Myanmar and Thai police ...": a place after a preposition
        and _PLACE_PREPOSITION_RE.search(text, max(0, start - 12), start) is None
        # "Laos, Malaysia and African countries": a list of countries, the last one
        # named by its region's adjective
        and _COUNTRIES_AFTER_RE.match(text, after.end()) is None
    ):
        return "nationality"
    return None


def _credit_before(text: str, start: int) -> bool:
    """A credit label ("Source:", "Photo:", "By") right before ``start`` on its line."""
    # (the line break is looked for in the 40 characters only: a paragraph is one long line)
    before = text[text.rfind("\n", max(0, start - 40), start) + 1 or max(0, start - 40) : start]
    tail = before.rstrip()
    if tail.endswith((":", "/")):  # "Photo: Xinhua", "(PHOTO / XINHUA)"
        tail = tail[:-1].rstrip()
    if tail and tail[-1] not in _CREDIT_LAST:
        return False  # every label ends in one of these letters (then spaces, a colon)
    if "\u0130" in tail or "\u0131" in tail or "\u017f" in tail:
        tail = tail.translate(_CREDIT_FOLD)
    if tail and not tail.lower().endswith(_CREDIT_ENDS):
        return False  # the regex needs one of the labels right before the spaces and colon
    return _CREDIT_BEFORE.search(before) is not None


def _weak_single(index: Index, candidates: tuple[Place, ...], n_words: int) -> bool:
    if n_words != 1 or not candidates:
        return False
    # a name recurs in a text with the same candidate tuple: its answer is kept for the scan
    # (with the tuple itself, so that its id cannot be reused by another tuple meanwhile)
    seen = _MEMO.weak.get(id(candidates))
    if seen is not None and seen[0] is candidates:
        return seen[1]
    answer = True
    for p in candidates[:10]:
        idx = index.ids.get(p.id)
        if idx is not None and index.prominent(idx):
            answer = False
            break
    _MEMO.weak[id(candidates)] = (candidates, answer)
    return answer


def _single_country(candidates: tuple[Place, ...]) -> str | None:
    countries = [p for p in candidates if p.level is Level.COUNTRY]
    if countries:
        return countries[0].country
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    prev = text[start - 1 : start] if start else ""
    if prev and not prev.isspace():
        return False  # (the line holds something before the name: no need to find its start)
    k = start - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    if k >= 0 and text[k] != "\n" and not (text[k].isdecimal() or text[k] in _DATE_LAST):
        return False  # (a word before the name on its line: no publication date ends so)
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not _DATE_BEFORE.fullmatch(before):
        return False  # (only a publication date may come first: "2024-03-15 MANILA: ...")
    surface = text[start:end]
    after = text[end : end + 48]
    if not _DATELINE_AFTER.match(after):
        # "Jakarta. The government ...": a town and a full stop opening the story's line
        return (
            after[:2] == ". "
            and after[2:3].isupper()
            and surface[:1].isupper()
            and " " not in surface
            and len(text) >= end + 80
            and "\n" not in text[end : end + 80]
        )
    letters = [ch for ch in surface if ch.isalpha()]
    if not letters:
        return False
    head = after.lstrip()
    return (
        all(ch.isupper() for ch in letters)
        or head.startswith("(")
        or head[:1] in ("—", "–")
        or head.startswith("--")
        or bool(_DATELINE_DATE.match(head))
    )


#: "Bandaranaike International Airport (BIA)": an acronym the text defines for a name.
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z]{2,7})\)")
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "de", "in", "on", "at"})


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, in order (letters of
    a word may follow its initial: "GTSEZ" for "Golden Triangle Special Economic Zone")."""
    parts = [p for p in re.split(r"[\s\-–]+", name) if p and p.lower() not in _ACRONYM_SKIP]
    if not parts or acronym[0] != parts[0][0].upper():
        return False
    initials = "".join(p[0].upper() for p in parts)
    if acronym == initials:
        return True
    it = iter(initials)
    return len(acronym) >= len(initials) - 1 and all(ch in it for ch in acronym)


def defined_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """Spans for an acronym the text defines right after a place name ("Jomo Kenyatta
    International Airport (JKIA)", "Golden Triangle Special Economic Zone (GTSEZ)"): the
    acronym, wherever it stands in the text, names the same place (same candidates).
    Only where no other span covers it; returned in text order, ``spans`` included."""
    found: dict[str, Span] = {}
    for span in spans:
        if span.kind != "place" or not span.candidates or span.note is not None:
            continue
        m = _ACRONYM_AFTER.match(text, span.end)
        if m is None or " " not in span.text.strip():
            continue
        acronym = m.group(1)
        if acronym not in found and _initials_fit(acronym, span.text):
            found[acronym] = span
    if not found:
        return spans
    taken = sorted((s.start, s.end) for s in spans)
    starts = [a for a, _ in taken]
    extra: list[Span] = []
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, found)) + r")\b")
    for m in pattern.finditer(text):
        a, b = m.span()
        i = bisect.bisect_right(starts, a)
        if any(x < b and a < y for x, y in taken[max(0, i - 1) : i + 1]):
            continue
        src = found[m.group(1)]
        extra.append(
            Span(
                a,
                b,
                m.group(1),
                "place",
                src.candidates,
                None,
                hint=src.hint,
                match=src.match,
                qualities=src.qualities,
            )
        )
    return sorted([*spans, *extra], key=lambda s: s.start)
