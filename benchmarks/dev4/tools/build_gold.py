#!/usr/bin/env python3
"""Write dev4 gold JSON files from the compact hand-made specs below.
Coordinates come from /work/shared/reference/places.csv (R) or own knowledge (O)."""
import csv, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
REF = "/work/shared/reference/places.csv"
ROWS = list(csv.DictReader(open(REF, encoding="utf-8")))
LEVEL = {"border_crossing": "site", "compound": "site", "casino": "site", "sez": "site"}
OWN = "own knowledge (approximate, not in reference/places.csv; tolerance widened)"

def R(text, name, role, kind=None, level=None, tol=None):
    rows = [r for r in ROWS if r["name"] == name and (kind is None or r["kind"] == kind)]
    assert len(rows) == 1, (name, kind, len(rows))
    r = rows[0]
    return {"text": text, "place": name, "country": r["country"], "admin1": r["admin1"] or None,
            "level": level or LEVEL.get(r["kind"], r["kind"]), "lat": float(r["lat"]), "lon": float(r["lon"]),
            "tolerance_km": tol or float(r["tolerance_km"]), "role": role,
            "coord_source": "reference/places.csv (%s)" % r["source"]}

def O(text, place, country, admin1, level, lat, lon, tol, role):
    return {"text": text, "place": place, "country": country, "admin1": admin1, "level": level,
            "lat": lat, "lon": lon, "tolerance_km": tol, "role": role, "coord_source": OWN}

def N(text, country):
    return {"text": text, "place": None, "country": country, "admin1": None, "level": None,
            "lat": None, "lon": None, "tolerance_km": None, "role": "nonplace", "coord_source": None}

def E(tops, typ, ref, geo, date, prec, ev, people=None, nat=None, seized=None):
    t = next(x for x in tops if x["text"] == ref)
    p = {k: None for k in ("arrested", "detained", "rescued", "deported", "escaped", "victims")}
    p.update(people or {})
    return {"type": typ, "place": t["place"], "country": t["country"], "admin1": t["admin1"],
            "lat": t["lat"], "lon": t["lon"], "tolerance_km": t["tolerance_km"], "geo_precision": geo,
            "date": date, "date_precision": prec, "people": p, "nationalities": nat or {},
            "seized": seized or {}, "evidence": ev, "coord_source": t["coord_source"]}

ARTS = {}

# ---------------- dev4-01 (SCMP, 2023-11-22, Wednesday) ----------------
t = [
    R("China", "China", "event"),
    R("Myanmar", "Myanmar", "context"),
    O("Kokang", "Kokang Self-Administered Zone", "MM", "Shan State", "district", 23.85, 98.75, 50, "event"),
    O("Kokang Self-Administered Zone", "Kokang Self-Administered Zone", "MM", "Shan State", "district", 23.85, 98.75, 50, "event"),
    O("northern Myanmar", "northern Myanmar", "MM", None, "region", 23.5, 97.5, 400, "event"),
    R("Laukkaing", "Laukkaing", "event"),
    O("Yunnan", "Yunnan", "CN", "Yunnan", "province", 25.0, 101.5, 350, "context"),
    O("Lincang", "Lincang", "CN", "Yunnan", "town", 23.884, 100.089, 60, "context"),
    O("Tangyan", "Tangyan", "MM", "Shan State", "town", 22.49, 98.40, 15, "event"),
    O("Kunming Changshui International Airport", "Kunming Changshui International Airport", "CN", "Yunnan", "site", 25.101, 102.929, 5, "context"),
    N("Wa", "MM"),
    N("Chinese", "CN"),
    N("Thai", "TH"),
    O("Beijing", "Beijing", "CN", "Beijing", "town", 39.904, 116.407, 25, "context"),
    O("Naypyidaw", "Naypyidaw", "MM", "Naypyidaw Union Territory", "town", 19.745, 96.129, 20, "context"),
    O("Yangon", "Yangon", "MM", "Yangon Region", "town", 16.8409, 96.1735, 20, "context"),
    O("Fujian", "Fujian", "CN", "Fujian", "province", 26.1, 118.0, 300, "context"),
    O("Guangdong", "Guangdong", "CN", "Guangdong", "province", 23.4, 113.4, 300, "context"),
    R("Hong Kong", "Hong Kong", "offtopic"),
    R("Singapore", "Singapore", "offtopic"),
]
e = [
    E(t, "deportation", "Laukkaing", 2, "2023-11-20", "day",
      "on Monday 1,207 fraud suspects from the Kokang zone were handed over to Chinese police across a border bridge outside Laukkaing",
      people={"deported": 1207}),
    E(t, "deportation", "northern Myanmar", 3, "2023-11-22", "month",
      "spokesman said on Wednesday more than 31,000 suspects had been handed over from northern Myanmar since the September campaign began",
      people={"deported": 31000}),
    E(t, "deportation", "Tangyan", 1, "2023-11-21", "day",
      "the following day 86 suspects were handed over by authorities in Tangyan and flown to Kunming",
      people={"deported": 86}),
    E(t, "compound_report", "Kokang", 3, None, "unknown",
      "Kokang has become notorious for scam compounds staffed partly by trafficked workers"),
    E(t, "policy", "China", 4, "2023-09-01", "month",
      "a joint campaign against fraud in northern Myanmar began in September"),
]
ARTS["dev4-01"] = ("2023-11-22", t, e)

