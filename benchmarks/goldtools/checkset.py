#!/usr/bin/env python3
"""Checker for a benchmark set: article / manifest / gold consistency.

    python3 benchmarks/goldtools/checkset.py SET_DIR [--words 300-1000] [--strict-event-role]

(each set's ``tools/check.py`` calls :func:`main` with its own options).

Fails (exit 1) on errors; prints warnings for things worth a second look.
Checks: every gold JSON loads and names its article; every toponym surface
form occurs verbatim (case-sensitive, on word boundaries) in its article;
field vocabularies; coordinates present for scored roles; events' dates and
counts well formed; event places backed by an `event` toponym; manifest
header and rows; word counts; place names from places.csv (and common
demonyms) that occur in the text but are covered by no gold toponym; and
finally score.py runs on the gold with an empty FeatureCollection.
"""
import csv, datetime as dt, glob, json, os, re, subprocess, sys, tempfile

SCORE = "/work/shared/eval/score.py"
PLACES_CSV = "/work/shared/reference/places.csv"
ROLES = {"event", "context", "dateline", "offtopic", "nonplace"}
LEVELS = {"site", "commune", "district", "town", "province", "country", "region"}
TYPES = {"raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy"}
PRECS = {"day", "week", "month", "year", "unknown"}
PEOPLE = {"arrested", "detained", "rescued", "deported", "escaped", "victims"}
HEADER = "file,url,source,title,published,country_focus"
DEMONYMS = ["Cambodian", "Cambodians", "Thai", "Thais", "Chinese", "Vietnamese",
            "Indonesian", "Indonesians", "Malaysian", "Malaysians", "Filipino",
            "Filipinos", "Korean", "Koreans", "Japanese", "Taiwanese", "Kenyan",
            "Kenyans", "Ugandan", "Ethiopian", "Ethiopians", "Sri Lankan",
            "Sri Lankans", "Lao", "Laotian", "Burmese", "Myanmar", "Indian",
            "Indians", "Pakistani", "Bangladeshi", "Nepali", "Khmer", "Karen",
            "American", "African", "Asian", "British", "Singaporean", "Mongolian",
            "Russian", "Hong Kong", "Korea", "Taiwan", "China"]

errors, warnings = [], []


def err(m): errors.append(m)
def warn(m): warnings.append(m)


#: Letters of scripts written without spaces (Thai, Khmer, kana, Han). In a text written in
#: them a name is glued to the words and numbers around it ("北京4月21日电", "KK園區"), so
#: only a Latin letter (or, for a Latin name, a Latin letter or digit) touching it makes it
#: part of another word. Tamil, Telugu, Malayalam, Gujarati, Punjabi and Arabic (which joins
#: "و", "ب", "ل" to a name: "بميانمار") are checked the same way: they glue endings to a
#: name and may change its last letter doing so ("மியான்மர்" + "இல்" = "மியான்மரில்"), so
#: the surface is whatever part of the word the annotator took.
UNSPACED = re.compile(
    r"[\u0e01-\u0e5b\u1780-\u17dd\u19e0-\u19ff\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\u0b80-\u0bff\u0c00-\u0c7f\u0d00-\u0d7f\u0a80-\u0aff\u0a00-\u0a7f\u0620-\u064a]"
)


#: Scripts that glue case endings to a name (Nepali and Marathi "म्यानमारमा", Bengali
#: "মিয়ানমারের"): their letters with marks (vowel signs, virama, nukta), and the marks. A
#: letter may follow a name, a mark may not (it makes another word: "नेपाली" is not "नेपाल").
GLUED_SCRIPTS = (
    (re.compile(r"[\u0900-\u097f]"), r"\u0900-\u0963\u0971-\u097f",
     r"\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"),
    # (Bengali writes its commonest endings -এ, -এর with the vowel sign "ে": "মিয়ানমারের")
    (re.compile(r"[\u0980-\u09ff]"), r"\u0980-\u09e3\u09f0-\u09fe",
     r"\u0981-\u0983\u09bc\u09be-\u09c6\u09c8-\u09cd\u09d7\u09e2\u09e3"),
)  # fmt: skip


