"""Rank a span's candidate places in document context and explain the choice.

Each candidate gets a score from named, additive evidence (every term is a reason):
how well the name matched, the level and size of the place, a curated row, an admin word
that names its level ("Kandal province"), the article's focus country, other places named
in the document that contain it (nearby ones count more; "Sihanoukville's Bei commune"
counts most), and whether it contains the other candidates of the same name (a province
over a village called like it). A homonym is never settled by population alone when the
document names a containing unit of another candidate.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
from dataclasses import dataclass
from typing import Any

from gazetteer.index import Index
from gazetteer.place import Level, Place
from gazetteer.scan import _MAX_LOOKUPS, Span, hint_allows
from gazetteer.sources import FULL_COUNTRIES

__all__ = ["Candidate", "Resolution", "anchors_of", "focus_country", "rank_span"]

_QUALITY = {0: 1.0, 1: 0.9, 2: 0.75, 3: 0.7}
_LEVEL_PRIOR = {
    Level.COUNTRY: 0.6,
    Level.REGION: 0.5,
    Level.PROVINCE: 0.5,
    Level.SITE: 0.45,
    Level.DISTRICT: 0.35,
    Level.COMMUNE: 0.25,
    Level.VILLAGE: 0.05,
    Level.TOWN: 0.2,
}
#: A town this big is what its bare name means, not the province named after it.
_CITY_POPULATION = 100_000
#: A river stretch this close (km) to a place named near the river's name is the one meant.
RIVER_STRETCH_KM = 120.0
#: Below this a span is left unresolved (place=None, reason "weak").
MIN_SCORE = 1.2
NEAR_CHARS = 300
#: Mentions farther apart than this can be neither possessive nor near (bounds ranking work).
_WINDOW_CHARS = NEAR_CHARS + 1000
#: A candidate this close (km) to a confidently placed name of the document is preferred ...
NEAR_STORY_KM = 500.0
#: ... and a small, loosely matched one farther than this from all of them is doubted.
FAR_STORY_KM = 500.0


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible place for a span, its score and the reasons that make it up."""

    place: Place
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    """A span with the place chosen for it (None when unresolved or not a place) and why."""

    span: Span
    place: Place | None
    score: float
    reasons: tuple[str, ...]
    candidates: tuple[Candidate, ...] = ()


def focus_country(spans: list[Span]) -> str | None:
    """The country most of the document's unambiguous place names lie in (None on a tie)."""
    votes: dict[str, float] = {}
    for s in spans:
        if s.note and s.note.startswith("nonplace"):
            continue
        # the top of a story says what it is about; trailing boilerplate counts little
        weight = 2.0 if s.start < 1500 else (1.0 if s.start < 5000 else 0.3)
        if s.kind == "demonym":
            if s.nationality:
                votes[s.nationality] = votes.get(s.nationality, 0.0) + 0.5 * weight
            continue
        iso = _one_country(s.candidates)
        if iso is not None:
            votes[iso] = votes.get(iso, 0.0) + weight
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])[:2]
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


#: Candidate tuple id -> (the tuple, its one country); the tuple is kept so that its id is not
#: reused while the entry lives. Emptied when it grows past this many entries.
_ONE_COUNTRY: dict[int, tuple[tuple[Place, ...], str | None]] = {}
_MAX_ONE_COUNTRY = 100_000


#: The story region's extent (the countries of ``FULL_COUNTRIES``), south, north, west, east.
STORY_AREA = (-11.0, 46.0, 92.0, 146.0)


def _story_area_region(place: Place) -> bool:
    """A region drawn for the story region that spans countries (a border area, the Golden
    Triangle): in this domain it is the sense meant, like a place in one of its countries.
    Broad world regions (precision 4) are left out."""
    south, north, west, east = STORY_AREA
    return (
        not place.country
        and place.level is Level.REGION
        and place.geo_precision <= 3
        and south <= place.lat <= north
        and west <= place.lon <= east
    )


