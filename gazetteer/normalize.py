"""One normalisation mechanism for place names and for the text they are found in.

Every name in the gazetteer and every word of a scanned text goes through the same steps,
so a name matches however it is written:

1. words: runs of letters/digits, apostrophes inside a word kept together
   (``O'Smach`` is one word, ``Myanmar's`` loses its possessive);
2. per word: Unicode diacritics removed, lower case, apostrophes dropped
   (``K'om`` -> ``kom``, ``Pénh`` -> ``penh``);
3. numbers: Khmer number words and Roman numerals become digits
   (``Phsar Depou Ti Muoy`` -> ``phsar depou 1``, ``Phum Pram Muoy`` -> ``phum 6``);
4. admin words (Khan, Srok, Krong, Khum, Sangkat, Phum, province, district, city, commune,
   ward, hamlet, village ...) are removed from both ends and reported as a level hint;
5. a *phonetic* key folds the usual variation of Khmer (and other Southeast Asian)
   romanisations: double letters, ``kh/ph/th`` -> ``k/p/t``, ``r`` lengthening a vowel
   (``Kork`` = ``Kok``), vowel clusters (``ou/uo/u/ao`` -> ``o``, ``ae/ea/eae`` -> ``e``,
   ``oe/eu/oeu`` -> ``e``, ``ey/ei/ay/ai`` -> ``ei``), a final ``h`` after a vowel
   (``Kaoh`` = ``Koh``). Spacing variants (``Sen Sok`` = ``Sensok``) are handled by also
   indexing each multi-word name run together.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

__all__ = [
    "ADMIN_PREFIX",
    "ADMIN_SUFFIX",
    "CONNECTORS",
    "Word",
    "blank_case_suffixes",
    "lower_text",
    "name_keys",
    "normalize",
    "phonetic",
    "split_admin",
    "word_key",
    "words",
]

_WORD_RE = re.compile(r"[^\W_]+(?:['’‘ʼ`´][^\W_]+)*", re.UNICODE)
_WORD_SPLIT = re.compile(f"({_WORD_RE.pattern})", re.UNICODE)
#: The same split for a text of ASCII characters only (``[^\W_]`` is then ``[A-Za-z0-9]`` and
#: the apostrophes are ' and `): the narrower classes match faster, and possessive
#: quantifiers (a letter run never gives letters back) spare the engine its backtracking marks.
_WORD_SPLIT_ASCII = re.compile(r"([A-Za-z0-9]++(?:['`][A-Za-z0-9]++)*+)")
#: Common non-ASCII characters of news text that ``_WORD_SPLIT`` treats as gaps (neither
#: letters, digits nor apostrophes; tests/test_normalize.py checks this against the pattern),
#: each with an ASCII gap character of the same length: a text that is ASCII once they are
#: replaced splits the same way with ``_WORD_SPLIT_ASCII`` (``words`` uses only the lengths
#: of the gaps).
_ASCII_GAPS = (("—", "-"), ("–", "-"), ("“", '"'), ("”", '"'))
_APOS_RE = re.compile(r"['’‘ʼ`´]")
_POSSESSIVE_RE = re.compile(r"['’‘ʼ`´]s$", re.IGNORECASE)

#: Letters NFKD does not decompose.
_FOLD = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "ð": "d",
    }
)

#: Admin words that may precede a name (Khmer forms and English), with the level they hint.
ADMIN_PREFIX: dict[str, str] = {
    "khan": "district",
    "srok": "district",
    "krong": "town",
    "khum": "commune",
    "sangkat": "commune",
    "phum": "village",
    "khaet": "province",
    "changwat": "province",
    "province": "province",
    "district": "district",
    "commune": "commune",
    "ward": "commune",
    "village": "village",
    "hamlet": "village",
    "city": "town",
    "municipality": "province",
    "barangay": "commune",
    "township": "district",
    "state": "province",
    "county": "district",
    "prefecture": "province",
    "tambon": "commune",  # Thailand: sub-district
    "amphoe": "district",
    "amphur": "district",
    "huyen": "district",  # Vietnam
    "kecamatan": "district",  # Indonesia
    "kelurahan": "commune",
    "desa": "village",
}
#: Admin words that may follow a name ("Kandal province", "Sen Sok District").
ADMIN_SUFFIX: dict[str, str] = {
    "province": "province",
    "provinces": "province",
    "district": "district",
    "districts": "district",
    "commune": "commune",
    "communes": "commune",
    "ward": "commune",
    "sangkat": "commune",
    "khan": "district",
    "hamlet": "village",
    "village": "village",
    "city": "town",
    "town": "town",
    "municipality": "province",
    "township": "district",
    "state": "province",
    "county": "district",
    "prefecture": "province",
    "barangay": "commune",
    "provincial": "province",
    "tambon": "commune",
    "amphoe": "district",
}
#: Lower-case words allowed inside a capitalised name ("Gulf of Thailand", "Bosnia and Herzegovina").
CONNECTORS = frozenset(
    {"of", "the", "and", "de", "del", "da", "do", "la", "le", "el", "al", "es", "y", "upon", "on"}
)

_KHMER_NUMBERS = {
    "muoy": 1,
    "mouy": 1,
    "moy": 1,
    "muay": 1,
    "pir": 2,
    "pi": 2,
    "bei": 3,
    "bey": 3,
    "buon": 4,
    "boun": 4,
    "bourn": 4,
    "pram": 5,
    "dap": 10,
}
_ROMAN = {"ii": 2, "iii": 3, "iv": 4, "vi": 6, "vii": 7, "viii": 8, "ix": 9}
_NUMBER_MARKERS = {"ti", "lekh", "lek", "no", "number", "nr"}
#: Abbreviated first words of names, written with a full stop ("Sta. Rosa", "Sto. Tomas",
#: "Mt. Popa"): the word they stand for.
_ABBREVIATED = {"sta": "santa", "sto": "santo", "mt": "mount", "ft": "fort"}
_SPECIAL = (
    frozenset(_KHMER_NUMBERS)
    | frozenset(_ROMAN)
    | frozenset(_NUMBER_MARKERS)
    | frozenset(_ABBREVIATED)
    | {"i"}
)


class Word(NamedTuple):
    """One normalised word of a text: its span in the original and its keys.

    ``key`` is the exact normalised form, ``phon`` the phonetic one; a number phrase
    (``Pram Muoy``) becomes one Word covering both original words.
    """

    start: int
    end: int
    text: str
    key: str
    phon: str


def _fold(text: str) -> str:
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The exact key of one word: no diacritics, lower case, no apostrophes or possessive.

    >>> word_key("K'om"), word_key("Myanmar's"), word_key("Phnôm")
    ('kom', 'myanmar', 'phnom')
    """
    word = _POSSESSIVE_RE.sub("", word)
    folded = _fold(word).lower()
    folded = _APOS_RE.sub("", folded)
    return "".join(ch for ch in folded if ch.isalnum() and ch.isascii()) or (
        "".join(ch for ch in folded if ch.isalnum())
    )


