from gl import Doc, ref, own
d = Doc("dev2-01.txt", "2025-02-05")
bkk = d.top("BANGKOK", ref("Bangkok"), "dateline")   # also "Bangkok" (metonymic), case variant merged
th = d.top("Thailand", ref("Thailand"), "event")
d.top("Myanmar", ref("Myanmar"), "context")
mwd = d.top("Myawaddy", ref("Myawaddy"), "event")
d.top("Moei river", own("Moei River", "MM", "Kayin State", "region", 16.70, 98.52, 40,
                         "river point at Myawaddy/Mae Sot; the river runs ~300 km along the border"), "context")
d.non("Thai", "TH")
ms = d.top("Mae Sot", ref("Mae Sot"), "event")
tcl = d.top("Tachileik", ref("Tachileik"), "event")
d.top("Shan State", own("Shan State", "MM", "Shan State", "province", 21.3, 97.9, 250,
                        "rough state centre"), "event")
pyt = d.top("Payathonzu", own("Payathonzu", "MM", "Kayin State", "town", 15.299, 98.395, 10,
                              "town at Three Pagodas Pass, Kayin State"), "event")
d.top("Three Pagodas Pass", own("Three Pagodas Pass", "TH", "Kanchanaburi", "site", 15.301, 98.398, 5,
                                "border pass between Sangkhla Buri and Payathonzu"), "context")
d.top("Tak", own("Tak Province", "TH", "Tak", "province", 16.9, 98.8, 100, "rough province centre"), "context")
d.top("Chiang Rai", own("Chiang Rai Province", "TH", "Chiang Rai", "province", 19.9, 99.8, 80,
                        "rough province centre"), "context")
d.top("Kanchanaburi", own("Kanchanaburi Province", "TH", "Kanchanaburi", "province", 14.6, 98.9, 100,
                          "rough province centre"), "context")
d.non("Karen Border Guard Force", "MM")
d.top("Thai-Myanmar Friendship Bridge", own("Thai-Myanmar Friendship Bridge (Mae Sot-Myawaddy)", "TH", "Tak",
      "site", 16.700, 98.525, 3, "first Friendship Bridge over the Moei between Mae Sot and Myawaddy"), "event")
skk = d.top("Shwe Kokko", ref("Shwe Kokko"), "event")
d.non("Ethiopian", "ET"); d.non("Kenyan", "KE"); d.non("Filipino", "PH")
d.top("Nepal", ref("Nepal"), "context")
d.top("Pakistan", ref("Pakistan"), "context")
mwt = d.top("Myawaddy township", own("Myawaddy Township", "MM", "Kayin State", "district", 16.68911, 98.50893, 25,
            "Myawaddy town point (geonames:1308052 as in places.csv) for the township"), "event")
d.non("Chinese", "CN")
d.top("China", ref("China"), "context")
d.top("Beijing", own("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 25, "city centre"), "context")
d.top("Yangon", own("Yangon", "MM", "Yangon Region", "town", 16.8053, 96.1561, 15, "city centre; in the byline"), "offtopic")
d.top("Chiang Mai", own("Chiang Mai", "TH", "Chiang Mai", "town", 18.7883, 98.9853, 10, "city centre"), "offtopic")
d.top("Singapore", ref("Singapore"), "offtopic")

d.ev("policy", mwd, 1, "2025-02-05", "day", "Thailand on Wednesday stopped selling electricity, internet and fuel to Myawaddy, one of three Myanmar border towns hosting scam centres")
d.ev("policy", tcl, 1, "2025-02-05", "day", "the power/internet/fuel cut-off also hits Tachileik in Shan State")
d.ev("policy", pyt, 1, "2025-02-05", "day", "the cut-off also hits Payathonzu near the Three Pagodas Pass")
d.ev("policy", th, 4, "2025-02-04", "day", "cabinet on Tuesday approved an emergency decree making banks, telcos and platforms share scam-victim compensation and letting police freeze mule accounts")
d.ev("policy", ms, 1, "2025-01-29", "week", "immigration police at the Mae Sot checkpoint said last week that foreigners heading into Myawaddy must show a return ticket and an employer letter")
d.ev("rescue", skk, 1, "2025-02-03", "day", "on Monday the Karen BGF handed 61 foreigners it said it had freed from compounds in Shwe Kokko to Thai officials at the Friendship Bridge: 22 Ethiopian, 15 Kenyan, 9 Filipino, the rest from Nepal and Pakistan",
     people={"rescued": 61}, nat={"ET": 22, "KE": 15, "PH": 9, "NP": None, "PK": None})
d.ev("abuse", skk, 1, None, "unknown", "a Kenyan woman among the 61, held for eight months, said she was beaten with a pipe, given electric shocks and sold between compounds for about $8,000 a head",
     people={"victims": 1}, nat={"KE": 1})
d.ev("compound_report", mwt, 2, "2025-02-05", "day", "a Thai security official estimated on Wednesday that some 100,000 people from 20+ countries work in scam compounds in Myawaddy township")
d.ev("policy", skk, 1, "2023-06-01", "month", "in June 2023 the Thai state power utility stopped supplying a line that fed Shwe Kokko")
d.ev("rescue", mwd, 1, "2025-01-01", "month", "a Chinese actor was rescued from a compound in Myawaddy in January",
     people={"rescued": 1}, nat={"CN": 1})
d.write()