def _one_country(candidates: tuple[Place, ...]) -> str | None:
    """The country of the prominent places among the first five candidates when they all lie
    in one (else None); remembered per candidate tuple (a name recurs in every story)."""
    hit = _ONE_COUNTRY.get(id(candidates))
    if hit is not None and hit[0] is candidates:
        return hit[1]
    countries = {p.country for p in candidates[:5] if p.country and _prominent(p)}
    iso = countries.pop() if len(countries) == 1 else None
    if len(_ONE_COUNTRY) >= _MAX_ONE_COUNTRY:
        _ONE_COUNTRY.clear()
    _ONE_COUNTRY[id(candidates)] = (candidates, iso)
    return iso


def _prominent(p: Place) -> bool:
    return (
        p.level in (Level.COUNTRY, Level.PROVINCE, Level.SITE, Level.DISTRICT, Level.COMMUNE)
        or p.population >= 100_000
        or p.source.startswith("places.csv")
    )


#: Context key of a country outside the story countries that the document names, by its
#: name or its people ("Colombia", "Kenyans"): its small places need no more than the name.
_NAMED = "named-country:"
#: A foreign place (outside the story countries) smaller than this, not curated, named by
#: one word in a document that names neither its country nor its people is doubted: "Meta"
#: (a Colombian province) is the company, "Nigel" (a South African town) a given name.
UNNAMED_COUNTRY_MAX_POPULATION = 300_000


def _context_ids(index: Index, spans: list[Span]) -> dict[str, list[int]]:
    """Place id -> offsets of the spans that may name it (levels that can contain others),
    and ``named-country:ISO`` -> offsets for the countries outside the story countries that
    the document names (by name or nationality)."""
    out: dict[str, list[int]] = {}
    for s in spans:
        if s.kind == "demonym":
            if s.nationality and s.nationality not in FULL_COUNTRIES:
                out.setdefault(_NAMED + s.nationality, []).append(s.start)
            continue
        if s.note and s.note.startswith("nonplace"):
            if s.note == "nonplace:adjective" and s.candidates:
                # "130 Kenyan citizens", "a Colombia native": the country is named
                iso = s.candidates[0].country
                if s.candidates[0].level is Level.COUNTRY and iso and iso not in FULL_COUNTRIES:
                    out.setdefault(_NAMED + iso, []).append(s.start)
            continue
        for pid in _containers_named(index, s.candidates):
            out.setdefault(pid, []).append(s.start)
        first = s.candidates[0] if s.candidates else None
        if (
            first is not None
            and first.level is Level.COUNTRY
            and first.country
            and first.country not in FULL_COUNTRIES
        ):
            out.setdefault(_NAMED + first.country, []).append(s.start)
    for offsets in out.values():
        offsets.sort()
    return out


def _containers_named(index: Index, candidates: tuple[Place, ...]) -> tuple[str, ...]:
    """The ids a span with these candidates may name as a containing unit, in order: its
    first 8 candidates of levels that contain others, and the district a town is the seat
    of. Remembered per index and candidate tuple (kept with it: its id is not reused)."""
    key = ("containers", id(candidates))
    entry = index.lookups.get(key)
    if entry is not None and entry[0] is candidates:  # type: ignore[index]
        return entry[1]  # type: ignore[index]
    ids: list[str] = []
    for p in candidates[:8]:
        if p.level in (
            Level.COUNTRY,
            Level.PROVINCE,
            Level.DISTRICT,
            Level.COMMUNE,
            Level.TOWN,
        ):
            ids.append(p.id)
        if p.level is Level.TOWN:
            # a town stands for the municipality (district) it is the seat of
            idx = index.ids.get(p.id)
            parent = index.parent[idx] if idx is not None else -1
            if parent >= 0 and index.level(parent) is Level.DISTRICT:
                ids.append(index.rows[parent][0])  # type: ignore[arg-type]
    if len(index.lookups) >= _MAX_LOOKUPS:
        index.lookups.clear()
    index.lookups[key] = (candidates, tuple(ids))
    return tuple(ids)


