import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

PP = AS(P("Phnom Penh", "province"), level="town")
KH = P("Cambodia")
PSH = P("Preah Sihanouk", "province")
SHV = P("Sihanoukville", "town")
S4 = AS(P("Jin Bei 4"), place="Sangkat Lekh Buon (Sangkat 4), Sihanoukville", level="commune",
        coord_source="reference/places.csv (village-points:TTC, Sangkat Lekh Buon point of the Jin Bei 4 row)")
BMC = P("Banteay Meanchey", "province")
POIPET = P("Poipet", "town")
PKANDAL = AS(POIPET, place="Sangkat Phsar Kandal, Poipet", level="commune",
             coord_source="reference/places.csv (geonames:1830194, Poipet town point; sangkat not located)")
SR = P("Svay Rieng", "province"); BAVET = P("Bavet", "town")
KK = P("Koh Kong", "province"); KPM = P("Khemarak Phoumin", "town")
KAMPOT = P("Kampot", "province"); BOKOR = P("Bokor", "town")

toponyms = [
    T("Cambodia", KH, "event"),
    T("Phnom Penh", PP, "dateline"),
    T("Preah Sihanouk", PSH, "event"),
    T("Sangkat 4", S4, "event"),
    T("Krong Preah Sihanouk", SHV, "event"),
    N("Chinese", "CN"), N("Indonesians", "ID"), N("Vietnamese", "VN"),
    N("Thais", "TH"), N("Malaysians", "MY"),
    T("Banteay Meanchey", BMC, "event"),
    T("Poipet", POIPET, "event"),
    T("Sangkat Phsar Kandal", PKANDAL, "event", level="commune"),
    T("Svay Rieng", SR, "event"),
    T("Bavet", BAVET, "event"),
    T("Koh Kong", KK, "event"),
    T("Khemarak Phoumin", KPM, "event"),
    T("Kampot", KAMPOT, "event"),
    T("Bokor", BOKOR, "event"),
    # boilerplate
    T("Japan", P("Japan"), "offtopic"),
    T("Siem Reap", P("Siem Reap", "town"), "offtopic"),
    T("Angkor", OWN("Angkor", "KH", "Siem Reap", "site", 13.4125, 103.867, 5), "offtopic"),
    T("Tbong Khmum", P("Tbong Khmum", "province"), "offtopic"),
    T("Laos", P("Laos"), "offtopic"),
]

events = [
    E("raid", S4, 1, "2022-09-26", "week",
      "on 26 and 27 September police inspected 4 buildings in Sangkat 4, Krong Preah Sihanouk: 612 foreigners detained, 14 Chinese managers arrested",
      people={"detained": 612, "arrested": 14},
      nat={"CN": 318, "ID": 140, "VN": 86, "TH": 41, "MY": 27}),
    E("raid", PKANDAL, 1, "2022-09-27", "day",
      "on 27 September Poipet police inspected a 9-storey building in Sangkat Phsar Kandal: 233 detained, 9 arrested, 43 Thais held against their will handed to social affairs",
      people={"detained": 233, "arrested": 9, "rescued": 43},
      nat={"TH": 150, "CN": 52, "VN": 31}),
    E("raid", BAVET, 1, "2022-09-28", "day",
      "on 28 September Bavet police inspected a hotel-casino compound: 198 detained, 1,100 phones and 260 computers seized",
      people={"detained": 198}, nat={"VN": 120, "CN": 78},
      seized={"phones": 1100, "computers": 260}),
    E("raid", KPM, 1, "2022-09-28", "day",
      "on 28 September Koh Kong police inspected a compound in Khemarak Phoumin city: 137 detained",
      people={"detained": 137}, nat={"CN": 90, "ID": 47}),
    E("raid", BOKOR, 1, "2022-09-29", "day",
      "on 29 September a joint force inspected two buildings in Bokor city; nothing illegal found"),
    E("raid", KH, 4, "2022-09-27", "week",
      "inspections from 26 to 29 September in four provinces: 1,180 foreigners detained for screening, 23 managers arrested",
      people={"detained": 1180, "arrested": 23}),
    E("policy", KH, 4, "2022-08-21", "day",
      "the inspections implement the Ministry of Interior's directive dated 21 August 2022"),
    E("deportation", KH, 4, "2022-09-30", "year",
      "immigration department: so far this year 2,150 foreigners who worked for online fraud and gambling groups deported",
      people={"deported": 2150}),
]

write_gold("dev7-03", "2022-09-30", toponyms, events)
