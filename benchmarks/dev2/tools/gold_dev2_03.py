from gl import Doc, ref, own
d = Doc("dev2-03.txt", "2023-04-20")
kk = d.top("KK Park", ref("KK Park"), "event")
mwd = d.top("Myawaddy", ref("Myawaddy"), "event")
d.top("Moei River", own("Moei River", "MM", "Kayin State", "region", 16.66, 98.53, 40,
                        "river point opposite KK Park; the river runs ~300 km along the border"), "event")
d.top("Thailand", ref("Thailand"), "context")
d.non("Thai", "TH")
d.top("Tha Sai Luat", own("Tha Sai Luat", "TH", "Tak", "commune", 16.645, 98.545, 6,
                          "tambon of Mae Sot district on the Moei opposite KK Park, rough"), "event")
d.top("Mae Sot district", own("Mae Sot District", "TH", "Tak", "district", 16.71667, 98.56667, 25,
                              "Mae Sot town point (geonames:1152188 as in places.csv) for the district"), "event")
d.top("Mae Sot", ref("Mae Sot"), "context")
d.non("Indonesians", "ID"); d.non("Indonesian", "ID"); d.non("Sri Lankans", "LK")
d.top("Bangkok", ref("Bangkok"), "context")
d.top("Myanmar", ref("Myanmar"), "context")
d.top("Kayin State", own("Kayin State", "MM", "Kayin State", "province", 17.0, 97.7, 150,
                         "rough state centre"), "context")
d.non("Karen Border Guard Force", "MM")
d.non("The Irrawaddy", "MM")
d.non("US", "US")   # in "US$..."
d.top("Kandy", own("Kandy", "LK", "Central Province", "town", 7.2906, 80.6337, 10, "city centre"), "context")
skk = d.top("Shwe Kokko", ref("Shwe Kokko"), "event")
hpl = d.top("Hpa Lu", ref("Hpa Lu"), "event")
mwdd = d.top("Myawaddy district", own("Myawaddy District", "MM", "Kayin State", "district", 16.68911, 98.50893, 40,
             "Myawaddy town point (geonames:1308052 as in places.csv) for the district"), "event")
d.non("Chinese", "CN")
tcl = d.top("Tachileik", ref("Tachileik"), "event")
d.top("Shan State", own("Shan State", "MM", "Shan State", "province", 21.3, 97.9, 250, "rough state centre"), "event")
d.top("Mae Sai", own("Mae Sai", "TH", "Chiang Rai", "town", 20.427, 99.883, 8, "town centre opposite Tachileik"), "context")
d.top("Asia", own("Asia", None, None, "region", 34.0, 100.0, 3000, "rough region centre, as in seed-000"), "context")
d.top("Africa", own("Africa", None, None, "region", 2.0, 20.0, 4000, "rough continent centre"), "context")
d.top("Sri Lanka", ref("Sri Lanka"), "context")
d.top("Sagaing", own("Sagaing Region", "MM", "Sagaing Region", "province", 24.0, 95.4, 250, "rough region centre"), "offtopic")
d.top("Pazigyi", own("Pazigyi", "MM", "Sagaing Region", "site", 22.95, 95.47, 15, "village in Kanbalu Township, rough"), "offtopic")
d.top("Yangon", own("Yangon", "MM", "Yangon Region", "town", 16.8053, 96.1561, 15, "city centre"), "offtopic")
d.top("Mandalay", own("Mandalay", "MM", "Mandalay Region", "town", 21.9588, 96.0891, 15, "city centre"), "offtopic")

d.ev("escape", kk, 1, "2023-04-16", "day",
     "14 foreigners (9 Indonesians, 5 Sri Lankans) escaped KK Park early on Sunday April 16, wading across the Moei into Thailand, picked up in Tha Sai Luat, Mae Sot district",
     people={"escaped": 14}, nat={"ID": 9, "LK": 5})
d.ev("abuse", kk, 1, None, "unknown",
     "Sri Lankan escapee held five months at KK Park says workers missing targets were made to stand in a flooded 'water cell' and beaten with electric batons")
d.ev("abuse", kk, 1, "2023-01-01", "month", "two men from his floor died after beatings in January",
     people={"victims": 2})
d.ev("abuse", skk, 1, "2023-02-01", "month",
     "an Indonesian woman first held at a compound in Shwe Kokko was sold to a KK Park company in February for 30,000 yuan",
     people={"victims": 1}, nat={"ID": 1})
d.ev("abuse", kk, 1, "2023-02-01", "month",
     "her new bosses at KK Park told her she had to work off the 30,000 yuan before she could leave (debt bondage)",
     people={"victims": 1}, nat={"ID": 1})
d.ev("compound_report", kk, 1, "2023-04-08", "day", "satellite images taken on April 8 show at least 10 new buildings at KK Park since November")
d.ev("compound_report", hpl, 2, "2023-04-08", "day", "the same images show a new walled compound under construction near the village of Hpa Lu")
d.ev("policy", mwdd, 2, "2023-04-17", "day",
     "on Monday April 17 the military-appointed Kayin State government ordered foreigners without work permits to leave Myawaddy district by May 31")
d.ev("deportation", mwd, 1, "2023-03-01", "month",
     "in March regime authorities handed some 200 Chinese nationals to Chinese police at the border for repatriation from Myawaddy",
     people={"deported": 200}, nat={"CN": 200})
d.ev("raid", tcl, 1, "2023-04-12", "day",
     "Tachileik police said on April 12 they raided two buildings and detained 37 (21 Chinese, 9 Thai); three more caught the next day brought the total to 40",
     people={"detained": 40}, nat={"CN": 21, "TH": 9})
d.ev("abuse", mwdd, 2, "2023-04-12", "week",
     "Sri Lanka's foreign ministry said last week it was trying to locate at least 56 citizens believed held in scam compounds in the Myawaddy area",
     people={"victims": 56}, nat={"LK": 56})
d.write()
