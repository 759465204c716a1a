"""Check the article texts of real-set batches against their gold: is each text there, and do
the gold toponym strings occur in it (they must, verbatim)?

    python3 benchmarks/real/check_texts.py --texts /work/realset r12 r13 ...   # some batches
    python3 benchmarks/real/check_texts.py --texts /work/realset               # every batch

Per page it prints OK (every toponym found), WARN (at most a tenth missing), BAD or MISSING;
the exit status is 1 when any page is BAD or MISSING. Used when texts are restored from the
``pages`` search corpus (see RESTORE.md), where a wrong page or a copying slip shows up here.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def check_batch(texts: Path, batch: str) -> list[tuple[str, str, str]]:
    """(file, flag, detail) per manifest row of ``batch``."""
    rows = []
    with (HERE / batch / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            path = texts / batch / "articles" / row["file"]
            if not path.is_file():
                rows.append((row["file"], "MISSING", row["title"][:60]))
                continue
            text = path.read_text(encoding="utf-8")
            gold_path = HERE / batch / "gold" / f"{Path(row['file']).stem}.json"
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            forms = [t["text"] for t in gold.get("toponyms", [])]
            missing = [form for form in forms if form not in text]
            flag = (
                "OK"
                if not missing
                else "WARN"
                if len(missing) <= max(1, len(forms) // 10)
                else "BAD"
            )
            detail = f"{len(text)} chars, toponyms {len(forms) - len(missing)}/{len(forms)} found"
            if missing:
                detail += f"; missing: {missing[:6]}"
            rows.append((row["file"], flag, detail))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder with rN/articles/*.txt")
    parser.add_argument("batches", nargs="*", help="r1 r2 ... (default: every batch here)")
    args = parser.parse_args(argv)
    batches = args.batches or sorted(
        (p.name for p in HERE.glob("r*") if p.is_dir() and p.name[1:].isdigit()),
        key=lambda name: int(name[1:]),
    )
    failed = 0
    for batch in batches:
        for name, flag, detail in check_batch(args.texts, batch):
            print(f"{batch}/{name}: {flag:7s} {detail}")
            failed += flag in ("BAD", "MISSING")
    print(f"{failed} pages BAD or MISSING", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
