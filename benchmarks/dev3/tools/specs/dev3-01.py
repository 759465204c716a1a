import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

pp = P("Phnom Penh", "province")
pp_town = AS(pp, level="town")
meanchey = P("Meanchey", "district")
cal = OWN("Chak Angre Leu", "KH", "Phnom Penh", "commune", 11.51, 104.925, 4,
          "own-knowledge (sangkat of Khan Meanchey on the west bank of the Bassac, south of Monivong bridge)")
street = AS(cal, place="Street 369, Phum 4, Chak Angre Leu", level="site",
            coord_source="own-knowledge (street and village not located; Chak Angre Leu sangkat point)")
kampot_prov = P("Kampot", "province")
teuk = OWN("Teuk Chhou", "KH", "Kampot", "district", 10.68, 104.15, 20,
           "own-knowledge (Tuek Chhou district of Kampot, around the Teuk Chhou rapids north of Kampot town)")
kh = P("Cambodia", "country")

top = [
    T("PHNOM PENH", pp_town, "dateline"),
    T("Sangkat Chak Angre Leu", cal, "event"),
    T("Khan Meanchey", meanchey, "event"),
    T("Meanchey", meanchey, "event"),
    T("Street 369", street, "event"),
    T("Phum 4", AS(street, place="Phum 4 (village), Chak Angre Leu"), "event"),
    T("Kampot province", kampot_prov, "event"),
    T("Teuk Chhou district", teuk, "event"),
    N("Khmer Times", "KH"),
    N("Phnom Penh Municipal Police", "KH"),
    N("Chinese", "CN"), N("Vietnamese", "VN"), N("Indonesian", "ID"),
    N("Cambodians", "KH"), N("Khmer", "KH"),
    T("Siem Reap", P("Siem Reap", "town"), "offtopic"),
    T("Kep", P("Kep", "province"), "offtopic"),
    T("Battambang", P("Battambang", "town"), "offtopic"),
]
ev = [
    E("raid", cal, 1, "2024-03-12", "day",
      "municipal police raided a five-storey building in Sangkat Chak Angre Leu, Khan Meanchey on Tuesday night; 64 foreigners detained (41 Chinese, 15 Vietnamese, five Indonesian, three Cambodians), 11 people taken out; corrected from 58; items seized",
      people={"detained": 64, "rescued": 11},
      nat={"CN": 41, "VN": 15, "ID": 5, "KH": 3},
      seized={"phones": 312, "laptops": 47, "computers": 18, "sim_cards": 2600,
              "cash_usd": 12400, "cash_khr": 3800000, "guns": 2, "ammunition": 40,
              "cars": 3, "motorbikes": 5}),
    E("abuse", cal, 1, "2024-03-12", "day",
      "11 people found behind locked doors on the top floor said their passports had been taken and they were not allowed to leave (confinement, forced work)",
      people={"victims": 11}),
    E("policy", kh, 4, "2024-01-01", "month",
      "in January the interior minister ordered police in every province to inspect buildings rented by foreign companies"),
    E("raid", teuk, 2, "2024-02-01", "month",
      "in February officers in Kampot province searched a riverside resort in Teuk Chhou district and detained 23 people, most of them Chinese",
      people={"detained": 23}, nat={"CN": None}),
]
write_gold("dev3-01", "2024-03-14", top, ev)
