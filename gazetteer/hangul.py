"""Place names written in Hangul, for Korean news on the compounds.

The scanner of :mod:`gazetteer.scan` finds names by their capitalised Latin words; Korean
has neither capitals nor spaces between a name and its particle ("캄보디아에서", in
Cambodia). This finder reads the Korean names of ``data/names_ko.csv`` (place id ->
``|``-separated Hangul names) and finds them anywhere a Hangul word starts:

* a name may be followed by anything (its particle: "프놈펜에서", "미얀마의");
* a name glued to Hangul before it is part of another word ("주캄보디아 대사관", the
  embassy *in* Cambodia, names a mission, not a scene) and is skipped;
* a country name followed by 인 ("한국인", Koreans) is a demonym: a span of kind
  ``demonym`` with the country as its nationality, not a place.

Longer names win over the shorter names they hold ("인천국제공항" over "인천").
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

from gazetteer.index import Index
from gazetteer.place import Level
from gazetteer.scan import Span

__all__ = ["hangul_spans", "has_hangul"]

_DATA = Path(__file__).with_name("data") / "names_ko.csv"
#: A Hangul syllable (a name glued after one is inside another word).
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds a Hangul syllable."""
    return _HANGUL_RE.search(text) is not None


@cache
def _names() -> tuple[tuple[str, str], ...]:
    """(Hangul name, place id), longest names first."""
    with _DATA.open(encoding="utf-8", newline="") as handle:
        rows = [
            (name.strip(), row["id"])
            for row in csv.DictReader(handle)
            for name in row["names"].split("|")
            if name.strip()
        ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name, _ in _names()))


def hangul_spans(index: Index, text: str) -> list[Span]:
    """The Korean place names (and country demonyms) of ``text``, in text order."""
    if not has_hangul(text):
        return []
    ids = dict(_names())
    out: list[Span] = []
    for match in _pattern().finditer(text):
        start, end = match.span()
        if (start > 0 and _HANGUL_RE.match(text, start - 1)) or (out and start < out[-1].end):
            continue  # "주캄보디아": inside another word (or inside the demonym before)
        idx = index.ids.get(ids[match.group(0)])
        if idx is None:
            continue
        place = index.place(idx)
        if place.level is Level.COUNTRY and text.startswith("인", end):
            out.append(
                Span(start, end + 1, text[start : end + 1], "demonym", nationality=place.country)
            )
            continue
        out.append(Span(start, end, match.group(0), "place", (place,)))
    return out
