#!/usr/bin/env python3
"""Review aid: print capitalised word runs of each article that no gold
toponym covers (to spot place names the gold may have missed)."""
import glob, json, os, re, sys
DEV6 = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for g in sorted(glob.glob(os.path.join(DEV6, "gold", "*.json"))):
    if len(sys.argv) > 1 and sys.argv[1] not in g:
        continue
    doc = json.load(open(g)); stem = os.path.basename(g)[:-5]
    text = open(os.path.join(DEV6, "articles", stem + ".txt")).read()
    cov = [False] * len(text)
    for t in doc["toponyms"]:
        for m in re.finditer(r"(?<!\w)" + re.escape(t["text"]) + r"(?!\w)", text):
            for i in range(m.start(), m.end()): cov[i] = True
    runs = set()
    for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*", text):
        if not all(cov[m.start():m.end()]):
            runs.add(m.group(0))
    print(stem, sorted(runs))