# ---------------- dev4-02 (Al Jazeera, 2024-03-14, Thursday) ----------------
t = [
    O("Southeast Asia", "Southeast Asia", None, None, "region", 8.0, 112.0, 2000, "context"),
    R("Philippines", "Philippines", "context"),
    R("Pasay", "Pasay", "event"),
    O("Metro Manila", "Metro Manila", "PH", "Metro Manila", "province", 14.5995, 120.9842, 30, "event"),
    N("Chinese", "CN"), N("Vietnamese", "VN"),
    R("Myanmar", "Myanmar", "context"),
    O("Kayin state", "Kayin State", "MM", "Kayin State", "province", 17.0, 97.75, 150, "event"),
    N("Thai", "TH"),
    R("Myawaddy", "Myawaddy", "event"),
    N("Kenyans", "KE"), N("Ugandans", "UG"), N("Sri Lankan", "LK"),
    O("Moei river", "Moei River", "MM", "Kayin State", "site", 16.70, 98.53, 15, "event"),
    R("Mae Sot", "Mae Sot", "context"),
    R("Laos", "Laos", "context"),
    N("Lao", "LA"),
    R("Bokeo", "Bokeo", "event"),
    R("China", "China", "context"),
    R("Golden Triangle Special Economic Zone", "Golden Triangle SEZ", "event"),
    O("Mekong", "Mekong River", None, None, "region", 20.35, 100.10, 1000, "context"),
    R("Cambodia", "Cambodia", "context"),
    R("Bangkok", "Bangkok", "context"),
    N("Al Jazeera", None),
    O("Mount Everest", "Mount Everest", "NP", None, "site", 27.988, 86.925, 10, "offtopic"),
    O("Brazil", "Brazil", "BR", None, "country", -14.235, -51.925, 1500, "offtopic"),
    O("Rio Grande do Sul", "Rio Grande do Sul", "BR", "Rio Grande do Sul", "province", -30.0, -53.5, 300, "offtopic"),
]
e = [
    E(t, "raid", "Pasay", 1, "2024-03-13", "day",
      "on March 13 PAOCC raided an office building in Pasay, arresting 73 incl. 48 Chinese and 11 Vietnamese, seizing more than 200 phones",
      people={"arrested": 73}, nat={"CN": 48, "VN": 11}, seized={"phones": 200}),
    E(t, "escape", "Myawaddy", 2, "2024-03-09", "day",
      "17 workers (12 Kenyans, 4 Ugandans, a Sri Lankan) escaped from a compound outside Myawaddy on March 9 and waded the Moei river",
      people={"escaped": 17}, nat={"KE": 12, "UG": 4, "LK": 1}),
    E(t, "abuse", "Myawaddy", 2, None, "unknown",
      "Kenyans who escaped from Myawaddy said they were beaten for missing targets and forced into 16-hour shifts for months"),
    E(t, "compound_report", "Myawaddy", 2, None, "unknown",
      "activists say hundreds more people remain inside compounds in Myawaddy"),
    E(t, "deportation", "Bokeo", 3, "2024-03-10", "day",
      "on Sunday Lao authorities deported 62 Chinese nationals from Bokeo province to China",
      people={"deported": 62}, nat={"CN": 62}),
    E(t, "raid", "Golden Triangle Special Economic Zone", 1, None, "unknown",
      "the deportation followed a series of raids in the Golden Triangle Special Economic Zone"),
    E(t, "compound_report", "Golden Triangle Special Economic Zone", 1, None, "unknown",
      "the Golden Triangle SEZ has long been accused of hosting scam operations"),
]
ARTS["dev4-02"] = ("2024-03-14", t, e)

