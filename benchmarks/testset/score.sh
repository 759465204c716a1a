#!/usr/bin/env bash
# Score geotrack on the independent test set, in two input modes:
#   1. the articles folder (publication dates must come from the text),
#   2. the manifest (publication dates from metadata).
# Usage (from anywhere): bash benchmarks/testset/score.sh [OUT_DIR]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${1:-$(mktemp -d /tmp/geotrack-testset.XXXXXX)}"
SCORER="${SCORER:-/work/shared/eval/score.py}"
GEOTRACK="${GEOTRACK:-$ROOT/.venv/bin/geotrack}"
mkdir -p "$OUT/folder" "$OUT/manifest"
cd "$ROOT"

echo "== mode 1: folder input (benchmarks/testset/articles)"
"$GEOTRACK" extract -q benchmarks/testset/articles \
    --mentions "$OUT/folder/mentions.jsonl" --events "$OUT/folder/events.geojson"
python3 "$SCORER" --gold "$HERE/gold" \
    --mentions "$OUT/folder/mentions.jsonl" --events "$OUT/folder/events.geojson"

echo
echo "== mode 2: manifest input (benchmarks/testset/manifest.csv)"
if "$GEOTRACK" extract -q benchmarks/testset/manifest.csv \
    --mentions "$OUT/manifest/mentions.jsonl" --events "$OUT/manifest/events.geojson"; then
  python3 "$SCORER" --gold "$HERE/gold" \
      --mentions "$OUT/manifest/mentions.jsonl" --events "$OUT/manifest/events.geojson"
else
  echo "!! geotrack could not read the manifest as laid out (bare file names, texts in articles/ beside it,"
  echo "!! the same layout as /work/shared/corpus). Mode 2 FAILED. Fallback for a metadata-dated score:"
  echo "!! a copy of the manifest whose file column holds absolute paths into articles/."
  mkdir -p "$OUT/manifest-abs"
  python3 - "$HERE" "$OUT/manifest-abs/manifest.csv" <<'PY'
import csv, os, sys
here, dst = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(os.path.join(here, "manifest.csv"), encoding="utf-8")))
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]))
    w.writeheader()
    for r in rows:
        r["file"] = os.path.join(here, "articles", r["file"])
        w.writerow(r)
PY
  echo "== mode 2b: manifest with absolute paths"
  "$GEOTRACK" extract -q "$OUT/manifest-abs/manifest.csv" \
      --mentions "$OUT/manifest/mentions.jsonl" --events "$OUT/manifest/events.geojson"
  python3 "$SCORER" --gold "$HERE/gold" \
      --mentions "$OUT/manifest/mentions.jsonl" --events "$OUT/manifest/events.geojson"
fi

echo
echo "outputs in $OUT (add --details to the score.py lines above for per-article misses)"