def _possessive_before(text: str, span: Span, other: Span) -> bool:
    """``other`` directly introduces ``span``: "Sihanoukville's Bei", "Bei, Sihanoukville"."""
    if other.end <= span.start:
        gap = text[other.end : span.start]
        return gap.strip() in ("'s", "’s", "s'", ",") or gap.strip() == ""
    gap = text[span.end : other.start]
    if gap.strip() not in (",", "in", "of", ", in"):
        return False
    if gap.strip() == ",":
        # "Kandal, Pursat, Koh Kong" is a list, not "Kandal in Pursat"
        after = text[other.end : other.end + 6].lstrip()
        before = text[max(0, span.start - 3) : span.start].strip()
        if after[:1] == "," or after[:4] in ("and ", "or ") or before == ",":
            return False
    return True


def rank_span(
    index: Index,
    text: str,
    span: Span,
    spans: list[Span],
    *,
    focus: str | None,
    context: dict[str, list[int]] | None = None,
    by_start: dict[int, Span] | None = None,
    anchors: tuple[tuple[int, Place], ...] = (),
    memo: dict[tuple[int, int, int], tuple[tuple[float, str], ...]] | None = None,
) -> Resolution:
    """Score every candidate of ``span`` in the context of the other ``spans``.

    ``anchors`` are the confidently placed names of the document (offset, place): a
    candidate near one of them (:data:`NEAR_STORY_KM`) is preferred, and a small place
    matched only by an alternate or phonetic spelling far from all of them is doubted.
    ``memo`` (one dict per document) keeps the containment terms of a candidate between
    the two ranking passes (they do not depend on the anchors).
    """
    if span.kind == "demonym":
        iso = span.nationality or "none"
        return Resolution(span, None, 0.0, (f"nonplace:demonym:{iso}",))
    if not span.candidates:
        return Resolution(span, None, 0.0, ("no-candidates",))
    # The ranking depends on where the name stands only through the anchors (none in the
    # first pass; countries and world regions ignore them) and the units above a candidate
    # that the document names. Without either, the answer for these candidates and words is
    # the same in every story: it is remembered per index ("Cambodia", "Myanmar", a town
    # whose province the story does not name).
    entry = _rank_memo(index, span.candidates)
    before = _comma_before(text, span, spans)
    if span.hint == "border" and len(span.candidates) > 1:
        # which border of a country depends on the countries named around it: not remembered
        return _rank_span(index, text, span, spans, focus, context, by_start, anchors, memo, before)
    if (entry[1] or not anchors) and context is not None and context.keys().isdisjoint(entry[2]):
        key = (span.qualities, span.match, span.hint, span.note, focus, before)
        known = entry[3].get(key)
        if known is None:
            res = _rank_span(
                index, text, span, spans, focus, context, by_start, anchors, memo, before
            )
            entry[3][key] = (res.place, res.score, res.reasons, res.candidates)
            return res
        return Resolution(span, *known)
    return _rank_span(index, text, span, spans, focus, context, by_start, anchors, memo, before)


def _comma_before(text: str, span: Span, spans: list[Span]) -> tuple[str, ...]:
    """Ids of the first candidates of the place named right before ``span`` and a comma
    ("Bamban, Tarlac"; "Mae Sot, Tak"), else ()."""
    if text[max(0, span.start - 2) : span.start] != ", ":
        return ()
    i = bisect.bisect_left(spans, span.start, key=lambda s: s.start) - 1
    if i < 0:
        return ()
    prev = spans[i]
    if prev.end != span.start - 2 or prev.kind != "place" or not prev.candidates:
        return ()
    if prev.note is not None and prev.note.startswith("nonplace"):
        return ()
    return tuple(p.id for p in prev.candidates[:3])


def _rank_memo(
    index: Index, candidates: tuple[Place, ...]
) -> tuple[tuple[Place, ...], bool, frozenset[str], dict[Any, Any]]:
    """Per index and candidate tuple: the tuple (its id cannot be reused while the entry
    lives), whether anchors never apply (all countries or world regions), the ids of the
    units above the candidates (as containment reads them), and the remembered rankings."""
    key = ("rank", id(candidates))
    entry = index.lookups.get(key)
    if entry is None or entry[0] is not candidates:  # type: ignore[index]
        above: set[str] = set()
        for p in candidates:
            if p.country and p.country not in FULL_COUNTRIES:
                above.add(_NAMED + p.country)  # (the unnamed-country doubt reads it)
            idx = index.ids.get(p.id)
            if idx is not None:
                above.update(anc_id for _, anc_id in _ancestor_chain(index, idx))
        static = all(
            p.level in (Level.COUNTRY, Level.REGION) and p.kind != "river" for p in candidates
        )
        entry = (candidates, static, frozenset(above), {})
        if len(index.lookups) >= _MAX_LOOKUPS:
            index.lookups.clear()
        index.lookups[key] = entry
    return entry  # type: ignore[return-value]


