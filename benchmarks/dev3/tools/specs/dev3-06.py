import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

la = P("Laos", "country"); cn = P("China", "country"); th = P("Thailand", "country")
vn = P("Vietnam", "country"); idn = P("Indonesia", "country")
gtsez = P("Golden Triangle SEZ", "sez"); kr_casino = P("Kings Romans Casino", "casino")
bokeo = P("Bokeo", "province"); tonp = P("Ton Pheung", "district")
tonp_town = AS(tonp, place="Ton Pheung (town)", level="town", tolerance_km=8.0)
houayxay = AS(bokeo, place="Houayxay", level="town", tolerance_km=8.0)
vte = OWN("Vientiane", "LA", "Vientiane Prefecture", "town", 17.9757, 102.6331, 15, "own-knowledge (city centre)")
yunnan = OWN("Yunnan", "CN", "Yunnan", "province", 24.5, 101.5, 300, "own-knowledge (province centre)")
mekong = OWN("Mekong", None, None, "region", 20.3, 100.1, 500, "own-knowledge (river; point at the Golden Triangle stretch, large tolerance)")
csaen = OWN("Chiang Saen", "TH", "Chiang Rai", "town", 20.27511, 100.08689, 8, "own-knowledge (geonames:1611187, as cited in the places.csv Golden Triangle SEZ note)")
airport = OWN("Bokeo International Airport", "LA", "Bokeo", "site", 20.33, 100.12, 8,
              "own-knowledge (airport in the Golden Triangle SEZ, Ton Pheung district; press describes it as ~5 km south-east of the three-border point; position approximate)")
kunming = OWN("Kunming", "CN", "Yunnan", "town", 25.0389, 102.7183, 20, "own-knowledge (city centre)")
lpb = OWN("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10, "own-knowledge (town centre)")
namkhan = OWN("Nam Khan", "LA", "Luang Prabang", "region", 19.90, 102.16, 30, "own-knowledge (river meeting the Mekong at Luang Prabang)")

top = [
    T("Golden Triangle", gtsez, "event"),
    N("Laotian Times", "LA"),
    T("Vientiane", vte, "dateline"),
    T("Laos", la, "event"),
    T("China", cn, "context"),
    T("Golden Triangle Special Economic Zone", gtsez, "event"),
    T("Bokeo province", bokeo, "event"),
    T("Yunnan", yunnan, "context"),
    T("Ton Pheung district", tonp, "event"),
    T("Mekong", mekong, "context"),
    T("Chiang Saen", csaen, "context"),
    T("Thailand", th, "context"),
    N("Chinese", "CN"), N("Lao", "LA"), N("Myanmar", "MM"),
    T("Vietnam", vn, "context"), T("Indonesia", idn, "context"),
    T("Houayxay", houayxay, "context"),
    T("Bokeo International Airport", airport, "event"),
    T("Kunming", kunming, "context"),
    N("Kings Romans group", "LA"),
    N("United States Treasury", "US"),
    T("Kings Romans casino", kr_casino, "event"),
    T("Ton Pheung town", tonp_town, "context"),
    T("Luang Prabang", lpb, "offtopic"),
    T("Nam Khan", namkhan, "offtopic"),
]
ev = [
    E("raid", gtsez, 1, "2024-08-13", "week",
      "Lao and Chinese police arrested 771 in an operation from Aug 10 to 17 in the Golden Triangle SEZ: 450 Chinese, 148 Lao, 101 Myanmar, Vietnam 30, Thailand 22, Indonesia 12, eight other countries; 96 possible victims identified; phones, computers, vehicles, 2.1 billion kip seized",
      people={"arrested": 771, "rescued": 96},
      nat={"CN": 450, "LA": 148, "MM": 101, "VN": 30, "TH": 22, "ID": 12},
      seized={"phones": 1208, "computers": 405, "vehicles": 31, "cash_lak": 2100000000}),
    E("abuse", gtsez, 1, "2024-08-13", "week",
      "several of the 96 said they had been kept in locked dormitories, fined for missing targets and beaten by guards"),
    E("deportation", airport, 1, "2024-08-19", "day",
      "on Monday 230 of the Chinese suspects were flown from Bokeo International Airport and handed to police in Kunming",
      people={"deported": 230}, nat={"CN": 230}),
    E("policy", gtsez, 1, "2024-08-12", "day",
      "order signed on Aug 12 by the prime minister: every business involved in online fraud, unlicensed gambling or money laundering in the SEZ must close by Aug 31"),
    E("policy", la, 4, "2024-08-20", "day",
      "ministry said on Tuesday that foreigners deported for scam offences are barred from re-entering Laos for ten years"),
    E("policy", kr_casino, 1, "2018-01-01", "month",
      "US Treasury sanctioned the Kings Romans group and its chairman in January 2018, saying the Kings Romans casino was used for trafficking and money laundering"),
    E("raid", gtsez, 1, "2023-09-01", "month",
      "last September a joint operation in the zone led to the arrest of 462 people, most of them Chinese, and the rescue of dozens of victims",
      people={"arrested": 462}, nat={"CN": None}),
    E("compound_report", gtsez, 1, "2024-08-01", "month",
      "officials estimate 3,000 to 4,000 foreigners were working in the zone before this month's sweep"),
    E("policy", la, 4, "2024-01-01", "month",
      "nationwide campaign against online scams launched in January 2024"),
    E("raid", la, 4, "2024-01-01", "year",
      "under the campaign more than 2,000 suspects were arrested in the first half of the year",
      people={"arrested": 2000}),
]
write_gold("dev3-06", "2024-08-22", top, ev)