def occurrences(text, form):
    for script, letters, marks in GLUED_SCRIPTS:
        if script.search(form):
            pat = rf"(?<![\w{letters}])" + re.escape(form) + rf"(?![{marks}])"
            return [(m.start(), m.end()) for m in re.finditer(pat, text)]
    if not UNSPACED.search(text):
        edge = r"[\w]"
    else:
        edge = r"[A-Za-z]" if UNSPACED.search(form) else r"[A-Za-z0-9_]"
    pat = rf"(?<!{edge})" + re.escape(form) + rf"(?!{edge})"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def load_candidates():
    names = set(DEMONYMS)
    with open(PLACES_CSV, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names.add(row["name"])
            for a in row["aliases"].split("|"):
                if len(a) >= 4:
                    names.add(a)
    return names


def main(set_dir, words=(300, 1000), strict_event_role=False):
    """Check the set in ``set_dir``; print findings; 1 on errors, else 0."""
    set_root = os.path.abspath(set_dir)
    errors.clear(); warnings.clear()
    cands = load_candidates()
    arts = sorted(glob.glob(os.path.join(set_root, "articles", "*.txt")))
    golds = sorted(glob.glob(os.path.join(set_root, "gold", "*.json")))
    # manifest
    man = {}
    mpath = os.path.join(set_root, "manifest.csv")
    with open(mpath, encoding="utf-8", newline="") as fh:
        first = fh.readline().rstrip("\r\n")
        if first != HEADER:
            err(f"manifest header is {first!r}")
        fh.seek(0)
        for row in csv.DictReader(fh):
            if row["file"] in man:
                err(f"manifest: duplicate row {row['file']}")
            man[row["file"]] = row
            if not re.fullmatch(r"https://example\.org/\S+", row["url"]):
                err(f"manifest {row['file']}: url {row['url']}")
            try:
                dt.date.fromisoformat(row["published"])
            except ValueError:
                err(f"manifest {row['file']}: published {row['published']}")
            if not re.fullmatch(r"[A-Z]{2}", row["country_focus"]):
                err(f"manifest {row['file']}: country_focus {row['country_focus']}")
            if "not a real copy" not in row["source"]:
                warn(f"manifest {row['file']}: source does not say it is written for geotrack")
    stems_a = {os.path.splitext(os.path.basename(a))[0] for a in arts}
    stems_g = {os.path.splitext(os.path.basename(g))[0] for g in golds}
    for s in sorted(stems_a ^ stems_g):
        err(f"{s}: article and gold do not pair up")
    for s in sorted(stems_a):
        if s + ".txt" not in man:
            err(f"{s}: no manifest row")
    for g in golds:
        stem = os.path.splitext(os.path.basename(g))[0]
        try:
            doc = json.load(open(g, encoding="utf-8"))
        except Exception as e:  # noqa
            err(f"{stem}: gold does not load: {e}"); continue
        apath = os.path.join(set_root, "articles", stem + ".txt")
        if not os.path.exists(apath):
            continue
        text = open(apath, encoding="utf-8").read()
        nwords = len(text.split())
        if not words[0] <= nwords <= words[1]:
            warn(f"{stem}: {nwords} words (brief: {words[0]}-{words[1]})")
        if doc.get("article") != stem + ".txt":
            err(f"{stem}: article field {doc.get('article')}")
        mrow = man.get(stem + ".txt")
        if mrow and mrow["published"] != doc.get("published"):
            err(f"{stem}: published differs from manifest")
        covered = [False] * len(text)
        seen = set()
        event_pts = set()
        for t in doc["toponyms"]:
            form = t["text"]
            occ = occurrences(text, form)
            if not occ:
                if occurrences(text.lower(), form.lower()):
                    err(f"{stem}: toponym {form!r} occurs only with other case")
                else:
                    err(f"{stem}: toponym {form!r} not in article")
            for a, b in occ:
                for i in range(a, b):
                    covered[i] = True
            key = (form.casefold(), t.get("place"))
            if key in seen:
                err(f"{stem}: duplicate toponym {form!r} / {t.get('place')}")
            seen.add(key)
            if t["role"] not in ROLES:
                err(f"{stem}: {form}: role {t['role']}")
            if t["role"] == "nonplace":
                if t.get("lat") is not None:
                    err(f"{stem}: nonplace {form} has a point")
            else:
                if t.get("level") not in LEVELS:
                    err(f"{stem}: {form}: level {t.get('level')}")
                if t.get("lat") is None or t.get("lon") is None or not t.get("tolerance_km"):
                    err(f"{stem}: {form}: missing point/tolerance")
                if not t.get("coord_source"):
                    err(f"{stem}: {form}: missing coord_source")
                if t["role"] == "event":
                    event_pts.add((t["lat"], t["lon"]))
        for n, e in enumerate(doc["events"]):
            tag = f"{stem} event {n} ({e.get('type')} {e.get('place')})"
            if e["type"] not in TYPES:
                err(f"{tag}: type")
            if e["date_precision"] not in PRECS:
                err(f"{tag}: date_precision")
            if e["date"] is None:
                if e["date_precision"] != "unknown":
                    err(f"{tag}: null date needs unknown")
            else:
                try:
                    d = dt.date.fromisoformat(e["date"])
                except ValueError:
                    err(f"{tag}: date {e['date']}"); d = None
                # month/year: first day of the period, or the statement day of
                # a cumulative figure (ANNOTATION_NOTES) -- only noted here
                if d and e["date_precision"] == "month" and d.day != 1:
                    warn(f"{tag}: month precision on a day other than the 1st (statement day?)")
                if d and e["date_precision"] == "year" and (d.month, d.day) != (1, 1):
                    warn(f"{tag}: year precision on a day other than Jan 1 (statement day?)")
                if d and doc.get("published") and d > dt.date.fromisoformat(doc["published"]):
                    err(f"{tag}: date after publication")
            if e["geo_precision"] not in (1, 2, 3, 4):
                err(f"{tag}: geo_precision")
            if set(e["people"]) != PEOPLE:
                err(f"{tag}: people keys")
            for k, v in list(e["people"].items()) + list(e["seized"].items()):
                if v is not None and not isinstance(v, (int, float)):
                    err(f"{tag}: count {k}={v!r}")
            for k, v in e["nationalities"].items():
                if not re.fullmatch(r"[A-Z]{2}", k):
                    err(f"{tag}: nationality key {k}")
                if v is not None and not isinstance(v, int):
                    err(f"{tag}: nationality {k}={v!r}")
            if e.get("lat") is None or not e.get("tolerance_km"):
                err(f"{tag}: missing point")
            elif (e["lat"], e["lon"]) not in event_pts:
                (err if strict_event_role else warn)(f"{tag}: no toponym with role event at its point")
            if not e.get("evidence"):
                err(f"{tag}: no evidence")
        # candidate place names / demonyms not covered by any gold toponym
        missed = set()
        for c in cands:
            for a, b in occurrences(text, c):
                if not all(covered[i] for i in range(a, b) if text[i].isalnum()):
                    missed.add(c)
        for c in sorted(missed):
            warn(f"{stem}: {c!r} occurs but no gold toponym covers it")
        print(f"{stem}: {nwords} words, {len(doc['toponyms'])} toponyms, {len(doc['events'])} events")
    # scorer smoke test
    with tempfile.TemporaryDirectory() as td:
        ev = os.path.join(td, "empty.geojson")
        json.dump({"type": "FeatureCollection", "features": []}, open(ev, "w"))
        mj = os.path.join(td, "empty.jsonl")
        open(mj, "w").close()
        r = subprocess.run([sys.executable, SCORE, "--gold", os.path.join(set_root, "gold"),
                            "--events", ev, "--mentions", mj], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"score.py failed: {r.stderr[-800:]}")
        else:
            print("score.py on empty output: ok (rc 0)")
            if "warn" in (r.stderr + r.stdout).lower():
                warn("score.py: " + (r.stderr.strip() or "warning in stdout")[:400])
        # oracle: the gold itself as system output must score 100%
        ments, feats = [], []
        for g in golds:
            d = json.load(open(g, encoding="utf-8"))
            ments.append({"article": d["article"], "mentions": [
                {"text": t["text"], "lat": t["lat"], "lon": t["lon"], "level": t["level"],
                 "country": t["country"], "name": t["place"]}
                for t in d["toponyms"] if t["role"] in ("event", "context", "dateline")]})
            for e in d["events"]:
                feats.append({"type": "Feature",
                              "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
                              "properties": {"article": d["article"], "event_type": e["type"],
                                             "date": e["date"], "date_precision": e["date_precision"],
                                             "geo_precision": e["geo_precision"], "place_name": e["place"],
                                             "people": e["people"], "nationalities": e["nationalities"],
                                             "seized": e["seized"]}})
        with open(mj, "w") as fh:
            fh.write("\n".join(json.dumps(m) for m in ments) + "\n")
        json.dump({"type": "FeatureCollection", "features": feats}, open(ev, "w"))
        r = subprocess.run([sys.executable, SCORE, "--gold", os.path.join(set_root, "gold"),
                            "--events", ev, "--mentions", mj, "--json"], capture_output=True, text=True)
        try:
            summ = json.loads(r.stdout.strip().splitlines()[-1])
            ok = (summ["events"]["f1"] == 1.0 and summ["events"]["counts_agree_share"] == 1.0
                  and summ["events"]["geo_precision_agree_share"] == 1.0
                  and summ["toponyms"]["recall"] == 1.0
                  and summ["toponyms"]["accuracy_at_tolerance"] == 1.0
                  and summ["toponyms"]["false_positives"] == 0)
        except Exception as e:  # noqa
            ok = False
        if ok:
            print("score.py with the gold as system output: 100% (oracle check ok)")
        else:
            err("oracle check: gold as system output does not score 100%:\n" + r.stdout[:1500])
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="Check a benchmark set's gold.")
    parser.add_argument("set_dir")
    parser.add_argument("--words", default="300-1000", help="expected article length, e.g. 250-1100")
    parser.add_argument("--strict-event-role", action="store_true",
                        help="an event whose point no event-role toponym has is an error")
    args = parser.parse_args()
    low, high = (int(x) for x in args.words.split("-"))
    sys.exit(main(args.set_dir, (low, high), args.strict_event_role))
