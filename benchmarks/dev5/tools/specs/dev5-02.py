import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import *

colombo = OWN("Colombo", "LK", "Western", "town", 6.9271, 79.8612, 10, "own-knowledge")
katunayake = OWN("Katunayake", "LK", "Western", "town", 7.1725, 79.8853, 8, "own-knowledge")
bia = OWN("Bandaranaike International Airport", "LK", "Western", "site", 7.1808, 79.8841, 3, "own-knowledge")
myanmar = P("Myanmar", "country"); thailand = P("Thailand", "country")
laos = P("Laos", "country"); cambodia = P("Cambodia", "country")
srilanka = P("Sri Lanka", "country")
bangkok = P("Bangkok", "town")
myawaddy = P("Myawaddy", "town")
yangon = OWN("Yangon", "MM", "Yangon Region", "town", 16.8409, 96.1735, 15, "own-knowledge")
moei = OWN("Moei River", "MM", "Kayin State", "region", 16.69, 98.52, 100,
           "own-knowledge (border river; point at Myawaddy-Mae Sot)")
maesot = P("Mae Sot", "town")
kurunegala = OWN("Kurunegala", "LK", "North Western", "town", 7.4863, 80.3623, 10, "own-knowledge")
gampaha = OWN("Gampaha", "LK", "Western", "town", 7.0917, 79.9999, 15, "own-knowledge")
matara = OWN("Matara", "LK", "Southern", "town", 5.9549, 80.555, 10, "own-knowledge")
us = OWN("United States", "US", None, "country", 39.8283, -98.5795, 1500, "own-knowledge:country-centroid")
europe = OWN("Europe", None, None, "region", 50.0, 10.0, 2000, "own-knowledge")
kkpark = P("KK Park", "compound")
sabaragamuwa = OWN("Sabaragamuwa Province", "LK", "Sabaragamuwa", "province", 6.75, 80.55, 60, "own-knowledge")
jaffna = OWN("Jaffna", "LK", "Northern", "town", 9.6615, 80.0255, 10, "own-knowledge")

toponyms = [
    T("COLOMBO", colombo, "dateline"),
    N("Colombo Stock Exchange", "LK"),
    T("Myanmar", myanmar, "context"),
    T("Thailand", thailand, "context"),
    T("Bandaranaike International Airport", bia, "context"),
    T("Katunayake", katunayake, "context"),
    T("Bangkok", bangkok, "event"),
    T("Myawaddy", myawaddy, "event"),
    T("Yangon", yangon, "context"),
    T("Moei River", moei, "context"),
    T("Mae Sot", maesot, "context"),
    T("Kurunegala", kurunegala, "event"),
    T("Gampaha", gampaha, "context"),
    T("United States", us, "context"),
    T("Europe", europe, "context"),
    T("Matara", matara, "context"),
    T("KK Park", kkpark, "event"),
    T("Sri Lanka", srilanka, "event"),
    T("Laos", laos, "context"),
    T("Cambodia", cambodia, "context"),
    T("Sabaragamuwa", sabaragamuwa, "offtopic"),
    T("Southern", OWN("Southern Province", "LK", "Southern", "province", 6.1, 80.5, 60, "own-knowledge"), "offtopic"),
    T("Jaffna", jaffna, "offtopic"),
    N("Sri Lankans", "LK"), N("Sri Lankan", "LK"), N("SriLankan Airlines", "LK"),
    N("Sri Lanka Bureau of Foreign Employment", "LK"), N("Thai", "TH"), N("Indian", "IN"),
]
events = [
    E("rescue", myawaddy, 2, "2025-03-04", "day",
      "the 22 Sri Lankans were released from compounds in the Myawaddy area on 4 March after embassy intervention",
      people={"rescued": 22}, nat={"LK": 22}),
    E("deportation", bangkok, 1, "2025-03-13", "day",
      "the 22 flew home on a SriLankan flight from Bangkok, landing at Katunayake early yesterday (13 March)",
      people={"deported": 22}, nat={"LK": 22}),
    E("abuse", myawaddy, 2, None, "unknown",
      "returnees said they were beaten with pipes, given electric shocks and locked in a dark room when they missed targets in the Myanmar compounds"),
    E("rescue", myawaddy, 2, "2024-01-01", "year",
      "last year 56 Sri Lankans were rescued from the same area in several batches",
      people={"rescued": 56}, nat={"LK": 56}),
    E("compound_report", kkpark, 1, "2025-03-12", "day",
      "ministry spokesperson said on Wednesday at least 20 more Sri Lankans are believed held in KK Park south of Myawaddy",
      people={"victims": 20}, nat={"LK": 20}),
    E("raid", kurunegala, 1, "2025-03-11", "day",
      "the CID on Tuesday arrested two suspects in Kurunegala over the recruitment racket",
      people={"arrested": 2}),
    E("policy", srilanka, 4, "2025-03-10", "day",
      "the SLBFE on Monday issued an advisory warning job-seekers against social-media job offers in Thailand, Myanmar, Laos or Cambodia"),
]
write_gold("dev5-02", "2025-03-14", toponyms, events)
