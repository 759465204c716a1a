"""Place names in scripts the Latin scanner cannot read: Korean, Japanese, Chinese, Thai,
Khmer, Russian (Cyrillic), Hindi or Nepali (Devanagari), Bengali and Urdu.

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
* Bengali glues its endings too ("কম্বোডিয়ায়", "মিয়ানমারের"), and writes "য়" as one code
  point or two: every form is listed in both spellings. Urdu writes its words apart
  ("کمبوڈیا میں"). A country followed by the nationals word is a nationality ("চীনের ২৯ জন
  নাগরিক", "چین کے شہری").

Khmer is matched like Thai, past the invisible word marks its pages hold; Cambodia's units
are found by their Khmer names after a unit word ("ខណ្ឌសែនសុខ", Sen Sok khan; "ភូមិ...", a
village), all units of that name being candidates for the resolver. Country names of the
Khmer, Urdu and Bengali lists come from CLDR (through Babel), less those that are everyday
words. In every script, two countries named as a border's sides ("মিয়ানমার-থাইল্যান্ড
সীমান্তে", "ព្រំដែនកម្ពុជា-ថៃ") are that border's region.

Vietnamese is written in Latin letters, but names foreign places its own way ("Thái Lan",
"Trung Quốc", "Lào", "Tam giác vàng") where the Latin scanner, folding its marks away,
reads other things ("Thái" as the Thai, "Miến" as a Cambodian commune). Its list is read
only in a text given as Vietnamese, as whole words, and wins over the scanner there.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from gazetteer.index import Index
from gazetteer.place import Level
from gazetteer.scan import Span

__all__ = ["has_native_script", "native_spans", "reads_own_latin_names"]

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
_KHMER = re.compile(r"[\u1780-\u17dd\u19e0-\u19ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0966-\u097f]")
_BENGALI = re.compile(r"[\u0980-\u09e3\u09f0-\u09fe]")
#: Urdu's letters (the Arabic script's, with Urdu's own: ٹ ڈ ڑ ں ہ ے).
_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]")
#: Invisible characters Khmer and Thai pages put between words (a zero-width space, a
#: zero-width non-joiner): skipped when names are matched.
_INVISIBLE = re.compile(r"[\u200b\u200c\ufeff]")

#: In the order they are tried: the first script a text holds decides its names (Japanese
#: before Chinese: a Japanese text holds Han characters too).
_SCRIPTS = (
    _Script("ko", _HANGUL, _HANGUL, None, ("인",), ()),
    _Script("ja", _KANA, None, re.compile(r"[\u30a1-\u30fa\u30fc]+"), ("人", "籍"), ()),
    _Script("zh", _HAN, None, None, ("人", "籍", "公民"), ()),
    _Script("th", _THAI, None, None, (), ("คน", "ชาว", "สัญชาติ", "แรงงาน")),
    # ("ជនជាតិចិន", a Chinese national; "ពលរដ្ឋថៃ", Thai citizens; "ពលករកម្ពុជា", workers)
    _Script("km", _KHMER, None, None, (), ("ជនជាតិ", "ពលរដ្ឋ", "ពលករ", "សញ្ជាតិ")),
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
    #: The letters a listed demonym stem ("россиян-") may be followed by, and how many.
    stem_tail: str = ""
    stem_tail_max: int = 4
    #: Words before a country that make it a currency's ("долларов США"): no place.
    currency_before: re.Pattern[str] | None = None
    #: Words after a country (and its glued ending) that make it people's nationality
    #: ("চীনের ১২ জন নাগরিক", 12 nationals of China; "چین کے شہری").
    nationals_after: re.Pattern[str] | None = None
    #: Whether a name whose last letter changes before an ending spans only its printed stem
    #: ("மியான்மரில்" -> "மியான்மர", as annotators of Tamil and Malayalam mark it) rather than
    #: the whole word (Russian "в Камбодже").
    stem_span: bool = False
    #: Words glued before a name, left out of its span (Arabic's "و", "ب", "ل": "بميانمار").
    prefixes: tuple[str, ...] = ()
    #: A name's last letter and what it becomes before an ending (Malayalam's "ർ" -> "റ":
    #: "മ്യാൻമർ" -> "മ്യാൻമറിലെ").
    final_swaps: tuple[tuple[str, str], ...] = ()
    #: Spellings of one letter a page may write either way (Bengali's "য়" as one code point
    #: or as "য" with a nukta): every form is also listed with the other spelling.
    spellings: tuple[tuple[str, str], ...] = ()
    #: Whether the list is read only in a text of its language (a Latin-script language
    #: whose letters other languages share), where its names win over the Latin scanner's
    #: reading of the same words (see :func:`reads_own_latin_names`).
    latin: bool = False


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
    "हरूमा", "हरूले", "लगायत", "तर्फ", "नजिक", "जस्ता", "मार्गे", "तून", "ातून", "मधल्या",
    "तल्या", "ातल्या", "ाला",
    # (a name ending in a consonant may take a virama before its ending: "लाओस्मा")
    "्मा", "्को", "्बाट", "्लाई", "्ले",
)  # fmt: skip
_DEVANAGARI_LETTERS = "\u0900-\u0963\u0971-\u097f"
#: Case endings and particles Bengali glues to a name ("কম্বোডিয়ায়", in Cambodia;
#: "মিয়ানমারের", of Myanmar; "থাইল্যান্ডে", in Thailand).
_BENGALI_ENDINGS = (
    "", "ে", "এ", "য়", "য়", "র", "ের", "এর", "য়ের", "য়ের", "তে", "কে", "ও", "েও", "রও", "য়ও",
    "সহ", "গামী", "জুড়ে", "ভিত্তিক", "স্থ", "ের", "রা", "দের",
)  # fmt: skip
_BENGALI_LETTERS = "\u0980-\u09e3\u09f0-\u09fe\u200c\u200d"
#: Tamil's case endings after a name, which drops its final "்" or "ு" before a vowel
#: ("மியான்மர்" -> "மியான்மரில்", in Myanmar; "தாய்லாந்து" -> "தாய்லாந்தில்"), or takes a "வ"
#: glide after a long vowel ("கம்போடியாவில்").
_TAMIL_ENDINGS = (
    "", "ில்", "ின்", "ிலிருந்து", "ில்லிருந்து", "ிலுள்ள", "ிலும்", "ிற்கு", "ுக்கு", "ுக்குச்",
    "ை", "ைச்", "ால்", "ிடம்", "ும்", "ுடன்", "ு", "்", "ியில்", "ிய", "க்கு", "க்குச்",
    "வில்", "வின்", "விலிருந்து", "விலுள்ள", "விலும்", "வுக்கு", "வுக்குச்", "வை", "வும்",
    "வுடன்", "விற்கு", "வைச்", "த்தில்", "த்தின்", "த்திலிருந்து", "த்திற்கு", "த்துக்கு",
    "த்தை", "த்தைச்", "த்திலுள்ள", "ாவில்", "ாவின்", "ாவிலிருந்து", "ாவுக்கு", "ாவை",
    "யில்", "யின்", "யிலிருந்து", "க்கும்", "யிலுள்ள", "யை", "யைச்", "க்குள்",
)  # fmt: skip
_TAMIL_LETTERS = "\u0b80-\u0bff"
#: Telugu's endings glued to a name ("మయన్మార్లో", in Myanmar; "థాయ్లాండ్కు", to Thailand).
_TELUGU_ENDINGS = (
    "", "లో", "లోని", "లోనే", "లోకి", "కు", "కి", "ను", "తో", "ల్లో", "పై", "నుంచి", "నుండి",
    "లోనూ", "కూ", "ను", "దేశం", "దేశంలో", "\u200cలో", "\u200cలోని", "\u200cకు", "\u200cకి",
    "\u200cనుంచి", "ంలో", "ంలోని", "ానికి", "ంకు",
)  # fmt: skip
_TELUGU_LETTERS = "\u0c00-\u0c7f\u200c\u200d"
#: Malayalam's endings after a name, which turns its final chillu into the full consonant
#: ("മ്യാൻമർ" -> "മ്യാൻമറിലെ", in Myanmar) or drops its "്" ("തായ്ലൻഡ്" -> "തായ്ലൻഡിൽ"); verbs
#: of arrival glue on too ("ഡൽഹിയിലെത്തിച്ചു", brought to Delhi).
_MALAYALAM_ENDINGS = (
    "", "ിൽ", "ിലെ", "ിലേക്ക്", "ിൽനിന്ന്", "ിൽ നിന്ന്", "ിന്റെ", "ിനെ", "ിന്", "ിലും", "ിലുള്ള",
    "ിലെത്തി", "ിലെത്തിച്ചു", "ിലെത്തിയ", "യിൽ", "യിലെ", "യിലേക്ക്", "യിൽനിന്ന്", "യുടെ", "യെ",
    "യ്ക്ക്", "യിലും", "യിലുള്ള", "യിലെത്തി", "യിലെത്തിച്ചു", "യിലെത്തിയ", "ക്ക്", "ത്തിൽ",
    "ത്തിലെ", "ത്തിന്റെ", "ത്തേക്ക്", "ം", "ിലാണ്", "യിലാണ്",
)  # fmt: skip
_MALAYALAM_LETTERS = "\u0d00-\u0d7f\u200c\u200d"
#: Gujarati's endings glued to a name ("મ્યાનમારમાં", in Myanmar; "થાઈલેન્ડથી", from Thailand).
_GUJARATI_ENDINGS = (
    "", "માં", "માંથી", "થી", "ના", "ની", "નું", "નો", "ને", "નાં", "માંના", "માંની", "માંનાં",
    "માંથી", "ખાતે", "સહિત", "નાઓ", "માંનો",
)  # fmt: skip
_GUJARATI_LETTERS = "\u0a80-\u0aff"
_GURMUKHI_LETTERS = "\u0a00-\u0a7f"
#: Arabic's letters that Urdu writes otherwise (ة, ي, ك, أ, إ): a text holding them is read
#: with the Arabic list too.
_ARABIC_ONLY = re.compile(r"[\u0629\u064a\u0643\u0623\u0625]")
_URDU_LETTERS = "\u0620-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff\u0670"
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
    # Bengali glues its endings like Nepali; a country's people end in "ি"/"ী"/"ীয়"
    # ("বাংলাদেশি", "ভারতীয়"), listed as stems in the names file
    _Inflected(
        "bn",
        _BENGALI,
        re.compile(f"[{_BENGALI_LETTERS}]+"),
        _BENGALI_ENDINGS,
        stem_tail=_BENGALI_LETTERS,
        nationals_after=re.compile(r"\s*(?:[\d০-৯]+\s*জন\s*)?নাগরিক"),
        spellings=(
            ("\u09df", "\u09af\u09bc"),
            ("\u09dc", "\u09a1\u09bc"),
            ("\u09dd", "\u09a2\u09bc"),
        ),
    ),
    # Tamil changes a name's last letter before an ending: the span is the whole word
    _Inflected(
        "ta",
        re.compile(r"[\u0b80-\u0bff]"),
        re.compile(f"[{_TAMIL_LETTERS}]+"),
        _TAMIL_ENDINGS,
        drops="்ு",
        stem_tail=_TAMIL_LETTERS,
        stem_tail_max=8,
        stem_span=True,
    ),
    _Inflected(
        "te",
        re.compile(r"[\u0c00-\u0c7f]"),
        re.compile(f"[{_TELUGU_LETTERS}]+"),
        _TELUGU_ENDINGS,
        stem_tail=_TELUGU_LETTERS,
        stem_tail_max=8,
        # ("చైనా వారి", of the Chinese; "భారత పౌరులు", Indian citizens)
        nationals_after=re.compile(r"\s*(?:వారి|వాళ్ల|దేశస్థు|జాతీయు|పౌరు)"),
    ),
    _Inflected(
        "ml",
        re.compile(r"[\u0d00-\u0d7f]"),
        re.compile(f"[{_MALAYALAM_LETTERS}]+"),
        _MALAYALAM_ENDINGS,
        drops="്",
        final_swaps=(("ർ", "റ"), ("ൻ", "ന"), ("ൽ", "ല"), ("ൾ", "ള"), ("ൺ", "ണ")),
        stem_tail=_MALAYALAM_LETTERS,
        stem_tail_max=8,
        stem_span=True,
        # (a chillu may be written as its consonant, a virama and a zero-width joiner)
        spellings=(
            ("ർ", "ര്\u200d"),
            ("ൻ", "ന്\u200d"),
            ("ൽ", "ല്\u200d"),
            ("ൾ", "ള്\u200d"),
            ("ൺ", "ണ്\u200d"),
            ("ർ", "ര്"),
            ("ൻ", "ന്"),
            ("ൽ", "ല്"),
            ("ൾ", "ള്"),
            ("ൺ", "ണ്"),
        ),
    ),
    _Inflected(
        "gu",
        re.compile(r"[\u0a80-\u0aff]"),
        re.compile(f"[{_GUJARATI_LETTERS}]+"),
        _GUJARATI_ENDINGS,
        stem_tail=_GUJARATI_LETTERS,
        stem_tail_max=6,
    ),
    # Punjabi (Gurmukhi) writes its postpositions apart ("ਮਿਆਂਮਾਰ ਵਿੱਚ")
    _Inflected(
        "pa",
        re.compile(r"[\u0a00-\u0a7f]"),
        re.compile(f"[{_GURMUKHI_LETTERS}]+"),
        ("",),
        stem_tail=_GURMUKHI_LETTERS,
        stem_tail_max=6,
    ),
    # Arabic glues "و", "ب", "ل", "ك", "ف" and the article before a name ("بميانمار",
    # "وكمبوديا", "للصين"); its people are stems after the article ("الصينيين")
    _Inflected(
        "ar",
        _ARABIC_ONLY,
        re.compile(f"[{_URDU_LETTERS}]+"),
        ("",),
        stem_tail=_URDU_LETTERS,
        stem_tail_max=4,
        prefixes=(
            "وبال",
            "وال",
            "بال",
            "فال",
            "كال",
            "لل",
            "وب",
            "ول",
            "فب",
            "ال",
            "و",
            "ب",
            "ل",
            "ك",
            "ف",
        ),
        spellings=(("ي", "ى"), ("أ", "ا"), ("إ", "ا")),
    ),
    # Urdu writes its postpositions apart ("کمبوڈیا میں"): a name is its words as printed;
    # its people are listed stems ("پاکستانی-": "پاکستانیوں")
    _Inflected(
        "ur",
        _ARABIC,
        re.compile(f"[{_URDU_LETTERS}]+"),
        ("",),
        stem_tail=_URDU_LETTERS,
        nationals_after=re.compile(r"\s+(?:کے|کی)\s+(?:\d+\s+)?(?:شہری|باشند)"),
        spellings=(("\u06cc", "\u064a"), ("\u06a9", "\u0643"), ("\u06c1", "\u0647")),
    ),
    # Vietnamese writes foreign places its own way ("Thái Lan", "Trung Quốc", "Lào", "Tam
    # giác vàng"), which the Latin scanner misreads ("Thái" as the Thai, "Miến" as a
    # Cambodian commune): names are whole words as printed
    _Inflected(
        "vi",
        re.compile(r"[đơưĐƠƯ\u1ea0-\u1ef9]"),
        re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*"),
        ("",),
        latin=True,
    ),
)


#: A character of any script above (one search tells an English text it has none): the union
#: of the scripts' own character classes.
_ANY = re.compile(
    "["
    + "".join(
        dict.fromkeys(
            p.pattern[1:-1]
            for p in (
                *(s.present for s in _SCRIPTS),
                *(i.present for i in _INFLECTED if not i.latin),
            )
        )
    )
    + "]"
)


def has_native_script(text: str) -> bool:
    """Whether ``text`` holds a character of a script this module reads (see :data:`_ANY`)."""
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


#: The languages with a list of their own Latin-script names.
_LATIN_LISTS = frozenset(i.language for i in _INFLECTED if i.latin)


def reads_own_latin_names(language: str | None) -> bool:
    """Whether a text of ``language`` has a list of its own Latin-script names (read by
    :func:`native_spans` when given that language)."""
    return language in _LATIN_LISTS


def native_spans(index: Index, text: str, language: str | None = None) -> list[Span]:
    """The place names (and country demonyms) of ``text`` in its scripts, in text order;
    with ``language``, also that language's own Latin-script names."""
    native = has_native_script(text)
    if not native and not reads_own_latin_names(language):
        return []
    script = _script_of(text) if native else None
    out = _unspaced_with_invisible(index, text, script) if script is not None else []
    for inflected in _INFLECTED:
        if inflected.latin:
            if inflected.language == language:
                out += _inflected_spans(index, text, inflected)
        elif native and inflected.present.search(text):
            out += _inflected_spans(index, text, inflected)
    # (two lists of one script may find one name: Arabic's and Urdu's; the longer stays)
    kept: list[Span] = []
    for span in sorted(out, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return _borders(index, text, kept)


#: What joins two countries of a border ("মিয়ানমার-থাইল্যান্ড", "میانمار اور تھائی لینڈ",
#: "Мьянмы и Таиланда"), and the border words after the pair ("সীমান্তে", "سرحد", "सीमा",
#: "국경") or before it ("ព្រំដែនកម្ពុជា-ថៃ", "на границе Мьянмы и Таиланда", "ชายแดนไทย-เมียนมา").
_BORDER_GAP = re.compile(
    r"\s*[-–—/]\s*|\s+(?:و|اور|ও|এবং|और|तथा|र|и|ਅਤੇ|અને|आणि)\s+|\s*(?:와|과|と|・|、)\s*|\s+"
)
_BORDER_AFTER = re.compile(
    r"\S{0,4}?\s*(?:(?:ਦੀ|ਦੇ|की|के|का|চা|এর|کی|کے|ની|ના)\s+)?"
    r"(?:সীমান্ত|সীমানা|सीमा|सीमे|सिमाना|बॉर्डर|बोर्डर|سرحد|بارڈر|எல்லை|సరిహద్దు|അതിർത്തി|ਸਰਹੱਦ|ਬਾਰਡਰ|"
    r"સરહદ|બોર્ડર|국경|の?国境|边境|邊境|边界|邊界)"
)
_BORDER_BEFORE = re.compile(
    r"(?:ព្រំដែន(?:ប្រទេស)?|границ[а-яё]*(?:\s+между)?|ชายแดน(?:ประเทศ)?|biên\s+giới(?:\s+giữa)?)\s*$"
)


def _borders(index: Index, text: str, spans: list[Span]) -> list[Span]:
    """Two countries named as a border's sides become that border's region (``border:MM-TH``,
    where the gazetteer has it): "মিয়ানমার-থাইল্যান্ড সীমান্তে" is the Myanmar-Thailand border,
    not Myanmar and Thailand."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        border = None
        if b is not None:
            codes = sorted({_country_code(a), _country_code(b)} - {None})  # type: ignore[type-var]
            if (
                len(codes) == 2
                and _BORDER_GAP.fullmatch(text, a.end, b.start)
                and (
                    _BORDER_AFTER.match(text, b.end)
                    or _BORDER_BEFORE.search(text, max(0, a.start - 24), a.start)
                )
            ):
                border = index.ids.get(f"border:{codes[0]}-{codes[1]}")
        if border is None:
            out.append(a)
            i += 1
            continue
        assert b is not None
        out.append(Span(a.start, b.end, text[a.start : b.end], "place", (index.place(border),)))
        i += 2
    return out


def _country_code(span: Span) -> str | None:
    """The country a span names: a country's place, or a demonym's nationality."""
    if span.kind == "demonym":
        return span.nationality
    if span.candidates and span.candidates[0].level is Level.COUNTRY:
        return span.candidates[0].country
    return None


def _unspaced_with_invisible(index: Index, text: str, script: _Script) -> list[Span]:
    """:func:`_unspaced_spans` (and Cambodia's units in a Khmer text) read past invisible
    word marks ("កូរ៉េ\u200bខាង\u200bត្បូង" is "កូរ៉េខាងត្បូង"), with offsets into ``text``."""
    if _INVISIBLE.search(text) is None:
        return _unspaced_and_units(index, text, script)
    kept = [i for i, ch in enumerate(text) if not _INVISIBLE.match(ch)]
    clean = "".join(text[i] for i in kept)
    out = []
    for s in _unspaced_and_units(index, clean, script):
        start, end = kept[s.start], kept[s.end - 1] + 1
        out.append(replace(s, start=start, end=end, text=text[start:end]))
    return out


def _unspaced_and_units(index: Index, text: str, script: _Script) -> list[Span]:
    spans = _unspaced_spans(index, text, script)
    if script.language != "km":
        return spans
    units = _khmer_unit_spans(index, text)
    taken = [(u.start, u.end) for u in units]
    return sorted(
        units + [s for s in spans if not any(a < s.end and s.start < b for a, b in taken)],
        key=lambda s: s.start,
    )


#: Khmer's words for Cambodia's units before their names, and the levels they name:
#: "ខេត្តព្រះសីហនុ" (Preah Sihanouk province), "ក្រុងប៉ោយប៉ែត" (Poipet municipality),
#: "ខណ្ឌសែនសុខ" (Sen Sok khan), "សង្កាត់ទឹកថ្លា" (a sangkat), "ភូមិក្បាលស្ពាន" (a village).
_KHMER_UNIT_WORDS = {
    "ខេត្ត": (Level.PROVINCE,),
    "រាជធានី": (Level.PROVINCE,),
    "ក្រុង": (Level.DISTRICT, Level.PROVINCE),
    "ស្រុក": (Level.DISTRICT,),
    "ខណ្ឌ": (Level.DISTRICT,),
    "សង្កាត់": (Level.COMMUNE,),
    "ឃុំ": (Level.COMMUNE,),
    "ភូមិ": (Level.VILLAGE,),
}
_KHMER_UNIT_WORD_RE = re.compile(
    "(?:" + "|".join(sorted(_KHMER_UNIT_WORDS, key=len, reverse=True)) + r")\s*"
)


_KhmerUnits = tuple[dict[tuple[str, Level], tuple[int, ...]], int]
#: The last index's Khmer units (an index is built once per run; it is not hashable).
_KHMER_UNITS: list[tuple[Index, _KhmerUnits]] = []


def _khmer_units(index: Index) -> _KhmerUnits:
    """Cambodia's units (MEF codes, ``kh:``) by Khmer name and level, and the longest name."""
    if _KHMER_UNITS and _KHMER_UNITS[0][0] is index:
        return _KHMER_UNITS[0][1]
    out: dict[tuple[str, Level], list[int]] = {}
    for place_id, idx in index.ids.items():
        if not place_id.startswith("kh:"):
            continue
        place = index.place(idx)
        if place.name_km:
            name = place.name_km.replace(" ", "")
            out.setdefault((name, place.level), []).append(idx)
    longest = max((len(name) for name, _ in out), default=0)
    units = {k: tuple(v) for k, v in out.items()}, longest
    _KHMER_UNITS[:] = [(index, units)]
    return units


def _khmer_unit_spans(index: Index, text: str) -> list[Span]:
    """Cambodia's units named after their unit word ("ខណ្ឌសែនសុខ"): the longest name of a
    unit of that word's levels right after it (the span is the name alone); a name several
    units share gives them all as candidates, for the resolver to choose by the text's
    other places."""
    units, longest = _khmer_units(index)
    out: list[Span] = []
    for m in _KHMER_UNIT_WORD_RE.finditer(text):
        start = m.end()
        levels = _KHMER_UNIT_WORDS[m.group(0).strip()]
        for size in range(min(longest, len(text) - start), 1, -1):
            name = text[start : start + size]
            found = [i for level in levels for i in units.get((name, level), ())]
            if found:
                places = tuple(index.place(i) for i in found)
                out.append(Span(start, start + size, name, "place", places, hint=levels[0].value))
                break
    return out


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
    # (Devanagari: an ending is glued on, the name stays whole)
    glued = not inflected.drops and not inflected.final_swaps
    for name, place_id in _names(inflected.language):
        words = name.replace("\u00a0", " ").split()
        variants = [_word_forms(w, inflected, len(words) > 1) for w in words]
        if len(words) > 2:  # (only the last word declines: enough, and no blow-up)
            variants = [{w} for w in words[:-1]] + [variants[-1]]
        stem = " ".join([*words[:-1], _stem(words[-1], inflected)]) if inflected.stem_span else ""
        for form in _joined(variants):
            if glued:
                value = (place_id, len(form) - len(name))
            elif stem and form != name and form.startswith(stem):
                value = (place_id, len(form) - len(stem))
            else:
                value = (place_id, 0)
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
    if inflected.spellings:
        # every form in each spelling of its name and of its ending ("কম্বোডিয়ায়" with "য়"
        # as one code point or two, in the name, the ending or both)
        for form, (place_id, cut) in list(out.items()):
            name, ending = form[: len(form) - cut], form[len(form) - cut :]
            for a in _spelt(name, inflected.spellings):
                for b in _spelt(ending, inflected.spellings):
                    out.setdefault(a + b, (place_id, len(b)))
    return out


def _both_ways(spellings: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [*spellings, *((b, a) for a, b in spellings)]


def _spelt(text: str, spellings: tuple[tuple[str, str], ...]) -> set[str]:
    """``text`` as written and with all of each letter in its other spelling."""
    out = {text}
    for one, other in _both_ways(spellings):
        out |= {t.replace(one, other) for t in out if one in t}
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
    for one, other in _both_ways(inflected.spellings):
        stems.update({k.replace(one, other): v for k, v in stems.items() if one in k})
    if not stems:
        return None, {}
    alternation = "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True))
    tail = f"[{inflected.stem_tail}]{{0,{inflected.stem_tail_max}}}"
    return re.compile(f"(?P<stem>{alternation}){tail}"), stems


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
    stem = _stem(word, inflected)
    return {word} | {stem + e for e in inflected.endings}


def _stem(word: str, inflected: _Inflected) -> str:
    """What an ending is glued to: ``word`` with its last letter dropped or swapped."""
    swap = dict(inflected.final_swaps).get(word[-1])
    if swap is not None:
        return word[:-1] + swap
    return word[:-1] if word[-1] in inflected.drops else word


def _joined(variants: list[set[str]]) -> set[str]:
    forms = {""}
    for options in variants:
        forms = {f"{f} {o}" if f else o for f in forms for o in options}
    return forms


def _prefixed(
    key: str, forms: dict[str, tuple[str, int]], prefixes: tuple[str, ...]
) -> tuple[int, tuple[str, int]] | None:
    """(prefix length, form's value) of ``key`` read as a glued prefix and a form ("بميانمار";
    "للصين" is "ل" + "الصين", whose alif the prefix swallows), if any."""
    for prefix in prefixes:
        if key.startswith(prefix) and len(key) > len(prefix) + 1:
            hit = forms.get(key[len(prefix) :])
            if hit is None and prefix.endswith("ل") and key[len(prefix) : len(prefix) + 1] == "ل":
                hit = forms.get("ا" + key[len(prefix) :])
                if hit is not None:
                    return len(prefix) - 1, hit
            if hit is not None:
                return len(prefix), hit
    return None


def _prefix_length(word: str, stems: re.Pattern[str] | None, prefixes: tuple[str, ...]) -> int:
    """How many letters of ``word`` are a glued prefix before a demonym stem ("الصينيين")."""
    if stems is None or stems.fullmatch(word):
        return 0
    return next(
        (len(p) for p in prefixes if word.startswith(p) and stems.fullmatch(word, len(p))), 0
    )


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
                found = (n, hit, 0)
                break
            prefixed = _prefixed(key, forms, inflected.prefixes)
            if prefixed is not None:
                found = (n, prefixed[1], prefixed[0])
                break
        if found is None:
            start, end = words[i]
            start += _prefix_length(text[start:end], stems, inflected.prefixes)
            m = stems.fullmatch(text, start, end) if stems is not None else None
            if m is not None:
                out.append(
                    Span(
                        start, end, text[start:end], "demonym", nationality=stem_country[m["stem"]]
                    )
                )
            i += 1
            continue
        n, (place_id, cut), lead = found
        start, end = words[i][0] + lead, words[i + n - 1][1] - cut
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
        after = inflected.nationals_after
        if (
            place.level is Level.COUNTRY
            and after is not None
            and after.match(text, words[i - 1][1]) is not None
        ):
            # "চীনের ১২ জন নাগরিক": China's nationals, not a place
            out.append(Span(start, end, text[start:end], "demonym", nationality=place.country))
            continue
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
