"""The fast paths of the scanner give the answers of the plain code they replace."""

from __future__ import annotations

import random

import ahocorasick

from gazetteer import Gazetteer
from gazetteer.address import _CHAIN_HINT, _hint_starts
from gazetteer.core import _ITEM_BEFORE_RE, _may_end_item
from gazetteer.normalize import (
    _ASCII_GAPS,
    _WORD_SPLIT,
    _WORD_SPLIT_ASCII,
    _split,
    lower_text,
)
from gazetteer.scan import (
    _CAPITAL_BYTE,
    _CREDIT_BEFORE,
    _DATE_BEFORE,
    _DATE_LAST,
    _IN_TRIE,
    _LIST_BEFORE_RE,
    _NAME,
    _UNITS_LEAD_HINT,
    _UNITS_LEAD_RE,
    _credit_before,
    _head_code,
    _is_dateline,
    _may_end_list,
    _may_end_unit_lead,
    _names_unit_plural,
)


def test_chain_word_search_matches_the_regex() -> None:
    rnd = random.Random(7)
    pieces = [
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
        "St.",
        "ST.x",
        "d\u0130strict",
        "d\u0131strict",
        "\u017ftreet",
        "\u212ahan",
        "KHUM",
        "toward",
        "_road",
        "roads",
        "Street",
        *"wardsngkthiclmuopvebWARDSNGKTHICLMUOPVEB. \n,_'-1\u0130\u0131\u017f\u212a\u212b\u00df",
    ]
    texts = [
        "Building No. 15, Street 128, Hamlet 6, Phsar Depo 1 Ward, Toul Kork District.",
        "He walked toward the broad road; St.John's Ward\nKhan Sen Sok",
    ]
    for _ in range(3000):
        texts.append(
            "".join(
                rnd.choice(pieces) + rnd.choice(["", " ", ".", "_", "x", "'", "1"])
                for _ in range(rnd.randint(1, 12))
            )
        )
    for text in texts:
        assert _hint_starts(text) == [m.start() for m in _CHAIN_HINT.finditer(text)], text


def _credit_before_plain(text: str, start: int) -> bool:
    before = text[max(text.rfind("\n", 0, start) + 1, start - 40) : start]
    return _CREDIT_BEFORE.search(before) is not None


def test_credit_label_prechecks_keep_the_regex_answer() -> None:
    rnd = random.Random(11)
    labels = [
        "Source",
        "sources",
        "PHOTO",
        "photos",
        "Credit",
        "credits",
        "Courtesy",
        "editor",
        "Edited by",
        "reporting by",
        "Editing by",
        "writing by",
        "Additional reporting by",
        "Written By",
        "By",
        "by",
        "\u017fource",
        "cred\u0131t",
        "cred\u0130t",
        "Stand by",
        "nearby",
        "the",
        "Phnom Penh",
    ]
    fillers = ["", " ", "  ", ":", ": ", " : ", "\n", "\t", "x", ".", " \u00a0"]
    for _ in range(4000):
        text = "".join(rnd.choice(labels + fillers) for _ in range(rnd.randint(1, 6)))
        text += rnd.choice(fillers) + "Xinhua"
        for start in range(len(text) - 6, len(text) + 1):
            assert _credit_before(text, start) == _credit_before_plain(text, start), (text, start)
    long = "word " * 30 + "Photo: " + "Khmer Times"
    assert _credit_before(long, long.index("Khmer")) is True


def test_dateline_shortcut_keeps_the_answer() -> None:
    text = "PHNOM PENH — Police said.\nBangkok, July 15 (VNA) – text in Bangkok (Reuters) -- x"
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 12)):
            line_start = text.rfind("\n", 0, start) + 1
            if text[line_start:start].strip():
                assert _is_dateline(text, start, end) is False


_STORIES = [
    "PHNOM PENH — Police raided a compound in Sen Sok district and freed 40 Indonesians. "
    "Officers later searched casinos in Poipet, Bavet and O'Smach near the Thai border, "
    "while Thai and Vietnamese officials met in Bangkok. Many victims came from Myanmar.",
    "Myanmar said on Friday that 200 Chinese nationals were deported from Myawaddy to "
    "Thailand via Mae Sot. Cambodia and Laos joined the talks in Vientiane; Cambodia's "
    "police raided Sihanoukville. The Philippines and Cambodia signed a pact.",
    "Cambodia. The Police of Kandal province said Cambodia would act. In Myanmar, KK Park "
    "and Shwe Kokko were raided; Myanmar troops moved to the border. Cambodia, Myanmar.",
]


def test_remembered_rankings_match_a_fresh_index() -> None:
    warm = Gazetteer(use_env=False)
    for story in _STORIES * 2:
        warm.resolve(story)
    for story in _STORIES:
        fresh = Gazetteer(use_env=False)  # its own index: nothing remembered yet
        assert warm.resolve(story) == fresh.resolve(story)


def test_ascii_word_split_matches_the_unicode_split() -> None:
    rnd = random.Random(5)
    alphabet = "aZ09_ '`-.,\n\t\"()$&/:;!?x"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        assert _WORD_SPLIT_ASCII.split(text) == _WORD_SPLIT.split(text), text
    assert all(chr(c).isascii() for c in range(128))
    for c in range(128):  # every ASCII character alone and inside a word
        for text in (chr(c), f"ab{chr(c)}cd", f"{chr(c)}1"):
            assert _WORD_SPLIT_ASCII.split(text) == _WORD_SPLIT.split(text), repr(text)


