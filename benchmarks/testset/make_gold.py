import csv, json, os

REF = {}
for r in csv.DictReader(open("/work/shared/reference/places.csv")):
    REF.setdefault(r["name"], []).append(r)
KIND2LEVEL = {
    "country": "country",
    "province": "province",
    "district": "district",
    "town": "town",
    "commune": "commune",
    "border_crossing": "site",
    "sez": "site",
    "compound": "site",
    "casino": "site",
}


def ref(name, kind=None):
    rows = REF[name]
    if kind:
        rows = [r for r in rows if r["kind"] == kind]
    assert len(rows) == 1, (name, kind, rows)
    r = rows[0]
    return dict(
        place=r["name"],
        country=r["country"],
        admin1=r["admin1"] or None,
        level=KIND2LEVEL[r["kind"]],
        lat=float(r["lat"]),
        lon=float(r["lon"]),
        tolerance_km=float(r["tolerance_km"]),
        coord_source=f"reference/places.csv ({r['source']})",
    )


def own(place, country, admin1, level, lat, lon, tol, note="own-knowledge (approximate)"):
    return dict(
        place=place,
        country=country,
        admin1=admin1,
        level=level,
        lat=lat,
        lon=lon,
        tolerance_km=tol,
        coord_source=note,
    )


def T(text, p, role, level=None, tol=None):
    d = dict(text=text, **{k: v for k, v in p.items()})
    if level:
        d["level"] = level
    if tol:
        d["tolerance_km"] = tol
    d["role"] = role
    out = {
        k: d[k]
        for k in [
            "text",
            "place",
            "country",
            "admin1",
            "level",
            "lat",
            "lon",
            "tolerance_km",
            "role",
            "coord_source",
        ]
    }
    return out


def NP(text, country=None):
    return dict(
        text=text,
        place=None,
        country=country,
        admin1=None,
        level=None,
        lat=None,
        lon=None,
        tolerance_km=None,
        role="nonplace",
        coord_source=None,
    )


def E(typ, p, gp, date, dprec, evidence, tol=None, people=None, nat=None, seized=None):
    pp = dict(arrested=None, detained=None, rescued=None, deported=None, escaped=None, victims=None)
    pp.update(people or {})
    return dict(
        type=typ,
        place=p["place"],
        country=p["country"],
        admin1=p["admin1"],
        lat=p["lat"],
        lon=p["lon"],
        tolerance_km=tol or p["tolerance_km"],
        geo_precision=gp,
        date=date,
        date_precision=dprec,
        people=pp,
        nationalities=nat or {},
        seized=seized or {},
        evidence=evidence,
        coord_source=p["coord_source"],
    )


GOLD = {}


def art(n, published, tops, events):
    texts = [t["text"].lower() for t in tops]
    assert len(texts) == len(set(texts)), [x for x in texts if texts.count(x) > 1]
    GOLD[f"test-{n:02d}"] = dict(
        article=f"test-{n:02d}.txt", published=published, toponyms=tops, events=events
    )


# ---- common places
KH = ref("Cambodia")
TH = ref("Thailand")
MM = ref("Myanmar")
LA = ref("Laos")
CN = ref("China")
PH = ref("Philippines")
KE = ref("Kenya")
IN = ref("India")
VN = ref("Vietnam")
ID = ref("Indonesia")
MY = ref("Malaysia")
ET = ref("Ethiopia")
MYAW = ref("Myawaddy")
MAESOT = ref("Mae Sot")
BKK = ref("Bangkok")
MOEI = own(
    "Moei River",
    "MM",
    "Kayin State",
    "region",
    16.70,
    98.52,
    40,
    "own-knowledge (border river Mae Sot/Myawaddy; rough point)",
)
KAREN = own(
    "Kayin State",
    "MM",
    "Kayin State",
    "province",
    17.0,
    97.8,
    150,
    "own-knowledge (state centroid, approximate)",
)

