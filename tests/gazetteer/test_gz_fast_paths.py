"""The fast paths of the scanner give the answers of the plain code they replace."""

from __future__ import annotations

import random

from gazetteer.address import _CHAIN_HINT, _hint_starts


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
