"""Place names in scripts the Latin scanner cannot read: Korean, Japanese, Chinese, Thai,
Russian (Cyrillic) and Hindi or Nepali (Devanagari).

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

Russian and Devanagari write spaces between words but inflect them, so a name is a whole
word (or words) with an ending of its language (:class:`_Inflected`):

* Russian declines names: "Камбоджа", "в Камбодже", "из Камбоджи"; a name drops its final
  vowel, soft sign or "й" before a case ending ("Пномпень" -> "Пномпене"), the adjective of
  a two-word name its two-letter ending ("Золотой треугольник" -> "Золотого треугольника").
  A name's first letter keeps its capital (Russian writes "Дели" for Delhi and "дели" as a
  verb). Nationalities are their own words ("россиян", "казахстанцев"), listed per country.
* Hindi writes its postpositions apart ("कंबोडिया में"), Nepali and Marathi glue them
  ("म्यानमारमा", "कंबोडियामध्ये"); a country with a people ending glued is a demonym
  ("भारतीय", "भारतीयों", "नेपाली", "नेपालीहरू").
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
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0966-\u097f]")
#: Any of them (one search tells an English text it has none).
_ANY = re.compile(
    r"[\uac00-\ud7a3\u3041-\u309f\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e01-\u0e5b"
    r"\u0400-\u04ff\u0900-\u0963\u0966-\u097f]"
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


@dataclass(frozen=True)
class _Inflected:
    """How names are found in a script that writes spaces between words but inflects them
    (see the module docstring)."""

    language: str
    present: re.Pattern[str]
    #: A word: a run of the script's letters and marks (hyphens inside: "Шве-Кокко").
    word: re.Pattern[str]
    #: Endings after a name's stem ("" included), and its final letters dropped before them.
    endings: tuple[str, ...]
    drops: str = ""
    #: Endings of the adjective word of a name of several words, and the adjective's own
    #: two-letter endings ("Золотой" -> "Золотого").
    adjective_endings: tuple[str, ...] = ()
    adjective_finals: tuple[str, ...] = ()
    #: Endings glued to a country that make it its people ("भारत" + "ीय" = Indian).
    demonym_endings: tuple[str, ...] = ()
    #: Words before a country that make it people's nationality ("граждан России").
    nationals_before: re.Pattern[str] | None = None
    #: The letters a listed demonym stem ("россиян-") may be followed by (up to 4).
    stem_tail: str = ""
    #: Words before a country that make it a currency's ("долларов США"): no place.
    currency_before: re.Pattern[str] | None = None


_RU_NOUN_ENDINGS = (
    "", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ём", "ою", "ею",
    "ам", "ям", "ах", "ях", "ами", "ями", "ь", "й",
)  # fmt: skip
_RU_ADJECTIVE_ENDINGS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ом",
    "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ей",
)  # fmt: skip
#: Case endings and postpositions Nepali and Marathi glue to a name (Hindi writes them apart).
_DEVANAGARI_ENDINGS = (
    "", "मा", "को", "का", "की", "के", "बाट", "लाई", "ले", "सम्म", "तिर", "भित्र", "देखि",
    "स्थित", "मध्ये", "मधील", "मधून", "हून", "ला", "चा", "ची", "चे", "च्या", "त", "ात",
    "ातील", "तील", "वर", "कडे", "पर्यंत", "सहित", "समेत", "हरू", "हरु", "हरूलाई", "हरूको",
    "हरूमा", "हरूले", "लगायत", "तर्फ", "नजिक", "जस्ता",
    # (a name ending in a consonant may take a virama before its ending: "लाओस्मा")
    "्मा", "्को", "्बाट", "्लाई", "्ले",
)  # fmt: skip
_DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097f"
_INFLECTED = (
    _Inflected(
        "ru",
        _CYRILLIC,
        re.compile(r"[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*"),
        _RU_NOUN_ENDINGS,
        drops="аяоеиыуюьй",
        adjective_endings=_RU_ADJECTIVE_ENDINGS,
        adjective_finals=("ый", "ий", "ой", "ая", "яя", "ое", "ее"),
        nationals_before=re.compile(
            r"(?:граждан[а-яё]*|уроженц[а-яё]*|уроженк[а-яё]*|подданн[а-яё]*)\s+$"
        ),
        stem_tail="а-яё",
        currency_before=re.compile(r"(?:доллар|евро|юан|бат)[а-яё]*\s+$"),
    ),
    _Inflected(
        "hi",
        _DEVANAGARI,
        re.compile(f"[{_DEVANAGARI_LETTERS}]+"),
        _DEVANAGARI_ENDINGS,
        demonym_endings=("ी", "ीय", "ीयों", "ियों", "ीहरू", "ीहरु", "ाई", "ाइ"),
        stem_tail=_DEVANAGARI_LETTERS,
    ),
)


def has_native_script(text: str) -> bool:
    """Whether ``text`` holds Hangul, kana, Han, Thai, Cyrillic or Devanagari characters."""
    return _ANY.search(text) is not None


@cache
def _names(language: str) -> tuple[tuple[str, str], ...]:
    """(name, place id) of ``language``, longest names first."""
    rows = [
        (name.strip(), row["id"])
        for row in _rows(language)
        for name in row["names"].split("|")
        if name.strip()
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _rows(language: str) -> tuple[dict[str, str], ...]:
    with (_DATA / f"names_{language}.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name, _ in _names(language)))


def native_spans(index: Index, text: str) -> list[Span]:
    """The place names (and country demonyms) of ``text`` in its scripts, in text order."""
    if not has_native_script(text):
        return []
    script = _script_of(text)
    out = _unspaced_spans(index, text, script) if script is not None else []
    for inflected in _INFLECTED:
        if inflected.present.search(text):
            out += _inflected_spans(index, text, inflected)
    return sorted(out, key=lambda s: s.start)


def _unspaced_spans(index: Index, text: str, script: _Script) -> list[Span]:
    """The names of :data:`_SCRIPTS` (matched anywhere, see the module docstring)."""
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


@cache
def _forms(inflected: _Inflected) -> dict[str, tuple[str, int]]:
    """Every inflected form of the language's names (words joined by one blank) -> (place
    id, how many of its last letters are a glued ending outside the name), and the forms of
    its countries' demonyms -> (``demonym:`` + ISO2, 0)."""
    out: dict[str, tuple[str, int]] = {}
    glued = not inflected.drops  # (Devanagari: an ending is glued on, the name stays whole)
    for name, place_id in _names(inflected.language):
        words = name.replace("\u00a0", " ").split()
        variants = [_word_forms(w, inflected, len(words) > 1) for w in words]
        if len(words) > 2:  # (only the last word declines: enough, and no blow-up)
            variants = [{w} for w in words[:-1]] + [variants[-1]]
        for form in _joined(variants):
            value = (place_id, len(form) - len(name) if glued else 0)
            out.setdefault(form, value)
            if len(words) > 1:
                # ("«золотом треугольнике»", "Золотом Треугольнике": a phrase of several
                # words is no everyday word whatever its capitals)
                out.setdefault(form.lower(), value)
    for row in _rows(inflected.language):
        if row["id"].startswith("country:"):
            iso = row["id"].split(":", 1)[1]
            for name in row["names"].split("|"):
                for people in inflected.demonym_endings:
                    for ending in inflected.endings:
                        out.setdefault(name.strip() + people + ending, (f"demonym:{iso}", 0))
            for demonym in (row.get("demonyms") or "").split("|"):
                if demonym.strip() and not demonym.strip().endswith("-"):
                    out.setdefault(demonym.strip(), (f"demonym:{iso}", 0))
    return out


