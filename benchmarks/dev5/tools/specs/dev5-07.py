import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

myawaddy = P("Myawaddy", "town")
mwd_tsp = OWN("Myawaddy Township", "MM", "Kayin State", "district", 16.68911, 98.50893, 30,
              "own-knowledge (township; point = Myawaddy town, geonames:1308052)")
shwekokko = P("Shwe Kokko", "compound"); kkpark = P("KK Park", "compound"); hpalu = P("Hpa Lu", "town")
payathonzu = OWN("Payathonzu", "MM", "Kayin State", "town", 15.295, 98.397, 8, "own-knowledge")
tpp = OWN("Three Pagodas Pass", "MM", "Kayin State", "site", 15.30, 98.40, 5, "own-knowledge")
bridge = OWN("Second Thai-Myanmar Friendship Bridge", "TH", "Tak", "site", 16.76, 98.54, 5,
             "own-knowledge (rough; bridge north of Myawaddy-Mae Sot)")
msairport = OWN("Mae Sot Airport", "TH", "Tak", "site", 16.6999, 98.545, 3, "own-knowledge")
maesot = P("Mae Sot", "town")
moei = OWN("Moei River", "MM", "Kayin State", "region", 16.72, 98.53, 100, "own-knowledge (border river; point at Myawaddy-Mae Sot)")
thailand = P("Thailand", "country")
tak = OWN("Tak", "TH", "Tak", "province", 16.884, 99.1258, 100, "own-knowledge (provincial capital point)")
kanchanaburi = OWN("Kanchanaburi", "TH", "Kanchanaburi", "province", 14.5, 99.0, 120, "own-knowledge")
karen_state = OWN("Kayin State", "MM", "Kayin State", "province", 17.0, 97.8, 150, "own-knowledge")
us = OWN("United States", "US", None, "country", 39.8283, -98.5795, 1500, "own-knowledge:country-centroid")
uk = OWN("United Kingdom", "GB", None, "country", 54.0, -2.5, 500, "own-knowledge:country-centroid")
sagaing = OWN("Sagaing Region", "MM", "Sagaing", "province", 24.0, 95.5, 300, "own-knowledge")
kyaukphyu = OWN("Kyaukphyu", "MM", "Rakhine State", "town", 19.4294, 93.5506, 10, "own-knowledge")
mandalay = OWN("Mandalay", "MM", "Mandalay Region", "town", 21.9588, 96.0891, 15, "own-knowledge")
yangon = OWN("Yangon", "MM", "Yangon Region", "town", 16.8409, 96.1735, 15, "own-knowledge")

toponyms = [
    T("BURMA", P("Myanmar", "country"), "context"),
    T("Karen State", karen_state, "context"),
    N("Karen", None),
    T("Myawaddy", myawaddy, "event"),
    T("Myawaddy Township", mwd_tsp, "event"),
    T("Shwe Kokko", shwekokko, "event"),
    T("Thailand", thailand, "event"),
    T("China", P("China", "country"), "context"),
    T("India", P("India", "country"), "context"),
    T("Kenya", P("Kenya", "country"), "context"),
    T("Philippines", P("Philippines", "country"), "context"),
    T("Tak", tak, "context"),
    T("Kanchanaburi", kanchanaburi, "context"),
    T("Payathonzu", payathonzu, "event"),
    T("Second Thai-Myanmar Friendship Bridge", bridge, "event"),
    T("Mae Sot airport", msairport, "event"),
    T("Mae Sot", maesot, "event"),
    T("Moei River", moei, "event"),
    T("KK Park", kkpark, "event"),
    T("Three Pagodas Pass", tpp, "event"),
    T("Hpa Lu", hpalu, "event"),
    T("US", us, "context"),
    T("UK", uk, "context"),
    T("Sagaing", sagaing, "offtopic"),
    N("Arakan Army", "MM"),
    T("Kyaukphyu", kyaukphyu, "offtopic"),
    T("Mandalay", mandalay, "offtopic"),
    T("Yangon", yangon, "offtopic"),
    N("Chinese", "CN"), N("Indonesians", "ID"), N("Vietnamese", "VN"), N("Ethiopians", "ET"),
    N("Thai", "TH"), N("Indians", "IN"), N("Kenyans", "KE"), N("Justice For Myanmar", None),
    N("The Irrawaddy", None),
]

events = [
    E("raid", shwekokko, 1, "2025-02-14", "week",
      "BGF said Monday (Feb 17) it had taken 1,041 foreigners from compounds in and around Shwe Kokko since Feb 10: 611 Chinese, 140 Indonesians, 96 Vietnamese, 54 Ethiopians, others incl. India, Kenya, Philippines",
      people={"detained": 1041},
      nat={"CN": 611, "ID": 140, "VN": 96, "ET": 54, "IN": None, "KE": None, "PH": None}),
    E("policy", thailand, 4, "2025-02-05", "day",
      "Thailand cut electricity, internet and fuel to Myanmar border areas (Myawaddy, Shwe Kokko, Payathonzu) on Feb 5"),
    E("rescue", bridge, 1, "2025-02-20", "day",
      "on Thursday the BGF handed 261 people, described by Thai officials as trafficking victims, to Thai authorities at the Second Thai-Myanmar Friendship Bridge",
      people={"rescued": 261}),
    E("deportation", msairport, 1, "2025-02-21", "day",
      "the following day 200 Chinese from the group were flown from Mae Sot airport to China on chartered flights",
      people={"deported": 200}, nat={"CN": 200}),
    E("raid", kkpark, 1, "2025-02-12", "day",
      "junta says its troops and police inspected KK Park on Feb 12, detaining 87 foreigners and seizing 300 phones and 54 computers (unverified)",
      people={"detained": 87}, seized={"phones": 300, "computers": 54}),
    E("rescue", payathonzu, 1, "2025-02-16", "day",
      "a Karen armed group in Payathonzu near Three Pagodas Pass freed 49 people from two compounds on Sunday, including 22 Indians and 11 Kenyans",
      people={"rescued": 49}, nat={"IN": 22, "KE": 11}),
    E("compound_report", mwd_tsp, 2, "2025-02-19", "week",
      "Justice For Myanmar said this week at least 30 compounds still operate in Myawaddy Township, many along the Moei between Shwe Kokko and Hpa Lu"),
    E("deportation", shwekokko, 1, "2022-01-01", "year",
      "in 2022 the BGF said it had deported more than 600 Chinese workers from Shwe Kokko",
      people={"deported": 600}, nat={"CN": 600}),
]
write_gold("dev5-07", "2025-02-22", toponyms, events)