def _rank_span(
    index: Index,
    text: str,
    span: Span,
    spans: list[Span],
    focus: str | None,
    context: dict[str, list[int]] | None,
    by_start: dict[int, Span] | None,
    anchors: tuple[tuple[int, Place], ...],
    memo: dict[tuple[int, int, int], tuple[tuple[float, str], ...]] | None,
    before: tuple[str, ...] = (),
) -> Resolution:
    """:func:`rank_span` for a span with candidates (not a demonym)."""
    if context is None:
        context = _context_ids(index, spans)
    if by_start is None:  # callers ranking many spans pass it in: building it per span is O(n^2)
        by_start = {s.start: s for s in spans}
    ranked: list[Candidate] = []
    qualities = span.qualities or tuple(0 for _ in span.candidates)
    # cities that are their own province are looked for among these only
    provinces = [o for o in span.candidates if o.level is Level.PROVINCE]
    near_gains: dict[str, float] | None = None
    nearest: list[float | None] = []  # (with near_gains: per candidate, see _nearest_km)
    river_near = _river_near(span, anchors) if anchors and len(span.candidates) > 1 else set()
    sides = _border_sides_named(text, span, spans) if span.hint == "border" else frozenset()
    # the name is the primary name of a prominent place: other places that only have it as
    # an alternate name ("Nanning", once a name of Qujing) are doubted
    primary_prominent = {
        o.id
        for o, oq in zip(span.candidates, qualities, strict=True)
        if oq == 0 and o.level is not Level.VILLAGE and _prominent(o)
    }
    for k, (place, quality) in enumerate(zip(span.candidates, qualities, strict=True)):
        q, name_reason = _name_term(span.match, quality)
        score = q
        prior, level_reason = _level_term(place.level, place.population)
        score += prior
        reasons: list[str] = [name_reason, level_reason]
        idx = index.ids.get(place.id)
        if idx is not None and index.curated[idx]:
            score += 0.2
            reasons.append("curated=0.20")
        if quality >= 2 and primary_prominent and not _nested_in(index, place, primary_prominent):
            score -= 0.3
            reasons.append("primary-name-elsewhere=-0.30")
        if (
            before
            and place.level is Level.PROVINCE
            and quality <= min(qualities)
            and any(_contains(index, place.id, b) for b in before)
        ):
            # "Bamban, Tarlac": the name after the comma is the province holding the town
            # (a province known by the name only as an alternate one, "Sihanoukville", is
            # not meant where a place has it as its own name)
            score += 0.6
            reasons.append("holds-previous=0.60")
        if span.note == "dateline" and place.level is Level.TOWN:
            score += 0.5  # a story is filed from a city, not from a province
            reasons.append("dateline-city=0.50")
        if place.country in FULL_COUNTRIES or _story_area_region(place):
            score += 0.2
            reasons.append("story-region=0.20")
        if (
            place.level is Level.TOWN
            and provinces
            and any(abs(o.lat - place.lat) + abs(o.lon - place.lon) < 0.05 for o in provinces)
        ):
            # a city that is its own province (Phnom Penh, Bangkok): the town is the same dot, finer
            score += 0.15
            reasons.append("city-province=0.15")
        if span.hint is not None:
            if span.hint == "border":
                pass
            elif span.hint == "site-at":
                reasons.append("site-at-place")
            elif hint_allows(span.hint, place.level):
                score += 1.0
                reasons.append(f"hint:{span.hint}=1.00")
            elif span.text.rsplit(None, 1)[-1].lower() == place.name.rsplit(None, 1)[-1].lower():
                # the admin word is the place's own ("Northern Shan State", a region row)
                reasons.append("hint-in-name")
            elif span.hint == "district" and place.level is Level.TOWN:
                # no district unit known: its seat town stands for it ("Chiang Saen district")
                score -= 0.2
                reasons.append("district-seat=-0.20")
            else:
                score -= 0.8
                reasons.append(f"hint-mismatch:{span.hint}=-0.80")
        if span.match == "phonetic" and _word_count_differs(span, place):
            # a spelling that only sounds like a name of another length: two syllables of a
            # person's name ("Chen Zhu") heard as a one-word city ("Chenzhou"), a compound's
            # name as a town of another country
            score -= 1.0
            reasons.append("phonetic-word-count=-1.00")
        unnamed = (
            span.hint is None
            and place.level not in (Level.COUNTRY, Level.REGION)
            and place.country
            and place.country not in FULL_COUNTRIES
            and place.population < UNNAMED_COUNTRY_MAX_POPULATION
            and " " not in span.text.strip()
            and not (idx is not None and index.curated[idx])
            and _NAMED + place.country not in context
        )
        if unnamed:
            score -= 0.5
            reasons.append(f"country-unnamed:{place.country}=-0.50")
        if focus and place.country == focus:
            score += 0.5
            reasons.append(f"focus:{focus}=0.50")
        elif (
            focus and span.hint == "border" and place.id.startswith("border:") and focus in place.id
        ):
            score += 0.5
            reasons.append(f"focus-border:{focus}=0.50")
        if sides and place.id.startswith("border:") and not sides.isdisjoint(_border_codes(place)):
            # "Vietnamese workers ran from a casino near the Cambodian border": the border
            # with the country named beside it
            score += 0.3
            reasons.append("border-side-named=0.30")
        if river_near:
            # a river with one row per stretch: the stretch by the places named around it
            # ("on the Mekong River" next to Bokeo, "across the Mekong to Tachileik") says
            # more than the story's country
            if place.id in river_near:
                score += 1.0
                reasons.append("river-stretch-near=1.00")
            elif place.kind == "river":
                score -= 0.5
                reasons.append("river-stretch-far=-0.50")
        if anchors and place.level not in (Level.COUNTRY, Level.REGION):
            if near_gains is None:
                nearest = _nearest_km(span, anchors)
                near_gains = _near_gains(index, span, nearest)
            gain = near_gains.get(place.id, 0.0)
            if gain:
                score += gain
                reasons.append("near-story=0.25" if gain == 0.25 else "near-story=0.10")
            near = nearest[k]
            if (
                near is not None
                and near > NEAR_STORY_KM
                and near > FAR_STORY_KM
                and (quality >= 2 or span.match != "exact")
                and place.population < 100_000
                and not (idx is not None and index.curated[idx])
            ):
                score -= 0.5
                reasons.append("far-from-story=-0.50")
        # containment: an ancestor named elsewhere in the document
        if idx is not None:
            key = (span.start, idx, quality)
            terms = memo.get(key) if memo is not None else None
            if terms is None:
                terms = _containment(
                    index, text, span, qualities, place, quality, idx, context, by_start
                )
                if memo is not None:
                    memo[key] = terms
            for gain, why in terms:
                score += gain
                reasons.append(why)
        ranked.append(Candidate(place, round(score, 4), tuple(reasons)))
    ranked.sort(key=lambda c: (-c.score, c.place.id))
    best_c = ranked[0]
    reasons = list(best_c.reasons)
    if span.note:
        reasons.insert(0, span.note)
    if span.note and span.note.startswith("nonplace"):
        return Resolution(span, None, best_c.score, tuple(reasons), tuple(ranked))
    if (
        best_c.place.level in (Level.VILLAGE, Level.COMMUNE)
        # a numbered unit ("Sangkat 3") exists in many towns: only the place named says which
        and (span.hint is None or (span.text[-1:].isdigit() and not _possessed(span.text)))
        and not any(r.startswith(("within:", "curated")) for r in best_c.reasons)
    ):
        reasons.insert(0, "weak:small-unit-without-context")
        return Resolution(span, None, best_c.score, tuple(reasons), tuple(ranked))
    if best_c.score < MIN_SCORE:
        reasons.insert(0, f"weak:{best_c.score:.2f}<{MIN_SCORE}")
        return Resolution(span, None, best_c.score, tuple(reasons), tuple(ranked))
    if span.hint == "border" and len(ranked) > 1 and ranked[1].score >= best_c.score:
        reasons.insert(0, "ambiguous:border-without-focus-country")
        return Resolution(span, None, best_c.score, tuple(reasons), tuple(ranked))
    if (
        len(ranked) > 1
        and ranked[1].score > best_c.score - 0.05
        and _far(best_c.place, ranked[1].place)
    ):
        reasons.append(f"close-call:{ranked[1].place.id}")
    return Resolution(span, best_c.place, best_c.score, tuple(reasons), tuple(ranked))