# ---------------- dev4-03 (Cambodian MoI press release, 2025-08-04) ----------------
t = [
    R("Kingdom of Cambodia", "Cambodia", "event"),
    R("Phnom Penh", "Phnom Penh", "dateline", level="town"),
    R("Kandal", "Kandal", "event"),
    R("Ta Khmau", "Ta Khmau", "event"),
    O("Kien Svay", "Kien Svay", "KH", "Kandal", "district", 11.50, 105.02, 25, "event"),
    N("Chinese", "CN"), N("Indonesian", "ID"), N("Vietnamese", "VN"), N("Cambodian", "KH"),
    N("Thai", "TH"), N("Myanmar", "MM"), N("Bangladeshi", "BD"),
    R("Kampong Speu", "Kampong Speu", "event"),
    O("Thpong", "Thpong", "KH", "Kampong Speu", "district", 11.68, 104.15, 30, "event"),
    R("Svay Rieng", "Svay Rieng", "event"),
    R("Bavet", "Bavet", "event"),
    O("Phnom Penh International Airport", "Phnom Penh International Airport", "KH", "Phnom Penh", "site", 11.5466, 104.8441, 4, "event"),
    O("Bavet international border checkpoint", "Bavet international border checkpoint", "KH", "Svay Rieng", "site", 11.077, 106.170, 5, "event"),
    R("Siem Reap", "Siem Reap", "offtopic", kind="town"),
    R("Japan", "Japan", "offtopic"),
]
e = [
    E(t, "policy", "Kingdom of Cambodia", 4, "2025-07-15", "day",
      "campaign implemented under the Prime Minister's order of 15 July 2025"),
    E(t, "raid", "Kingdom of Cambodia", 4, "2025-07-27", "week",
      "21 July - 2 Aug 2025: 96 locations inspected in 14 provinces and the capital; no fewer than 2,300 persons of 19 nationalities detained",
      people={"detained": 2300}),
    E(t, "raid", "Kandal", 3, "2025-07-24", "day",
      "in Kandal on 24 July 2025, 11 buildings searched, 412 detained (301 Chinese, 58 Indonesian, 40 Vietnamese, 13 Cambodian), 1,850 phones, 390 computers, 27 passports seized",
      people={"detained": 412}, nat={"CN": 301, "ID": 58, "VN": 40, "KH": 13},
      seized={"phones": 1850, "computers": 390, "passports": 27}),
    E(t, "raid", "Ta Khmau", 1, "2025-07-24", "day", "buildings searched in Ta Khmau town on 24 July 2025"),
    E(t, "raid", "Kien Svay", 2, "2025-07-24", "day", "buildings searched in Kien Svay district on 24 July 2025"),
    E(t, "raid", "Thpong", 2, "2025-07-27", "day",
      "on 27 July 2025 a compound in Thpong district, Kampong Speu, inspected; 267 detained incl. 150 Thai; 600 phones and 85 laptops seized",
      people={"detained": 267}, nat={"TH": 150}, seized={"phones": 600, "laptops": 85}),
    E(t, "raid", "Bavet", 1, "2025-07-30", "week",
      "operations at 19 locations in Bavet city 29 July - 1 Aug 2025; 1,036 detained (Chinese 512, Vietnamese 289, Indonesian 120, Myanmar 61, Bangladeshi 54); 3,400 phones, 512 computers, 16 shock devices, 4 safes seized",
      people={"detained": 1036}, nat={"CN": 512, "VN": 289, "ID": 120, "MM": 61, "BD": 54},
      seized={"phones": 3400, "computers": 512, "tasers": 16, "safes": 4}),
    E(t, "deportation", "Kingdom of Cambodia", 4, "2025-08-04", "week",
      "1,104 of those detained in this phase have already been deported",
      people={"deported": 1104}),
    E(t, "deportation", "Phnom Penh International Airport", 1, "2025-08-04", "week",
      "detainees deported through Phnom Penh International Airport"),
    E(t, "deportation", "Bavet international border checkpoint", 1, "2025-08-04", "week",
      "detainees deported through the Bavet international border checkpoint"),
]
ARTS["dev4-03"] = ("2025-08-04", t, e)

