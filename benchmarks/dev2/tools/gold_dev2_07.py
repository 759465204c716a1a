from gl import Doc, ref, own
d = Doc("dev2-07.txt", "2024-08-28")
la = d.top("Laos", ref("Laos"), "event")
cn = d.top("China", ref("China"), "event")
d.non("Chinese", "CN")
d.non("Huaxia", None)          # editor's byline pseudonym (also an old name for China)
d.non("Xinhua", None)
d.top("VIENTIANE", own("Vientiane", "LA", "Vientiane Prefecture", "town", 17.9757, 102.6331, 15, "city centre"), "dateline")
gt = d.top("Golden Triangle Special Economic Zone", ref("Golden Triangle SEZ"), "event")
d.top("GTSEZ", ref("Golden Triangle SEZ"), "event")
bka = d.top("Bokeo International Airport", own("Bokeo International Airport", "LA", "Bokeo", "site", 20.30, 100.07, 12,
            "airport in Ton Pheung district serving the Golden Triangle SEZ, position rough"), "event")
d.top("Kunming", own("Kunming", "CN", "Yunnan", "town", 25.0389, 102.7183, 20, "city centre"), "context")
d.top("Nanning", own("Nanning", "CN", "Guangxi", "town", 22.817, 108.3669, 20, "city centre"), "context")
d.top("Yunnan", own("Yunnan", "CN", "Yunnan", "province", 25.0, 101.5, 300, "rough province centre"), "context")
d.top("Guangxi Zhuang Autonomous Region", own("Guangxi", "CN", "Guangxi", "province", 23.8, 108.8, 300,
      "rough region centre"), "context")
d.top("Myanmar", ref("Myanmar"), "context")     # also once as a nationality ("41 are Myanmar nationals")
d.top("Thailand", ref("Thailand"), "context")
d.top("Ton Pheung district", ref("Ton Pheung"), "event")
d.top("Bokeo province", ref("Bokeo"), "event")
d.top("Bokeo", ref("Bokeo"), "context")
d.top("Mekong River", own("Mekong River", None, None, "region", 20.30, 100.10, 50,
      "river point at the Golden Triangle; the river is ~4,900 km long"), "context")
d.top("Mekong", own("Mekong River", None, None, "region", 20.35, 100.05, 50,
      "river point between the SEZ and Tachileik"), "context")
d.top("Mekong region", own("Greater Mekong region", None, None, "region", 17.0, 103.0, 1000, "rough region centre"), "context")
d.non("Lao", "LA")
for w, c in [("Vietnamese", "VN"), ("Indonesians", "ID"), ("Indians", "IN"), ("Pakistanis", "PK"), ("Indian", "IN")]:
    d.non(w, c)
kr = d.top("Kings Romans casino", ref("Kings Romans Casino"), "event")
tcl = d.top("Tachileik", ref("Tachileik"), "event")
nmm = d.top("northern Myanmar", own("northern Myanmar (Shan State north)", "MM", "Shan State", "region", 23.0, 97.8, 300,
            "rough region point, northern Shan State / Kokang"), "event")
d.top("Cambodia", ref("Cambodia"), "context")
d.top("Beibu Gulf", own("Beibu Gulf (Gulf of Tonkin) port, Guangxi", "CN", "Guangxi", "region", 21.5, 108.5, 150,
      "rough gulf coast point"), "offtopic")
d.top("Hainan", own("Hainan", "CN", "Hainan", "province", 19.2, 109.7, 150, "rough island centre"), "offtopic")
d.top("Luang Prabang", own("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10, "town centre"), "offtopic")

d.ev("deportation", bka, 1, "2024-08-27", "day",
     "412 Chinese fraud suspects were escorted back to China on Tuesday on three MPS charter flights from Bokeo International Airport to Kunming and Nanning",
     people={"deported": 412}, nat={"CN": 412})
d.ev("raid", gt, 1, "2024-08-10", "month",
     "since Aug. 10 joint Lao-Chinese-Myanmar-Thai operations in the GTSEZ detained 771 (612 Chinese, 95 Vietnamese, 41 Myanmar, 23 Indonesians), freed 48 incl. 20 Indians and 14 Pakistanis, seized 3,140 computers, 4,800+ phones, 12 vehicles, ~2.3m yuan",
     people={"detained": 771, "rescued": 48},
     nat={"CN": 612, "VN": 95, "MM": 41, "ID": 23, "IN": 20, "PK": 14},
     seized={"computers": 3140, "phones": 4800, "vehicles": 12, "cash_cny": 2300000})
d.ev("abuse", gt, 1, None, "unknown", "some of the 48 freed had been beaten and had their passports confiscated by their employers")
d.ev("abuse", kr, 2, None, "unknown",
     "an Indian man said he was held for four months in a building near the Kings Romans casino and not paid after his first week",
     people={"victims": 1}, nat={"IN": 1})
d.ev("policy", gt, 1, "2024-08-01", "month",
     "earlier this month the Lao government ordered illegal businesses in the zone to close and foreign workers without permits to leave by Aug. 31")
d.ev("deportation", la, 4, "2024-08-27", "year",
     "Lao police have handed over more than 1,800 Chinese fraud suspects to China since the beginning of the year",
     people={"deported": 1800}, nat={"CN": 1800})
d.ev("compound_report", tcl, 1, "2024-08-27", "day",
     "a Bokeo police official said on Tuesday some groups were believed to have moved across the Mekong to Tachileik")
d.ev("policy", cn, 4, "2023-01-01", "year",
     "MPS campaign launched in 2023 against telecom fraud gangs operating from northern Myanmar and the Mekong region")
d.ev("deportation", nmm, 3, "2023-01-01", "year",
     "return of tens of thousands of suspects from northern Myanmar in late 2023")
d.write()
