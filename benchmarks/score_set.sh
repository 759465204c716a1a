#!/usr/bin/env bash
# Score geotrack on any evaluation set laid out like ../shared/corpus:
#   SET/manifest.csv (file,url,source,title,published,...), SET/articles/*.txt, SET/gold/*.json
# Usage: bash benchmarks/score_set.sh SET_DIR [OUTDIR]     (default OUTDIR /tmp/score-<name>)
# Prints the scorer's tables; writes OUTDIR/{mentions.jsonl,events.geojson,score.txt} and
# events-held-back.geojson (the events below the default --min-confidence, not scored)
# (score.txt has --details: every gold toponym/event with the system's answer).
set -euo pipefail
SET="$(cd "$1" && pwd)"
NAME="$(basename "$SET")"
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
OUT="${2:-/tmp/score-$NAME}"
GEOTRACK="${GEOTRACK:-$ROOT/.venv/bin/geotrack}"
SCORE="${SCORE:-$ROOT/../shared/eval/score.py}"
mkdir -p "$OUT"
python3 - "$SET/manifest.csv" "$SET/articles" "$OUT/manifest_abs.csv" <<'PY'
import csv, os, sys
src, arts, dst = sys.argv[1:]
rows = list(csv.DictReader(open(src, encoding="utf-8")))
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for r in rows:
        r["file"] = os.path.join(os.path.abspath(arts), os.path.basename(r["file"]))
        w.writerow(r)
PY
# The code of this tree, not the one the venv's console script was installed from: a git
# worktree sharing the main checkout's venv would otherwise score the main checkout's code.
(cd "$ROOT" && PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}" $GEOTRACK extract "$OUT/manifest_abs.csv" -q --mentions "$OUT/mentions.jsonl" --events "$OUT/events.geojson" --held-back "$OUT/events-held-back.geojson")
python3 "$SCORE" --gold "$SET/gold" --mentions "$OUT/mentions.jsonl" --events "$OUT/events.geojson" --details > "$OUT/score.txt" 2>&1 || true
echo "===== $NAME -> $OUT/score.txt"
sed -n '/^TOPONYMS/,/^geo_precision/p' "$OUT/score.txt"