# ---------------- dev4-04 (Thai PBS World, 2025-02-09, Sunday) ----------------
t = [
    N("Thai", "TH"),
    O("TAK", "Tak", "TH", "Tak", "province", 16.9, 98.9, 80, "dateline"),
    R("Myanmar", "Myanmar", "context"),
    R("Mae Sot", "Mae Sot", "event"),
    N("Chinese", "CN"), N("Ethiopians", "ET"), N("Ethiopian", "ET"), N("Indians", "IN"), N("Indian", "IN"),
    O("Moei River", "Moei River", "TH", "Tak", "site", 16.72, 98.55, 15, "event"),
    O("Ban Wang Kaeo", "Ban Wang Kaeo", "TH", "Tak", "site", 16.74, 98.55, 12, "event"),
    N("Karen", "MM"),
    R("Shwe Kokko", "Shwe Kokko", "event"),
    R("Myawaddy", "Myawaddy", "context"),
    R("Bangkok", "Bangkok", "context"),
    R("China", "China", "context"),
    R("Thailand", "Thailand", "event"),
    O("Three Pagodas Pass", "Three Pagodas Pass", "MM", "Kayin State", "site", 15.30, 98.40, 10, "context"),
    R("KK Park", "KK Park", "event"),
    R("Indonesia", "Indonesia", "context"),
    O("Chiang Mai", "Chiang Mai", "TH", "Chiang Mai", "town", 18.7883, 98.9853, 15, "offtopic"),
    O("Phuket", "Phuket", "TH", "Phuket", "province", 7.88, 98.39, 30, "offtopic"),
]
e = [
    E(t, "rescue", "Mae Sot", 1, "2025-02-08", "day",
      "26 foreigners (14 Chinese, 7 Ethiopians, 5 Indians) freed by the DKBA were handed over to Thai authorities in Mae Sot on Saturday",
      people={"rescued": 26}, nat={"CN": 14, "ET": 7, "IN": 5}),
    E(t, "raid", "Shwe Kokko", 2, "2025-02-07", "day",
      "DKBA said the workers were freed on Friday in a raid on a compound near Shwe Kokko",
      people={"rescued": 26}, nat={"CN": 14, "ET": 7, "IN": 5}),
    E(t, "abuse", "Shwe Kokko", 2, None, "unknown",
      "victims had bruises; an Ethiopian woman said she was held almost eight months and given electric shocks"),
    E(t, "policy", "Thailand", 4, "2025-02-04", "day",
      "Thailand cut electricity, internet and fuel to border areas in Myanmar; approved by the NSC on Tuesday, in force the following day"),
    E(t, "escape", "KK Park", 1, "2025-01-01", "month",
      "last month 43 people, most from Indonesia, crossed into Mae Sot after escaping from KK Park",
      people={"escaped": 43}, nat={"ID": None}),
]
ARTS["dev4-04"] = ("2025-02-09", t, e)

