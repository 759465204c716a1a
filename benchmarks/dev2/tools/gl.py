"""Tiny helper used to write the dev2 gold files by hand.

Each tools/gold_dev2_NN.py script lists, by hand, the toponyms and events of
one article and calls Doc.write(); this module only looks up reference points
in /work/shared/reference/places.csv and fills the fixed gold layout.
"""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLACES = "/work/shared/reference/places.csv"
KIND2LEVEL = {"compound": "site", "sez": "site", "casino": "site",
              "border_crossing": "site", "town": "town", "commune": "commune",
              "district": "district", "province": "province", "country": "country"}
_REF = {}
for r in csv.DictReader(open(PLACES, encoding="utf-8")):
    _REF.setdefault(r["name"], []).append(r)

PEOPLE_KEYS = ("arrested", "detained", "rescued", "deported", "escaped", "victims")


class Loc(dict):
    pass


def ref(name, kind=None):
    rows = _REF[name]
    if kind:
        rows = [r for r in rows if r["kind"] == kind]
    assert len(rows) == 1, (name, kind, rows)
    r = rows[0]
    return Loc(place=r["name"], country=r["country"], admin1=r["admin1"] or None,
               level=KIND2LEVEL[r["kind"]], lat=float(r["lat"]), lon=float(r["lon"]),
               tolerance_km=float(r["tolerance_km"]),
               coord_source="reference/places.csv (%s)" % r["source"])


def own(place, country, admin1, level, lat, lon, tol, note):
    return Loc(place=place, country=country, admin1=admin1, level=level,
               lat=lat, lon=lon, tolerance_km=tol,
               coord_source="own-knowledge (%s)" % note)


class Doc:
    def __init__(self, article, published):
        self.article, self.published = article, published
        self.toponyms, self.events = [], []

    def top(self, text, loc, role):
        t = {"text": text, "place": loc["place"], "country": loc["country"],
             "admin1": loc["admin1"], "level": loc["level"], "lat": loc["lat"],
             "lon": loc["lon"], "tolerance_km": loc["tolerance_km"], "role": role,
             "coord_source": loc["coord_source"]}
        self.toponyms.append(t)
        return loc

    def non(self, text, country):
        self.toponyms.append({"text": text, "place": None, "country": country,
                              "admin1": None, "level": None, "lat": None, "lon": None,
                              "tolerance_km": None, "role": "nonplace",
                              "coord_source": None})

    def ev(self, etype, loc, gp, date, prec, evidence, people=None, nat=None,
           seized=None, tol=None):
        p = {k: None for k in PEOPLE_KEYS}
        for k, v in (people or {}).items():
            assert k in PEOPLE_KEYS, k
            p[k] = v
        self.events.append({
            "type": etype, "place": loc["place"], "country": loc["country"],
            "admin1": loc["admin1"], "lat": loc["lat"], "lon": loc["lon"],
            "tolerance_km": tol if tol is not None else loc["tolerance_km"],
            "geo_precision": gp, "date": date, "date_precision": prec,
            "people": p, "nationalities": dict(nat or {}), "seized": dict(seized or {}),
            "evidence": evidence, "coord_source": loc["coord_source"]})

    def write(self):
        out = {"article": self.article, "published": self.published,
               "toponyms": self.toponyms, "events": self.events}
        path = os.path.join(ROOT, "gold", self.article.replace(".txt", ".json"))
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", path, len(self.toponyms), "toponyms", len(self.events), "events")
