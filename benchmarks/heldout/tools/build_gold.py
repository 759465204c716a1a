"""Builds gold/heldout-NN.json from the compact hand annotation below.

The annotation was written by hand from the article texts BEFORE geotrack was
run on them. Coordinates come from /work/shared/reference/places.csv where the
place is listed there ("ref"), else from the annotator's own knowledge ("own")
with a generous tolerance. Run: python3 tools/build_gold.py (from heldout/).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

# key: (place, country, admin1, level, lat, lon, tolerance_km, source)
P = {
 # countries / regions
 "KH": ("Cambodia", "KH", None, "country", 12.565679, 104.990963, 250, "ref"),
 "TH": ("Thailand", "TH", None, "country", 15.870032, 100.992541, 400, "ref"),
 "MM": ("Myanmar", "MM", None, "country", 21.913965, 95.956223, 500, "ref"),
 "LA": ("Laos", "LA", None, "country", 19.85627, 102.495496, 300, "ref"),
 "CN": ("China", "CN", None, "country", 35.86166, 104.195397, 1500, "ref"),
 "TW": ("Taiwan", "TW", None, "country", 23.69781, 120.960515, 150, "ref"),
 "HK": ("Hong Kong", "HK", None, "country", 22.396428, 114.109497, 30, "ref"),
 "ID": ("Indonesia", "ID", None, "country", -0.789275, 113.921327, 1200, "ref"),
 "PH": ("Philippines", "PH", None, "country", 12.879721, 121.774017, 700, "ref"),
 "NP": ("Nepal", "NP", None, "country", 28.394857, 84.124008, 300, "ref"),
 "LK": ("Sri Lanka", "LK", None, "country", 7.873054, 80.771797, 150, "ref"),
 "JP": ("Japan", "JP", None, "country", 36.204824, 138.252924, 800, "ref"),
 "KE": ("Kenya", "KE", None, "country", -0.023559, 37.906193, 450, "ref"),
 "UG": ("Uganda", "UG", None, "country", 1.373333, 32.290275, 300, "ref"),
 "RW": ("Rwanda", "RW", None, "country", -1.94, 29.87, 150, "own"),
 "SEA": ("Southeast Asia", None, None, "region", 8.0, 112.0, 2000, "own (same convention as seed-004)"),
 "NMM": ("northern Myanmar", "MM", None, "region", 23.5, 97.5, 300, "own"),
 "CLUZ": ("Central Luzon", "PH", None, "region", 15.5, 120.7, 100, "own"),
 "MINDANAO": ("Mindanao", "PH", None, "region", 7.5, 125.0, 300, "own"),
 "MEKONG": ("Mekong River (Golden Triangle reach)", None, None, "region", 20.35, 100.1, 500, "own (river; point at the stretch in the story)"),
 "MOEI": ("Moei River", None, None, "region", 16.70, 98.52, 60, "own (river; point at Mae Sot/Myawaddy)"),
 # Philippines
 "Bamban": ("Bamban", "PH", "Tarlac", "town", 15.27386, 120.56683, 8, "ref"),
 "Anupul": ("Anupul (barangay of Bamban)", "PH", "Tarlac", "commune", 15.27386, 120.56683, 8, "own (barangay not located; Bamban town point)"),
 "TarlacP": ("Tarlac", "PH", "Tarlac", "province", 15.48017, 120.59794, 40, "ref"),
 "Porac": ("Porac", "PH", "Pampanga", "town", 15.0711, 120.5423, 8, "ref"),
 "Pampanga": ("Pampanga", "PH", "Pampanga", "province", 15.08, 120.62, 50, "own"),
 "Pasay": ("Pasay", "PH", "Metro Manila", "town", 14.53748, 121.00144, 5, "ref"),
 "Davao": ("Davao City", "PH", "Davao del Sur", "town", 7.0731, 125.6128, 15, "own"),
 "Cebu": ("Cebu", "PH", "Cebu", "town", 10.3157, 123.8854, 30, "own (city; the province is close enough at this tolerance)"),
 # Thailand / Myanmar
 "MaeSot": ("Mae Sot", "TH", "Tak", "town", 16.71667, 98.56667, 8, "ref"),
 "MaeSotD": ("Mae Sot", "TH", "Tak", "district", 16.71667, 98.56667, 25, "ref (town point, district tolerance)"),
 "MaeSotAirport": ("Mae Sot Airport", "TH", "Tak", "site", 16.6999, 98.5450, 4, "own"),
 "Tak": ("Tak", "TH", "Tak", "province", 16.88, 98.85, 100, "own"),
 "FBridge": ("Thai-Myanmar Friendship Bridge (Mae Sot-Myawaddy)", "TH", "Tak", "site", 16.705, 98.527, 5, "own"),
 "Myawaddy": ("Myawaddy", "MM", "Kayin State", "town", 16.68911, 98.50893, 8, "ref"),
 "KKPark": ("KK Park", "MM", "Kayin State", "site", 16.647556, 98.520722, 5, "ref"),
 "ShweKokko": ("Shwe Kokko", "MM", "Kayin State", "site", 16.820472, 98.530917, 4, "ref"),
 "Kayin": ("Kayin State", "MM", "Kayin State", "province", 17.0, 97.8, 150, "own"),
 "Tachileik": ("Tachileik", "MM", "Shan State", "town", 20.4475, 99.88083, 8, "ref"),
 "Laukkaing": ("Laukkaing", "MM", "Shan State", "town", 23.69611, 98.76214, 8, "ref"),
 "Bangkok": ("Bangkok", "TH", "Bangkok", "town", 13.75398, 100.50144, 20, "ref"),
 "ChiangSaen": ("Chiang Saen", "TH", "Chiang Rai", "district", 20.27, 100.08, 25, "own"),
 # China etc.
 "Nanjing": ("Nanjing", "CN", "Jiangsu", "town", 32.0603, 118.7969, 20, "own"),
 "Beijing": ("Beijing", "CN", "Beijing", "town", 39.9042, 116.4074, 25, "own"),
 "Harbin": ("Harbin", "CN", "Heilongjiang", "town", 45.8038, 126.5350, 20, "own"),
 "Yunnan": ("Yunnan", "CN", "Yunnan", "province", 25.0, 101.5, 300, "own"),
 # Indonesia
 "Jakarta": ("Jakarta", "ID", "DKI Jakarta", "town", -6.2088, 106.8456, 20, "own"),
 "Soetta": ("Soekarno-Hatta International Airport", "ID", "Banten", "site", -6.1256, 106.6559, 4, "own"),
 "Tangerang": ("Tangerang", "ID", "Banten", "town", -6.1783, 106.6319, 15, "own"),
 "Banten": ("Banten", "ID", "Banten", "province", -6.4, 106.1, 80, "own"),
 "Bali": ("Bali", "ID", "Bali", "province", -8.34, 115.09, 100, "own"),
 "Medan": ("Medan", "ID", "North Sumatra", "town", 3.5952, 98.6722, 15, "own"),
 # Cambodia
 "PhnomPenh": ("Phnom Penh", "KH", "Phnom Penh", "town", 11.56245, 104.91601, 15, "ref"),
 "Sihanoukville": ("Sihanoukville", "KH", "Preah Sihanouk", "town", 10.60932, 103.52958, 10, "ref"),
 "PSP": ("Preah Sihanouk", "KH", "Preah Sihanouk", "province", 10.8656, 103.8071, 50, "ref"),
 "Sangkat4": ("Sangkat 4 (Sangkat Buon), Sihanoukville", "KH", "Preah Sihanouk", "commune", 10.60932, 103.52958, 8, "own (sangkat not located; Sihanoukville town point)"),
 "Village3": ("Village 3, Sangkat 4, Sihanoukville", "KH", "Preah Sihanouk", "site", 10.60932, 103.52958, 8, "own (village not located; Sihanoukville town point)"),
 "Ream": ("Ream", "KH", "Preah Sihanouk", "commune", 10.58512, 103.64743, 8, "ref"),
 "PreyNob": ("Prey Nob", "KH", "Preah Sihanouk", "district", 10.70, 103.75, 25, "own"),
 "Poipet": ("Poipet", "KH", "Banteay Meanchey", "town", 13.65805, 102.56365, 8, "ref"),
 "Bavet": ("Bavet", "KH", "Svay Rieng", "town", 11.06317, 106.13557, 8, "ref"),
 "KampotP": ("Kampot", "KH", "Kampot", "province", 10.7953, 104.3096, 60, "ref"),
 "AngkorWat": ("Angkor Wat", "KH", "Siem Reap", "site", 13.4125, 103.8670, 3, "own"),
 "SiemReap": ("Siem Reap", "KH", "Siem Reap", "town", 13.36179, 103.86056, 10, "ref"),
 "SRAirport": ("Siem Reap-Angkor International Airport", "KH", "Siem Reap", "site", 13.37, 104.22, 10, "own"),
 # Vietnam
 "MocBai": ("Moc Bai", "VN", "Tay Ninh", "site", 11.0735, 106.178, 3, "ref"),
 "TayNinh": ("Tay Ninh", "VN", "Tay Ninh", "province", 11.31004, 106.09828, 80, "ref"),
 "BenCau": ("Ben Cau", "VN", "Tay Ninh", "district", 11.11, 106.16, 25, "own"),
 "HCMC": ("Ho Chi Minh City", "VN", "Ho Chi Minh City", "town", 10.7769, 106.7009, 20, "own"),
 "Hanoi": ("Hanoi", "VN", "Hanoi", "town", 21.0285, 105.8542, 15, "own"),
 "DaNang": ("Da Nang", "VN", "Da Nang", "town", 16.0544, 108.2022, 15, "own"),
 # Laos
 "GTSEZ": ("Golden Triangle SEZ", "LA", "Bokeo", "site", 20.32, 100.11, 10, "ref"),
 "Kings": ("Kings Romans Casino", "LA", "Bokeo", "site", 20.345, 100.1, 4, "ref"),
 "TonPheung": ("Ton Pheung", "LA", "Bokeo", "district", 20.28, 100.11, 20, "ref"),
 "Bokeo": ("Bokeo", "LA", "Bokeo", "province", 20.27, 100.4178, 80, "ref"),
 "Boten": ("Boten", "LA", "Luang Namtha", "site", 21.19, 101.67, 6, "own (border crossing)"),
 "LuangNamtha": ("Luang Namtha", "LA", "Luang Namtha", "province", 20.95, 101.4, 80, "own"),
 "LuangPrabang": ("Luang Prabang", "LA", "Luang Prabang", "town", 19.8856, 102.1347, 10, "own"),
 "Savannakhet": ("Savannakhet", "LA", "Savannakhet", "town", 16.5703, 104.7622, 15, "own"),
 "Vientiane": ("Vientiane", "LA", "Vientiane Capital", "town", 17.9757, 102.6331, 20, "own"),
 # Kenya etc.
 "Nairobi": ("Nairobi", "KE", "Nairobi", "town", -1.2921, 36.8219, 15, "own"),
 "JKIA": ("Jomo Kenyatta International Airport", "KE", "Nairobi", "site", -1.3192, 36.9278, 4, "own"),
 "Mombasa": ("Mombasa", "KE", "Mombasa", "town", -4.0435, 39.6682, 15, "own"),
 "Zanzibar": ("Zanzibar", "TZ", "Zanzibar", "region", -6.1659, 39.2026, 60, "own"),
 "Sydney": ("Sydney", "AU", "New South Wales", "town", -33.8688, 151.2093, 25, "own"),
 "GeorgiaUS": ("Georgia (US state)", "US", "Georgia", "province", 32.7, -83.4, 300, "own (homonym: the US state, not the country)"),
}

SRC = {"ref": "reference/places.csv"}


def topo(text, key, role):
    place, cc, a1, level, lat, lon, tol, src = P[key]
    return {"text": text, "place": place, "country": cc, "admin1": a1,
            "level": level, "lat": lat, "lon": lon, "tolerance_km": tol,
            "role": role, "coord_source": SRC.get(src, src)}


def nonplace(text, cc):
    return {"text": text, "place": None, "country": cc, "admin1": None,
            "level": None, "lat": None, "lon": None, "tolerance_km": None,
            "role": "nonplace"}


PEOPLE = ("arrested", "detained", "rescued", "deported", "escaped", "victims")


def ev(type_, key, geo, date, prec, evidence, people=None, nat=None,
       seized=None, tol=None):
    place, cc, a1, level, lat, lon, t, src = P[key]
    ppl = {k: None for k in PEOPLE}
    ppl.update(people or {})
    return {"type": type_, "place": place, "country": cc, "admin1": a1,
            "lat": lat, "lon": lon, "tolerance_km": tol or t,
            "geo_precision": geo, "date": date, "date_precision": prec,
            "people": ppl, "nationalities": nat or {}, "seized": seized or {},
            "evidence": evidence, "coord_source": SRC.get(src, src)}


GOLD = {}

# ---------------------------------------------------------------- 01 Bamban
GOLD["heldout-01"] = ("2024-03-15", [
    nonplace("Philippine Daily Inquirer", "PH"),
    topo("Central Luzon", "CLUZ", "context"),
    topo("Bamban", "Bamban", "event"),
    topo("Tarlac", "TarlacP", "event"),
    topo("Barangay Anupul", "Anupul", "event"),
    nonplace("Vietnamese", "VN"),
    nonplace("Filipinos", "PH"),
    nonplace("Chinese", "CN"),
    nonplace("Malaysians", "MY"),
    topo("Indonesia", "ID", "context"),
    topo("Rwanda", "RW", "context"),
    topo("Taiwan", "TW", "context"),
    nonplace("Philippine Offshore Gaming Operator", "PH"),
    topo("Porac", "Porac", "event"),
    topo("Pampanga", "Pampanga", "event"),
    topo("Pasay City", "Pasay", "context"),
    topo("Davao City", "Davao", "offtopic"),
    topo("Cebu", "Cebu", "offtopic"),
    topo("Japan", "JP", "offtopic"),
    nonplace("Filipino", "PH"),
    topo("Mindanao", "MINDANAO", "offtopic"),
], [
    ev("raid", "Anupul", 1, "2024-03-13", "day",
       "PAOCC raided the Zun Yuan POGO compound in Barangay Anupul, Bamban, on Wednesday: 695 workers found/freed (383 Filipinos, 202 Chinese, 73 Vietnamese, 16 Malaysians, others from Indonesia, Rwanda, Taiwan), 8 Chinese supervisors arrested; 150 phones, 89 desktops, 37 laptops, 27 passports seized",
       people={"arrested": 8, "rescued": 695},
       nat={"PH": 383, "CN": 202, "VN": 73, "MY": 16, "ID": None, "RW": None, "TW": None},
       seized={"phones": 150, "computers": 89, "laptops": 37, "passports": 27}),
    ev("abuse", "Anupul", 1, "2024-03-13", "week",
       "workers were beaten for missing quotas; at least two Vietnamese showed bruises (reported at the raid)",
       people={"victims": 2}, nat={"VN": 2}),
    ev("raid", "Porac", 1, "2023-10-01", "month",
       "last October PAOCC and police raided a POGO hub in Porac, Pampanga"),
])

# ---------------------------------------------------------------- 02 Mae Sot handover
GOLD["heldout-02"] = ("2025-02-13", [
    topo("Mae Sot", "MaeSot", "event"),
    topo("Thailand", "TH", "event"),
    topo("Myanmar", "MM", "event"),
    nonplace("Karen", "MM"),
    topo("Myawaddy", "Myawaddy", "event"),
    topo("Moei River", "MOEI", "event"),
    topo("Thai-Myanmar Friendship Bridge", "FBridge", "event"),
    topo("Friendship Bridge", "FBridge", "event"),
    nonplace("Thai", "TH"),
    topo("Mae Sot district", "MaeSotD", "event"),
    topo("Tak province", "Tak", "event"),
    nonplace("Filipinos", "PH"),
    nonplace("Ethiopians", "ET"),
    nonplace("Kenyans", "KE"),
    topo("Indonesia", "ID", "context"),
    topo("Nepal", "NP", "context"),
    topo("Sri Lanka", "LK", "context"),
    topo("KK Park", "KKPark", "event"),
    topo("Shwe Kokko", "ShweKokko", "event"),
    nonplace("Chinese", "CN"),
    nonplace("Ethiopian", "ET"),
    topo("Bangkok", "Bangkok", "context"),
    topo("Tachilek", "Tachileik", "context"),
    nonplace("Thai PBS", "TH"),
    nonplace("Indian", "IN"),
    topo("Sydney", "Sydney", "offtopic"),
    topo("Georgia", "GeorgiaUS", "offtopic"),
], [
    ev("rescue", "FBridge", 1, "2025-02-12", "day",
       "on Wednesday the Border Guard Force freed 260 people of about 20 nationalities (138 Filipinos, 30 Ethiopians, 21 Kenyans, some Indonesians, Nepalis, Sri Lankans) from the Myawaddy area and handed them over on the Friendship Bridge to Thai soldiers in Mae Sot",
       people={"rescued": 260},
       nat={"PH": 138, "ET": 30, "KE": 21, "ID": None, "NP": None, "LK": None}, tol=10),
    ev("abuse", "KKPark", 1, None, "unknown",
       "freed workers said they had been held in KK Park and beaten or shocked with batons for missing targets"),
    ev("abuse", "ShweKokko", 1, None, "unknown",
       "freed workers said they had been held in Shwe Kokko and beaten or shocked for missing targets"),
    ev("policy", "TH", 4, "2025-02-05", "week",
       "last week Thailand cut electricity, internet and fuel to Myanmar border areas including Myawaddy and Tachilek"),
])

# ---------------------------------------------------------------- 03 Chinese flight
GOLD["heldout-03"] = ("2025-02-21", [
    topo("Mae Sot", "MaeSot", "event"),
    topo("Thailand", "TH", "event"),
    nonplace("Chinese", "CN"),
    topo("Myanmar", "MM", "event"),
    topo("Myawaddy", "Myawaddy", "event"),
    topo("Kayin State", "Kayin", "event"),
    nonplace("China Eastern Airlines", "CN"),
    topo("Mae Sot Airport", "MaeSotAirport", "event"),
    topo("Nanjing", "Nanjing", "context"),
    topo("China", "CN", "context"),
    nonplace("Thai", "TH"),
    topo("Beijing", "Beijing", "context"),
    topo("northern Myanmar", "NMM", "event"),
    topo("Harbin", "Harbin", "offtopic"),
    topo("Yunnan Province", "Yunnan", "offtopic"),
    topo("Laos", "LA", "offtopic"),
    topo("Hong Kong", "HK", "offtopic"),
    topo("Bangkok", "Bangkok", "offtopic"),
    nonplace("Thai Rice Exporters Association", "TH"),
    topo("Philippines", "PH", "offtopic"),
    topo("Indonesia", "ID", "offtopic"),
], [
    ev("deportation", "MaeSot", 1, "2025-02-20", "day",
       "200 Chinese fraud suspects transferred from Myawaddy compounds were flown home from Mae Sot on Thursday on two charter flights to Nanjing",
       people={"deported": 200}, nat={"CN": 200}),
    ev("compound_report", "Myawaddy", 1, None, "unknown",
       "the suspects had been held at scam compounds in Myawaddy, Kayin State"),
    ev("deportation", "NMM", 3, "2025-02-20", "year",
       "since 2023 more than 53,000 Chinese fraud suspects have been handed over to China from northern Myanmar",
       people={"deported": 53000}, nat={"CN": 53000}),
])

# ---------------------------------------------------------------- 04 Indonesia
GOLD["heldout-04"] = ("2024-06-05", [
    topo("Cambodia", "KH", "event"),
    topo("Jakarta", "Jakarta", "dateline"),
    nonplace("Indonesian", "ID"),
    nonplace("Indonesians", "ID"),
    topo("Phnom Penh", "PhnomPenh", "event"),
    topo("Soekarno-Hatta International Airport", "Soetta", "context"),
    topo("Tangerang", "Tangerang", "context"),
    topo("Banten", "Banten", "context"),
    nonplace("Cambodian", "KH"),
    topo("Sihanoukville", "Sihanoukville", "event"),
    topo("Southeast Asia", "SEA", "event"),
    topo("Myanmar", "MM", "context"),
    topo("Laos", "LA", "context"),
    topo("Philippines", "PH", "context"),
    topo("Bali", "Bali", "offtopic"),
    nonplace("Jakarta Globe", "ID"),
    nonplace("US", "US"),
    topo("Medan", "Medan", "offtopic"),
], [
    ev("deportation", "PhnomPenh", 1, "2024-06-04", "day",
       "on Tuesday the foreign ministry repatriated 56 Indonesians forced to work for scam syndicates in Cambodia; they flew from Phnom Penh to Soekarno-Hatta",
       people={"deported": 56}, nat={"ID": 56}),
    ev("raid", "Sihanoukville", 1, "2024-05-01", "month",
       "last month Cambodian police raided a scam syndicate's building in Sihanoukville and rescued 88 Indonesians",
       people={"rescued": 88}, nat={"ID": 88}),
    ev("abuse", "SEA", 3, "2024-06-05", "year",
       "the ministry has handled more than 3,700 cases of Indonesians caught in online scams across Southeast Asia since 2020",
       people={"victims": 3700}, nat={"ID": 3700}),
])

# ---------------------------------------------------------------- 05 Vietnam / Bavet
GOLD["heldout-05"] = ("2022-09-19", [
    nonplace("Vietnamese", "VN"),
    topo("Cambodia", "KH", "event"),
    topo("Tay Ninh", "TayNinh", "context"),
    topo("Bavet", "Bavet", "event"),
    topo("Moc Bai border gate", "MocBai", "event"),
    topo("Moc Bai", "MocBai", "event"),
    topo("Tay Ninh Province", "TayNinh", "event"),
    topo("Ben Cau District", "BenCau", "event"),
    nonplace("Cambodian", "KH"),
    nonplace("Vietnam News Agency", "VN"),
    nonplace("Tay Ninh Province Border Guard", "VN"),
    nonplace("Tay Ninh Border Guard", "VN"),
    topo("Ho Chi Minh City", "HCMC", "context"),
    topo("Hanoi", "Hanoi", "offtopic"),
    topo("Da Nang", "DaNang", "offtopic"),
    nonplace("Korean", "KR"),
], [
    ev("escape", "Bavet", 1, "2022-09-17", "day",
       "on Saturday night 42 Vietnamese broke out of a casino in Bavet and ran to the Moc Bai border gate",
       people={"escaped": 42}, nat={"VN": 42}),
    ev("abuse", "Bavet", 1, "2022-09-17", "day",
       "escapees were chased by casino guards and some caught and beaten; they had been locked up and forced to scam"),
    ev("rescue", "Bavet", 1, "2022-09-14", "day",
       "last Wednesday Cambodian police rescued 23 Vietnamese from another Bavet casino and handed them over at the border gate",
       people={"rescued": 23}, nat={"VN": 23}, tol=10),
    ev("deportation", "KH", 4, "2022-09-19", "year",
       "more than 500 Vietnamese brought back from Cambodia through Tay Ninh's border gates since the start of the year",
       people={"deported": 500}, nat={"VN": 500}),
])

# ---------------------------------------------------------------- 06 Khmer Times
GOLD["heldout-06"] = ("2023-09-08", [
    nonplace("Khmer Times", "KH"),
    topo("Sihanoukville", "Sihanoukville", "event"),
    topo("Preah Sihanouk province", "PSP", "event"),
    topo("Village 3", "Village3", "event"),
    topo("Sangkat 4", "Sangkat4", "event"),
    topo("Krong Preah Sihanouk", "Sihanoukville", "event"),
    nonplace("Chinese", "CN"),
    nonplace("Vietnamese", "VN"),
    nonplace("Indonesians", "ID"),
    nonplace("Malaysians", "MY"),
    topo("Poipet", "Poipet", "context"),
    topo("Phnom Penh", "PhnomPenh", "context"),
    topo("Ream commune", "Ream", "event"),
    topo("Prey Nob district", "PreyNob", "event"),
    nonplace("Thais", "TH"),
    topo("Kampot", "KampotP", "offtopic"),
    topo("Angkor Wat", "AngkorWat", "offtopic"),
    topo("Siem Reap", "SiemReap", "offtopic"),
    topo("Siem Reap-Angkor International Airport", "SRAirport", "offtopic"),
], [
    ev("raid", "Sangkat4", 1, "2023-09-07", "day",
       "yesterday police raided a six-storey building in Village 3, Sangkat 4, Krong Preah Sihanouk and detained 48 foreigners (31 Chinese, 9 Vietnamese, 5 Indonesians, 3 Malaysians), seizing 120 phones, 65 computers, 30 laptops and 52 passports",
       people={"detained": 48}, nat={"CN": 31, "VN": 9, "ID": 5, "MY": 3},
       seized={"phones": 120, "computers": 65, "laptops": 30, "passports": 52}),
    ev("abuse", "Sangkat4", 1, None, "unknown",
       "four of the Indonesians said they had been sold to the company by a broker in Poipet and not paid for three months",
       people={"victims": 4}, nat={"ID": 4}),
    ev("raid", "Ream", 1, "2023-08-01", "month",
       "late last month police raided a villa in Ream commune, Prey Nob district, freeing 20 Thais",
       people={"rescued": 20}, nat={"TH": 20}),
    ev("policy", "KH", 4, "2022-01-01", "year",
       "the government ordered a nationwide crackdown on online scams last year"),
])

# ---------------------------------------------------------------- 07 Laos GTSEZ
GOLD["heldout-07"] = ("2024-08-26", [
    nonplace("Vientiane Times", "LA"),
    topo("Golden Triangle", "GTSEZ", "event"),
    nonplace("Lao", "LA"),
    topo("Golden Triangle Special Economic Zone", "GTSEZ", "event"),
    topo("Bokeo province", "Bokeo", "event"),
    topo("Ton Pheung district", "TonPheung", "event"),
    nonplace("Chinese", "CN"),
    nonplace("Myanmar", "MM"),
    nonplace("Vietnamese", "VN"),
    nonplace("Indonesians", "ID"),
    topo("Boten", "Boten", "event"),
    topo("Luang Namtha province", "LuangNamtha", "event"),
    topo("Mekong River", "MEKONG", "context"),
    topo("Thailand", "TH", "context"),
    topo("Chiang Saen district", "ChiangSaen", "context"),
    topo("Kings Romans casino", "Kings", "context"),
    topo("Luang Prabang", "LuangPrabang", "offtopic"),
    topo("Savannakhet", "Savannakhet", "offtopic"),
    topo("Vientiane capital", "Vientiane", "offtopic"),
], [
    ev("raid", "GTSEZ", 1, "2024-08-16", "week",
       "between 10 and 22 August a joint operation in the Golden Triangle SEZ (Ton Pheung, Bokeo) detained 771 people: 317 Lao and 454 foreigners incl. 171 Chinese, 130 Myanmar, 85 Vietnamese, 68 Indonesians; 1,207 phones and 530 computers seized",
       people={"detained": 771},
       nat={"LA": 317, "CN": 171, "MM": 130, "VN": 85, "ID": 68},
       seized={"phones": 1207, "computers": 530}),
    ev("deportation", "GTSEZ", 1, "2024-08-26", "week",
       "162 of the detained foreigners have already been handed over to their embassies",
       people={"deported": 162}),
    ev("deportation", "Boten", 1, "2024-08-22", "day",
       "on Thursday Lao police handed 46 Chinese suspects to Chinese police at the Boten border crossing, Luang Namtha",
       people={"deported": 46}, nat={"CN": 46}),
    ev("policy", "LA", 4, None, "unknown",
       "the government ordered all illegal businesses to leave the zone by 10 August"),
    ev("compound_report", "GTSEZ", 1, None, "unknown",
       "the zone has been blamed for years for trafficking and money laundering, with workers lured from abroad"),
])

# ---------------------------------------------------------------- 08 Kenya / UNODC
GOLD["heldout-08"] = ("2024-10-09", [
    topo("Nairobi", "Nairobi", "dateline"),
    topo("Kenya", "KE", "context"),
    nonplace("Kenyans", "KE"),
    topo("Myanmar", "MM", "event"),
    topo("Jomo Kenyatta International Airport", "JKIA", "context"),
    topo("KK Park", "KKPark", "event"),
    topo("Myawaddy", "Myawaddy", "event"),
    topo("Thailand", "TH", "event"),
    nonplace("Kenyan", "KE"),
    topo("Bangkok", "Bangkok", "context"),
    nonplace("Thai", "TH"),
    nonplace("Americans", "US"),
    nonplace("Europeans", None),
    topo("Shwe Kokko", "ShweKokko", "event"),
    topo("Southeast Asia", "SEA", "context"),
    topo("Karen State", "Kayin", "event"),
    topo("Laukkaing", "Laukkaing", "event"),
    nonplace("Chinese", "CN"),
    topo("Golden Triangle Special Economic Zone", "GTSEZ", "event"),
    topo("Laos", "LA", "event"),
    topo("Sihanoukville", "Sihanoukville", "event"),
    topo("Cambodia", "KH", "event"),
    nonplace("Kenya Airways", "KE"),
    topo("Mombasa", "Mombasa", "offtopic"),
    topo("Zanzibar", "Zanzibar", "offtopic"),
    topo("Uganda", "UG", "offtopic"),
], [
    ev("rescue", "KKPark", 1, "2024-10-02", "week",
       "last week 32 Kenyans were rescued from KK Park outside Myawaddy and moved across into Thailand",
       people={"rescued": 32}, nat={"KE": 32}),
    ev("deportation", "TH", 4, "2024-10-07", "day",
       "the 32 Kenyans arrived home at JKIA on Monday night (repatriated from Thailand)",
       people={"deported": 32}, nat={"KE": 32}),
    ev("abuse", "KKPark", 1, None, "unknown",
       "victims worked up to 17 hours a day and were beaten, starved, locked in dark rooms or given electric shocks"),
    ev("deportation", "MM", 4, "2024-10-07", "year",
       "the government has helped 230 Kenyans return from Myanmar this year",
       people={"deported": 230}, nat={"KE": 230}),
    ev("abuse", "ShweKokko", 1, "2024-10-07", "month",
       "about 50 other Kenyans are believed still held in Shwe Kokko and other compounds",
       people={"victims": 50}, nat={"KE": 50}),
    ev("compound_report", "KKPark", 1, "2024-10-07", "day",
       "UNODC report released Monday named KK Park as a major scam hub"),
    ev("compound_report", "ShweKokko", 1, "2024-10-07", "day",
       "UNODC report released Monday named Shwe Kokko as a major scam hub"),
    ev("compound_report", "Laukkaing", 1, "2024-10-07", "day",
       "UNODC report released Monday named Laukkaing as a major scam hub"),
    ev("compound_report", "GTSEZ", 1, "2024-10-07", "day",
       "UNODC report released Monday named the Golden Triangle SEZ in Laos as a major scam hub"),
    ev("compound_report", "Sihanoukville", 1, "2024-10-07", "day",
       "UNODC report released Monday named Sihanoukville in Cambodia as a major scam hub"),
])


def main():
    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for stem, (published, topos, events) in GOLD.items():
        text = (HERE / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        for t in topos:  # every annotated surface form must occur in the text
            assert t["text"].lower() in text.lower(), (stem, t["text"])
        doc = {"article": f"{stem}.txt", "published": published,
               "toponyms": topos, "events": events}
        (out / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(stem, len(topos), "toponyms,", len(events), "events")


if __name__ == "__main__":
    main()
