"""How many: people by category, nationalities with counts, and seized items, per sentence.

A number counts people when the words after it name people ("1,000 people", "271
Indonesians", "3 Chinese subjects", "10 of its citizens"); its category (arrested,
detained, rescued, deported, escaped, victims) comes from the nearest cue in the same
clause, else in the sentence. Numbers after "including" / "among them" are a breakdown:
they give nationalities, and a category only when the sentence states no total.
A number counts things when an item noun follows it ("804 computers", "eight tasers",
"47 desktop computers"); money in a sentence that reports a seizure is ``cash_<CUR>``.
Nationalities come from a demonym look-up passed in (``Gazetteer.nationality``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from geotrack.extract import fastre
from geotrack.extract.numbers import Number, find_numbers

__all__ = ["CountFacts", "Counts", "count_facts", "find_counts", "find_demonyms"]

NationalityFn = Callable[[str], str | None]

_PERSON = (
    r"people|persons?|nationals?|citizens?|workers?|victims?|suspects?|survivors?|men|women|children|"
    r"child|boys?|girls?|man|woman|teenagers?|minors?|individuals?|subjects?|employees?|staff|"
    r"foreigners?|tourists?|labou?rers?|migrants?|detainees?|hostages?|residents?|youths?|"
    r"personnel|scammers?|fraudsters?|members?|defendants?|trafficking\s+victims?|job\s?seekers?|"
    r"investors?|students?|teens?|adults?|captives?|escapees?|returnees?|deportees?|fugitives?|others|"
    r"managers?|bosses|ringleaders?|masterminds?|accomplices?|recruiters?|brokers?|traffickers?|"
    r"smugglers?|perpetrators?|offenders?|culprits?|operatives?|supervisors?|refugees?|"
    r"asylum\s+seekers?|(?:illegal\s+)?(?:immigrants?|entrants?)|overstayers?|inmates?|prisoners?|"
    r"passengers?|travell?ers?|applicants?|recruits?|trainees?|seafarers?|fishermen|kids|"
    r"compatriots?|countrymen"
)
_PERSON_RE = fastre.compile(rf"^(?:{_PERSON})\b", re.IGNORECASE)
#: ``_PERSON_RE.match(text[end:].lstrip(" "))`` as ``_PERSON_AFTER_RE.match(text, end)``
#: (without copying the rest of the text; the match also holds the spaces).
_PERSON_AFTER_RE = fastre.compile(rf" *(?:{_PERSON})\b", re.IGNORECASE)
_ITEMS: tuple[tuple[str, str], ...] = (
    (
        "tasers",
        r"tasers?|stun\s+guns?|electric(?:al)?\s+batons?|electro-?shock\s+(?:batons?|devices?|weapons?)|shock\s+batons?",
    ),
    ("laptops", r"laptops?(?:\s+computers?)?|notebook\s+computers?"),
    ("tablets", r"tablets?|ipads?"),
    ("computers", r"(?:desktop\s+)?computers?|desktops?|pcs?|cpus?"),
    (
        "phones",
        r"(?:mobile\s+|cell(?:ular)?\s+|smart\s?|hand\s?)?phones?|smartphones?|cellphones?|handsets?|"
        r"i-?phones?|mobiles",
    ),
    ("passports", r"passports?"),
    (
        # Satellite internet kits, seized in raids on compounds cut off from the grid.
        "starlink",
        r"starlink(?:\s+(?:satellite\s+)?(?:devices?|receivers?|terminals?|dishes|dish|kits?|"
        r"units?|routers?|antennas?|antennae|sets?))?",
    ),
    ("safes", r"safes?"),
    ("sim_cards", r"sim(?:\s|-)?cards?|sims"),
    ("bank_cards", r"(?:bank|atm|debit|credit)\s+cards?|bank\s?books?"),
    (
        "guns",
        r"(?:hand)?guns?|firearms?|pistols?|(?:assault\s+)?rifles?|shotguns?|revolvers?|carbines?|"
        # Rifle models by name: "three AK-47s", "two M16 rifles", "an M4 carbine".
        r"(?:ak-?47|ak-?74|m-?16|m-?4|type\s+56|uzi)(?:s|\s+(?:assault\s+)?(?:rifles?|carbines?))?",
    ),
    ("ammunition", r"(?:rounds|bullets|cartridges)(?:\s+of\s+ammunition)?|ammunition"),
    ("weapons", r"weapons?|grenades?|knives|machetes?|swords?"),
    ("cars", r"cars?|sedans?|suvs?|pickup\s+trucks?|pick-ups?"),
    ("motorbikes", r"motorbikes?|motorcycles?|scooters?"),
    ("vehicles", r"vehicles?|trucks?|vans?|minibuses|buses"),
)
#: Item keys that are also counted as vehicles (three cars and five motorbikes: 8 vehicles).
_VEHICLE_KINDS = frozenset(["cars", "motorbikes"])
#: The item nouns, one group per key: the alternatives are tried in order, so the group
#: that matches names the first key whose noun (and a word end) matches (see _item_at).
_ITEM_PATTERN = "^(?:" + "|".join(rf"(?P<{key}>(?:{pattern})\b)" for key, pattern in _ITEMS) + ")"
_ITEM_RE = re.compile(_ITEM_PATTERN, re.IGNORECASE)
#: The same without the groups (one trie): fails fast where no item noun starts.
_ITEM_SPANS_RE = fastre.compile(_ITEM_PATTERN, re.IGNORECASE, groups=False)
_SEIZE_RE = re.compile(
    # The lookahead (each alternative's possible first letters) lets the scan skip fast.
    r"(?=[scierfdhtuyn])\b(?:seiz\w*|confiscat\w*|impound\w*|recover\w*|exhibits?|evidence|found|discover\w*|"
    r"hauls?|stash\w*|yield(?:ed|ing)|netted|"
    r"carted\s+(?:away|off)|hauled\s+(?:away|off)|took\s+away|"
    r"collected|uncovered|taken\s+away|turned\s+up|retrieved)\b",
    re.IGNORECASE,
)
_SEIZE_LOWER = re.compile(_SEIZE_RE.pattern)  # on lower-cased text: faster than IGNORECASE
_CATEGORY_CUES: tuple[tuple[str, str], ...] = (
    (
        "deported",
        r"handed\s+over\s+(?:[\w,-]+\s+){0,7}?to\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:police|authorities|embass(?:y|ies)|consulates?|government)|"
        # "handed over 1,800 suspects to China", "handed over to the Chinese side": to a
        # country, an extradition.
        # (the cue scan runs on lower-cased text: the countries are named)
        r"(?:handed\s+over|transferred|turned\s+over)\s+(?:[\w,-]+\s+){0,9}?to\s+(?:the\s+)?(?:china|thailand|vietnam|laos|"
        r"cambodia|myanmar|malaysia|indonesia|philippines|taiwan|south\s+korea|korea|japan|india|"
        r"sri\s+lanka|kenya|[a-z]+\s+side)\b|"
        # "transferred 72 Chinese to the Chinese authorities": to another country's officials.
        r"(?:transferred|turned\s+over)\s+(?:[\w,-]+\s+){0,9}?to\s+(?:the\s+)?(?:chinese|thai|"
        r"vietnamese|lao|laotian|cambodian|myanmar|malaysian|indonesian|philippine|filipino|"
        r"taiwanese|(?:south\s+)?korean|japanese|indian|sri\s+lankan|kenyan)\s+"
        r"(?:police|authorities|officials|embassy|side|government)\b",
    ),
    (
        "victims",
        r"held\s+captive|held\s+against\s+(?:their|his|her|my|our)\s+will|trafficked|enslaved|trapped|lured|kidnapped|abducted|tortured|beaten|abused|assaulted|raped|whipped|electrocuted|shackled|chained|victims?|survivors?|forced\s+to\s+work|sold|"
        r"(?:still\s+)?(?:believed|thought|feared|said)\s+(?:to\s+be\s+)?(?:still\s+)?(?:held|trapped|confined|detained)|"
        r"(?:believed|thought|feared|said)\s+to\s+(?:still\s+)?remain\b|"
        # "34 more are still being held in the camps": still in the compounds, victims; "still
        # held in custody / by police" stays detention.
        r"(?:still|remain(?:s|ed)?)\s+(?:being\s+)?held(?!\s+(?:in\s+|at\s+|by\s+|under\s+)?"
        r"(?:the\s+|a\s+)?(?:[a-z]+\s+)?(?:police|custody|detention|immigration|jail|prison|"
        r"authorities|cells?|remand|station))|"
        r"missing|confined|imprisoned|locked\s+(?:up|in)|found\s+dead|died|killed|deaths|dead|bodies|"
        r"(?:death|murder|killing)\s+of|"
        r"(?:made|forced|compelled|coerced)\s+to\s+(?:work|run|scam|commit|carry\s+out|take\s+part|defraud)",
    ),
    (
        "rescued",
        r"rescu\w*|freed|freeing|frees|liberated|saved|handed\s+over|released|removed\s+from|"
        r"taken\s+out\s+of|pulled\s+out\s+of|evacuated|moved\s+to\s+(?:a\s+)?(?:shelter|safe\s+house)",
    ),
    (
        "deported",
        r"deport\w*|repatriat\w*|extradit\w*|sent\s+(?:back|home)|expelled|returned\s+home|"
        r"(?:flown|flew|brought|bring|brings|bringing|shipped)\s+(?:home|back)|land(?:ed)?\s+home|arrived\s+home|"
        r"return(?:ed)?\s+(?:home\s+)?from|return\s+home|c[ao]me\s+back\s+(?:home\s+)?from",
    ),
    ("escaped", r"escap\w*|fled|flee\w*|broke\s+out|swam"),
    (
        "arrested",
        r"arrest\w*|apprehend\w*|nabbed|netted|collared|caught(?!\s+on\s+(?:camera|film|video|cctv|tape)|\s+up\s+in\b)"
        # "caught up in online scams / in a crackdown": drawn in, no arrest stated.
        # "caught messaging her sister", "caught sleeping": an ordinary act seen, no arrest;
        # "caught smuggling", "caught trying to flee" are.
        r"(?!\s+(?!(?:trying|attempting|smuggling|trafficking|stealing|selling|dealing|carrying|"
        r"transporting|running|operating|fleeing|escaping|crossing|entering|sneaking|hiding|"
        r"scamming|defrauding|cheating|robbing|gambling|possessing|bribing|forging|laundering|"
        r"recruiting|luring|kidnapping|extorting|overstaying)\b|[a-z]+ing\s+(?:illegally|unlawfully|without)\b)"
        r"[a-z]+ing\b)|taken\s+into\s+custody|charged|rounded\s+up|held\s+for\s+prosecution",
    ),
    ("detained", r"detain\w*|detention|held|in\s+custody|intercepted"),
)
_CUE_RE = re.compile(
    "|".join(f"(?P<{key}{i}>\\b(?:{pattern}))" for i, (key, pattern) in enumerate(_CATEGORY_CUES)),
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(
    r"[;—–()]|\s-\s|,\s+(?:which|who|while|but|and\s+then|including)\b|\bincluding\b"
)
# On lower-cased text: faster than IGNORECASE. Every cue starts a word with a letter, so a
# cheap word-start test runs before the long alternation (about 3x faster).
_CUE_LOWER = fastre.compile(rf"(?<!\w)(?=[a-z])(?:{_CUE_RE.pattern})")
#: Where _CUE_RE matches (no groups: one trie, failing fast): for tests of whether a cue
#: is there, where its category does not matter.
_CUE_SPANS_RE = fastre.compile(_CUE_RE.pattern, re.IGNORECASE, groups=False)
#: Where _CUE_LOWER matches (no groups: its categories' alternatives make one trie), for
#: fastre.finditer: about 1.5x faster than scanning with the named groups.
_CUE_SPANS_LOWER = fastre.compile(rf"(?<!\w)(?=[a-z])(?:{_CUE_RE.pattern})", groups=False)
_INTENT_BEFORE_RE = re.compile(
    r"\b(?:to|awaiting|awaits|await|pending|waiting\s+for|ahead\s+of)\s+$", re.IGNORECASE
)
_PARTICIPLE_BEFORE_RE = re.compile(r"\b(?:the|those|these|all)\s+$", re.IGNORECASE)
#: After "those arrested", "the rescued": the participle is the head of the group, not an
#: adjective ("Those arrested included 12 Thais", "among those rescued were ...").
_PARTICIPLE_HEAD_AFTER_RE = re.compile(
    r"\s*[,;:]|\s+(?:included?|includes|including|comprised|numbered|were|are|was|is|in|at|"
    r"from|during|on|last|this|so|since|have|had)\b",
    re.IGNORECASE,
)
_BREAKDOWN_RE = re.compile(
    r"(?=[iaocmwt])(?:including|among\s+them|of\s+whom|of\s+them|among\s+whom|comprising|mostly|"
    r"mainly|(?:which|that)\s+(?:also\s+)?includ(?:es|ed|e))\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
#: Every match of _BREAKDOWN_RE holds one of these (for _may_hold).
_BREAKDOWN_NEEDLES = ("includ", "among", "whom", "them", "comprising", "mostly", "mainly")
_OF_NUMBER_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:\d|more|about|at\s+least)", re.IGNORECASE
)
#: After a number, what makes it a share of a group: "71 of them (were) Chinese", "ten of
#: those arrested were", "31 are Chinese", "32 were from Laos".
_COP = r"\s+(?:are|were|was|is)(?:\s+(?:all|also|mostly|mainly))?"
_SHARE_RES = tuple(
    re.compile(
        r"(?:\s+(?:out\s+)?(?:of|among)\s+(?:them|whom|those|these|the\s+[\w-]+)"
        + (r"\s+(?!(?:are|were|was|is)\b)[a-z-]+" * words)
        + rf"(?:{_COP})?|{_COP})(?:\s+from(?:\s+the)?)?\s+",
        re.IGNORECASE,
    )
    for words in (0, 1, 2)
)
_MOSTLY_BEFORE_RE = re.compile(
    r"\b(?:mostly|mainly|largely|predominantly|chiefly|majority(?:\s+of\s+(?:them|whom))?|"
    r"(?:most|many|some|all)\s+of\s+(?:them|whom)|including|among\s+(?:them|whom))"
    r"(?:\s+(?:were|are|was|is|from|the|being))*"
    r"(?:\s+[A-Z][\w'’-]+(?:\s+(?:nationals|citizens))?(?:,|\s+and|\s+or))*\s+$"
)
#: "with the rest from Nepal and Pakistan", "the remainder coming from Thailand, Indonesia":
#: the nationalities left over after a counted breakdown, named without a count.
_REST_FROM_BEFORE_RE = re.compile(
    r"\b(?:the\s+)?(?:rest|remainder|others)(?:\s+of\s+(?:them|whom))?"
    r"(?:\s+(?:were|are|was|is|being|came|come|coming|hailed|hailing|all|mostly|mainly))*"
    r"\s+from(?:\s+the)?"
    # a list: "Thailand, Indonesia and", "Sri Lanka, Nepal, and"; nothing after its "and"
    r"(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,)*"
    r"(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:and|or)|\s+(?:and|or))?\s+$"
)
#: "Besides the 67 Indians, officers arrested ...", "apart from the 23 who returned": a
#: group counted elsewhere, set aside; the sentence's verb is not about it.
_ASIDE_BEFORE_RE = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|except(?:\s+for)?)"
    r"\s+(?:the|those|these)\s+$",
    re.IGNORECASE,
)
#: Every match of _ASIDE_BEFORE_RE holds one of these words (for _may_hold).
_ASIDE_NEEDLES = ("besides", "apart", "aside", "addition", "other", "except")
#: "a group of 20 fled", "a batch of 45 were flown home": people with no noun of their own.
_GROUP_OF_BEFORE_RE = re.compile(
    r"\b(?:group|batch|party|contingent|busload|planeload)\s+of\s+(?:(?:about|around|some|nearly|"
    r"more\s+than|at\s+least|over)\s+)?$",
    re.IGNORECASE,
)
#: Every match of _GROUP_OF_BEFORE_RE holds one of these words (for _may_hold).
_GROUP_OF_NEEDLES = ("group", "batch", "party", "contingent", "busload", "planeload")
#: Between a counted noun phrase and the verb that governs it: an apposition, "who had
#: been", auxiliaries and adverbs, "among those".
_AFTER_NP_RE = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*|,[^,;()]{1,80},\s*)?"
    r"(?P<rel>(?:who|that)\s+)?"
    r"(?P<aux>(?:(?:were|was|are|is|have|has|had|been|being|got|get)\s+))?"
    r"(?:(?:were|was|are|is|have|has|had|been|being|got|all|also|later|then|reportedly|allegedly|"
    r"subsequently|successfully|eventually|already|since|now|just|finally|safely|among|the|those|"
    r"people|each|recently|initially|first|each)\s+)*",
    re.IGNORECASE,
)
_EARLIER_FIGURE_RE = re.compile(
    r"\b(?:initially|originally|first|earlier|previously|had|wrongly)\s+(?:been\s+)?"
    r"(?:reported|announced|given|put|said|stated|estimated|counted|listed|cited)"
    r"(?:\s+(?!as\b|at\b)[\w-]+){0,4}\s+(?:as|at)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_SOURCE_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: Every match of _SOURCE_BEFORE_RE holds this word (for _may_hold).
_SOURCE_NEEDLES = ("according",)
_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:brought|bringing|brings|raised|raising|raises|took|taking|takes|pushed|pushing|"
    r"lifted|lifting|revised|revising|increased|increasing|rose|rising|climbed)\s+"
    # "the total number of Vietnamese involved in the case to 71": a short "of" phrase.
    r"(?:(?:the|its|their|a)\s+)?(?:(?:total\s+|overall\s+|accumulated\s+|cumulative\s+)?"
    r"(?:total|number|tally|toll|figure|count)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,6})?|it|that)"
    r"\s+(?:up\s+)?to\s+$",
    re.IGNORECASE,
)
_DEATHS_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:deaths|fatalities|bodies)\b", re.IGNORECASE
)
#: A happening's noun counting its people: "made 35 arrests", "with 12 more arrests".
_TALLY_AFTER_RE = re.compile(
    r"\s+(?:more\s+|new\s+|further\s+)?(?P<noun>arrests|detentions|rescues|deportations)\b",
    re.IGNORECASE,
)
_TALLY_NOUNS = {
    "arrests": "arrested",
    "detentions": "detained",
    "rescues": "rescued",
    "deportations": "deported",
}
#: Officials after a demonym: "60 Taiwanese police officers", "12 Thai border guards" are
#: the ones acting, not people the story counts.
_OFFICIALS_RE = re.compile(
    r"(?:(?:police|immigration|border|security|military|government|embassy|consular|customs|"
    r"army|navy|provincial|local|senior|special|armed|riot|plainclothes|anti-?[a-z]+)\s+)?"
    r"(?:police(?:men|women)?|officers?|officials?|troops|soldiers?|agents?|"
    r"guards?|investigators?|diplomats?|envoys?|delegates?|authorities|lawmakers?|"
    r"prosecutors?|ministers?|commandos?|rangers?|military)\b"
)
_CASES_OF_RE = re.compile(r"\s+cases\s+(?:of|involving)\s+(?:the\s+)?", re.IGNORECASE)
#: Things a demonym can modify: "four Chinese (charter) flights", "two Thai companies".
_THINGS_AFTER_RE = re.compile(
    r"(?:(?P<word>[a-z-]+)\s+)?(?:flights?|planes?|aircraft|compan(?:y|ies)|firms?|gangs?|"
    r"syndicates?|networks?|groups|businesses|casinos?|compounds?|vessels?|boats?|ships?|"
    r"buses|trucks?|vehicles?|banks?|websites?|apps?|brands?|projects?|provinces?|cities|towns?|"
    r"villages?|states?|cases)\b"
)


def _things_after(after: str) -> bool:
    """``after`` (the text after a demonym) starts with a noun of things, at most one word
    later that is no verb or function word ("Chinese repatriation flights")."""
    match = _THINGS_AFTER_RE.match(after)
    if match is None:
        return False
    word = match.group("word")
    return word is None or not (word in _STOP_WORDS or word.endswith("ed"))


#: People who escort a group are not part of it: "under the escort of 60 officers",
#: "accompanied by 12 police".
_ESCORT_BEFORE_RE = re.compile(
    r"\b(?:escort(?:ed)?\s+(?:of|by)|accompanied\s+by|guarded\s+by|flanked\s+by|"
    r"chaperoned\s+by)\s+(?:a\s+total\s+of\s+|a\s+team\s+of\s+|a\s+group\s+of\s+)?$",
    re.IGNORECASE,
)
#: Every match of _ESCORT_BEFORE_RE holds one of these words (for _may_hold).
_ESCORT_NEEDLES = ("escort", "accompanied", "guarded", "flanked", "chaperoned")
#: "..., with one victim saying that ...": the speaker tells the story, is not counted in it.
_SPEAKER_AFTER_RE = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:victims?|survivors?|workers?|returnees?|escapees?|"
    r"residents?|witness(?:es)?|men|women|man|woman|former\s+workers?)\s+"
    r"(?:saying|telling|recalling|describing|adding|claiming|explaining|alleging|reporting)\b",
    re.IGNORECASE,
)
#: "..., followed by another 200": more of the same group.
_FOLLOWED_BY_BEFORE_RE = re.compile(
    r"\bfollowed\s+(?:later\s+)?by\s+(?:another|a\s+further|an\s+additional|a\s+second\s+group\s+of)\s+$",
    re.IGNORECASE,
)
_WITH_BEFORE_RE = re.compile(r"\bwith\s+$", re.IGNORECASE)
_WITH_NEEDLES = ("with",)
_AND_OTHERS_BEFORE_RE = re.compile(r"(?:\b[A-Z][a-z]+|\b[Hh]e|\b[Ss]he)\s+and\s+$")
_OTHERS_AFTER_RE = re.compile(r"\s+others?\b", re.IGNORECASE)
_COUNTRY_COUNT_RE = re.compile(
    r"(?P<country>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+\((?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\)"
)
_OBJECT_GAP_TAIL_RE = re.compile(
    r"(?:\s+(?:a\s+total\s+of|a\s+further|another|further|an?\s+additional|the|of|a|all|only|"
    r"just|also|at\s+least))*\s*$",
    re.IGNORECASE,
)
#: A verb (-ing/-ed form) right before a number that is not a category cue and not a verb
#: of saying or counting.
_OTHER_VERB_BEFORE_RE = re.compile(
    r"\b(?!(?:reported|estimated|added|stated|noted|confirmed|included|including|involved|"
    r"involving|totalled|totaled|totalling|numbered|numbering|identified|counted|listed|recorded|"
    r"registered|documented|verified|found|finding|located|discovered|interviewed|screened|"
    r"processed|checked|inspected|questioned|registered|accounted|affected|named|put|cited|"
    r"announced|revealed|showed|showing|indicated|claimed|alleged|allegedly|logged|compared|"
    r"topped|exceeded|reached|hit|surpassed|ranged|ranging|according|regarding|concerning|"
    r"bring|bringing|brought|raised|raising|comprised|comprising|consisted|consisting|contained|"
    r"containing|totaling)\b)(?P<verb>[a-z]{3,}(?:ing|ed))\s*$"
)
#: Between a verb and the number that is its object ("arrested 17", "the arrest of 98",
#: "rescued a total of 57", "detained another 12").
_OBJECT_GAP_RE = re.compile(
    r"(?:\s+(?:a\s+total\s+of|a\s+further|another|further|an?\s+additional|the|of|a|all|only|"
    r"just|also|at\s+least))*\s+",
    re.IGNORECASE,
)
_RELATIVE_THEN_VERB_RE = re.compile(
    r"\s*,?\s+(?:who|that)\s+[^;:()]{0,160}?\s(?:were|was|are|is|have\s+been|had\s+been|has\s+been)"
    r"(?:\s+(?:later|then|also|all|eventually|finally|subsequently|safely))?\s+(?=[a-z])"
)
_SHARE_OF_NUMBER_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:(?:the|those|these)\s+[\d,]+(?:\s+[a-z]+)?|those)\s+"
    r"(?:had|have|has|were|was|are|is)|(?:them|whom)(?:\s+(?:had|have|has|were|was|are|is|being))?)"
    r"(?:\s+(?:already|also|since|now|all|been|later|reportedly))*\s+",
    re.IGNORECASE,
)
_BARE_SUBJECT_RE = re.compile(
    r"\s+(?:more\s+)?(?:had|have|has|were|are)(?:\s+(?:already|also|still|since|now|all|been|later|reportedly))*\s+"
)
_PENDING_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:are|were|is|was|remain|remained)\s+(?:still\s+)?"
    r"(?:awaiting|waiting|stranded|stuck|due\s+to|expected\s+to|set\s+to|to\s+be)\b"
    # No copula: "with another 150 compatriots scheduled to return later", "40 more set to
    # fly home", "30 still awaiting repatriation".
    r"|\s+(?:still\s+|yet\s+)?(?:awaiting|waiting\s+(?:for|to)|(?:scheduled|set|slated|expected|due)"
    r"\s+to\s+(?:be|return|fly|leave|go|follow|arrive|depart)|to\s+be)\b"
)
#: Words that end a noun phrase: "a newspaper that the men had been ..." names no one person.
_CLAUSE_WORDS = r"(?:that|which|whose|the|and|but|or|said|says|told|when|where|while)\b"
_ONE_PERSON_RE = re.compile(
    # "a student", "one worker", "the 22-year-old student" (an age makes "the" one person)
    r"(?<![\w-])(?:[Aa]n?|[Oo]ne|[Tt]he(?=\s+\d{1,2}-year-old\b))\s+(?:(?!"
    + _CLAUSE_WORDS
    + r")[\w-]+\s+){0,3}?"
    r"(?:(?!" + _CLAUSE_WORDS + r")[a-z]{3,}|\d{1,2}-year-old)"
    r"(?:\s+in\s+(?:his|her|their)\s+\w+|\s+from\s+[A-Z][\w-]+){0,2}(?:,[^,]{1,60},)?"
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    # "a student was found to have been tortured", "a worker was said to have been beaten"
    r"(?:(?:found|said|believed|reported|thought)\s+to\s+have\s+been\s+)?"
)  # needs "was" or "been" (find_counts tests for them first)
#: "she was locked in a room", "he had been beaten": one person, told of by pronoun.
_PRONOUN_PERSON_RE = re.compile(
    r"(?<![\w-])(?:[Hh]e|[Ss]he)\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:(?:found|said|believed|reported|thought)\s+to\s+have\s+been\s+)?"
)
#: What a pronoun's one person counts as: what was done to a victim, or their escape.
_PRONOUN_CATEGORIES = frozenset(["victims", "detained", "escaped"])
#: A number that is part of a name ("Sangkat 3", "Village 4", "Building No. 5").
_LABEL_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w'’-]*|\bNo\.?|#)\s*$")
_BARE_FROM_RE = re.compile(r"\s+(?:each\s+)?from\s+(?:the\s+)?")
#: A verb of coming back or being moved: "from <country>" after it is where people were.
_MOVED_BEFORE_RE = re.compile(
    r"\b(?:come\s+back|came\s+back|coming\s+back|return\w*|repatriat\w*|deport\w*|"
    r"brought|flown|flew|rescu\w*|freed|fled|escap\w*|evacuat\w*|sent)\b",
    re.IGNORECASE,
)
_LIST_BEFORE_RE = re.compile(r"(?:,|\band|\bincluding|\bamong\s+them)\s*$")
#: After a verb of moving, a copula or "including" makes the counted people a predicate
#: or a breakdown ("those rescued were 18 persons from Nepal", "rescued 39,
#: including 12 from Laos"): their "from <country>" says who they are again.
_PREDICATE_AFTER_MOVED_RE = re.compile(
    r"\b(?:were|was|are|is|includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|among\s+them)\b",
    re.IGNORECASE,
)


def _moved_from(
    text: str, start: int, end: int, verb_re: re.Pattern[str] = _MOVED_BEFORE_RE
) -> bool:
    """A verb of moving in ``text[start:end]`` governs what follows it: "from <country>"
    there is where people were moved from, unless a copula or "including" comes between."""
    last_end = max((m.end() for m in verb_re.finditer(text, start, end)), default=-1)
    return last_end >= 0 and not _PREDICATE_AFTER_MOVED_RE.search(text, last_end, end)


#: A relative clause of the counted people's own, up to its verb: "23 who have returned".
_OWN_RELATIVE_RE = re.compile(
    r"\s*,?\s+(?:who|that)\s+(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)
#: "46 of those found there", "12 among those held": people by what happened to them.
_SHARE_OF_THOSE_RE = re.compile(
    r"\s+(?:out\s+)?(?:of|among)\s+those\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|found|held|caught|taken|brought|sent|kept|seen|met)\b",
    re.IGNORECASE,
)
_THE_BEFORE_RE = re.compile(r"\b(?:the|those|these)\s+$", re.IGNORECASE)
_OF_PEOPLE_RE = re.compile(r"\s*of\s+(?:the\s+)?", re.IGNORECASE)
_ORIGIN_AFTER_RE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)
_FROM_AFTER_RE = re.compile(r"\s+from\s+(?:the\s+)?", re.IGNORECASE)
#: People counted as moved from a place: "from <country>" after them is where they came
#: back from, not their nationality ("received 1,032 citizens from Cambodia").
_MOVED_CATEGORIES = frozenset(["deported", "rescued", "escaped"])
_MOVED_VERB_RE = re.compile(
    r"\b(?:receiv\w*|welcom\w*|return\w*|arriv\w*|brought|bring\w*|flown|flew|evacuat\w*|"
    r"ferried|transported|sent|took\s+back|taken\s+back|came\s+back|coming\s+back)\b",
    re.IGNORECASE,
)
#: A country that takes people in: "Vietnam received 1,032 citizens", "Indonesia's embassy
#: has brought home 40 of its nationals". Bare citizens/nationals after it are its own.
_RECEIVER_BEFORE_RE = re.compile(
    r"(?P<country>\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|’s)?"
    r"(?:\s+(?:[a-z]+\s+)?(?:authorities|government|officials|embassy|ministry|border\s+guards))?"
    r"\s+(?:(?:has|have|had)\s+(?:now\s+|also\s+|so\s+far\s+)?)?"
    r"(?:received|welcomed|brought\s+(?:home|back)|took\s+back|taken\s+back|repatriated)"
    r"(?:\s+(?:a\s+total\s+of|another|more\s+than|over|some|about|nearly|at\s+least))?\s+$"
)
_STOP_WORDS = frozenset(
    [
        "and",
        "or",
        "of",
        "in",
        "at",
        "to",
        "were",
        "was",
        "had",
        "have",
        "has",
        "that",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "said",
        "says",
        "say",
        "as",
        "after",
        "before",
        "from",
        "with",
        "by",
        "for",
        "on",
        "is",
        "are",
        "be",
        "been",
        "being",
        "it",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "than",
        "per",
        "a",
        "an",
        "the",
    ]
)
_NATIONALS_AFTER_RE = re.compile(r" (nationals?|citizens?)\b", re.IGNORECASE)
#: A capitalised word: ``\b[A-Z][a-zA-Z'’-]*[a-zA-Z]``, with the word-start test written
#: after the capital as a lookbehind (before a letter, ``\b`` is "no word character just
#: before"): a pattern that opens with a character set lets ``re`` skip to the next capital
#: in C instead of trying ``\b`` at every position (about 2x faster; the same matches).
_CAPWORD1_RE = re.compile(r"[A-Z](?<!\w[A-Z])[a-zA-Z'’-]*[a-zA-Z]")
#: Money that was a fine, a ransom, a wage or a debt, not cash taken in a raid.
_NOT_SEIZED_MONEY_RE = re.compile(
    r"\b(?:fined|fines?\s+of|paid|pay|paying|ransoms?(?:\s+of)?|owed|owing|debts?\s+of|"
    r"earn(?:ed|ing)?|salar(?:y|ies)\s+of|wages?\s+of|sold\s+for|for\s+between)\s+"
    r"(?:(?:about|around|up\s+to|some|nearly|more\s+than|at\s+least|an?|the|each)\s+)*$",
    re.IGNORECASE,
)
#: A figure of an earlier period that a change is measured from: "up from 150 in 2023",
#: "jumped from 21 to 220", "compared with 800 a year earlier".
_EARLIER_PERIOD_RE = re.compile(
    r"\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|jumped|climbed|increased|"
    r"decreased|dropped|declined|surged|soared|grew|grown|doubled|tripled|more\s+than\s+doubled)"
    r"\s+from|compared\s+(?:with|to)|as\s+against)\s+$",
    re.IGNORECASE,
)
#: Every match of _EARLIER_PERIOD_RE holds one of these words (for _may_hold).
_EARLIER_PERIOD_NEEDLES = ("from", "compared", "against")
#: "the number of Koreans reported missing", "the total of victims": the people a later
#: bare figure counts ("... has jumped to 220").
#: Every match of _EARLIER_FIGURE_RE opens with one of these words, and every match of
#: _TOTAL_BEFORE_RE holds one of its verbs' stems ("bring" for brings/bringing, "rais" for
#: raised/raising/raises, "tak" for taking/takes, ...): substring tests first (_may_hold).
_EARLIER_FIGURE_NEEDLES = (
    "initially",
    "originally",
    "first",
    "earlier",
    "previously",
    "had",
    "wrongly",
)
_TOTAL_BEFORE_NEEDLES = (
    "brought",
    "bring",
    "rais",
    "took",
    "tak",
    "push",
    "lift",
    "revis",
    "increas",
    "rose",
    "rising",
    "climbed",
)


def _may_hold(window: str, needles: tuple[str, ...]) -> bool:
    """False only when an IGNORECASE pattern needing one of ``needles`` cannot match.

    Exact: on ASCII text case-insensitive matching of ASCII letters is matching of the
    lower-cased text, so a match needs a needle as a substring; non-ASCII text (where
    IGNORECASE folds "ſ", "K" or "İ" onto ASCII letters) always goes to the regex. Callers
    search the same bounds as ``window``, so any match lies inside it. (Also used by
    :mod:`geotrack.extract.events`.)"""
    if not window.isascii():
        return True
    low = window.lower()
    # A plain loop: any() over a generator takes about 1.5x as long.
    for needle in needles:  # noqa: SIM110
        if needle in low:
            return True
    return False


_NUMBER_OF_RE = re.compile(
    r"\b(?:number|total|tally|count)\s+of\s+(?:the\s+|all\s+)?(?=[A-Za-z])", re.IGNORECASE
)
#: Before a bare figure of such a number: "rose to", "stood at", "reached", "totalled".
_REACHED_BEFORE_RE = re.compile(
    r"\b(?:to|at|reached|reaching|hit|hitting|totall?ed|totall?ing|topped|exceeded|surpassed|"
    r"passed)\s+$",
    re.IGNORECASE,
)
#: After such a figure: the end of the clause or a period phrase, no noun of its own.
_FIGURE_END_RE = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:in|this|last|so|by|as|on|during|since|over|between|according|"
    r"a\s+year|per|for|from|up|down|and|but|while|compared)\b",
    re.IGNORECASE,
)
#: "he and another Sri Lankan", "Daniel and one other worker": two people.
_PAIR_RE = re.compile(
    r"(?<![\w-])(?:[Hh]e|[Ss]he|I|[A-Z][a-z]+)\s+and\s+(?:another|one\s+other)\s+(?=[A-Za-z])"
)
#: One item named with "a"/"an" in a list of counted ones ("two pistols and a rifle").
_LISTED_ONE_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+(?:and|plus|as\s+well\s+as)\s+)an?\s+")
#: Nouns that split one group into parts: "six men and two women" are eight people.
_PART_NOUNS: dict[str, str] = {
    "men": "sex", "women": "sex", "man": "sex", "woman": "sex", "males": "sex",
    "females": "sex", "male": "sex", "female": "sex", "boys": "sex", "girls": "sex",
    "boy": "sex", "girl": "sex", "adults": "age", "children": "age", "minors": "age",
    "adult": "age", "child": "age", "minor": "age",
}  # fmt: skip
_PART_NOUN_RE = re.compile(r"\s*([a-z]+)\b", re.IGNORECASE)
#: Between two parts of a group: "six men and two women", "12 men, three women".
#: Between two groups counted side by side: "80 foreigners and 12 Filipinos".
_AND_GAP_RE = re.compile(r"\s+and\s+")
_PART_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s(?:and|plus)\s+)(?:another\s+)?")
#: "..., all of them Chinese", "..., all Chinese nationals", "were all Thais": the whole
#: counted group is of one nationality.
_ALL_OF_BEFORE_RE = re.compile(
    r"(?:,|\b(?:were|are|being))\s+all(?:\s+of\s+(?:them|whom))?(?:\s+(?:were|are|being))?\s+$",
    re.IGNORECASE,
)
#: Between two demonyms of a list: "Chinese and Myanmar", "Thai, Lao or Cambodian".
_DEMONYM_LIST_GAP_RE = re.compile(r",?\s+(?:and|or|as\s+well\s+as)\s+|,\s*")
_ARTICLE_ONE_RE = re.compile(r"\b(?:an?|one|another)\s+(?:\d{1,2}-year-old\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Counts:
    """The counts a sentence states.

    ``people``: category -> count; ``qualifiers``: category -> qualifier;
    ``nationalities``: ISO2 -> count or None; ``seized``: item -> amount;
    ``numbers``: the number phrases used (for evidence); ``cues``: category cues found.
    """

    people: dict[str, int] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    nationalities: dict[str, int | None] = field(default_factory=dict)
    seized: dict[str, float] = field(default_factory=dict)
    numbers: tuple[str, ...] = ()
    #: People counted with no category cue in the sentence ("found 695 people"), as
    #: (value, qualifier); the event type decides what they are.
    uncategorised: tuple[tuple[int, str | None], ...] = ()
    #: Running totals that replace an earlier figure of the thread ("brought the total to
    #: 40", "raised it to 64").
    totals: tuple[int, ...] = ()
    #: Nationalities of the people counted under each category ("deported 230 Kenyans ...
    #: still tracing 50 others": deported {KE: 230}, victims {KE: 50}).
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when the sentence states no count, nationality or seizure."""
        return not (self.people or self.nationalities or self.seized)


