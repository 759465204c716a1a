from gl import Doc, ref, own
d = Doc("dev2-02.txt", "2021-09-16")
s4pt = dict(lat=10.6127, lon=103.5397)   # Sangkat Lekh Buon mean village point (places.csv, Jin Bei 4 row)
s3pt = dict(lat=10.629, lon=103.511)     # Sangkat Lekh Bei mean village point (places.csv, Great Wall Park row)
src4 = "reference/places.csv (village-points:TTC (Sangkat Lekh Buon), point of the Jin Bei 4 row)"
src3 = "reference/places.csv (village-points:TTC (Sangkat Lekh Bei), point of the Great Wall Park row)"
def L(place, level, pt, tol, src, admin1="Preah Sihanouk"):
    return dict(place=place, country="KH", admin1=admin1, level=level, tolerance_km=tol, coord_source=src, **pt)

d.top("Sihanoukville", ref("Sihanoukville"), "event")
d.non("Thai", "TH")
d.non("Khmer Times", "KH")
d.non("US", "US")   # in "US$..."
d.top("Preah Sihanouk", ref("Preah Sihanouk"), "event")
d.top("Phum 2", L("Phum 2, Sangkat 4 (Lekh Buon)", "site", s4pt, 4, src4 + "; village not located, sangkat point"), "event")
d.top("Sangkat 4", L("Sangkat Lekh Buon (Sangkat 4)", "commune", s4pt, 4, src4), "event")
d.top("Krong Preah Sihanouk", ref("Sihanoukville"), "event")
glb = d.top("Golden Lotus Building", L("Golden Lotus Building (invented name), Sangkat 4", "site", s4pt, 4,
                                       src4 + "; building not located, sangkat point"), "event")
for w, c in [("Chinese", "CN"), ("Vietnamese", "VN"), ("Indonesian", "ID"), ("Indonesians", "ID"),
             ("Malaysian", "MY"), ("Cambodian", "KH")]:
    d.non(w, c)
kh = d.top("Cambodia", ref("Cambodia"), "event")
d.top("Cham Yeam", ref("Cham Yeam"), "context")
s3 = d.top("Sangkat 3", L("Sangkat Lekh Bei (Sangkat 3)", "commune", s3pt, 4, src3), "event")
pnh_air = d.top("Phnom Penh International Airport", own("Phnom Penh International Airport", "KH", "Phnom Penh", "site",
                11.5466, 104.8441, 3, "Pochentong airport, Por Sen Chey"), "event")
d.top("Phnom Penh", ref("Phnom Penh"), "event")
cal = d.top("Sangkat Chak Angre Leu", own("Chak Angre Leu", "KH", "Phnom Penh", "commune", 11.515, 104.93, 3,
            "sangkat on the Bassac in Khan Meanchey, position estimated"), "event")
d.top("Khan Meanchey", ref("Meanchey"), "event")
d.top("Kampot", ref("Kampot", "province"), "offtopic")
d.top("Siem Reap", ref("Siem Reap", "province"), "offtopic")
d.top("Battambang", ref("Battambang", "province"), "offtopic")
d.top("Battambang city", ref("Battambang", "town"), "offtopic")
d.top("Sangkat Svay Por", own("Svay Por", "KH", "Battambang", "commune", 13.10, 103.20, 4,
      "central sangkat of Battambang city"), "offtopic")
d.top("Thailand", ref("Thailand"), "offtopic")
d.top("Kamrieng", own("Kamrieng District", "KH", "Battambang", "district", 13.08, 102.50, 25,
      "district on the Thai border west of Battambang, rough"), "offtopic")

d.ev("raid", glb, 1, "2021-09-14", "day",
     "provincial police on Tuesday raided the five-storey Golden Lotus Building in Phum 2, Sangkat 4, detaining 84 foreigners (61 Chinese, 14 Vietnamese, 6 Indonesian, 3 Malaysian; first reported as 86) and freeing 11 Thai women; seized 219 phones, 97 desktops, ~1,400 SIMs, $12,300 and 45m riel, 2 pistols, 4 cars",
     people={"detained": 84, "rescued": 11}, nat={"CN": 61, "VN": 14, "ID": 6, "MY": 3, "TH": 11},
     seized={"phones": 219, "computers": 97, "sim_cards": 1400, "cash_usd": 12300, "cash_khr": 45000000,
             "guns": 2, "vehicles": 4})
d.ev("abuse", glb, 1, "2021-07-01", "month",
     "the 11 Thai women had been kept in rooms on the fourth floor since July, passports taken, two slapped and kicked by a supervisor",
     people={"victims": 11}, nat={"TH": 11})
d.ev("policy", ref("Preah Sihanouk"), 3, "2021-09-01", "day",
     "provincial administration notice dated 01/09/2021 ordered all landlords in the province to report foreign tenants within 15 days")
d.ev("policy", kh, 4, "2020-01-01", "day", "online gambling banned in Cambodia since January 1, 2020 following a directive by Hun Sen")
d.ev("raid", s3, 1, "2021-08-27", "day", "43 Chinese nationals arrested on Aug. 27 in a raid on a rented villa in Sangkat 3",
     people={"arrested": 43}, nat={"CN": 43})
d.ev("deportation", pnh_air, 1, "2021-09-08", "week",
     "last week the 43 Chinese arrested on Aug. 27 were deported on a chartered flight from Phnom Penh International Airport",
     people={"deported": 43}, nat={"CN": 43})
d.ev("raid", cal, 1, "2021-09-13", "day",
     "Phnom Penh police on Monday inspected a condominium in Sangkat Chak Angre Leu, Khan Meanchey, and found 27 Indonesians made to run scams, handed to their embassy",
     people={"rescued": 27}, nat={"ID": 27})
d.write()
