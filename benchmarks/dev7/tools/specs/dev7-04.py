import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

BKK = P("Bangkok"); KKP = P("KK Park"); HPALU = P("Hpa Lu"); MWD = P("Myawaddy")
TH = P("Thailand")

toponyms = [
    T("Bangkok", BKK, "event"),
    N("Thai", "TH"),
    T("Myanmar", P("Myanmar"), "context"),
    T("Eldoret", OWN("Eldoret", "KE", "Uasin Gishu", "town", 0.5143, 35.2698, 10), "context"),
    T("Kenya", P("Kenya"), "context"),
    T("Rift Valley", OWN("Rift Valley", "KE", None, "region", 0.5, 36.0, 300, "own-knowledge (rough region centre)"), "context"),
    T("Nairobi", OWN("Nairobi", "KE", "Nairobi", "town", -1.2864, 36.8172, 15), "context"),
    N("Kenyans", "KE"), N("Kenyan", "KE"),
    T("Mae Sot", P("Mae Sot"), "context"),
    T("Moei River", OWN("Moei River", None, None, "region", 16.7, 98.55, 60, "own-knowledge (river reach at Mae Sot-Myawaddy)"), "context"),
    T("KK Park", KKP, "event"),
    T("Myawaddy", MWD, "event"),
    N("American", "US"), N("Chinese", "CN"), N("Africans", None),
    T("Hpa Lu", HPALU, "event"),
    N("Ugandan", "UG"), N("Ethiopian", "ET"),
    T("Africa", OWN("Africa", None, None, "region", 2.0, 20.0, 4000, "own-knowledge (rough region centre)"), "context"),
    T("South Asia", OWN("South Asia", None, None, "region", 22.0, 79.0, 1500, "own-knowledge (rough region centre)"), "context"),
    T("Thailand", TH, "event"),
    T("Tak", OWN("Tak Province", "TH", "Tak", "province", 16.87, 98.75, 80, "own-knowledge (province centre)"), "context"),
    T("Cambodia", P("Cambodia"), "context"),
    T("Laos", P("Laos"), "context"),
    T("Shan state", OWN("Shan State", "MM", "Shan State", "province", 21.5, 98.0, 250, "own-knowledge (state centre)"), "context"),
    # boilerplate
    T("England", OWN("England", "GB", None, "region", 52.36, -1.17, 300), "offtopic"),
    T("Greenland", OWN("Greenland", "GL", None, "country", 72.0, -40.0, 1000), "offtopic"),
    T("Copenhagen", OWN("Copenhagen", "DK", "Capital Region", "town", 55.6761, 12.5683, 15), "offtopic"),
    T("Glasgow", OWN("Glasgow", "GB", "Scotland", "town", 55.8642, -4.2518, 15), "offtopic"),
]

events = [
    E("abuse", KKP, 1, "2022-01-01", "year",
      "at KK Park from April 2022 for 16 months: workers missing targets made to squat in the sun, beaten with pipes, shocked with stun batons"),
    E("abuse", HPALU, 2, "2023-08-01", "month",
      "in August 2023 he and 11 other Africans were driven to another compound near Hpa Lu that had 'bought' them",
      people={"victims": 12}),
    E("escape", HPALU, 2, "2024-01-01", "month",
      "in January 2024 he, a Ugandan and an Ethiopian slipped out of the Hpa Lu compound and crossed the river",
      people={"escaped": 3}, nat={"KE": 1, "UG": 1, "ET": 1}),
    E("deportation", BKK, 1, "2024-03-01", "month",
      "in March 2024 he was flown home from Bangkok after two months held for illegal entry",
      people={"deported": 1}, nat={"KE": 1}),
    E("policy", TH, 4, "2025-02-01", "month",
      "in February 2025 Thailand cut electricity, fuel and internet links to several Myanmar border areas"),
    E("rescue", MWD, 2, "2025-02-01", "month",
      "in February 2025 the militia released some 7,000 workers from compounds around Myawaddy",
      people={"rescued": 7000}),
    E("raid", KKP, 1, "2025-10-01", "month",
      "in October 2025 Myanmar's military said it raided KK Park, detaining more than 2,000 and seizing 30 Starlink terminals",
      people={"detained": 2000}, seized={"starlink terminals": 30}),
    E("escape", KKP, 1, "2025-10-01", "month",
      "in the days after the raid more than 1,500 people fled the compound into Thailand",
      people={"escaped": 1500}),
]

write_gold("dev7-04", "2026-01-20", toponyms, events)
