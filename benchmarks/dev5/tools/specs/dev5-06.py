import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

bavet = P("Bavet", "town"); cambodia = P("Cambodia", "country"); vietnam = P("Vietnam", "country")
tayninh = P("Tay Ninh", "province"); mocbai = P("Moc Bai", "border_crossing")
loithuan = OWN("Loi Thuan", "VN", "Tay Ninh", "commune", 11.08, 106.17, 10, "own-knowledge (commune of Ben Cau at Moc Bai)")
bencau = OWN("Ben Cau", "VN", "Tay Ninh", "district", 11.11, 106.16, 25, "own-knowledge")
delta = OWN("Mekong Delta", "VN", None, "region", 10.0, 105.8, 250, "own-knowledge")
soctrang = OWN("Soc Trang", "VN", "Soc Trang", "province", 9.6025, 105.9739, 60, "own-knowledge")
baclieu = OWN("Bac Lieu", "VN", "Bac Lieu", "province", 9.285, 105.7244, 60, "own-knowledge")
camau = OWN("Ca Mau", "VN", "Ca Mau", "province", 9.1769, 105.1524, 80, "own-knowledge")
chreythom = P("Chrey Thom", "border_crossing")
kandal = P("Kandal", "province")
khanhbinh = OWN("Khanh Binh", "VN", "An Giang", "commune", 10.95, 105.08, 10, "own-knowledge")
angiang = P("An Giang", "province")
anphu = OWN("An Phu", "VN", "An Giang", "district", 10.86, 105.09, 25, "own-knowledge")
pp = AS(P("Phnom Penh", "province"), level="town")
shv = P("Sihanoukville", "town")
hcmc = OWN("Ho Chi Minh City", "VN", "Ho Chi Minh City", "town", 10.8231, 106.6297, 20, "own-knowledge")
binhduong = OWN("Binh Duong", "VN", "Binh Duong", "province", 11.3254, 106.477, 60, "own-knowledge")
hanoi = OWN("Hanoi", "VN", "Hanoi", "town", 21.0278, 105.8342, 15, "own-knowledge")
danang = OWN("Da Nang", "VN", "Da Nang", "town", 16.0544, 108.2022, 15, "own-knowledge")
longan = OWN("Long An", "VN", "Long An", "province", 10.6956, 106.2431, 60, "own-knowledge")

toponyms = [
    T("Cambodia", cambodia, "event"),
    T("Bavet", bavet, "event"),
    T("Tay Ninh", tayninh, "context"),
    T("Tay Ninh Province", tayninh, "context"),
    T("Moc Bai International Border Gate", mocbai, "context"),
    T("Loi Thuan Commune", loithuan, "context"),
    T("Ben Cau District", bencau, "context"),
    T("Mekong Delta", delta, "context"),
    T("Soc Trang", soctrang, "context"),
    T("Bac Lieu", baclieu, "context"),
    T("Ca Mau", camau, "context"),
    T("Vietnam", vietnam, "event"),
    T("Chrey Thom", chreythom, "event"),
    T("Kandal Province", kandal, "event"),
    T("Khanh Binh Commune", khanhbinh, "context"),
    T("An Giang", angiang, "context"),
    T("An Giang Province", angiang, "context"),
    T("An Phu District", anphu, "context"),
    T("Phnom Penh", pp, "event"),
    T("Sihanoukville", shv, "event"),
    T("Ho Chi Minh City", hcmc, "offtopic"),
    T("Binh Duong", binhduong, "offtopic"),
    T("Hanoi", hanoi, "offtopic"),
    T("Da Nang", danang, "offtopic"),
    T("Long An", longan, "offtopic"),
    N("Vietnamese", "VN"), N("Cambodian", "KH"),
    N("Tay Ninh Border Guard", "VN"), N("An Giang Border Guard", "VN"),
]

events = [
    E("escape", bavet, 1, "2023-10-16", "day",
      "27 Vietnamese (19 men, 8 women) escaped a casino compound in Bavet on Monday night around 11 pm and ran across fields to the Tay Ninh border",
      people={"escaped": 27}, nat={"VN": 27}),
    E("abuse", bavet, 1, None, "unknown",
      "they said the Bavet company forced them to work 14-hour days, beat those missing targets with electric batons and took passports and phones; $3,000 demanded to leave"),
    E("escape", chreythom, 1, "2023-10-07", "day",
      "nine people escaped a casino in Chrey Thom, Kandal, crossing the river to Khanh Binh (An Phu, An Giang) on Oct 7",
      people={"escaped": 9}),
    E("deportation", cambodia, 4, "2023-10-11", "year",
      "Tay Ninh border guards have received 1,143 citizens handed over by Cambodian authorities since the start of the year (said last week)",
      people={"deported": 1143}),
    E("policy", vietnam, 4, "2023-10-11", "week",
      "the Ministry of Public Security last week issued a notice warning young people about cross-border recruitment scams"),
    E("compound_report", bavet, 1, None, "unknown",
      "police said victims are often resold between companies in Bavet, Phnom Penh and Sihanoukville"),
    E("compound_report", pp, 1, None, "unknown",
      "police said victims are often resold between companies in Bavet, Phnom Penh and Sihanoukville"),
    E("compound_report", shv, 1, None, "unknown",
      "police said victims are often resold between companies in Bavet, Phnom Penh and Sihanoukville"),
]
write_gold("dev5-06", "2023-10-18", toponyms, events)
