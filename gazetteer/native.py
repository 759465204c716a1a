"""Place names written in scripts without capitals: Korean, Japanese, Chinese and Thai.

The scanner of :mod:`gazetteer.scan` finds names by their capitalised Latin words. Korean
has no capitals and glues its particles to names ("캄보디아에서", in Cambodia); Chinese,
Japanese and Thai have no capitals and no spaces between words at all ("在缅甸妙瓦底",
"カンボジア北西部のポイペトで", "ที่เมียวดี"). This finder reads each script's names from
``data/names_<language>.csv`` (place id -> ``|``-separated names) and finds them anywhere
in a text that holds that script:

* Korean when the text holds Hangul, Japanese when it holds kana (its kanji names such as
  "中国" or "愛知県" sit in the same file), Chinese when it holds Han characters without
  kana, Thai when it holds Thai letters;
* a name may be followed by anything (its particle or the rest of the sentence);
* a name glued to a word of its own kind is part of that word and is skipped: a Korean
  name after another Hangul syllable ("주캄보디아 대사관", the embassy *in* Cambodia), a
  katakana name inside a longer katakana word ("タイ" in "タイプ");
* a country with its people's word is a demonym (a span of kind ``demonym`` with the
  country as nationality, not a place): after the name in Korean ("한국인"), Chinese
  ("中国籍", "泰国人") and Japanese ("日本人"), before it in Thai ("คนไทย", "ชาวจีน").

Longer names win over the shorter names they hold ("인천국제공항" over "인천", "西哈努克港"
over "西港").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gazetteer.index import Index
from gazetteer.place import Level
from gazetteer.scan import Span

__all__ = ["has_native_script", "native_spans"]

_DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class _Script:
    """How one language's names are found."""

    language: str
    #: A character of the script: the text must hold one for its names to be looked for.
    present: re.Pattern[str]
    #: A character that glues a name to the word before it (None: names are never glued).
    glued_before: re.Pattern[str] | None
    #: Names this pattern matches in full are also glued to a word of this kind after them.
    glued_kind: re.Pattern[str] | None
    #: Words after a country that make it its people ("인", "人", "籍").
    demonym_after: tuple[str, ...]
    #: Words before a country that make it its people ("คน", "ชาว").
    demonym_before: tuple[str, ...]


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u30fc]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_THAI = re.compile(r"[\u0e01-\u0e5b]")
#: Any of them (one search tells an English text it has none).
_ANY = re.compile(
    r"[\uac00-\ud7a3\u3041-\u309f\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e01-\u0e5b]"
)

#: In the order they are tried: the first script a text holds decides its names (Japanese
#: before Chinese: a Japanese text holds Han characters too).
_SCRIPTS = (
    _Script("ko", _HANGUL, _HANGUL, None, ("인",), ()),
    _Script("ja", _KANA, None, re.compile(r"[\u30a1-\u30fa\u30fc]+"), ("人", "籍"), ()),
    _Script("zh", _HAN, None, None, ("人", "籍", "公民"), ()),
    _Script("th", _THAI, None, None, (), ("คน", "ชาว", "สัญชาติ", "แรงงาน")),
)


def _script_of(text: str) -> _Script | None:
    return next((s for s in _SCRIPTS if s.present.search(text)), None)


def has_native_script(text: str) -> bool:
    """Whether ``text`` holds Hangul, kana, Han or Thai characters."""
    return _ANY.search(text) is not None


@cache
def _names(language: str) -> tuple[tuple[str, str], ...]:
    """(name, place id) of ``language``, longest names first."""
    with (_DATA / f"names_{language}.csv").open(encoding="utf-8", newline="") as handle:
        rows = [
            (name.strip(), row["id"])
            for row in csv.DictReader(handle)
            for name in row["names"].split("|")
            if name.strip()
        ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name, _ in _names(language)))


def native_spans(index: Index, text: str) -> list[Span]:
    """The place names (and country demonyms) of ``text`` in its script, in text order."""
    script = _script_of(text) if has_native_script(text) else None
    if script is None:
        return []
    ids = dict(_names(script.language))
    out: list[Span] = []
    for match in _pattern(script.language).finditer(text):
        start, end = match.span()
        name = match.group(0)
        if out and start < out[-1].end:
            continue  # inside the demonym before ("คนไทย" then "ไทย")
        if (
            script.glued_before is not None
            and start > 0
            and script.glued_before.match(text, start - 1)
        ):
            continue  # "주캄보디아": inside another word
        if (
            script.glued_kind is not None
            and script.glued_kind.fullmatch(name)
            and (
                (start > 0 and script.glued_kind.match(text, start - 1))
                or script.glued_kind.match(text, end)
            )
        ):
            continue  # "タイ" in "タイプ"
        idx = index.ids.get(ids[name])
        if idx is None:
            continue
        place = index.place(idx)
        if place.level is Level.COUNTRY:
            after = next((w for w in script.demonym_after if text.startswith(w, end)), None)
            before = next((w for w in script.demonym_before if text.endswith(w, 0, start)), None)
            if before is not None and out and start - len(before) < out[-1].end:
                before = None
            if after is not None or before is not None:
                first = start - len(before or "")
                last = end + len(after or "")
                out.append(
                    Span(first, last, text[first:last], "demonym", nationality=place.country)
                )
                continue
        out.append(Span(start, end, name, "place", (place,)))
    return out