# ---------------- dev4-05 (Philippine Star, 2024-05-23, Thursday) ----------------
t = [
    O("Kawit", "Kawit", "PH", "Cavite", "town", 14.4447, 120.9044, 8, "event"),
    O("Cavite", "Cavite", "PH", "Cavite", "province", 14.28, 120.87, 45, "event"),
    N("Philippine", "PH"),
    O("MANILA", "Manila", "PH", "Metro Manila", "town", 14.5995, 120.9842, 15, "dateline"),
    R("Philippines", "Philippines", "context"),
    N("Chinese", "CN"), N("Vietnamese", "VN"), N("Malaysians", "MY"), N("Indonesians", "ID"),
    N("Filipinos", "PH"), N("Filipino", "PH"),
    O("Barangay Binakayan", "Binakayan", "PH", "Cavite", "site", 14.452, 120.918, 5, "event"),
    O("Bacoor City", "Bacoor", "PH", "Cavite", "town", 14.459, 120.94, 8, "event"),
    R("Bamban", "Bamban", "event"),
    R("Tarlac", "Tarlac", "event"),
    O("Taguig", "Taguig", "PH", "Metro Manila", "town", 14.52, 121.05, 8, "context"),
    O("Metro Manila", "Metro Manila", "PH", "Metro Manila", "province", 14.5995, 120.9842, 30, "context"),
    O("Central Luzon", "Central Luzon", "PH", None, "region", 15.5, 120.7, 150, "context"),
    O("Calabarzon", "Calabarzon", "PH", None, "region", 14.1, 121.3, 150, "context"),
    O("Visayas", "Visayas", "PH", None, "region", 10.5, 123.5, 300, "offtopic"),
    O("Davao City", "Davao City", "PH", "Davao del Sur", "town", 7.07, 125.61, 20, "offtopic"),
]
e = [
    E(t, "raid", "Kawit", 1, "2024-05-21", "day",
      "PAOCC on Tuesday raided a POGO compound in Barangay Binakayan, Kawit, Cavite, arresting 158 (121 Chinese, 17 Vietnamese, 9 Malaysians, 5 Indonesians, 6 Filipinos) and seizing 310 phones, 96 desktops, 42 laptops",
      people={"arrested": 158}, nat={"CN": 121, "VN": 17, "MY": 9, "ID": 5, "PH": 6},
      seized={"phones": 310, "computers": 96, "laptops": 42}),
    E(t, "abuse", "Kawit", 1, None, "unknown",
      "agents found a 'detention room' with handcuffs where workers who missed targets were allegedly punished"),
    E(t, "raid", "Bacoor City", 1, "2024-02-01", "month",
      "in February authorities raided a hub in Bacoor City and rescued 35 Filipino workers",
      people={"rescued": 35}, nat={"PH": 35}),
    E(t, "raid", "Bamban", 1, "2024-03-01", "month",
      "the March raid on a compound in Bamban, Tarlac, where more than 800 workers were found"),
]
ARTS["dev4-05"] = ("2024-05-23", t, e)