def _border_codes(place: Place) -> frozenset[str]:
    """The two countries of a border row ("border:KH-VN" -> KH, VN)."""
    return frozenset(place.id.partition(":")[2].split("-"))


def _border_sides_named(text: str, span: Span, spans: list[Span]) -> frozenset[str]:
    """The country named (by name or people) nearest to a border span whose candidates are
    several borders of one country, that country left out: the other side. Only within
    :data:`NEAR_CHARS` and the span's paragraph."""
    borders = [p for p in span.candidates if p.id.startswith("border:")]
    if len(borders) < 2:
        return frozenset()
    shared = frozenset.intersection(*(_border_codes(p) for p in borders))
    lo_text = max(span.start - NEAR_CHARS, text.rfind("\n", 0, span.start) + 1)
    hi_text = text.find("\n", span.end)
    hi_text = min(span.end + NEAR_CHARS, len(text) if hi_text < 0 else hi_text)
    lo = bisect.bisect_left(spans, lo_text, key=lambda s: s.start)
    nearest: tuple[int, str] | None = None
    for other in spans[lo:]:
        if other.start >= hi_text:
            break
        if other is span or (other.note and other.note.startswith("nonplace")):
            continue
        code = None
        if other.kind == "demonym":
            code = other.nationality
        elif other.candidates and other.candidates[0].level is Level.COUNTRY:
            code = other.candidates[0].country
        if not code or code in shared:
            continue
        gap = span.start - other.end if other.start < span.start else other.start - span.end
        if nearest is None or gap < nearest[0]:
            nearest = (gap, code)
    return frozenset() if nearest is None else frozenset((nearest[1],))