@cache
def _demonym_stems(inflected: _Inflected) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """Listed demonym stems ("россиян-", any short ending after) as one pattern, and each
    stem's country."""
    stems = {
        d.strip()[:-1]: row["id"].split(":", 1)[1]
        for row in _rows(inflected.language)
        if row["id"].startswith("country:")
        for d in (row.get("demonyms") or "").split("|")
        if d.strip().endswith("-")
    }
    if not stems:
        return None, {}
    alternation = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    return re.compile(f"(?P<stem>{alternation})[{inflected.stem_tail}]{{0,4}}"), stems


#: What parts the countries of a list of nationals ("граждан Китая (включая Тайвань),
#: Вьетнама и Таиланда").
_NATIONALS_LIST_GAP = re.compile(r"[\s,]*(?:\([^()]{0,60}\)[\s,]*)?(?:(?:и|а\s+также)\s+)?")


@cache
def _longest(inflected: _Inflected) -> int:
    """The most words a name of the language has."""
    return max(len(name.split()) for name, _ in _names(inflected.language))


def _word_forms(word: str, inflected: _Inflected, in_phrase: bool) -> set[str]:
    """The forms one word of a name takes."""
    if in_phrase and word.endswith(inflected.adjective_finals):
        return {word} | {word[:-2] + e for e in inflected.adjective_endings}
    stem = word[:-1] if word[-1] in inflected.drops else word
    return {word} | {stem + e for e in inflected.endings}