_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|at|from|to|into|across|of|near|inside|via|through|toward|towards|around)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Before a country named as a place ("held in Myanmar"), not as people ("cases of Indonesians").
_PLACE_PREP_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|into|across|near|inside|via|through|around|toward|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A country name used as a nationality: "citizens of Myanmar", "40 were from Laos",
#: "who came from Vietnam", "people from the Philippines" (only after person nouns or a copula).
#: A count in digits or words ("231", "six", "twenty-one").
_NUM_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|hundred|dozen)"
)
#: People nouns whose "from <country>" after a count gives their nationality.
_FROM_PEOPLE = (
    r"(?:people|persons|individuals|workers|victims|others|migrants|labou?rers|employees|"
    r"women|men|children)"
)
#: A counted group "from" a country ("231 people from", ", 29 from"): after a verb of
#: moving or coming back, the country is where they were, not who they are.
_COUNTED_FROM_RE = re.compile(
    rf"(?:\b{_NUM_WORD}\s+(?:[a-z]+\s+)?{_FROM_PEOPLE}|(?:,|\band)\s+{_NUM_WORD}(?:\s+each)?)"
    r"\s+from\b"
)
_COUNTRY_OF_BEFORE_RE = fastre.compile(
    r"(?:\b(?:citizens?|nationals?|natives?|passport\s+holders?)\s+(?:of|from)|"
    r"\b(?:were|was|are|is|being|all|mostly|mainly|largely|predominantly|chiefly)\s+from|"
    r"\b(?:came|come|comes|coming|hail(?:ed|s|ing)?)\s+from|"
    # "along with smaller groups from Indonesia, Nepal and Sri Lanka"
    r"\b(?:groups?|contingents?|handfuls?)\s+from|"
    # "231 people from Myanmar", "six individuals from Mozambique, 11 from Ethiopia"
    rf"\b{_NUM_WORD}\s+(?:[a-z]+\s+)?{_FROM_PEOPLE}\s+from|"
    rf"(?:,|\band|\bincluding|\bamong\s+them)\s+{_NUM_WORD}(?:\s+each)?\s+from)"
    # the earlier members of a list: "came from Laos, Vietnam and", "from Nepal and Sri Lanka,"
    r"(?:\s+(?:the\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,|,?\s+(?:and|or)))*\s+(?:the\s+)?$"
)


