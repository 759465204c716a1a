"""Gazetteer figures: index load (cold/warm), look-up median, 1 MB scan, RSS, corpus toponym
quality, and the per-article cost of ``Gazetteer.resolve`` on the synthetic corpus.

Run: ``.venv/bin/python benchmarks/bench_gazetteer.py [--skip-cold] [--mentions OUT.jsonl]
[--synthetic DIR] [--synthetic-count N]``.
Load times are measured in fresh processes (a cold load builds the index in an empty cache).
Quality: mentions from ``Gazetteer.resolve()`` over ../shared/corpus/articles, scored with
../shared/eval/score.py (skipped when the corpus is absent).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

_LOAD = """
import json, time, psutil
t = time.perf_counter()
from gazetteer import Gazetteer
gz = Gazetteer(use_env=False)
elapsed = time.perf_counter() - t
rss_loaded = psutil.Process().memory_info().rss / 1e6
t = time.perf_counter()
gz.resolve("PHNOM PENH — Police raided a compound in Sen Sok district.")
first = time.perf_counter() - t
print(json.dumps({"load_s": elapsed, "rss_mb": rss_loaded, "first_resolve_s": first,
                  "rss_after_scan_mb": psutil.Process().memory_info().rss / 1e6, "places": len(gz)}))
"""

NAMES = [
    "Sen Sok",
    "Kandal",
    "Poipet",
    "Sihanoukville",
    "O'Smach",
    "Toul Kork",
    "Bavet",
    "Phnom Penh",
    "Myanmar",
    "KK Park",
    "Shwe Kokko",
    "Bangkok",
    "Mae Sot",
    "Kampong Som",
    "Paoy Paet",
    "Tuol Kouk",
    "Chrey Thom",
    "Dara Sakor",
    "Thmor Da",
    "Koh Kong",
    "Pailin",
    "Anlong Veng",
    "Manila",
    "Vientiane",
]

SYNTHETIC = (
    "PHNOM PENH — Police raided a compound in Sen Sok district and freed 40 Indonesians. "
    "Officers later searched casinos in Poipet, Bavet and O'Smach near the Thai border, "
    "while Thai and Vietnamese officials met in Bangkok. The Bangkok Post said the "
    "Kandal province operation ended on Friday at Building No. 15, Street 128, Hamlet 6, "
    "Phsar Depo 1 Ward, Toul Kork District. Many victims came from Myanmar and Laos.\n"
)


def _fresh_load(cache: Path) -> dict[str, float]:
    env = dict(os.environ, GEOTRACK_CACHE=str(cache))
    env.pop("GEOTRACK_GAZETTEER", None)
    out = subprocess.run(
        [sys.executable, "-c", _LOAD], env=env, capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_load(skip_cold: bool) -> dict[str, float]:
    from gazetteer.index import cache_dir

    figures: dict[str, float] = {}
    if not skip_cold:
        with tempfile.TemporaryDirectory() as tmp:
            cold = _fresh_load(Path(tmp))
            figures["load_cold_s"] = cold["load_s"]
    _fresh_load(cache_dir())  # make sure the real cache exists
    warm = [_fresh_load(cache_dir()) for _ in range(3)]
    figures["load_warm_s"] = statistics.median(w["load_s"] for w in warm)
    figures["rss_mb"] = statistics.median(w["rss_mb"] for w in warm)
    figures["first_resolve_s"] = statistics.median(w["first_resolve_s"] for w in warm)
    figures["rss_after_scan_mb"] = statistics.median(w["rss_after_scan_mb"] for w in warm)
    figures["places"] = warm[0]["places"]
    return figures


def bench_lookup_and_scan() -> dict[str, float]:
    from gazetteer import Gazetteer

    gz = Gazetteer(use_env=False)
    times = []
    for _ in range(200):
        for name in NAMES:
            t = time.perf_counter()
            gz.lookup(name)
            times.append(time.perf_counter() - t)
    articles = sorted((SHARED / "corpus" / "articles").glob("*.txt"))
    base = "\n".join(p.read_text(encoding="utf-8") for p in articles) or SYNTHETIC
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    gz.scan(text[:10_000])  # warm caches
    t, c = time.perf_counter(), time.process_time()
    spans = gz.scan(text)
    scan_s, scan_cpu = time.perf_counter() - t, time.process_time() - c
    t = time.perf_counter()
    gz.resolve(text[:200_000])
    resolve_s = time.perf_counter() - t
    return {
        "lookup_median_us": statistics.median(times) * 1e6,
        "scan_1mb_s": scan_s,
        "scan_1mb_cpu_s": scan_cpu,
        "scan_1mb_spans": float(len(spans)),
        "resolve_200kb_s": resolve_s,
    }


def bench_synthetic(folder: Path, count: int) -> dict[str, float] | None:
    """``Gazetteer.resolve`` per article over ``count`` synthetic articles (ingested as the
    pipeline does; ``benchmarks/make_synthetic.py``), one pass as in a pipeline run, after a
    warm-up pass over the first 100: CPU and wall milliseconds per article. None without
    the corpus."""
    files = sorted(folder.glob("*.txt"))[:count] if folder.is_dir() else []
    if not files:
        return None
    from gazetteer import Gazetteer
    from geotrack.ingest import load_articles
    from geotrack.settings import Settings

    texts = [a.text for a in load_articles([str(f) for f in files], settings=Settings()).articles]
    gz = Gazetteer(use_env=False)
    for text in texts[:100]:
        gz.resolve(text)
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        gz.resolve(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "synthetic_articles": float(len(texts)),
        "resolve_ms_per_article_cpu": cpu / len(texts) * 1e3,
        "resolve_ms_per_article_wall": wall / len(texts) * 1e3,
    }


def bench_quality(mentions: Path) -> dict[str, object] | None:
    corpus = SHARED / "corpus"
    scorer = SHARED / "eval" / "score.py"
    if not (corpus / "articles").is_dir() or not scorer.is_file():
        return None
    from gazetteer import Gazetteer
    from geotrack.model import Mention, Role
    from geotrack.render.jsonl import mention_record

    gz = Gazetteer(use_env=False)
    lines = []
    t = time.perf_counter()
    paths = sorted((corpus / "articles").glob("*.txt"))
    for path in paths:
        text = path.read_text(encoding="utf-8")
        ms = []
        for res in gz.resolve(text):
            if res.place is None or any(r.startswith("nonplace") for r in res.reasons):
                continue
            ms.append(
                mention_record(
                    Mention(
                        article_id=path.name,
                        text=res.span.text,
                        start=res.span.start,
                        end=res.span.end,
                        role=Role.CONTEXT,
                        place=res.place,
                        score=res.score,
                    )
                )
            )
        lines.append(json.dumps({"article": path.name, "mentions": ms}, ensure_ascii=False))
    per_article = (time.perf_counter() - t) / max(1, len(paths))
    mentions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--gold",
            str(corpus / "gold"),
            "--mentions",
            str(mentions),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    print(out.stdout.rsplit("\n", 2)[0].split("DETAILS")[0])
    topo = json.loads(out.stdout.strip().splitlines()[-1])["toponyms"]
    return {
        "recall": topo["found"] / topo["gold_toponyms"],
        "acc_tol": topo["accuracy_at_tolerance"],
        "acc_161km": topo["accuracy_at_161km"],
        "false_positives": topo["false_positives"],
        "fp_nonplace": topo["false_positives_nonplace"],
        "fp_offtopic": topo["false_positives_offtopic"],
        "fp_unmatched": topo["false_positives_unmatched"],
        "articles_per_s": 1 / per_article if per_article else 0.0,
    }


def main() -> None:
    """Print every figure (one line each, then a JSON summary)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--skip-cold", action="store_true", help="do not time a build in an empty cache"
    )
    parser.add_argument(
        "--mentions",
        type=Path,
        default=Path(tempfile.gettempdir()) / "geotrack-gazetteer-mentions.jsonl",
    )
    parser.add_argument(
        "--synthetic",
        type=Path,
        default=Path(tempfile.gettempdir()) / "geotrack-synthetic",
        help="synthetic corpus folder (benchmarks/make_synthetic.py); skipped when absent",
    )
    parser.add_argument("--synthetic-count", type=int, default=2000)
    args = parser.parse_args()
    figures: dict[str, object] = {
        "load_average_1min": os.getloadavg()[0],
        "cpus": float(os.cpu_count() or 0),
    }
    figures.update(bench_load(args.skip_cold))
    figures.update(bench_lookup_and_scan())
    synthetic = bench_synthetic(args.synthetic, args.synthetic_count)
    if synthetic is not None:
        figures.update(synthetic)
    quality = bench_quality(args.mentions)
    if quality is not None:
        figures["corpus"] = quality
    for key, value in figures.items():
        print(f"{key:>18}: {value:.4g}" if isinstance(value, float) else f"{key:>18}: {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
