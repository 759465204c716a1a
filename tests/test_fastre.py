"""geotrack.extract.fastre: factored alternations match exactly what the originals match."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geotrack.extract import fastre

# Importing the extraction modules fills fastre.COMPILED with every pattern they factor.
_MODULES = [
    importlib.import_module(f"geotrack.extract.{name}")
    for name in ("counts", "dates", "events", "numbers", "segment")
]
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

ROOT = Path(__file__).resolve().parents[1]


def _results(pattern: re.Pattern[str], text: str) -> list[Any]:
    """Everything a caller can see: every match, every search, every anchored match."""
    out: list[Any] = [
        (m.span(), m.group(0), m.groups(), m.lastgroup, m.lastindex) for m in pattern.finditer(text)
    ]
    for pos in range(len(text) + 1):
        for m in (pattern.match(text, pos), pattern.search(text, pos)):
            out.append(None if m is None else (m.span(), m.groups(), m.lastindex))
    return out


def assert_same(original: str, texts: list[str], flags: int = 0) -> str:
    factored = fastre.factor(original, flags)
    slow, fast = re.compile(original, flags), re.compile(factored, flags)
    assert fast.groups == slow.groups and fast.groupindex == slow.groupindex
    for text in texts:
        assert _results(fast, text) == _results(slow, text), (original, factored, text)
    return factored


# ------------------------------------------------------------------------ writing back


def _all_patterns() -> list[re.Pattern[str]]:
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    names = [
        "geotrack.extract.counts",
        "geotrack.extract.dates",
        "geotrack.extract.events",
        "geotrack.extract.numbers",
        "geotrack.extract.segment",
        "geotrack.resolve.roles",
        "gazetteer.scan",
        "gazetteer.normalize",
    ]
    for name in names:
        for value in vars(importlib.import_module(name)).values():
            values = value.values() if isinstance(value, dict) else [value]
            for item in values:
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    found[(item.pattern, item.flags)] = item
    return list(found.values())


def test_pattern_text_compiles_to_the_same_program() -> None:
    """to_pattern(parse(p)) is p written again: re compiles both to the same program."""
    patterns = _all_patterns()
    assert len(patterns) > 100
    for compiled in patterns:
        tree = _parser.parse(compiled.pattern, compiled.flags)
        flags = tree.state.flags
        names = {number: name for name, number in tree.state.groupdict.items()}
        text = fastre.to_pattern(tree, names)
        again = _parser.parse(text, flags)
        assert _compiler._code(again, flags) == _compiler._code(tree, flags), compiled.pattern


@pytest.mark.parametrize(
    "pattern",
    [
        r"a\|b|\(c\)|[|()\]\\-]x|\x00|\t| |#|’|—|\.\*",
        r"[^a-c\d\s]|[\w'’-]+|[\^]|\D\S\W|.",
        r"(?P<name>a)(b)(?:c)(?i:d)(?-i:e)(?>f)(?=g)(?!h)(?<=i)(?<!j)\1(?P=name)(?(2)k|l)",
        r"a{2}b{2,}c{2,5}d*?e+?f??g{1,3}?h*+i++j?+\A\Z^$\b\B",
    ],
)
def test_pattern_text_of_tricky_syntax(pattern: str) -> None:
    for flags in (0, re.VERBOSE, re.IGNORECASE | re.DOTALL):
        tree = _parser.parse(pattern, flags)
        names = {number: name for name, number in tree.state.groupdict.items()}
        text = fastre.to_pattern(tree, names)
        state = tree.state.flags
        assert _compiler._code(_parser.parse(text, state), state) == _compiler._code(tree, state)


# ------------------------------------------------------------------------- the rewrite


def test_words_become_a_trie() -> None:
    assert fastre.factor(r"\b(?:raided|raids|rescued|sold)\b") == (
        r"\b(?:r(?:aid(?:ed|s)|escued)|sold)\b"
    )


def test_leftmost_first_is_kept() -> None:
    # "a" before "ab": "a" wins even though "ab" is longer, and the other way round.
    assert assert_same(r"(?:a|ab|b)", ["ab", "b a ab"]) == "(?:a(?:|b)|b)"
    assert_same(r"(?:ab|a|b)", ["ab", "b a ab"])
    assert_same(r"(?:cat|\w+|car)\b", ["car cat cart", "c ca"])


def test_reordering_only_past_alternatives_that_cannot_match_there() -> None:
    # "car" may not move ahead of \w+ (both can start with c); "dog" may not either.
    factored = fastre.factor(r"(?:cat|\w+|car|dog)")
    assert factored.index("car") > factored.index("[\\w]+")
    # [xy]z can start where "x..." starts: the x group stays after it.
    assert_same(r"(?:xa|[xy]z|xb|q)", ["xa xb yz xz q"])
    assert fastre.factor(r"(?:xa|[xy]z|xb|q)").index("[xy]z") < fastre.factor(
        r"(?:xa|[xy]z|xb|q)"
    ).index("xb")


def test_optional_prefix_and_leading_groups_are_distributed() -> None:
    assert_same(
        r"\b(?:(?:re)?sold\s+to|resold|(?:shut|clos(?:ed|ing))\s+down|sold|s(?:neaked|nuck))\b",
        ["resold sold to shut down closing down sold snuck resold to"],
    )
    assert_same(r"(?:(?:re)??sold|resolder)", ["resolder resold sold"])  # lazy: skip first
    assert_same(r"(?:(?:x*)?y|xy|y)", ["xxy y xy"])  # a body that can be empty: kept


def test_zero_width_prefixes_are_hoisted() -> None:
    factored = assert_same(
        r"(?:(?:\b(?:cat|cow)\b)|(?:\b(?:dog|cod)\b)|(?<!x)cap)",
        ["cat cow dog cod cap xcap xcat"],
    )
    assert factored.startswith(r"(?:\b")


def test_capturing_groups_keep_their_order() -> None:
    pattern = r"(?P<b>\bbb|\bba)|(?P<a>\baa|\bab)|(c)"
    factored = assert_same(pattern, ["aa ab ba bb c"])
    assert factored.index("(?P<b>") < factored.index("(?P<a>") < factored.index("(c")
    assert "b(?:b|a)" in factored or "b[ba]" in factored  # inside a group: factored


def test_ungrouped_patterns_match_the_same_spans() -> None:
    pattern = r"(?P<b>\bbb|\bba)|(?P<a>\baa|(?i:\bab))|(c)(d)?"
    plain = fastre.compile(pattern, groups=False)
    assert plain.groups == 0
    assert r"\b(?:b[ba]|aa)" in plain.pattern  # the groups' alternatives: now one trie
    slow = re.compile(pattern)
    for text in ["aa AB ba bb c cd", "xbb cdd"]:
        for pos in range(len(text) + 1):
            for method in ("match", "search"):
                fast_m, slow_m = getattr(plain, method)(text, pos), getattr(slow, method)(text, pos)
                assert (fast_m and fast_m.span()) == (slow_m and slow_m.span())
    with pytest.raises(ValueError):
        fastre.ungrouped(r"(a)\1")


def test_finditer_finds_what_the_grouped_pattern_finds() -> None:
    pattern = r"(?P<x>\bab|\ba)(?P<y>c)?|(?P<z>\bb\w*)"
    grouped, plain = re.compile(pattern), fastre.compile(pattern, groups=False)
    for text in ["ab ac abc b bcd", "", "xab a"]:
        found = [(m.span(), m.groupdict()) for m in fastre.finditer(plain, grouped, text)]
        assert found == [(m.span(), m.groupdict()) for m in grouped.finditer(text)]


def test_what_it_cannot_reason_about_is_left_alone() -> None:
    assert fastre.factor(r"(a)(?:\1b|\1c)") == r"(a)(?:\1b|\1c)"
    # A scope of other flags is kept as it is; the rest is factored.
    factored = assert_same(r"(?s:ab|ac)|(?:xa|xb)", ["AB ac xa xb"])
    assert factored == "(?:(?s:a[bc])|x[ab])"  # (re's own parser factors "ab|ac" as "a[bc]")


_FOLDED = "aAbBiIkKsSzZ \u0130\u0131\u212a\u017f\u00e9\u00c9"


def test_case_insensitive_first_characters() -> None:
    # "k..." may not move ahead of "[K]x" (the Kelvin sign and K match both); "b..." may.
    for flags in (re.IGNORECASE, 0):
        assert_same(r"(?:ka|[\u212a]x|kb|ba|Sa|\u017fb|sc|ia|\u0131b|Ic)", [_FOLDED], flags)
    assert_same(r"(?i:ka|\u212ax|kb)|(?-i:ka|Kb|kc)", [_FOLDED + " ka KA Kb kc"])
    factored = fastre.factor(r"(?:ka|bx|kb)", re.IGNORECASE)
    assert factored == "(?:k(?:a|b)|bx)"
    assert fastre.factor(r"(?:ka|Kx|kb)", re.IGNORECASE) == "(?:ka|Kx|kb)"


@pytest.mark.parametrize(
    ("pattern", "texts", "flags"),
    [
        # Found by the random tests against deliberately broken versions of the rewrite.
        ("(?:ab)?|a", ["a", "ab"], 0),
        ("Sk||S", ["S", "Sk"], 0),
        ("(?<!b)a| |(?<!b)", [" ", "ba a"], 0),
        ("a|(?:a|b)??", ["b", "ab"], 0),
        # The Kelvin sign, long s and dotted/dotless i match k, s and i case-insensitively:
        # "kb" may not jump ahead of a case-sensitive class holding the Kelvin sign.
        ("(?i:ka|(?-i:[\u2100-\u21ff])|kb)", ["\u212ab", "Kb", "kb"], 0),
        ("(?:ka|(?-i:[\u2100-\u21ff])|kb)", ["\u212ab", "Kb", "kb"], re.IGNORECASE),
        ("(?:sa|(?-i:[\u0100-\u01ff])|sb)", ["\u017fb", "Sb"], re.IGNORECASE),
        ("(?:ia|(?-i:[\u0100-\u01ff])|ib)", ["\u0130b", "\u0131b", "Ib"], re.IGNORECASE),
    ],
)
def test_known_tricky_alternations(pattern: str, texts: list[str], flags: int) -> None:
    assert_same(pattern, texts, flags)


def test_the_case_folding_table_is_complete() -> None:
    """Every non-ASCII character that matches an ASCII one under IGNORECASE is listed."""
    ascii_any = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found: dict[str, set[str]] = {}
    for code in range(0x80, 0x110000):
        ch = chr(code)
        if ascii_any.fullmatch(ch):
            for low in map(chr, range(0x80)):
                if re.fullmatch(re.escape(low), ch, re.IGNORECASE):
                    found.setdefault(low.lower(), set()).add(ch)
    assert found == {low: set(extra) for low, extra in fastre._FOLD_EXTRA.items()}


def test_global_flags_are_kept() -> None:
    assert_same(r"(?s)(?:a.|b.)", ["a\nb\n"])
    assert_same(r"(?m)(?:a$|b$)", ["a\nb\n"])
    assert_same("(?x) (?: a b | a c )  # comment", ["ab ac a b"], re.VERBOSE)


# --------------------------------------------------- every pattern the package factors


def _factored() -> list[tuple[re.Pattern[str], str, int]]:
    assert _MODULES
    return list(fastre.COMPILED)


_IDS = [f"{i}:{p.pattern[:40]}" for i, (p, _, _) in enumerate(_factored())]


def test_the_extraction_modules_use_it() -> None:
    assert len(_factored()) >= 8


@pytest.mark.parametrize(("compiled", "original", "flags"), _factored(), ids=_IDS)
def test_factored_patterns_on_the_bundled_articles(
    compiled: re.Pattern[str], original: str, flags: int
) -> None:
    slow = re.compile(original, flags)
    assert compiled.groups == slow.groups and compiled.groupindex == slow.groupindex
    folders = [ROOT / "examples" / "articles", *sorted((ROOT / "benchmarks").glob("*/articles"))]
    for path in sorted(path for folder in folders for path in folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for probe in (text, text.lower()):
            spans = [(m.span(), m.groups()) for m in compiled.finditer(probe)]
            assert spans == [(m.span(), m.groups()) for m in slow.finditer(probe)], path.name


def _vocabulary(pattern: str) -> list[str]:
    words = sorted(set(re.findall(r"[A-Za-z]{2,}", pattern)))
    return [*words, *(w.lower() for w in words), "3,000", "12", "2024", "’s", "-", "a", "s"]


_SEPARATORS = st.sampled_from([" ", " ", " ", "", "  ", ", ", ".", "-", "\n", "(", "’"])


@st.composite
def _texts(draw: st.DrawFn, vocabulary: list[str]) -> str:
    tokens = draw(
        st.lists(
            st.one_of(
                st.sampled_from(vocabulary),
                st.text(alphabet="abcdehilnorstuwy0 -’é", max_size=4),
            ),
            max_size=14,
        )
    )
    parts: list[str] = []
    for token in tokens:
        parts += [token, draw(_SEPARATORS)]
    return "".join(parts)


@pytest.mark.parametrize(("compiled", "original", "flags"), _factored(), ids=_IDS)
def test_factored_patterns_match_the_same_on_random_text(
    compiled: re.Pattern[str], original: str, flags: int
) -> None:
    slow = re.compile(original, flags)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_texts(_vocabulary(original)))
    def check(text: str) -> None:
        assert _results(compiled, text) == _results(slow, text)

    check()


# ------------------------------------------------------------------ random patterns


def _alternation(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.lists(children, max_size=3).map("".join), min_size=1, max_size=5).map(
        "|".join
    )


_PLAIN = ("a", "b", "c", "ab", "ba", "[ab]", "[bc]", r"\w", "[^a]", ".", r"\b", r"\B", " ")
_ATOMS = st.sampled_from(
    [
        *_PLAIN,
        *("(?=a)", "(?<!b)", "(?!c)", r"\w+", "a*", "b+?", "c{0,2}", "(?:ab)?", "(?:a|b)??"),
        *("$", "^"),
    ]
)


def _patterns(
    atoms: st.SearchStrategy[str],
    wrappers: list[str],
    repeated: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[str]:
    """Alternations of atoms and of wrapped (grouped, optional) alternations, nested; with
    ``repeated``, also ``(?:...)+`` groups of those atoms. A repeated group never holds a
    quantifier: nested repeats ("(?:(?:\\w+)+)+") backtrack exponentially in ``re`` and can
    hang the test on a random draw."""
    leaves = [atoms, atoms]
    if repeated is not None:
        leaves.append(_alternation(repeated).map("(?:{})+".format))
    tree: st.SearchStrategy[str] = st.deferred(
        lambda: st.one_of(
            *leaves,
            st.tuples(st.sampled_from(wrappers), _alternation(tree)).map(
                lambda pair: pair[0].replace("@", pair[1])
            ),
        )
    )
    return _alternation(tree)


_PATTERNS = _patterns(
    _ATOMS, ["(?:@)", "(?:@)?", "(?:@)??", "(@)"], repeated=st.sampled_from(_PLAIN)
)


@settings(max_examples=500, deadline=None)
@given(_PATTERNS, st.lists(st.text(alphabet="abc ", max_size=10), min_size=1, max_size=3))
def test_random_patterns_match_the_same(pattern: str, texts: list[str]) -> None:
    try:
        re.compile(pattern)
    except re.error:
        return  # e.g. a quantifier on nothing
    assert_same(pattern, texts)


_CASED_ATOMS = st.sampled_from(
    [
        *("k", "K", "s", "S", "i", "I", "\u212a", "\u017f", "\u0131", "[ks]", "[I-K]", "ki"),
        *(r"\w", "(?i:k)", "(?-i:s)", "(?i:ks|sk)", " ", r"\b", "(?:Ik)?", "s+"),
    ]
)
_CASED_PATTERNS = _patterns(_CASED_ATOMS, ["(?:@)", "(?:@)?", "(?i:@)", "(@)"])


@settings(max_examples=500, deadline=None)
@given(
    _CASED_PATTERNS,
    st.lists(st.text(alphabet="kKsSiI \u212a\u017f\u0131\u0130", max_size=8), min_size=1),
    st.sampled_from([0, re.IGNORECASE, re.IGNORECASE | re.ASCII]),
)
def test_random_case_insensitive_patterns_match_the_same(
    pattern: str, texts: list[str], flags: int
) -> None:
    try:
        re.compile(pattern, flags)
    except re.error:
        return
    assert_same(pattern, texts, flags)
