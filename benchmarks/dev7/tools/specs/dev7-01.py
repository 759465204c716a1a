import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

PP = AS(P("Phnom Penh", "province"), level="town")
BAVET = P("Bavet", "town"); SR = P("Svay Rieng", "province")
KH = P("Cambodia"); JP = P("Japan"); VN = P("Vietnam"); CN = P("China")
NARITA = OWN("Narita International Airport", "JP", "Chiba", "site", 35.772, 140.3929, 5)
CHIBA = OWN("Chiba Prefecture", "JP", "Chiba", "province", 35.5, 140.2, 60, "own-knowledge (prefecture centre)")
AICHI = OWN("Aichi Prefecture", "JP", "Aichi", "province", 35.03, 137.2, 60, "own-knowledge (prefecture centre)")
GIFU = OWN("Gifu Prefecture", "JP", "Gifu", "province", 35.8, 137.0, 70, "own-knowledge (prefecture centre)")
OSAKA = OWN("Osaka Prefecture", "JP", "Osaka", "province", 34.69, 135.52, 40, "own-knowledge (prefecture, Osaka city point)")
TOKYO = OWN("Tokyo", "JP", "Tokyo", "town", 35.6895, 139.6917, 20)
PATTAYA = OWN("Pattaya", "TH", "Chon Buri", "town", 12.9276, 100.8771, 10)
ASIA = OWN("Asia", None, None, "region", 34.0, 100.0, 3000, "own-knowledge (rough region centre)")

toponyms = [
    T("Cambodia", KH, "event"),
    T("Narita", NARITA, "context"),
    N("Japanese", "JP"),
    T("Japan", JP, "context"),
    N("Japan Times", "JP"),
    T("Aichi", AICHI, "context"),
    N("Cambodian", "KH"),
    T("Bavet", BAVET, "event"),
    T("Svay Rieng", SR, "event"),
    T("Vietnam", VN, "context"),
    T("Phnom Penh", PP, "event"),
    T("Chiba Prefecture", CHIBA, "context"),
    T("Tokyo", TOKYO, "context"),
    T("Gifu", GIFU, "context"),
    T("Osaka", OSAKA, "context"),
    T("Thailand", P("Thailand"), "context"),
    T("Philippines", P("Philippines"), "context"),
    T("Moc Bai border gate", P("Moc Bai"), "context"),
    N("Vietnamese", "VN"),
    T("China", CN, "context"),
    T("Asia", ASIA, "context"),
    N("Chinese", "CN"),
    N("Taiwanese", "TW"),
    N("Thai", "TH"),
    T("Pattaya", PATTAYA, "event"),
    N("Southeast Asian", None),
    # boilerplate
    T("Kyoto", OWN("Kyoto", "JP", "Kyoto", "town", 35.0116, 135.7681, 15), "offtopic"),
    T("Fukuoka", OWN("Fukuoka", "JP", "Fukuoka", "town", 33.5902, 130.4017, 15), "offtopic"),
    T("Okinawa", OWN("Okinawa Prefecture", "JP", "Okinawa", "province", 26.5, 127.95, 100), "offtopic"),
    T("Sapporo", OWN("Sapporo", "JP", "Hokkaido", "town", 43.0618, 141.3545, 15), "offtopic"),
    T("Yokohama", OWN("Yokohama", "JP", "Kanagawa", "town", 35.4437, 139.638, 15), "offtopic"),
]

events = [
    E("raid", BAVET, 1, "2019-01-01", "month",
      "in late January Cambodian immigration and national police raided a rented villa in Bavet and detained the 16 Japanese; 34 phones and 11 laptops found",
      people={"detained": 16}, nat={"JP": 16}, seized={"phones": 34, "laptops": 11}),
    E("deportation", PP, 1, "2019-03-26", "day",
      "the 16, held at an immigration facility in Phnom Penh, were deported by Cambodia on Tuesday night on a chartered flight from Phnom Penh to Narita",
      people={"deported": 16}, nat={"JP": 16}),
    E("raid", PP, 1, "2017-01-01", "year",
      "in 2017 Cambodian police arrested more than 200 Chinese and Taiwanese in raids on rented houses in Phnom Penh",
      people={"arrested": 200}, nat={"CN": None, "TW": None}),
    E("deportation", KH, 4, "2017-01-01", "year",
      "most of the 2017 arrestees were deported to China (from Cambodia; no count, no departure place)"),
    E("raid", PATTAYA, 1, "2018-01-01", "year",
      "last year Thai police detained 15 Japanese men at a condominium in Pattaya suspected of similar calls",
      people={"detained": 15}, nat={"JP": 15}),
]

write_gold("dev7-01", "2019-03-27", toponyms, events)