# ---- test-01 wire, Kenyan escape
NBO = own(
    "Nairobi", "KE", "Nairobi", "town", -1.2864, 36.8172, 15, "own-knowledge (geonames Nairobi)"
)
art(
    1,
    "2024-06-14",
    [
        T("NAIROBI", NBO, "dateline"),
        T("Kenya", KE, "event"),
        T("Bangkok", BKK, "event"),
        T("Thailand", TH, "context"),
        T("Mae Sot", MAESOT, "context"),
        T("Moei River", MOEI, "context"),
        T("Myawaddy", MYAW, "event"),
        T("Myanmar", MM, "context"),
        T("Karen State", KAREN, "event"),
        T(
            "Africa",
            own(
                "Africa",
                None,
                None,
                "region",
                2.0,
                21.0,
                3000,
                "own-knowledge (rough region centre)",
            ),
            "context",
        ),
        T(
            "South Asia",
            own(
                "South Asia",
                None,
                None,
                "region",
                20.0,
                78.0,
                1500,
                "own-knowledge (rough region centre)",
            ),
            "context",
        ),
        NP("Kenyan", "KE"),
        NP("American", "US"),
        NP("Ugandan", "UG"),
        NP("Thai", "TH"),
        NP("Kenyans", "KE"),
        NP("Africans"),
        NP("Ethiopians", "ET"),
        T(
            "Porto Alegre",
            own("Porto Alegre", "BR", "Rio Grande do Sul", "town", -30.0346, -51.2177, 15),
            "offtopic",
        ),
        T("Brazil", own("Brazil", "BR", None, "country", -14.235, -51.925, 1500), "offtopic"),
        T("Mombasa", own("Mombasa", "KE", "Mombasa", "town", -4.0435, 39.6682, 15), "offtopic"),
    ],
    [
        E(
            "abuse",
            MYAW,
            2,
            "2023-12-01",
            "month",
            "Kenyan held five months from December in a compound outside Myawaddy, beaten with pipes, passport taken",
            nat={"KE": None},
        ),
        E(
            "escape",
            MYAW,
            2,
            "2024-05-01",
            "month",
            "late last month he and two Ugandans slipped out of the compound and crossed back to Thailand",
            people={"escaped": 3},
            nat={"KE": 1, "UG": 2},
        ),
        E(
            "deportation",
            BKK,
            1,
            "2024-06-07",
            "week",
            "the three were flown home from Bangkok last week",
            people={"deported": 3},
            nat={"KE": 1, "UG": 2},
        ),
        E(
            "rescue",
            MYAW,
            2,
            "2024-06-12",
            "year",
            "ministry said this week at least 76 Kenyans were rescued around Myawaddy since the start of the year",
            people={"rescued": 76},
            nat={"KE": 76},
        ),
        E(
            "policy",
            KE,
            4,
            "2024-06-11",
            "day",
            "Kenyan ministry on Tuesday suspended licences of three Nairobi recruitment agencies",
        ),
    ],
)

