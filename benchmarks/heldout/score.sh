#!/usr/bin/env bash
# Runs geotrack on the held-out set and on the shared corpus and scores both.
# Usage: bash benchmarks/heldout/score.sh [OUTDIR]   (default /tmp/heldout)
# Writes OUTDIR/{heldout,corpus}/{mentions.jsonl,events.geojson,score.txt}.
#
# Two input modes are scored for each set:
#   folder   - the articles folder (publication dates only from the text)
#   manifest - the manifest with `file` rewritten to absolute paths (dates from
#              the manifest). Needed because `geotrack extract MANIFEST.csv`
#              resolves `file` next to the manifest, while both manifests keep
#              articles in an `articles/` subfolder.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${1:-/tmp/heldout}"
GEOTRACK="${GEOTRACK:-$ROOT/.venv/bin/geotrack}"
SCORE="${SCORE:-/work/shared/eval/score.py}"
CORPUS="${CORPUS:-/work/shared/corpus}"

run_set() {  # name articles_dir manifest gold_dir
  local name="$1" arts="$2" manifest="$3" gold="$4"
  for mode in folder manifest; do
    local d="$OUT/$name/$mode"; mkdir -p "$d"
    local input="$arts"
    if [ "$mode" = manifest ]; then
      input="$d/manifest_abs.csv"
      python3 - "$manifest" "$arts" "$input" <<'PY'
import csv, sys, os
src, arts, dst = sys.argv[1:]
rows = list(csv.DictReader(open(src, encoding="utf-8")))
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys())); w.writeheader()
    for r in rows:
        r["file"] = os.path.join(os.path.abspath(arts), os.path.basename(r["file"])); w.writerow(r)
PY
    fi
    (cd "$ROOT" && "$GEOTRACK" extract "$input" -q --mentions "$d/mentions.jsonl" --events "$d/events.geojson")
    python3 "$SCORE" --gold "$gold" --mentions "$d/mentions.jsonl" --events "$d/events.geojson" --details > "$d/score.txt" 2>&1 || true
    echo "===== $name ($mode input) -> $d/score.txt"
    sed -n '/^TOPONYMS/,/^geo_precision/p' "$d/score.txt"
  done
}

run_set heldout "$HERE/articles" "$HERE/manifest.csv" "$HERE/gold"
run_set corpus "$CORPUS/articles" "$CORPUS/manifest.csv" "$CORPUS/gold"
