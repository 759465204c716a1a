import sys, os; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import P, OWN, AS, T, N, E, write_gold

SK = P("Shwe Kokko")
BKK = P("Bangkok")
KAREN = OWN("Kayin State", "MM", "Kayin State", "province", 17.0, 97.75, 150, "own-knowledge (state centre)")
DHAKA = OWN("Dhaka", "BD", "Dhaka", "town", 23.7104, 90.40744, 15)
PALTAN = OWN("Paltan, Dhaka", "BD", "Dhaka", "commune", 23.733, 90.412, 3, "own-knowledge (neighbourhood point)")
HSIA = OWN("Hazrat Shahjalal International Airport", "BD", "Dhaka", "site", 23.8433, 90.3978, 3)

toponyms = [
    N("Dhaka Tribune", "BD"),
    T("Bangladesh", P("Bangladesh"), "context"),
    N("Bangladeshis", "BD"),
    T("Myanmar", P("Myanmar"), "context"),
    T("Hazrat Shahjalal International Airport", HSIA, "context"),
    T("Sylhet", OWN("Sylhet District", "BD", "Sylhet", "district", 24.89, 91.87, 30), "context"),
    T("Noakhali", OWN("Noakhali District", "BD", "Chattogram", "district", 22.83, 91.1, 30), "context"),
    T("Cumilla", OWN("Cumilla District", "BD", "Chattogram", "district", 23.46, 91.18, 30), "context"),
    T("Bangkok", BKK, "event"),
    N("Biman Bangladesh Airlines", "BD"),
    N("Thai", "TH"),
    T("Dhaka", DHAKA, "context"),
    T("Thailand", P("Thailand"), "context"),
    T("Mae Sot", P("Mae Sot"), "context"),
    T("Shwe Kokko", SK, "event"),
    T("Karen State", KAREN, "event"),
    T("Paltan", PALTAN, "event"),
    T("Middle East", OWN("Middle East", None, None, "region", 29.0, 45.0, 1500, "own-knowledge (rough region centre)"), "context"),
    T("Malaysia", P("Malaysia"), "context"),
    T("Southeast Asia", OWN("Southeast Asia", None, None, "region", 8.0, 112.0, 2000, "own-knowledge (rough region centre)"), "context"),
    # boilerplate
    T("Cox's Bazar", OWN("Cox's Bazar", "BD", "Chattogram", "town", 21.4272, 92.0058, 15), "offtopic"),
    T("Chattogram", OWN("Chattogram", "BD", "Chattogram", "town", 22.3569, 91.7832, 15), "offtopic"),
    T("Rajshahi", OWN("Rajshahi", "BD", "Rajshahi", "town", 24.3745, 88.6042, 15), "offtopic"),
]

events = [
    E("abuse", SK, 2, "2023-01-01", "year",
      "at the fenced compound near Shwe Kokko where they were delivered from January, workers missing targets were beaten, shocked and locked in a dark room"),
    E("escape", SK, 2, "2023-05-01", "month",
      "four of the men fled the compound in early May, crossed into Thailand and called the embassy",
      people={"escaped": 4}, nat={"BD": 4}),
    E("rescue", SK, 2, "2023-05-27", "day",
      "the remaining 19 were released from the compound on May 27 after talks and handed to Thai immigration",
      people={"rescued": 19}, nat={"BD": 19}),
    E("deportation", BKK, 1, "2023-06-13", "day",
      "23 men flown home from Bangkok after nearly three weeks in immigration detention, arriving Tuesday night",
      people={"deported": 23}, nat={"BD": 23}),
    E("raid", PALTAN, 1, "2023-06-11", "day",
      "RAB arrested two suspected ring members in a raid on a travel agency office in Paltan on Sunday; 41 passports seized",
      people={"arrested": 2}, seized={"passports": 41}),
    E("compound_report", KAREN, 3, "2023-06-12", "day",
      "foreign ministry said on Monday at least 120 more Bangladeshis are believed held in scam compounds in Karen State",
      people={"victims": 120}, nat={"BD": 120}),
]

write_gold("dev7-02", "2023-06-14", toponyms, events)
