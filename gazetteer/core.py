"""The Gazetteer: embedded places, look-up, scanning and ranking in context."""

from __future__ import annotations

import bisect
import itertools
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from gazetteer.address import find_address_spans
from gazetteer.csvio import load_places_csv
from gazetteer.index import Entry, Index, cache_dir, load_index
from gazetteer.native import has_native_script, native_spans, reads_own_latin_names
from gazetteer.normalize import blank_case_suffixes, lower_text, name_keys, surfaces, word_key
from gazetteer.place import Level, Place
from gazetteer.rank import (
    _LEVEL_PRIOR,
    _QUALITY,
    Candidate,
    Resolution,
    _context_ids,
    _prominent,
    anchors_of,
    focus_country,
    rank_span,
)
from gazetteer.scan import (
    LOCAL_PREFIX,
    LOCAL_SUFFIX,
    MAX_CANDIDATES,
    Span,
    defined_acronyms,
    foreign_common_words,
    foreign_country_names,
    hint_allows,
    scan_text,
)

__all__ = ["Gazetteer"]

_DEFAULT: Gazetteer | None = None
_DEFAULT_LOCK = threading.Lock()


class Gazetteer:
    """Offline place resolution: look-up, scanning of text, ranking in document context.

    Parameters
    ----------
    extra
        Analyst CSV files (columns of ``gazetteer/data/sites.csv``) that add places or
        override embedded ones by id. Files named in ``$GEOTRACK_GAZETTEER``
        (``os.pathsep``-separated) are added too. Bad rows land in :attr:`problems`.
    use_env
        Read ``$GEOTRACK_GAZETTEER`` (default True).

    Examples
    --------
    >>> gz = Gazetteer.default()
    >>> gz.lookup("Sen Sok")[0].id
    'kh:1208'
    """

    def __init__(self, extra: Sequence[Path | str] | None = None, *, use_env: bool = True) -> None:
        paths = [Path(p) for p in (extra or ())]
        env = os.environ.get("GEOTRACK_GAZETTEER") if use_env else None
        if env:
            paths += [Path(p) for p in env.split(os.pathsep) if p.strip()]
        base = load_index()
        self.problems: list[str] = list(base.problems)
        self.extra_files: tuple[Path, ...] = tuple(paths)
        if paths:
            base = self._with_overrides(paths)
        self._index = base

    @classmethod
    def default(cls) -> Gazetteer:
        """One shared instance per process (embedded data plus ``$GEOTRACK_GAZETTEER``)."""
        global _DEFAULT
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = cls()
            return _DEFAULT

    # -- data -----------------------------------------------------------------------------

    def _with_overrides(self, paths: list[Path]) -> Index:
        rows = []
        for path in paths:
            good, bad = load_places_csv(path, label=str(path))
            self.problems += bad
            rows += [r.place for r in good]
        return load_index().with_overrides(rows)

    @property
    def index(self) -> Index:
        """The underlying look-up index."""
        return self._index

    def __len__(self) -> int:
        return len(self._index)

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        idx = self._index.ids.get(place_id)
        return None if idx is None else self._index.place(idx)

    def parent(self, place: Place) -> Place | None:
        """The unit that contains ``place`` (district of a commune, country of a province)."""
        idx = self._index.ids.get(place.id)
        if idx is None:
            return (
                self.country(place.country)
                if place.country and place.level is not Level.COUNTRY
                else None
            )
        p = self._index.parent[idx]
        return None if p < 0 else self._index.place(p)

    def country(self, iso2: str) -> Place | None:
        """The country Place for an ISO 3166-1 alpha-2 code."""
        return self.get(f"country:{iso2.upper()}")

    def sites(self) -> list[Place]:
        """The curated sites (compounds, SEZs, casinos, border gates), sorted by id."""
        ix = self._index
        return [ix.place(i) for i in range(len(ix)) if ix.curated[i] and ix.level(i) is Level.SITE]

    def nationality(self, word: str) -> str | None:
        """ISO2 code for a demonym or nationality word ("Indonesians" -> "ID"), else None."""
        words_of_demonyms = self._demonym_words()
        if words_of_demonyms is not None and words_of_demonyms.isdisjoint(
            map(word_key, surfaces(word))
        ):
            # Exact guard: the key below is made of these word keys (less admin words, plus
            # digits for number words), so a key of no demonym or "... nationals" has none
            # of the words of a demonym's key or of the suffixes.
            return None
        key = name_keys(word)[0]
        iso = self._index.demonyms.get(key)
        if iso:
            return iso
        for suffix in self._NATIONALITY_SUFFIXES:
            if key.endswith(suffix):
                c = self.lookup(key[: -len(suffix)], level=Level.COUNTRY)
                return c[0].country if c else None
        return None

    _NATIONALITY_SUFFIXES = (" nationals", " national", " citizens", " citizen")

    def _demonym_words(self) -> frozenset[str] | None:
        """Every word of every demonym key and of the nationality suffixes; None when the
        guard in :meth:`nationality` would not be exact (a digit word or an empty key)."""
        demonyms = self._index.demonyms
        cached = getattr(self, "_demonym_words_cache", None)
        if cached is not None and cached[0] is demonyms and cached[1] == len(demonyms):
            return cached[2]
        found = {w for key in demonyms for w in key.split(" ")}
        found.update(s.strip() for s in self._NATIONALITY_SUFFIXES)
        usable = "" not in demonyms and not any(w.isdigit() or not w for w in found)
        result = frozenset(found) if usable else None
        self._demonym_words_cache = (demonyms, len(demonyms), result)
        return result

    # -- look-up --------------------------------------------------------------------------

    def _entries(self, name: str) -> tuple[tuple[Entry, ...], str, str | None]:
        ekey, pkey, hint = name_keys(name)
        ix = self._index
        if ekey in ix.exact:
            return ix.exact[ekey], "exact", hint
        if pkey in ix.phon:
            return ix.phon[pkey], "phonetic", hint
        squashed = pkey.replace(" ", "")
        if squashed in ix.phon:
            return ix.phon[squashed], "variant", hint
        return (), "none", hint

    def lookup(
        self, name: str, *, country: str | None = None, level: Level | str | None = None
    ) -> list[Place]:
        """Places this name may refer to, best first, without document context.

        Parameters
        ----------
        name
            A place name as written ("Sen Sok", "Khan Sen Sok", "Kandal province").
        country
            Keep only places in this ISO2 country.
        level
            Keep only places of this level.
        """
        entries, _, hint = self._entries(name)
        if not entries:
            entries = self._fuzzy(name)
        lv = Level(level) if level is not None else None
        ix = self._index
        scored: list[tuple[float, int]] = []
        for idx, quality in entries:
            if country is not None and ix.country(idx) != country.upper():
                continue
            if lv is not None and ix.level(idx) is not lv:
                continue
            scored.append((_prior(ix, idx, quality, hint), idx))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [ix.place(i) for _, i in scored]

    def _fuzzy(self, name: str) -> tuple[Entry, ...]:
        """Near-miss fallback: rapidfuzz over phonetic keys, strict threshold, long names only."""
        from rapidfuzz import fuzz, process

        _, pkey, _ = name_keys(name)
        if len(pkey.replace(" ", "")) < 6:
            return ()
        best = process.extract(
            pkey, self._index.phon.keys(), scorer=fuzz.ratio, score_cutoff=90, limit=3
        )
        out: list[Entry] = []
        for key, _, _ in best:
            out += [(i, 3) for i, _ in self._index.phon[key]]
        return tuple(out)

    # -- text -----------------------------------------------------------------------------

    def scan(self, text: str, *, language: str | None = None) -> list[Span]:
        """Candidate spans in ``text``: names, demonyms, borders, address chains (in order).

        ``language`` (ISO 639-1) names the text's language when it is not English: a
        one-word name that is an everyday word of that language is then only a prominent
        place (see :func:`gazetteer.scan.foreign_common_words`).
        """
        # "Kamboçya'da", "KK Park'tan": a Turkish case ending blanked (same length), so the
        # name alone is matched
        text = blank_case_suffixes(text, language)
        spans = _possessive_units(
            self._index, text, defined_acronyms(text, scan_text(self._index, text))
        )
        if language is not None and language != "en":
            spans = foreign_country_names(
                self._index, foreign_common_words(self._index, text, spans, language), language
            )
        if reads_own_latin_names(language):
            # Vietnamese names as Vietnamese writes them ("Thái Lan", "Lào"): its own list
            # wins over the scanner's reading of the same words
            own = native_spans(self._index, text, language)
            spans = sorted(
                [
                    s
                    for s in spans
                    if not any(h.start < s.end and s.start < h.end for h in own)
                    and not _folded_abroad(s, language)
                ]
                + own,
                key=lambda s: s.start,
            )
        elif has_native_script(text):
            # Korean, Japanese, Chinese and Thai names (no capitals, words glued together):
            # found by their own lists
            taken = [(s.start, s.end) for s in spans]
            spans = sorted(
                spans
                + [
                    h
                    for h in native_spans(self._index, text)
                    if not any(a < h.end and h.start < b for a, b in taken)
                ],
                key=lambda s: s.start,
            )
        spans = _quoted_aliases(text, spans)
        spans = _named_persons(text, spans)
        spans = _name_lists(text, spans)
        address = find_address_spans(self, text)
        if not address:
            return spans
        covered = sorted((a.start, a.end) for a in address)
        starts = [a for a, _ in covered]

        def overlaps(span: Span) -> bool:
            i = bisect.bisect_right(starts, span.start)
            return any(a < span.end and span.start < e for a, e in covered[max(0, i - 1) : i + 2])

        kept = [s for s in spans if not overlaps(s)]
        return sorted(kept + address, key=lambda s: s.start)

    def resolve(
        self,
        text: str,
        *,
        spans: list[Span] | None = None,
        focus_country: str | None = None,
        language: str | None = None,
    ) -> list[Resolution]:
        """Rank every span's candidates in the context of the whole text.

        Returns one Resolution per span, in text order; ``place`` is None for demonyms,
        names of organisations or people (reason ``nonplace:...``) and weak matches.
        ``language`` is the text's language when not English (see :meth:`scan`).
        """
        if spans is None:
            spans = self.scan(text, language=language)
        spans = _one_sense(self._index, spans, text)
        focus = focus_country or _focus(spans)
        context = _context_ids(self._index, spans)
        by_start = {s.start: s for s in spans}
        memo: dict[tuple[int, int, int], tuple[tuple[float, str], ...]] = {}
        out: list[Resolution] = []
        for span in spans:
            if span.kind == "address" and span.candidates:
                p = span.candidates[0]
                out.append(
                    Resolution(
                        span,
                        p,
                        10.0,
                        (f"address:{span.part}", *(() if not span.note else (span.note,))),
                        (Candidate(p, 10.0, (f"address:{span.part}",)),),
                    )
                )
                continue
            out.append(
                rank_span(
                    self._index,
                    text,
                    span,
                    spans,
                    focus=focus,
                    context=context,
                    by_start=by_start,
                    memo=memo,
                )
            )
        anchors = anchors_of(out)
        if anchors:
            # second pass: homonyms and loose spellings weighed against the confident places
            out = [
                r
                if not _rerank(r)
                else rank_span(
                    self._index,
                    text,
                    r.span,
                    spans,
                    focus=focus,
                    context=context,
                    by_start=by_start,
                    anchors=anchors,
                    memo=memo,
                )
                for r in out
            ]
        out = _local_units(out, text)
        out = _sites_in_named_place(out, text)
        out = _foreign_local_names(out, text)
        out = _capital_districts(out, text)
        return [_near_site(r) for r in out]

    def geocode(
        self, name: str, *, context: str | None = None, focus_country: str | None = None
    ) -> Resolution | None:
        """Resolve one name as :meth:`resolve` would inside ``context`` (None: not a known name).

        The name is found in the context (or appended to it); the Resolution carries the
        chosen place (None when weak, ambiguous or not a place) and every candidate.
        """
        text = (
            context if context and name in context else (f"{context}\n{name}" if context else name)
        )
        spans = self.scan(text)
        at = text.find(name)
        target = next((s for s in spans if s.start <= at < s.end), None)
        if target is None:
            entries, match, hint = self._entries(name)
            if not entries:
                entries, match = self._fuzzy(name), "fuzzy"
            if not entries:
                return None
            target = Span(
                at,
                at + len(name),
                name,
                "place",
                tuple(self._index.place(i) for i, _ in entries[:MAX_CANDIDATES]),
                hint=hint,
                match=match,
                qualities=tuple(q for _, q in entries[:MAX_CANDIDATES]),
            )
            spans = sorted([*spans, target], key=lambda s: s.start)
        spans = _one_sense(self._index, spans, text)
        target = next(s for s in spans if s.start == target.start)
        for res in self.resolve(text, spans=spans, focus_country=focus_country):
            if res.span.start == target.start:
                return res
        return None

    def explain(
        self, name: str, *, context: str | None = None, focus_country: str | None = None
    ) -> list[Candidate]:
        """The candidates for ``name`` with scores and reasons (in ``context`` if given)."""
        res = self.geocode(name, context=context, focus_country=focus_country)
        return [] if res is None else list(res.candidates)

    def info(self) -> dict[str, object]:
        """Counts per level and country, sources, versions and problems (for the CLI)."""
        ix = self._index
        levels: Counter[str] = Counter()
        countries: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        for row in ix.rows:
            levels[str(row[2])] += 1
            countries[str(row[3] or "-")] += 1
            src = str(row[7])
            sources[
                src.split(":")[0] if not src.startswith("derived") else ":".join(src.split(":")[:2])
            ] += 1
        return {
            "places": len(ix),
            "names": len(ix.exact),
            "levels": dict(levels.most_common()),
            "countries": dict(countries.most_common()),
            "sources": dict(sources.most_common()),
            "versions": ix.versions,
            "cache": str(cache_dir()),
            "extra_files": [str(p) for p in self.extra_files],
            "problems": list(self.problems),
        }


