"""Inter-annotator agreement: one annotator's gold scored as if it were system output.

Two helpers annotated the same real pages independently (neither saw the other's gold nor
geotrack's output). Scoring annotator B's gold against annotator A's with
``../shared/eval/score.py`` (and the other way round) gives the ceiling that any system can
expect on these figures: where two careful people following the same conventions differ,
a system's "miss" may be a judgement call rather than an error.

    python3 benchmarks/real/agreement.py /work/realset/r11 /work/realset/r11b

Prints event F1 (with precision/recall), count and date agreement and toponym recall for
B-against-A and A-against-B.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SCORE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"


def as_system_output(gold_dir: Path, out: Path) -> tuple[Path, Path]:
    """Write ``gold_dir``'s gold as a mentions JSONL and an events GeoJSON under ``out``."""
    mentions, features = [], []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        mentions.append(
            {
                "article": gold["article"],
                "mentions": [
                    {
                        "text": t["text"],
                        "lat": t["lat"],
                        "lon": t["lon"],
                        "level": t["level"],
                        "country": t["country"],
                        "name": t["place"],
                    }
                    for t in gold["toponyms"]
                    if t["role"] in ("event", "context", "dateline")
                ],
            }
        )
        for event in gold["events"]:
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [event["lon"], event["lat"]]},
                    "properties": {
                        "article": gold["article"],
                        "event_type": event["type"],
                        "date": event["date"],
                        "date_precision": event["date_precision"],
                        "geo_precision": event["geo_precision"],
                        "place_name": event["place"],
                        "people": event["people"],
                        "nationalities": event["nationalities"],
                        "seized": event["seized"],
                    },
                }
            )
    mentions_path, events_path = out / "mentions.jsonl", out / "events.geojson"
    mentions_path.write_text("\n".join(json.dumps(m) for m in mentions) + "\n", encoding="utf-8")
    events_path.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )
    return mentions_path, events_path


def score(gold: Path, system: Path) -> dict:
    """score.py's JSON summary of ``system``'s gold against ``gold``'s."""
    with tempfile.TemporaryDirectory() as tmp:
        mentions, events = as_system_output(system / "gold", Path(tmp))
        run = subprocess.run(
            [sys.executable, str(SCORE), "--gold", str(gold / "gold"), "--events", str(events),
             "--mentions", str(mentions), "--json"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    return json.loads(run.stdout.strip().splitlines()[-1])


def _row(label: str, summary: dict) -> str:
    ev, topo = summary["events"], summary["toponyms"]

    def f(value: float | None) -> str:
        return "  -  " if value is None else f"{value:.3f}"

    return (
        f"{label:<14} {f(ev['f1'])} ({f(ev['precision'])} / {f(ev['recall'])})  "
        f"counts {f(ev['counts_agree_share'])}  date {f(ev.get('date_exact_share'))}  "
        f"geoP {f(ev['geo_precision_agree_share'])}  topo recall {f(topo['recall'])}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="annotator A's set (gold/ inside)")
    parser.add_argument("b", type=Path, help="annotator B's set, same article names")
    args = parser.parse_args(argv)
    print(_row("B against A", score(args.a, args.b)))
    print(_row("A against B", score(args.b, args.a)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
