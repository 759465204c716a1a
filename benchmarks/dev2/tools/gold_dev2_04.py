from gl import Doc, ref, own
d = Doc("dev2-04.txt", "2022-09-22")
d.non("Vietnamese", "VN"); d.non("Cambodian", "KH"); d.non("Chinese", "CN")
bav = d.top("Bavet", ref("Bavet"), "event")
mb = d.top("Moc Bai", ref("Moc Bai"), "event")      # also "Mộc Bài" in the caption (same form after diacritic folding)
d.top("Tay Ninh Province", ref("Tay Ninh"), "event")
tn = d.top("Tay Ninh", ref("Tay Ninh"), "event")
d.top("Svay Rieng", ref("Svay Rieng"), "event")
d.top("Mekong Delta", own("Mekong Delta", "VN", None, "region", 10.0, 105.8, 150, "rough region centre"), "context")
d.top("An Giang", ref("An Giang"), "event")
d.top("Dong Thap", own("Dong Thap Province", "VN", "Dong Thap", "province", 10.55, 105.6, 60,
                       "rough centre of the pre-2025 province"), "context")
d.top("Long An", own("Long An Province", "VN", "Long An", "province", 10.7, 106.2, 60,
                     "rough centre of the pre-2025 province"), "context")
kv = d.top("Kiri Vong District", own("Kiri Vong District", "KH", "Takeo", "district", 10.68, 104.85, 25,
           "district on the Vietnamese border in southern Takeo, rough"), "event")
d.top("Takeo Province", ref("Takeo"), "event")
d.top("Tinh Bien Town", own("Tinh Bien", "VN", "An Giang", "town", 10.59, 104.99, 15,
                            "border town of An Giang opposite Takeo, rough"), "event")
d.top("Chau Doc", ref("Chau Doc"), "context")
kh = d.top("Cambodia", ref("Cambodia"), "event")
vn = d.top("Vietnam", ref("Vietnam"), "event")
d.top("Hanoi", own("Hanoi", "VN", "Hanoi", "town", 21.0285, 105.8542, 15, "city centre"), "offtopic")
d.top("Ho Chi Minh City", own("Ho Chi Minh City", "VN", "Ho Chi Minh City", "town", 10.7769, 106.7009, 20, "city centre"), "offtopic")
d.top("Saigon River", own("Saigon River", "VN", "Ho Chi Minh City", "region", 10.78, 106.71, 30, "river at the city centre"), "offtopic")
d.top("Philippines", ref("Philippines"), "offtopic")
d.top("China", ref("China"), "offtopic")
d.top("East Sea", own("South China Sea (East Sea)", None, None, "region", 12.0, 113.0, 1000, "rough sea centre"), "offtopic")
d.top("Quang Nam", own("Quang Nam Province", "VN", "Quang Nam", "province", 15.57, 108.0, 60, "rough province centre"), "offtopic")
d.top("Quang Ngai", own("Quang Ngai Province", "VN", "Quang Ngai", "province", 15.0, 108.67, 50, "rough province centre"), "offtopic")
d.top("Da Nang", own("Da Nang", "VN", "Da Nang", "town", 16.0544, 108.2022, 15, "city centre"), "offtopic")

d.ev("raid", bav, 1, "2022-09-16", "day",
     "Svay Rieng police raided an online gambling company's office in Bavet on Sept. 16, freeing 57 Vietnamese and arresting 5 Chinese managers",
     people={"arrested": 5, "rescued": 57}, nat={"VN": 57, "CN": 5})
d.ev("deportation", bav, 1, "2022-09-19", "day",
     "Cambodian police on Monday handed the 57 Vietnamese to border guards at the Bavet international border gate opposite Moc Bai",
     people={"deported": 57}, nat={"VN": 57})
d.ev("abuse", bav, 1, None, "unknown",
     "the 57 had been made to push strangers into fake betting sites and had their passports kept by the company",
     people={"victims": 57}, nat={"VN": 57})
d.ev("escape", kv, 2, "2022-09-13", "day",
     "23 Vietnamese fled a compound in Kiri Vong District, Takeo, on the night of 13/9, running through rice fields to border guards in Tinh Bien",
     people={"escaped": 23}, nat={"VN": 23})
d.ev("abuse", kv, 2, "2022-06-01", "month",
     "several of the escapees said they had been held there since June, beaten with sticks and locked without food for three days; a 17-year-old had a broken arm",
     nat={"VN": None})
d.ev("deportation", mb, 1, "2022-09-21", "year",
     "Tay Ninh authorities said on Wednesday they had received 1,032 citizens from Cambodia through Moc Bai since the start of the year, 687 of them from gambling or scam firms",
     people={"deported": 1032}, nat={"VN": 1032})
d.ev("policy", tn, 3, "2022-09-15", "day",
     "on 15/9 the Tay Ninh People's Committee ordered border guards and police to step up patrols on illegal crossing trails")
d.ev("policy", vn, 4, "2022-09-20", "day",
     "Vietnam's Ministry of Public Security on Tuesday set up a working group with Cambodian police to verify and bring back Vietnamese held in such firms")
d.ev("policy", kh, 4, "2022-09-01", "month",
     "Cambodia's Interior Ministry earlier this month gave foreign-run companies until Sept. 30 to register foreign employees or face closure")
d.write()