def _joined(variants: list[set[str]]) -> set[str]:
    forms = {""}
    for options in variants:
        forms = {f"{f} {o}" if f else o for f in forms for o in options}
    return forms


def _inflected_spans(index: Index, text: str, inflected: _Inflected) -> list[Span]:
    """The names of an inflecting script: whole words in one of their forms (longest name
    first), and its demonyms."""
    forms = _forms(inflected)
    longest = _longest(inflected)
    stems, stem_country = _demonym_stems(inflected)
    words = [(m.start(), m.end()) for m in inflected.word.finditer(text)]
    out: list[Span] = []
    nationals_end = -1  # where the last "граждан России" (and its list) ends
    i = 0
    while i < len(words):
        found = None
        for n in range(min(longest, len(words) - i), 0, -1):
            if any(not text[words[k][1] : words[k + 1][0]].isspace() for k in range(i, i + n - 1)):
                continue
            key = " ".join(text[a:b] for a, b in words[i : i + n])
            hit = forms.get(key) or (
                forms.get(key.lower())
                if n > 1
                # ("БАНГКОК, 11 октября": a dateline in capitals)
                else forms.get(key.capitalize())
                if key.isupper() and len(key) > 3
                else None
            )
            if hit is not None:
                found = (n, hit)
                break
        if found is None:
            start, end = words[i]
            m = stems.fullmatch(text, start, end) if stems is not None else None
            if m is not None:
                out.append(
                    Span(
                        start, end, text[start:end], "demonym", nationality=stem_country[m["stem"]]
                    )
                )
            i += 1
            continue
        n, (place_id, cut) = found
        start, end = words[i][0], words[i + n - 1][1] - cut
        i += n
        if place_id.startswith("demonym:"):
            out.append(Span(start, end, text[start:end], "demonym", nationality=place_id[8:]))
            continue
        idx = index.ids.get(place_id)
        if idx is None:
            continue
        place = index.place(idx)
        currency = inflected.currency_before
        if (
            place.level is Level.COUNTRY
            and currency is not None
            and currency.search(text, max(0, start - 20), start)
        ):
            continue  # "10 миллиардов долларов США": US dollars
        before = inflected.nationals_before
        if place.level is Level.COUNTRY and before is not None:
            m = before.search(text, max(0, start - 30), start)
            if m is not None or (
                nationals_end >= 0 and _NATIONALS_LIST_GAP.fullmatch(text, nationals_end, start)
            ):
                # "граждан России": Russia's nationals, not a place; and the countries
                # listed after ("граждан Китая, Вьетнама и Таиланда")
                first = m.start() if m is not None else start
                out.append(Span(first, end, text[first:end], "demonym", nationality=place.country))
                nationals_end = end
                continue
        out.append(Span(start, end, text[start:end], "place", (place,)))
    return out
