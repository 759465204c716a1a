from _common import *
# The Standard (HK), 2022-08-19 (Friday). Wednesday = 08-17, Monday = 08-15, "yesterday" = 08-18.
HK = P("Hong Kong"); KH = P("Cambodia"); MM = P("Myanmar"); TH = P("Thailand")
SENSOK = P("Sen Sok"); SHV = P("Sihanoukville"); MYA = P("Myawaddy")
BEIJING = OWN("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 20)
SSP = OWN("Sham Shui Po", "HK", None, "district", 22.3303, 114.1622, 3)
TUEN = OWN("Tuen Mun", "HK", None, "district", 22.3908, 113.9725, 5)
KT = OWN("Kowloon Tong", "HK", None, "site", 22.3373, 114.1765, 3)
LANTAU = OWN("Lantau Island", "HK", None, "region", 22.2665, 113.9418, 15)
top = [
    T("Hong Kong", HK, "context"),
    N("Hongkongers", "HK"),
    N("HK", "HK"), N("US", "US"),  # currency prefixes HK$ / US$
    T("Cambodia", KH, "event"),
    T("Phnom Penh", PP, "event"),
    N("Cambodian", "KH"),
    T("Sen Sok", SENSOK, "event"),
    T("Sihanoukville", SHV, "event"),
    T("Southeast Asia", SEA, "context"),
    T("Myanmar", MM, "event"),
    T("Thailand", TH, "event"),
    T("Myawaddy", MYA, "event"),
    N("Thai", "TH"),
    T("Beijing", BEIJING, "context"),
    T("Sham Shui Po", SSP, "context"),
    T("Taiwan", P("Taiwan"), "context"),
    T("Malaysia", P("Malaysia"), "context"),
    T("Tuen Mun", TUEN, "offtopic"),
    T("Kowloon Tong", KT, "offtopic"),
    T("Lantau", LANTAU, "offtopic"),
]
ev = [
    E("deportation", PP, 1, "2022-08-17", "day",
      "eight Hong Kong residents trapped in Cambodian fraud operations flew home from Phnom Penh on Wednesday",
      people={"deported": 8}, nat={"HK": 8}),
    E("deportation", KH, 4, "2022-08-18", "year",
      "Security Bureau said yesterday 23 residents have come back from Cambodia since January (cumulative)",
      people={"deported": 23}, nat={"HK": 23}),
    E("deportation", MM, 4, "2022-08-18", "year",
      "two residents have come back from Myanmar this year", people={"deported": 2}, nat={"HK": 2}),
    E("deportation", TH, 4, "2022-08-18", "year",
      "one resident has come back from Thailand this year", people={"deported": 1}, nat={"HK": 1}),
    E("rescue", SENSOK, 2, "2022-08-15", "day",
      "a 24-year-old woman was freed on Monday by Cambodian police from a guarded building in Sen Sok district",
      people={"rescued": 1}, nat={"HK": 1}),
    E("abuse", PP, 1, "2022-07-01", "month",
      "after flying to Phnom Penh in early July her passport was taken, she was forced into 16-hour shifts, punched and locked in a room",
      people={"victims": 1}, nat={"HK": 1}),
    E("escape", SHV, 1, "2022-08-03", "day",
      "a 30-year-old man slipped out of a casino complex in Sihanoukville on August 3 by climbing a wall",
      people={"escaped": 1}, nat={"HK": 1}),
    E("compound_report", SHV, 1, "2022-08-18", "day",
      "bureau said most of the 14 unaccounted-for residents are believed to be in Sihanoukville"),
    E("compound_report", MYA, 2, "2022-08-18", "day",
      "some of the missing are believed to be in compounds near Myawaddy on the Myanmar-Thai border"),
]
write_gold("dev6-01", "2022-08-19", top, ev)
