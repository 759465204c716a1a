"""Score geotrack on every evaluation set and print one comparable table.

Sets (each laid out like ../shared/corpus: manifest.csv, articles/, gold/):
``corpus`` (../shared/corpus, 5 real articles, when present), ``heldout``, ``dev2``,
``dev3``, ``dev5``, ``dev6`` (dev sets written for the project) and, only with
``--testset``, ``testset``, ``dev4`` and ``dev7`` (the independent sets: look at their
figures, never tune on their articles). ``--extra NAME=DIR`` adds a set kept outside the
repository (real articles we may not redistribute), ``--only-extra`` scores just those.

    python benchmarks/score_all.py [--testset] [--out /tmp/score-all]

Each set is run through ``benchmarks/score_set.sh`` (the CLI, manifest input) and
scored by ../shared/eval/score.py; per-set details land in OUT/<set>/score.txt.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPES = ("raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy")


def _sets(testset: bool) -> list[tuple[str, Path]]:
    sets = [("corpus", SHARED / "corpus")] if (SHARED / "corpus" / "gold").is_dir() else []
    dev_sets = ("heldout", "dev2", "dev3", "dev5", "dev6")
    sets += [(name, ROOT / "benchmarks" / name) for name in dev_sets]
    if testset:
        sets += [(name, ROOT / "benchmarks" / name) for name in ("testset", "dev4", "dev7")]
    return [(name, path) for name, path in sets if (path / "gold").is_dir()]


def score(name: str, path: Path, out: Path) -> dict[str, Any]:
    """Run and score one set; the scorer's JSON summary."""
    subprocess.run(
        ["bash", str(ROOT / "benchmarks" / "score_set.sh"), str(path), str(out / name)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(path / "gold"),
         "--mentions", str(out / name / "mentions.jsonl"), "--events", str(out / name / "events.geojson"),
         "--json"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    summary: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return summary


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--testset", action="store_true", help="also score the independent sets (testset, dev4, dev7)"
    )
    parser.add_argument("--out", type=Path, default=Path("/tmp/score-all"))
    parser.add_argument(
        "--extra", action="append", default=[], metavar="NAME=DIR",
        help="also score a set kept outside the repository (repeatable), e.g. real articles",
    )  # fmt: skip
    parser.add_argument("--only-extra", action="store_true", help="score only the --extra sets")
    args = parser.parse_args(argv)
    sets = [] if args.only_extra else _sets(args.testset)
    for spec in args.extra:
        name, sep, folder = spec.partition("=")
        if not sep or not (Path(folder) / "gold").is_dir():
            parser.error(f"--extra {spec!r}: expected NAME=DIR with gold/, articles/, manifest.csv")
        sets.append((name, Path(folder)))
    rows = []
    for name, path in sets:
        s = score(name, path, args.out)
        e, t = s["events"], s["toponyms"]
        per = {k: e["per_type"].get(k, {}).get("f1") for k in TYPES}
        rows.append((name, s["articles"], e, t, per))
    head = f"{'set':8} {'arts':>4} {'gold':>4} {'F1':>6} {'P':>6} {'R':>6} {'counts':>6} {'keys':>6} {'date':>6} {'geoP':>6} | "
    head += " ".join(f"{k[:6]:>6}" for k in TYPES) + f" | {'topoR':>6} {'acc@t':>6} {'FP':>3}"
    print(head)
    for name, n, e, t, per in rows:
        line = f"{name:8} {n:>4} {e['gold_events']:>4} {_fmt(e['f1'])} {_fmt(e.get('precision'))} {_fmt(e.get('recall'))} "
        line += f"{_fmt(e['counts_agree_share'])} {_fmt(e['count_keys_agree_share'])} {_fmt(e['date_exact_share'])} "
        line += f"{_fmt(e['geo_precision_agree_share'])} | " + " ".join(_fmt(per[k]) for k in TYPES)
        line += (
            f" | {_fmt(t['recall'])} {_fmt(t['accuracy_at_tolerance'])} {t['false_positives']:>3}"
        )
        print(line)
    print(
        json.dumps(
            {name: {"f1": e["f1"], "counts": e["counts_agree_share"]} for name, _, e, _, _ in rows}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
