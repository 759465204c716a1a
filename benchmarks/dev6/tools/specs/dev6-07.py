from _common import *
# The Diplomat, 2024-05-14 (Tuesday). Report released Monday = 05-13.
KH = P("Cambodia"); KANDAL = P("Kandal"); KSPEU = P("Kampong Speu"); PURSAT = P("Pursat")
THMORDA = P("Thmor Da SEZ"); BAVET = P("Bavet"); OSMACH = P("O'Smach")
SAANG = OWN("Sa'ang", "KH", "Kandal", "district", 11.30, 104.99, 25, "own-knowledge (S'ang district, rough centre)")
R = "2024-05-13"
top = [
    N("ASEAN", None),
    T("Cambodia", KH, "event"),
    T("Sihanoukville", P("Sihanoukville"), "context"),
    N("Mekong Labour Watch", None),
    T("Bangkok", P("Bangkok"), "context"),
    T("Phnom Penh", PP, "context"),
    T("Kandal", KANDAL, "event"),
    T("Kampong Speu", KSPEU, "event"),
    T("Pursat", PURSAT, "event"),
    T("Thailand", P("Thailand"), "context"),
    T("Vietnam", P("Vietnam"), "context"),
    T("Sa'ang", SAANG, "event"),
    T("Thmor Da Special Economic Zone", THMORDA, "event"),
    N("Thai", "TH"),
    T("Bavet", BAVET, "event"),
    T("Svay Rieng", P("Svay Rieng"), "event"),
    T("O'Smach", OSMACH, "event"),
    T("Oddar Meanchey", P("Oddar Meanchey"), "event"),
    N("Kenyan", "KE"), N("Ugandan", "UG"),
    N("Cambodian", "KH"),
    N("US", "US"),  # currency prefix US$
    T("Vientiane", OWN("Vientiane", "LA", "Vientiane Capital", "town", 17.9757, 102.6331, 10), "context"),
    T("Ho Chi Minh City", OWN("Ho Chi Minh City", "VN", "Ho Chi Minh City", "town", 10.8231, 106.6297, 20), "offtopic"),
    T("Timor-Leste", OWN("Timor-Leste", "TL", None, "country", -8.8742, 125.7275, 150), "offtopic"),
]
ev = [
    E("compound_report", KH, 4, R, "day",
      "report released Monday identifies at least 42 compounds across nine Cambodian provinces holding people against their will"),
    E("compound_report", KANDAL, 3, R, "day", "report names new compound sites in Kandal province"),
    E("compound_report", SAANG, 2, R, "day", "report describes several walled complexes in Kandal's Sa'ang district"),
    E("compound_report", KSPEU, 3, R, "day", "report names new compound sites in Kampong Speu province"),
    E("compound_report", PURSAT, 3, R, "day", "report names new compound sites in Pursat province"),
    E("compound_report", THMORDA, 1, R, "day", "a cluster of compound buildings in the Thmor Da Special Economic Zone in western Pursat"),
    E("compound_report", BAVET, 1, R, "day", "report describes compounds in the border town of Bavet"),
    E("compound_report", OSMACH, 1, R, "day", "report describes compounds in the border town of O'Smach"),
    E("abuse", BAVET, 1, "2023-01-01", "year",
      "a Kenyan woman held five months in a Bavet compound was tasered and sold to another company in late 2023",
      people={"victims": 1}, nat={"KE": 1}),
    E("abuse", OSMACH, 1, None, "unknown",
      "a Ugandan man was held eight months in an O'Smach compound where guards beat workers with pipes",
      people={"victims": 1}, nat={"UG": 1}),
    E("escape", OSMACH, 1, "2024-01-01", "month",
      "the Ugandan man escaped in January by motorbike to the border crossing and walked into Thailand",
      people={"escaped": 1}, nat={"UG": 1}),
    E("abuse", KSPEU, 3, "2023-01-01", "year",
      "three workers died after falling from buildings at compounds in Kampong Speu province in 2023",
      people={"victims": 3}),
    E("raid", KANDAL, 3, "2024-04-01", "month",
      "Interior Ministry said police inspected 15 sites in Kandal in April and found no one held"),
]
write_gold("dev6-07", "2024-05-14", top, ev)
