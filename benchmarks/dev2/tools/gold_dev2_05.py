from gl import Doc, ref, own
d = Doc("dev2-05.txt", "2024-07-26")
pasay = d.top("Pasay City", ref("Pasay"), "event")
d.non("Philippine Daily Inquirer", "PH")
d.non("Philippine", "PH")
d.non("Philippine Amusement and Gaming Corp.", "PH")
d.top("MANILA", own("Manila", "PH", "Metro Manila", "town", 14.5995, 120.9842, 10, "city centre"), "dateline")
ph = d.top("Philippines", ref("Philippines"), "event")
d.top("Macapagal Boulevard", dict(ref("Pasay"), place="Macapagal Boulevard, Pasay", level="site",
      coord_source="reference/places.csv (geonames:1694611), Pasay town point; the boulevard runs through west Pasay"), "event")
for w, c in [("Chinese", "CN"), ("Vietnamese", "VN"), ("Malaysians", "MY"), ("Indonesians", "ID"),
             ("Filipinos", "PH"), ("Myanmar", "MM")]:
    d.non(w, c)
bam = d.top("Bamban", ref("Bamban"), "event")
d.top("Tarlac", ref("Tarlac"), "event")
naia = d.top("Ninoy Aquino International Airport Terminal 1",
             own("NAIA Terminal 1", "PH", "Metro Manila", "site", 14.5086, 121.0194, 3,
                 "terminal building on the Pasay/Paranaque line"), "event")
d.top("Guangzhou", own("Guangzhou", "CN", "Guangdong", "town", 23.1291, 113.2644, 20, "city centre"), "context")
por = d.top("Porac", ref("Porac"), "event")
d.top("Pampanga", own("Pampanga", "PH", "Pampanga", "province", 15.08, 120.66, 40, "rough province centre"), "event")
d.top("Metro Manila", own("Metro Manila", "PH", "Metro Manila", "region", 14.6, 121.0, 30, "region centre"), "context")
d.top("Cambodia", ref("Cambodia"), "context")
d.top("Laos", ref("Laos"), "context")
d.top("Marikina", own("Marikina", "PH", "Metro Manila", "town", 14.6507, 121.1029, 5, "city centre"), "offtopic")
d.top("Valenzuela", own("Valenzuela", "PH", "Metro Manila", "town", 14.7011, 120.983, 5, "city centre"), "offtopic")
d.non("Gilas Pilipinas", "PH")
d.top("Riga", own("Riga", "LV", "Riga", "town", 56.9496, 24.1052, 10, "city centre"), "offtopic")
d.top("Pasig", own("Pasig", "PH", "Metro Manila", "town", 14.5764, 121.0851, 5, "city centre"), "offtopic")

d.ev("raid", pasay, 1, "2024-07-24", "day",
     "PAOCC raided an 11-storey building on Macapagal Boulevard, Pasay City, late Wednesday, arresting 199 (134 Chinese, 18 Vietnamese, 5 Malaysians, 4 Indonesians, 38 Filipinos), finding 9 Myanmar victims, seizing ~900 phones, 312 laptops, 8 firearms, P2.4m",
     people={"arrested": 199, "rescued": 9},
     nat={"CN": 134, "VN": 18, "MY": 5, "ID": 4, "PH": 38, "MM": 9},
     seized={"phones": 900, "laptops": 312, "guns": 8, "cash_php": 2400000})
d.ev("abuse", pasay, 1, "2024-04-01", "month",
     "the nine Myanmar nationals had been locked inside the building since April and fined 5,000 yuan whenever they asked to resign",
     people={"victims": 9}, nat={"MM": 9})
d.ev("policy", ph, 4, "2024-07-22", "day", "in his SONA on Monday Marcos banned all Pogo operations and told Pagcor to wind down licensed operators by year end")
d.ev("policy", ph, 4, "2024-06-01", "month", "Pagcor had revoked the licenses of 19 service providers in June")
d.ev("policy", ph, 4, "2024-07-24", "day", "on Wednesday the BI gave foreign Pogo workers 60 days to downgrade their visas and leave or face deportation")
d.ev("deportation", naia, 1, "2024-07-25", "day",
     "on Thursday the BI deported 43 Chinese arrested in the Bamban raid, flown out of NAIA Terminal 1 to Guangzhou",
     people={"deported": 43}, nat={"CN": 43})
d.ev("raid", bam, 1, "2024-03-13", "day",
     "the Mar. 13 raid on a compound behind Bamban's municipal hall rescued more than 800 workers, among them Filipinos, Chinese, Vietnamese and Malaysians",
     people={"rescued": 800}, nat={"PH": None, "CN": None, "VN": None, "MY": None})
d.ev("raid", por, 1, "2024-06-04", "day", "a hub in Porac, Pampanga, was raided on June 4; some 150 foreign workers were held",
     people={"detained": 150})
d.ev("abuse", por, 1, None, "unknown",
     "police found a room at the Porac hub with handcuffs and a stun gun that workers said was used to punish those who missed quotas")
d.write()