_VOWEL_CLUSTER = re.compile(r"[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
_R_AFTER_VOWEL = re.compile(r"(?<=[aeiouy])r(?=[^aeiouy]|$)")
_H_FINAL = re.compile(r"(?<=[aeiouy])h$")
_CLUSTER_MAP = {
    "ou": "o",
    "uo": "o",
    "u": "o",
    "oo": "o",
    "ao": "o",
    "au": "o",
    "oa": "o",
    "uoa": "o",
    "ae": "e",
    "ea": "e",
    "eae": "e",
    "aea": "e",
    "oe": "e",
    "eu": "e",
    "oeu": "e",
    "ue": "e",
    "ey": "ei",
    "ei": "ei",
    "ay": "ei",
    "ai": "ei",
    "aey": "ei",
    "eay": "ei",
    "ie": "i",
    "ee": "i",
    "y": "i",
    "oy": "oi",
    "aoy": "oi",
    "oi": "oi",
    "uy": "oi",
    "ui": "oi",
    "ouy": "oi",
}


@lru_cache(maxsize=200_000)
def phonetic(key: str) -> str:
    """Fold romanisation variants of one word key (see the module docstring).

    >>> phonetic("toul") == phonetic("tuol"), phonetic("kork") == phonetic("kouk")
    (True, True)
    >>> phonetic("paoy") == phonetic("poi"), phonetic("saen") == phonetic("sen")
    (True, True)
    """
    if key.isdigit() or len(key) < 2:
        return key
    s = _DOUBLE.sub(r"\1", key)  # double letters
    s = s.replace("kh", "k").replace("ph", "p").replace("th", "t").replace("gh", "g")
    s = s.replace("dh", "d").replace("bh", "b").replace("w", "v")
    s = _R_AFTER_VOWEL.sub("", s)  # "kork" -> "kok", "morn" -> "mon"
    s = _H_FINAL.sub("", s)  # "kaoh" -> "kao", "preah" -> "prea"
    s = _VOWEL_CLUSTER.sub(lambda m: _CLUSTER_MAP.get(m.group(0), m.group(0)), s)
    return _DOUBLE.sub(r"\1", s) or key


class _WordCache(dict[str, str]):
    """``fn(word)`` of the words seen, in front of an ``lru_cache`` function: ``words``
    looks up every word of every text, and a plain dict hit (``map(cache.__getitem__,
    ...)``; a miss is filled by ``__missing__``) costs about half of an ``lru_cache`` hit,
    which also moves the word in its recency list. Emptied when it holds ``limit`` words."""

    __slots__ = ("_fn", "_limit")

    def __init__(self, fn: Callable[[str], str], limit: int) -> None:
        super().__init__()
        self._fn = fn
        self._limit = limit

    def __missing__(self, word: str) -> str:
        if len(self) >= self._limit:
            self.clear()
        value = self[word] = self._fn(word)
        return value


_WORD_KEYS = _WordCache(word_key, 200_000)
_PHONETICS = _WordCache(phonetic, 200_000)


def words(text: str) -> list[Word]:
    """Split ``text`` into normalised Words with offsets into the original text.

    Khmer number phrases (``Ti Muoy``, ``Pram Pir``, ``Lekh Bei``) and Roman numerals after
    a first word (``Depo II``) become digits, so ``Phsar Depou Ti Muoy`` = ``Phsar Depo 1``.
    """
    # a hot path (every word of every scanned text): the per-word work is done by C-level
    # ``map`` calls and the cached ``word_key`` / ``phonetic`` (``_WordCache``), not by
    # Python loops
    # gap, word, gap, word, ..., gap
    pieces = _split(text)
    bounds = list(accumulate(map(len, pieces)))
    surfaces = pieces[1::2]
    keys = list(map(_WORD_KEYS.__getitem__, surfaces))
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    hits = _SPECIAL.intersection(keys)
    if not hits and "" not in keys:
        return _bulk(starts, ends, surfaces, keys)
    marks = [k for k, key in enumerate(keys) if key in hits or not key]
    out: list[Word] = []
    n = len(keys)
    pos = 0
    for mark in marks:
        if mark < pos:
            continue  # consumed by the phrase before it
        if mark > pos:  # the ordinary words before this one, in bulk
            out += _bulk(starts[pos:mark], ends[pos:mark], surfaces[pos:mark], keys[pos:mark])
        pos = _special_word(text, out, mark, n, starts, ends, surfaces, keys)
    if pos < n:
        out += _bulk(starts[pos:], ends[pos:], surfaces[pos:], keys[pos:])
    return out


def surfaces(text: str) -> list[str]:
    """The words of ``text`` as written, in order: those whose keys :func:`words` uses."""
    return _split(text)[1::2]


def _split(text: str) -> list[str]:
    """``_WORD_SPLIT.split(text)``, by the faster ASCII pattern when ``text`` is ASCII apart
    from the gap characters of ``_ASCII_GAPS``."""
    if text.isascii():
        return _WORD_SPLIT_ASCII.split(text)
    plain = text
    for char, standin in _ASCII_GAPS:
        plain = plain.replace(char, standin)
    if plain.isascii():
        return _WORD_SPLIT_ASCII.split(plain)
    return _WORD_SPLIT.split(text)


#: The last text :func:`lower_text` lowered and its answer (the text is held: no other
#: string can take its id meanwhile).
_LAST_LOWERED: list[tuple[str, str]] = [("", "")]


def lower_text(text: str) -> str:
    """``text.lower()`` for looking for lower-case words and word boundaries in it.

    A text that is ASCII once the gap characters of ``_ASCII_GAPS`` are replaced is
    lowered with those replaced (same length; neither they nor their stand-ins are letters,
    digits or spaces, so every word and boundary stands where ``text.lower()`` has it):
    ``str.lower`` of an ASCII string is many times faster than of one with a dash in it.
    The last text's answer is kept: the scan's passes lower the same text one after another.
    """
    last = _LAST_LOWERED[0]
    if last[0] is text:
        return last[1]
    if text.isascii():
        low = text.lower()
    else:
        plain = text
        for char, standin in _ASCII_GAPS:
            plain = plain.replace(char, standin)
        low = plain.lower() if plain.isascii() else text.lower()
    _LAST_LOWERED[0] = (text, low)
    return low


def _bulk(starts: list[int], ends: list[int], surfaces: list[str], keys: list[str]) -> list[Word]:
    """Words of ordinary (not number) words; ``tuple.__new__`` skips NamedTuple's Python
    ``__new__`` (same objects, built in C)."""
    rows = zip(starts, ends, surfaces, keys, map(_PHONETICS.__getitem__, keys), strict=True)
    return list(map(tuple.__new__, repeat(Word, len(keys)), rows))


def _special_word(
    text: str,
    out: list[Word],
    i: int,
    n: int,
    starts: list[int],
    ends: list[int],
    surfaces: list[str],
    keys: list[str],
) -> int:
    """Append the Word(s) for the number word / marker / numeral at ``i``; return the next index."""
    start, end, surface, key = starts[i], ends[i], surfaces[i], keys[i]
    if not key:
        return i + 1
    # a number marker followed by a number drops the marker ("Ti Muoy", "Lekh Bei", "No. 15")
    if (
        key in _NUMBER_MARKERS
        and i + 1 < n
        and (keys[i + 1] in _KHMER_NUMBERS or keys[i + 1].isdigit())
    ):
        i += 1
        end, key = ends[i], keys[i]
        surface = text[start:end]
    if key in _KHMER_NUMBERS:
        value = _KHMER_NUMBERS[key]
        j = i + 1
        if key == "pram" and j < n and keys[j] in _KHMER_NUMBERS and keys[j] not in {"pram", "dap"}:
            value += _KHMER_NUMBERS[keys[j]]
            end = ends[j]
            j += 1
        out.append(Word(start, end, text[start:end], str(value), str(value)))
        return j
    if (
        key in _ABBREVIATED
        and surface[:1].isupper()
        and text[end : end + 2] == ". "
        and i + 1 < n
        and surfaces[i + 1][:1].isupper()
        and starts[i + 1] == end + 2
    ):
        # "Sta. Rosa" reads as "Santa Rosa": the word takes its full stop, so that the name
        # runs on over the space after it
        full = _ABBREVIATED[key]
        out.append(Word(start, end + 1, text[start : end + 1], full, phonetic(full)))
        return i + 1
    if key in _ROMAN and out:
        out.append(Word(start, end, surface, str(_ROMAN[key]), str(_ROMAN[key])))
        return i + 1
    if key == "i" and out and surface == "I" and i + 1 < n and surfaces[i + 1][:1].isupper():
        # "Depo I Ward": a Roman one between name words
        out.append(Word(start, end, surface, "1", "1"))
        return i + 1
    if key.isdigit() or not key:
        out.append(Word(start, end, surface, key, key))
        return i + 1
    out.append(Word(start, end, surface, key, phonetic(key)))
    return i + 1


def split_admin(keys: list[str]) -> tuple[list[str], str | None]:
    """Remove admin words from both ends of a name's word keys; return (core, level hint).

    Nothing is removed when the name would become empty or only digits with no hint kept.

    >>> split_admin(["krong", "preah", "sihanouk"])
    (['preah', 'sihanouk'], 'town')
    >>> split_admin(["kandal", "province"])
    (['kandal'], 'province')
    """
    core = list(keys)
    hint: str | None = None
    while len(core) > 1 and core[0] in ADMIN_PREFIX:
        hint = hint or ADMIN_PREFIX[core[0]]
        core = core[1:]
    while len(core) > 1 and core[-1] in ADMIN_SUFFIX:
        hint = hint or ADMIN_SUFFIX[core[-1]]
        core = core[:-1]
    return core, hint


def normalize(name: str) -> str:
    """The canonical key of a place name: words normalised, admin words stripped, one space.

    >>> normalize("Khan Sen Sok") == normalize("sen sok district")
    True
    >>> normalize("O'Smach"), normalize("Phsar Depou Ti Muoy")
    ('osmach', 'phsar depou 1')
    """
    core, _ = split_admin([w.key for w in words(name)])
    return " ".join(core)


def name_keys(name: str) -> tuple[str, str, str | None]:
    """``(exact key, phonetic key, level hint)`` of a name, both keys space-separated."""
    ws = words(name)
    core, hint = split_admin([w.key for w in ws])
    phon = [phonetic(k) for k in core]
    return " ".join(core), " ".join(phon), hint


#: Languages that join case endings to a name, a number or an abbreviation with an
#: apostrophe ("Kamboçya'da", in Cambodia; "17 Eylül 2022'de"; "40'tan fazla", more than 40).
APOSTROPHE_SUFFIXED = frozenset({"tr"})
_APOSTROPHE_SUFFIX_RE = re.compile(r"(?<=\w)['’][a-zçğıöşü]{1,8}\b")


def blank_case_suffixes(text: str, language: str | None) -> str:
    """``text`` with the case endings of :data:`APOSTROPHE_SUFFIXED` languages blanked (the
    same length, so offsets hold): "Kamboçya'da" reads as "Kamboçya   ".

    >>> blank_case_suffixes("Tayland'dan 40'tan fazla", "tr")
    'Tayland     40     fazla'
    """
    if language not in APOSTROPHE_SUFFIXED:
        return text
    return _APOSTROPHE_SUFFIX_RE.sub(lambda m: " " * len(m.group(0)), text)
