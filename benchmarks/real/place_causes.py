"""Why gold events are missed, in aggregate only (safe on unseen sets: no page or event is
printed): for each gold event with a point that no system event matches, whether the system
has an event of its type in the article at all, and whether the gazetteer found the gold
place in the article (a system mention within the event's radius).

"gold place found" + "place" means the right place was read but another was chosen for the
event; "NOT found" means a gazetteer gap.

    python3 benchmarks/real/place_causes.py SETDIR OUTDIR [SETDIR OUTDIR ...]

(OUTDIR is a set's folder written by benchmarks/score_all.py --out, with events.geojson
and mentions.jsonl.)"""
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "shared" / "eval"))
import score as S  # noqa: E402  (the project's scorer, ../shared/eval/score.py)
tally = collections.Counter()
for setdir, outdir in zip(sys.argv[1::2], sys.argv[2::2]):
    gold, _ = S.load_gold(setdir + "/gold")
    events = S.load_events(outdir + "/events.geojson")
    ments = {}
    for line in open(outdir + "/mentions.jsonl"):
        r = json.loads(line); ments[S.article_key(r["article"])] = r["mentions"]
    for art, g in gold.items():
        gevs = g.get("events", []); sevs = events.get(art, [])
        pairs = S.match_events(gevs, sevs); mg = {p[0] for p in pairs}
        for gi, ge in enumerate(gevs):
            if gi in mg: continue
            glat, glon = S.to_float(ge.get("lat")), S.to_float(ge.get("lon"))
            if glat is None: continue
            rad = max(S.tolerance_of(ge), S.MIN_EVENT_RADIUS_KM)
            same = [s for s in sevs if s["type"] == ge["type"]]
            if not same:
                k = "no-event-of-type"
            elif any(s["lat"] is not None and S.haversine_km(glat, glon, s["lat"], s["lon"]) <= rad for s in same):
                k = "date-or-used"
                tally[k] += 1; continue
            else:
                k = "place"
            found = any(m.get("lat") is not None and S.haversine_km(glat, glon, m["lat"], m["lon"]) <= rad for m in ments.get(art, []))
            lvl = ge.get("geo_precision")
            tally[(k, "gold place found by gazetteer" if found else "gold place NOT found", "country" if lvl == 4 else "below-country")] += 1
for k, v in sorted(tally.items(), key=str): print(v, k)