def test_gap_standins_split_like_the_characters_they_replace() -> None:
    for char, standin in _ASCII_GAPS:
        assert len(char) == len(standin) == 1 and standin.isascii()
        for text in (char, f"ab{char}cd", f"a'{char}'b", f"{char}1{char}"):
            split = _WORD_SPLIT.split(text)
            assert _WORD_SPLIT.split(text.replace(char, standin))[1::2] == split[1::2], repr(text)
            assert _split(text) == [p.replace(char, standin) for p in split], repr(text)
    rnd = random.Random(11)
    alphabet = "aZ09 '’`-.,\n\"éK" + "".join(c for c, _ in _ASCII_GAPS)
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        pieces, plain = _split(text), _WORD_SPLIT.split(text)
        assert pieces[1::2] == plain[1::2] and list(map(len, pieces)) == list(map(len, plain))


def test_capital_byte_table_matches_the_capital_test() -> None:
    for c in range(128):
        assert _CAPITAL_BYTE[c] == (chr(c).isupper() or chr(c).isdigit()), c


def test_unit_plural_lookup_agrees_with_the_case_blind_regex() -> None:
    # the plurals in every case, glued to letters, digits or an underscore, and spelt with
    # the letters that only a case-blind match folds (dotted/dotless I, long s, Kelvin K)
    rnd = random.Random(3)
    pieces = [
        "provinces",
        "PROVINCES",
        "States",
        "districts",
        "Communes",
        "state",
        "province",
        "d\u0130stricts",
        "d\u0131strict\u017f",
        "\u017ftates",
        "communes_",
        "xstates",
        *"sStTaAeEiI\u0130\u0131\u017f\u212a_1 ,.\n",
    ]
    texts = ["Provinces such as Kandal", "the United States", "no unit words here", ""]
    for _ in range(3000):
        texts.append(
            "".join(
                rnd.choice(pieces) + rnd.choice(["", " ", "_", "x", "9", "-"])
                for _ in range(rnd.randint(1, 8))
            )
        )
    for text in texts:
        assert _names_unit_plural(text) == (_UNITS_LEAD_HINT.search(text) is not None), text


def test_window_end_prechecks_let_every_regex_match_through() -> None:
    # each precheck may say yes to a window its regex finds nothing in, never no to one
    # where it finds a match
    rnd = random.Random(13)
    pieces = [
        "Wa", "Kokang", "ethnic", "Chinese", "Rafiq Islam", ",", " ", "  ", "\t", "\n",
        "\u00a0", "and", "AND", "or", "nor", "sand", "provinces", "States", "districts",
        "communes", "and cities", "including", "Include", "INCLUDED", "such as", "like",
        "namely", "of", "the", "The", ":", "\u2013", "\u2014", "-", "\u017f", "\u0130",
        "\u0131", "\u212a", "li\u212ae", "a\u017f", "\u0130ncluding", "x", "9",
    ]  # fmt: skip
    checks = [
        (_LIST_BEFORE_RE, _may_end_list),
        (_UNITS_LEAD_RE, _may_end_unit_lead),
        (_ITEM_BEFORE_RE, _may_end_item),
    ]
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 9)))
        text += rnd.choice(["", " ", ", ", ", and ", " and\t", " or ", " such as the ", " \u2014 "])
        hi = len(text)
        text += rnd.choice(["Shan", "Myanmar", "Jiangsu"])
        lo = rnd.choice([0, max(0, hi - 20)])
        for regex, may_end in checks:
            if regex.search(text, lo, hi) is not None:
                assert may_end(text, lo, hi), (regex.pattern, text)


def test_publication_dates_end_as_the_dateline_precheck_expects() -> None:
    # a line's text before a dateline passes only as a publication date: one ends in a digit
    # or a separator, so the precheck of the character before the name's spaces keeps it
    rnd = random.Random(17)
    pieces = ["2024-03-15", "15 March 2025", "March 18, 2025", "Sept. 3 2024", "Posted:", "date",
              "UPDATED", " ", "\t", ",", "|", "\u2014", "\u2013", "-", "\u0663", "x", "May", "7"]  # fmt: skip
    matched = 0
    for _ in range(5000):
        before = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5))) + " "
        if _DATE_BEFORE.fullmatch(before):
            matched += 1
            last = before.rstrip()[-1]
            assert last.isdecimal() or last in _DATE_LAST, before
    assert matched > 100


def test_lowered_text_differs_from_str_lower_only_by_gap_standins() -> None:
    standins = dict(_ASCII_GAPS)
    rnd = random.Random(19)
    alphabet = "aZ09 .,'\n\u00e9\u00c9K\u0130" + "".join(standins)
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        low, plain = lower_text(text), text.lower()
        assert lower_text(text) is low  # (the last text's answer is kept)
        ascii_text = text
        for char, standin in _ASCII_GAPS:
            ascii_text = ascii_text.replace(char, standin)
        if not ascii_text.isascii():  # (other letters, "\u00e9", "\u0130": str.lower itself)
            assert low == plain, repr(text)
            continue
        for char, got, want in zip(text, low, plain, strict=True):
            assert got == want or got == standins.get(char), repr(text)


def test_head_code_says_what_the_walk_from_a_first_word_finds() -> None:
    auto = ahocorasick.Automaton()
    for name in ("kandal", "penh", "penh tomo", "siem reap"):
        auto.add_word(f" {name} ", name)
    auto.make_automaton()
    codes = {
        head: _head_code(auto.match, auto.exists, head)
        for head in ("kandal", "penh", "siem", "reap", "kan", "x")
    }
    assert codes == {
        "kandal": _NAME | _IN_TRIE,  # a name, and the walk asks on ("Kandal Stung": none)
        "penh": _NAME | _IN_TRIE,  # a name that begins a longer one
        "siem": _IN_TRIE,  # only the beginning of a name
        "reap": 0,  # inside a name, not at its start
        "kan": 0,  # a name's first letters, not a whole word of it
        "x": 0,
    }