def _river_near(span: Span, anchors: tuple[tuple[int, Place], ...]) -> set[str]:
    """Ids of the river-stretch candidates within :data:`RIVER_STRETCH_KM` of a confident
    place named within :data:`NEAR_CHARS` of the span."""
    rivers = [p for p in span.candidates if p.kind == "river"]
    if len(rivers) < 2:
        return set()
    close = [
        a for off, a in _nearby_anchors(anchors, span.start) if abs(off - span.start) <= NEAR_CHARS
    ]
    return {
        p.id
        for p in rivers
        if any(_km_points(p.lat, p.lon, a.lat, a.lon) <= RIVER_STRETCH_KM for a in close)
    }


def _nearest_km(span: Span, anchors: tuple[tuple[int, Place], ...]) -> list[float | None]:
    """Per candidate of ``span``: the km to the nearest of the anchors near it in the text
    (:func:`_nearby_anchors`; not the span's own, not the candidate itself), None when there
    is none or the candidate is a country or world region (never measured). Measured once
    per span and pass: the near-story gain and the far-from-story doubt both read it."""
    near = [(off, a) for off, a in _nearby_anchors(anchors, span.start) if off != span.start]
    out: list[float | None] = []
    for place in span.candidates:
        if place.level in (Level.COUNTRY, Level.REGION):
            out.append(None)
            continue
        dists = [
            _km_points(place.lat, place.lon, a.lat, a.lon) for _, a in near if a.id != place.id
        ]
        out.append(min(dists) if dists else None)
    return out


