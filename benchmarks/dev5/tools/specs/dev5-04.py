import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

psih = P("Preah Sihanouk", "province")
kampot = P("Kampot", "province")
kohkong = P("Koh Kong", "province")
odd = P("Oddar Meanchey", "province")
shv = P("Sihanoukville", "town")
sangkat4 = OWN("Sangkat 4 (Sangkat Lekh Buon), Sihanoukville", "KH", "Preah Sihanouk", "commune",
               10.6127, 103.5397, 5,
               "own-knowledge (Sangkat 4 = Sangkat Lekh Buon; point = village-point mean given in the places.csv Jin Bei 4 row)")
ochheuteal = OWN("Ochheuteal Beach", "KH", "Preah Sihanouk", "site", 10.597, 103.535, 3, "own-knowledge")
bokor = P("Bokor", "town")
kirisakor = OWN("Kiri Sakor", "KH", "Koh Kong", "district", 11.0, 103.3, 25, "own-knowledge (district containing Dara Sakor; rough centre)")
osmach = P("O'Smach", "town")
pp = AS(P("Phnom Penh", "province"), level="town")
cambodia = P("Cambodia", "country")
us = OWN("United States", "US", None, "country", 39.8283, -98.5795, 1500, "own-knowledge:country-centroid")
britain = OWN("United Kingdom", "GB", None, "country", 54.0, -2.5, 500, "own-knowledge:country-centroid")

toponyms = [
    T("Preah Sihanouk", psih, "event"),
    T("Kampot", kampot, "event"),
    T("Koh Kong", kohkong, "event"),
    T("Oddar Meanchey", odd, "event"),
    T("Sihanoukville", shv, "event"),
    T("Sangkat 4", sangkat4, "event"),
    T("Ochheuteal", ochheuteal, "event"),
    T("Bokor Mountain", bokor, "event", level="site"),
    T("Kiri Sakor", kirisakor, "event"),
    T("O'Smach", osmach, "event"),
    T("Phnom Penh", pp, "event"),
    T("Cambodia", cambodia, "event"),
    T("United States", us, "context"),
    T("Britain", britain, "context"),
    T("South Korea", P("South Korea", "country"), "context"),
    T("Siem Reap", P("Siem Reap", "town"), "offtopic"),
    T("Kampong Cham", P("Kampong Cham", "province"), "offtopic"),
    T("China", P("China", "country"), "offtopic"),
    T("Kep", P("Kep", "province"), "offtopic"),
    N("Cambodian", "KH"), N("Chinese", "CN"), N("Indonesians", "ID"), N("Vietnamese", "VN"),
    N("Myanmar", "MM"), N("Thais", "TH"), N("Thai", "TH"), N("Indonesian", "ID"),
    N("Korean", "KR"), N("Khmer", "KH"),
]

events = [
    E("raid", sangkat4, 1, "2025-11-17", "day",
      "Monday raid on a seven-building compound near Ochheuteal beach in Sihanoukville's Sangkat 4: 412 foreigners detained (210 Chinese, 96 Indonesians, 58 Vietnamese, 31 Myanmar, 17 Thais); 2,300 phones, 640 computers, 158 laptops, 96 passports seized",
      people={"detained": 412}, nat={"CN": 210, "ID": 96, "VN": 58, "MM": 31, "TH": 17},
      seized={"phones": 2300, "computers": 640, "laptops": 158, "passports": 96}),
    E("raid", bokor, 1, "2025-11-18", "day",
      "Kampot police on Tuesday raided a resort on Bokor Mountain and detained 86 people including 64 Chinese",
      people={"detained": 86}, nat={"CN": 64}),
    E("raid", kirisakor, 2, "2025-11-19", "day",
      "raid on Wednesday on a building in Kiri Sakor district, Koh Kong: 133 foreigners arrested, three handguns and a taser found",
      people={"arrested": 133}, seized={"firearms": 3, "tasers": 1}),
    E("rescue", osmach, 1, "2025-11-16", "day",
      "Oddar Meanchey police rescued 47 Thai nationals from a casino in O'Smach on Sunday",
      people={"rescued": 47}, nat={"TH": 47}),
    E("deportation", osmach, 1, "2025-11-17", "day",
      "the 47 Thais were handed over to Thai authorities at the O'Smach international border checkpoint the next day (Monday)",
      people={"deported": 47}, nat={"TH": 47}),
    E("raid", odd, 3, "2025-11-17", "week",
      "another 471 people, mostly Chinese and Indonesian, were detained across Oddar Meanchey province during the week",
      people={"detained": 471}, nat={"CN": None, "ID": None}),
    E("raid", cambodia, 4, "2025-11-19", "year",
      "commission said yesterday that since the campaign started in July 2,316 locations were inspected and 6,842 suspects from 27 countries detained",
      people={"detained": 6842}),
    E("deportation", cambodia, 4, "2025-11-19", "year",
      "of the 6,842 detained since July, 4,109 have already been deported",
      people={"deported": 4109}),
    E("policy", cambodia, 4, "2025-10-28", "day",
      "PM Hun Manet's Oct 28 order told provincial governors to clear scam operations by year end or be removed"),
    E("policy", pp, 1, "2025-11-03", "day",
      "the Ministry of Justice announced on Nov 3 a special court unit in Phnom Penh for online scam cases"),
    E("abuse", kampot, 3, "2025-08-01", "month",
      "death of a Korean student in Kampot province in August, over which South Korea pressed Phnom Penh",
      people={"victims": 1}, nat={"KR": 1}),
]
write_gold("dev5-04", "2025-11-20", toponyms, events)