_NUMBERED_UNIT = re.compile(r"(?:Sangkat|Khum|Phum|Commune|Village|Ward)\s+\d+", re.IGNORECASE)


#: The country whose language has its own Latin-script list (:func:`reads_own_latin_names`).
_OWN_LATIN_COUNTRY = {"vi": "VN"}


def _folded_abroad(span: Span, language: str | None) -> bool:
    """Whether ``span`` is a word written with the language's marks that the scanner, folding
    them away, read as a place abroad spelt otherwise (Vietnamese "Láng", a hamlet's name,
    as Cambodia's L'ang): the language writes such places plainly or as its own list has
    them."""
    home = _OWN_LATIN_COUNTRY.get(language or "")
    return (
        home is not None
        and span.kind == "place"
        and not span.text.isascii()
        and bool(span.candidates)
        and all(
            p.country != home
            and span.text.casefold() not in (n.casefold() for n in (p.name, *p.aliases))
            for p in span.candidates
        )
    )


def _possessive_units(ix: Index, text: str, spans: list[Span]) -> list[Span]:
    """ "Sihanoukville's Sangkat 4": one span for the numbered unit of the place named with a
    possessive right before it, its candidates narrowed to the units inside that place."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and span.hint in ("commune", "village")
            and _NUMBERED_UNIT.fullmatch(span.text)
            and prev.kind == "place"
            and prev.candidates
            and prev.note is None
            and prev.text.endswith(("'s", "’s"))
            and text[prev.end : span.start].strip(" \t") == ""
        ):
            holders: set[int] = set()
            for p in prev.candidates[:3]:
                i = ix.ids.get(p.id)
                if i is not None:
                    holders.add(i)
                    if p.level is Level.TOWN and ix.parent[i] >= 0:
                        holders.add(ix.parent[i])  # the municipality a town is the seat of
            keep = [
                (p, q)
                for p, q in zip(
                    span.candidates, span.qualities or (0,) * len(span.candidates), strict=True
                )
                if (i := ix.ids.get(p.id)) is not None and holders & set(ix.ancestors(i))
            ]
            if keep:
                out[-1] = replace(
                    span,
                    start=prev.start,
                    text=text[prev.start : span.end],
                    candidates=tuple(p for p, _ in keep),
                    qualities=tuple(q for _, q in keep),
                )
                continue
        out.append(span)
    return out


def _rerank(r: Resolution) -> bool:
    """Whether the confident places of the document may change this span's answer: a
    homonym, an unresolved name, or a loose (alternate, phonetic, fuzzy) match."""
    span = r.span
    if span.kind in ("address", "demonym") or not span.candidates:
        return False
    if span.note is not None and span.note.startswith("nonplace"):
        return False
    return (
        len(span.candidates) > 1
        or r.place is None
        or span.match != "exact"
        or any(q >= 2 for q in span.qualities)
    )


_COARSER: dict[str, tuple[Level, ...]] = {
    "site": (Level.VILLAGE, Level.COMMUNE, Level.DISTRICT, Level.TOWN, Level.PROVINCE),
    "village": (Level.COMMUNE, Level.DISTRICT, Level.TOWN, Level.PROVINCE),
    "commune": (Level.DISTRICT, Level.TOWN, Level.PROVINCE),
    "district": (Level.PROVINCE,),
}
#: Of those, the levels a unit may take from anywhere in the document (not only next to
#: it): a province is its parent only when named with it ("Bao Thang Commune, Lao Cai
#: Province").
_COARSER_ANYWHERE: dict[str, tuple[Level, ...]] = {
    "village": (Level.COMMUNE, Level.DISTRICT, Level.TOWN),
    "commune": (Level.DISTRICT, Level.TOWN),
}


#: What joins the units of an address chain ("Mae Ramat district, Tak", "Tak's Mae Ramat").
_CHAIN_GAP = re.compile(r"(?:['’]s)?\s*(?:,|in|of)?\s*(?:the\s+)?")
#: What joins an unknown site to the place right after it ("... Building in Sangkat 4").
_SITE_IN = re.compile(
    r"(?:\s+(?:streets?|roads?|avenues?|boulevard|compounds?|casino|complex|resort|hotel))?"
    r"\s*(?:,|in|at|of|near|on)\s+(?:the\s+)?(?:\w+\s+)?"
)


def _local_units(out: list[Resolution], text: str = "") -> list[Resolution]:
    """A local unit the gazetteer cannot place ("Barangay Anupul", "Tambon Tha Sai") is put at
    the coarser unit the text names with it: the place right after it ("..., Bamban"), else
    the nearest such place before it, else the one the document names most; in the country
    its admin word belongs to. The point keeps the parent's id, one step coarser (at least 2).
    """
    placed = [(i, r) for i, r in enumerate(out) if r.place is not None and r.span.kind != "demonym"]
    if not placed:
        return out
    result = list(out)
    # Places near a unit are looked up by offset (a list of thousands of names stays linear);
    # the whole list is scanned only if resolutions are not in text order.
    in_order = all(a.span.start <= b.span.start for (_, a), (_, b) in itertools.pairwise(placed))
    starts = [o.span.start for _, o in placed]
    positions = [j for j, _ in placed]
    longest = max(o.span.end - o.span.start for _, o in placed)

    def within(lo: int, hi: int) -> list[tuple[int, Resolution]]:
        """The placed spans starting at offsets lo..hi (all of them out of text order)."""
        if not in_order:
            return placed
        return placed[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]

    most_named: dict[tuple[str | None, tuple[Level, ...]], Place | None] = {}
    for i, r in enumerate(out):
        span = r.span
        if (
            span.kind != "place"
            or span.hint not in _COARSER
            or (span.note is not None and span.note.startswith("nonplace"))
        ):
            continue
        if r.place is not None:
            # "Barangay Santa Cruz, Porac": a unit named with the town holding it is in that
            # town; a namesake elsewhere (or a town of that name) is not the one meant
            k = bisect.bisect_right(positions, i)
            town = _comma_parent(r, i, placed[k : k + 1], text)
            if town is not None:
                near = replace(town, geo_precision=max(2, town.geo_precision))
                why = f"within-named-parent:{town.id}"
                result[i] = replace(r, place=near, reasons=(why, *r.reasons))
            continue
        if not (span.match == "local" or any(x.startswith("weak:") for x in r.reasons[:1])):
            continue
        parts = span.text.split()
        first_word, last_word = (word_key(parts[0]), word_key(parts[-1])) if parts else ("", "")
        country = LOCAL_PREFIX.get(first_word, LOCAL_SUFFIX.get(last_word, ("", None)))[1]
        levels = _COARSER[span.hint]

        def fits(
            p: Place, country: str | None = country, levels: tuple[Level, ...] = levels
        ) -> bool:
            return p.level in levels and (country is None or p.country == country)

        after = [
            (j, o)
            for j, o in within(span.end, span.end + 80)
            if j > i
            and o.place is not None
            and fits(o.place)
            and 0 <= o.span.start - span.end <= 80
            and (span.hint != "site" or _SITE_IN.fullmatch(text[span.end : o.span.start]))
        ]
        before = [
            (j, o)
            for j, o in within(span.start - 300 - longest, span.start)
            if j < i and o.place is not None and fits(o.place) and span.start - o.span.end <= 300
        ]
        # Away from the unit, only its usual parents, in the country of the place named
        # right after it when there is one (a Vietnamese commune is not put at a Cambodian
        # town the document names more often).
        far_levels = _COARSER_ANYWHERE.get(span.hint, levels)
        nxt = next(
            (
                o
                for j, o in within(span.end, span.end + 80)
                if j > i and 0 <= o.span.start - span.end <= 80
            ),
            None,
        )
        if country is None and nxt is not None and nxt.place is not None:
            country = nxt.place.country
        before = [
            (j, o) for j, o in before if o.place is not None and fits(o.place, country, far_levels)
        ]
        parent: Place | None = None
        if after:
            # the finest unit of the address chain right after it ("Ban X in Tak's Mae Ramat
            # district": the district, not the province's town), an admin-worded one first
            chain = [after[0]] if after[0][0] == i + 1 else []
            for (j, o), (k, p) in itertools.pairwise(after):
                if (
                    not chain
                    or k != j + 1
                    or not _CHAIN_GAP.fullmatch(text, o.span.end, p.span.start)
                ):
                    break
                chain.append((k, p))
            parent = min(
                chain or after[:1],
                key=lambda jo: (
                    levels.index(jo[1].place.level) if jo[1].place is not None else 9,
                    jo[1].span.hint is None,
                    jo[0],
                ),
            )[1].place
        elif before:
            parent = before[-1][1].place
        elif (country, far_levels) in most_named:
            parent = most_named[(country, far_levels)]
        else:
            counts = Counter(
                o.place.id
                for _, o in placed
                if o.place is not None and fits(o.place, country, far_levels)
            )
            if counts:
                top = counts.most_common(1)[0][0]
                parent = next(
                    o.place for _, o in placed if o.place is not None and o.place.id == top
                )
            most_named[(country, far_levels)] = parent
        if parent is None:
            continue
        near = replace(parent, geo_precision=max(2, parent.geo_precision))
        result[i] = replace(r, place=near, reasons=(f"within-named-parent:{parent.id}", *r.reasons))
    return result


#: A commune or village named with its town ("Barangay X, Town") lies this close to it (km).
UNIT_IN_TOWN_KM = 10.0


def _comma_parent(
    r: Resolution, i: int, placed: list[tuple[int, Resolution]], text: str
) -> Place | None:
    """The town or district right after a commune/village span (", Porac") when the place
    chosen for the span is farther from it than :data:`UNIT_IN_TOWN_KM` (a namesake
    elsewhere); None when the chosen place fits."""
    span, place = r.span, r.place
    if place is None or span.hint not in ("commune", "village"):
        return None
    nxt = next(((j, o) for j, o in placed if j > i), None)
    if nxt is None or nxt[1].place is None:
        return None
    town = nxt[1].place
    if (
        town.level not in (Level.TOWN, Level.DISTRICT)
        or town.country != place.country
        or not re.fullmatch(r"\s*,\s*", text[span.end : nxt[1].span.start])
    ):
        return None
    if _km(place.lat, place.lon, town.lat, town.lon) <= UNIT_IN_TOWN_KM:
        return None
    return town


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    rad = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * rad / 2) ** 2
        + math.cos(lat1 * rad) * math.cos(lat2 * rad) * math.sin((lon2 - lon1) * rad / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(a))


_SITE_IN_PLACE = re.compile(r"\s+(?:in|at|inside)\s+(?:the\s+)?")
#: A border crossing named after the town on one side faces the other country's town.
_CROSSING_WORDS = re.compile(r"(?i)\b(?:gate|checkpoint|crossing|bridge|border)\b")


def _sites_in_named_place(out: list[Resolution], text: str) -> list[Resolution]:
    """A site named after a place ("the Shenzhen Casino", "the Sanya Special Economic
    Zone") that the text puts in a place of another country ("... in Poipet", "... in Koh
    Kong") is in that place, near it: its name only borrows the other place's."""
    result = out
    for i, r in enumerate(out[:-1]):
        if r.span.hint != "site-at" or r.place is None:
            continue
        nxt = out[i + 1]
        if (
            nxt.place is not None
            and nxt.span.kind == "place"
            and nxt.place.country != r.place.country
            and nxt.span.start - r.span.end <= 12
            and _SITE_IN_PLACE.fullmatch(text[r.span.end : nxt.span.start])
            and not _CROSSING_WORDS.search(r.span.text)
        ):
            if result is out:
                result = list(out)
            near = replace(nxt.place, geo_precision=max(2, nxt.place.geo_precision))
            result[i] = replace(
                r, place=near, reasons=(f"site-in-named-place:{nxt.place.id}", *r.reasons)
            )
    return result


#: What joins a local name to the town or province holding it: "Roma, Lusaka", "the Gudu
#: district of Abuja", "Fomento in Dili".
_PARENT_GAP_RE = re.compile(
    r",\s*|\s+(?:area|axis|district|neighbou?rhood|suburb|quarter|section|part)\s+(?:of|in)\s+"
    r"|\s+(?:in|of)\s+",
    re.IGNORECASE,
)
_LIST_AFTER_RE = re.compile(r"\s*,\s*(?:and|or)\b|\s*,\s*[A-Z]|\s+(?:and|or|&)\s+[A-Z]")
_LIST_BEFORE_RE = re.compile(r"[A-Z][\w'’-]*\s*,\s*$")


def _foreign_local_names(out: list[Resolution], text: str) -> list[Resolution]:
    """A name the gazetteer knows only in a country the story names nowhere else, joined to
    a town or province named next ("Roma, Lusaka": not Rome, Italy), is a local place of
    that town: placed at it, one step coarser, like an unplaceable local unit. Not in a
    list ("Bangkok, Phnom Penh and Manila"), and not for a prominent place under its own
    name."""
    result = list(out)
    named = Counter(r.place.country for r in out if r.place is not None)
    for i, (r, nxt) in enumerate(itertools.pairwise(out)):
        p, q = r.place, nxt.place
        if (
            p is None
            or q is None
            or r.span.kind != "place"
            or p.level in (Level.COUNTRY, Level.REGION)
            or q.level not in (Level.TOWN, Level.PROVINCE, Level.DISTRICT)
            or p.country == q.country
            or named[p.country] > 1  # its country is one the story names otherwise
            or not _PARENT_GAP_RE.fullmatch(text, r.span.end, nxt.span.start)
            or any(c.country == q.country for c in r.span.candidates)
        ):
            continue
        quality = next(
            (
                qy
                for c, qy in zip(r.span.candidates, r.span.qualities, strict=False)
                if c.id == p.id
            ),
            0,
        )
        if _prominent(p) and quality == 0:
            continue  # "Bangkok, Phnom Penh": two cities
        if _LIST_AFTER_RE.match(text, nxt.span.end) or _LIST_BEFORE_RE.search(
            text, max(0, r.span.start - 40), r.span.start
        ):
            continue  # "the Ming, Bau, Wei and Liu clans": a list of names
        parent = replace(q, geo_precision=max(2, q.geo_precision))
        result[i] = replace(r, place=parent, reasons=(f"within-named-parent:{q.id}", *r.reasons))
    return result


#: Thailand's "Mueang district" (Muang, Amphoe Mueang): the district of a province's
#: capital, named without the province's name.
_CAPITAL_DISTRICT_RE = re.compile(r"(?:amphoe\s+)?m(?:ue|u|oe)ang(?:\s+district)?", re.IGNORECASE)


def _capital_districts(out: list[Resolution], text: str) -> list[Resolution]:
    """ "Police in Muang district of Surin": the capital district of the Thai province named
    beside it (within the sentence), placed at the capital, one step coarser; with no such
    province it is no place (not a village that has "Muang" as an alternate name)."""
    result = list(out)
    for i, r in enumerate(out):
        if r.span.kind != "place" or not _CAPITAL_DISTRICT_RE.fullmatch(r.span.text):
            continue
        lo, hi = r.span.start - 120, r.span.end + 120
        near = [
            o
            for o in out
            if o is not r
            and o.place is not None
            and o.place.country == "TH"
            and o.place.level in (Level.TOWN, Level.PROVINCE)
            and lo <= o.span.start <= hi
            and not re.search(
                r"[.!?]\s", text[min(o.span.end, r.span.end) : max(o.span.start, r.span.start)]
            )
        ]
        if near:
            town = min(near, key=lambda o: abs(o.span.start - r.span.start)).place
            assert town is not None
            place = replace(town, geo_precision=max(2, town.geo_precision))
            result[i] = replace(
                r, place=place, reasons=(f"capital-district-of:{town.id}", *r.reasons)
            )
        elif r.place is not None:
            result[i] = replace(
                r, place=None, reasons=("weak:capital-district-unnamed", *r.reasons)
            )
    return result


def _near_site(res: Resolution) -> Resolution:
    """A site named after a place ("Mae Sot Airport") is placed at that place, one step
    coarser: the point says the site is near it, not at it."""
    p = res.place
    if p is None or res.span.hint != "site-at" or p.level is Level.SITE or p.geo_precision >= 2:
        return res
    near = replace(p, geo_precision=2)
    return replace(res, place=near, reasons=(*res.reasons, f"near:{p.id}"))


#: The quoted nicknames police give suspects ('alias "Lei"', 'aliases "Cai", "Wei" and
#: "Ying"'): the text before a quoted name that makes it a person's.
_ALIAS_LIST_RE = re.compile(
    r"\b(?:alias(?:es)?|a\.k\.a\.?|aka|nicknamed)\s+"
    r"(?:[\"“'‘][^\"”'’\n]{1,30}[\"”'’]\s*,?\s+(?:and\s+|or\s+)?)*[\"“'‘]$",
    re.IGNORECASE,
)


def _quoted_aliases(text: str, spans: list[Span]) -> list[Span]:
    """A quoted one-word name in a suspect's alias list is a person's name, not a place."""
    low = lower_text(text)
    if "alias" not in low and "aka" not in low and "a.k.a" not in low and "nicknamed" not in low:
        return spans
    return _as_persons(
        spans,
        lambda s: (
            " " not in s.text.strip()
            and s.start > 0
            and text[s.start - 1] in "\"“'‘"
            and _ALIAS_LIST_RE.search(text, max(0, s.start - 200), s.start) is not None
        ),
    )


def _as_persons(spans: list[Span], is_person: Callable[[Span], bool]) -> list[Span]:
    """The spans, those still read as places that ``is_person`` accepts marked as people."""
    return [
        replace(s, note="nonplace:person")
        if s.note is None and s.kind == "place" and is_person(s)
        else s
        for s in spans
    ]


#: Words that introduce a person's name ("individuals surnamed Chen and Yang", "a man named
#: Long", "a suspect identified as Kampot"), other names of the same list allowed between.
_PERSON_NAMED_RE = re.compile(
    r"\b(?:surnamed|(?:man|woman|men|women|person|persons|suspects?|individuals?|boy|girl|"
    r"victims?|workers?|nationals?|citizens?|brothers?|sisters?|son|daughter|husband|wife|"
    r"teenagers?|student|officer|official|employees?)\s+(?:named|called|identified\s+as|"
    r"known\s+only\s+as|surnamed|dubbed))\s+"
    r"(?:[A-Z][\w'’-]*\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))*$",
    re.IGNORECASE,
)
#: Words of which a text must hold one, in lower case ("surnamed" holds "named"), for
#: ``_named_persons`` to look further: ``in`` finds each faster than a regex alternation does.
_PERSON_NAMED_HINTS = ("named", "called", "identified", "known", "dubbed")


def _named_persons(text: str, spans: list[Span]) -> list[Span]:
    """A name right after "surnamed", "a man named", "a suspect identified as" is a
    person's, not a place ("individuals surnamed Chen and Yang": not Chenzhou or Yangzhou)."""
    if not any(word in text for word in _PERSON_NAMED_HINTS):
        return spans
    return _as_persons(
        spans, lambda s: _PERSON_NAMED_RE.search(text, max(0, s.start - 80), s.start) is not None
    )


#: A list item that reads as a person's full name: two to five capitalised words.
_FULL_NAME_RE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*")
#: The list item right before a span (", Rafiq Islam, " + span).
_ITEM_BEFORE_RE = re.compile(r",[ \t]*(?:and[ \t]+)?([^,\n:;]{3,50}?)[ \t]*,[ \t]*(?:and[ \t]+)?$")
#: The list item right after a span (span + ", and Jamal Hossain.").
_ITEM_AFTER_RE = re.compile(r",[ \t]*(?:and[ \t]+)?([^,\n:;.]{3,50}?)[ \t]*(?=[,.;\n]|$)")


def _may_end_item(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends as an ``_ITEM_BEFORE_RE`` match does (a comma, "and"
    maybe, and spaces or tabs): the regex, tried at every character of the window, is
    searched only then."""
    return text[lo:hi].rstrip(" \t").endswith((",", "and"))


def _name_lists(text: str, spans: list[Span]) -> list[Span]:
    """A place name inside a list of people's names ("Rafiq Islam, Shah Alam, and Jamal
    Hossain") is a person's name: the items on both sides, each set off by commas, read as full
    names and neither holds a span of its own."""
    if text.count(",") < 3:
        return spans
    starts = [s.start for s in spans]

    def free(lo: int, hi: int) -> bool:
        i = bisect.bisect_left(starts, lo)
        return not any(
            lo <= spans[j].start < hi for j in range(max(0, i - 1), min(len(spans), i + 2))
        )

    out = []
    for s in spans:
        if s.note is None and s.kind == "place":
            lo = max(0, s.start - 60)
            # (the item after counts only with one before)
            before = (
                _ITEM_BEFORE_RE.search(text, lo, s.start)
                if _may_end_item(text, lo, s.start)
                else None
            )
            after = (
                None
                if before is None
                else _ITEM_AFTER_RE.match(text, s.end, min(len(text), s.end + 60))
            )
            if (
                before is not None
                and after is not None
                and _FULL_NAME_RE.fullmatch(before.group(1))
                and _FULL_NAME_RE.fullmatch(after.group(1))
                and free(before.start(1), before.end(1))
                and free(after.start(1), after.end(1))
            ):
                s = replace(s, note="nonplace:person")
        out.append(s)
    return out


#: A capitalised word right after a name: the name is the first word of a longer one.
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def _one_sense(ix: Index, spans: list[Span], text: str = "") -> list[Span]:
    """A weak one-word name used as a person's or organisation's name anywhere in the text
    ("Jimmy Lai", "(Xinhua) --") is that name everywhere in it ("Lai, 77, said", "told
    Xinhua"); an outlet named "The <place>" ("told The Irrawaddy") is the outlet wherever
    the text writes "The <place>", even first in a sentence."""
    named = {
        word_key(s.text)
        for s in spans
        if s.note in ("nonplace:name", "nonplace:person", "nonplace:organisation")
        and " " not in s.text.strip()
        # a place that only begins an organisation's name ("the Punjab Police") still
        # names the place elsewhere ("agents in Punjab")
        and not (s.note == "nonplace:organisation" and _NAME_GOES_ON.match(text, s.end))
    }
    outlets = {name_keys(s.text)[0] for s in spans if s.note == "nonplace:outlet"}
    if not named and not outlets:
        return spans
    out = []
    for s in spans:
        if s.note is None and s.kind == "place":
            if (
                word_key(s.text) in named
                and " " not in s.text.strip()
                and not any(
                    (i := ix.ids.get(p.id)) is not None
                    and ix.prominent(i)
                    # (a prominent place known by the word only as a GeoNames alternate
                    # name, Kashiwa as "Bai", does not make "Bai" a place; our own rows'
                    # aliases do)
                    and (ix.curated[i] or name_keys(p.name)[0] == name_keys(s.text)[0])
                    for p in s.candidates[:10]
                )
            ):
                s = replace(s, note="nonplace:name")
            elif (
                outlets
                and name_keys(s.text)[0] in outlets
                and text[max(0, s.start - 4) : s.start] == "The "
            ):
                s = replace(s, note="nonplace:outlet")
        out.append(s)
    return out


def _focus(spans: list[Span]) -> str | None:
    return focus_country(spans)


def _prior(ix: Index, idx: int, quality: int, hint: str | None) -> float:
    level = ix.level(idx)
    score = _QUALITY.get(quality, 0.7) + _LEVEL_PRIOR[level]
    if level is Level.TOWN:
        score += 0.07 * math.log10(ix.population(idx) + 1)
    if ix.curated[idx]:
        score += 0.2
    if hint is not None:
        score += 1.0 if hint_allows(hint, level) else -0.8
    return score
