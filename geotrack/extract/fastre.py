"""Rewrite big regex alternations into an equivalent form that Python's ``re`` runs faster.

Python's regex engine (sre) tries the alternatives of ``(?:a|b|c|...)`` one after the
other at every position it tries. It skips an alternative cheaply only when that
alternative *starts* with a literal character or a character set that the current
character does not match; anything else (a group, ``\\b``, an optional prefix) is entered.
A cue list with hundreds of words therefore costs hundreds of steps at every word start.

:func:`factor` rewrites such a pattern into an equivalent one in which each big
alternation is a trie keyed on first characters::

    (?:raid(?:s|ed)?|rescued|sold|(?:re)?sold)   becomes   (?:r(?:aid...|escued|esold)|sold)

Equivalence is kept exactly, including which alternative wins (Python's alternation is
leftmost-first, not longest):

* *Expansion* rewrites an alternative only into alternatives tried in the same order:
  ``(?:A|B)R`` is ``AR|BR``; ``(?:X)?R`` (greedy, ``X`` never empty) is ``XR|R``;
  ``Z(?:A|B)`` is ``ZA|ZB`` when ``Z`` is a zero-width assertion.
* *Common prefixes* are factored only when the prefix matches in exactly one way (one
  character, or a zero-width assertion): ``cA|cB`` is ``c(?:A|B)``.
* *Reordering*: an alternative moves ahead of another only when the sets of characters
  they can start with are disjoint, so that at no position can both match; the relative
  order of any two alternatives that could both match is unchanged.

Under ``re.IGNORECASE`` (global or scoped) a first-character set holds both cases of
each ASCII character and the few non-ASCII characters that match one (dotted and dotless
i, Kelvin sign, long s); a non-ASCII character in such a scope makes the set unknown.
What the rewrite cannot reason about is left as it is: alternations holding capturing
groups (their numbering follows their position) keep their order, scopes of other flags
are not entered, and a pattern with a backreference is returned unchanged.

The parse tree comes from ``re._parser``, the parser that ``re.compile`` itself uses;
the rewritten tree is written back as a pattern string (see :func:`to_pattern`), so the
result is an ordinary compiled pattern with a readable ``.pattern``.

Examples
--------
>>> factor(r"\\b(?:raided|raids|rescued|sold)\\b")
'\\\\b(?:r(?:aid(?:ed|s)|escued)|sold)\\\\b'
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

__all__ = ["COMPILED", "compile", "factor", "finditer", "to_pattern", "ungrouped"]

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: An sre parse-tree item: ``(opcode, argument)``.
Item = tuple[Any, Any]
Seq = list[Item]

_LITERAL = _c.LITERAL
_NOT_LITERAL = _c.NOT_LITERAL
_ANY = _c.ANY
_IN = _c.IN
_RANGE = _c.RANGE
_CATEGORY = _c.CATEGORY
_NEGATE = _c.NEGATE
_AT = _c.AT
_BRANCH = _c.BRANCH
_SUBPATTERN = _c.SUBPATTERN
_MAX_REPEAT = _c.MAX_REPEAT
_MIN_REPEAT = _c.MIN_REPEAT
_POSSESSIVE_REPEAT = _c.POSSESSIVE_REPEAT
_ATOMIC_GROUP = _c.ATOMIC_GROUP
_ASSERT = _c.ASSERT
_ASSERT_NOT = _c.ASSERT_NOT
_GROUPREF = _c.GROUPREF
_GROUPREF_EXISTS = _c.GROUPREF_EXISTS
_MAXREPEAT = _c.MAXREPEAT
_REPEATS = (_MAX_REPEAT, _MIN_REPEAT, _POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_AT, _ASSERT, _ASSERT_NOT)
_ONE_CHAR = (_LITERAL, _NOT_LITERAL, _ANY, _IN)

_AT_TEXT = {
    _c.AT_BEGINNING: "^",
    _c.AT_BEGINNING_STRING: r"\A",
    _c.AT_BOUNDARY: r"\b",
    _c.AT_NON_BOUNDARY: r"\B",
    _c.AT_END: "$",
    _c.AT_END_STRING: r"\Z",
}
_CATEGORY_TEXT = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_FLAG_LETTERS = (
    (re.IGNORECASE, "i"),
    (re.LOCALE, "L"),
    (re.MULTILINE, "m"),
    (re.DOTALL, "s"),
    (re.UNICODE, "u"),
    (re.VERBOSE, "x"),
    (re.ASCII, "a"),
)
#: Under re.IGNORECASE an ASCII character also matches its other case and these non-ASCII
#: characters (dotted and dotless i, Kelvin sign, long s); no other non-ASCII character
#: matches an ASCII one (tests/test_fastre.py checks every code point).
_FOLD_EXTRA = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}

#: Expansion stops (the alternative is kept as it is) beyond this many alternatives.
_MAX_EXPANDED = 4000
#: A character class adds its characters to a first-character set up to this many.
_MAX_CLASS_CHARS = 512

# --------------------------------------------------------------------------- writing back


def _char(code: int) -> str:
    """One character as pattern text: letters, digits, ``_`` and non-ASCII as they are."""
    ch = chr(code)
    if ch.isascii():
        if ch.isalnum() or ch == "_":
            return ch
        if ch.isprintable() and ch != " ":
            return "\\" + ch
        return f"\\x{code:02x}"
    if not ch.isprintable() or ch.isspace():
        return f"\\U{code:08x}"
    return ch


def _flags_text(flags: int) -> str:
    return "".join(letter for flag, letter in _FLAG_LETTERS if flags & flag)


def _class_text(items: Iterable[Item]) -> str:
    parts = []
    for op, av in items:
        if op is _NEGATE:
            parts.append("^")
        elif op is _LITERAL:
            parts.append(_char(av))
        elif op is _RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _CATEGORY:
            parts.append(_CATEGORY_TEXT[av])
        else:
            raise ValueError(f"unexpected class item {op}")
    return "[" + "".join(parts) + "]"


def _atom_text(item: Item, names: dict[int, str]) -> str:
    """``item`` as pattern text that a quantifier can follow."""
    op = item[0]
    if op in (_LITERAL, _NOT_LITERAL, _ANY, _IN, _SUBPATTERN, _ATOMIC_GROUP):
        return _item_text(item, names)
    return "(?:" + _item_text(item, names) + ")"


def _item_text(item: Item, names: dict[int, str]) -> str:
    op, av = item
    if op is _LITERAL:
        return _char(av)
    if op is _NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is _ANY:
        return "."
    if op is _IN:
        return _class_text(av)
    if op is _AT:
        return _AT_TEXT[av]
    if op is _BRANCH:
        return "(?:" + "|".join(_seq_text(alt, names) for alt in av[1]) + ")"
    if op is _SUBPATTERN:
        group, add_flags, del_flags, body = av
        inner = _seq_text(body, names)
        if group is not None:
            name = names.get(group)
            return (f"(?P<{name}>" if name else "(") + inner + ")"
        if add_flags or del_flags:
            off = "-" + _flags_text(del_flags) if del_flags else ""
            return f"(?{_flags_text(add_flags)}{off}:{inner})"
        return "(?:" + inner + ")"
    if op in _REPEATS:
        low, high, body = av
        if low == 0 and high == _MAXREPEAT:
            quant = "*"
        elif low == 1 and high == _MAXREPEAT:
            quant = "+"
        elif low == 0 and high == 1:
            quant = "?"
        elif high == _MAXREPEAT:
            quant = f"{{{low},}}"
        elif low == high:
            quant = f"{{{low}}}"
        else:
            quant = f"{{{low},{high}}}"
        if op is _MIN_REPEAT:
            quant += "?"
        elif op is _POSSESSIVE_REPEAT:
            quant += "+"
        body_items = list(body)
        atom = (
            _atom_text(body_items[0], names)
            if len(body_items) == 1
            else "(?:" + _seq_text(body_items, names) + ")"
        )
        return atom + quant
    if op is _ATOMIC_GROUP:
        return "(?>" + _seq_text(av, names) + ")"
    if op in (_ASSERT, _ASSERT_NOT):
        direction, body = av
        kind = (
            ("=" if op is _ASSERT else "!") if direction == 1 else ("<=" if op is _ASSERT else "<!")
        )
        return f"(?{kind}" + _seq_text(body, names) + ")"
    if op is _GROUPREF:
        return f"(?:\\{av})"
    if op is _GROUPREF_EXISTS:
        group, yes, no = av
        text = f"(?({group})" + _seq_text(yes, names)
        if no is not None:
            text += "|" + _seq_text(no, names)
        return text + ")"
    raise ValueError(f"unsupported regex operation {op}")


def _seq_text(seq: Iterable[Item], names: dict[int, str]) -> str:
    return "".join(_item_text(item, names) for item in seq)


def to_pattern(tree: Any, names: dict[int, str] | None = None) -> str:
    """Pattern text for an sre parse tree (a ``re._parser.SubPattern`` or a list of items).

    Compiling the text gives the same program as compiling the tree; ``names`` maps group
    numbers to the names of named groups.
    """
    return _seq_text(tree, names or {})


# ----------------------------------------------------------------------------- analysis


def _has_group(seq: Iterable[Item]) -> bool:
    """Whether ``seq`` holds a capturing group or a group reference anywhere."""
    for op, av in seq:
        if op is _SUBPATTERN:
            if av[0] is not None or _has_group(av[3]):
                return True
        elif op is _GROUPREF or op is _GROUPREF_EXISTS:
            return True
        elif op is _BRANCH:
            if any(_has_group(alt) for alt in av[1]):
                return True
        elif op in _REPEATS:
            if _has_group(av[2]):
                return True
        elif op is _ATOMIC_GROUP:
            if _has_group(av):
                return True
        elif op in (_ASSERT, _ASSERT_NOT) and _has_group(av[1]):
            return True
    return False


def _min_width(seq: Iterable[Item]) -> int:
    """The fewest characters ``seq`` can match (0 when unsure)."""
    total = 0
    for op, av in seq:
        if op in _ONE_CHAR:
            total += 1
        elif op is _SUBPATTERN:
            total += _min_width(av[3])
        elif op is _ATOMIC_GROUP:
            total += _min_width(av)
        elif op is _BRANCH:
            total += min(_min_width(alt) for alt in av[1])
        elif op in _REPEATS:
            total += av[0] * _min_width(av[2])
    return total


#: A first-character set: the characters a match can start with; ``None`` is "any".
First = frozenset[str] | None


def _fold(chars: Iterable[str], icase: bool) -> First:
    """``chars``, with what each matches under re.IGNORECASE when ``icase``."""
    if not icase:
        return frozenset(chars)
    out: set[str] = set()
    for ch in chars:
        if not ch.isascii():
            return None  # not reasoned about
        low = ch.lower()
        out.update((low, ch.upper()), _FOLD_EXTRA.get(low, ""))
    return frozenset(out)


def _class_chars(items: Sequence[Item], icase: bool) -> First:
    chars: set[str] = set()
    for op, av in items:
        if op is _LITERAL:
            chars.add(chr(av))
        elif op is _RANGE and av[1] - av[0] < _MAX_CLASS_CHARS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:  # a negation, a category (\w, \d, ...) or a huge range
            return None
    return _fold(chars, icase)


def _scoped(icase: bool, add_flags: int, del_flags: int) -> bool | None:
    """Whether a ``(?flags-flags:...)`` scope is case-insensitive (``None``: other flags)."""
    if (add_flags | del_flags) & ~re.IGNORECASE:
        return None
    if add_flags:
        return True
    return False if del_flags else icase


def _item_first(item: Item, icase: bool) -> tuple[First, bool]:
    """The first-character set of ``item`` and whether it can match the empty string."""
    op, av = item
    if op is _LITERAL:
        return _fold(chr(av), icase), False
    if op is _IN:
        return _class_chars(av, icase), False
    if op in _ZERO_WIDTH:
        return frozenset(), True  # consumes nothing: the next item's first character counts
    if op is _SUBPATTERN:
        scoped = _scoped(icase, av[1], av[2])
        if scoped is None:
            return None, True  # other scoped flags: not reasoned about
        return _seq_first(av[3], scoped)
    if op is _ATOMIC_GROUP:
        return _seq_first(av, icase)
    if op is _BRANCH:
        chars: set[str] = set()
        empty = False
        for alt in av[1]:
            first, alt_empty = _seq_first(alt, icase)
            if first is None:
                return None, True
            chars |= first
            empty = empty or alt_empty
        return frozenset(chars), empty
    if op in _REPEATS:
        low, high, body = av
        if high == 0:
            return frozenset(), True
        first, empty = _seq_first(body, icase)
        return first, empty or low == 0
    return None, True  # any character, a group reference, ...


def _seq_first(seq: Iterable[Item], icase: bool) -> tuple[First, bool]:
    """The first-character set of a sequence and whether it can match the empty string."""
    chars: set[str] = set()
    for item in seq:
        first, empty = _item_first(item, icase)
        if first is None:
            return None, True
        chars |= first
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _first(seq: Seq, icase: bool) -> First:
    """The characters a match of ``seq`` must start with (``None``: it may match empty)."""
    first, empty = _seq_first(seq, icase)
    return None if empty else first


# ------------------------------------------------------------------------------ rewrite


def _expand(seq: Seq) -> list[Seq]:
    """``seq`` as alternatives tried in the same order, each led by an explicit item.

    Only the leading items are opened: a non-capturing group, an alternation, a greedy or
    lazy ``?`` of a never-empty body, and zero-width assertions before any of them.
    """
    if not seq:
        return [seq]
    (op, av), rest = seq[0], seq[1:]
    out: list[Seq]
    if op is _SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _expand(list(av[3]) + rest)
    if op is _BRANCH:
        out = []
        for alt in av[1]:
            out += _expand(list(alt) + rest)
            if len(out) > _MAX_EXPANDED:
                return [seq]
        return out
    if op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] == 0 and av[1] == 1 and _min_width(av[2]) > 0:
        taken, skipped = _expand(list(av[2]) + rest), _expand(rest)
        out = taken + skipped if op is _MAX_REPEAT else skipped + taken
        return out if len(out) <= _MAX_EXPANDED else [seq]
    if op in _ZERO_WIDTH and (op is _AT or not _has_group(av[1])):
        tails = _expand(rest)
        return [[seq[0], *tail] for tail in tails]
    return [seq]


def _key(seq: Seq) -> str | None:
    """What alternatives sharing a first item are grouped by: that item, when it matches in
    exactly one way (one character, or a zero-width assertion)."""
    if not seq:
        return None
    op, av = seq[0]
    if op in _ONE_CHAR or op is _AT:
        return _item_text(seq[0], {})
    if op in (_ASSERT, _ASSERT_NOT) and not _has_group(av[1]):
        return _item_text(seq[0], {})
    return None


def _disjoint(a: First, b: First) -> bool:
    return a is not None and b is not None and not (a & b)


def _factor_branch(alts: Sequence[Seq], icase: bool) -> list[Seq]:
    """Equivalent alternatives for an alternation, grouped by their first items."""
    if any(_has_group(alt) for alt in alts):
        # Group numbers follow positions: keep the order, factor only shared first items.
        return _merge_runs([_rewrite(list(alt), icase) for alt in alts])
    expanded: list[Seq] = []
    for alt in alts:
        expanded += _expand(list(alt))
    if len(expanded) > _MAX_EXPANDED:
        return [_rewrite(list(alt), icase) for alt in alts]
    return _group(expanded, icase)


def _group(alts: list[Seq], icase: bool) -> list[Seq]:
    firsts = [_first(alt, icase) for alt in alts]
    keys = [_key(alt) for alt in alts]
    remaining = list(range(len(alts)))
    out: list[Seq] = []
    while remaining:
        lead = remaining[0]
        members = [lead]
        skipped: list[int] = []
        if keys[lead] is not None:
            for index in remaining[1:]:
                # It may move ahead of the skipped ones only if none of them can match where
                # it does (disjoint first characters): leftmost-first is then unchanged.
                if keys[index] == keys[lead] and all(
                    _disjoint(firsts[index], firsts[other]) for other in skipped
                ):
                    members.append(index)
                else:
                    skipped.append(index)
        if len(members) == 1:
            out.append(_rewrite(alts[lead], icase))
            remaining = remaining[1:]
            continue
        head = _rewrite(alts[lead][:1], icase)[0]
        tails = _group([alts[index][1:] for index in members], icase)
        out.append([head, *tails[0]] if len(tails) == 1 else [head, _branch(tails)])
        taken = set(members)
        remaining = [index for index in remaining if index not in taken]
    return out


def _merge_runs(alts: list[Seq]) -> list[Seq]:
    """Neighbouring alternatives that share a first item (see :func:`_key`) factored, in
    their order: ``XA|XB|C`` is ``X(?:A|B)|C``."""
    out: list[Seq] = []
    start = 0
    while start < len(alts):
        key = _key(alts[start])
        end = start + 1
        while key is not None and end < len(alts) and _key(alts[end]) == key:
            end += 1
        if end - start == 1:
            out.append(alts[start])
        else:
            tails = _merge_runs([alt[1:] for alt in alts[start:end]])
            out.append([alts[start][0], _branch(tails)])
        start = end
    return out


def _branch(alts: list[Seq]) -> Item:
    if len(alts) == 1:
        return (_SUBPATTERN, (None, 0, 0, alts[0]))
    return (_BRANCH, (None, alts))


def _rewrite(seq: Seq, icase: bool) -> Seq:
    """``seq`` with every alternation in it factored."""
    out: Seq = []
    for op, av in seq:
        if op is _BRANCH:
            out.append(_branch(_factor_branch([list(alt) for alt in av[1]], icase)))
        elif op is _SUBPATTERN:
            group, add_flags, del_flags, body = av
            scoped = _scoped(icase, add_flags, del_flags)
            if scoped is None:
                out.append((op, av))  # other scoped flags: not reasoned about
                continue
            body = _rewrite(list(body), scoped)
            if group is not None:
                # "(?P<g>\\bX)" is "\\b(?P<g>X)": the group starts where it did.
                lead = 0
                while lead < len(body) and body[lead][0] is _AT:
                    lead += 1
                out += body[:lead]
                body = body[lead:]
            out.append((op, (group, add_flags, del_flags, body)))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _rewrite(list(av[2]), icase))))
        elif op in (_ASSERT, _ASSERT_NOT):
            out.append((op, (av[0], _rewrite(list(av[1]), icase))))
        elif op is _ATOMIC_GROUP:
            out.append((op, _rewrite(list(av), icase)))
        else:
            out.append((op, av))
    return out


def factor(pattern: str, flags: int = 0) -> str:
    """An equivalent pattern whose alternations are tries keyed on first characters.

    ``re.compile(factor(p, flags), flags)`` matches exactly what ``re.compile(p, flags)``
    matches, at the same positions, with the same groups. Patterns the rewrite cannot
    reason about (backreferences) are returned unchanged.
    """
    text, groups, names = _factor(pattern, flags)
    state = _parser.parse(text, flags).state
    if (state.groups, state.groupdict) != (groups, names):
        return pattern  # never expected: the groups would differ
    return text


def _factor(pattern: str, flags: int) -> tuple[str, int, dict[str, int]]:
    """The factored text, and the group count and names the original pattern has."""
    tree = _parser.parse(pattern, flags)
    state = tree.state
    if _has_backreference(tree):
        return pattern, state.groups, state.groupdict
    names = {number: name for name, number in state.groupdict.items()}
    text = to_pattern(_rewrite(list(tree), bool(state.flags & re.IGNORECASE)), names)
    inline = state.flags & ~flags & ~re.UNICODE & ~re.VERBOSE
    if inline:
        text = f"(?{_flags_text(inline)})" + text
    return text, state.groups, state.groupdict


def _has_backreference(seq: Iterable[Item]) -> bool:
    for op, av in seq:
        if op is _GROUPREF or op is _GROUPREF_EXISTS:
            return True
        children: list[Iterable[Item]] = []
        if op is _SUBPATTERN:
            children = [av[3]]
        elif op is _BRANCH:
            children = list(av[1])
        elif op in _REPEATS:
            children = [av[2]]
        elif op is _ATOMIC_GROUP:
            children = [av]
        elif op in (_ASSERT, _ASSERT_NOT):
            children = [av[1]]
        if any(_has_backreference(child) for child in children):
            return True
    return False


def _ungroup(seq: Iterable[Item]) -> Seq:
    """``seq`` with every capturing group made non-capturing."""
    out: Seq = []
    for op, av in seq:
        if op is _SUBPATTERN:
            out.append((op, (None, av[1], av[2], _ungroup(av[3]))))
        elif op is _BRANCH:
            out.append((op, (None, [_ungroup(alt) for alt in av[1]])))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _ungroup(av[2]))))
        elif op is _ATOMIC_GROUP:
            out.append((op, _ungroup(av)))
        elif op in (_ASSERT, _ASSERT_NOT):
            out.append((op, (av[0], _ungroup(av[1]))))
        else:
            out.append((op, av))
    return out


def ungrouped(pattern: str, flags: int = 0) -> str:
    """``pattern`` with its capturing groups made non-capturing (no backreferences allowed).

    It matches exactly where ``pattern`` does, with the same spans (groups only record
    where parts matched). Without groups :func:`compile` may reorder its alternations
    into tries, which it must not do across capturing groups: a pattern whose top-level
    alternatives are named groups fails much faster this way, so a cheap test of whether
    (and where) the full pattern matches.

    >>> ungrouped("(?P<a>ab)c|(d)")
    '(?:(?:ab)c|(?:d))'
    """
    tree = _parser.parse(pattern, flags)
    if _has_backreference(tree):
        raise ValueError("a pattern with a backreference needs its groups")
    text = to_pattern(_ungroup(tree))
    inline = tree.state.flags & ~flags & ~re.UNICODE & ~re.VERBOSE
    return f"(?{_flags_text(inline)})" + text if inline else text


#: Every pattern made by :func:`compile`, with the text and flags it was made from (for
#: the equivalence tests and ``benchmarks/profile_regex.py``).
COMPILED: list[tuple[re.Pattern[str], str, int]] = []


def compile(pattern: str, flags: int = 0, *, groups: bool = True) -> re.Pattern[str]:
    """``re.compile`` of :func:`factor` (``pattern``): same matches, faster alternations.

    ``groups=False``: of :func:`ungrouped` (``pattern``), same spans and no groups."""
    if not groups:
        pattern = ungrouped(pattern, flags)
    text, groups_, names = _factor(pattern, flags)
    compiled = re.compile(text, flags)
    if (compiled.groups + 1, dict(compiled.groupindex)) != (groups_, names):
        compiled = re.compile(pattern, flags)  # never expected: the groups would differ
    COMPILED.append((compiled, pattern, flags))
    return compiled


def finditer(spans: re.Pattern[str], full: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``full.finditer(text)``, the places found by ``spans``, ``compile(p, groups=False)``
    of ``full``'s pattern ``p``: both find the same spans, and ``full`` (slow where it fails,
    its alternatives being groups) then runs only where it matches, for the groups.
    Exact for patterns that never match the empty string (each match is then what
    ``full.match`` finds at its start)."""
    for found in spans.finditer(text):
        match = full.match(text, found.start())
        assert match is not None
        yield match
