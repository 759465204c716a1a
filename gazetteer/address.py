"""Address chains: "Building No. 15, Street 128, Hamlet 6, Phsar Depo 1 Ward, Toul Kork District".

:func:`parse_address` splits a chain into parts (building, street, village, commune,
district, province), resolves it from the most general part to the most specific unit the
gazetteer knows, checks that each part lies inside the one above it, and places every part:
a unit at its own point, a street or building at the most specific unit found, with that
unit's precision and a ``derived:address-part-of:<id>`` source.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from gazetteer.normalize import lower_text, name_keys
from gazetteer.place import Level, Place
from gazetteer.scan import Span

if TYPE_CHECKING:
    from gazetteer.core import Gazetteer

__all__ = ["AddressPart", "find_address_spans", "parse_address"]

_PART_ORDER = ("building", "street", "village", "commune", "district", "province")
_LEVEL_OF = {
    "village": Level.VILLAGE,
    "commune": Level.COMMUNE,
    "district": Level.DISTRICT,
    "province": Level.PROVINCE,
}
_NAME = r"[A-Z0-9][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|de))*"
_KW_AFTER = {
    "street": "street",
    "st": "street",
    "road": "street",
    "rd": "street",
    "boulevard": "street",
    "blvd": "street",
    "avenue": "street",
    "ave": "street",
    "lane": "street",
    "hamlet": "village",
    "village": "village",
    "phum": "village",
    "ward": "commune",
    "commune": "commune",
    "sangkat": "commune",
    "khum": "commune",
    "district": "district",
    "khan": "district",
    "srok": "district",
    "krong": "district",
    "province": "province",
    "municipality": "province",
    "city": "province",
    # Thai, Myanmar, Philippine and Indonesian units ("Tha Kham subdistrict", "Myawaddy
    # township", "Minglanilla barangay", "Bogor regency")
    "subdistrict": "commune",
    "sub-district": "commune",
    "tambon": "commune",
    "barangay": "village",
    "township": "district",
    "amphoe": "district",
    "regency": "district",
}
_KW_BEFORE = {
    "street": "street",
    "st": "street",
    "road": "street",
    "rd": "street",
    "national road": "street",
    "hamlet": "village",
    "village": "village",
    "phum": "village",
    "ward": "commune",
    "commune": "commune",
    "sangkat": "commune",
    "khum": "commune",
    "district": "district",
    "khan": "district",
    "srok": "district",
    "krong": "district",
    "tambon": "commune",
    "amphoe": "district",
    "barangay": "village",
    "brgy": "village",
    "province": "province",
    "building": "building",
    "building no": "building",
    "apartment building number": "building",
    "building number": "building",
    "no": "building",
    "house": "building",
    "house no": "building",
    "flat": "building",
}
_BEFORE_RE = "|".join(sorted((re.escape(k) for k in _KW_BEFORE), key=len, reverse=True))
_AFTER_RE = "|".join(sorted((re.escape(k) for k in _KW_AFTER), key=len, reverse=True))
_PART_RE = re.compile(
    rf"(?:(?:on|at|in)\s+)?(?:(?P<kwb>(?i:{_BEFORE_RE}))\.?\s+(?P<nameb>[A-Z0-9][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    rf"|(?P<namea>{_NAME})\s+(?P<kwa>(?i:{_AFTER_RE}))\b\.?)"
)


#: A "<Name> <keyword>" part at the end of a chunk that starts with other words.
_TRAILING_PART_RE = re.compile(rf"(?<!\S)(?:{_NAME})\s+(?i:{_AFTER_RE})\.?$")


@dataclass(frozen=True, slots=True)
class AddressPart:
    """One part of an address chain and the place it was put at."""

    part: str  # building, street, village, commune, district, province
    text: str
    start: int
    end: int
    name: str  # the name without its keyword ("Toul Kork", "128")
    place: Place | None = None
    consistent: bool = True


def _split_parts(text: str, base: int = 0) -> list[AddressPart]:
    parts: list[AddressPart] = []
    for chunk in re.finditer(r"[^,;\n]+", text):
        seg = chunk.group(0)
        lead = len(seg) - len(seg.lstrip())
        seg_s = seg.strip()
        if not seg_s:
            continue
        m = _PART_RE.fullmatch(seg_s)
        if m is None:
            # leading words ("at apartment building number 382", "a building in Village 3")
            # before a keyword: try every keyword position, leftmost first
            for m2 in re.finditer(rf"(?=(?i:\b(?:{_BEFORE_RE}))\.?\s+\S)", seg_s):
                m = _PART_RE.fullmatch(seg_s[m2.start() :])
                if m is not None:
                    lead += m2.start()
                    seg_s = seg_s[m2.start() :]
                    break
            if m is None:
                # "Police raided a building in Muoy village": the part that ends the words
                tail = _TRAILING_PART_RE.search(seg_s)
                if tail is not None:
                    m = _PART_RE.fullmatch(seg_s[tail.start() :])
                    if m is not None:
                        lead += tail.start()
                        seg_s = seg_s[tail.start() :]
            if m is None:
                continue
        if m.group("kwb"):
            kw = m.group("kwb").lower().rstrip(".")
            part = _KW_BEFORE.get(kw, "building")
            name = m.group("nameb")
            text_start = m.start("kwb")
        else:
            kw = m.group("kwa").lower().rstrip(".")
            part = _KW_AFTER[kw]
            name = m.group("namea")
            text_start = m.start("namea")
        s = base + chunk.start() + lead + text_start
        e = base + chunk.start() + lead + len(seg_s.rstrip("."))
        parts.append(AddressPart(part, text[s - base : e - base], s, e, name))
    return parts


def parse_address(gazetteer: Gazetteer, text: str, *, base: int = 0) -> list[AddressPart]:
    """Split an address chain, resolve it top-down and place every part.

    Parameters
    ----------
    gazetteer
        Where units are looked up.
    text
        The chain ("Building No. 15, Street 128, Hamlet 6, Phsar Depo 1 Ward, Toul Kork District").
    base
        Offset of ``text`` in a larger document (part offsets are shifted by it).

    Returns
    -------
    list[AddressPart]
        In text order; ``place`` None where nothing could be placed; ``consistent`` False
        for a part that names a unit outside the part above it (it is then placed at the
        unit above, not at its own namesake elsewhere).
    """
    parts = _split_parts(text, base)
    if not parts:
        return []
    units: dict[str, Place] = {}
    inconsistent: set[int] = set()
    container: Place | None = None
    order = sorted(range(len(parts)), key=lambda i: -_PART_ORDER.index(parts[i].part))
    unknown_above = False
    for i in order:
        p = parts[i]
        if p.part not in _LEVEL_OF:
            continue
        if container is None and unknown_above:
            # "Tambon Don Kaew, Mae Rim district" with no Mae Rim known: nothing tells which
            # of the namesakes of a smaller unit is meant (not one in another country)
            continue
        level = _LEVEL_OF[p.part]
        found = _find_unit(gazetteer, p.name, level, container)
        if found is None and container is not None:
            loose = _find_unit(gazetteer, p.name, level, None)
            if loose is not None:
                inconsistent.add(i)
            continue
        if found is not None:
            units[p.part] = found
            container = found
        else:
            unknown_above = True
    out: list[AddressPart] = []
    most_specific = container
    for i, p in enumerate(parts):
        unit = units.get(p.part)
        if unit is not None and p.part in _LEVEL_OF:
            out.append(replace(p, place=unit))
            continue
        anchor = _anchor_for(p.part, units) or most_specific
        if anchor is None:
            out.append(replace(p, consistent=i not in inconsistent))
            continue
        out.append(replace(p, place=_part_place(p, anchor), consistent=i not in inconsistent))
    return out


def _anchor_for(part: str, units: dict[str, Place]) -> Place | None:
    """The most specific unit above ``part`` (a street sits in its village/commune)."""
    below = _PART_ORDER.index(part)
    for name in _PART_ORDER[below + 1 :]:
        if name in units:
            return units[name]
    return None


def _find_unit(
    gazetteer: Gazetteer, name: str, level: Level, container: Place | None
) -> Place | None:
    found = gazetteer.lookup(name)
    cands = [p for p in found if p.level is level]
    if level is Level.PROVINCE:
        # "Phnom Penh" as the last part of a chain: the capital city stands for its province
        cands += [p for p in found if p.level is Level.TOWN and p not in cands]
    elif level is Level.DISTRICT and not cands:
        # "Aranyaprathet district" with no such district known: the town it is named after
        # (a district's seat) stands for it
        cands = [p for p in found if p.level is Level.TOWN]
    if container is None:
        return cands[0] if cands else None
    for c in cands:
        if _inside(gazetteer, c, container):
            return c
    return None


def _inside(gazetteer: Gazetteer, place: Place, container: Place) -> bool:
    if container.level is Level.TOWN:
        # a town as "province"/"city" part: units near it count as inside
        return abs(place.lat - container.lat) + abs(place.lon - container.lon) < 0.6 or (
            place.admin1 is not None and place.admin1 == container.admin1
        )
    cur: Place | None = place
    seen = 0
    while cur is not None and seen < 8:
        cur = gazetteer.parent(cur)
        seen += 1
        if cur is not None and cur.id == container.id:
            return True
    return False


def _part_place(part: AddressPart, anchor: Place) -> Place:
    digest = hashlib.sha1(
        f"{anchor.id}|{part.part}|{name_keys(part.name)[0]}".encode()
    ).hexdigest()[:10]
    return Place(
        id=f"addr:{digest}",
        name=part.text,
        level=Level.SITE,
        country=anchor.country,
        lat=anchor.lat,
        lon=anchor.lon,
        geo_precision=max(anchor.geo_precision, 1),
        source=f"derived:address-part-of:{anchor.id}",
        admin1=anchor.admin1,
        admin2=anchor.admin2,
        admin3=anchor.admin3,
        admin1_code=anchor.admin1_code,
        admin2_code=anchor.admin2_code,
        admin3_code=anchor.admin3_code,
        kind="street"
        if part.part == "street"
        else ("building" if part.part == "building" else "hamlet"),
    )


#: (the look-ahead only skips, fast, the positions where no chain word can start)
_CHAIN_HINT = re.compile(
    r"(?i:(?=[wskdchprbvta])\b(?:ward|sangkat|khan|district|commune|khum|srok|hamlet|phum|village|"
    r"street|st\.|road|building|subdistrict|sub-district|tambon|amphoe|township|barangay|regency)\b)"
)


_SEGMENT = re.compile(r"[^\n.;:!?]+(?:\.(?=\d)[^\n.;:!?]*)*")


_HINT_WORDS = (
    "ward",
    "sangkat",
    "khan",
    "district",
    "commune",
    "khum",
    "srok",
    "hamlet",
    "phum",
    "village",
    "street",
    "st.",
    "road",
    "building",
    "subdistrict",
    "sub-district",
    "tambon",
    "amphoe",
    "township",
    "barangay",
    "regency",
)
#: ``_CHAIN_HINT`` for a text lowered by ``_hint_starts`` (case-sensitive, anchored use).
_HINT_AT = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _HINT_WORDS)})\b")
#: Letters that ``(?i)`` matches to a chain word's letters but ``str.lower`` does not map
#: to them (dotted capital I lowers to two characters; dotless i and long s are equivalents).
_HINT_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def _hint_starts(text: str) -> list[int]:
    """Start offsets of the ``_CHAIN_HINT`` matches of ``text``, found by ``str.find`` of each
    chain word in the lowered text and checked there (a regex tried at every character of
    the text is the costly way)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        low = text.translate(_HINT_FOLD).lower()  # same length: U+0130 lowered to two
    else:
        low = lower_text(text)
    starts: list[int] = []
    for word in _HINT_WORDS:
        pos = low.find(word)
        while pos >= 0:
            if _HINT_AT.match(low, pos):
                starts.append(pos)
            pos = low.find(word, pos + 1)
    starts.sort()
    return starts


