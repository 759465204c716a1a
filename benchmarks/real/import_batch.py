"""Copy an annotated batch (manifest, gold) from the text folder into this repository.

An annotator's batch lives outside the repository with its third-party texts
(``/work/realset/rN/{articles,gold,manifest.csv}`` on the project machine). What the
repository keeps is the manifest and the gold, with each event's ``evidence`` (the
annotator's paraphrase, which can keep runs of the original wording) replaced by a
summary of the fields: type, place, date and the stated counts. The annotator's notes
(``NOTES.md``, judgement calls) are written by hand beside it.

    python3 benchmarks/real/import_batch.py /work/realset/r9 [/work/realset/r10 ...]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_KEPT_OUTSIDE = "(the annotator's paraphrase stays with the text, outside the repository)"


def summary(event: dict) -> str:
    """``raid at X on 2019-09-09 ; detained 105 (...)``: the evidence the repository keeps."""
    text = f"{event.get('type')} at {event.get('place')} on {event.get('date') or 'unknown date'}"
    counts = [f"{k} {v}" for k, v in (event.get("people") or {}).items() if v is not None]
    if counts:
        text += " ; " + ", ".join(counts)
    return f"{text} {_KEPT_OUTSIDE}"


def import_batch(batch: Path) -> int:
    """Copy ``batch``'s manifest and gold (evidence summarised) to ``HERE/<batch name>``."""
    gold_in = batch / "gold"
    manifest = batch / "manifest.csv"
    if not gold_in.is_dir() or not manifest.is_file():
        raise SystemExit(f"{batch}: needs gold/ and manifest.csv")
    target = HERE / batch.name
    (target / "gold").mkdir(parents=True, exist_ok=True)
    shutil.copy(manifest, target / "manifest.csv")
    count = 0
    for path in sorted(gold_in.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for event in gold.get("events", []):
            event["evidence"] = summary(event)
        (target / "gold" / path.name).write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batches", nargs="+", type=Path, help="folders like /work/realset/r9")
    args = parser.parse_args(argv)
    for batch in args.batches:
        print(f"{batch.name}: {import_batch(batch)} gold files -> {HERE / batch.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
