#!/usr/bin/env python3
"""Checks for the dev2 set: run `python3 tools/check.py` from dev2/.

- every gold JSON loads and has the gold layout (roles, levels, event types,
  ISO dates, date/geo precision, people keys, ISO2 nationality keys, int counts);
- every toponym surface form occurs verbatim (case-sensitive) in its article;
- no duplicate toponym entries (same form ignoring case + same place);
- every event place is also a toponym place of the article (warning only);
- article length 350-900 words; manifest rows match files and gold dates;
- no 8-word run shared with the shared corpus articles (own wording);
- score.py runs on the gold folder with an empty FeatureCollection.
"""
import csv, datetime as dt, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROLES = {"event", "context", "dateline", "offtopic", "nonplace"}
LEVELS = {"site", "commune", "district", "town", "province", "country", "region", None}
TYPES = {"raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy"}
PREC = {"day", "week", "month", "year", "unknown"}
PEOPLE = {"arrested", "detained", "rescued", "deported", "escaped", "victims"}
errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


def words(s): return re.findall(r"[A-Za-z0-9']+", s.lower())


corpus_grams = set()
for p in glob.glob("/work/shared/corpus/articles/*.txt"):
    w = words(open(p, encoding="utf-8").read())
    corpus_grams |= {tuple(w[i:i + 8]) for i in range(len(w) - 7)}

manifest = {}
with open(os.path.join(ROOT, "manifest.csv"), encoding="utf-8") as fh:
    rd = csv.reader(fh)
    header = next(rd)
    if header != ["file", "url", "source", "title", "published", "country_focus"]:
        err("manifest header wrong: %r" % header)
    for row in rd:
        if len(row) != 6:
            err("manifest row has %d fields: %r" % (len(row), row)); continue
        manifest[row[0]] = dict(zip(header, row))
        if not row[1].startswith("https://example.org/"): err("url not example.org: " + row[1])
        try: dt.date.fromisoformat(row[4])
        except ValueError: err("bad manifest date " + row[4])
        if not re.fullmatch(r"[A-Z]{2}", row[5]): err("bad country_focus " + row[5])