# ---------------- dev4-06 (RFA, 2022-09-20, Tuesday) ----------------
t = [
    N("Vietnamese", "VN"), N("Cambodian", "KH"),
    R("Cambodia", "Cambodia", "event"),
    R("Vietnam", "Vietnam", "context"),
    R("Tay Ninh", "Tay Ninh", "context"),
    R("Bavet", "Bavet", "event"),
    R("Moc Bai", "Moc Bai", "context"),
    N("US", "US"),
    R("Chrey Thom", "Chrey Thom", "event"),
    R("Kandal", "Kandal", "event"),
    O("Binh Di River", "Binh Di River", "KH", "Kandal", "site", 10.95, 105.06, 12, "event"),
    R("An Giang", "An Giang", "context"),
    R("Svay Rieng", "Svay Rieng", "event"),
    R("China", "China", "context"),
    R("Thailand", "Thailand", "context"),
    R("Indonesia", "Indonesia", "context"),
    R("Hong Kong", "Hong Kong", "offtopic"),
    O("North Korea", "North Korea", "KP", None, "country", 40.34, 127.51, 300, "offtopic"),
    O("Seoul", "Seoul", "KR", "Seoul", "town", 37.5665, 126.978, 20, "offtopic"),
]
e = [
    E(t, "escape", "Bavet", 2, "2022-09-18", "day",
      "11 Vietnamese men held at a scam company swam a river near the Bavet border area into Tay Ninh on Sunday night",
      people={"escaped": 11}, nat={"VN": 11}),
    E(t, "abuse", "Bavet", 2, None, "unknown",
      "escapee said workers who brought in no money were locked in a dark room"),
    E(t, "escape", "Bavet", 1, "2022-09-08", "day",
      "on Sept. 8 a 22-year-old woman jumped from the third floor of a building in Bavet to escape",
      people={"escaped": 1}),
    E(t, "rescue", "Bavet", 1, "2022-09-09", "day",
      "Cambodian police found her and handed her to Vietnamese authorities the following day",
      people={"rescued": 1}),
    E(t, "escape", "Chrey Thom", 1, "2022-09-03", "day",
      "on Sept. 3, 40 Vietnamese broke out of a casino compound in Chrey Thom, Kandal, and swam the Binh Di River into An Giang",
      people={"escaped": 40}, nat={"VN": 40}),
    E(t, "deportation", "Cambodia", 4, "2022-09-13", "year",
      "An Giang police said last week that 1,048 Vietnamese had been received back from Cambodia since the start of the year",
      people={"deported": 1048}, nat={"VN": 1048}),
    E(t, "policy", "Cambodia", 4, "2022-08-01", "month",
      "the Cambodian government said last month it had ordered inspections of casinos and companies employing foreigners"),
    E(t, "raid", "Svay Rieng", 3, None, "unknown",
      "officials in Svay Rieng province said they had checked more than 20 premises"),
]
ARTS["dev4-06"] = ("2022-09-20", t, e)

# ---------------- dev4-07 (The Hindu, 2024-03-29, Friday) ----------------
t = [
    N("Indians", "IN"), N("Indian", "IN"), N("Cambodian", "KH"),
    R("Cambodia", "Cambodia", "event"),
    O("NEW DELHI", "New Delhi", "IN", "Delhi", "town", 28.6139, 77.209, 15, "dateline"),
    R("Sihanoukville", "Sihanoukville", "event"),
    R("Phnom Penh", "Phnom Penh", "context", level="town"),
    O("Andhra Pradesh", "Andhra Pradesh", "IN", "Andhra Pradesh", "province", 15.9, 79.7, 300, "context"),
    O("Telangana", "Telangana", "IN", "Telangana", "province", 17.8, 79.0, 200, "context"),
    O("Uttar Pradesh", "Uttar Pradesh", "IN", "Uttar Pradesh", "province", 26.85, 80.9, 400, "context"),
    R("Thailand", "Thailand", "context"),
    O("Visakhapatnam", "Visakhapatnam", "IN", "Andhra Pradesh", "town", 17.6868, 83.2185, 20, "context"),
    R("India", "India", "event"),
    R("Laos", "Laos", "event"),
    R("Golden Triangle Special Economic Zone", "Golden Triangle SEZ", "event"),
    R("Bokeo", "Bokeo", "event"),
    O("Vientiane", "Vientiane", "LA", "Vientiane Prefecture", "town", 17.9757, 102.6331, 15, "context"),
    O("Odisha", "Odisha", "IN", "Odisha", "province", 20.5, 84.4, 250, "offtopic"),
    O("West Bengal", "West Bengal", "IN", "West Bengal", "province", 23.0, 87.9, 250, "offtopic"),
    N("Mumbai", "IN"),
]
e = [
    E(t, "rescue", "Sihanoukville", 1, "2024-03-28", "day",
      "47 Indian nationals were rescued on Thursday from a compound in Sihanoukville",
      people={"rescued": 47}, nat={"IN": 47}),
    E(t, "deportation", "Cambodia", 4, "2024-03-29", "year",
      "embassy has so far rescued and repatriated about 250 Indians from Cambodia",
      people={"rescued": 250, "deported": 250}, nat={"IN": 250}),
    E(t, "deportation", "Cambodia", 4, "2024-03-29", "month",
      "75 were brought back in the last three months",
      people={"deported": 75}, nat={"IN": 75}),
    E(t, "abuse", "Cambodia", 4, None, "unknown",
      "victims' passports were seized in Cambodia; a returnee said he was beaten and denied food for refusing to defraud people"),
    E(t, "policy", "India", 4, "2024-03-29", "day",
      "MEA issued an advisory urging Indians to seek jobs abroad only through authorised agents"),
    E(t, "policy", "India", 4, "2023-01-01", "year",
      "an earlier advisory issued in 2023 warned about fake job rackets in Laos"),
    E(t, "rescue", "Golden Triangle Special Economic Zone", 1, "2023-08-01", "month",
      "Indian officials rescued 17 workers from the Golden Triangle SEZ in Bokeo province in August 2023",
      people={"rescued": 17}),
    E(t, "deportation", "Laos", 4, "2024-03-29", "year",
      "the embassy in Vientiane has so far helped over 500 Indians return from Laos",
      people={"deported": 500}, nat={"IN": 500}),
]
ARTS["dev4-07"] = ("2024-03-29", t, e)

