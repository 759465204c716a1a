import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

gtsez = P("Golden Triangle SEZ", "sez")
bokeo = P("Bokeo", "province")
tonpheung = P("Ton Pheung", "district")
airport = OWN("Bokeo International Airport", "LA", "Bokeo", "site", 20.32, 100.11, 10,
              "own-knowledge (airport inside the Golden Triangle SEZ, Ton Pheung; point = SEZ point, rough)")
vientiane = OWN("Vientiane", "LA", "Vientiane Prefecture", "town", 17.9757, 102.6331, 10, "own-knowledge")
houayxay = OWN("Houayxay", "LA", "Bokeo", "town", 20.2776, 100.4127, 8, "own-knowledge")
kunming = OWN("Kunming", "CN", "Yunnan", "town", 25.0389, 102.7183, 15, "own-knowledge")
mekong = OWN("Mekong", None, None, "region", 20.3, 100.1, 300, "own-knowledge (river; point at the Golden Triangle stretch)")
chiang_saen = OWN("Chiang Saen", "TH", "Chiang Rai", "town", 20.2751, 100.0875, 8, "own-knowledge")
shan = OWN("Shan State", "MM", "Shan State", "province", 21.0, 97.8, 200, "own-knowledge")
chiang_rai = OWN("Chiang Rai", "TH", "Chiang Rai", "province", 19.9105, 99.8406, 60, "own-knowledge (provincial capital point)")
luang_prabang = OWN("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10, "own-knowledge")
champasak = OWN("Champasak", "LA", "Champasak", "province", 14.88, 105.87, 80, "own-knowledge")
us = OWN("United States", "US", None, "country", 39.8283, -98.5795, 1500, "own-knowledge:country-centroid")

toponyms = [
    T("VIENTIANE", vientiane, "dateline"),   # also "Vientiane" in the related list (case-merged)
    T("Bokeo", bokeo, "event"),
    T("Bokeo Province", bokeo, "event"),
    T("Golden Triangle SEZ", gtsez, "event"),
    T("Golden Triangle Special Economic Zone", gtsez, "event"),
    T("China", P("China", "country"), "context"),
    T("Tonpheung District", tonpheung, "event"),
    T("Tonpheung", tonpheung, "event"),
    T("Bokeo International Airport", airport, "event"),
    T("Myanmar", P("Myanmar", "country"), "context"),
    T("Thailand", P("Thailand", "country"), "context"),
    T("Indonesia", P("Indonesia", "country"), "context"),
    T("Vietnam", P("Vietnam", "country"), "context"),
    T("Kings Romans", P("Kings Romans Casino", "casino"), "context"),
    T("Houayxay", houayxay, "context"),
    T("Kunming", kunming, "context"),
    T("Mekong", mekong, "context"),
    T("Chiang Saen", chiang_saen, "context"),
    T("US", us, "context"),
    T("Shan State", shan, "context"),
    T("Chiang Rai", chiang_rai, "context"),
    T("Luang Prabang", luang_prabang, "offtopic"),
    T("Laos", P("Laos", "country"), "offtopic"),
    T("Champasak", champasak, "offtopic"),
    T("Champasak Province", champasak, "offtopic"),
    N("Lao", "LA"), N("Chinese", "CN"), N("Vietnamese", "VN"), N("African", None),
    N("Thai", "TH"),
]

events = [
    E("raid", gtsez, 1, "2024-08-16", "week",
      "two-week operation from Aug 10 in the Golden Triangle SEZ (Tonpheung, Bokeo) detained 612 (487 Chinese, 58 Vietnamese, 31 from Myanmar, 24 Lao; others from Thailand, Indonesia, Africa), rescued 46 trafficking victims; 1,150 phones, 260 desktops, 87 laptops seized; announced Thursday Aug 22",
      people={"detained": 612, "rescued": 46},
      nat={"CN": 487, "VN": 58, "MM": 31, "LA": 24, "TH": None, "ID": None},
      seized={"phones": 1150, "computers": 260, "laptops": 87}),
    E("deportation", airport, 1, "2024-08-19", "day",
      "on Monday 268 Chinese detained in the sweep were handed to Chinese police and flown out of Bokeo International Airport in Tonpheung to Kunming",
      people={"deported": 268}, nat={"CN": 268}),
    E("compound_report", gtsez, 1, "2023-01-01", "year",
      "a UNODC report published in 2023 described the zone as one of the region's main cyber-scam hubs"),
    E("policy", gtsez, 1, "2024-08-01", "month",
      "earlier this month the Lao prime minister gave businesses in the zone until end of August to stop illegal activities or be closed"),
    E("raid", gtsez, 1, "2022-01-01", "year",
      "background: similar sweeps in 2022 did not stop the gangs"),
    E("raid", gtsez, 1, "2023-01-01", "year",
      "background: similar sweeps in 2023 did not stop the gangs"),
]
write_gold("dev5-03", "2024-08-24", toponyms, events)