def find_demonyms(text: str, nationality: NationalityFn) -> list[tuple[int, int, str]]:
    """Demonyms in ``text`` as (start, end, ISO2), two-word forms first ("South Korean").

    A country name counts too where it names people's nationality: before a person noun
    ("130 Myanmar workers", "Lao nationals") and after "citizens of" or a copula
    ("were from Laos").
    """
    found: list[tuple[int, int, str]] = []
    words = [(m.start(), m.end()) for m in _CAPWORD1_RE.finditer(text)]
    i = 0
    while i < len(words):
        start, end = words[i]
        # Two adjacent capitalised words first ("Sri Lankans", "South Korean").
        if i + 1 < len(words) and words[i + 1][0] == end + 1 and text[end] == " ":
            pair_end = words[i + 1][1]
            code = nationality(text[start:pair_end])
            if code is None:
                code = _country_as_nationality(text, start, pair_end, nationality)
            if code:
                found.append((start, pair_end, code))
                i += 2
                continue
        code = nationality(text[start:end]) or _country_as_nationality(
            text, start, end, nationality
        )
        if code:
            found.append((start, end, code))
        i += 1
    return found


def _country_as_nationality(
    text: str, start: int, end: int, nationality: NationalityFn
) -> str | None:
    """ISO2 of a country name at [start, end) used as a nationality, else None."""
    noun = _NATIONALS_AFTER_RE.match(text, end)
    if noun:
        # "130 Myanmar citizens", "Lao nationals".
        return nationality(text[start:end] + " " + noun.group(1).lower())
    person = _PERSON_AFTER_RE.match(text, end)
    if person and person.group(0).lower().endswith(("s", "people", "men", "children", "staff")):
        if not _PREP_BEFORE_RE.search(text[max(0, start - 60) : start]):
            return nationality(text[start:end] + " nationals")
        return None
    if _nationality_context(text, start):
        return nationality(text[start:end] + " nationals")
    return None


