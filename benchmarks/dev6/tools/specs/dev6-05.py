from _common import *
# Xinhua, 2023-11-18 (Saturday). Friday = 11-17, Wednesday = 11-15.
CN = P("China"); MM = P("Myanmar"); LKG = P("Laukkaing")
KOKANG = OWN("Kokang", "MM", "Shan State", "region", 23.85, 98.75, 40, "own-knowledge (Kokang Self-Administered Zone, rough centre)")
NMM = OWN("northern Myanmar", "MM", None, "region", 24.5, 97.5, 300, "own-knowledge (rough region centre: Kachin and northern Shan)")
YUNNAN = OWN("Yunnan", "CN", "Yunnan", "province", 24.97, 101.49, 300)
top = [
    T("China", CN, "event"),
    N("Chinese", "CN"),
    T("Myanmar", MM, "context"),
    T("Kokang", KOKANG, "event"),
    T("KUNMING", OWN("Kunming", "CN", "Yunnan", "town", 25.0389, 102.7183, 20), "dateline"),
    T("Laukkaing", LKG, "event"),
    T("northern Myanmar", NMM, "event"),
    T("Lincang", OWN("Lincang", "CN", "Yunnan", "town", 23.8864, 100.0878, 20), "context"),
    T("Yunnan", YUNNAN, "event"),
    T("Pu'er", OWN("Pu'er", "CN", "Yunnan", "town", 22.7773, 100.9722, 20), "context"),
    T("Xishuangbanna", OWN("Xishuangbanna", "CN", "Yunnan", "district", 22.0, 100.8, 60, "own-knowledge (prefecture centre)"), "context"),
    T("Phnom Penh", PP, "event"),
    T("Cambodia", P("Cambodia"), "context"),
    T("Laos", P("Laos"), "context"),
    T("Thailand", P("Thailand"), "context"),
    T("Chengdu", OWN("Chengdu", "CN", "Sichuan", "town", 30.5728, 104.0668, 20), "offtopic"),
    T("Harbin", OWN("Harbin", "CN", "Heilongjiang", "town", 45.8038, 126.5349, 20), "offtopic"),
    T("Europe", OWN("Europe", None, None, "region", 50.0, 10.0, 2000, "own-knowledge (rough region centre)"), "offtopic"),
    T("Hangzhou", OWN("Hangzhou", "CN", "Zhejiang", "town", 30.2741, 120.1551, 20), "offtopic"),
    N("Asian", None),
]
ev = [
    E("deportation", LKG, 1, "2023-11-17", "day",
      "1,207 fraud suspects, 1,184 of them Chinese, were handed over to Chinese police by authorities in Laukkaing on Friday",
      people={"deported": 1207}, nat={"CN": 1184}),
    E("raid", LKG, 1, "2023-11-15", "day",
      "on Wednesday Myanmar law enforcement searched buildings on the eastern side of Laukkaing, detaining more than 300 and seizing phones, computers and guns",
      people={"detained": 300}, seized={"phones": 1230, "computers": 310, "guns": 12}),
    E("deportation", NMM, 3, "2023-11-18", "year",
      "since September local authorities in northern Myanmar have handed over 31,000 fraud suspects to China",
      people={"deported": 31000}),
    E("policy", YUNNAN, 3, "2023-07-01", "month",
      "Yunnan provincial public security launched a special campaign against cross-border fraud in July"),
    E("abuse", KOKANG, 3, None, "unknown",
      "some of the suspects handed over from Kokang said they had been beaten or locked up when they missed targets"),
    E("deportation", PP, 1, "2023-04-01", "month",
      "252 Chinese fraud suspects were repatriated from Phnom Penh on chartered flights in April",
      people={"deported": 252}, nat={"CN": 252}),
    E("policy", CN, 4, "2022-12-01", "month",
      "a new anti-telecom fraud law took effect in China in December last year"),
]
write_gold("dev6-05", "2023-11-18", top, ev)