# ---- test-02 Cambodian daily, Otres + Bokor, 2022-09-26
OTRES = ref("Otres")
BOKOR = ref("Bokor")
PS = ref("Preah Sihanouk")
SHV = ref("Sihanoukville")
KPP = ref("Kampot", "province")
KK = ref("Koh Kong")
BMC = ref("Banteay Meanchey")
art(
    2,
    "2022-09-26",
    [
        T("Sihanoukville", SHV, "event"),
        T("Preah Sihanouk", PS, "event"),
        T("Otres", OTRES, "event", "commune"),
        T("Otres commune", OTRES, "event", "commune"),
        T(
            "Village 4",
            own(
                "Village 4, Sihanoukville",
                "KH",
                "Preah Sihanouk",
                "site",
                10.60932,
                103.52958,
                10,
                "reference/places.csv (Sihanoukville town point; village not locatable)",
            ),
            "event",
            "site",
        ),
        NP("Kampot Provincial Police", "KH"),
        T("Bokor mountain", BOKOR, "event"),
        T(
            "Thansur Bokor Highland Resort",
            own(
                "Thansur Bokor Highland Resort",
                "KH",
                "Kampot",
                "site",
                10.627,
                104.03,
                8,
                "own-knowledge (Bokor plateau, approximate)",
            ),
            "event",
        ),
        T("Phnom Penh", ref("Phnom Penh"), "context", "town"),
        T("Poipet", ref("Poipet"), "context"),
        T("Kampot", KPP, "event"),
        T("Koh Kong", KK, "event"),
        T("Banteay Meanchey", BMC, "event"),
        NP("Chinese", "CN"),
        NP("Vietnamese", "VN"),
        NP("Indonesians", "ID"),
        NP("Malaysians", "MY"),
        T("Kep", ref("Kep"), "offtopic"),
        T("Siem Reap", ref("Siem Reap", "town"), "offtopic"),
        T("Bangkok", BKK, "offtopic"),
        T("Seoul", own("Seoul", "KR", "Seoul", "town", 37.5665, 126.978, 20), "offtopic"),
    ],
    [
        E(
            "raid",
            OTRES,
            1,
            "2022-09-21",
            "week",
            "inspection teams visited 11 sites in Otres since Sept 17 and sealed six unlicensed buildings",
        ),
        E(
            "raid",
            BOKOR,
            1,
            "2022-09-22",
            "day",
            "Kampot police raided a building on Bokor mountain on Thursday, detaining 43 foreigners and seizing phones, computers and passports",
            people={"detained": 43},
            nat={"CN": 21, "VN": 12, "ID": 6, "MY": 4},
            seized={"phones": 214, "computers": 58, "passports": 19},
        ),
        E(
            "abuse",
            BOKOR,
            1,
            None,
            "unknown",
            "nine detainees said they were brought from Phnom Penh and Poipet and not allowed to leave",
            people={"victims": 9},
        ),
        E(
            "raid",
            PS,
            3,
            "2022-08-01",
            "month",
            "Interior Ministry inspected hundreds of buildings since mid-August across four provinces (Preah Sihanouk)",
        ),
        E(
            "raid",
            KPP,
            3,
            "2022-08-01",
            "month",
            "Interior Ministry inspected hundreds of buildings since mid-August across four provinces (Kampot)",
        ),
        E(
            "raid",
            KK,
            3,
            "2022-08-01",
            "month",
            "Interior Ministry inspected hundreds of buildings since mid-August across four provinces (Koh Kong)",
        ),
        E(
            "raid",
            BMC,
            3,
            "2022-08-01",
            "month",
            "Interior Ministry inspected hundreds of buildings since mid-August across four provinces (Banteay Meanchey)",
        ),
        E(
            "policy",
            KH,
            4,
            "2022-08-01",
            "month",
            "Hun Sen last month ordered officials to clean up the sector",
        ),
    ],
)

# ---- test-03 Thai daily, Indians via Mae Sot, 2025-03-12
TAK = own(
    "Tak", "TH", "Tak", "province", 16.9, 98.8, 80, "own-knowledge (province centroid, approximate)"
)
art(
    3,
    "2025-03-12",
    [
        T("MAE SOT", MAESOT, "event"),
        T("Tak", TAK, "context"),
        NP("Indian Air Force", "IN"),
        NP("Indian", "IN"),
        NP("Indians", "IN"),
        T("Moei River", MOEI, "context"),
        T("Myanmar", MM, "context"),
        T("Myawaddy", MYAW, "event"),
        NP("Thai", "TH"),
        T("Bangkok", BKK, "context"),
        T(
            "Chiang Mai",
            own(
                "Chiang Mai",
                "TH",
                "Chiang Mai",
                "town",
                18.7883,
                98.9853,
                10,
                "own-knowledge (geonames Chiang Mai)",
            ),
            "context",
        ),
        T(
            "Hindon",
            own("Hindon Air Force Station", "IN", "Uttar Pradesh", "site", 28.70, 77.36, 8),
            "context",
        ),
        T("New Delhi", own("New Delhi", "IN", "Delhi", "town", 28.6139, 77.209, 15), "context"),
        NP("Karen Border Guard Force", "MM"),
        NP("Democratic Karen Buddhist Army", "MM"),
        T("Thailand", TH, "event"),
        T("Shwe Kokko", ref("Shwe Kokko"), "context"),
        T("KK Park", ref("KK Park"), "context"),
        NP("Chinese", "CN"),
        NP("China Eastern Airlines", "CN"),
        T("Nanjing", own("Nanjing", "CN", "Jiangsu", "town", 32.0603, 118.7969, 20), "context"),
        T("Indonesia", ID, "context"),
        T("Ethiopia", ET, "context"),
        T("Kenya", KE, "context"),
        T("Myawadi", MYAW, "context"),
        T(
            "Thai-Myanmar Friendship Bridge",
            own("Thai-Myanmar Friendship Bridge", "TH", "Tak", "site", 16.699, 98.522, 5),
            "context",
        ),
        T("Pattaya", own("Pattaya", "TH", "Chon Buri", "town", 12.9236, 100.8825, 10), "offtopic"),
        NP("Russian", "RU"),
        T("Hat Yai", own("Hat Yai", "TH", "Songkhla", "town", 7.0086, 100.4747, 10), "offtopic"),
        NP("Malaysian", "MY"),
    ],
    [
        E(
            "deportation",
            MAESOT,
            1,
            "2025-03-11",
            "day",
            "first Indian Air Force flight from Mae Sot on Tuesday took 283 Indians home",
            people={"deported": 283},
            nat={"IN": 283},
        ),
        E(
            "deportation",
            MAESOT,
            1,
            "2025-03-12",
            "day",
            "two planes left Mae Sot on Wednesday carrying 266 Indians",
            people={"deported": 266},
            nat={"IN": 266},
        ),
        E(
            "rescue",
            MYAW,
            2,
            "2025-03-12",
            "month",
            "the 549 Indians were released by armed groups in the Myawaddy area over the past month",
            people={"rescued": 549},
            nat={"IN": 549},
        ),
        E(
            "rescue",
            MYAW,
            2,
            "2025-03-12",
            "month",
            "more than 7,000 foreigners handed over by the BGF and DKBA since early February",
            people={"rescued": 7000},
        ),
        E(
            "policy",
            TH,
            4,
            "2025-02-05",
            "day",
            "Thailand cut electricity, fuel and internet to border areas on Feb 5",
        ),
        E(
            "deportation",
            MAESOT,
            1,
            "2025-02-01",
            "month",
            "charter flights from Mae Sot to Nanjing last month took more than 600 Chinese home",
            people={"deported": 600},
            nat={"CN": 600},
        ),
    ],
)

