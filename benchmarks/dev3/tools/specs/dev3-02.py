import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

mm = P("Myanmar", "country"); kh = P("Cambodia", "country"); th = P("Thailand", "country")
ke = P("Kenya", "country"); et = P("Ethiopia", "country"); la = P("Laos", "country")
kk = P("KK Park", "compound"); sk = P("Shwe Kokko", "compound")
mw = P("Myawaddy", "town"); maesot = P("Mae Sot", "town"); bkk = P("Bangkok", "town")
nakuru = OWN("Nakuru", "KE", "Nakuru", "town", -0.3031, 36.0800, 10, "own-knowledge (town centre)")
nairobi = OWN("Nairobi", "KE", "Nairobi", "town", -1.2864, 36.8172, 15, "own-knowledge (city centre)")
suvarna = OWN("Suvarnabhumi Airport", "TH", "Samut Prakan", "site", 13.690, 100.750, 3, "own-knowledge (airport terminal)")
moei = OWN("Moei River", "MM", None, "region", 16.72, 98.54, 30,
           "own-knowledge (border river between Mae Sot and Myawaddy; point on the Mae Sot-Myawaddy-Shwe Kokko stretch)")
karen = OWN("Kayin State", "MM", "Kayin State", "province", 16.95, 97.95, 150,
            "own-knowledge (Karen/Kayin State of Myanmar; rough state centre)")
asia = OWN("Asia", None, None, "region", 34.0, 100.0, 3000, "own-knowledge (continent centroid convention)")
eafrica = OWN("East Africa", None, None, "region", 0.0, 37.0, 1500, "own-knowledge (region centre)")
valencia = OWN("Valencia", "ES", "Valencia", "town", 39.4699, -0.3763, 15, "own-knowledge (city centre)")
lagos = OWN("Lagos", "NG", "Lagos", "town", 6.4550, 3.3841, 20, "own-knowledge (city centre)")
tas = OWN("Tasmania", "AU", "Tasmania", "province", -42.0, 146.6, 200, "own-knowledge (state centre)")

top = [
    N("Kenyan", "KE"),
    T("Myanmar", mm, "event"),
    T("Thailand", th, "context"),
    T("Nakuru", nakuru, "context"),
    T("Bangkok", bkk, "event"),
    T("Nairobi", nairobi, "context"),
    T("Suvarnabhumi airport", suvarna, "context"),
    T("Mae Sot", maesot, "context"),
    T("Moei river", moei, "event"),
    T("Moei", moei, "event"),
    T("Myawaddy", mw, "event"),
    T("KK Park", kk, "event"),
    T("Karen State", karen, "event"),
    N("American", "US"),
    N("Ugandan", "UG"),
    N("Kenyans", "KE"),
    N("Ethiopians", "ET"),
    N("Ethiopian", "ET"),
    T("Shwe Kokko", sk, "event"),
    N("Thai", "TH"),
    T("Cambodia", kh, "event"),
    T("Asia", asia, "context"),
    T("east Africa", eafrica, "context"),
    T("Kenya", ke, "event"),
    T("Laos", la, "context"),
    T("Ethiopia", et, "context"),
    T("Valencia", valencia, "offtopic"),
    T("Lagos", lagos, "offtopic"),
    T("Tasmania", tas, "offtopic"),
]
ev = [
    E("compound_report", AS(karen), 3, "2021-01-01", "year",
      "scam hubs have spread along the border in Karen State since the 2021 coup"),
    E("compound_report", kk, 1, None, "unknown",
      "walled compound south of Myawaddy, KK Park, one of the best known scam hubs"),
    E("abuse", kk, 1, "2024-03-01", "month",
      "in March a supervisor pressed an electric baton to Daniel's neck and he was locked three days in the dark room; workers missing targets beaten with plastic pipes",
      people={"victims": 1}, nat={"KE": 1}),
    E("abuse", kk, 1, "2024-04-01", "month",
      "a Ugandan woman fell ill in April, was refused a doctor and died in her dormitory",
      people={"victims": 1}, nat={"UG": 1}),
    E("abuse", kk, 1, "2024-06-01", "month",
      "in June Daniel and five others (three other Kenyans, two Ethiopians) were sold for about $7,500 each",
      people={"victims": 6}, nat={"KE": 4, "ET": 2}),
    E("abuse", sk, 1, "2024-06-01", "month",
      "new bosses in Shwe Kokko told the six they each owed $9,000 'transfer costs' to work off before leaving (debt bondage)",
      people={"victims": 6}, nat={"KE": 4, "ET": 2}),
    E("compound_report", sk, 1, None, "unknown",
      "a scam company in Shwe Kokko, a casino town some 20km up the river, bought the workers"),
    E("escape", sk, 1, "2024-09-21", "day",
      "on the night of 21 September Daniel and two Ethiopian men climbed a rear wall, waded into the Moei and swam to the Thai bank",
      people={"escaped": 3}, nat={"KE": 1, "ET": 2}),
    E("deportation", bkk, 1, "2024-10-15", "day",
      "on 15 October Daniel and 11 other Kenyans were flown home from Bangkok in a repatriation arranged by the Kenyan embassy",
      people={"deported": 12}, nat={"KE": 12}),
    E("compound_report", mm, 4, "2023-08-01", "month",
      "UN human rights office said in August 2023 at least 120,000 people may be held in scam operations in Myanmar",
      people={"victims": 120000}),
    E("compound_report", kh, 4, "2023-08-01", "month",
      "UN human rights office said in August 2023 roughly 100,000 people may be held in scam operations in Cambodia",
      people={"victims": 100000}),
    E("deportation", mw, 1, "2024-05-01", "month",
      "Kenya's foreign ministry said in May it had helped bring home 76 citizens from Myawaddy since late 2022",
      people={"deported": 76}, nat={"KE": 76}),
    E("abuse", mw, 1, "2024-05-01", "month",
      "at least 40 more Kenyans were believed to remain held in Myawaddy (statement in May)",
      people={"victims": 40}, nat={"KE": 40}),
    E("policy", ke, 4, "2024-08-01", "month",
      "in August Nairobi issued an advisory against unverified job offers in Thailand, Myanmar and Laos and threatened recruitment agencies' licences"),
    E("abuse", AS(mw, tolerance_km=15.0), 2, None, "unknown",
      "Ethiopia's government estimated several hundred Ethiopians are still held in the Myawaddy area",
      nat={"ET": None}),
]
write_gold("dev3-02", "2024-11-09", top, ev)
