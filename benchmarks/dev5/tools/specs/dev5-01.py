import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

porac = P("Porac", "town")
santa_cruz = OWN("Santa Cruz, Porac", "PH", "Pampanga", "commune", 15.0711, 120.5423, 10,
                 "own-knowledge (barangay of Porac; point = Porac town)")
pampanga = OWN("Pampanga", "PH", "Pampanga", "province", 15.07, 120.66, 40, "own-knowledge")
bamban = P("Bamban", "town")
tarlac = P("Tarlac", "province")
philippines = P("Philippines", "country")
metro_manila = OWN("Metro Manila", "PH", "Metro Manila", "region", 14.5995, 120.9842, 30, "own-knowledge")
san_fernando = OWN("San Fernando", "PH", "Pampanga", "town", 15.0286, 120.6898, 8, "own-knowledge")
camp_crame = OWN("Camp Crame", "PH", "Metro Manila", "site", 14.6104, 121.0591, 3, "own-knowledge")
quezon_city = OWN("Quezon City", "PH", "Metro Manila", "town", 14.676, 121.0437, 10, "own-knowledge")
malacanang = OWN("Malacanang Palace", "PH", "Metro Manila", "site", 14.5943, 120.9946, 3, "own-knowledge")
pasay = P("Pasay", "town")
cebu_city = OWN("Cebu City", "PH", "Cebu", "town", 10.3157, 123.8854, 10, "own-knowledge")
luzon = OWN("Luzon", "PH", None, "region", 16.0, 121.0, 300, "own-knowledge")

toponyms = [
    T("Pampanga", pampanga, "event"),   # also the dateline "PAMPANGA" (case-merged); body role event kept
    T("Philippines", philippines, "dateline"),
    T("Porac", porac, "event"),
    T("Santa Cruz", santa_cruz, "event"),
    T("Metro Manila", metro_manila, "context"),
    T("San Fernando", san_fernando, "context"),
    T("Bamban", bamban, "event"),
    T("Tarlac", tarlac, "event"),
    T("Camp Crame", camp_crame, "context"),
    T("Quezon City", quezon_city, "context"),
    T("Malacañang", malacanang, "context"),
    T("Pasay", pasay, "offtopic"),
    T("Cebu City", cebu_city, "offtopic"),
    T("Luzon", luzon, "offtopic"),
    N("Chinese", "CN"), N("Vietnamese", "VN"), N("Malaysians", "MY"),
    N("Indonesians", "ID"), N("Filipino", "PH"), N("Filipinos", "PH"),
    N("Philippine Offshore Gaming Operator", "PH"),
    N("Philippine Amusement and Gaming Corporation", "PH"),
]

events = [
    E("raid", porac, 1, "2024-06-04", "day",
      "PAOCC and police raided a compound in Barangay Santa Cruz, Porac, on Tuesday June 4: 158 foreigners arrested (102 Chinese, 39 Vietnamese, 11 Malaysians, 6 Indonesians), 28 Filipino workers rescued; about 400 phones, 120 desktops, 3,000+ SIM cards and two handguns seized (cash P1.2m not counted)",
      people={"arrested": 158, "rescued": 28},
      nat={"CN": 102, "VN": 39, "MY": 11, "ID": 6, "PH": 28},
      seized={"phones": 400, "computers": 120, "sim_cards": 3000, "firearms": 2}),
    E("abuse", porac, 1, None, "unknown",
      "rescued workers said they were not allowed to leave the Porac compound for weeks and had pay docked for missed quotas"),
    E("raid", bamban, 1, "2024-03-01", "month",
      "background: in March authorities raided a similar hub in Bamban, Tarlac, freeing more than 800 workers (Filipinos, Chinese, Vietnamese; no per-nationality counts)",
      people={"rescued": 800}, nat={"PH": None, "CN": None, "VN": None}),
]

write_gold("dev5-01", "2024-06-07", toponyms, events)
