#!/usr/bin/env python3
"""Sanity check: turn the gold into a 'perfect' system output and score it.
Every scored number should come out at 1.0 (recall, accuracy, event F1,
count agreement). Run from dev2/: python3 tools/self_score.py"""
import glob, json, os, subprocess, sys, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tmp = tempfile.mkdtemp()
men, feats = [], []
for p in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    g = json.load(open(p, encoding="utf-8"))
    ms = [{"text": t["text"], "name": t["place"], "lat": t["lat"], "lon": t["lon"],
           "level": t["level"], "country": t["country"]}
          for t in g["toponyms"] if t["role"] in ("event", "context", "dateline")]
    men.append({"article": g["article"], "mentions": ms})
    for e in g["events"]:
        props = {k: e[k] for k in ("type", "date", "date_precision", "geo_precision",
                                   "people", "nationalities", "seized")}
        props.update(article=g["article"], event_type=e["type"], place_name=e["place"])
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
                      "properties": props})
mp, ep = os.path.join(tmp, "m.jsonl"), os.path.join(tmp, "e.geojson")
with open(mp, "w") as fh:
    for m in men: fh.write(json.dumps(m) + "\n")
json.dump({"type": "FeatureCollection", "features": feats}, open(ep, "w"))
r = subprocess.run([sys.executable, "/work/shared/eval/score.py", "--gold", os.path.join(ROOT, "gold"),
                    "--mentions", mp, "--events", ep] + sys.argv[1:], capture_output=True, text=True)
print(r.stdout, end=""); print(r.stderr, end="", file=sys.stderr); sys.exit(r.returncode)
