from gl import Doc, ref, own
d = Doc("dev2-06.txt", "2025-03-12")
d.non("Kenyans", "KE"); d.non("Kenyan", "KE")
d.top("Myanmar", ref("Myanmar"), "context")
d.top("Thailand", ref("Thailand"), "context")
d.non("Nation Africa", "KE")
d.top("NAIROBI", own("Nairobi", "KE", "Nairobi", "town", -1.2864, 36.8172, 15, "city centre"), "dateline")  # also "Nairobi's"
mwd = d.top("Myawaddy", ref("Myawaddy"), "event")
bkk = d.top("Bangkok", ref("Bangkok"), "event")
d.non("Thai", "TH")
d.top("Mae Sot", ref("Mae Sot"), "context")
d.top("Jomo Kenyatta International Airport", own("Jomo Kenyatta International Airport", "KE", "Nairobi", "site",
      -1.3192, 36.9278, 3, "airport terminal area"), "context")
d.top("JKIA", own("Jomo Kenyatta International Airport", "KE", "Nairobi", "site", -1.3192, 36.9278, 3,
      "airport terminal area"), "context")
d.non("Ethiopians", "ET"); d.non("Ugandans", "UG"); d.non("Tanzanians", "TZ")
d.non("Karen Border Guard Force", "MM")
d.top("Kakamega", own("Kakamega", "KE", "Kakamega", "town", 0.2827, 34.7519, 10, "town centre"), "context")
d.top("Kilimani", own("Kilimani", "KE", "Nairobi", "commune", -1.2912, 36.7837, 3, "Nairobi neighbourhood"), "context")
kk = d.top("KK", ref("KK Park"), "event")
d.non("Americans", "US")
d.top("Southeast Asia", own("Southeast Asia", None, None, "region", 10.0, 106.0, 2000, "rough region centre"), "context")
d.top("Laos", ref("Laos"), "context")
d.top("Cambodia", ref("Cambodia"), "context")
d.top("Ethiopia", ref("Ethiopia"), "context")
d.top("Uhuru Park", own("Uhuru Park", "KE", "Nairobi", "site", -1.2889, 36.8165, 2, "park in central Nairobi"), "context")
ke = d.top("Kenya", ref("Kenya"), "event")
d.top("Kasarani", own("Moi International Sports Centre, Kasarani", "KE", "Nairobi", "site", -1.2217, 36.8924, 3,
                      "stadium in Kasarani, Nairobi"), "offtopic")
d.non("Kakamega Homeboyz", "KE")
d.top("Kisumu", own("Kisumu", "KE", "Kisumu", "town", -0.0917, 34.768, 10, "city centre"), "offtopic")
d.non("Kisumu All Stars", "KE")
d.top("Moi Stadium", own("Moi Stadium, Kisumu", "KE", "Kisumu", "site", -0.0930, 34.7600, 5, "stadium in Kisumu, rough"), "offtopic")

d.ev("rescue", mwd, 2, "2025-03-11", "month",
     "the ministry said on Tuesday 78 Kenyans had been rescued from scam compounds around Myawaddy since releases began in mid-February",
     people={"rescued": 78}, nat={"KE": 78})
d.ev("deportation", bkk, 1, "2025-03-11", "month", "41 of the 78 had already returned home on flights from Bangkok",
     people={"deported": 41}, nat={"KE": 41})
d.ev("deportation", bkk, 1, "2025-02-27", "day", "the first group of 23 landed at JKIA on February 27 (flights from Bangkok)",
     people={"deported": 23}, nat={"KE": 23})
d.ev("deportation", bkk, 1, "2025-03-08", "day", "a second group of 18 arrived on Saturday (flights from Bangkok)",
     people={"deported": 18}, nat={"KE": 18})
d.ev("rescue", mwd, 2, "2025-02-12", "day",
     "the Karen BGF handed about 260 people from some 20 countries, including Kenyans, Ethiopians, Ugandans and Tanzanians, to Thai officials on February 12",
     people={"rescued": 260}, nat={"KE": None, "ET": None, "UG": None, "TZ": None})
d.ev("policy", mwd, 2, None, "unknown", "Thailand had cut power and fuel supplies to the area (Myawaddy) before the first large release")
d.ev("abuse", kk, 1, None, "unknown",
     "a 26-year-old from Kakamega held seven months at the 'KK' compound: 16-hour shifts, beatings and electric shocks for missed targets, colleagues sold for $5,000, told he owed them",
     people={"victims": 1}, nat={"KE": 1})
d.ev("policy", ke, 4, "2025-03-10", "day",
     "on Monday the Labour CS suspended the licences of 15 recruitment agencies and ordered an audit of all agencies within 30 days")
d.ev("policy", ke, 4, "2025-03-11", "day",
     "the foreign ministry on Tuesday issued an advisory warning Kenyans against jobs in Thailand, Myanmar, Laos and Cambodia advertised on social media")
d.ev("deportation", mwd, 2, "2025-03-05", "week",
     "Ethiopia's foreign ministry said last week it had brought home 120 citizens freed from compounds around Myawaddy",
     people={"deported": 120}, nat={"ET": 120})
d.ev("abuse", mwd, 2, "2025-03-05", "week",
     "Ethiopia said an estimated 1,000 more of its citizens were still held in compounds around Myawaddy",
     people={"victims": 1000}, nat={"ET": 1000})
d.write()