# ---------------- dev4-08 (ABC, 2024-09-08) ----------------
t = [
    R("Myanmar", "Myanmar", "context"),
    O("Australia", "Australia", "AU", None, "country", -25.27, 133.78, 1500, "context"),
    O("United States", "United States", "US", None, "country", 39.8, -98.6, 1500, "event"),
    O("Europe", "Europe", None, None, "region", 54.0, 15.0, 2500, "context"),
    R("Cambodia", "Cambodia", "context"),
    R("Laos", "Laos", "context"),
    N("Cambodian", "KH"),
    N("US", "US"),
    R("Sihanoukville", "Sihanoukville", "event"),
    R("Philippines", "Philippines", "event"),
    R("Porac", "Porac", "event"),
    O("Pampanga", "Pampanga", "PH", "Pampanga", "province", 15.08, 120.66, 45, "event"),
    N("Australian", "AU"), N("Australians", "AU"),
    O("Canberra", "Canberra", "AU", "Australian Capital Territory", "town", -35.2809, 149.13, 20, "context"),
    R("Singapore", "Singapore", "context"),
    O("Pacific", "Pacific", None, None, "region", -10.0, 165.0, 4000, "context"),
    O("Africa", "Africa", None, None, "region", 2.0, 17.0, 3500, "context"),
    O("Brisbane", "Brisbane", "AU", "Queensland", "town", -27.4698, 153.0251, 20, "context"),
    O("New South Wales", "New South Wales", "AU", "New South Wales", "province", -32.0, 147.0, 500, "offtopic"),
    O("Melbourne", "Melbourne", "AU", "Victoria", "town", -37.8136, 144.9631, 25, "offtopic"),
]
e = [
    E(t, "policy", "United States", 4, "2024-05-14", "day",
      "on May 14 the US Treasury's OFAC imposed sanctions on Huawang Holdings"),
    E(t, "compound_report", "Sihanoukville", 1, "2024-05-14", "day",
      "Treasury said Huawang Holdings operated a scam compound in Sihanoukville"),
    E(t, "raid", "Porac", 1, "2024-08-28", "day",
      "on August 28 Philippine police raided a suspected scam hub in Porac, Pampanga, detaining 158 foreigners",
      people={"detained": 158}),
]
ARTS["dev4-08"] = ("2024-09-08", t, e)

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for stem, (pub, tops, evs) in ARTS.items():
        texts = [x["text"].casefold() for x in tops]
        assert len(texts) == len(set(texts)), stem
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as f:
            json.dump({"article": stem + ".txt", "published": pub, "toponyms": tops, "events": evs},
                      f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(stem, len(tops), "toponyms", len(evs), "events")
