"""Dump everything extraction produces for a fixed input set, to check a change keeps output identical.

Performance work must not change what geotrack finds. Run this before and after the
change and compare the two files (``cmp`` or ``diff``): mentions, events and incidents of
the shared corpus (when present beside the project), the dev set, the bundled examples
and the first N synthetic articles, one canonical JSON line per record.

    python benchmarks/output_digest.py --out /tmp/before.jsonl
    # ... change the code ...
    python benchmarks/output_digest.py --out /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geotrack.extract import extract_articles  # noqa: E402
from geotrack.extract.incidents import merge_incidents  # noqa: E402
from geotrack.ingest import load_articles  # noqa: E402
from geotrack.render.geojson import event_properties, incident_to_feature  # noqa: E402
from geotrack.render.jsonl import mention_record  # noqa: E402
from geotrack.settings import Settings  # noqa: E402


def _inputs(synthetic: Path, count: int) -> list[tuple[str, list[str]]]:
    sets: list[tuple[str, list[str]]] = []
    corpus = ROOT.parent / "shared" / "corpus"
    if (corpus / "manifest.csv").is_file():
        sets.append(("corpus", [str(p) for p in sorted((corpus / "articles").glob("*.txt"))]))
    heldout = ROOT / "benchmarks" / "heldout" / "articles"
    sets.append(("heldout", [str(p) for p in sorted(heldout.glob("*.txt"))]))
    dev2 = ROOT / "benchmarks" / "dev2" / "articles"
    if dev2.is_dir():
        sets.append(("dev2", [str(p) for p in sorted(dev2.glob("*.txt"))]))
    sets.append(("examples", [str(ROOT / "examples" / "articles")]))
    if not (synthetic / "synthetic-00000.txt").is_file() and not any(synthetic.glob("*.txt")):
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "make_synthetic.py"), "--out", str(synthetic),
             "--count", str(max(count, 5000)), "--seed", "7"],
            check=True,
        )  # fmt: skip
    sets.append(("synthetic", [str(p) for p in sorted(synthetic.glob("*.txt"))[:count]]))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the digest file to write")
    parser.add_argument("--count", type=int, default=500, help="synthetic articles (default 500)")
    parser.add_argument(
        "--synthetic", type=Path, default=Path(tempfile.gettempdir()) / "geotrack-synthetic-v2"
    )
    args = parser.parse_args(argv)
    lines: list[str] = []
    for name, paths in _inputs(args.synthetic, args.count):
        ingest = load_articles(paths, settings=Settings())
        batch = extract_articles(ingest.articles, workers=1)
        for article in ingest.articles:
            lines.append(json.dumps({"set": name, "article": article.id, "text_sha": hashlib.sha256(
                article.text.encode()).hexdigest(), "published": str(article.published)}, sort_keys=True))  # fmt: skip
        for m in batch.mentions:
            lines.append(
                json.dumps({"set": name, "mention": mention_record(m)}, sort_keys=True, default=str)
            )
        for e in batch.events:
            lines.append(
                json.dumps({"set": name, "event": event_properties(e)}, sort_keys=True, default=str)
            )
        for inc in merge_incidents(batch.events):
            lines.append(
                json.dumps(
                    {"set": name, "incident": incident_to_feature(inc)}, sort_keys=True, default=str
                )
            )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    print(f"{len(lines)} records -> {args.out} sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
