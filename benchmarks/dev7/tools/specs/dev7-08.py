import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

KH = P("Cambodia")
PP = AS(P("Phnom Penh", "province"), level="town")
PNH = OWN("Phnom Penh International Airport", "KH", "Phnom Penh", "site", 11.5466, 104.8442, 3)
SENSOK = P("Sen Sok")

def off(text, place, country, admin1, level, lat, lon, tol):
    return T(text, OWN(place, country, admin1, level, lat, lon, tol), "offtopic")

toponyms = [
    T("Cambodia", KH, "event"),
    N("Chinese", "CN"),
    T("China", P("China"), "context"),
    T("Phnom Penh", PP, "event"),
    N("Cambodian", "KH"),
    N("China Southern Airlines", "CN"),
    T("Phnom Penh International Airport", PNH, "event"),
    T("Guangzhou", OWN("Guangzhou", "CN", "Guangdong", "town", 23.1291, 113.2644, 20), "context"),
    T("Sen Sok", SENSOK, "event"),
    T("Taiwan", P("Taiwan"), "context"),
    # More stories
    off("Beijing", "Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20),
    off("Hangzhou", "Hangzhou", "CN", "Zhejiang", "town", 30.2741, 120.1551, 20),
    T("Vietnam", P("Vietnam"), "offtopic"),
    N("Thai", "TH"),
    T("Laos", P("Laos"), "offtopic"),
    T("Malaysia", P("Malaysia"), "offtopic"),
    off("Penang", "Penang", "MY", "Penang", "province", 5.4141, 100.3288, 25),
    T("Singapore", P("Singapore"), "offtopic"),
    T("Myanmar", P("Myanmar"), "offtopic"),
    T("India", P("India"), "offtopic"),
    off("Tamu", "Tamu", "MM", "Sagaing Region", "town", 24.2167, 94.3, 10),
    T("Indonesia", P("Indonesia"), "offtopic"),
    off("Jakarta", "Jakarta", "ID", "Jakarta", "town", -6.2088, 106.8456, 20),
    T("Philippines", P("Philippines"), "offtopic"),
    off("Xi'an", "Xi'an", "CN", "Shaanxi", "town", 34.3416, 108.9398, 20),
    off("Chengdu", "Chengdu", "CN", "Sichuan", "town", 30.5728, 104.0668, 20),
    off("Angkor", "Angkor", "KH", "Siem Reap", "site", 13.4125, 103.867, 5),
    off("Tibet", "Tibet Autonomous Region", "CN", "Tibet", "province", 31.0, 88.0, 600),
    off("Lhasa", "Lhasa", "CN", "Tibet", "town", 29.652, 91.1721, 15),
    T("Sri Lanka", P("Sri Lanka"), "offtopic"),
]

events = [
    E("deportation", PNH, 1, "2017-05-12", "day",
      "74 Chinese fraud suspects put on a chartered China Southern plane at Phnom Penh International Airport bound for Guangzhou on Friday",
      people={"deported": 74}, nat={"CN": 74}),
    E("raid", SENSOK, 2, "2017-04-27", "day",
      "the 74 (and 19 from Taiwan) were arrested on April 27 in raids on two rented villas in Sen Sok district; 96 phones and 32 laptops confiscated",
      nat={"CN": 74, "TW": 19}, seized={"phones": 96, "laptops": 32}),
    E("deportation", KH, 4, "2017-05-12", "year",
      "since January Cambodia has deported more than 300 Chinese fraud suspects",
      people={"deported": 300}, nat={"CN": 300}),
]

write_gold("dev7-08", "2017-05-12", toponyms, events)
