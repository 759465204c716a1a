from _common import *
# Jakarta Post, 2025-03-20 (Thursday). Wednesday = 03-19, Tuesday = 03-18.
JKT = OWN("Jakarta", "ID", "Jakarta", "town", -6.2088, 106.8456, 20)
MM = P("Myanmar"); TH = P("Thailand"); MAESOT = P("Mae Sot"); MYA = P("Myawaddy")
SK = P("Shwe Kokko"); KK = P("KK Park"); BKK = P("Bangkok")
TAK = OWN("Tak", "TH", "Tak", "province", 16.87, 98.85, 60)
CGK = OWN("Soekarno-Hatta International Airport", "ID", "Banten", "site", -6.1256, 106.6559, 3)
BRIDGE = OWN("Thai-Myanmar Friendship Bridge", "TH", "Tak", "site", 16.700, 98.523, 3)
MOEI = OWN("Moei River", None, None, "region", 16.70, 98.53, 30, "own-knowledge (river stretch at Mae Sot-Myawaddy)")
top = [
    N("Jakarta Post", "ID"),
    T("Indonesia", P("Indonesia"), "context"),
    T("Jakarta", JKT, "dateline"),
    N("Indonesians", "ID"), N("Indonesian", "ID"),
    T("Myanmar", MM, "event"),
    T("Soekarno-Hatta International Airport", CGK, "context"),
    T("Mae Sot", MAESOT, "event"),
    T("Thailand", TH, "context"),
    T("Tak", TAK, "event"),
    T("Thai-Myanmar Friendship Bridge", BRIDGE, "context"),
    T("Myawaddy", MYA, "event"),
    N("Thai", "TH"),
    T("Shwe Kokko", SK, "event"),
    N("Karen", "MM"),
    T("Bangkok", BKK, "context"),
    T("Beijing", OWN("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20), "context"),
    T("Tangerang", OWN("Tangerang", "ID", "Banten", "town", -6.1783, 106.6319, 10), "context"),
    T("Banten", OWN("Banten", "ID", "Banten", "province", -6.4058, 106.064, 80), "context"),
    T("Bekasi", OWN("Bekasi", "ID", "West Java", "town", -6.2383, 106.9756, 10), "context"),
    T("West Java", OWN("West Java", "ID", "West Java", "province", -6.9175, 107.6191, 150), "context"),
    T("Cambodia", P("Cambodia"), "context"),
    T("Laos", P("Laos"), "context"),
    T("KK Park", KK, "event"),
    T("Moei River", MOEI, "event"),
    T("Medan", OWN("Medan", "ID", "North Sumatra", "town", 3.5952, 98.6722, 10), "context"),
    T("North Sumatra", OWN("North Sumatra", "ID", "North Sumatra", "province", 2.1154, 99.5451, 200), "context"),
    T("Semarang", OWN("Semarang", "ID", "Central Java", "town", -6.9667, 110.4167, 10), "offtopic"),
    T("Bali", OWN("Bali", "ID", "Bali", "province", -8.3405, 115.092, 80), "offtopic"),
    T("Surakarta", OWN("Surakarta", "ID", "Central Java", "town", -7.5755, 110.8243, 10), "offtopic"),
]
ev = [
    E("deportation", MAESOT, 1, "2025-03-19", "day",
      "84 Indonesians (61 men, 23 women) flew home on two chartered aircraft from Mae Sot on Wednesday",
      people={"deported": 84}, nat={"ID": 84}),
    E("rescue", SK, 1, "2025-03-01", "month",
      "the 84 were among several thousand foreign workers released earlier this month from compounds in Shwe Kokko by the Karen BGF",
      nat={"ID": 84}),
    E("abuse", SK, 1, None, "unknown",
      "a returnee said workers in the Shwe Kokko compound who missed targets were made to stand in the sun or shocked with an electric baton"),
    E("deportation", MM, 4, "2025-03-20", "year",
      "ministry has handled 612 cases of Indonesians caught up in scam operations in Myanmar since January; 554 repatriated",
      people={"deported": 554, "victims": 612}, nat={"ID": 554}),
    E("compound_report", KK, 1, "2025-03-20", "day",
      "ministry received reports that at least 46 Indonesians are still working in KK Park, south of Myawaddy",
      nat={"ID": 46}),
    E("escape", MYA, 1, "2023-10-01", "month",
      "in October 2023 a group of 20 Indonesians fled a compound in Myawaddy and swam across the Moei River to the Thai bank",
      people={"escaped": 20}, nat={"ID": 20}),
]
write_gold("dev6-02", "2025-03-20", top, ev)