def _near_gains(index: Index, span: Span, nearest: list[float | None]) -> dict[str, float]:
    """Candidate id -> the near-story gain (0.25 within a third of :data:`NEAR_STORY_KM` of
    a confident place of the document, 0.1 within it; ``nearest``: see :func:`_nearest_km`).
    Candidates that contain one another (the town "Sihanoukville" and the province that
    takes its name) share the larger gain: nearness tells homonyms apart, not a town from
    its own province."""
    gains: dict[str, float] = {}
    for place, near in zip(span.candidates, nearest, strict=True):
        if near is not None and near <= NEAR_STORY_KM:
            gains[place.id] = 0.25 if near <= NEAR_STORY_KM / 3 else 0.1
    if gains and len(span.candidates) > 1:
        ids = [p.id for p in span.candidates[:MAX_NESTED] if p.level not in _NOT_NESTED]
        for a, b in itertools.combinations(ids, 2):
            ga, gb = gains.get(a, 0.0), gains.get(b, 0.0)
            if ga != gb and (_contains(index, a, b) or _contains(index, b, a)):
                gains[a] = gains[b] = max(ga, gb)
    return gains


#: Candidates looked at for nesting (a name rarely has more namesakes that contain others).
MAX_NESTED = 8
_NOT_NESTED = (Level.COUNTRY, Level.REGION)


def _contains(index: Index, outer: str, inner: str) -> bool:
    """Whether place ``outer`` is an ancestor of place ``inner`` (ids)."""
    oi, ii = index.ids.get(outer), index.ids.get(inner)
    return oi is not None and ii is not None and oi in _ancestors(index, ii)


def _nested_in(index: Index, place: Place, ids: set[str]) -> bool:
    """Whether ``place`` contains or lies in one of the places ``ids``."""
    return any(_contains(index, i, place.id) or _contains(index, place.id, i) for i in ids)


def _possessed(surface: str) -> bool:
    """ "Sihanoukville's Sangkat 4": the unit's place is named with it (candidates narrowed)."""
    return "'s " in surface or "’s " in surface


def _containment(
    index: Index,
    text: str,
    span: Span,
    qualities: tuple[int, ...],
    place: Place,
    quality: int,
    idx: int,
    context: dict[str, list[int]],
    by_start: dict[int, Span],
) -> tuple[tuple[float, str], ...]:
    """The score terms (gain, reason) of the units containing a candidate that the document
    names (nearby and possessive mentions count more), and of its namesakes it contains."""
    terms: list[tuple[float, str]] = []
    best = 0.0
    why = ""
    for scale, anc_id in _ancestor_chain(index, idx):
        offsets = context.get(anc_id)
        if not offsets or best >= 1.2 * scale:
            continue  # (no mention of this unit can beat the best gain so far)
        # Only mentions within a window can be possessive or near; every other mention
        # gives the same far gain, so one of them stands for all (linear, not quadratic).
        lo = bisect.bisect_left(offsets, span.start - _WINDOW_CHARS)
        hi = bisect.bisect_right(offsets, span.start + _WINDOW_CHARS)
        if (lo > 0 or hi < len(offsets)) and 0.35 * scale > best:
            best, why = 0.35 * scale, anc_id
        for off in offsets[lo:hi]:
            if off == span.start:
                continue
            other = by_start.get(off)
            if other is not None and _possessive_before(text, span, other):
                gain = 1.2
            elif abs(off - span.start) <= NEAR_CHARS:
                gain = 0.6
            else:
                gain = 0.35
            gain *= scale
            if gain > best:
                best, why = gain, anc_id
                if gain >= 1.2 * scale:
                    break  # the most this unit can give
    if best:
        terms.append((best, f"within:{why}={best:.2f}"))
    # contains the other candidates of the same name (province over its namesakes)
    if (
        quality == 0
        and place.level in (Level.PROVINCE, Level.DISTRICT, Level.COUNTRY)
        # "Siem Reap", "Battambang": a bare name a city of its own carries means the city
        and not (
            place.level is not Level.COUNTRY  # (Singapore, Hong Kong: the country's own dot)
            and any(
                other.level is Level.TOWN and other.population >= _CITY_POPULATION and other_q == 0
                for other, other_q in zip(span.candidates, qualities, strict=True)
            )
        )
    ):
        cand_ids = {p.id for p in span.candidates}
        for other_place, other_q in zip(span.candidates, qualities, strict=True):
            if other_place.id == place.id or other_q != 0 or other_place.id not in cand_ids:
                continue
            oi = index.ids.get(other_place.id)
            if oi is not None and idx in _ancestors(index, oi):
                if abs(other_place.lat - place.lat) + abs(other_place.lon - place.lon) > 0.05:
                    terms.append((0.15, f"contains-namesake:{other_place.id}=0.15"))
                break
    return tuple(terms)


