"""Generate a synthetic corpus of scam-compound news articles for throughput benchmarks.

Each article is 500-900 words, written from templates in this file (no real article
text): a dateline, a lead about a raid / rescue / escape / deportation / report /
policy, supporting paragraphs with counts, nationalities, seizures and relative dates,
background, quotes, and page boilerplate (photo credits, "Related" blocks, headline
lists, comment prompts, an appended unrelated story). Files are ``.txt`` with a
``---`` front-matter block (title, source, url, published), so ``geotrack`` ingests
them as it would a user's folder.

    python benchmarks/make_synthetic.py --out /tmp/synthetic --count 5000 --seed 7
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

TOWNS = [
    "Sihanoukville", "Poipet", "Bavet", "Phnom Penh", "Kampot", "Koh Kong", "Pailin",
    "Anlong Veng", "O'Smach", "Chrey Thom", "Kep", "Siem Reap", "Battambang", "Takeo",
    "Mae Sot", "Myawaddy", "Tachileik", "Shwe Kokko", "Bokeo", "Pasay", "Clark",
]  # fmt: skip
PROVINCES = [
    "Preah Sihanouk", "Banteay Meanchey", "Svay Rieng", "Kandal", "Oddar Meanchey",
    "Pursat", "Kampong Speu", "Tak", "Shan State", "Kayin State",
]  # fmt: skip
DISTRICTS = ["Sen Sok", "Toul Kork", "Chbar Ampov", "Por Sen Chey", "Dangkao", "Mean Chey"]
SITES = [
    "KK Park",
    "Golden Triangle Special Economic Zone",
    "Dara Sakor",
    "Thmor Da",
    "Great Wall Park",
]
DEMONYMS = [
    ("Indonesians", "Indonesian"), ("Vietnamese", "Vietnamese"), ("Thais", "Thai"),
    ("Chinese", "Chinese"), ("Taiwanese", "Taiwanese"), ("Filipinos", "Filipino"),
    ("Malaysians", "Malaysian"), ("Kenyans", "Kenyan"), ("Indians", "Indian"),
    ("Bangladeshis", "Bangladeshi"), ("Sri Lankans", "Sri Lankan"), ("Ugandans", "Ugandan"),
]  # fmt: skip
DATELINES = ["PHNOM PENH —", "BANGKOK:", "HANOI (Reuters) -", "JAKARTA —", "MANILA:", "YANGON —"]
SOURCES = ["Mekong Daily", "Gulf Wire", "Asia Ledger", "Coastal Post", "Regional Times"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ITEMS = [
    "phones",
    "computers",
    "laptops",
    "passports",
    "electric batons",
    "safes",
    "SIM cards",
    "tablets",
]
RELATIVE = [
    "on {wd}",
    "yesterday",
    "last week",
    "earlier this month",
    "on {wd} night",
    "over three days",
]
WORDS = [
    "eight",
    "twelve",
    "twenty",
    "dozens of",
    "hundreds of",
    "more than 40",
    "about 150",
    "nearly 2,000",
]

LEADS = {
    "raid": [
        "{dl} Police raided a suspected online scam compound in {town} {rel}, detaining {n} people, including {k1} {dem1} and {k2} {dem2}, officials said.",
        "{dl} Authorities in {town} said {rel} they had searched several buildings used by a fraud syndicate and arrested {n} suspects.",
        "{dl} A joint task force stormed a casino complex on the edge of {town} {rel} and detained {n} workers suspected of running investment scams.",
    ],
    "rescue": [
        "{dl} Soldiers and police rescued {n} trafficking victims from a compound near {town} {rel}, among them {k1} {dem1}, the provincial governor said.",
        "{dl} {n} foreigners held against their will at a scam centre in {town} were freed {rel} after relatives alerted their embassy.",
    ],
    "escape": [
        "{dl} {n} {dem1} escaped from a guarded compound in {town} {rel} and walked for hours to reach a police post, a rights group said.",
    ],
    "deportation": [
        "{dl} The government deported {n} foreign nationals {rel} after they were found working for online fraud rings, immigration officials said.",
        "{dl} {n} {dem1} were repatriated from {town} {rel}, their foreign ministry said in a statement.",
    ],
    "compound_report": [
        "{dl} A new report published {rel} says at least {n} scam compounds are operating in {prov}, many of them inside former casinos and hotels.",
    ],
    "policy": [
        "{dl} The prime minister issued a directive {rel} ordering provincial governors to close scam centres within 60 days or lose their posts.",
        "{dl} The government set up a special committee {rel} to fight online fraud, headed by the interior minister.",
    ],
}
SUPPORT = [
    "Officers seized {s1} {i1}, {s2} {i2} and {s3} {i3} during the operation, according to a statement posted on the ministry's page.",
    "Those detained were taken to {town} for questioning, and {k1} of them were later handed to immigration police.",
    "The building, a {fl}-storey block owned by a local businessman, had been converted into dormitories and offices.",
    "Police said the suspects had targeted victims in {country} and Europe through romance and cryptocurrency schemes.",
    "A spokesman for the national police said the investigation was continuing and more arrests were expected {rel2}.",
    "Workers told officers they had been lured with offers of jobs in customer service paying {cash} a month.",
    "Several of the victims showed signs of beatings and said they had been held in dark rooms when they failed to meet targets.",
    "The embassy of {country} said it was arranging travel documents for {k2} of its citizens.",
    "Local residents said cars with tinted windows had come and gone from the site at night for more than a year.",
    "In {month}, a similar operation in {town2} led to the arrest of {k3} people, most of them foreigners.",
]  # fmt: skip
BACKGROUND = [
    "Rights groups estimate that tens of thousands of people from across Asia and Africa have been trafficked into scam centres in the region since the pandemic, when casinos built for tourists stood empty.",
    "The United Nations has said criminal groups earn billions of dollars a year from the schemes, which have spread from the Mekong region to other parts of the world.",
    "Governments in the region have traded accusations over the problem, and neighbouring countries have cut power and internet lines to some border areas.",
    "Analysts say the compounds often move when pressure mounts, shifting staff and equipment to new buildings within weeks.",
    "Survivors have described long working hours, confiscated passports and debts imposed by their employers, who threaten to sell them to other groups.",
    "Officials have repeatedly promised tougher action, including checks on hotels, casinos and rented villas in border towns.",
]  # fmt: skip
QUOTES = [
    '"We will not allow our country to be used as a base for these criminals," the minister told reporters.',
    '"Many of them did not know where they were going until they arrived," a social worker said.',
    '"The operations are highly organised and very mobile," said a researcher who has studied the industry for years.',
]
BOILERPLATE_HEADLINES = [
    ("Stocks slide as tech shares retreat", "Markets in the region fell for a third day on worries about interest rates."),
    ("Floods cut roads in northern provinces", "Heavy rain has forced hundreds of families from their homes."),
    ("Football: local side wins regional cup", "The team beat its rivals two goals to one in front of a full stadium."),
    ("Minister opens new bridge in {town3}", "The bridge is expected to cut travel times for farmers and traders."),
    ("Scam calls rise ahead of holidays, bank warns", "Customers were told never to share one-time passwords with callers."),
    ("Police hunt for escaped prisoner in {prov2}", "The man fled while being moved between two prisons."),
    ("Election commission sets date for vote", "Parties will have six weeks to register their candidates."),
]  # fmt: skip
UNRELATED = [
    "{dl2} The national airline announced on Thursday that it would add three weekly flights to Tokyo and Seoul from next month, citing strong demand from tourists and business travellers. The carrier said new aircraft would arrive later in the year and that ticket prices were expected to stay stable despite higher fuel costs. Tourism officials welcomed the move, saying visitor numbers were close to their levels before the pandemic.",
    "{dl2} Farmers in the delta said this year's rice harvest was the best in a decade after steady rains, though falling export prices could cut their incomes. The agriculture ministry said it would buy part of the crop for state reserves and help farmers find new markets abroad.",
]  # fmt: skip
TAILS = [
    "Related Articles",
    "Comments",
    "Read more:",
    "Join our Telegram channel for the latest news.",
    "Photo: File",
    "Advertisement",
]


# Real reporting almost never repeats a sentence word for word, so every sentence is varied:
# synonyms, an attribution to a named person, an opening adverbial. Without this, ~85% of the
# sentences of 5,000 articles would be exact repeats and any cache keyed on text would make
# the throughput figure meaningless.
SYNONYMS = {
    "police": ["police", "officers", "investigators", "security forces", "provincial police"],
    "said": ["said", "told reporters", "said in a statement", "stated", "confirmed", "added"],
    "compound": ["compound", "complex", "scam centre", "fraud hub", "walled site"],
    "officials": ["officials", "authorities", "local officers", "government officials"],
    "victims": ["victims", "workers", "trafficked people", "foreign workers", "people"],
    "suspects": ["suspects", "people", "workers", "foreigners", "staff"],
    "building": ["building", "block", "hotel", "property", "tower"],
    "operation": ["operation", "raid", "search", "sweep", "crackdown"],
    "the region": [
        "the region",
        "Southeast Asia",
        "the Mekong region",
        "the area",
        "neighbouring states",
    ],
}
_SYNONYM_RE = {word: re.compile(rf"\b{word}\b(?! post)") for word in SYNONYMS}
_SYLLABLES = ["so", "ka", "lin", "chan", "vy", "mar", "pho", "dara", "rith", "noy", "sam", "bo",
              "thi", "ngu", "yen", "lee", "tan", "wei", "ha", "min", "aung", "kyaw", "sok", "pich"]  # fmt: skip
ROLES = ["a police spokesman", "a provincial official", "an immigration officer", "a rights worker",
         "a local journalist", "a district governor", "an embassy official", "a researcher"]  # fmt: skip
OPENERS = ["", "", "", "Separately, ", "Meanwhile, ", "On {wd}, ", "Earlier, ", "In a statement, ",
           "According to officials, ", "At the same time, "]  # fmt: skip


def _name(rng: random.Random) -> str:
    parts = ["".join(rng.sample(_SYLLABLES, rng.randint(1, 2))).capitalize() for _ in range(2)]
    return " ".join(parts)


def _vary(sentence: str, rng: random.Random, *, lead: bool = False) -> str:
    for word, pattern in _SYNONYM_RE.items():
        if rng.random() < 0.7:
            sentence = pattern.sub(rng.choice(SYNONYMS[word]), sentence, count=1)
    if sentence.startswith('"'):  # a quote: vary its speaker
        body = sentence[: sentence.rindex('"') + 1]
        return f"{body} {rng.choice(ROLES)}, {_name(rng)}, {rng.choice(SYNONYMS['said'])}."
    if lead:
        return sentence
    opener = rng.choice(OPENERS).format(wd=rng.choice(WEEKDAYS))
    if opener and sentence[:1].isupper():
        sentence = opener + sentence[0].lower() + sentence[1:]
    if sentence.endswith(".") and rng.random() < 0.5:
        sentence = sentence[:-1] + f", {rng.choice(ROLES)}, {_name(rng)}, said."
    return sentence


def _fill(template: str, rng: random.Random, ctx: dict[str, str], *, lead: bool = False) -> str:
    return _vary(template.format(**ctx), rng, lead=lead)


def _context(rng: random.Random, published: dt.date) -> dict[str, str]:
    dem1, dem2 = rng.sample(DEMONYMS, 2)
    items = rng.sample(ITEMS, 3)
    return {
        "dl": rng.choice(DATELINES),
        "dl2": rng.choice(["YANGON —", "HANOI:", "VIENTIANE —", "SINGAPORE:"]),
        "town": rng.choice(TOWNS + SITES),
        "town2": rng.choice(TOWNS),
        "town3": rng.choice(TOWNS),
        "prov": rng.choice(PROVINCES),
        "prov2": rng.choice(PROVINCES),
        "district": rng.choice(DISTRICTS),
        "rel": rng.choice(RELATIVE).format(wd=rng.choice(WEEKDAYS)),
        "rel2": rng.choice(["this week", "in the coming days", "soon"]),
        "n": rng.choice(
            [
                str(rng.randint(3, 900)),
                f"{rng.randint(1, 3)},{rng.randint(100, 999)}",
                rng.choice(WORDS),
            ]
        ),
        "k1": str(rng.randint(2, 300)),
        "k2": str(rng.randint(2, 120)),
        "k3": str(rng.randint(5, 500)),
        "dem1": dem1[0],
        "dem2": dem2[0],
        "s1": str(rng.randint(10, 9000)),
        "s2": rng.choice(["eight", "twelve", "36", "104", "two"]),
        "s3": str(rng.randint(1, 60)),
        "i1": items[0],
        "i2": items[1],
        "i3": items[2],
        "fl": str(rng.randint(3, 20)),
        "country": rng.choice(
            ["Indonesia", "Thailand", "Vietnam", "India", "Kenya", "the Philippines", "China"]
        ),
        "cash": rng.choice(["US$800", "$1,200", "1,500 dollars", "30,000 baht"]),
        "month": rng.choice(["March", "April", "last February", "January"]),
    }


def make_article(index: int, rng: random.Random) -> tuple[str, str]:
    """One synthetic article: (file name, file text with front matter)."""
    published = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randint(0, 1400))
    kind = rng.choice(list(LEADS))
    ctx = _context(rng, published)
    paragraphs = [_fill(rng.choice(LEADS[kind]), rng, ctx, lead=True)]
    body_target = rng.randint(500, 900)
    pool = SUPPORT + BACKGROUND + QUOTES
    words = len(paragraphs[0].split())
    while words < body_target - 120:
        ctx = _context(rng, published) | {"dl": ""}
        sentences = [_fill(template, rng, ctx) for template in rng.sample(pool, rng.randint(1, 3))]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    paragraphs.append(
        rng.choice(["Reuters", "AFP", "Staff reporter", "With reporting by our correspondent"])
    )
    tail_kind = rng.random()
    if tail_kind < 0.4:
        paragraphs.append("Related Articles")
        for title, summary in rng.sample(BOILERPLATE_HEADLINES, 4):
            ctx = _context(rng, published)
            paragraphs += [title.format(**ctx), summary.format(**ctx)]
    elif tail_kind < 0.7:
        paragraphs.append(rng.choice(UNRELATED).format(**_context(rng, published)))
    else:
        paragraphs += rng.sample(TAILS, 2)
    text = "\n\n".join(paragraphs)
    name = f"synthetic-{index:05d}.txt"
    front = (
        f"---\ntitle: Synthetic {kind.replace('_', ' ')} report {index}\n"
        f"source: {rng.choice(SOURCES)}\nurl: https://example.org/news/{index}\n"
        f"published: {published.isoformat()}\n---\n"
    )
    return name, front + text + "\n"


def ensure_corpus(folder: Path, count: int, seed: int = 7) -> None:
    """Write the corpus into ``folder`` unless it already holds ``count`` articles."""
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) < count:
        main(["--out", str(folder), "--count", str(count), "--seed", str(seed)])


def main(argv: list[str] | None = None) -> int:
    """Write ``--count`` articles into ``--out``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, required=True, help="folder to write the .txt files into"
    )
    parser.add_argument("--count", type=int, default=5000, help="number of articles (default 5000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (same seed, same corpus)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    total_words = 0
    for index in range(args.count):
        name, text = make_article(index, rng)
        (args.out / name).write_text(text, encoding="utf-8")
        total_words += len(text.split())
    print(
        f"wrote {args.count} articles to {args.out} (mean {total_words / max(args.count, 1):.0f} words)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