# ---- test-04 Myanmar exile outlet, BGF release, 2025-02-13
MYTS = dict(MYAW)
MYTS.update(place="Myawaddy Township", level="district", tolerance_km=40)
HPALU = ref("Hpa Lu")
SK = ref("Shwe Kokko")
KKP = ref("KK Park")
art(
    4,
    "2025-02-13",
    [
        T("Burma", MM, "offtopic"),
        T(
            "CHIANG MAI",
            own(
                "Chiang Mai",
                "TH",
                "Chiang Mai",
                "town",
                18.7883,
                98.9853,
                10,
                "own-knowledge (geonames Chiang Mai)",
            ),
            "dateline",
        ),
        NP("Karen Border Guard Force", "MM"),
        T("Myawaddy Township", MYTS, "event"),
        NP("Burmese", "MM"),
        T("Thailand", TH, "event"),
        NP("Ethiopians", "ET"),
        NP("Filipinos", "PH"),
        NP("Kenyans", "KE"),
        NP("Indonesians", "ID"),
        NP("Sri Lankans", "LK"),
        NP("Chinese", "CN"),
        NP("Bangladeshis", "BD"),
        T("Shwe Kokko", SK, "event"),
        T("KK Park", KKP, "event"),
        NP("Thai", "TH"),
        T("Myawadi", MYAW, "context"),
        T("Phalu", HPALU, "context"),
        T("Moei", MOEI, "context"),
        T("Thaungyin", MOEI, "context"),
        T("Karen State", KAREN, "event"),
        NP("Kenyan", "KE"),
        T("Hpa Lu", HPALU, "event"),
        NP("Africans"),
        NP("US", "US"),
        NP("British", "GB"),
        T("Bangkok", BKK, "context"),
        T("Beijing", own("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20), "context"),
        T("Mae Sot", MAESOT, "context"),
        T(
            "Naypyitaw",
            own("Naypyitaw", "MM", "Naypyidaw Union Territory", "town", 19.7633, 96.0785, 15),
            "context",
        ),
        T(
            "Sagaing",
            own("Sagaing Region", "MM", "Sagaing", "province", 22.5, 95.2, 250),
            "offtopic",
        ),
        NP("Arakan Army", "MM"),
        T("Kyaukphyu", own("Kyaukphyu", "MM", "Rakhine", "town", 19.4293, 93.5484, 10), "offtopic"),
        T("Rangoon", own("Yangon", "MM", "Yangon", "town", 16.8409, 96.1735, 20), "offtopic"),
    ],
    [
        E(
            "rescue",
            MYTS,
            2,
            "2025-02-12",
            "day",
            "BGF said on Wednesday it had released 260 foreign workers from compounds in Myawaddy Township",
            people={"rescued": 260},
            nat={
                "ET": None,
                "PH": None,
                "KE": None,
                "ID": None,
                "LK": None,
                "CN": None,
                "BD": None,
            },
        ),
        E(
            "rescue",
            SK,
            2,
            "2025-02-12",
            "day",
            "workers freed from sites around Shwe Kokko (caption dated Feb 12)",
        ),
        E(
            "rescue",
            KKP,
            2,
            "2025-02-12",
            "day",
            "workers freed from sites around the KK Park complex",
        ),
        E(
            "abuse",
            MYTS,
            2,
            None,
            "unknown",
            "some of the released said they had been beaten and given electric shocks for missing quotas",
        ),
        E(
            "policy",
            TH,
            4,
            "2025-02-05",
            "day",
            "Thai authorities cut power and fuel to five border areas on Feb 5",
        ),
        E(
            "escape",
            HPALU,
            2,
            "2025-01-01",
            "month",
            "a Kenyan woman escaped from a compound near Hpa Lu in January with three other Africans",
            people={"escaped": 4},
            nat={"KE": 1},
        ),
    ],
)

# ---- test-05 Philippine broadsheet, Senate hearing, 2024-05-23
PAS = ref("Pasay")
LP = ref("Las Piñas")
BAM = ref("Bamban")
TAR = ref("Tarlac")
art(
    5,
    "2024-05-23",
    [
        T("Pasay", PAS, "event"),
        T("Pasay City", PAS, "event"),
        T("Las Piñas", LP, "event"),
        T("Las Piñas City", LP, "event"),
        T("MANILA", own("Manila", "PH", "Metro Manila", "town", 14.5995, 120.9842, 15), "dateline"),
        T("Philippines", PH, "event"),
        NP("Philippine", "PH"),
        NP("Philippine Daily Broadsheet", "PH"),
        NP("Philippine Amusement and Gaming Corporation", "PH"),
        T(
            "Metro Manila",
            own("Metro Manila", "PH", "Metro Manila", "province", 14.6091, 121.0223, 25),
            "context",
        ),
        NP("Filipinos", "PH"),
        NP("Chinese", "CN"),
        T("Vietnam", VN, "context"),
        T("Indonesia", ID, "context"),
        T("Malaysia", MY, "context"),
        T(
            "Roxas Boulevard",
            own(
                "Roxas Boulevard, Pasay",
                "PH",
                "Metro Manila",
                "site",
                14.53748,
                121.00144,
                5,
                "reference/places.csv (Pasay point)",
            ),
            "event",
        ),
        T("Bamban", BAM, "event"),
        T("Tarlac", TAR, "event"),
        T(
            "Davao City",
            own("Davao City", "PH", "Davao del Sur", "town", 7.1907, 125.4553, 15),
            "offtopic",
        ),
        NP("Cebu Pacific", "PH"),
        T("Osaka", own("Osaka", "JP", "Osaka", "town", 34.6937, 135.5023, 15), "offtopic"),
        T(
            "Quezon",
            own("Quezon province", "PH", "Quezon", "province", 13.93, 121.94, 100),
            "offtopic",
        ),
        T("Albay", own("Albay", "PH", "Albay", "province", 13.17, 123.6, 50), "offtopic"),
    ],
    [
        E(
            "raid",
            LP,
            1,
            "2023-06-27",
            "day",
            "June 27 raid on the Xinchuang Network Technology compound in Las Pinas freed some 2,700 workers",
            people={"rescued": 2700},
            nat={"PH": 1190, "CN": 604, "VN": None, "ID": None, "MY": None},
        ),
        E(
            "raid",
            PAS,
            1,
            "2023-10-01",
            "month",
            "PAOCC raided Smart Web Technologies in Pasay in October, rescuing 731 and recovering phones and computers",
            people={"rescued": 731},
            seized={"phones": 1800, "computers": 600},
        ),
        E(
            "abuse",
            PAS,
            1,
            "2023-10-01",
            "month",
            "torture rooms and penalty logbooks found at the Pasay hub",
        ),
        E(
            "raid",
            BAM,
            1,
            "2024-03-13",
            "day",
            "March 13 raid on Zun Yuan Technology in Bamban, Tarlac, more than 800 rescued",
            people={"rescued": 800},
        ),
        E(
            "policy",
            PH,
            4,
            "2024-05-22",
            "day",
            "PAGCOR told the panel it would issue no new offshore gaming licences and review the remaining 43",
        ),
    ],
)

# ---- test-06 Indian outlet, Jinbei Sihanoukville, 2024-05-23
JB = dict(ref("Jin Bei 4"))
JB.update(place="Jinbei compound", tolerance_km=8)
VIZ = own("Visakhapatnam", "IN", "Andhra Pradesh", "town", 17.6868, 83.2185, 15)
art(
    6,
    "2024-05-23",
    [
        T("India", IN, "offtopic"),
        T("New Delhi", own("New Delhi", "IN", "Delhi", "town", 28.6139, 77.209, 15), "dateline"),
        NP("Indian", "IN"),
        NP("Indians", "IN"),
        T("Cambodia", KH, "event"),
        T("Sihanoukville", SHV, "event"),
        T("Phnom Penh", ref("Phnom Penh"), "context", "town"),
        T("Jinbei", JB, "event"),
        NP("Cambodian", "KH"),
        T(
            "Andhra Pradesh",
            own("Andhra Pradesh", "IN", "Andhra Pradesh", "province", 15.9129, 79.74, 250),
            "context",
        ),
        T(
            "Telangana",
            own("Telangana", "IN", "Telangana", "province", 18.1124, 79.0193, 200),
            "context",
        ),
        T(
            "Uttar Pradesh",
            own("Uttar Pradesh", "IN", "Uttar Pradesh", "province", 26.8467, 80.9462, 350),
            "context",
        ),
        T("Visakhapatnam", VIZ, "event"),
        NP("Embassy of India", "IN"),
        T("Mumbai", own("Mumbai", "IN", "Maharashtra", "town", 19.076, 72.8777, 20), "offtopic"),
        T(
            "Rajasthan",
            own("Rajasthan", "IN", "Rajasthan", "province", 27.0238, 74.2179, 300),
            "offtopic",
        ),
        T("Kerala", own("Kerala", "IN", "Kerala", "province", 10.8505, 76.2711, 200), "offtopic"),
        NP("Vande Bharat Express", "IN"),
        T(
            "Thiruvananthapuram",
            own("Thiruvananthapuram", "IN", "Kerala", "town", 8.5241, 76.9366, 15),
            "offtopic",
        ),
    ],
    [
        E(
            "rescue",
            JB,
            1,
            "2024-05-21",
            "week",
            "workers rescued from the Jinbei compound in Sihanoukville with Cambodian help after the May 20 protest",
            people={"rescued": 60},
            nat={"IN": 60},
        ),
        E(
            "deportation",
            KH,
            4,
            "2024-05-22",
            "week",
            "all 60 Indians brought back from Cambodia",
            people={"deported": 60},
            nat={"IN": 60},
        ),
        E(
            "deportation",
            KH,
            4,
            "2024-05-23",
            "year",
            "mission has rescued and repatriated around 360 Indians from Cambodia this year",
            people={"deported": 360},
            nat={"IN": 360},
        ),
        E(
            "raid",
            VIZ,
            2,
            None,
            "unknown",
            "three agents arrested in Visakhapatnam in connection with the racket",
            people={"arrested": 3},
        ),
        E(
            "compound_report",
            KH,
            4,
            None,
            "unknown",
            "MEA has estimated that about 5,000 Indians may be held in Cambodia",
            people={"victims": 5000},
            nat={"IN": 5000},
        ),
    ],
)

# ---- test-07 Lao MPS press release, 2024-08-28
GT = ref("Golden Triangle SEZ")
TP = ref("Ton Pheung")
BK = ref("Bokeo")
BOTEN = own("Boten", "LA", "Luang Namtha", "site", 21.19, 101.67, 8)
art(
    7,
    "2024-08-28",
    [
        T("LAO PEOPLE'S DEMOCRATIC REPUBLIC", LA, "event"),
        T(
            "Vientiane",
            own("Vientiane", "LA", "Vientiane Capital", "town", 17.9757, 102.6331, 15),
            "dateline",
        ),
        T("Golden Triangle Special Economic Zone", GT, "event"),
        T("GTSEZ", GT, "event"),
        NP("Bokeo Provincial Public Security Department", "LA"),
        T("Ton Pheung District", TP, "event"),
        T("Bokeo Province", BK, "event"),
        NP("Chinese", "CN"),
        NP("Lao", "LA"),
        NP("Myanmar", "MM"),
        NP("Vietnamese", "VN"),
        T("Thailand", TH, "context"),
        T("Indonesia", ID, "context"),
        T("Malaysia", MY, "context"),
        NP("Lao Women's Union", "LA"),
        NP("People's Republic of China", "CN"),
        T("Boten", BOTEN, "event"),
        T(
            "Luang Namtha Province",
            own("Luang Namtha", "LA", "Luang Namtha", "province", 20.95, 101.35, 80),
            "event",
        ),
        NP("Royal Thai Police", "TH"),
        NP("Socialist Republic of Viet Nam", "VN"),
        NP("That Luang", "LA"),
        T(
            "Luang Prabang",
            own("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10),
            "offtopic",
        ),
    ],
    [
        E(
            "raid",
            GT,
            1,
            "2024-08-16",
            "week",
            "joint task force inspected 21 buildings in the GTSEZ, Ton Pheung, 10-22 August, detaining 771, 108 of them trafficking victims, seizing phones, computers, laptops",
            people={"detained": 771, "rescued": 108},
            nat={"CN": 317, "LA": 151, "MM": 92, "VN": 44, "TH": None, "ID": None, "MY": None},
            seized={"phones": 1254, "computers": 212, "laptops": 65},
        ),
        E(
            "deportation",
            BOTEN,
            1,
            "2024-08-28",
            "week",
            "227 Chinese suspects handed to China through the Boten checkpoint to date",
            people={"deported": 227},
            nat={"CN": 227},
        ),
        E(
            "policy",
            LA,
            4,
            "2024-07-22",
            "day",
            "Prime Minister's instruction of 22 July 2024 on suppressing online scams",
        ),
        E(
            "policy",
            GT,
            1,
            "2024-08-28",
            "day",
            "GTSEZ management told to terminate licences and stop online operations by 31 August",
        ),
    ],
)

# ---- test-08 Chinese state media, 2023-11-18 (dateline Nov 17)
NMM = own(
    "northern Myanmar",
    "MM",
    "Shan State",
    "region",
    23.3,
    97.8,
    300,
    "own-knowledge (rough region centre)",
)
LKG = ref("Laukkaing")
art(
    8,
    "2023-11-18",
    [
        T("China", CN, "context"),
        T("Myanmar", MM, "event"),
        T("BEIJING", own("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20), "dateline"),
        NP("Chinese", "CN"),
        T(
            "Yunnan Province",
            own("Yunnan", "CN", "Yunnan", "province", 24.5, 101.5, 300),
            "context",
        ),
        T(
            "Qingshuihe",
            own("Qingshuihe port", "CN", "Yunnan", "site", 23.57, 98.97, 20),
            "context",
        ),
        T("Lincang City", own("Lincang", "CN", "Yunnan", "town", 23.8864, 100.0871, 30), "context"),
        T("Lincang", own("Lincang", "CN", "Yunnan", "town", 23.8864, 100.0871, 30), "context"),
        T("Laukkai", LKG, "event"),
        T(
            "Kokang Self-Administered Zone",
            own("Kokang Self-Administered Zone", "MM", "Shan State", "district", 23.8, 98.7, 50),
            "event",
        ),
        T(
            "Shan State",
            own("Shan State", "MM", "Shan State", "province", 21.5, 98.0, 250),
            "event",
        ),
        NP("Yunnan Provincial Public Security Department", "CN"),
        T("Daxing", own("Daxing", "CN", "Beijing", "district", 39.7267, 116.3414, 25), "offtopic"),
        T("Xi'an", own("Xi'an", "CN", "Shaanxi", "town", 34.3416, 108.9398, 20), "offtopic"),
        T(
            "Shenzhen",
            own("Shenzhen", "CN", "Guangdong", "town", 22.5431, 114.0579, 25),
            "offtopic",
        ),
    ],
    [
        E(
            "deportation",
            NMM,
            3,
            "2023-11-17",
            "year",
            "MPS said on Friday 31,000 fraud suspects have been handed over from northern Myanmar",
            people={"deported": 31000},
        ),
        E(
            "deportation",
            LKG,
            2,
            "2023-11-16",
            "day",
            "latest batch of 3,100 suspects handed over on Thursday at the border near Laukkai",
            people={"deported": 3100},
        ),
        E(
            "raid",
            NMM,
            3,
            "2023-09-01",
            "month",
            "since September Chinese and Myanmar police carried out operations in the border regions",
        ),
    ],
)

os.makedirs("gold", exist_ok=True)
for k, v in GOLD.items():
    json.dump(v, open(f"gold/{k}.json", "w"), indent=1, ensure_ascii=False)
print("wrote", len(GOLD))
