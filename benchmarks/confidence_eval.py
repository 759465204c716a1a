"""How well does each event's ``confidence`` say whether the event is right?

An event is right when ../shared/eval/score.py matches it to a gold event (same type,
within the gold's tolerance, compatible date; its own ``match_events``). Per set this
prints the number of events, the share right, the AUC (how well confidence ranks right
above wrong events; 0.5 = no better than chance), the Brier score (mean squared error of
confidence as a probability; lower is better) and a reliability table: for each 0.1-wide
confidence bucket, the events in it, their mean confidence and the share that is right.

Reads the system output ``benchmarks/score_all.py`` wrote (OUT/<set>/events.geojson and,
when present, events-held-back.geojson: every event the model scored, including those
the default ``--min-confidence`` floor holds back), running score_all first when a set's
output is missing or with ``--run``:

    python benchmarks/confidence_eval.py --out /tmp/score-all [--run] [--testset] \\
        [--extra NAME=DIR ...] [--only-extra]

The set options are score_all's (``--testset`` adds the independent sets: evaluate on
them, never fit on them).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(SHARED / "eval"))

import score as S  # noqa: E402  (../shared/eval/score.py)
from score_all import _sets  # noqa: E402


def label_features(
    gold_dir: Path, features: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], bool]]:
    """Each GeoJSON feature (system event) with whether score.py matches it to gold."""
    gold, _ = S.load_gold(str(gold_dir))
    by_article: dict[str, list[dict[str, Any]]] = {}
    for f in features:
        by_article.setdefault(S.article_key(f["properties"].get("article")), []).append(f)
    out: list[tuple[dict[str, Any], bool]] = []
    for article, feats in by_article.items():
        system = []
        for f in feats:
            geom = f.get("geometry") or {}
            coords = geom.get("coordinates") or [None, None]
            lon, lat = S.to_float(coords[0]), S.to_float(coords[1])
            system.append(S.normalize_event(f["properties"], lat, lon))
        pairs = S.match_events(gold.get(article, {}).get("events", []), system)
        matched = {si for _gi, si, _d in pairs}
        out.extend((f, i in matched) for i, f in enumerate(feats))
    return out


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    """Area under the ROC curve (ties count half); None without both classes."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return None
    ranked = sorted(scores)
    # Mid-ranks (1-based) for ties, then the Mann-Whitney U statistic.
    rank: dict[float, float] = {}
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1] == ranked[i]:
            j += 1
        rank[ranked[i]] = (i + j) / 2 + 1
        i = j + 1
    u = sum(rank[s] for s in pos) - len(pos) * (len(pos) + 1) / 2
    return u / (len(pos) * len(neg))


def brier(scores: Sequence[float], labels: Sequence[bool]) -> float | None:
    if not scores:
        return None
    return sum((s - float(y)) ** 2 for s, y in zip(scores, labels, strict=True)) / len(scores)


def reliability(
    scores: Sequence[float], labels: Sequence[bool]
) -> list[tuple[str, int, float, float]]:
    """(bucket, events, mean confidence, share right) per 0.1-wide confidence bucket."""
    buckets: dict[int, list[tuple[float, bool]]] = {}
    for s, y in zip(scores, labels, strict=True):
        buckets.setdefault(min(9, int(s * 10)), []).append((s, y))
    rows = []
    for b in sorted(buckets):
        items = buckets[b]
        rows.append(
            (
                f"{b / 10:.1f}-{(b + 1) / 10:.1f}",
                len(items),
                sum(s for s, _ in items) / len(items),
                sum(y for _, y in items) / len(items),
            )
        )
    return rows


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def report(name: str, scores: Sequence[float], labels: Sequence[bool]) -> str:
    share = sum(labels) / len(labels) if labels else None
    lines = [
        f"== {name}: events {len(labels)}  right {_f(share)}  AUC {_f(auc(scores, labels))}"
        f"  Brier {_f(brier(scores, labels))}",
        "   bucket     events  mean conf  share right",
    ]
    for bucket, n, mean, obs in reliability(scores, labels):
        lines.append(f"   {bucket:9s} {n:7d}  {mean:9.3f}  {obs:11.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/score-all"), help="score_all output")
    parser.add_argument("--run", action="store_true", help="run score_all.py first")
    parser.add_argument("--testset", action="store_true", help="also the independent sets")
    parser.add_argument("--extra", action="append", default=[], metavar="NAME=DIR")
    parser.add_argument("--only-extra", action="store_true")
    args = parser.parse_args(argv)
    sets = [] if args.only_extra else _sets(args.testset)
    for spec in args.extra:
        name, sep, folder = spec.partition("=")
        if not sep or not (Path(folder) / "gold").is_dir():
            parser.error(f"--extra {spec!r}: expected NAME=DIR with gold/")
        sets.append((name, Path(folder)))
    missing = [n for n, _ in sets if not (args.out / n / "events.geojson").is_file()]
    if args.run or missing:
        cmd = [sys.executable, str(ROOT / "benchmarks" / "score_all.py"), "--out", str(args.out)]
        cmd += ["--testset"] if args.testset else []
        cmd += [x for spec in args.extra for x in ("--extra", spec)]
        cmd += ["--only-extra"] if args.only_extra else []
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    pooled_s: list[float] = []
    pooled_y: list[bool] = []
    for name, path in sets:
        features = []
        for file_name in ("events.geojson", "events-held-back.geojson"):
            if (args.out / name / file_name).is_file():
                with open(args.out / name / file_name, encoding="utf-8") as fh:
                    features += json.load(fh)["features"]
        labelled = label_features(path / "gold", features)
        scores = [float(f["properties"].get("confidence") or 0.0) for f, _ in labelled]
        labels = [y for _, y in labelled]
        pooled_s += scores
        pooled_y += labels
        print(report(name, scores, labels))
    print(report("pooled", pooled_s, pooled_y))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
