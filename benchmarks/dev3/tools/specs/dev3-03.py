import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

kh = P("Cambodia", "country"); kr = P("South Korea", "country")
bokor = P("Bokor", "town"); bavet = P("Bavet", "town"); poipet = P("Poipet", "town")
kampot_prov = P("Kampot", "province"); kampot_town = P("Kampot", "town")
pp = AS(P("Phnom Penh", "province"), level="town")
shv = P("Sihanoukville", "town")
s4 = AS(P("Jin Bei 4", "compound"), place="Sangkat Lekh Buon (Commune 4), Sihanoukville",
        level="commune", tolerance_km=4.0)
seoul = OWN("Seoul", "KR", "Seoul", "town", 37.5665, 126.9780, 15, "own-knowledge (city centre)")
yecheon = OWN("Yecheon", "KR", "North Gyeongsang", "town", 36.6577, 128.4530, 10, "own-knowledge (county seat)")
ngs = OWN("North Gyeongsang Province", "KR", "North Gyeongsang", "province", 36.35, 128.75, 80,
          "own-knowledge (province centre)")
icn = OWN("Incheon International Airport", "KR", "Incheon", "site", 37.4602, 126.4407, 3, "own-knowledge (passenger terminal)")
busan = OWN("Busan", "KR", "Busan", "town", 35.1796, 129.0756, 15, "own-knowledge (city centre)")
jeju = OWN("Jeju", "KR", "Jeju", "town", 33.4996, 126.5312, 30, "own-knowledge (Jeju City; the island is ~70 km wide)")

top = [
    T("Seoul", seoul, "context"),
    T("Bokor", bokor, "event"),
    T("Bavet", bavet, "event"),
    T("Poipet", poipet, "event"),
    N("Koreans", "KR"),
    N("South Koreans", "KR"),
    T("South Korea", kr, "event"),
    T("Cambodia", kh, "event"),
    N("Korean", "KR"),
    T("Bokor mountain", bokor, "event"),
    T("Kampot province", kampot_prov, "event"),
    N("Cambodian", "KH"),
    T("Yecheon", yecheon, "context"),
    T("North Gyeongsang Province", ngs, "context"),
    T("Kampot", kampot_prov, "context"),
    N("Chinese", "CN"),
    T("Phnom Penh", pp, "event"),
    T("Sihanoukville", shv, "event"),
    T("Sangkat 4", s4, "event"),
    N("Korean Air", "KR"),
    T("Kampot town", kampot_town, "event"),
    T("Incheon International Airport", icn, "context"),
    T("Korea", kr, "context"),
    T("Busan", busan, "offtopic"),
    T("Jeju", jeju, "offtopic"),
]
ev = [
    E("policy", bokor, 1, "2025-10-16", "day",
      "Level 4 travel alert (ban) for Bokor mountain in Kampot province, effective from midnight Thursday; passports can be revoked",),
    E("policy", bavet, 1, "2025-10-16", "day", "Level 4 travel ban for the border city of Bavet"),
    E("policy", poipet, 1, "2025-10-16", "day", "Level 4 travel ban for the border city of Poipet"),
    E("policy", kr, 4, "2025-10-15", "day",
      "a day before the ban the presidential office launched a pan-government task force on Koreans held in Cambodian compounds"),
    E("abuse", bokor, 2, "2025-08-01", "month",
      "a Korean student was found dead in a pickup truck near Bokor mountain in early August, body showed signs of severe beatings",
      people={"victims": 1}, nat={"KR": 1}),
    E("raid", s4, 1, "2025-09-27", "day",
      "police detained 181 foreigners, among them 64 South Koreans and 97 Chinese, in a raid on a high-rise compound in Sihanoukville's Sangkat 4 on Sept. 27",
      people={"detained": 181}, nat={"KR": 64, "CN": 97}),
    E("abuse", kampot_town, 1, "2025-10-09", "week",
      "15 Koreans had been locked in a villa in Kampot town",
      people={"victims": 15}, nat={"KR": 15}),
    E("rescue", kampot_town, 1, "2025-10-09", "week",
      "15 Koreans locked in a villa in Kampot town were rescued by Cambodian police last week",
      people={"rescued": 15}, nat={"KR": 15}),
    E("deportation", pp, 1, "2025-10-14", "day",
      "the 15 landed at Incheon on Tuesday on a commercial flight from Phnom Penh (repatriation)",
      people={"deported": 15}, nat={"KR": 15}),
    E("policy", kh, 4, "2025-10-14", "day",
      "in Phnom Penh on Tuesday Cambodia's interior ministry and Korea's police agency agreed a joint task force and signed an MoU; a Korean desk of police officers to be posted in Phnom Penh"),
    E("abuse", kh, 4, "2023-01-01", "year",
      "21 Koreans reported missing or confined in Cambodia in 2023",
      people={"victims": 21}, nat={"KR": 21}),
    E("abuse", kh, 4, "2025-01-01", "year",
      "220 Koreans reported missing or confined in Cambodia in the first eight months of this year",
      people={"victims": 220}, nat={"KR": 220}),
]
write_gold("dev3-03", "2025-10-16", top, ev)