#: Compiled once (``re.match(pattern, ...)`` looks its pattern up in re's cache per call).
#: "of their", "of these" between a number and its noun.
_OF_OWNER_RE = re.compile(r"(?i)of\s+(?:its|their|his|her|our|the|these|those)\s+")
_LETTERS_RE = re.compile(r"[A-Za-z-]+")
#: After a demonym: "Chinese nationals"; a plural word ("Thai workers"); "a boy from".
_NATIONALS_WORD_RE = re.compile(r"^(?:nationals?|citizens?)\b", re.IGNORECASE)
_PLURAL_WORD_RE = re.compile(r"^\w+s\b")
_ONE_FROM_BEFORE_RE = re.compile(
    r"\b(?:boy|girl|man|woman|child|national|citizen)\s+from\s+$", re.IGNORECASE
)
_PLURAL_DEMONYM_RE = re.compile(r"[A-Z][a-z]+(?:ns|is|ese|s)")


def _head(
    text: str, number: Number, demonyms: dict[int, tuple[int, str]]
) -> tuple[str, str | None, int, bool]:
    """What the number counts: ('person', ISO2 or None, end, part) / ('item:<key>', None,
    end, False) / ('', None, 0, False). ``part`` marks a share of a group stated elsewhere
    ("31 are Chinese", "71 of them Chinese")."""
    pos = number.end
    share_of = _SHARE_OF_NUMBER_RE.match(text, pos)
    if share_of and _CUE_SPANS_RE.match(text, share_of.end()):
        # "41 of the 78 (of them) had already returned home": a share, counted by its verb.
        return "person", None, share_of.end(), False
    if _OF_NUMBER_RE.match(text, pos):
        return "", None, 0, False
    bare = _BARE_SUBJECT_RE.match(text, pos)
    if (
        bare
        and _CUE_SPANS_RE.match(text, bare.end())
        and not _THE_BEFORE_RE.search(text, max(0, number.start - 8), number.start)
        and not _LABEL_BEFORE_RE.search(text, max(0, number.start - 30), number.start)
    ):
        # "..., while 11 are believed to be held": people of the sentence's group.
        return "person", None, pos, False
    if _may_hold(
        text[max(0, number.start - 40) : number.start], _GROUP_OF_NEEDLES
    ) and _GROUP_OF_BEFORE_RE.search(text, max(0, number.start - 40), number.start):
        verb_gap = _AFTER_NP_RE.match(text, pos)
        if verb_gap is not None and _CUE_SPANS_RE.match(text, verb_gap.end()):
            # "a group of 20 fled the compound": the group's members are counted.
            return "person", None, pos, False
    for share_re in _SHARE_RES:
        share = share_re.match(text, pos)
        if share and share.end() in demonyms:
            # "71 of them Chinese", "ten of those arrested were Chinese nationals",
            # "31 are Chinese", "32 were from Laos": a breakdown by nationality.
            end, iso = demonyms[share.end()]
            return "person", iso, end, True
    bare_from = _BARE_FROM_RE.match(text, pos)
    if (
        bare_from is not None
        and bare_from.end() in demonyms
        and _LIST_BEFORE_RE.search(text, max(0, number.start - 14), number.start)
        and not _moved_from(text, max(0, number.start - 100), number.start)
    ):
        # "73 from the Philippines, 29 from India, 20 from Indonesia": a list
        # member with no noun of its own.
        end, iso = demonyms[bare_from.end()]
        return "person", iso, end, False
    own = _OWN_RELATIVE_RE.match(text, pos)
    if own is not None and _CUE_SPANS_RE.match(text, own.end()):
        # "the 23 who have returned from Cambodia", "40 who were freed": people named by
        # what happened to them.
        return "person", None, pos, False
    if _SHARE_OF_THOSE_RE.match(text, pos):
        # "46 of those found in the buildings ... were rescued": a share of people named
        # by what happened to them; the verb of the sentence counts it.
        return "person", None, pos, False
    rest = text[pos : pos + 80]
    offset = 0
    code: str | None = None
    cases = _CASES_OF_RE.match(rest)
    if cases is not None and (
        pos + cases.end() in demonyms or _PERSON_RE.match(rest[cases.end() :])
    ):
        # "612 cases of Indonesians", "3,700 cases involving migrant workers": people.
        offset = cases.end()
    if _THE_BEFORE_RE.search(text, max(0, number.start - 8), number.start):
        participle = _CUE_RE.match(text, pos + len(rest) - len(rest.lstrip(" ")))
        if participle is not None and rest[:1] == " " and participle.group(0).endswith("ed"):
            # "of the 771 arrested", "the 50 rescued": people named by what happened to them.
            return "person", None, participle.start(), False
    if number.vague or number.value >= 100:
        # "hundreds of Indonesians", "thousands of people", "tens of thousands of workers".
        of_people = _OF_PEOPLE_RE.match(rest)
        if of_people and (
            pos + of_people.end() in demonyms or _PERSON_RE.match(rest[of_people.end() :])
        ):
            offset = of_people.end()
    # Allow up to three modifiers ("foreign", "related", "Chinese", "desktop") before the noun.
    for _ in range(4):
        stripped = rest[offset:].lstrip(" ")
        offset = len(rest) - len(stripped)
        if not stripped:
            break
        here = pos + offset
        if here in demonyms:
            end, iso = demonyms[here]
            code = iso
            after = text[end:]
            following = after.lstrip(" ")
            if not _PERSON_RE.match(following):
                item = _item_at(following)
                if item is not None:
                    # "17 Chinese passports", "40 Thai SIM cards": things, not people.
                    return f"item:{item}", None, end + len(after) - len(following), False
                if _OFFICIALS_RE.match(following) or _things_after(following):
                    # "60 Taiwanese police officers", "four Chinese repatriation flights":
                    # not the people the story counts.
                    return "", None, 0, False
                return "person", code, end, False
            offset = end - pos
            continue
        if _PERSON_RE.match(stripped):
            if code is None:
                # "230 citizens of Myanmar", "nationals from Laos".
                noun = _PERSON_RE.match(stripped)
                origin = _ORIGIN_AFTER_RE.match(text, here + (noun.end() if noun else 0))
                if origin and origin.end() in demonyms:
                    code = demonyms[origin.end()][1]
            return "person", code, here, False
        item = _item_at(stripped)
        if item is not None:
            return f"item:{item}", None, here, False
        units = _UNITS_OF_RE.match(stripped)
        if units and _item_at(stripped[units.end() :]) is not None:
            # "756 units of mobile phones", "20 pieces of laptops": the item is counted.
            offset += units.end()
            continue
        of_phrase = _OF_OWNER_RE.match(stripped)
        if of_phrase:
            offset += of_phrase.end()
            continue
        word = _LETTERS_RE.match(stripped)
        if not word or word.group(0).lower() in _STOP_WORDS:
            break
        lowered = word.group(0).lower()
        if (lowered.endswith("ing") and lowered != "trafficking") or (
            lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
        ):
            break  # "six fraud groups targeting victims": the groups are what is counted
        offset += word.end()
    return "", None, 0, False


