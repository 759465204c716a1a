import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

MWD = P("Myawaddy"); MS = P("Mae Sot"); MM = P("Myanmar"); TH = P("Thailand")
KHH = OWN("Kaohsiung", "TW", "Kaohsiung", "town", 22.6273, 120.3014, 15)

toponyms = [
    N("Focus Taiwan", "TW"),
    N("Taiwanese", "TW"),
    T("Myanmar", MM, "event"),
    T("China", P("China"), "context"),
    T("Mae Sot", MS, "event"),
    T("Taipei", OWN("Taipei", "TW", "Taipei", "town", 25.033, 121.5654, 15), "dateline"),
    T("Myawaddy", MWD, "event"),
    T("Taoyuan International Airport", OWN("Taoyuan International Airport", "TW", "Taoyuan", "site", 25.0797, 121.2342, 3), "context"),
    T("Thailand", TH, "event"),
    T("Moei River", OWN("Moei River", None, None, "region", 16.7, 98.55, 60, "own-knowledge (river reach at Mae Sot-Myawaddy)"), "context"),
    N("Thai", "TH"),
    T("Bangkok", P("Bangkok"), "context"),
    N("China Eastern Airlines", "CN"),
    T("Nanjing", OWN("Nanjing", "CN", "Jiangsu", "town", 32.0603, 118.7969, 20), "context"),
    N("Chinese", "CN"),
    T("Taiwan", P("Taiwan"), "context"),
    T("Kaohsiung", KHH, "event"),
    T("Cambodia", P("Cambodia"), "context"),
    T("Tachileik", P("Tachileik"), "context"),
    T("Shan State", OWN("Shan State", "MM", "Shan State", "province", 21.5, 98.0, 250, "own-knowledge (state centre)"), "context"),
    # boilerplate
    T("Tainan", OWN("Tainan", "TW", "Tainan", "town", 22.9999, 120.227, 15), "offtopic"),
    T("Hsinchu", OWN("Hsinchu", "TW", "Hsinchu", "town", 24.8138, 120.9675, 10), "offtopic"),
    T("Hualien", OWN("Hualien", "TW", "Hualien", "town", 23.9872, 121.6015, 15), "offtopic"),
]

events = [
    E("policy", TH, 4, "2025-02-05", "day",
      "Thailand cut off electricity, fuel and internet supplies to the Myawaddy area on Feb. 5"),
    E("rescue", MWD, 2, "2025-02-01", "month",
      "thousands of foreigners released from compounds around Myawaddy by the BGF since early February; around 7,000 released are still waiting in Myawaddy, more than 4,000 Chinese",
      people={"rescued": 7000}, nat={"CN": 4000}),
    E("deportation", MWD, 1, "2025-03-10", "day",
      "the 26 Taiwanese crossed from Myawaddy into Mae Sot on Monday and were driven to Bangkok, landing at Taoyuan late Tuesday",
      people={"deported": 26}, nat={"TW": 26}),
    E("deportation", MM, 4, "2025-03-12", "year",
      "MOFA: 132 Taiwanese helped home from Myanmar since the start of last year",
      people={"deported": 132}, nat={"TW": 132}),
    E("deportation", MS, 1, "2025-02-20", "day",
      "first three China Eastern charter flights took off from Mae Sot airport for Nanjing on Feb. 20 with about 200 Chinese",
      people={"deported": 200}, nat={"CN": 200}),
    E("deportation", MS, 1, "2025-03-10", "month",
      "Ministry of Public Security said Monday 1,041 Chinese had been repatriated through Mae Sot so far",
      people={"deported": 1041}, nat={"CN": 1041}),
    E("raid", KHH, 1, "2025-03-04", "day",
      "Kaohsiung police last Tuesday searched nine locations and detained 11 suspected recruiters",
      people={"detained": 11}),
]

write_gold("dev7-06", "2025-03-12", toponyms, events)
