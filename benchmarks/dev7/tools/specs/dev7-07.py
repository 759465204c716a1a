import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

KAWIT = OWN("Kawit", "PH", "Cavite", "town", 14.4447, 120.9033, 5)
CAVITE = OWN("Cavite", "PH", "Cavite", "province", 14.27, 120.87, 40, "own-knowledge (province centre)")
PH = P("Philippines")
MNL = OWN("Manila", "PH", "Metro Manila", "town", 14.5995, 120.9842, 10)
BAMBAN = P("Bamban"); TARLAC = P("Tarlac"); PORAC = P("Porac")
PAMP = OWN("Pampanga", "PH", "Pampanga", "province", 15.08, 120.67, 40, "own-knowledge (province centre)")

toponyms = [
    T("Cavite", CAVITE, "event"),
    T("Kawit", KAWIT, "event"),
    N("Philippine", "PH"),
    N("Chinese", "CN"), N("Vietnamese", "VN"), N("Indonesians", "ID"), N("Malaysians", "MY"),
    N("Filipino", "PH"),
    T("Philippines", PH, "event"),
    T("Manila", MNL, "event"),
    T("Shanghai", OWN("Shanghai", "CN", "Shanghai", "town", 31.2304, 121.4737, 20), "context"),
    T("Beijing", OWN("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20), "context"),
    T("Laguna", OWN("Laguna", "PH", "Laguna", "province", 14.17, 121.33, 40, "own-knowledge (province centre)"), "context"),
    T("Bamban", BAMBAN, "event"),
    T("Tarlac", TARLAC, "event"),
    T("Porac", PORAC, "event"),
    T("Pampanga", PAMP, "event"),
    # boilerplate
    T("Batangas", OWN("Batangas", "PH", "Batangas", "province", 13.9, 121.08, 40), "offtopic"),
    T("Davao City", OWN("Davao City", "PH", "Davao del Sur", "town", 7.0731, 125.6128, 15), "offtopic"),
    T("Cebu", OWN("Cebu City", "PH", "Cebu", "town", 10.3157, 123.8854, 20), "offtopic"),
    T("Baguio", OWN("Baguio", "PH", "Benguet", "town", 16.4023, 120.596, 10), "offtopic"),
]

events = [
    E("raid", KAWIT, 1, "2024-11-04", "day",
      "on Monday authorities raided a resort complex in Kawit, Cavite: 170 foreigners taken into custody, 11 unpaid Filipino workers rescued; phones, computers, firearms and cash seized",
      people={"detained": 170, "rescued": 11},
      nat={"CN": 141, "VN": 17, "ID": 9, "MY": 3, "PH": 11},
      seized={"phones": 700, "computers": 210, "firearms": 3, "cash PHP": 1200000}),
    E("policy", PH, 4, "2024-11-05", "day",
      "Marcos signed Executive Order No. 74 on Tuesday formally banning offshore gaming operations"),
    E("policy", PH, 4, "2024-07-22", "day",
      "Marcos first announced the POGO ban in his State of the Nation Address on July 22"),
    E("deportation", MNL, 1, "2024-11-05", "day",
      "BI deported 48 Chinese POGO workers on a chartered flight from Manila to Shanghai on Tuesday morning",
      people={"deported": 48}, nat={"CN": 48}),
    E("deportation", PH, 4, "2024-11-05", "year",
      "more than 400 POGO workers deported so far this year (BI, Tuesday)",
      people={"deported": 400}),
    E("raid", BAMBAN, 1, "2024-03-01", "month",
      "raids in Bamban, Tarlac in March, where more than 800 workers were rescued",
      people={"rescued": 800}),
    E("raid", PORAC, 1, "2024-06-01", "month",
      "raid in Porac, Pampanga in June"),
]

write_gold("dev7-07", "2024-11-06", toponyms, events)
