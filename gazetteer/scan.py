"""Find candidate place mentions in a whole text: names, demonyms, borders, admin words.

One pass of an Aho-Corasick automaton over the phonetic keys of the text's words finds every
known name at word boundaries; the longest non-overlapping matches are kept. Offsets always
point into the original text. Spans carry textual flags (``note``) that the ranking turns
into reasons: ``dateline``, ``nonplace:organisation``, ``nonplace:name``, ``nonplace:person``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from gazetteer.index import Entry, Index
from gazetteer.normalize import ADMIN_PREFIX, ADMIN_SUFFIX, CONNECTORS, Word, words
from gazetteer.place import Level, Place

__all__ = ["Match", "Span", "scan_text"]

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
    ]
)
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
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "borderlands", "borderland"})
_JOINER = re.compile(r"[ \t\-–'’./&]{0,3}")
_AGENCY_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z .'’-]{1,40}\s*\($")
#: Candidates kept per name before an admin word narrows them, and after.
MAX_RAW = 600
MAX_CANDIDATES = 60
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


_HINT_LEVELS: dict[str, frozenset[Level]] = {
    "province": frozenset({Level.PROVINCE}),
    "district": frozenset({Level.DISTRICT}),
    "commune": frozenset({Level.COMMUNE}),
    "village": frozenset({Level.VILLAGE, Level.SITE}),
    "town": frozenset({Level.TOWN, Level.DISTRICT}),
}


def hint_allows(hint: str | None, level: Level) -> bool:
    """Whether a place of ``level`` fits an admin-word hint (no hint allows anything)."""
    if hint is None:
        return True
    return level in _HINT_LEVELS.get(hint, frozenset(Level))


def _cap(w: Word) -> bool:
    ch = w.text[:1]
    return ch.isupper() or ch.isdigit()


def _gap(text: str, a: int, b: int) -> str:
    return text[a:b]


def _only_space(text: str, a: int, b: int) -> bool:
    """Words separated by one or two spaces only (no newline, no punctuation)."""
    return 0 < b - a <= 2 and text[a:b].strip(" \t") == ""


#: Per-scan memo of line properties, keyed by (id(text), line start, kind); cleared per scan.
_LINE_CACHE: dict[tuple[int, int, str], bool] = {}

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
    if key in _LINE_CACHE:
        return _LINE_CACHE[key]
    _LINE_CACHE[key] = answer = _headline_line_uncached(text, ls)
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
    if key in _LINE_CACHE:
        return _LINE_CACHE[key]
    _LINE_CACHE[key] = answer = _line_is_upper_uncached(text, ls)
    return answer


def _line_is_upper_uncached(text: str, ls: int) -> bool:
    pos = ls
    le = text.find("\n", pos)
    letters = [ch for ch in text[ls : le if le >= 0 else len(text)] if ch.isalpha()]
    return len(letters) > 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.9


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;—–|•·"


def scan_text(index: Index, text: str) -> list[Span]:
    """All candidate spans of ``text`` (see the module docstring); non-overlapping, in order."""
    _LINE_CACHE.clear()
    ws = words(text)
    if not ws:
        return []
    auto = index.ensure_automaton()
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    parts = [" "]
    pos = 1
    for i, w in enumerate(ws):
        starts[pos] = i
        parts.append(w.phon)
        pos += len(w.phon)
        ends[pos] = i + 1
        parts.append(" ")
        pos += 1
    stream = "".join(parts)
    found: list[tuple[int, int, str]] = []
    for end_index, key in auto.iter(stream):  # type: ignore[attr-defined]
        first = starts.get(end_index - len(key))
        if first is None or (not ws[first].text[:1].isupper() and not ws[first].text[:1].isdigit()):
            continue
        last = ends.get(end_index)
        if first is None or last is None:
            continue
        found.append((first, last, key))
    # longest first, then leftmost
    found.sort(key=lambda f: (-(f[1] - f[0]), -(ws[f[1] - 1].end - ws[f[0]].start), f[0]))
    taken = [False] * len(ws)
    chosen: list[tuple[int, int, Span]] = []
    capf = [_cap(w) for w in ws]
    for first, last, pkey in found:
        if not capf[first] or any(taken[first:last]):
            continue
        span = _make_span(index, text, ws, first, last, pkey)
        if span is None:
            continue
        for k in range(first, last):
            taken[k] = True
        chosen.append((first, last, span))
    chosen.sort(key=lambda c: c[0])
    strong: set[int] = set()
    for first, last, span in chosen:
        if span.kind != "place" or not _weak_single(index, span.candidates, last - first):
            strong.update(range(first, last))
    out = [
        _context(index, text, ws, first, last, span, taken, strong) for first, last, span in chosen
    ]
    return [s for s in out if s is not None]


def _make_span(
    index: Index, text: str, ws: list[Word], first: int, last: int, pkey: str
) -> Span | None:
    seg = ws[first:last]
    if not _cap(seg[0]):
        return None
    for a, b in itertools.pairwise(seg):
        if not _JOINER.fullmatch(text[a.end : b.start]):
            return None  # a name does not run across a comma, a bracket or a line break
    ekey = " ".join(w.key for w in seg)
    if ekey in index.demonyms and len(seg) > 1:
        # "Myanmar nationals": the head noun may be lower case
        return Span(
            seg[0].start,
            seg[-1].end,
            text[seg[0].start : seg[-1].end],
            "demonym",
            (),
            index.demonyms[ekey] or None,
        )
    if not (_cap(seg[-1]) or (len(seg) > 1 and seg[-1].key in _GENERIC_LAST)):
        return None
    if any(not _cap(w) and w.key not in CONNECTORS for w in seg[1:-1]):
        return None
    if all(w.text[:1].isdigit() for w in seg):
        return None  # bare numbers are placed only inside address chains
    if all(w.key in ADMIN_PREFIX or w.key in ADMIN_SUFFIX for w in seg):
        return None
    ekey = " ".join(w.key for w in seg)
    start, end = seg[0].start, seg[-1].end
    if text[end : end + 1] == "$":
        return None  # a currency ("US$40", "S$382")
    surface = text[start:end]
    if ekey in index.demonyms:
        iso = index.demonyms[ekey] or None
        return Span(start, end, surface, "demonym", (), iso)
    entries = index.exact.get(ekey)
    match = "exact"
    if entries is None:
        if len(pkey.replace(" ", "")) < 5:
            return None
        entries = index.phon.get(pkey)
        match = "phonetic"
        if entries is None:
            return None
        if last - first == 1:
            # a one-word spelling variant only for a prominent place and an uncommon word
            if ekey in index.english:
                return None
            entries = tuple(e for e in entries if index.prominent(e[0]))
            if not entries:
                return None
    if last - first == 1:
        surface_word = seg[0].text
        if ekey in index.common:
            # a common English word ("Office", "Man") only for a prominent place, by a
            # primary name or curated alias, and not as the first word of a sentence
            initial = _sentence_start(text, seg[0].start)
            entries = tuple(
                e
                for e in entries
                if index.prominent(e[0])
                and e[1] <= 1
                and (
                    not initial
                    or index.level(e[0]) in (Level.COUNTRY, Level.REGION, Level.PROVINCE)
                )
            )
        if (
            surface_word.isupper()
            and len(surface_word) <= 4
            and not _line_is_upper(text, seg[0].start)
        ):
            # acronyms ("SIM", "NGO") only as codes of countries, regions or curated rows
            entries = tuple(
                e
                for e in entries
                if index.curated[e[0]]
                and index.level(e[0]) in (Level.COUNTRY, Level.REGION, Level.SITE)
            )
        if not entries:
            return None
    if sum(len(w.text) for w in seg) <= 2 and not all(w.text.isupper() for w in seg):
        return None  # two-letter names only as codes written in capitals ("US", "UK")
    return Span(
        start,
        end,
        surface,
        "place",
        tuple(index.place(e[0]) for e in entries[:MAX_RAW]),
        None,
        match=match,
        qualities=tuple(e[1] for e in entries[:MAX_RAW]),
    )


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
    ):
        iso = nationality if kind == "demonym" else _single_country(candidates)
        if iso:
            borders = index.borders_of(iso)
            if borders:
                end = ws[nxt].end
                nxt += 1
                taken[nxt - 1] = True
                return Span(
                    start,
                    end,
                    text[start:end],
                    "place",
                    tuple(index.place(i) for i in borders),
                    None,
                    hint="border",
                    match=span.match,
                    qualities=tuple(0 for _ in borders),
                )
    if kind == "demonym":
        return span
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
    elif (
        _AGENCY_BEFORE.match(text[text.rfind("\n", 0, start) + 1 : start])
        and text[end : end + 1] == ")"
    ):
        note = "nonplace:organisation"  # "VIENTIANE (Xinhua) --": the agency of a dateline
    possessive = ws[last - 1].text[-2:] in ("'s", "’s")
    if (
        note is None
        and not possessive
        and nxt < len(ws)
        and _only_space(text, ws[nxt - 1].end, ws[nxt].start)
        and _cap(ws[nxt])
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
        and prev >= 0
        and _cap(ws[prev])
        and _only_space(text, ws[prev].end, ws[first].start)
    ):
        pk = ws[prev].key
        if pk in _TITLES:
            note = "nonplace:person"
        elif pk in ORG_HEADS and not _headline_line(text, start):
            note = "nonplace:organisation"
        elif (
            prev not in strong
            and pk not in _FREE_BEFORE
            and pk not in index.demonyms
            and (
                pk not in index.english
                or not _sentence_start(text, ws[prev].start)
                or _weak_single(index, candidates, last - first)
            )
            and not _headline_line(text, start)
        ):
            note = "nonplace:organisation" if pk in ORG_HEADS else "nonplace:name"
    if note is None and kind == "place" and _weak_single(index, candidates, last - first):
        # two weak one-word names side by side ("Lai Ching-te"): a person's name
        for k in (first - 1, last):
            if (
                0 <= k < len(ws)
                and taken[k]
                and k not in strong
                and _cap(ws[k])
                and (
                    _only_space(text, ws[k].end, ws[first].start)
                    if k < first
                    else _only_space(text, ws[last - 1].end, ws[k].start)
                )
            ):
                note = "nonplace:name"
    return Span(
        start,
        end,
        text[start:end],
        kind,
        candidates,
        nationality,
        hint=hint,
        match=span.match,
        note=note,
        qualities=qualities,
    )


def _weak_single(index: Index, candidates: tuple[Place, ...], n_words: int) -> bool:
    if n_words != 1 or not candidates:
        return False
    for p in candidates[:10]:
        idx = index.ids.get(p.id)
        if idx is not None and index.prominent(idx):
            return False
    return True


def _single_country(candidates: tuple[Place, ...]) -> str | None:
    countries = [p for p in candidates if p.level is Level.COUNTRY]
    if countries:
        return countries[0].country
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    surface = text[start:end]
    after = text[end : end + 48]
    if not _DATELINE_AFTER.match(after):
        return False
    letters = [ch for ch in surface if ch.isalpha()]
    if not letters:
        return False
    head = after.lstrip()
    return (
        all(ch.isupper() for ch in letters)
        or head.startswith("(")
        or head[:1] in ("—", "–")
        or head.startswith("--")
    )
