import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

mm = P("Myanmar", "country"); th = P("Thailand", "country"); kh = P("Cambodia", "country")
la = P("Laos", "country"); lk = P("Sri Lanka", "country")
mw = P("Myawaddy", "town"); maesot = P("Mae Sot", "town"); bkk = P("Bangkok", "town")
bia = OWN("Bandaranaike International Airport", "LK", "Western", "site", 7.1808, 79.8841, 3, "own-knowledge (terminal at Katunayake)")
katu = OWN("Katunayake", "LK", "Western", "town", 7.1725, 79.8853, 8, "own-knowledge (town centre)")
suvarna = OWN("Suvarnabhumi Airport", "TH", "Samut Prakan", "site", 13.690, 100.750, 3, "own-knowledge (airport terminal)")
yangon = OWN("Yangon", "MM", "Yangon Region", "town", 16.8409, 96.1735, 15, "own-knowledge (city centre)")
kurune = OWN("Kurunegala", "LK", "North Western", "town", 7.4863, 80.3623, 8, "own-knowledge (town centre)")
colombo = OWN("Colombo", "LK", "Western", "town", 6.9271, 79.8612, 15, "own-knowledge (city centre)")
dubai = OWN("Dubai", "AE", "Dubai", "town", 25.2048, 55.2708, 20, "own-knowledge (city centre)")
negombo = OWN("Negombo", "LK", "Western", "town", 7.2083, 79.8358, 8, "own-knowledge (town centre)")
ratna = OWN("Ratnapura", "LK", "Sabaragamuwa", "town", 6.6828, 80.3992, 8, "own-knowledge (town centre)")
kalu = OWN("Kalu Ganga", "LK", None, "region", 6.68, 80.38, 40, "own-knowledge (river; point at Ratnapura)")
eheli = OWN("Eheliyagoda", "LK", "Sabaragamuwa", "town", 6.8497, 80.2656, 8, "own-knowledge (town centre)")

top = [
    N("Sri Lankans", "LK"),
    T("Myanmar", mm, "event"),
    T("Myawaddy", mw, "event"),
    T("Bandaranaike International Airport", bia, "context"),
    T("BIA", bia, "context"),
    T("Katunayake", katu, "context"),
    T("Suvarnabhumi Airport", suvarna, "event"),
    T("Bangkok", AS(bkk, tolerance_km=30.0), "event"),
    N("SriLankan Airlines", "LK"),
    T("Thailand", th, "context"),
    N("Sri Lanka Bureau of Foreign Employment", "LK"),
    N("Sri Lankan", "LK"),
    T("Yangon", yangon, "context"),
    N("Karen", "MM"),
    N("Thai", "TH"),
    T("Mae Sot", maesot, "context"),
    T("Kurunegala", kurune, "context"),
    T("Colombo", colombo, "context"),
    T("Dubai", dubai, "context"),
    T("Cambodia", kh, "context"),
    T("Laos", la, "context"),
    T("Negombo", negombo, "event"),
    N("US", "US"),
    T("Ratnapura", ratna, "offtopic"),
    T("Kalu Ganga", kalu, "offtopic"),
    T("Eheliyagoda", eheli, "offtopic"),
]
ev = [
    E("rescue", mw, 1, "2023-11-28", "day",
      "the eight (six men, two women) were released from a compound in Myawaddy on November 28 after embassy negotiations and handed to Thai immigration at Mae Sot",
      people={"rescued": 8}, nat={"LK": 8}),
    E("deportation", AS(bkk, tolerance_km=30.0), 1, "2023-12-06", "day",
      "the eight were flown from Suvarnabhumi Airport in Bangkok and arrived at BIA yesterday (6) morning",
      people={"deported": 8}, nat={"LK": 8}),
    E("abuse", mw, 1, "2023-08-01", "month",
      "he and another Sri Lankan were beaten with an iron rod in August and kept in a locked room for two days; food withheld",
      people={"victims": 2}, nat={"LK": 2}),
    E("abuse", AS(mw, tolerance_km=15.0), 2, "2023-12-05", "week",
      "spokesman said on Tuesday at least 56 Sri Lankans are still believed to be held in compounds around Myawaddy",
      people={"victims": 56}, nat={"LK": 56}),
    E("deportation", mm, 4, "2023-12-05", "year",
      "close to 100 Sri Lankans have been brought back from Myanmar since March (statement on Tuesday)",
      people={"deported": 100}, nat={"LK": 100}),
    E("policy", lk, 4, "2023-12-04", "day",
      "on Monday the Cabinet approved a proposal requiring anyone leaving for a job in Thailand, Myanmar, Cambodia or Laos to register with the SLBFE"),
    E("raid", negombo, 1, "2023-11-30", "week",
      "police arrested two men in Negombo last week on suspicion of sending at least 14 people to Myanmar",
      people={"arrested": 2}),
]
write_gold("dev3-08", "2023-12-07", top, ev)