#: Between a share and its group: "27 of the 28", "five out of those 12".
_PARTITIVE_GAP_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+", re.IGNORECASE)
#: A measure word before a counted item: "756 units of phones", "12 pieces of laptops".
_UNITS_OF_RE = re.compile(r"(?i)(?:units?|pieces?|pcs\.?|sets?)\s+of\s+")


def _item_at(text: str) -> str | None:
    """The item key whose noun starts ``text``, else None."""
    if _ITEM_SPANS_RE.match(text) is None:
        return None
    match = _ITEM_RE.match(text)
    return match.lastgroup if match is not None else None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _CLAUSE_BREAK_RE.finditer(text, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK_RE.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def _category(text: str, start: int, end: int, cues: list[tuple[int, int, str]]) -> str | None:
    """The category of the people counted at [start, end) (number to head noun).

    A verb right after the noun phrase governs it ("14 Thai women were rescued", "42
    workers fled", "twelve were among those freed"); else the nearest cue, same clause
    first. Cue words inside the noun phrase ("43 victims", "trafficked workers") only
    count when nothing else does: "rescued 43 victims" are rescued.
    """
    governed = [c for c in cues if c[1] <= start and _OBJECT_GAP_RE.fullmatch(text, c[1], start)]
    if governed:
        # "deported 130 foreigners arrested during a crackdown": the object's verb, not the
        # participle that describes it.
        return governed[-1][2]
    if _PENDING_AFTER_RE.match(text, end):
        return None  # "37 are still awaiting repatriation": not (yet) deported
    relative = _RELATIVE_THEN_VERB_RE.match(text, end)
    if relative is not None and _new_subject_in(text, relative.start(), relative.end()):
        # "Of the 56 Thais who were held there, eight were freed": the verb after the
        # relative clause is the share's ("eight"), not the group's.
        relative = None
    if relative is not None:
        # "11 people who told police they had been made to work there ... were taken out":
        # the verb after the relative clause.
        verb = _CUE_RE.match(text, relative.end())
        if verb is not None:
            return (verb.lastgroup or "").rstrip("0123456789")
    after = _AFTER_NP_RE.match(text, end)
    if after is not None:
        verb = _CUE_RE.match(text, after.end())
        if verb is not None and (
            after.group("rel") is None
            or after.group("aux") is not None
            or ((verb.lastgroup or "").startswith("escaped"))
        ):
            return (verb.lastgroup or "").rstrip("0123456789")
    gap = _OBJECT_GAP_TAIL_RE.search(text, max(0, start - 50), start)
    other = _OTHER_VERB_BEFORE_RE.search(text, max(0, start - 70), gap.start() if gap else start)
    if other is not None and not _CUE_SPANS_RE.match(text, other.start("verb")):
        # "on suspicion of sending at least 14 people", "a building housing 300 workers":
        # another verb's object takes no category from the sentence's cues.
        return None
    if not cues:
        return None
    outside = [c for c in cues if not (start <= c[0] < end)]
    cues = outside or cues
    left, right = _clause(text, start, end)

    def distance(cue: tuple[int, int, str]) -> int:
        return start - cue[1] if cue[1] <= start else max(cue[0] - end, 0)

    in_clause = [c for c in cues if c[0] >= left and c[1] <= right]
    pool = in_clause or cues
    return min(pool, key=distance)[2]


#: "a" or "an" (with an age) before a demonym: "a Chinese man", "an 18-year-old Thai".
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+(?:\d{1,2}-year-old\s+)?$")
#: After one listed person, the next member of the list: "and a Thai woman", ", two".
_NEXT_MEMBER_RE = re.compile(
    rf",?\s+(?:and|plus)\s+(?:an?\s|{_NUM_WORD}\b)|,\s+(?:an?\s|{_NUM_WORD}\b)", re.IGNORECASE
)
#: Before a listed person: "two Chinese men and a ...", "Thais, a ...".
#: After a demonym used as a noun: "..., a Malaysian and a Russian."
_DEMONYM_AS_NOUN_RE = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:and|were|was|are|is)\b")
_MEMBER_GAP_BEFORE_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+(?:and|plus)\s+)$")
_PERSON_BEFORE_RE = re.compile(rf"\b(?:{_PERSON}|[A-Z][a-z]+s)$", re.IGNORECASE)


def _listed_ones(text: str, demonym_spans: Sequence[tuple[int, int, str]]) -> list[Number]:
    """One person per "a <demonym> <person>" that is a member of a list of people ("a
    Chinese and a Thai man", "two Chinese men and a Cambodian woman"), as a number 1 at
    its article, so that the list adds up."""
    starts = {s0 for s0, _e, _c in demonym_spans}
    ends = {e0 for _s, e0, _c in demonym_spans}
    found: list[Number] = []
    for start, end, _code in demonym_spans:
        article = _ARTICLE_BEFORE_RE.search(text, max(0, start - 20), start)
        if article is None:
            continue
        noun = _PERSON_RE.match(text[end:].lstrip(" "))
        np_end = end + (len(text[end:]) - len(text[end:].lstrip(" ")) + noun.end() if noun else 0)
        elliptic = re.match(r"\s+(?:and|or)\s+an?\s+", text[end:])
        if noun is None and not (
            (elliptic and end + elliptic.end() in starts) or _DEMONYM_AS_NOUN_RE.match(text, end)
        ):
            continue  # "a Chinese company": no person
        if noun is not None and noun.group(0).endswith("s"):
            continue  # "a Chinese workers' dormitory": no one person
        gap = _MEMBER_GAP_BEFORE_RE.search(text, max(0, article.start() - 8), article.start())
        previous = gap.start() if gap else -1
        listed = _NEXT_MEMBER_RE.match(text, np_end) or (
            gap is not None
            and (
                previous in ends
                or _PERSON_BEFORE_RE.search(text, max(0, previous - 30), previous) is not None
            )
        )
        if not listed:
            continue
        word = text[article.start() : article.start() + 2].rstrip()
        found.append(Number(article.start(), article.start() + len(word), word, 1.0))
    return found


