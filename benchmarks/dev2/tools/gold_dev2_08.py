from gl import Doc, ref, own
d = Doc("dev2-08.txt", "2026-03-18")
d.non("Malaysians", "MY")
kh = d.top("Cambodia", ref("Cambodia"), "event")
d.top("KUALA LUMPUR", own("Kuala Lumpur", "MY", "Kuala Lumpur", "town", 3.139, 101.6869, 15, "city centre"), "dateline")
klia = d.top("KLIA", own("Kuala Lumpur International Airport", "MY", "Selangor", "site", 2.7456, 101.7072, 4,
             "KLIA terminal 1 at Sepang"), "event")
d.top("Phnom Penh", ref("Phnom Penh"), "event")
tia = d.top("Techo International Airport", own("Techo International Airport", "KH", "Kandal", "site", 11.35, 104.88, 10,
            "new Phnom Penh airport ~20 km south of the city, on the Kandal-Takeo line; position rough"), "event")
d.non("Wisma Putra", "MY")
d.non("Cambodian", "KH")
osm = d.top("O'Smach", ref("O'Smach"), "event")
d.top("Oddar Meanchey", ref("Oddar Meanchey"), "event")
bav = d.top("Bavet", ref("Bavet"), "event")
d.top("Svay Rieng", ref("Svay Rieng"), "event")
mm = d.top("Myanmar", ref("Myanmar"), "event")
mwd = d.top("Myawaddy", ref("Myawaddy"), "event")
la = d.top("Laos", ref("Laos"), "event")
d.top("Thailand", ref("Thailand"), "context")
d.top("Malaysia", ref("Malaysia"), "context")
d.top("Bangkok", ref("Bangkok"), "context")
d.top("Mekong region", own("Greater Mekong region", None, None, "region", 17.0, 103.0, 1000, "rough region centre"), "context")
d.non("Thai", "TH")
gt = d.top("Golden Triangle Special Economic Zone", ref("Golden Triangle SEZ"), "event")
d.non("US", "US")
d.top("Johor Bahru", own("Johor Bahru", "MY", "Johor", "town", 1.4927, 103.7414, 10, "city centre"), "context")
shv = d.top("Sihanoukville", ref("Sihanoukville"), "event")
d.top("Kelantan", own("Kelantan", "MY", "Kelantan", "province", 5.3, 102.0, 80, "rough state centre"), "offtopic")
d.top("Penang", own("Penang", "MY", "Penang", "province", 5.4, 100.3, 30, "rough state centre"), "offtopic")

d.ev("deportation", tia, 1, "2026-03-17", "day",
     "64 Malaysians (49 men, 15 women; initially announced as 66) flew home on Tuesday night on a charter from Phnom Penh's Techo International Airport to KLIA",
     people={"deported": 64}, nat={"MY": 64})
d.ev("raid", osm, 1, "2026-02-01", "month", "police raided compounds in O'Smach, Oddar Meanchey, in late February")
d.ev("raid", bav, 1, "2026-02-01", "month", "police raided compounds in Bavet, Svay Rieng, in late February")
d.ev("raid", kh, 4, "2026-02-01", "month", "Cambodian police said more than 2,300 foreigners were detained in the O'Smach and Bavet operations",
     people={"detained": 2300})
d.ev("abuse", mwd, 2, "2026-03-18", "week", "Wisma Putra said on Wednesday 11 Malaysians are believed held against their will in Myanmar's Myawaddy area",
     people={"victims": 11}, nat={"MY": 11})
d.ev("policy", klia, 1, "2026-01-01", "month",
     "since January immigration officers at KLIA question Malaysians flying to Cambodia, Myanmar, Laos and Thailand on one-way tickets")
d.ev("policy", ref("Phnom Penh"), 1, "2026-03-05", "day",
     "Malaysia and Cambodia signed an MoU on combating trafficking and online fraud in Phnom Penh on March 5")
d.ev("compound_report", kh, 4, "2026-03-16", "day",
     "UNODC report released Monday counted some 120,000 workers in at least 260 sites in Cambodia")
d.ev("compound_report", mm, 4, "2026-03-16", "day", "UNODC report put the figure in Myanmar at 75,000, nearly half along the Thai border")
d.ev("compound_report", la, 4, "2026-03-16", "day", "UNODC report put the figure in Laos at about 20,000")
d.ev("compound_report", gt, 1, "2026-03-16", "day", "most of the Laos scam workers are in the Golden Triangle SEZ, according to the UNODC report")
d.ev("abuse", kh, 4, "2025-01-01", "year", "the report documented 14 abuse-linked deaths in compounds in Cambodia in 2025",
     people={"victims": 14})
d.ev("abuse", mm, 4, "2025-01-01", "year", "the report documented nine abuse-linked deaths in compounds in Myanmar in 2025",
     people={"victims": 9})
d.ev("abuse", shv, 1, "2025-01-01", "year", "a returnee from Johor Bahru said he was sold last year, first from a compound in Sihanoukville",
     people={"victims": 1}, nat={"MY": 1})
d.ev("abuse", bav, 1, "2025-01-01", "year", "he was then sold to a compound in Bavet, where his 'debt' rose from RM8,000 to RM30,000",
     people={"victims": 1}, nat={"MY": 1})
d.write()
