#!/usr/bin/env python3
"""Review aid: print capitalised word runs of each article that no gold
toponym covers (to spot place names the gold may have missed).

    python3 benchmarks/goldtools/uncovered.py SET_DIR [ARTICLE_STEM]
"""
import glob, json, os, re, sys
SET_DIR = os.path.abspath(sys.argv[1])
for g in sorted(glob.glob(os.path.join(SET_DIR, "gold", "*.json"))):
    if len(sys.argv) > 2 and sys.argv[2] not in g:
        continue
    doc = json.load(open(g)); stem = os.path.basename(g)[:-5]
    text = open(os.path.join(SET_DIR, "articles", stem + ".txt")).read()
    cov = [False] * len(text)
    for t in doc["toponyms"]:
        for m in re.finditer(r"(?<!\w)" + re.escape(t["text"]) + r"(?!\w)", text):
            for i in range(m.start(), m.end()): cov[i] = True
    runs = set()
    for m in re.finditer(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*)*", text):
        if not all(cov[m.start():m.end()]):
            runs.add(m.group(0))
    print(stem, sorted(runs))