def _segments_with_hints(text: str) -> Iterator[re.Match[str]]:
    """The segments (``_SEGMENT`` matches) of the lines that hold two chain words or more.

    A line break never lies inside a segment, so segmenting from a line's start gives the
    same segments as segmenting the whole text; one search of the whole text for chain words
    skips the lines (most of them) that cannot hold a chain.
    """
    starts = _hint_starts(text)
    i, n = 0, len(starts)
    while i + 1 < n:
        ls = text.rfind("\n", 0, starts[i]) + 1
        le = text.find("\n", starts[i])
        if le < 0:
            le = len(text)
        j = bisect.bisect_left(starts, le, i)
        if j - i >= 2:
            yield from _SEGMENT.finditer(text, ls, le)
        i = j


def find_address_spans(gazetteer: Gazetteer, text: str) -> list[Span]:
    """Spans for every part of every address chain (two or more parts) in ``text``."""
    out: list[Span] = []
    for line in _segments_with_hints(text):
        seg = line.group(0)
        if seg.count(",") < 1 or len(_CHAIN_HINT.findall(seg)) < 2:
            continue
        parts = parse_address(gazetteer, seg, base=line.start())
        units = [
            p
            for p in parts
            if p.part in _LEVEL_OF and p.place is not None and p.place.level is _LEVEL_OF[p.part]
        ]
        if len(parts) < 2 or not units:
            continue
        for p in parts:
            if p.place is None or p.part == "building":
                continue  # a building number is kept by parse_address, not a toponym
            note = None if p.consistent else "address:inconsistent"
            out.append(
                Span(
                    p.start,
                    p.end,
                    text[p.start : p.end],
                    "address",
                    (p.place,),
                    None,
                    hint=p.part,
                    match="address",
                    note=note,
                    part=p.part,
                )
            )
    return out