arts = sorted(glob.glob(os.path.join(ROOT, "articles", "*.txt")))
for ap in arts:
    fn = os.path.basename(ap)
    text = open(ap, encoding="utf-8").read()
    nw = len(text.split())
    if not 350 <= nw <= 900: err(f"{fn}: {nw} words (want 350-900)")
    w = words(text)
    shared = [" ".join(g) for g in (tuple(w[i:i + 8]) for i in range(len(w) - 7)) if g in corpus_grams]
    if shared: err(f"{fn}: shares 8-word runs with corpus: {shared[:3]}")
    if fn not in manifest: err(f"{fn}: no manifest row")
    gp = os.path.join(ROOT, "gold", fn.replace(".txt", ".json"))
    if not os.path.exists(gp): err(f"{fn}: no gold"); continue
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"{gp}: does not load: {e}"); continue
    if g.get("article") != fn: err(f"{fn}: gold article field {g.get('article')}")
    if fn in manifest and g.get("published") != manifest[fn]["published"]:
        err(f"{fn}: published differs from manifest")
    pub = dt.date.fromisoformat(g["published"])
    seen, places = set(), set()
    for t in g["toponyms"]:
        if t["text"] not in text:
            err(f"{fn}: toponym {t['text']!r} not verbatim in article")
        key = (t["text"].casefold(), t["place"])
        if key in seen: err(f"{fn}: duplicate toponym {key}")
        seen.add(key)
        if t["role"] not in ROLES: err(f"{fn}: bad role {t}")
        if t["level"] not in LEVELS: err(f"{fn}: bad level {t}")
        if t["role"] == "nonplace":
            if t["lat"] is not None: err(f"{fn}: nonplace with point {t['text']}")
        else:
            if None in (t["lat"], t["lon"], t["tolerance_km"], t["level"], t["place"]):
                err(f"{fn}: placed toponym lacks point/level {t['text']}")
            places.add(t["place"])
        if t["country"] is not None and not re.fullmatch(r"[A-Z]{2}", t["country"]):
            err(f"{fn}: bad toponym country {t}")
    for i, e in enumerate(g["events"]):
        tag = f"{fn} event {i} ({e.get('type')} {e.get('place')})"
        if e["type"] not in TYPES: err(tag + ": bad type")
        if e["date_precision"] not in PREC: err(tag + ": bad precision")
        if (e["date"] is None) != (e["date_precision"] == "unknown"):
            err(tag + ": date null iff unknown")
        if e["date"] is not None:
            try:
                d = dt.date.fromisoformat(e["date"])
                if d > pub: err(tag + ": date after publication")
                if e["date_precision"] == "month" and d.day != 1: warn(tag + ": month precision not 1st (statement day?)")
                if e["date_precision"] == "year" and (d.month, d.day) != (1, 1):
                    warn(tag + ": year precision not Jan 1 (statement day?)")
            except ValueError:
                err(tag + ": bad date")
        if e["geo_precision"] not in (1, 2, 3, 4): err(tag + ": bad geo_precision")
        if None in (e["lat"], e["lon"], e["tolerance_km"]): err(tag + ": no point")
        if set(e["people"]) != PEOPLE: err(tag + ": people keys")
        for k, v in list(e["people"].items()) + list(e["seized"].items()):
            if v is not None and not isinstance(v, int): err(tag + f": {k} not int")
        for k, v in e["nationalities"].items():
            if not re.fullmatch(r"[A-Z]{2}", k): err(tag + f": nationality key {k}")
            if v is not None and not isinstance(v, int): err(tag + f": nationality {k} not int")
        if e["place"] not in places: warn(tag + ": event place not among toponym places")
        if not e.get("evidence"): err(tag + ": no evidence")
    print(f"{fn}: {nw} words, {len(g['toponyms'])} toponyms, {len(g['events'])} events")

for fn in manifest:
    if not os.path.exists(os.path.join(ROOT, "articles", fn)): err(f"manifest lists missing {fn}")
for gp in glob.glob(os.path.join(ROOT, "gold", "*.json")):
    if not os.path.exists(os.path.join(ROOT, "articles", os.path.basename(gp)[:-5] + ".txt")):
        err(f"gold without article {gp}")

with tempfile.NamedTemporaryFile("w", suffix=".geojson", delete=False) as fh:
    json.dump({"type": "FeatureCollection", "features": []}, fh)
r = subprocess.run([sys.executable, "/work/shared/eval/score.py", "--gold",
                    os.path.join(ROOT, "gold"), "--events", fh.name],
                   capture_output=True, text=True)
os.unlink(fh.name)
if r.returncode != 0 or "Traceback" in r.stderr:
    err("score.py failed: " + r.stderr[-2000:])
elif r.stderr.strip():
    warn("score.py stderr: " + r.stderr.strip()[-500:])

# a "perfect" system built from the gold must score 1.0 everywhere
r2 = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "self_score.py"), "--json"],
                    capture_output=True, text=True)
try:
    summ = json.loads(r2.stdout.strip().splitlines()[-1])
    ev, tp = summ["events"], summ["toponyms"]
    for k in ("precision", "recall", "counts_agree_share", "geo_precision_agree_share", "date_exact_share"):
        if ev[k] != 1.0: err(f"self-score: events {k} = {ev[k]}")
    if tp["accuracy_at_tolerance"] != 1.0: err(f"self-score: toponym acc@tol = {tp['accuracy_at_tolerance']}")
    print(f"self-score (gold as system): events {ev['matched']}/{ev['gold_events']} matched, F1 {ev['f1']}; "
          f"toponyms acc@tol {tp['accuracy_at_tolerance']}")
except Exception as e:
    err(f"self-score failed: {e} {r2.stderr[-1000:]}")

for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("score.py exit", r.returncode, "| errors:", len(errors), "warnings:", len(warnings))
sys.exit(1 if errors else 0)
