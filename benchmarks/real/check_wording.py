"""Runs of N words (default 8) that tracked files share with third-party texts.

The project's fixtures, examples and comments are written in our own words; facts
(places, dates, counts, names, addresses) may repeat, sentences may not. This prints
every run of at least N words that a tracked file shares with the shared corpus's
articles or with the restored real-set pages, so a reviewer can tell a name or an
address (fine) from copied wording (reword it). Gold and manifest files of the real
batches are skipped: they hold toponym strings and titles by design.

    python3 benchmarks/real/check_wording.py --texts /work/realset [--corpus ../shared/corpus] [-n 8]
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Words in any script, accented letters kept: Vietnamese "lực lượng" stays two words (ASCII
#: letters alone split it into "l c l ng", so any four Vietnamese words made an "8-word" run).
#: Thai vowel and tone marks are letters of a word too (not word characters to ``\w``), as
#: are the vowel signs, viramas and nuktas of the Indic scripts, Khmer's signs and Arabic's
#: vowel marks (before, "भारतीय" was three "words" and a Tamil or Bengali word as many).
_WORD_RE = re.compile(
    r"(?:[^\W_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0900-\u0903\u093a-\u094f\u0951-\u0957"
    r"\u0962\u0963\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3\u0a01-\u0a03\u0a3c-\u0a51"
    r"\u0a70\u0a71\u0a75\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b82\u0bbe-\u0bcd\u0bd7"
    r"\u0c00-\u0c04\u0c3e-\u0c56\u0c62\u0c63\u0d00-\u0d03\u0d3b\u0d3c\u0d3e-\u0d4d\u0d57"
    r"\u0d62\u0d63\u17b4-\u17d3\u17dd\u064b-\u065f\u0670\u200c\u200d])+(?:['’][^\W_]+)?"
)
#: Chinese, Japanese, Thai and Khmer write no spaces between words: a run of their letters is
#: cut into pieces of about a word each (two Han or kana characters, four Thai or Khmer
#: letters), so that an eight-piece run is a phrase of about eight words, as in spaced text.
_HAN_KANA_RE = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_THAI_RE = re.compile(r"[\u0e01-\u0e5b\u1780-\u17dd]+")


def _pieces(word: str) -> list[str]:
    """``word`` as it counts in a run: itself, or its unspaced runs cut into word-sized
    pieces (other characters of the word stay pieces of their own)."""
    if word.isascii():
        return [word]
    out: list[str] = []
    for part in re.split(
        r"([\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[\u0e01-\u0e5b]+|[\u1780-\u17dd]+)", word
    ):
        if not part:
            continue
        size = 2 if _HAN_KANA_RE.fullmatch(part) else 4 if _THAI_RE.fullmatch(part) else 0
        out += [part[i : i + size] for i in range(0, len(part), size)] if size else [part]
    return out


def _words(text: str) -> list[str]:
    return [p for w in _WORD_RE.findall(text) for p in _pieces(w)]
_COMMENT_LEAD_RE = re.compile(r"^\s*(?:#|//|\*|>)\s?")
_SKIP_RE = re.compile(
    r"\.(?:png|jpg|gpkg|ico|woff2?|gz|zip)$|^benchmarks/real/r\d+b?/(?:gold|manifest)"
)


def _sources(texts: Path | None, corpus: Path | None) -> list[Path]:
    found: list[Path] = []
    if corpus is not None and corpus.is_dir():
        found += sorted(corpus.rglob("*.txt"))
    if texts is not None and texts.is_dir():
        found += sorted(p for p in texts.glob("r*/articles/*") if p.is_file())
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, help="restored real-set pages (RESTORE.md)")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("-n", type=int, default=8, help="run length in words (default 8)")
    args = parser.parse_args(argv)
    n = args.n

    runs: dict[tuple[str, ...], str] = {}
    sources = _sources(args.texts, args.corpus)
    for path in sources:
        words = _words(path.read_text(encoding="utf-8", errors="replace").lower())
        label = "corpus" if args.corpus and args.corpus in path.parents else path.parts[-3]
        for i in range(len(words) - n + 1):
            runs.setdefault(tuple(words[i : i + n]), label)
    print(f"{len(sources)} third-party texts, {len(runs):,} distinct {n}-word runs")

    tracked = subprocess.run(
        ["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()
    hits = 0
    for name in tracked:
        if _SKIP_RE.search(name):
            continue
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        # Words with their line numbers, across line ends (comments wrap).
        seq = [
            (piece, number)
            for number, line in enumerate(text.split("\n"), 1)
            for piece in _words(_COMMENT_LEAD_RE.sub("", line).lower())
        ]
        words = [w for w, _ in seq]
        i = 0
        while i <= len(words) - n:
            label = runs.get(tuple(words[i : i + n]))
            if label is None:
                i += 1
                continue
            j = i + n
            while j < len(words) and tuple(words[j - n + 1 : j + 1]) in runs:
                j += 1
            print(f"{name}:{seq[i][1]}: [{label}] {' '.join(words[i:j])[:160]}")
            hits += 1
            i = j
    print(f"{hits} shared runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
