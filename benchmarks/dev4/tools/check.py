#!/usr/bin/env python3
"""Checks for the dev4 set: every gold file loads and has the required fields,
every toponym surface form occurs verbatim in its article, event places are
annotated toponyms, dates are valid, manifest rows match, and known place
names from reference/places.csv that occur in an article are covered by some
toponym surface form (warnings only)."""
import csv, datetime, json, os, re, sys
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TYPES = {"raid", "rescue", "escape", "deportation", "compound_report", "abuse", "policy"}
ROLES = {"event", "context", "dateline", "offtopic", "nonplace"}
PREC = {"day", "week", "month", "year", "unknown"}
PEOPLE = {"arrested", "detained", "rescued", "deported", "escaped", "victims"}
SEIZED = {"phones", "computers", "laptops", "tablets", "passports", "tasers", "safes"}
errors, warnings = [], []
man = {r["file"]: r for r in csv.DictReader(open(os.path.join(D, "manifest.csv"), encoding="utf-8"))}
hdr = open(os.path.join(D, "manifest.csv"), encoding="utf-8").readline().strip()
if hdr != "file,url,source,title,published,country_focus":
    errors.append("manifest header")
ref_names = set()
for r in csv.DictReader(open("/work/shared/reference/places.csv", encoding="utf-8")):
    for n in [r["name"]] + [a for a in r["aliases"].split("|") if a]:
        if len(n) > 3:
            ref_names.add(n)
golds = sorted(f for f in os.listdir(os.path.join(D, "gold")) if f.endswith(".json"))
arts = sorted(f for f in os.listdir(os.path.join(D, "articles")) if f.endswith(".txt"))
if [g[:-5] for g in golds] != [a[:-4] for a in arts]:
    errors.append("gold/articles mismatch")
for g in golds:
    stem = g[:-5]
    try:
        gj = json.load(open(os.path.join(D, "gold", g), encoding="utf-8"))
    except Exception as ex:
        errors.append(f"{g}: does not load: {ex}"); continue
    text = open(os.path.join(D, "articles", stem + ".txt"), encoding="utf-8").read()
    nw = len(text.split())
    if not 300 <= nw <= 900:
        errors.append(f"{stem}: {nw} words")
    if gj.get("article") != stem + ".txt":
        errors.append(f"{stem}: article field")
    m = man.get(stem + ".txt")
    if not m or m["published"] != gj.get("published"):
        errors.append(f"{stem}: manifest row/published mismatch")
    texts = set()
    for t in gj["toponyms"]:
        if t["text"] not in text:
            errors.append(f"{stem}: toponym {t['text']!r} not verbatim in article")
        if t["role"] not in ROLES:
            errors.append(f"{stem}: role {t['role']}")
        if t["role"] != "nonplace" and (t["lat"] is None or t["tolerance_km"] is None or not t.get("coord_source")):
            errors.append(f"{stem}: {t['text']} lacks coordinates/source")
        texts.add(t["text"])
    places = {(t["lat"], t["lon"]) for t in gj["toponyms"] if t["role"] == "event"}
    for i, e in enumerate(gj["events"]):
        tag = f"{stem} event {i} ({e['type']} {e['place']})"
        if e["type"] not in TYPES: errors.append(tag + ": type")
        if e["date_precision"] not in PREC: errors.append(tag + ": precision")
        if (e["date"] is None) != (e["date_precision"] == "unknown"): errors.append(tag + ": date/precision")
        if e["date"]:
            d = datetime.date.fromisoformat(e["date"])
            if d > datetime.date.fromisoformat(gj["published"]): errors.append(tag + ": date after publication")
        if e["geo_precision"] not in (1, 2, 3, 4): errors.append(tag + ": geo_precision")
        if set(e["people"]) != PEOPLE: errors.append(tag + ": people keys")
        if set(e["seized"]) - SEIZED: errors.append(tag + ": seized keys")
        if (e["lat"], e["lon"]) not in places: errors.append(tag + ": no event-role toponym at this point")
        if not e.get("evidence"): errors.append(tag + ": evidence")
    # warnings: known names present in text but not covered by a surface form
    low = [t.casefold() for t in texts]
    for n in ref_names:
        if re.search(r"\b" + re.escape(n) + r"\b", text) and not any(n.casefold() in x or x in n.casefold() for x in low):
            warnings.append(f"{stem}: reference name {n!r} in text but not annotated")
for w in sorted(warnings): print("WARN", w)
for e in errors: print("ERROR", e)
print(f"{len(golds)} gold files, {len(errors)} errors, {len(warnings)} warnings")
sys.exit(1 if errors else 0)
