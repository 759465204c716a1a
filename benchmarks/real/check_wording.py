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
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
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
        words = _WORD_RE.findall(path.read_text(encoding="utf-8", errors="replace").lower())
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
            (m.group(0), number)
            for number, line in enumerate(text.split("\n"), 1)
            for m in _WORD_RE.finditer(_COMMENT_LEAD_RE.sub("", line).lower())
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
