import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

th = P("Thailand", "country"); mm = P("Myanmar", "country")
idn = P("Indonesia", "country"); et = P("Ethiopia", "country"); ke = P("Kenya", "country")
maesot = P("Mae Sot", "town"); mw = P("Myawaddy", "town"); sk = P("Shwe Kokko", "compound")
kk = P("KK Park", "compound"); hpalu = P("Hpa Lu", "town"); tachi = P("Tachileik", "town")
tak = OWN("Tak", "TH", "Tak", "province", 16.88, 99.13, 100, "own-knowledge (Tak province; point = provincial capital Tak)")
maesai = OWN("Mae Sai", "TH", "Chiang Rai", "district", 20.4335, 99.8762, 15, "own-knowledge (Mae Sai town, district seat on the border)")
chiangrai = OWN("Chiang Rai", "TH", "Chiang Rai", "province", 19.91, 99.83, 80, "own-knowledge (Chiang Rai province; point = capital Chiang Rai)")
payathonzu = OWN("Payathonzu", "MM", "Kayin State", "town", 15.296, 98.393, 8, "own-knowledge (border town at Three Pagodas Pass)")
tpp = OWN("Three Pagodas Pass", "TH", "Kanchanaburi", "site", 15.301, 98.398, 5, "own-knowledge (the pass on the border)")
kanchana = OWN("Kanchanaburi", "TH", "Kanchanaburi", "province", 14.0228, 99.5328, 100, "own-knowledge (province; point = capital Kanchanaburi)")
bridge = OWN("Thai-Myanmar Friendship Bridge", "TH", "Tak", "site", 16.69083, 98.51667, 3,
             "wikipedia:Thai-Myanmar_Friendship_Bridge (infobox point, first bridge, Mae Sot-Myawaddy)")
moei = OWN("Moei River", "MM", None, "region", 16.72, 98.54, 30, "own-knowledge (border river; point on the Mae Sot-Myawaddy stretch)")
rimmoei = OWN("Ban Rim Moei", "TH", "Tak", "site", 16.72, 98.53, 10, "own-knowledge (riverside village in Mae Sot district, not located exactly)")
maesot_d = AS(maesot, place="Mae Sot District", level="district", tolerance_km=20.0)
mw_tsp = AS(mw, place="Myawaddy Township", level="district", tolerance_km=40.0,
            coord_source="reference/places.csv (geonames:1308052) Myawaddy town point; township extends ~50 km south")
phuket = OWN("Phuket", "TH", "Phuket", "town", 7.8804, 98.3923, 20, "own-knowledge (town centre)")
cmai = OWN("Chiang Mai", "TH", "Chiang Mai", "town", 18.7883, 98.9853, 15, "own-knowledge (city centre)")

top = [
    T("Moei", moei, "context"),
    T("Thailand", th, "event"),
    T("Mae Sot", maesot, "event"),
    T("Tak", tak, "dateline"),
    T("Myanmar", mm, "context"),
    T("Myawaddy", mw, "event"),
    T("Shwe Kokko", sk, "event"),
    T("KK Park", kk, "event"),
    T("Hpa Lu", hpalu, "event"),
    T("Tak province", tak, "context"),
    T("Tachileik", tachi, "event"),
    T("Mae Sai district", maesai, "context"),
    T("Chiang Rai", chiangrai, "context"),
    T("Payathonzu", payathonzu, "event"),
    T("Three Pagodas Pass", tpp, "context"),
    T("Kanchanaburi", kanchana, "context"),
    T("Thai-Myanmar Friendship Bridge", bridge, "event"),
    N("Thai", "TH"),
    N("Chinese", "CN"), N("Indonesian", "ID"),
    N("Democratic Karen Buddhist Army", "MM"),
    T("Indonesia", idn, "context"), T("Ethiopia", et, "context"), T("Kenya", ke, "context"),
    N("Ethiopian", "ET"),
    T("Myawaddy township", mw_tsp, "event"),
    N("Karen", "MM"),
    T("Ban Rim Moei", rimmoei, "context"),
    T("Mae Sot district", maesot_d, "context"),
    N("Bangkok Post", "TH"),
    T("Phuket", phuket, "offtopic"),
    T("Chiang Mai", cmai, "offtopic"),
]
cut = "PEA disconnected cross-border supply points at 9am on Wednesday Feb 5 (power and mobile internet switched off) for "
ev = [
    E("policy", mw, 1, "2025-02-05", "day", cut + "Myawaddy"),
    E("policy", sk, 1, "2025-02-05", "day", cut + "Shwe Kokko"),
    E("policy", kk, 1, "2025-02-05", "day", cut + "KK Park"),
    E("policy", hpalu, 1, "2025-02-05", "day", cut + "Hpa Lu"),
    E("policy", tachi, 1, "2025-02-05", "day", cut + "Tachileik opposite Mae Sai"),
    E("policy", payathonzu, 1, "2025-02-05", "day", "a sixth line feeding Payathonzu near the Three Pagodas Pass was cut in the afternoon"),
    E("policy", th, 4, "2025-02-04", "day", "the measures were approved at Tuesday's National Security Council meeting"),
    E("policy", bridge, 1, "2025-02-06", "day",
      "from Thursday the Energy Ministry halted all fuel consignments through the Thai-Myanmar Friendship Bridge at Mae Sot"),
    E("policy", maesot, 1, "2025-02-05", "day",
      "immigration police announced on Wednesday that from Feb 10 foreigners crossing at Mae Sot need an embassy letter"),
    E("rescue", sk, 1, "2025-02-05", "day",
      "on Wednesday evening the DKBA handed over at the bridge 61 people freed from compounds in Shwe Kokko: 39 Chinese, Indonesia (12), Ethiopia (seven), Kenya (three)",
      people={"rescued": 61}, nat={"CN": 39, "ID": 12, "ET": 7, "KE": 3}),
    E("abuse", sk, 1, None, "unknown",
      "several of those freed said they had been beaten and made to work 17-hour shifts; an Ethiopian showed stun-gun marks"),
    E("policy", th, 4, "2025-01-30", "week",
      "Amlo said last week it had frozen about 3,100 bank accounts rented to scam gangs, more than 410 million baht"),
    E("policy", th, 4, "2025-01-01", "day",
      "a central bank rule in effect from Jan 1 lets banks suspend accounts receiving suspicious transfers for up to seven days"),
    E("compound_report", mw_tsp, 2, None, "unknown",
      "security officials estimate more than 30 scam compounds operate in Myawaddy township, mostly along the river south of the town"),
    E("policy", sk, 1, "2023-06-01", "month",
      "supply to Shwe Kokko was cut in June 2023 but resumed weeks later"),
]
write_gold("dev3-05", "2025-02-06", top, ev)
