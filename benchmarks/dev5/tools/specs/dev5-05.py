import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

nairobi = OWN("Nairobi", "KE", "Nairobi", "town", -1.2864, 36.8172, 15, "own-knowledge")
kenya = P("Kenya", "country")
kkpark = P("KK Park", "compound")
moei = OWN("Moei River", "MM", "Kayin State", "region", 16.65, 98.52, 100,
           "own-knowledge (border river; point beside KK Park)")
myanmar = P("Myanmar", "country"); thailand = P("Thailand", "country")
maesot = P("Mae Sot", "town"); bangkok = P("Bangkok", "town"); myawaddy = P("Myawaddy", "town")
nakuru = OWN("Nakuru", "KE", "Nakuru", "town", -0.3031, 36.08, 10, "own-knowledge")
jkia = OWN("Jomo Kenyatta International Airport", "KE", "Nairobi", "site", -1.3192, 36.9278, 3, "own-knowledge")
eldoret = OWN("Eldoret", "KE", "Uasin Gishu", "town", 0.5143, 35.2698, 10, "own-knowledge")
sea = OWN("Southeast Asia", None, None, "region", 10.0, 106.0, 2000, "own-knowledge")
uganda = P("Uganda", "country")
mombasa = OWN("Mombasa", "KE", "Mombasa", "town", -4.0435, 39.6682, 10, "own-knowledge")
kisumu = OWN("Kisumu", "KE", "Kisumu", "town", -0.0917, 34.768, 10, "own-knowledge")
nnp = OWN("Nairobi National Park", "KE", "Nairobi", "site", -1.3733, 36.8581, 8, "own-knowledge")
kitengela = OWN("Kitengela", "KE", "Kajiado", "town", -1.4747, 36.9619, 8, "own-knowledge")

toponyms = [
    T("NAIROBI", nairobi, "dateline"),   # "Nairobi" also in the body (agents, agencies): same entry, case-merged
    T("Kenya", kenya, "event"),
    T("Myanmar", myanmar, "event"),
    T("Thailand", thailand, "context"),
    T("KK Park", kkpark, "event"),
    T("Moei river", moei, "event"),
    T("Nakuru", nakuru, "context"),
    T("Mae Sot", maesot, "event"),
    T("Bangkok", bangkok, "event"),
    T("Jomo Kenyatta International Airport", jkia, "context"),
    T("Eldoret", eldoret, "context"),
    T("Southeast Asia", sea, "context"),
    T("Uganda", uganda, "context"),
    T("Myawaddy", myawaddy, "event"),
    T("Mombasa", mombasa, "offtopic"),
    T("Kisumu", kisumu, "offtopic"),
    T("Nairobi National Park", nnp, "offtopic"),
    T("Kitengela", kitengela, "offtopic"),
    N("Kenyans", "KE"), N("Kenyan", "KE"), N("Thai", "TH"), N("East Africans", None),
    N("Americans", "US"), N("Europeans", None), N("Ugandan", "UG"), N("Ethiopian", "ET"),
]

events = [
    E("escape", kkpark, 1, "2024-09-10", "day",
      "14 Kenyans broke out of KK Park on the Myanmar side of the Moei river in the early hours of Sept 10, climbing the back wall and wading across the river",
      people={"escaped": 14}, nat={"KE": 14}),
    E("abuse", kkpark, 1, None, "unknown",
      "survivors said those missing targets inside KK Park were beaten, made to stand in the sun or fined; a Ugandan colleague was taken away and not seen again"),
    E("rescue", maesot, 1, "2024-09-13", "day",
      "Thai police in Mae Sot handed the 14 over to Kenyan embassy officials on Friday",
      people={"rescued": 14}, nat={"KE": 14}),
    E("deportation", bangkok, 1, "2024-09-15", "day",
      "eight of them flew home from Bangkok on Sunday night, landing at JKIA on Monday (repatriation)",
      people={"deported": 8}, nat={"KE": 8}),
    E("policy", kenya, 4, "2024-09-17", "day",
      "advisory issued on Tuesday by the Foreign Affairs PS urging Kenyans to verify job offers in Southeast Asia"),
    E("deportation", myanmar, 4, "2024-09-17", "year",
      "the ministry said that since 2022 it had helped repatriate 146 Kenyans from Myanmar (cumulative; statement day)",
      people={"deported": 146}, nat={"KE": 146}),
    E("compound_report", myawaddy, 2, "2024-08-01", "month",
      "Uganda said last month it had confirmed at least 30 of its citizens held in compounds around Myawaddy",
      people={"victims": 30}, nat={"UG": 30}),
]
write_gold("dev5-05", "2024-09-18", toponyms, events)
