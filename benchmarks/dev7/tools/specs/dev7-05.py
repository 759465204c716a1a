import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

GTSEZ = P("Golden Triangle SEZ"); KR = P("Kings Romans Casino")
TP = P("Ton Pheung"); BOKEO = P("Bokeo")
KWAN = AS(GTSEZ, place="Kwan village (Ban Kwan), Ton Pheung", level="site",
          coord_source="reference/places.csv (own-knowledge, Golden Triangle SEZ point; village not located separately)")
RAIDSITE = AS(KR, place="buildings behind Kings Romans Casino, Kwan village")
HX = OWN("Houayxay", "LA", "Bokeo", "town", 20.2775, 100.4128, 8)

toponyms = [
    N("Lao", "LA"),
    T("Golden Triangle SEZ", GTSEZ, "event"),
    T("VIENTIANE", OWN("Vientiane", "LA", "Vientiane Prefecture", "town", 17.9757, 102.6331, 15), "dateline"),
    T("Bokeo", BOKEO, "event"),
    T("Golden Triangle Special Economic Zone", GTSEZ, "event"),
    T("Ton Pheung", TP, "event"),
    T("Kings Romans Casino", KR, "event"),
    T("Kwan village", KWAN, "event"),
    N("Chinese", "CN"), N("Myanmar", "MM"), N("Thai", "TH"),
    T("Lao PDR", P("Laos"), "context"),
    T("Houayxay", HX, "event"),
    # boilerplate
    T("Laos", P("Laos"), "offtopic"),
    T("China", P("China"), "offtopic"),
    T("Luang Prabang", OWN("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10), "offtopic"),
    T("Savannakhet", OWN("Savannakhet", "LA", "Savannakhet", "town", 16.5563, 104.7505, 15), "offtopic"),
    T("Vang Vieng", OWN("Vang Vieng", "LA", "Vientiane Province", "town", 18.9235, 102.4484, 10), "offtopic"),
]

events = [
    E("raid", RAIDSITE, 1, "2021-03-06", "day",
      "on 6 March a joint task force inspected three buildings behind Kings Romans Casino in Kwan village: 142 taken in, 27 arrested, 12 deceived women handed to social welfare; itemised seizures",
      people={"detained": 142, "arrested": 27, "rescued": 12},
      nat={"CN": 87, "MM": 31, "TH": 15, "LA": 9},
      seized={"phones": 386, "computers": 74, "laptops": 19, "passports": 55, "guns": 2,
              "ammunition": 11, "sim cards": 2400,
              "cash LAK": 1230000, "cash THB": 86500, "cash CNY": 14000}),
    E("raid", GTSEZ, 1, "2021-01-19", "day",
      "on 19 January police detained 61 foreigners, most of them Chinese, at a hotel in the zone",
      people={"detained": 61}, nat={"CN": None}),
    E("deportation", HX, 1, "2021-03-08", "year",
      "since January the provincial immigration office has deported 213 foreigners through the Houayxay international checkpoint (press release of 8 March)",
      people={"deported": 213}),
    E("abuse", GTSEZ, 1, "2021-02-01", "month",
      "foreign press reports last month claimed workers had been beaten at compounds in the zone (officials deny having complaints)"),
]

write_gold("dev7-05", "2021-03-09", toponyms, events)
