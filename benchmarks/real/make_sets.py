"""Assemble the real-article evaluation sets from this folder's gold and the article texts.

The gold files, manifests and annotators' notes here are ours; the article texts are
third-party pages (the first ~2,000 characters of each, from the library's ``pages``
search corpus) and are NOT in the repository. Point ``--texts`` at a folder holding
``r1/articles/*.txt`` ... ``r31/articles/*.txt`` (on the project machine: /work/realset).

Sets (fixed before any system output was looked at):

* ``realdev``  -- r1-r4 articles whose sha1(url) starts with an even hex digit (tuned on);
* ``realtest`` -- r1-r4, odd digit (never tuned on);
* ``realdev2`` -- r7, r8 (tuned on from the third round);
* ``realtest2`` -- r5, r6 (never tuned on);
* ``realtest3`` -- r9, r10 (made in the fifth session, never tuned on);
* ``realdev3`` -- r11-r13 (made in the fifth session, tuned on);
* ``realtest4`` -- r14-r16 (made in the fifth session after its tuning rounds; retired in the
  seventh session, when its segmentation failures were studied);
* ``realtest5`` -- r17-r19 (made in the seventh session, never tuned on);
* ``realtest6`` -- r20-r22 (made in the eighth session, never tuned on: policy and
  enforcement news, victims from Africa and South Asia, local Southeast Asian outlets);
* ``realtest7`` -- r23-r25 (made in the ninth session, never tuned on: the Myanmar border
  zones, Cambodia and Laos in Asian outlets, the Philippines, Timor-Leste, Palau and courts;
  studied from the tenth session on, when realtest8 replaced it);
* ``realtest8`` -- r26-r28 (made in the tenth session, never tuned on: the Thai side of the
  border, victims from East Asia and Vietnam, Laos and lesser-known Cambodian sites; studied
  from the eleventh session on, when realtest9 replaced it);
* ``realtest9`` -- r29-r31 (made in the eleventh session, never tuned on: courts, sanctions
  and extraditions; scam operations outside the usual hubs, from Sri Lanka to Namibia and
  Peru; NGO, UN and investigative reports and local Cambodian, Myanmar and Lao outlets);
* ``realtest10`` -- r32-r34 (made in the twelfth session: NGO, UN and investigative reports
  on where compounds are; local Cambodian, Lao and Myanmar outlets; home-country press in
  South Asia and Africa. Scored once blind at the session's start, then studied).
* ``realtest13`` -- r53-r56 (made in the nineteenth session, never tuned on: the Myanmar
  border zones in 2025, Cambodia's 2025-2026 crackdown, home-country press, enforcement
  across the region).
* ``realtest14`` -- r57-r60 (made in the twentieth session: Chinese state press on
  repatriations, Vietnamese press on escapes and border hand-overs, Indonesian and
  Malaysian home press, and the early years 2019-2022. Scored blind, then studied from the
  twenty-first session).
* ``realtest15`` -- r61-r64 (made in the twenty-first session: Philippine POGO raids, Thai
  press on the Myawaddy border and its power cuts, Indian press on trafficked Indians and
  recruiting agents, and US, UK, EU and Australian sanctions and enforcement. Scored blind,
  then studied from the twenty-second session).
* ``realtest16`` -- r65-r68 (made in the twenty-second session, never tuned on: South Korean
  victims and Korean police, NGO and UN publications, wire-service and state-broadcaster
  items, and scam operations spreading beyond the Mekong to the Gulf, Africa, South Asia
  and the Pacific).
* ``realtest17`` -- r69-r72 (made in the twenty-third session, never tuned on: Japanese,
  Taiwanese, Hong Kong and Macau citizens in the compounds; court cases, verdicts,
  indictments and extraditions; independent Myanmar and Cambodian media; long-form
  features and investigations by international outlets; scored blind, then studied from
  the twenty-fourth session).
* ``realtest18`` -- r73-r76 (made in the twenty-fourth session, never tuned on: think-tank
  and policy-magazine analysis; official statements and state media of the region;
  individual victims' cases that drew wide coverage; the Thailand-Cambodia border, its
  closures, cuts and clashes; scored blind, then studied from the twenty-fifth session).
* ``realtest19`` -- r77-r80 (made in the twenty-fifth session, never tuned on: Singaporean
  and Australian press on their citizens and enforcement; pages published in 2026 only;
  broadcasters' web pages; the money side: laundering busts, asset seizures, payment firms;
  scored blind, then studied from the twenty-sixth session).
* ``realtest20`` -- r81-r84 (made in the twenty-sixth session, never tuned on: citizens of
  Europe, the Americas, Africa and the former Soviet states; interceptions at airports,
  ports and borders and recruiters arrested at home; violence and deaths at compounds;
  governments' policy responses in the region and in victims' countries).
* ``realtest21`` -- r85-r88 (made in the twenty-eighth session, unseen until the
  forty-fourth, which scored it blind once more and studied it from then on: news
  agencies and wire services; press releases of police, ministries, embassies, UN bodies
  and NGOs; local and provincial press at the hubs and borders; year-in-review pieces,
  explainers and roundups with many events each).
* ``realtest22`` -- r89-r92 (made at the end of the twenty-eighth session: the early years
  2019-2021; Chinese state media and Hong Kong / Macau press; investigative long-reads;
  police and prosecutors acting at home against recruiters, money mules and returning
  workers. Scored blind at that session's end, then studied from the twenty-ninth).
* ``realtest23`` -- r93-r96 (made and scored blind in the twenty-ninth session, studied from
  the thirtieth: Thai and Malaysian home press on their citizens and on enforcement at
  home; the Lao and Shan State side of the Golden Triangle; Cambodian local and
  independent press, with places below the province; scam centres outside the Mekong
  hubs, from Batam and Dili to Georgia, Peru, Zambia and Nigeria).
* ``realtest24`` -- r97-r100 (made in the thirtieth session, never tuned on: victims'
  home-country press in South and East Asia; the Myanmar-Thai border in 2025; pages in
  Vietnamese, Indonesian, Malay and Filipino; Cambodia's 2025-2026 crackdown).
* ``realtest25`` -- r101-r104 (made in the thirty-first session, never tuned on: African
  citizens held in or sent home from the compounds, told by African outlets; broadcasters'
  websites; Vietnam's side of the Cambodian compounds (escapes across the border,
  hand-overs at Moc Bai and Hoa Lu); 2022, the year the story broke).
* ``realtest26`` -- r105-r108 (made in the thirty-second session, never tuned on: victims
  from Russia, Central Asia and Latin America; courts, sanctions and extraditions; deaths,
  torture and ransom inside the compounds; 2024, the middle years).
* ``realtest27`` -- r109-r112 (made in the thirty-third session, never tuned on: 2022, the
  year the story broke; 2023 (Laukkaing, Myawaddy and the Philippine hub raids); major
  Western newspapers and broadcasters; the latest months, July 2025 onwards).
* ``realtest28`` -- r113-r116 (made in the thirty-fourth session, never tuned on: news
  agencies and wire services; Myanmar's domestic and exile press; the early years
  2019-2021; official releases of ministries, embassies, police, UN agencies and NGOs).
* ``realtest29`` -- r117-r120 (made in the thirty-fifth session to be studied: pages in
  Thai, in the mainland Chinese press, in the Chinese press of Taiwan, Hong Kong, Singapore
  and Malaysia, and in Japanese).
* ``realtest30`` -- r121-r124 (made in the thirty-fifth session, never tuned on: the same
  four themes, other pages).
* ``realtest31`` -- r125-r128 (made in the thirty-sixth session to be studied: pages in
  the Hindi press of India, the Nepali press of Nepal, the Russian press, and the
  Russian-language press outside Russia).
* ``realtest32`` -- r129-r132 (made in the thirty-sixth session, never tuned on: the same
  four themes, other pages).
* ``realtest33`` -- r133-r136 (made in the thirty-seventh session to be studied: pages in
  the Khmer press of Cambodia, the Urdu press of Pakistan and India, the Bengali press of
  Bangladesh and India, and the Turkish press).
* ``realtest34`` -- r137-r140 (made in the thirty-seventh session, never tuned on: the same
  four themes, other pages).
* ``realtest35`` -- r141-r144 (made in the thirty-seventh session to be studied: pages in
  the Tamil press of India, the Tamil press of Sri Lanka and its diaspora, the Telugu press
  of Andhra Pradesh and Telangana, and the Marathi press of Maharashtra).
* ``realtest36`` -- r145-r148 (made in the thirty-seventh session, never tuned on: the same
  four themes, other pages).
* ``realtest37`` -- r149-r152 (made in the thirty-seventh session to be studied: pages in
  the Arabic press, the Malayalam press of Kerala, the Gujarati press and the Punjabi press
  in Gurmukhi).
* ``realtest38`` -- r153-r156 (made in the thirty-seventh session, never tuned on: the same
  four themes, other pages).
* ``realtest39`` -- r157-r160 (made in the thirty-eighth session to be studied: pages in
  the Indonesian, Vietnamese, Filipino (Tagalog) and Malay press).
* ``realtest40`` -- r161-r164 (made in the thirty-eighth session, never tuned on: the same
  four themes, other pages).
* ``realtest41`` -- r165-r168 (made in the thirty-eighth session to be studied: pages in
  the Spanish, Portuguese, French and German press).
* ``realtest42`` -- r169-r172 (made in the thirty-eighth session, never tuned on: the same
  four themes, other pages).
* ``realtest43`` -- r173-r176 (made in the thirty-ninth session to be studied: English
  pages of the wires on the 2025-2026 crackdown, the early years 2019-2022, victims'
  home-country press in Africa and South Asia, and the Philippine, Indonesian, Malaysian
  and Singaporean press on hubs on their own soil).
* ``realtest44`` -- r177-r180 (made in the thirty-ninth session, never tuned on: the same
  four themes, other pages).
* ``realtest45`` -- r181-r184 (made in the fortieth session to be studied: English pages
  of the Thai and Lao press on the compounds across their borders, independent and exile
  Myanmar media, the Cambodian English-language press, and the East Asian press on its
  citizens in the compounds).
* ``realtest46`` -- r185-r188 (made in the fortieth session, never tuned on: the same
  four themes, other pages).

``realtest`` was retired as a test set in the fifth session: its misses were studied and
fixed, so it is a development set now (the name is kept so that older figures still read).

    python3 benchmarks/real/make_sets.py --texts /work/realset --out /tmp/realsets
    .venv/bin/python benchmarks/score_all.py --only-extra --extra realtest=/tmp/realsets/realtest
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ["file", "url", "source", "title", "published", "country_focus", "date_basis"]


#: Annotation batch -> the set it belongs to (r1-r4 are split by URL, see _part).
_SET_OF_BATCH = {
    **dict.fromkeys(("r5", "r6"), "realtest2"),
    **dict.fromkeys(("r7", "r8"), "realdev2"),
    **dict.fromkeys(("r9", "r10"), "realtest3"),
    **dict.fromkeys(("r11", "r12", "r13"), "realdev3"),
    **dict.fromkeys(("r14", "r15", "r16"), "realtest4"),
    **dict.fromkeys(("r17", "r18", "r19"), "realtest5"),
    **dict.fromkeys(("r20", "r21", "r22"), "realtest6"),
    **dict.fromkeys(("r23", "r24", "r25"), "realtest7"),
    **dict.fromkeys(("r26", "r27", "r28"), "realtest8"),
    **dict.fromkeys(("r29", "r30", "r31"), "realtest9"),
    **dict.fromkeys(("r32", "r33", "r34"), "realtest10"),
    **dict.fromkeys(("r35", "r36", "r37"), "realtest11"),
    **dict.fromkeys(("r38", "r39", "r40", "r41"), "realdev4"),
    **dict.fromkeys(("r42", "r43", "r44"), "realtest12"),
    **dict.fromkeys(("r45", "r46", "r47", "r48"), "realdev5"),
    **dict.fromkeys(("r49", "r50", "r51", "r52"), "realdev6"),
    **dict.fromkeys(("r53", "r54", "r55", "r56"), "realtest13"),
    **dict.fromkeys(("r57", "r58", "r59", "r60"), "realtest14"),
    **dict.fromkeys(("r61", "r62", "r63", "r64"), "realtest15"),
    **dict.fromkeys(("r65", "r66", "r67", "r68"), "realtest16"),
    **dict.fromkeys(("r69", "r70", "r71", "r72"), "realtest17"),
    **dict.fromkeys(("r73", "r74", "r75", "r76"), "realtest18"),
    **dict.fromkeys(("r77", "r78", "r79", "r80"), "realtest19"),
    **dict.fromkeys(("r81", "r82", "r83", "r84"), "realtest20"),
    **dict.fromkeys(("r85", "r86", "r87", "r88"), "realtest21"),
    **dict.fromkeys(("r89", "r90", "r91", "r92"), "realtest22"),
    **dict.fromkeys(("r93", "r94", "r95", "r96"), "realtest23"),
    **dict.fromkeys(("r97", "r98", "r99", "r100"), "realtest24"),
    **dict.fromkeys(("r101", "r102", "r103", "r104"), "realtest25"),
    **dict.fromkeys(("r105", "r106", "r107", "r108"), "realtest26"),
    **dict.fromkeys(("r109", "r110", "r111", "r112"), "realtest27"),
    **dict.fromkeys(("r113", "r114", "r115", "r116"), "realtest28"),
    **dict.fromkeys(("r117", "r118", "r119", "r120"), "realtest29"),
    **dict.fromkeys(("r121", "r122", "r123", "r124"), "realtest30"),
    **dict.fromkeys(("r125", "r126", "r127", "r128"), "realtest31"),
    **dict.fromkeys(("r129", "r130", "r131", "r132"), "realtest32"),
    **dict.fromkeys(("r133", "r134", "r135", "r136"), "realtest33"),
    **dict.fromkeys(("r137", "r138", "r139", "r140"), "realtest34"),
    **dict.fromkeys(("r141", "r142", "r143", "r144"), "realtest35"),
    **dict.fromkeys(("r145", "r146", "r147", "r148"), "realtest36"),
    **dict.fromkeys(("r149", "r150", "r151", "r152"), "realtest37"),
    **dict.fromkeys(("r153", "r154", "r155", "r156"), "realtest38"),
    **dict.fromkeys(("r157", "r158", "r159", "r160"), "realtest39"),
    **dict.fromkeys(("r161", "r162", "r163", "r164"), "realtest40"),
    **dict.fromkeys(("r165", "r166", "r167", "r168"), "realtest41"),
    **dict.fromkeys(("r169", "r170", "r171", "r172"), "realtest42"),
    **dict.fromkeys(("r173", "r174", "r175", "r176"), "realtest43"),
    **dict.fromkeys(("r177", "r178", "r179", "r180"), "realtest44"),
    **dict.fromkeys(("r181", "r182", "r183", "r184"), "realtest45"),
    **dict.fromkeys(("r185", "r186", "r187", "r188"), "realtest46"),
}


def _part(folder: str, url: str) -> str:
    if folder in _SET_OF_BATCH:
        return _SET_OF_BATCH[folder]
    return "realdev" if int(hashlib.sha1(url.encode()).hexdigest()[0], 16) % 2 == 0 else "realtest"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, required=True, help="folder with rN/articles/*.txt")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--skip-missing",
        action="store_true",
        help="leave out pages whose text is missing (say which) instead of stopping",
    )
    args = parser.parse_args(argv)
    rows: dict[str, list[tuple[str, dict[str, str]]]] = {}
    missing = []
    seen: dict[str, str] = {}  # url -> the batch file that has it
    duplicates = []
    for manifest in sorted(HERE.glob("r*/manifest.csv")):
        folder = manifest.parent.name
        if not folder[1:].isdigit():
            continue  # r11b, r14b: second annotations of a batch (agreement.py), no set
        with manifest.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = args.texts / folder / "articles" / row["file"]
                if not text.is_file():
                    missing.append(str(text))
                    if args.skip_missing:
                        continue
                where = f"{folder}/{row['file']}"
                if row["url"] in seen:
                    duplicates.append(f"{where} repeats {seen[row['url']]}")
                seen.setdefault(row["url"], where)
                rows.setdefault(_part(folder, row["url"]), []).append((folder, row))
    if duplicates:
        print(f"{len(duplicates)} pages annotated twice: {'; '.join(duplicates)}", file=sys.stderr)
        return 1
    if missing and not args.skip_missing:
        print(f"{len(missing)} article texts missing, e.g. {missing[0]}", file=sys.stderr)
        return 1
    if missing:
        print(f"{len(missing)} article texts missing, left out: {', '.join(missing)}")
    for part, items in rows.items():
        target = args.out / part
        shutil.rmtree(target, ignore_errors=True)
        (target / "articles").mkdir(parents=True)
        (target / "gold").mkdir()
        with (target / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=FIELDS)
            writer.writeheader()
            for folder, row in items:
                stem = Path(row["file"]).stem
                (target / "articles" / f"{stem}.txt").symlink_to(
                    (args.texts / folder / "articles" / f"{stem}.txt").resolve()
                )
                shutil.copy(HERE / folder / "gold" / f"{stem}.json", target / "gold")
                writer.writerow({k: row.get(k, "") for k in FIELDS})
        print(f"{part}: {len(items)} articles -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