def _ancestors(index: Index, idx: int) -> tuple[int, ...]:
    """``index.ancestors(idx)``, remembered in ``index.lookups`` (it depends on the index only)."""
    key = ("ancestors", idx)
    found = index.lookups.get(key)
    if found is None:
        found = index.lookups[key] = tuple(index.ancestors(idx))
    return found  # type: ignore[return-value]


def _ancestor_chain(index: Index, idx: int) -> tuple[tuple[float, str], ...]:
    """(scale, id) of the units above a place, nearest first, countries left out: naming
    the parent says much, naming the province little about one village."""
    key = ("chain", idx)
    found = index.lookups.get(key)
    if found is None:
        chain = []
        for depth, anc in enumerate(_ancestors(index, idx)):
            anc_place = index.place(anc)
            if anc_place.level is not Level.COUNTRY:
                chain.append(((1.0, 0.7, 0.45, 0.3)[min(depth, 3)], anc_place.id))
        found = index.lookups[key] = tuple(chain)
    return found  # type: ignore[return-value]


def _word_count_differs(span: Span, place: Place) -> bool:
    """Whether the span has more words (an admin word after the name left out) than the
    place's name. Fewer words are a common spelling of a real place, two words written as
    one ("Mesot" for Mae Sot); a one-word name heard in two words is a person's name."""
    said = span.text.split()
    if span.hint is not None and len(said) > 1:
        said = said[:-1]  # "Pakouku Township", "Koh Thom District"
    return len(said) > len(place.name.split())


@functools.lru_cache(maxsize=64)
def _name_term(match: str, quality: int) -> tuple[float, str]:
    """How well the name matched: the score term and its reason (few distinct values)."""
    q = _QUALITY.get(quality, 0.7)
    if match == "phonetic":
        q *= 0.85
    elif match == "fuzzy":
        q *= 0.7
    return q, f"name:{match}:q{quality}={q:.2f}"


@functools.lru_cache(maxsize=16_384)
def _level_term(level: Level, population: int) -> tuple[float, str]:
    """The prior of a place's level (and size, for a town): the term and its reason."""
    prior = _LEVEL_PRIOR[level]
    if level is Level.TOWN:
        prior += 0.07 * math.log10(population + 1)
    return prior, f"level:{level.value}={prior:.2f}"


def _km(a: Place, b: Place) -> float:
    return _km_points(a.lat, a.lon, b.lat, b.lon)


@functools.lru_cache(maxsize=65_536)
def _km_points(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle km (cached: the second ranking pass measures the same pairs again)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


_MAX_ANCHORS = 64


def _nearby_anchors(
    anchors: tuple[tuple[int, Place], ...], start: int
) -> tuple[tuple[int, Place], ...]:
    """At most 64 anchors, the nearest in the text to ``start`` (anchors are in text order).

    A story names a few dozen places; a directory of thousands would otherwise make the
    second ranking pass quadratic (every name against every anchor).
    """
    if len(anchors) <= _MAX_ANCHORS:
        return anchors
    i = bisect.bisect_left(anchors, start, key=lambda anchor: anchor[0])
    lo = min(max(0, i - _MAX_ANCHORS // 2), len(anchors) - _MAX_ANCHORS)
    return anchors[lo : lo + _MAX_ANCHORS]


def anchors_of(resolutions: list[Resolution]) -> tuple[tuple[int, Place], ...]:
    """The confidently placed names of a document: below country level, clear winners."""
    out: list[tuple[int, Place]] = []
    for r in resolutions:
        p = r.place
        if p is None or p.level in (Level.COUNTRY, Level.REGION) or r.score < MIN_SCORE + 0.3:
            continue
        if r.span.kind == "address" or (
            len(r.candidates) > 1 and r.candidates[1].score > r.score - 0.5
        ):
            continue
        out.append((r.span.start, p))
    return tuple(out)


def _far(a: Place, b: Place) -> bool:
    return abs(a.lat - b.lat) + abs(a.lon - b.lon) > 1.0
