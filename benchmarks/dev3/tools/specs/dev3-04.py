import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

kh = P("Cambodia", "country"); ph = P("Philippines", "country"); tw = P("Taiwan", "country")
cn = P("China", "country"); jp = P("Japan", "country"); mm = P("Myanmar", "country"); la = P("Laos", "country")
osmach = P("O'Smach", "town")
lotus = AS(osmach, place="Royal Lotus casino complex (invented name), O'Smach", level="site",
           coord_source="reference/places.csv (geonames:11591267) O'Smach point; the casino itself is fictional")
omc = P("Oddar Meanchey", "province")
pasay = P("Pasay", "town")
pp = AS(P("Phnom Penh", "province"), level="town")
techo = OWN("Techo International Airport", "KH", "Kandal", "site", 11.362917, 104.916611, 5,
            "wikipedia:Techo_International_Airport (infobox point as seen in a mirror of an older revision; airport opened Sept 2025, ~20 km south of Phnom Penh; 2,600 ha site, hence 5 km)")
tpe = OWN("Taipei", "TW", "Taipei", "town", 25.0330, 121.5654, 15, "own-knowledge (city centre)")
tyn = OWN("Taoyuan International Airport", "TW", "Taoyuan", "site", 25.0777, 121.2328, 3, "own-knowledge (terminal area)")
khh_ap = OWN("Kaohsiung International Airport", "TW", "Kaohsiung", "site", 22.5771, 120.3500, 3, "own-knowledge (terminal area)")
khh = OWN("Kaohsiung", "TW", "Kaohsiung", "town", 22.6273, 120.3014, 15, "own-knowledge (city centre)")
tch = OWN("Taichung", "TW", "Taichung", "town", 24.1477, 120.6736, 15, "own-knowledge (city centre)")
gz = OWN("Guangzhou", "CN", "Guangdong", "town", 23.1291, 113.2644, 20, "own-knowledge (city centre)")
us = OWN("United States", "US", None, "country", 37.09024, -95.712891, 2000, "own-knowledge:country-centroid (Google DSPL countries table)")
manila = OWN("Manila", "PH", "Metro Manila", "town", 14.5995, 120.9842, 12, "own-knowledge (city centre)")
naia = OWN("Ninoy Aquino International Airport", "PH", "Metro Manila", "site", 14.5086, 121.0194, 3,
           "own-knowledge (airport on the Pasay/Paranaque line)")
hualien = OWN("Hualien", "TW", "Hualien", "town", 23.9872, 121.6016, 15, "own-knowledge (city centre)")
tainan = OWN("Tainan", "TW", "Tainan", "town", 22.9999, 120.2270, 15, "own-knowledge (city centre)")

top = [
    N("Taiwanese", "TW"),
    T("Cambodia", kh, "event"),
    T("Philippines", ph, "event"),
    T("Taipei", tpe, "dateline"),
    N("China Airlines", "TW"),
    T("Taoyuan International Airport", tyn, "context"),
    T("Techo International Airport", techo, "event"),
    T("Phnom Penh", pp, "context"),
    N("Cambodian", "KH"),
    T("Royal Lotus casino complex", lotus, "event"),
    T("O'Smach", osmach, "event"),
    N("Thai", "TH"),
    T("Oddar Meanchey province", omc, "event"),
    T("Taiwan", tw, "event"),
    T("Japan", jp, "context"),
    T("United States", us, "context"),
    N("Chinese", "CN"), N("Vietnamese", "VN"), N("Indonesians", "ID"),
    T("mainland China", cn, "context"),
    T("Guangzhou", gz, "context"),
    T("Kaohsiung International Airport", khh_ap, "context"),
    T("Manila", manila, "event"),
    T("Ninoy Aquino International Airport", naia, "event"),
    T("Pasay", pasay, "event"),
    N("Filipinos", "PH"), N("Philippine", "PH"),
    T("Kaohsiung", khh, "context"),
    T("Taichung", tch, "context"),
    T("Myanmar", mm, "context"),
    T("Laos", la, "context"),
    N("Focus Taiwan", "TW"),
    T("Hualien", hualien, "offtopic"),
    T("Tainan", tainan, "offtopic"),
]
ev = [
    E("deportation", techo, 1, "2026-02-11", "day",
      "58 Taiwanese (41 men, 17 women) left Techo International Airport outside Phnom Penh late on Wednesday on a chartered flight; 60 were announced, two kept back",
      people={"deported": 58}, nat={"TW": 58}),
    E("raid", lotus, 1, "2026-01-22", "day",
      "the 58 were among more than 400 people detained on Jan. 22 when Cambodian troops and police raided the Royal Lotus casino complex in O'Smach, Oddar Meanchey",
      people={"detained": 400}, nat={"TW": 58}),
    E("compound_report", lotus, 1, None, "unknown",
      "investigators believe the complex housed at least six fraud groups"),
    E("deportation", kh, 4, "2026-02-08", "week",
      "immigration department said on Wednesday it had deported 312 foreigners over the past week: 187 Chinese, 58 Taiwanese, 40 Vietnamese, 15 Indonesians, 12 from five other countries",
      people={"deported": 312}, nat={"CN": 187, "TW": 58, "VN": 40, "ID": 15}),
    E("deportation", kh, 4, "2025-04-01", "month",
      "last April 19 Taiwanese detained in Cambodia were put on a flight to Guangzhou",
      people={"deported": 19}, nat={"TW": 19}),
    E("deportation", naia, 1, "2026-02-10", "day",
      "21 Taiwanese deported from the Philippines arrived in Kaohsiung on Tuesday on a flight from Manila's Ninoy Aquino International Airport",
      people={"deported": 21}, nat={"TW": 21}),
    E("raid", pasay, 1, "2025-11-01", "month",
      "144 people arrested in November at a residential tower in Pasay used by an offshore gaming operator: 21 Taiwanese, 93 Chinese, 30 Filipinos",
      people={"arrested": 144}, nat={"TW": 21, "CN": 93, "PH": 30}),
    E("compound_report", pasay, 1, "2025-11-01", "month",
      "offshore gaming operator in a Pasay residential tower continued to run online scams"),
    E("policy", ph, 4, "2024-12-01", "month",
      "the Philippines banned offshore gaming operators at the end of 2024"),
    E("policy", tw, 4, "2025-07-01", "month",
      "amendments to the Fraud Crime Hazard Prevention Act passed by the Legislative Yuan last July: up to seven years in prison, assets can be frozen"),
]
write_gold("dev3-04", "2026-02-12", top, ev)