#: Names listed before "and N others": "Bai Suo, Wei Hua, and Xu Lao and".
_NAMES_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+(?:and\s+)?|\s+and\s+))+$"
)

#: Capitalised words that start no person's name: "In June, Daniel and five others".
_NOT_NAMES = frozenset([
    "in", "on", "at", "by", "for", "from", "with", "after", "before", "since", "during",
    "last", "this", "the", "a", "an", "and", "but", "then", "police", "officers", "officials",
    "authorities", "meanwhile", "however", "also", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])  # fmt: skip
_NAME_SEP_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _names_before(
    text: str,
    start: int,
    demonym_spans: Sequence[tuple[int, int, str]],
    nationality: NationalityFn,
) -> int:
    """How many people are named in the list that ends in "and" right before ``start``
    (at least one: "Daniel and"); a list holding a demonym or country counts one."""
    names = _NAMES_BEFORE_RE.search(text, max(0, start - 300), start)
    if names is None:
        return 1
    if any(names.start() <= s0 < start for s0, _e, _c in demonym_spans):
        return 1
    count = 0
    for member in reversed([m for m in _NAME_SEP_RE.split(names.group(0)) if m]):
        if member.split()[0].lower() in _NOT_NAMES or nationality(member + " nationals"):
            break  # "In June, Daniel and five others"; "Thailand, Laos and 3 other countries"
        count += 1
    return max(1, count)


_OF_ITS_RE = re.compile(r"\bof\s+(?:its|their)\s+(?:own\s+)?$")
#: A country that owns "its citizens": "Ethiopia's foreign ministry", "Uganda said",
#: "Hong Kong officials".
_OWNER_RE = re.compile(
    r"\b(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:(?P<poss>'s|’s)|\s+(?P<role>(?:[a-z]+\s+)?"
    r"(?:government|officials|authorities|embassy|ministry|police|said|says|confirmed|"
    r"announced|reported|has|had)\b))"
)


def _owner_country(text: str, start: int, nationality: NationalityFn) -> str | None:
    """ISO2 of the one country before ``start`` that speaks or acts for "its citizens"
    ("Ethiopia's ministry said ... 120 of its citizens"); None when there is none or more."""
    codes: set[str] = set()
    for match in _OWNER_RE.finditer(text, 0, start):
        name = match.group("country")
        # "Neighbouring Uganda said": the last word when the pair is no country
        code = nationality(name + " nationals") or nationality(name.split()[-1] + " nationals")
        if code is not None:
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


#: Between two coordinated verbs: "arrested and deported", "rescued and later repatriated".
_VERB_AND_RE = re.compile(r",?\s+and\s+(?:(?:then|later|subsequently|eventually)\s+)?")


def _coordinated_category(
    text: str, start: int, end: int, cues: list[tuple[int, int, str]], category: str
) -> str | None:
    """A second category verb coordinated with the one that governs the people counted
    at [start, end): "arrested and deported 462 people" (object), "40 Thais were rescued
    and repatriated" (passive). None when there is none or it is the same category."""
    governed = [c for c in cues if c[1] <= start and _OBJECT_GAP_RE.fullmatch(text, c[1], start)]
    if governed:
        verb = governed[-1]
        other = [c for c in cues if c[1] <= verb[0] and _VERB_AND_RE.fullmatch(text, c[1], verb[0])]
    else:
        after = _AFTER_NP_RE.match(text, end)
        if after is None or after.group("rel") is not None:
            return None
        passive = [c for c in cues if c[0] == after.end()]
        if not passive:
            return None
        verb = passive[0]
        other = [c for c in cues if c[0] >= verb[1] and _VERB_AND_RE.fullmatch(text, verb[1], c[0])]
    if verb[2] != category or not other or other[0][2] == category:
        return None
    return other[0][2]


@dataclass(frozen=True, slots=True)
class CountFacts:
    """What :func:`find_counts` reads from a sentence whatever its ``exclude`` and
    ``seizure_context``: its numbers, demonyms and category cues (see :func:`count_facts`)."""

    text: str
    nationality: NationalityFn
    numbers: tuple[Number, ...]
    demonyms: list[tuple[int, int, str]]
    lowered: str
    cues: list[tuple[int, int, str]]


def count_facts(
    text: str, nationality: NationalityFn, numbers: Sequence[Number] | None = None
) -> CountFacts:
    """The facts :func:`find_counts` needs of ``text``, to share between several counts of
    the same sentence (``numbers``: ``find_numbers(text)`` when the caller has it)."""
    lowered = text.lower()
    same_length = len(lowered) == len(text)  # lower() may grow a few Unicode letters
    cue_scan = (
        fastre.finditer(_CUE_SPANS_LOWER, _CUE_LOWER, lowered)
        if same_length
        else _CUE_RE.finditer(text)
    )
    cues = [
        (m.start(), m.end(), (m.lastgroup or "").rstrip("0123456789"))
        for m in cue_scan
        if not _INTENT_BEFORE_RE.search(
            text, max(0, m.start() - 14), m.start()
        )  # "urged to rescue"
        and not (
            m.group(0).endswith("ed")
            and _PARTICIPLE_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
            and not _PARTICIPLE_HEAD_AFTER_RE.match(text, m.end())
        )  # "150 of the rescued foreigners were deported": an adjective
    ]
    return CountFacts(
        text,
        nationality,
        tuple(find_numbers(text) if numbers is None else numbers),
        find_demonyms(text, nationality),
        lowered,
        cues,
    )


