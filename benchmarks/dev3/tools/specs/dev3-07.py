import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

mm = P("Myanmar", "country"); kh = P("Cambodia", "country"); la = P("Laos", "country")
ph = P("Philippines", "country"); th = P("Thailand", "country"); cn = P("China", "country")
jp = P("Japan", "country")
mw = P("Myawaddy", "town"); kk = P("KK Park", "compound"); sk = P("Shwe Kokko", "compound")
lk = P("Laukkaing", "town"); tachi = P("Tachileik", "town")
shv = P("Sihanoukville", "town"); bavet = P("Bavet", "town"); poipet = P("Poipet", "town")
gtsez = P("Golden Triangle SEZ", "sez"); bokeo = P("Bokeo", "province")
bamban = P("Bamban", "town"); porac = P("Porac", "town"); tarlac = P("Tarlac", "province")
bkk = P("Bangkok", "town")
sg = AS(P("Singapore", "country"), level="town")
sea = OWN("Southeast Asia", None, None, "region", 8.0, 112.0, 2000, "own-knowledge (region centre, as in the seed gold)")
dc = OWN("Washington, D.C.", "US", "District of Columbia", "town", 38.9072, -77.0369, 20, "own-knowledge (city centre)")
karen = OWN("Kayin State", "MM", "Kayin State", "province", 16.95, 97.95, 150, "own-knowledge (Karen/Kayin State; rough state centre)")
shan = OWN("Shan State", "MM", "Shan State", "province", 21.5, 97.9, 300, "own-knowledge (Shan State; rough state centre, large state)")
maesai = OWN("Mae Sai", "TH", "Chiang Rai", "town", 20.4335, 99.8762, 8, "own-knowledge (border town opposite Tachileik)")
pampanga = OWN("Pampanga", "PH", "Pampanga", "province", 15.07, 120.66, 40, "own-knowledge (province centre near San Fernando)")
beijing = OWN("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 30, "own-knowledge (city centre)")
jakarta = OWN("Jakarta", "ID", "Jakarta", "town", -6.2088, 106.8456, 20, "own-knowledge (city centre)")

top = [
    T("Southeast Asia", sea, "context"),
    T("Myawaddy", mw, "event"),
    T("Tarlac", tarlac, "event"),
    T("SINGAPORE", sg, "dateline"),
    T("Washington", dc, "context"),
    N("United States Institute of Peace", "US"),
    T("Myanmar", mm, "event"),
    T("Cambodia", kh, "event"),
    T("Laos", la, "event"),
    T("Philippines", ph, "event"),
    T("Thailand", th, "event"),
    T("KK Park", kk, "event"),
    T("Shwe Kokko", sk, "event"),
    T("Karen State", karen, "event"),
    T("Laukkaing", lk, "event"),
    T("Shan State", shan, "event"),
    T("Tachileik", tachi, "event"),
    N("Thai", "TH"),
    T("Mae Sai", maesai, "context"),
    T("Sihanoukville", shv, "event"),
    T("Bavet", bavet, "event"),
    T("Poipet", poipet, "event"),
    T("Golden Triangle Special Economic Zone", gtsez, "event"),
    T("Bokeo", bokeo, "event"),
    T("Bamban", bamban, "event"),
    T("Porac", porac, "event"),
    T("Pampanga", pampanga, "event"),
    N("Chinese", "CN"),
    T("China", cn, "context"),
    N("Filipinos", "PH"),
    T("Bangkok", bkk, "event"),
    T("Beijing", beijing, "context"),
    T("Golden Triangle", gtsez, "event"),
    N("Nikkei Asia", None),
    N("US", "US"),
    T("Japan", jp, "offtopic"),
    T("Jakarta", jakarta, "offtopic"),
]
rep = "USIP report released on Monday lists verified scam hubs: "
ev = [E("compound_report", loc, 1, "2024-05-13", "day", rep + name)
      for loc, name in [(kk, "KK Park near Myawaddy, Karen State"), (sk, "Shwe Kokko near Myawaddy, Karen State"),
                        (lk, "Laukkaing in Shan State"), (tachi, "Tachileik opposite Mae Sai"),
                        (shv, "Sihanoukville, the single largest concentration"), (bavet, "border town of Bavet"),
                        (poipet, "border town of Poipet"), (gtsez, "Golden Triangle SEZ in Bokeo"),
                        (bamban, "offshore gaming hubs in Bamban, Tarlac"), (porac, "offshore gaming hubs in Porac, Pampanga")]]
un = "in August 2023 the UN human rights office said "
ev += [
    E("compound_report", mm, 4, "2023-08-01", "month", un + "at least 120,000 people in Myanmar could be held in scam operations",
      people={"victims": 120000}),
    E("compound_report", kh, 4, "2023-08-01", "month", un + "around 100,000 in Cambodia could be held in scam operations",
      people={"victims": 100000}),
    E("compound_report", la, 4, "2023-08-01", "month", un + "tens of thousands more in Laos"),
    E("compound_report", ph, 4, "2023-08-01", "month", un + "tens of thousands more in the Philippines"),
    E("compound_report", th, 4, "2023-08-01", "month", un + "tens of thousands more in Thailand"),
    E("abuse", AS(mw, tolerance_km=15.0), 2, "2023-01-01", "year",
      "authors documented at least 11 deaths of workers in compounds around Myawaddy in 2023, mostly after beatings or falls",
      people={"victims": 11}),
    E("deportation", lk, 1, "2023-01-01", "year",
      "after the late-October 2023 offensive, authorities in Laukkaing handed over more than 31,000 Chinese suspects to China by the end of the year",
      people={"deported": 31000}, nat={"CN": 31000}),
    E("raid", bamban, 1, "2024-03-13", "day",
      "police raided a compound in Bamban on March 13, freeing more than 800 workers, among them some 380 Chinese and about 200 Filipinos",
      people={"rescued": 800}, nat={"CN": 380, "PH": 200}),
    E("compound_report", mw, 1, None, "unknown",
      "many Chinese groups expelled from Laukkaing moved their staff to Myawaddy within weeks"),
    E("policy", th, 4, "2023-11-01", "month",
      "Thailand and China agreed in November 2023 to set up a joint task force against scam centres along the Myanmar border"),
    E("policy", bkk, 1, None, "unknown",
      "Beijing has since stationed police liaison officers in Bangkok"),
    E("policy", gtsez, 1, "2023-01-01", "year",
      "Laos has said it closed illegal businesses in the Golden Triangle zone last year"),
]
write_gold("dev3-07", "2024-05-15", top, ev)
