import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

bangkok = P("Bangkok", "town")
us = OWN("United States", "US", None, "country", 39.8283, -98.5795, 1500, "own-knowledge:country-centroid")
britain = OWN("United Kingdom", "GB", None, "country", 54.0, -2.5, 500, "own-knowledge:country-centroid")
washington = OWN("Washington, D.C.", "US", "District of Columbia", "town", 38.9072, -77.0369, 20, "own-knowledge")
london = OWN("London", "GB", "England", "town", 51.5074, -0.1278, 25, "own-knowledge")
brooklyn = OWN("Brooklyn", "US", "New York", "town", 40.6782, -73.9442, 10, "own-knowledge")
sea = OWN("Southeast Asia", None, None, "region", 10.0, 106.0, 2000, "own-knowledge")
pp = AS(P("Phnom Penh", "province"), level="town")
cambodia = P("Cambodia", "country"); myanmar = P("Myanmar", "country"); thailand = P("Thailand", "country")
laos = P("Laos", "country"); philippines = P("Philippines", "country")
jinbei = P("Jin Bei 4", "compound")
shv = P("Sihanoukville", "town")
chreythom = P("Chrey Thom", "border_crossing")
golden_fortune = AS(chreythom, place="Golden Fortune Science and Technology Park",
                    coord_source="reference/places.csv (own-knowledge; Chrey Thom row, where the park lies)")
kandal = P("Kandal", "province")
myawaddy = P("Myawaddy", "town"); maesot = P("Mae Sot", "town")
golden_triangle = AS(P("Golden Triangle SEZ", "sez"), place="Golden Triangle (Laos)", level="region", tolerance_km=50.0)
shan = OWN("Shan State", "MM", "Shan State", "province", 21.0, 97.8, 200, "own-knowledge")
kh_th_border = OWN("Cambodia-Thailand border", "KH", None, "region", 14.0, 103.3, 300,
                   "own-knowledge (rough midpoint of the land border)")
luzon = OWN("Luzon", "PH", None, "region", 16.0, 121.0, 300, "own-knowledge")

toponyms = [
    T("BANGKOK", bangkok, "dateline"),
    T("Southeast Asia", sea, "context"),
    T("Washington", washington, "context"),
    T("London", london, "context"),
    T("U.S.", us, "context"),
    N("British", "GB"), N("Cambodian", "KH"),
    T("Phnom Penh", pp, "context"),
    T("Britain", britain, "context"),
    T("Cambodia", cambodia, "event"),
    T("Jin Bei", jinbei, "event"),
    T("Sihanoukville", shv, "event"),
    T("Golden Fortune Science and Technology Park", golden_fortune, "event"),
    T("Chrey Thom", chreythom, "event"),
    N("Vietnamese", "VN"),
    T("Kandal", kandal, "event"),
    T("Brooklyn", brooklyn, "context"),
    T("Myanmar", myanmar, "event"),
    N("United States Institute of Peace", "US"),
    N("Chinese", "CN"),
    T("Myawaddy", myawaddy, "event"),
    N("Thai", "TH"),
    T("Mae Sot", maesot, "context"),
    T("Golden Triangle", golden_triangle, "event"),
    T("Laos", laos, "context"),
    T("Thailand", thailand, "event"),
    T("Philippines", philippines, "event"),
    T("Shan State", shan, "event"),
    T("Cambodia-Thailand border", kh_th_border, "event"),
    T("Singapore", P("Singapore", "country"), "context"),
    T("Luzon", luzon, "offtopic"),
    T("Japan", P("Japan", "country"), "offtopic"),
    T("India", P("India", "country"), "offtopic"),
    T("Pakistan", P("Pakistan", "country"), "offtopic"),
]

TREAS = "US Treasury on Tuesday (Oct 14) said Prince Group ran or backed at least 10 compounds in Cambodia, naming "
events = [
    E("compound_report", cambodia, 4, "2025-10-14", "day",
      TREAS + "Jin Bei (Sihanoukville) and Golden Fortune park (Chrey Thom); workers held and forced to defraud"),
    E("compound_report", jinbei, 1, "2025-10-14", "day", TREAS + "the Jin Bei casino complex in Sihanoukville"),
    E("compound_report", golden_fortune, 1, "2025-10-14", "day",
      TREAS + "the Golden Fortune Science and Technology Park in Chrey Thom, Kandal"),
    E("compound_report", myanmar, 4, "2023-08-01", "month",
      "UN human rights office in August 2023 estimated at least 120,000 people in Myanmar forced into online scams",
      people={"victims": 120000}),
    E("compound_report", cambodia, 4, "2023-08-01", "month",
      "UN human rights office in August 2023 estimated roughly 100,000 people in Cambodia forced into online scams",
      people={"victims": 100000}),
    E("policy", cambodia, 4, "2019-08-01", "month",
      "Cambodia banned online gambling in August 2019"),
    E("compound_report", shv, 1, "2020-01-01", "year",
      "after casinos emptied in 2020, operators in Sihanoukville turned buildings into scam call centres"),
    E("compound_report", myawaddy, 1, "2022-01-01", "year",
      "when Cambodia came under pressure in 2022 operations shifted to Myanmar border areas including Myawaddy"),
    E("compound_report", golden_triangle, 3, "2022-01-01", "year",
      "... and to the Golden Triangle in Laos (2022)"),
    E("policy", thailand, 4, "2025-01-01", "year",
      "earlier this year Thailand cut electricity and internet to several Myanmar border towns"),
    E("rescue", myawaddy, 1, "2025-01-01", "year",
      "militias in Myawaddy released more than 7,000 foreigners earlier this year",
      people={"rescued": 7000}),
    E("deportation", myanmar, 4, "2025-01-01", "year",
      "most of the 7,000 released were sent home through Thailand (no count for the deported); "
      "placed where they were deported from (Myanmar), not the transit country"),
    E("policy", philippines, 4, "2024-07-01", "month",
      "the Philippines announced a ban on offshore gaming in July 2024"),
    E("compound_report", shan, 3, None, "unknown",
      "satellite images show construction continuing at compound sites in Myanmar's Shan State"),
    E("compound_report", kh_th_border, 3, None, "unknown",
      "... and along the Cambodia-Thailand border"),
]
write_gold("dev5-08", "2025-10-16", toponyms, events)