def _seizes(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered``: ``text.lower()``) has a seizure verb."""
    if len(lowered) == len(text):  # lower() may grow a few Unicode letters
        return _SEIZE_LOWER.search(lowered) is not None
    return _SEIZE_RE.search(text) is not None


def find_counts(
    text: str,
    *,
    nationality: NationalityFn,
    seizure_context: bool = False,
    exclude: Sequence[tuple[int, int]] = (),
    numbers: Sequence[Number] | None = None,
    facts: CountFacts | None = None,
) -> Counts:
    """The people, nationality and seized-item counts stated in one sentence.

    Parameters
    ----------
    text
        The sentence.
    nationality
        Demonym -> ISO2 look-up ("Indonesians" -> "ID"), e.g. ``Gazetteer.nationality``.
    seizure_context
        Treat item counts as seized even without a seizure verb in this sentence (the
        previous sentence reported the seizure).
    exclude
        Spans (start, end) whose numbers are not counts (the day in "August 26").
    numbers
        ``find_numbers(text)`` when the caller has it already.
    facts
        ``count_facts(text, nationality)`` when the caller counts the same sentence more
        than once (with other ``exclude`` or ``seizure_context``); facts of another text or
        another ``nationality`` are ignored (computed afresh).

    Returns
    -------
    Counts
        Only what the sentence states; implausible numbers are left out.

    Examples
    --------
    >>> demo = {"Indonesians": "ID", "Vietnamese": "VN"}.get
    >>> c = find_counts("Police detained 271 Indonesians and 213 Vietnamese.", nationality=demo)
    >>> c.people, c.nationalities
    ({'detained': 484}, {'ID': 271, 'VN': 213})
    """
    if facts is None or facts.nationality is not nationality or facts.text != text:
        facts = count_facts(text, nationality, numbers)
    numbers = [
        n
        for n in facts.numbers
        if n.plausible
        and n.kind in ("count", "money")
        and not any(a <= n.start < b for a, b in exclude)
    ]
    demonym_spans = facts.demonyms
    demonyms = {s: (e, code) for s, e, code in demonym_spans}
    if demonym_spans and " and " in text:
        numbers = sorted([*numbers, *_listed_ones(text, demonym_spans)], key=lambda n: n.start)
    lowered = facts.lowered
    cues = facts.cues
    # Whether the sentence reports a seizure: looked up when the first money or item count
    # asks (most sentences count neither).
    seizing: bool | None = True if seizure_context else None

    people: dict[str, list[tuple[int, str | None, str | None]]] = {}
    nationalities: dict[str, int | None] = {}
    seized: dict[str, float] = {}
    used: list[str] = []
    uncategorised: list[tuple[int, str | None]] = []
    totals: list[int] = []
    codes_seen: list[str] = []
    origins: set[int] = set()
    shares: list[tuple[str, int, int]] = []  # (category, index in people[category], start)
    # Where each counted group stands: (category, index in people[category]) -> (start, end).
    group_spans: dict[tuple[str, int], tuple[int, int]] = {}
    previous_breakdown, previous_end = False, -1000
    # The last group counted: (category or "" for uncategorised, index in its list).
    last_group: tuple[str, int] | None = None
    # The last counted part of a group: (category, kind, index in people[category], end, ISO2).
    last_part: tuple[str, str, int, int, str | None] | None = None
    # "The number of Koreans reported missing has jumped ... to 220": who a bare figure counts.
    # "27 of the 28 workers had been abused": the group's noun counts the share.
    share_values: dict[int, int] = {}
    if " of the " in lowered or " of those " in lowered:
        for share_n, group_n in itertools.pairwise(numbers):
            if _PARTITIVE_GAP_RE.fullmatch(text, share_n.end, group_n.start) and (
                share_n.as_int < group_n.as_int
            ):
                share_values[group_n.start] = share_n.as_int
    # Exact guard: a match holds one of these words, lower-cased (none has an "i" or "s",
    # the letters IGNORECASE also matches to non-ASCII ones that lower() keeps: "ı", "ſ").
    number_of = (
        _NUMBER_OF_RE.search(text)
        if " of " in lowered and any(w in lowered for w in ("number", "total", "tally", "count"))
        else None
    )
    number_of_head: tuple[int, int, str | None] | None = None
    if number_of is not None:
        probe = Number(number_of.end(), number_of.end(), "", 0.0)
        kind, of_code, of_end, _part = _head(text, probe, demonyms)
        if kind == "person":
            of_noun = _PERSON_RE.match(text[of_end : of_end + 40]) if of_code is None else None
            number_of_head = (of_end, of_end + (of_noun.end() if of_noun else 0), of_code)
    for number in numbers:
        if number.kind == "money":
            if _NOT_SEIZED_MONEY_RE.search(text, max(0, number.start - 30), number.start):
                continue  # "fined 5,000 yuan", "paid a ransom of $3,000": not a haul
            if seizing is None:
                seizing = _seizes(text, lowered)
            if seizing and number.currency:
                key = f"cash_{number.currency}"
                seized[key] = seized.get(key, 0.0) + number.value
                used.append(number.text)
            continue
        before_number = text[max(0, number.start - 70) : number.start]
        if _may_hold(before_number, _SOURCE_NEEDLES) and _SOURCE_BEFORE_RE.search(before_number):
            continue  # "according to two of the survivors": who told it, not who it happened to
        if _may_hold(before_number, _EARLIER_FIGURE_NEEDLES) and _EARLIER_FIGURE_RE.search(
            before_number
        ):
            continue  # "first reported as 86", "had put the number at 58": superseded
        # "raising the total number of suspects sent back across the border to 900": the "of"
        # phrase may run long, so the window reaches further back.
        before_total = text[max(0, number.start - 110) : number.start]
        if _may_hold(before_total, _TOTAL_BEFORE_NEEDLES) and _TOTAL_BEFORE_RE.search(before_total):
            # "... brought the total to 40", "raised it to 64": the thread's new total.
            totals.append(number.as_int)
            used.append(number.text)
            continue
        if (
            _may_hold(before_number, _WITH_NEEDLES)
            and _WITH_BEFORE_RE.search(before_number)
            and _SPEAKER_AFTER_RE.match(text, number.end)
        ):
            continue  # "with one victim saying that ...": who told it
        head, code, head_end, part = _head(text, number, demonyms)
        if (
            last_group is not None
            and head in ("", "person")
            and _FOLLOWED_BY_BEFORE_RE.search(before_number)
        ):
            # "150 landed at dawn, followed by another 120 at night": the group grows.
            group_category, index = last_group
            if group_category:
                old_value, old_qual, old_code = people[group_category][index]
                if code in (None, old_code):
                    people[group_category][index] = (old_value + number.as_int, old_qual, old_code)
                    if old_code and old_code in nationalities:
                        nationalities[old_code] = (nationalities[old_code] or 0) + number.as_int
                    used.append(number.text)
                    continue
            elif code is None:
                old_value, old_qual = uncategorised[index]
                uncategorised[index] = (old_value + number.as_int, old_qual)
                used.append(number.text)
                continue
        head_span: tuple[int, int] | None = None
        if (
            not head
            and number_of_head is not None
            and number.start > number_of_head[1]
            and _REACHED_BEFORE_RE.search(text, max(0, number.start - 12), number.start)
            and _FIGURE_END_RE.match(text, number.end)
        ):
            # "the number of victims rescued rose to 340": the people named before.
            head, code, head_end = "person", number_of_head[2], number.end
            head_span = number_of_head[:2]
        if (
            head == "person"
            and _may_hold(before_number[-40:], _EARLIER_PERIOD_NEEDLES)
            and _EARLIER_PERIOD_RE.search(before_number[-40:])
        ):
            continue  # "up from 150 people in 2023": the period compared with
        if not head and _DEATHS_AFTER_RE.match(text, number.end):
            # "14 abuse-linked deaths", "11 deaths of workers": people the abuse was done to.
            people.setdefault("victims", []).append((number.as_int, number.qualifier, None))
            used.append(number.text)
            continue
        tally = None if head else _TALLY_AFTER_RE.match(text, number.end)
        if tally is not None:
            # "the sweep ended in 35 arrests": the people arrested.
            tallied = _TALLY_NOUNS[tally.group("noun").lower()]
            people.setdefault(tallied, []).append((number.as_int, number.qualifier, None))
            last_group = (tallied, len(people[tallied]) - 1)
            used.append(number.text)
            continue
        if head.startswith("item:"):
            if seizing is None:
                seizing = _seizes(text, lowered)
            if seizing:
                key = head[5:]
                seized[key] = seized.get(key, 0.0) + number.value
                if key in _VEHICLE_KINDS:
                    seized["vehicles"] = seized.get("vehicles", 0.0) + number.value
                used.append(number.text)
            continue
        if head != "person":
            continue
        if _may_hold(before_number, _ESCORT_NEEDLES) and _ESCORT_BEFORE_RE.search(before_number):
            continue  # "under the escort of 60 officers": not the group they escort
        if code is not None:
            person = _PERSON_RE.match(text[head_end : head_end + 40])
            origin = _FROM_AFTER_RE.match(text, head_end + (person.end() if person else 0))
            if (
                origin is not None
                and demonyms.get(origin.end(), (0, None))[1] == code
                and (
                    any(
                        c[2] in _MOVED_CATEGORIES
                        and c[1] <= number.start
                        and not _PREDICATE_AFTER_MOVED_RE.search(text, c[1], number.start)
                        for c in cues
                    )
                    or _moved_from(text, 0, number.start, _MOVED_VERB_RE)
                )
            ):
                # "repatriated 200 citizens from Myanmar": where they came back from (a
                # verb before them); "40 workers from Laos were deported" are Lao.
                origins.add(origin.end())
                code = None
        if code is None and text.startswith(("citizen", "national"), head_end):
            receiver = _RECEIVER_BEFORE_RE.search(text, max(0, number.start - 90), number.start)
            if receiver is not None:
                code = nationality(receiver.group("country") + " nationals")
            elif _OF_ITS_RE.search(text, number.end, head_end):
                # "Uganda said 30 of its citizens were held": the country that speaks.
                code = _owner_country(text, number.start, nationality)
        value = share_values.get(number.start, number.as_int)
        inherited = False
        bare = head_end == number.end or (part and code is None)
        # "Fourteen Kenyans escaped and eight of them have returned home": a share of the
        # group named before.
        share = (
            code is None
            and head_end > number.end
            and _SHARE_OF_NUMBER_RE.match(text, number.end) is not None
        )
        if (
            code is None
            and (bare or share or _OTHERS_AFTER_RE.match(text, number.end))
            and len(set(codes_seen)) == 1
        ):
            code, inherited = codes_seen[0], True  # "230 Kenyans ... 50 others": Kenyans too
        if code:
            codes_seen.append(code)
        if (
            "and" in before_number  # (every match of the case-sensitive pattern holds it)
            and _AND_OTHERS_BEFORE_RE.search(before_number)
            and _OTHERS_AFTER_RE.match(text, number.end)
        ):
            # "Daniel and 11 other Kenyans": twelve people; "Bai X, Xu Y and four other
            # suspects": six.
            value += _names_before(text, number.start, demonym_spans, nationality)
        each_codes: list[str] = []
        if code and not inherited:
            nationalities[code] = (nationalities.get(code) or 0) + value
            if text.startswith(" each ", number.end):
                # "one each from Malaysia and Russia": the count holds for every country.
                each_codes = _each_of_list(text, head_end, demonyms)
                for other in each_codes:
                    nationalities[other] = (nationalities.get(other) or 0) + value
        if _may_hold(before_number, _ASIDE_NEEDLES) and _ASIDE_BEFORE_RE.search(before_number):
            # "Besides the 67 Indians, officers arrested nine ...": counted elsewhere; the
            # nationality stands, the sentence's verb is not theirs. Their own relative
            # clause still tells what happened to them ("besides the 23 who have returned").
            own = _OWN_RELATIVE_RE.match(text, head_end)
            own_cue = _CUE_RE.match(text, own.end()) if own is not None else None
            if own_cue is not None:
                own_category = (own_cue.lastgroup or "").rstrip("0123456789")
                people.setdefault(own_category, []).append((value, number.qualifier, code))
            used.append(number.text)
            continue
        breakdown = (
            part
            or (
                _may_hold(text[max(0, number.start - 60) : number.start], _BREAKDOWN_NEEDLES)
                and _BREAKDOWN_RE.search(text, max(0, number.start - 60), number.start) is not None
            )
            or (code is not None and previous_breakdown and previous_end >= number.start - 30)
        ) and not (code is None and head_end == number.end and _governs_cue(text, number.end))
        previous_breakdown, previous_end = breakdown, head_end
        noun_match = _PERSON_RE.match(text[head_end : head_end + 40])
        np_end = head_end + noun_match.end() if noun_match else max(number.end, head_end)
        noun = text[head_end : head_end + 12].lower()
        category = (
            _category(text, number.start, np_end, cues)
            if head_span is None
            else _category(text, head_span[0], head_span[1], cues)
        )
        if category is None and (noun.startswith("victim") or noun.startswith("survivor")):
            category = "victims"
        part_noun = _PART_NOUN_RE.match(text, head_end)
        part_kind = _PART_NOUNS.get(part_noun.group(1).lower()) if part_noun else None
        before_part, last_part = last_part, None
        if category and not breakdown:
            if (
                part_kind is not None
                and before_part is not None
                and before_part[:2] == (category, part_kind)
                and (code is None or before_part[4] is None or code == before_part[4])
                and _PART_GAP_RE.fullmatch(text, before_part[3], number.start)
            ):
                # "six men and two women were flown home": one group of eight.
                index = before_part[2]
                old_value, old_qual, old_code = people[category][index]
                people[category][index] = (old_value + value, old_qual, None)
                last_part = (category, part_kind, index, np_end, code or old_code)
                used.append(number.text)
                continue
            people.setdefault(category, []).append((value, number.qualifier, code))
            group_spans[(category, len(people[category]) - 1)] = (number.start, np_end)
            people[category].extend((value, number.qualifier, other) for other in each_codes)
            last_group = (category, len(people[category]) - 1)
            also = _coordinated_category(text, number.start, np_end, cues, category)
            if also is not None:
                # "arrested and deported 462 Chinese": the same people, both happened.
                people.setdefault(also, []).append((value, number.qualifier, code))
            if share and code is None:
                shares.append((category, len(people[category]) - 1, number.start))
            last_part = (
                (category, part_kind, len(people[category]) - 1, np_end, code)
                if part_kind
                else None
            )
        elif category is None and not breakdown:
            if (
                part_kind is not None
                and before_part is not None
                and before_part[:2] == ("", part_kind)
                and _PART_GAP_RE.fullmatch(text, before_part[3], number.start)
            ):
                # "The group, six men and two women, flew out": one group of eight, even
                # with no category cue.
                index = before_part[2]
                old_value, old_qual = uncategorised[index]
                uncategorised[index] = (old_value + value, old_qual)
                last_part = ("", part_kind, index, np_end, None)
                used.append(number.text)
                continue
            uncategorised.append((value * (1 + len(each_codes)), number.qualifier))
            last_group = ("", len(uncategorised) - 1)
            if part_kind:
                last_part = ("", part_kind, len(uncategorised) - 1, np_end, None)
        used.append(number.text)

    if seized and any(not key.startswith("cash_") for key in seized):  # (seized: seizing)
        # "seized two pistols, 40 rounds and an assault rifle": one more item.
        for match in _LISTED_ONE_RE.finditer(text):
            rest = text[match.end() : match.end() + 40]
            for attempt in (rest, rest.split(" ", 1)[-1]):  # at most one modifier
                item = _item_at(attempt)
                if item is not None:
                    seized[item] = seized.get(item, 0.0) + 1
                    if item in _VEHICLE_KINDS:
                        seized["vehicles"] = seized.get("vehicles", 0.0) + 1
                    break

    # "a 16-year-old Chinese boy", "an 18-year-old Thai survivor": one person of a nationality.
    groups = [value for values in people.values() for value, _q, _c in values]
    groups += [value for value, _q in uncategorised]
    for start, end, code in demonym_spans:
        if code in nationalities or start in origins:
            continue
        if (
            len(set(groups)) == 1
            and not nationalities
            and _ALL_OF_BEFORE_RE.search(text, max(0, start - 30), start)
            and [n.as_int for n in numbers if n.kind == "count" and n.end <= start][-1:]
            == groups[:1]
        ):  # the last figure before "all" is the group's ("arrested 9 and rescued 40": no)
            # "detained 40 people, all of them Chinese": the whole group's nationality.
            nationalities[code] = groups[0]
            continue
        list_end = end
        while (gap := _DEMONYM_LIST_GAP_RE.match(text, list_end)) and gap.end() in demonyms:
            list_end = demonyms[gap.end()][0]
        if list_end > end and _PERSON_RE.match(text[list_end : list_end + 40].lstrip(" ")):
            # "Chinese and Myanmar nationals", "Thai, Lao or Cambodian workers": each
            # demonym of a coordinated list heads the noun; named, no count.
            nationalities.setdefault(code, None)
            continue
        after = text[end:].lstrip(" ")
        if _PERSON_RE.match(after) or _NATIONALS_WORD_RE.match(after):
            before = text[max(0, start - 20) : start]
            one = bool(_ARTICLE_ONE_RE.search(before)) and not _PLURAL_WORD_RE.match(after)
            nationalities[code] = 1 if one else None
            if one and not people:
                category = _category(text, start, end, cues)
                if category:
                    people[category] = [(1, None, code)]
        elif _ONE_FROM_BEFORE_RE.search(text[max(0, start - 25) : start]):
            nationalities[code] = None
        elif (
            _PLURAL_DEMONYM_RE.fullmatch(text[start:end])
            and _plural_people(text[start:end])
            and not _country_as_place(text, start, end, code, nationality)
        ):
            nationalities.setdefault(code, None)
        elif _nationality_context(text, start, demonym_spans):
            # "those held came from Laos, Nepal and Vietnam": named, no count
            # ("Vietnamese citizens from Cambodia" are Vietnamese: where they came back from).
            nationalities.setdefault(code, None)
        elif _MOSTLY_BEFORE_RE.search(text, max(0, start - 80), start):
            # "most of them Chinese", "mainly from China and Vietnam": named, not counted.
            nationalities.setdefault(code, None)
        elif any(v is not None for v in nationalities.values()) and _REST_FROM_BEFORE_RE.search(
            text, max(0, start - 100), start
        ):
            # "22 were Ethiopian and 15 Kenyan, with the rest from Nepal": named, not counted.
            nationalities.setdefault(code, None)

    if shares and len(nationalities) == 1 and None in nationalities.values():
        # "612 cases of Indonesians ..., and 554 of them have been repatriated": the share
        # is of the one nationality the sentence names.
        (only,) = nationalities
        for category, index, at in shares:
            before_codes = {
                code
                for s0, _e, code in demonym_spans
                if s0 < at and not _PLACE_PREP_BEFORE_RE.search(text, max(0, s0 - 20), s0)
            }  # "in Myanmar" is a place; "Chinese and Vietnamese workers" are two groups
            if before_codes == {only}:
                share_value, share_qual, _none = people[category][index]
                people[category][index] = (share_value, share_qual, only)

    # (every _PAIR_RE match holds "another" or "one other": a substring test first)
    if not people and not uncategorised and " and " in text and "other" in text:
        for match in _PAIR_RE.finditer(text):
            here = match.end()
            pair_code = demonyms[here][1] if here in demonyms else None
            noun_end = demonyms[here][0] if here in demonyms else here
            pair_noun = _PERSON_RE.match(text[noun_end : noun_end + 40])
            if pair_code is None and pair_noun is None:
                continue
            np_end = noun_end + (pair_noun.end() if pair_noun else 0)
            category = _category(text, match.start(), np_end, cues)
            if category:
                people[category] = [(2, None, pair_code)]
                if pair_code:
                    nationalities[pair_code] = 2
                break
    if (
        not people
        and not uncategorised
        and ("was" in text or "been" in text)
        and (cues or _CUE_SPANS_RE.search(text))
    ):
        # "a Chinese actor was rescued", "a student in his 20s was found dead": one person
        # (every match of the patterns holds "was" or "been", and counts only before a cue
        # verb: cheap tests first).
        for match in [*_ONE_PERSON_RE.finditer(text), *_PRONOUN_PERSON_RE.finditer(text)]:
            verb = _CUE_RE.match(text, match.end())
            if verb is None:
                continue
            category = (verb.lastgroup or "").rstrip("0123456789")
            if match.re is _PRONOUN_PERSON_RE and category not in _PRONOUN_CATEGORIES:
                continue  # "he was arrested": often one of a group counted elsewhere
            named = [c for s0, _e, c in demonym_spans if match.start() <= s0 < match.end()]
            people[category] = [(1, None, named[0] if named else None)]
            if named:
                nationalities[named[0]] = 1
            break
    by_category: dict[str, dict[str, int]] = {}
    for category, values in people.items():
        for value, _qual, code in values:
            if code:
                group = by_category.setdefault(category, {})
                group[code] = group.get(code, 0) + value
    final: dict[str, int] = {}
    qualifiers: dict[str, str] = {}
    for category, values in people.items():
        codes = [v[2] for v in values]
        if (
            len(values) > 1
            and len(set(codes)) == len(codes)
            and (
                None not in codes
                or (
                    len(values) == 2
                    and (category, 0) in group_spans
                    and (category, 1) in group_spans
                    and _AND_GAP_RE.fullmatch(
                        text, group_spans[(category, 0)][1], group_spans[(category, 1)][0]
                    )
                    is not None
                )
            )
        ):
            # "271 Indonesians and 213 Vietnamese were detained": the list adds up; so does
            # "freed 80 foreigners and 12 Filipinos" (the others are not Filipinos; "seven
            # managers, five Chinese and two Malaysians" is one group and its parts).
            value, qual = sum(v[0] for v in values), values[0][1]
        else:
            value, qual, _ = max(values, key=lambda v: v[0])
        final[category] = value
        if qual:
            qualifiers[category] = qual
    if (nationalities or final or uncategorised) and "(" in text:
        # "the rest came from Indonesia (12), Ethiopia (seven)": a country with its count.
        for match in _COUNTRY_COUNT_RE.finditer(text):
            code = nationality(match.group("country") + " nationals")
            found = find_numbers(match.group("n"))
            if code and found and nationalities.get(code) is None:
                nationalities[code] = found[0].as_int
    return Counts(
        final,
        qualifiers,
        nationalities,
        seized,
        tuple(used),
        tuple(uncategorised),
        tuple(totals),
        by_category,
    )


#: Before a place (or a list of places): "travelled to Cambodia, Myanmar or Laos",
#: "returned from the Philippines". ``noun`` is a word before "from" ("workers from").
_PLACE_LIST_BEFORE_RE = re.compile(
    r"(?:\b(?P<noun>[A-Za-z]+)\s+)?\b(?P<prep>in|at|to|into|across|near|inside|via|through|around|"
    r"towards?|from|between|within|throughout|across|visit(?:ed|ing|s)?|left|leaving|reached)"
    r"\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+|\s+(?:and|or)\s+(?:the\s+)?))*$"
)


def _country_as_place(
    text: str, start: int, end: int, code: str, nationality: NationalityFn
) -> bool:
    """A country name ending in "s" (Laos, the Philippines) at [start, end) names a place
    here, not people: it follows a place preposition, alone or in a list, and no person
    noun governs it ("workers from the Philippines" are people)."""
    if nationality(text[start:end] + " nationals") != code:
        return False  # not a country name: "Thais", "Filipinos"
    if _nationality_context(text, start):
        return False  # "40 were from Laos", "citizens of the Philippines"
    place = _PLACE_LIST_BEFORE_RE.search(text, max(0, start - 80), start)
    if place is None:
        return False
    noun = place.group("noun")
    return not (
        place.group("prep") == "from"
        and noun is not None
        and _PERSON_RE.match(noun) is not None
        # "rescued 20 workers from Myanmar and Laos": where they were
        and not _MOVED_BEFORE_RE.search(text, max(0, place.start() - 60), place.start())
    )


#: A counted subject of its own before the copula that ends a relative clause match:
#: "..., eight were", "; 12 of them had been".
_NEW_SUBJECT_RE = re.compile(
    r",\s+(?P<n>(?:(?:about|some|nearly|only|just|at\s+least|another)\s+)?[\w,-]+)"
    r"(?:\s+(?:of\s+(?:them|whom|those|these)|more|others?))?"
    r"\s+(?:were|was|are|is|have\s+been|had\s+been|has\s+been)(?:\s+[a-z]+ly)?\s+$",
    re.IGNORECASE,
)


def _new_subject_in(text: str, start: int, end: int) -> bool:
    """The copula ending a relative-clause match at [start, end) has a number of its own
    as subject ("who were held there, eight were freed")."""
    subject = _NEW_SUBJECT_RE.search(text, start, end)
    if subject is None:
        return False
    found = find_numbers(subject.group("n"))
    return len(found) == 1 and found[0].kind == "count" and found[0].end == len(subject.group("n"))


def _nationality_context(
    text: str, start: int, demonym_spans: Sequence[tuple[int, int, str]] = ()
) -> bool:
    """The country name at ``start`` says who people are: "came from Laos, Vietnam and",
    "231 people from". Not after a demonym ("Vietnamese citizens from Cambodia"), nor for a
    counted group after a verb of moving ("rescued 20 workers from Myanmar and Laos")."""
    window = text[max(0, start - 60) : start]
    if "from" not in window and not (
        " of" in window
        and any(word in window for word in ("citizen", "national", "native", "holder"))
    ):
        return False  # every context holds "from" or "<citizens> of" (a cheap test first)
    country_of = _COUNTRY_OF_BEFORE_RE.search(text, max(0, start - 60), start)
    if country_of is None:
        return False
    if any(end == country_of.start() - 1 for _s, end, _c in demonym_spans):
        return False
    return not (
        _COUNTED_FROM_RE.match(country_of.group(0))
        and _moved_from(text, max(0, start - 120), start)
    )


def _each_of_list(text: str, end: int, demonyms: dict[int, tuple[int, str]]) -> list[str]:
    """The countries listed after the one ending at ``end`` ("Malaysia and Russia")."""
    codes: list[str] = []
    while True:
        gap = _DEMONYM_LIST_GAP_RE.match(text, end)
        if gap is None or gap.end() not in demonyms:
            return codes
        end, code = demonyms[gap.end()]
        codes.append(code)


def _governs_cue(text: str, end: int) -> bool:
    """A bare number is the subject of a category verb: "(of whom) 4,100 had been deported"
    is a share with a category of its own, not a breakdown of the group's."""
    subject = _BARE_SUBJECT_RE.match(text, end)
    return subject is not None and _CUE_SPANS_RE.match(text, subject.end()) is not None


def _plural_people(word: str) -> bool:
    """Plural demonyms name people ("Indonesians", "Thais"); "Chinese" alone does not tell."""
    return word.endswith("s") and not word.endswith("ss")
