"""Small helpers to write a benchmark set's gold files from compact per-article specs.

Shared by the sets written with hand specs (dev3, dev5, dev6, dev7): each set's
``tools/goldlib.py`` binds this module to its folder (:func:`bind`) and re-exports it.
Each spec (tools/specs/<set>-NN.py) calls P()/OWN() to get a location,
T()/N()/OFF() for toponyms and E() for events, then write_gold().
Locations listed in /work/shared/reference/places.csv come from there;
everything else is own knowledge, with a wider tolerance.
"""
import csv, json, os

#: The set folder (manifest.csv, articles/, gold/); set by bind().
SET_DIR = None
PLACES_CSV = "/work/shared/reference/places.csv"
KIND2LEVEL = {"compound": "site", "sez": "site", "casino": "site",
              "border_crossing": "site", "town": "town", "commune": "commune",
              "district": "district", "province": "province", "country": "country"}

_REF = {}
with open(PLACES_CSV, newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        _REF[(row["name"], row["kind"])] = row
        _REF.setdefault((row["name"], None), row)


def bind(set_dir):
    """Write gold files into ``set_dir``/gold from now on."""
    global SET_DIR
    SET_DIR = os.path.abspath(set_dir)


def P(name, kind=None, tol=None):
    """A location from places.csv (by canonical name and optional kind)."""
    row = _REF[(name, kind)]
    return {"place": row["name"], "country": row["country"],
            "admin1": row["admin1"] or None,
            "level": KIND2LEVEL[row["kind"]],
            "lat": float(row["lat"]), "lon": float(row["lon"]),
            "tolerance_km": float(tol if tol is not None else row["tolerance_km"]),
            "coord_source": f"reference/places.csv ({row['source']})"}


def OWN(place, country, admin1, level, lat, lon, tol, note="own-knowledge"):
    """A location not in places.csv: the writer's own knowledge."""
    return {"place": place, "country": country, "admin1": admin1,
            "level": level, "lat": lat, "lon": lon, "tolerance_km": float(tol),
            "coord_source": note if note.startswith(("own-knowledge", "wikipedia:")) else "own-knowledge (" + note + ")"}


def AS(loc, **kw):
    """Copy of a location with some fields replaced (place, level, tolerance_km, coord_source...)."""
    d = dict(loc); d.update(kw); return d


def T(text, loc, role, level=None):
    d = {"text": text, "place": loc["place"], "country": loc["country"],
         "admin1": loc["admin1"], "level": level or loc["level"],
         "lat": loc["lat"], "lon": loc["lon"], "tolerance_km": loc["tolerance_km"],
         "role": role, "coord_source": loc["coord_source"]}
    return d


def N(text, country=None):
    """nonplace: demonym, adjective, outlet/organisation name."""
    return {"text": text, "place": None, "country": country, "admin1": None,
            "level": None, "lat": None, "lon": None, "tolerance_km": None,
            "role": "nonplace", "coord_source": None}


PEOPLE_KEYS = ("arrested", "detained", "rescued", "deported", "escaped", "victims")


def E(etype, loc, geo_precision, date, date_precision, evidence,
      people=None, nat=None, seized=None):
    ppl = {k: None for k in PEOPLE_KEYS}
    for k, v in (people or {}).items():
        assert k in ppl, k
        ppl[k] = v
    return {"type": etype, "place": loc["place"], "country": loc["country"],
            "admin1": loc["admin1"], "lat": loc["lat"], "lon": loc["lon"],
            "tolerance_km": loc["tolerance_km"], "geo_precision": geo_precision,
            "date": date, "date_precision": date_precision,
            "people": ppl, "nationalities": dict(nat or {}),
            "seized": dict(seized or {}), "evidence": evidence,
            "coord_source": loc["coord_source"]}


def write_gold(stem, published, toponyms, events):
    doc = {"article": stem + ".txt", "published": published,
           "toponyms": toponyms, "events": events}
    assert SET_DIR, "goldlib: bind(set_dir) first"
    path = os.path.join(SET_DIR, "gold", stem + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", path, len(toponyms), "toponyms", len(events), "events")
