"""Paragraphs, sentences, the dateline, and what is not the story (boilerplate, other stories).

Everything is decided from the text's content and shape, never from a particular page:

- a paragraph is one line (blank lines only separate);
- each paragraph gets a domain relevance (scam / trafficking / enforcement vocabulary per
  100 words) and a shape (sentence prose, short headline-like line, marker line);
- the story starts at the first prose paragraph; it ends at a hard boundary: a
  "Related articles" / "Comments" / "More stories" style marker, the start of a run of
  headline-like lines (a list of other stories), or a new dateline that opens a story
  with no domain relevance; a trailing run of paragraphs without domain vocabulary is an
  appended unrelated story;
- everything after the story's end, and marker lines anywhere, is ``offtopic``: place
  mentions there never become events;
- a photo caption ("Photo: Police lead suspects out of ...", a label then a described
  scene) is part of the story, unlike a credit ("Photo: AFP"): kind ``caption``.

Sentence splitting is one linear regex pass per paragraph that skips abbreviations
("Mr.", "No.", "U.S.", "Aug. 22").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from geotrack.extract import fastre

__all__ = ["Paragraph", "ParagraphKind", "Segmentation", "Sentence", "segment_text"]


class ParagraphKind(StrEnum):
    """What a paragraph is, by shape and content."""

    LEAD = "lead"  # title, byline, lines before the story's first prose paragraph
    BODY = "body"  # the story
    CAPTION = "caption"  # a photo caption inside the story: its places and events count
    META = "meta"  # photo credit, source line, ad label inside the story (no events)
    BOILERPLATE = "boilerplate"  # related-article blocks, headline lists, comment prompts
    UNRELATED = "unrelated"  # a different story appended to the page


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of the article with its shape and relevance."""

    index: int
    start: int
    end: int
    kind: ParagraphKind
    words: int
    hits: int  # domain-vocabulary hits

    @property
    def offtopic(self) -> bool:
        """True when place mentions here must not produce events."""
        return self.kind in (ParagraphKind.META, ParagraphKind.BOILERPLATE, ParagraphKind.UNRELATED)

    @property
    def density(self) -> float:
        """Domain-vocabulary hits per 100 words."""
        return 100.0 * self.hits / max(self.words, 1)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: offsets into the article text and its paragraph index."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Segmentation:
    """An article's paragraphs, sentences and dateline (offsets into its text)."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    dateline: tuple[int, int] | None = None
    #: Where the story's own words start after a dateline ("BANGKOK, May 2 (Reuters) - ").
    lead_start: int = 0

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding character ``offset`` (binary search), or None."""
        lo, hi = 0, len(self.paragraphs)
        while lo < hi:
            mid = (lo + hi) // 2
            para = self.paragraphs[mid]
            if offset < para.start:
                hi = mid
            elif offset >= para.end:
                lo = mid + 1
            else:
                return para
        return None

    def offtopic_at(self, offset: int) -> bool:
        """True when ``offset`` lies in boilerplate, an unrelated story, or between paragraphs."""
        para = self.paragraph_at(offset)
        return para is None or para.offtopic

    def sentence_text(self, sentence: Sentence) -> str:
        """The text of ``sentence``."""
        return self.text[sentence.start : sentence.end]


_DOMAIN_RE = fastre.compile(
    r"(?=[acdefgijkloprstv])\b(?:scam\w*|cyber\w*|fraud\w*|traffick\w*|compounds?|raid\w*|rescu\w*|deport\w*|"
    r"repatriat\w*|extradit\w*|arrest\w*|detain\w*|detention|police|policemen|crackdowns?|"
    r"cracked|casinos?|victims?|enslav\w*|slave\w*|forced|labou?r|tortur\w*|gambling|kidnap\w*|"
    r"lured|job\s+offers?|captive|confine\w*|syndicates?|sezs?|special\s+economic\s+zones?|"
    r"call\s+cent(?:er|re)s?|pig[\s-]butchering|romance|crypto\w*|laundering|immigration|"
    r"passports?|deepfake|smuggl\w*|criminal\w*|gangs?|abuses?|escap\w*|fled|"
    r"suspects?|authorities|operations?|exploit\w*|rings?|fake|seiz\w*|confiscat\w*)\b"
)  # matched against lower-cased text (faster than IGNORECASE); the lookahead skips fast.
# Its class is exactly the alternatives' first letters (literal, no flags): a position
# starting with any other character cannot match, so narrowing it changes no result.
_WORD_RE = re.compile(r"\w+")
#: ASCII byte -> itself when ``\w`` matches it (letters, digits, "_"), else a blank: the
#: ``\w+`` runs of an ASCII text are then the whitespace-separated pieces of its bytes.
_ASCII_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or c == ord("_")) else ord(" ") for c in range(256)
)


#: Runs of letters of scripts written without spaces: Thai (about four letters a word) and
#: Chinese or Japanese (about two characters a word).
_THAI_RUN_RE = re.compile(r"[\u0e01-\u0e5b]{4,}")
_HAN_KANA_RUN_RE = re.compile(r"[\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _word_count(text: str) -> int:
    """``len(_WORD_RE.findall(text))``, without the match objects when ``text`` is ASCII; a
    run of Thai, Chinese or Japanese letters counts as the words it holds, not as one."""
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORD_BYTES).split())
    words = len(_WORD_RE.findall(text))
    for run in _THAI_RUN_RE.findall(text):
        words += len(run) // 4 - 1
    for run in _HAN_KANA_RUN_RE.findall(text):
        words += len(run) // 2 - 1
    return words


# Lines that end or sit outside the story. Hard markers end it.
_HARD_MARKER_RE = re.compile(
    r"^\W*(?:related(?:\s+(?:articles?|stories|news|posts|content|coverage|reading|topics))?|"
    r"more\s+(?:stories|news|from|on\s+this|articles|in\b)|you\s+(?:may|might)\s+(?:also\s+)?like|"
    r"recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|"
    r"latest\s+(?:news|stories|videos)|editor'?s?\s+picks?|top\s+stories|"
    r"comments?(?:\s*\(\d+\))?|no\s+comments\s+yet\W*|leave\s+a\s+(?:comment|reply)|"
    r"comments\s+are\s+closed\W*|add\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|"
    r"hashtags?|tags?|topics?|share\s+this(?:\s+article|\s+story)?|"
    r"sign\s+up\b.*|subscribe\b.*|newsletter\b.*|follow\s+us\b.*|join\s+.{0,40}\b(?:telegram|whatsapp)\b.*|"
    r"try\s+our\b.*|explore\s+what\b.*|download\s+(?:our|the)\s+app\b.*)\W*$",
    re.IGNORECASE,
)
#: Hard markers a page also drops *inside* a story (a newsletter or app promotion, a
#: share bar, a "related" teaser slot): the story may go on after them.
_PROMO_MARKER_RE = re.compile(
    r"\W*(?:sign\s+up|subscribe|newsletter|follow\s+us|join\s|try\s+our|explore\s+what|"
    r"download\s+(?:our|the)\s+app|share\s+this|related|more\s+(?:stories|news|articles)|"
    r"you\s+(?:may|might)\s+(?:also\s+)?like|recommended)\b",
    re.IGNORECASE,
)
_SOFT_MARKER_RE = re.compile(
    r"^\W*(?:photo|image|picture|video|file\s+photo|source|credit|caption|advertisement|"
    r"advertising|sponsored|read\s+more|also\s+read|see\s+also|watch|listen|click\s+here|"
    r"copyright|all\s+rights\s+reserved|©|\[\[)\b.*$|^\W*(?:\d+|an?)\s+(?:minutes?|hours?|days?)\s+ago\W*$",
    re.IGNORECASE,
)
#: Lines around a story that are not part of it: a wire's credits ("(Reporting by ...;
#: Editing by ...)", "Our Standards: ..."), a disclaimer, a reading time ("5 min read"),
#: a web-page shortcode left in the text ("[share_button id=3]"), an advertisement's
#: "Article continues below".
_AROUND_STORY_RE = re.compile(
    r"^\W*(?:(?:additional\s+)?(?:reporting|writing|editing|edited|compiled|translated)\s+by\b"
    r"|our\s+standards\s*:|disclaimer\s*:|(?:article|story)\s+continues\s+(?:below|after)\b"
    r"|continue\s+reading\b).*$"
    r"|^\W*\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\W*$"
    r"|^\[/?[a-z][\w-]*(?:\s[^\]\n]*)?\]$",
    re.IGNORECASE,
)
#: A photo caption: a picture label followed by a described scene (a sentence), unlike a
#: credit ("Photo: AFP"). Captions describe the story, so their places and events count.
_CAPTION_RE = re.compile(
    r"^\W*(?:(?:file\s+)?(?:photo|image|picture)s?(?:\s+caption)?|caption)\s*[:|\-–—]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_CAPTION_MIN_WORDS = 8
#: How many of the story's first paragraphs may hold its dateline.
_DATELINE_PARAGRAPHS = 3
#: Words a sentence opens with that no dateline's city does ("In Kayin State, X—...").
_PREPOSITIONS = frozenset(
    {"in", "at", "on", "from", "by", "for", "of", "after", "during", "since", "across", "near"}
)
#: Shorter lines above the story are page furniture ("Short Url", "Follow").
_DATELINE_MIN_WORDS = 5
#: A bullet that opens a list line ("- ", "• ", "* ").
_BULLET_RE = re.compile(r"[-–—•*·▪►]\s")
#: A line of figures: a short label, a colon and a number with a few words after it
#: ("- India: 465 people (440 men, 25 women)", "Fined and deported: 439 people").
_DATA_LINE_RE = re.compile(
    # "- India: 465 people", "Ethiopia – 138 people", "Nepal, Laos – 1-2 people each" (not
    # a headline's "... - 2024")
    r"(?:[-–—•*·▪►]\s*)?[^\W\d]"
    r"(?:[^:\n]{0,60}:\s*|[^:\n–—]{0,100}?\s[–—-]\s*(?!(?:19|20)\d\d\s*$))"
    r"(?:about |over |around |nearly |some )?"
    r"\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:\s+[^\s]+){0,7}\s*$"
)
#: A mid-sentence capitalised word (a name), used to tell a story's closing paragraph
#: from an appended story: "... still in Myanmar ..." shares names with the story.
_NAME_RE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}")
#: Words a name test must not count: calendar words and nationalities ("Thai", "Chinese")
#: name no place or person of a story, so two stories sharing them are not one.
_COMMON_CAPITALS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Thai",
        "Thais",
        "Lao",
        "Khmer",
        "Malay",
        "Malays",
        "Filipino",
        "Filipinos",
        "Filipina",
        "Filipinas",
        "Kenyan",
        "Kenyans",
        "Ugandan",
        "Ugandans",
        "Pakistani",
        "Pakistanis",
        "Bangladeshi",
        "Bangladeshis",
        "Nepali",
        "Nepalis",
        "Turkish",
        "British",
        "English",
    ]
)
_DEMONYM_RE = re.compile(r"\w+(?:ese|ians?|eans?)")
#: A paragraph that opens a second news item ("In related news, ...", "In other news, ...",
#: "Meanwhile, in another case, ..."): a different story when it shares no names with the
#: first. ("In a separate case" alone is how a report goes on to its own second incident.)
_TRANSITION_RE = re.compile(
    r"\W*(?:in\s+(?:other|related|unrelated|separate|more)\s+news"
    r"|(?:meanwhile|elsewhere|separately)\s*,?\s+in\s+(?:another|a\s+separate|an\s+unrelated)"
    r"\s+(?:case|incident|story|development|operation))\b",
    re.IGNORECASE,
)
#: A bare picture label on its own line ("Photo", "IMAGE:"): the lines just above it are
#: the picture's caption, the short line just below it the credit.
_BARE_LABEL_RE = re.compile(r"\W*(?:file\s+)?(?:photo|image|picture)s?\W*$", re.IGNORECASE)
#: A caption's closing credit ("... on Monday. (Photo: VNA)", "... (AFP pic)", "... VNA Photo",
#: a photographer and outlet: "... in 2021. (Jane Doe/VOD)", "(Reuters/Jane Doe)").
_CREDIT_END_RE = re.compile(
    r"(?:\((?:file\s+)?(?:photo|pic|image|picture)\b[^()]{0,40}\)"
    r"|\([^()]{1,30}\s(?:photo|pic|file)\)|\s\S+\s(?:photo|pic)"
    r"|[.!?]\s*\([a-z][^()/\d]{1,40}/[a-z][^()/\d]{1,30}\))\W*$",
    re.IGNORECASE,
)
#: Every _CREDIT_END_RE match holds one of these (lower-cased): a substring test first.
_CREDIT_NEEDLES = ("photo", "pic", "image", "file", "/")


def _credit_end(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] ends with a photo credit (``_CREDIT_END_RE``)."""
    tail = text[start:stop]
    # Exact on ASCII, where IGNORECASE matching is matching the lower-cased text.
    if tail.isascii():
        low = tail.lower()
        if not any(n in low for n in _CREDIT_NEEDLES):
            return False
    return _CREDIT_END_RE.search(text, start, stop) is not None


#: How far from a line's end its closing credit can start (the credit patterns are bounded
#: but for trailing punctuation and one free-form word: 160 characters is ample).
_CREDIT_TAIL = 160
#: A wire photo's closing credit in capitals ("... in Sihanoukville. - REUTERS",
#: "... on Tuesday. REUTERS/Jane Doe", "... border. — AFP").
_AGENCY_CREDIT_END_RE = re.compile(r"[.!?\"”]\s+(?:[-–—]\s*)?[A-Z]{2,}(?:/[A-Z][\w .-]{1,40})?\s*$")
#: A time stamp or byline line inside the page ("First Published Mar 3, 2025, 9:12 AM IST",
#: "PUBLISHED : 24 Feb 2024 at 14:48", "2024.08.21", "By Example News"): not story words.
_STAMP_WORD_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
    r"|\d{1,4}(?:[.:/-]\d{1,4}){0,2}(?:h|am|pm)?|[ap]\.?m|ist|pt|[pme][sd]t|ict|wib|sgt|myt|pht|jst|utc|gmt[+-]?\d*"
    # an ISO 8601 time stamp: "2026-01-22T15:10:35+07:00"
    r"|\d{4}-\d{2}-\d{2}t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?"
    r"|first|last|published|updated|modified|posted|date|time|on|at|by|and|views?|reads?|-",
    re.IGNORECASE,
)
_DATE_TOKEN_RE = re.compile(
    r"\b(?:\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(
    r"\(?[Bb]y\s+[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|de|van|von|bin|binti)){0,4}"
    r"(?:\s+(?:staff\s+)?(?:reporters?|correspondents?|writers?))?\)?$"
)
#: A page's subscription and follow-us prompts ("Your subscription has been saved.",
#: "Stay current - Follow Example on WhatsApp and Telegram").
_PROMPT_RE = re.compile(
    r"\W*(?:your\s+subscription\b|stay\s+(?:current|updated|informed|connected)\b"
    r"|follow\s+(?:\S+\s+){0,3}on\s+(?:whatsapp|telegram|google|facebook|twitter|x|instagram)\b"
    r"|(?:register|sign\s+in|log\s*in)\b.{0,40}\bto\s+(?:read|continue|access)\b"
    r"|(?:go|back)\s+to\s+top\W*$|readers?'?\s+(?:views|comments)\b.{0,8}$|end\s*item\b"
    r"|featured\s+(?:stories|articles|news|videos)\W*$|.{0,80}\.(?:jpe?g|png|gif|webp)\W*$)",
    re.IGNORECASE,
)


def _is_stamp_line(line: str, words: int) -> bool:
    """A date/time stamp or a byline line: no sentence, a date, or 'By' and a name."""
    if words > 20:
        return False
    # A byline opens with "(", "B" or "b": the first character rules the match out cheaply.
    if words <= 8 and line[:1] in ("(", "B", "b") and _BYLINE_RE.match(line):
        return True
    # Every date token holds a digit (\d is str.isdecimal, which str.isdigit includes).
    if not any(map(str.isdigit, line)) or _DATE_TOKEN_RE.search(line) is None:
        return False
    tokens = (t.strip(".,:;()[]") for t in line.split())
    rest = [t for t in tokens if _WORD_RE.search(t) and not _STAMP_WORD_RE.fullmatch(t)]
    # What is left is at most an outlet's or author's name (capitalised words, 'de').
    return len(rest) <= 4 and all(w[0].isupper() or w in ("de", "van", "bin") for w in rest)


def _names(text: str, start: int, stop: int) -> set[str]:
    """Mid-sentence capitalised words of text[start:stop] that can name a place or a person."""
    return {
        n
        for n in _NAME_RE.findall(text, start, stop)
        if n not in _COMMON_CAPITALS and not _DEMONYM_RE.fullmatch(n)
    }


#: A publication stamp printed before the story's first words ("date 2024-03-15 MANILA: ...").
_STAMP = r"(?:(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
_STAMP_RE = re.compile(
    r"(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)",
    re.IGNORECASE,
)
#: How a publication stamp's words open (the dateline patterns are case-sensitive).
_STAMP_OPENERS = ("date", "published", "updated", "posted")
#: A filing date and an agency after the city ("BANGKOK, May 2 (Reuters) - ").
_FILING = (
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*"
)
#: "PHNOM PENH, Cambodia (AP) — ", "YANGON—", "ĐỒNG NAI — " (capitals checked in code).
_DATELINE_RE = re.compile(
    _STAMP + r"\s*(?P<city>[^\W\d_][^\W\d_'’.\-]*(?:\s+[^\W\d_][^\W\d_'’.\-]*){0,3})"
    # "TAK (Thailand), Feb 17 (Bernama) -- ": the country in brackets before the date.
    r"(?:\s*\([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}\)(?=,))?"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+){0,2})?"
    + _FILING
    + r"(?:(?::|-{1,2})\s+|[—–]\s*)(?=\S)"
)
#: A title-case city ("Jakarta. ", "Kuala Lumpur (Bernama) - ", "Bangkok — ", "New Delhi: "):
#: a dash, a full stop or a colon after it; the last two only in the story's first
#: paragraph, and never a label ("Update: ...", see _DATELINE_LABELS).
_DATELINE_TITLE_RE = re.compile(
    _STAMP + r"\s*(?P<city>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    + _FILING
    + r"(?:[—–]\s*|-{1,2}\s+|(?<=[a-z])[.:]\s+(?=[A-Z“\"]))(?=\S)"
)
#: A printed date, then the city in brackets in capitals: "10-2-2025 (BANGKOK) More than ...".
_DATELINE_BRACKET_RE = re.compile(
    _STAMP
    + r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*\((?P<city>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2})\)"
    r"\s*(?:[—–:]|-{1,2})?\s*(?=[A-Z“\"])"
)
#: Labels that open a line like a dateline ("UPDATE: ", "EXCLUSIVE — ") but name no place.
_DATELINE_LABELS = frozenset(
    [
        "update",
        "updated",
        "edit",
        "editor",
        "editors",
        "note",
        "breaking",
        "breaking news",
        "exclusive",
        "analysis",
        "opinion",
        "commentary",
        "editorial",
        "explainer",
        "interview",
        "feature",
        "watch",
        "video",
        "photo",
        "photos",
        "live",
        "correction",
        "clarification",
        "advertisement",
        "disclaimer",
        "read",
        "read more",
        "also read",
        "related",
        "summary",
        "background",
        "warning",
        "source",
        "sources",
        "by",
        "news",
        "world",
        "asia",
        "local",
        "national",
        "business",
        "crime",
    ]
)
#: A sentence end: ``[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])``, or "... meals for
#: them.After that, ...": a scraped page that lost the blank between two sentences (a word
#: of two lower-case letters or more, then a capitalised word),
#: ``(?<=[a-z][a-z])[.!?](?=[A-Z][a-z])``. Both alternatives open with one of ``.!?…``, so
#: that character is written once in front of them (the second's lookbehind then also
#: spans it): a pattern that opens with a character set lets ``re`` skip to the next
#: candidate character in C, where the alternation was entered at every position (about
#: 7x faster on articles; the same matches, as ``test_segment.py`` checks). Chinese and
#: Japanese end a sentence with a full-width mark and no blank after it ("。此前"): such a
#: mark (with its closing quotes or brackets) always ends one, as do Hindi's, Nepali's and
#: Bengali's danda ("।"), Khmer's khan ("។", "៕") and Urdu's full stop and question mark
#: ("۔", "؟"). A Russian sentence may open with a Cyrillic capital, a Turkish one with its
#: own ("Şüpheliler"); a full stop before a letter of a script with no capitals (Devanagari,
#: Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Malayalam, Arabic: Marathi, Tamil and Arabic
#: end sentences with ".") ends one too.
_SENTENCE_END_RE = re.compile(
    r"[.!?…。！？।។៕۔؟](?:[.!?…。！？]*[\"”’')\]」』）«»]*"
    r"(?=\s+[\"“‘'(\[«]?[A-Z0-9А-ЯЁÇĞİÖŞÜ\u0905-\u0939\u0985-\u09b9\u0b85-\u0bb9\u0c05-\u0c39"
    r"\u0a05-\u0a39\u0a85-\u0ab9\u0d05-\u0d39\u0621-\u064a])"
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
    r"|(?<=[。！？।។៕۔؟])[。！？।។៕۔؟]*[”’」』）)»]*)"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "dept",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "dist",
        "prov",
        "vol",
        "art",
        "sec",
        "pol",
        "brig",
        "supt",
        "insp",
    ]
)
_DOTTED_RE = re.compile(r"(?:[a-z]\.)+[a-z]?")
_TERMINAL = frozenset(".!?\"”’')…:;。！？」』）।។៕۔؟")


#: The opening of a paragraph that refers back to the story: a pronoun or a possessive,
#: "The <noun>" or "The <ACRONYM>" (one the story used), a connective that adds to what
#: came before ("In addition", "Similarly"), a quotation (the story's speakers go on), or
#: a name the story used as the subject ("Cho was also unable ...").
_BACK_REFERENCE_RE = re.compile(
    r"(?:He|She|They|It|His|Her|Their|Its|This|These|Those)\s+[a-z]"
    r"|The\s+(?:(?P<noun>[a-z]{3,})|(?P<acronym>[A-Z]{2,6}))\b"
    r"|(?:In\s+addition|Additionally|Similarly|Likewise|Moreover|Furthermore|Also|However"
    r"|Besides|Nevertheless|As\s+a\s+result|Therefore"
    # "Out of the total, 107 were men", "Among them ...", "Other states' residents ...":
    # the story's group or list goes on.
    r"|(?:Out\s+of|Of|Among)\s+(?:the|these|those|them)|Others?|The\s+rest"
    # "Some of them negotiated ...", "Most of those freed ...": the story's group again.
    r"|(?:Some|Many|Most|All|Several|Few|None|Both|Each|One|Two|Three|Half)\s+of\s+(?:them|these|those)"
    # "Asked what they had learned, Lao said ...": the reporter's question to the story's
    # people.
    r"|(?:When\s+)?[Aa]sked\s+(?:about|what|whether|if|why|how|when|who|where)"
    # "Once the fee was paid, the boys were sent ...": a clause, then the story's
    # group as the subject.
    r"|[A-Z][\w\s,'’-]{0,60}?,\s+the\s+(?P<clause_noun>[a-z]{3,})\s+(?:was|were|had|have|has|is|are)"
    r")\b"
    r"|[\"“‘]"
    r"|(?P<name>[A-Z][a-z]{2,})(?:\s+[A-Z][a-z]+)?\s+(?:was|were|is|has|had|said|says|added"
    r"|told|also|later|then|now|still)\b"
)


#: The share of a closing paragraph's content words the story has used that keeps it in
#: the story (an appended story on another subject shares few of them).
_SHARED_WORDS_MIN = 0.35
_CONTENT_WORD_RE = re.compile(r"[a-z]{4,}")
_COMMON_WORDS = frozenset(
    re.findall(
        r"\w+",
        "that this with from have were they their them there been which would will said says "
        "also about after before more than when what where while other into over some such "
        "only most many very just could should being these those then each because told "
        "added according year years week weeks month months people",
    )
)


def _shared_words(text: str, start: int, stop: int, story_start: int, story_stop: int) -> float:
    """The share of the content words of text[start:stop] that the story text[story_start:
    story_stop] uses too (0 when the paragraph has none)."""
    words = set(_CONTENT_WORD_RE.findall(text[start:stop].lower())) - _COMMON_WORDS
    if not words:
        return 0.0
    story = set(_CONTENT_WORD_RE.findall(text[story_start:story_stop].lower()))
    return len(words & story) / len(words)


def _refers_back(text: str, start: int, stop: int, story_start: int, story_stop: int) -> bool:
    """Whether the paragraph text[start:stop] opens by referring back to the story in
    text[story_start:story_stop] (``_BACK_REFERENCE_RE``): a pronoun ("He added ..."),
    "The <noun>" the story has used ("The embassy warns ..."), a connective, a quotation,
    or a name of the story as the subject."""
    back = _BACK_REFERENCE_RE.match(text, start, stop)
    if back is None:
        return False
    story = text[story_start:story_stop]
    noun = back.group("noun") or back.group("clause_noun")
    if noun:
        return re.search(rf"\b{noun}\b", story, re.IGNORECASE) is not None
    if back.group("acronym"):
        return re.search(rf"\b{back.group('acronym')}\b", story) is not None
    if back.group("name"):
        return back.group("name") in _names(text, story_start, story_stop)
    return True


#: An outlet's sign-off after a story's last sentence ("... hearings. – Example.com",
#: "... on Friday. (AFP)"): the line is still prose.
_SIGN_OFF_RE = re.compile(
    r"[.!?\"”’')]\s+(?:[–—-]{1,2}\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
    r"|\((?:[A-Z][\w.&'’-]*\s*){1,3}\))\W*$"
)
#: A tag line above a story ("WORLD | Karen State", "News • Crime • Bokeo"): section and
#: place labels separated by bars or bullets, not a list of other stories.
_TAG_SEPARATOR_RE = re.compile(r"\s[|•·›»/]\s")


def _is_headline_like(line: str, words: int) -> bool:
    """A short line that is not a sentence: title-like, no closing punctuation (or a '?')."""
    if words == 0 or words > 22:
        return False
    stripped = line.rstrip()
    if words >= 8 and _SIGN_OFF_RE.search(stripped):
        return False
    return stripped[-1] not in _TERMINAL or stripped.endswith("?")


#: Function words: English prose has several in any dozen words.
_FUNCTION_WORD_RE = re.compile(
    r"\b(?:the|a|an|of|in|on|at|to|and|or|for|with|from|by|was|were|is|are|has|have|had"
    r"|be|been|that|which|who|said|says|as|after|their|his|her|its)\b",
    re.IGNORECASE,
)


#: A run of 40 letters without a space: icon names glued together by a page scrape.
_GLUED_RE = re.compile(r"(?:^|\s)[A-Za-z-]{40}")


def _is_prose(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] reads as sentences: at least two function words, and no
    run of 40 letters without a space (icon names glued together by a page scrape)."""
    line = text[start:stop]
    # Two function words are enough: the scan stops at the second (findall went on to the
    # end of the line only to be counted).
    function_words = _FUNCTION_WORD_RE.finditer(line, 0, 2000)
    return (
        next(function_words, None) is not None
        and next(function_words, None) is not None
        and _GLUED_RE.search(line) is None
    )


def _is_tag_line(line: str) -> bool:
    """Two or three short labels joined by separators ("BURMA  |  Karen State")."""
    parts = _TAG_SEPARATOR_RE.split(line)
    return 2 <= len(parts) <= 3 and all(0 < len(_WORD_RE.findall(p)) <= 3 for p in parts)


def _split_sentences(
    text: str, start: int, end: int, paragraph: int, lead_start: int = 0
) -> list[Sentence]:
    chunk = text[start:end]
    out: list[Sentence] = []
    cursor = 0
    for match in _SENTENCE_END_RE.finditer(chunk):
        stop = match.end()
        if start + stop < lead_start:
            continue  # the full stop of a dateline ("Jakarta. The ministry ...")
        if chunk[match.start()] == ".":
            before = chunk[cursor : match.start()].rsplit(None, 1)
            token = before[-1] if before else ""
            bare = token.lstrip("(\"“'‘").lower()
            # Abbreviation, an initial ("J."), or dotted capitals ("U.S.", "U.N").
            if (
                bare in _ABBREVIATIONS
                or (len(bare) == 1 and bare.isalpha())
                or _DOTTED_RE.fullmatch(bare)
            ):
                continue
        piece = chunk[cursor:stop]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(Sentence(start + cursor + lead, start + stop, paragraph))
        cursor = stop
    piece = chunk[cursor:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        tail = len(piece.rstrip())
        out.append(Sentence(start + cursor + lead, start + cursor + tail, paragraph))
    return out


def _dateline_match(
    text: str, start: int, end: int, *, strict: bool = False
) -> re.Match[str] | None:
    """The dateline opening text[start:end], or None.

    ``strict`` (a paragraph inside the story) leaves out "Jakarta. " (a title-case word
    and a full stop), which only the story's first paragraph may open with.
    """
    # Exact guard: without a publication stamp (which opens with a digit or a lower-case
    # "date"/"published"/"updated"/"posted"), the city starts at ``start`` (or after blanks).
    # A lower-case letter there or right after it always ends up inside the city: a
    # one-letter word can only be followed by a blank, ",", "(", ":", a dash or [A-Z].
    # Such a city is rejected below, so the upper-case pattern cannot yield a dateline;
    # the title-case one needs [A-Z] (or a blank) first.
    head = text[start : min(start + 2, end)]
    stamp = head[:1].isdigit() or text.startswith(_STAMP_OPENERS, start, end)
    lower = not stamp and any(c.isalpha() and c.islower() for c in head)
    match = None if lower else _DATELINE_RE.match(text, start, end)
    if match is not None:
        letters = [c for c in match.group("city") if c.isalpha()]
        if len(letters) < 3 or any(c.islower() for c in letters):
            match = None
    if match is None and (stamp or head[:1].isspace() or "A" <= head[:1] <= "Z"):
        match = _DATELINE_TITLE_RE.match(text, start, end)
        if match is not None and (
            match.group("city").lower() in _ABBREVIATIONS
            or (strict and text[match.end("city") : match.end()].lstrip()[:1] in ".:")
        ):
            match = None
    if match is None and stamp:
        match = _DATELINE_BRACKET_RE.match(text, start, end)
    if match is None or match.group("city").lower() in _DATELINE_LABELS:
        return None
    if match.group("city").split(maxsplit=1)[0].lower() in _PREPOSITIONS:
        return None  # "In Kayin State, Myawaddy Township—specifically ...": a sentence
    return match


def _dateline(text: str, start: int, end: int, *, strict: bool = False) -> tuple[int, int] | None:
    match = _dateline_match(text, start, end, strict=strict)
    return (match.start("city"), match.end("city")) if match else None


_Raw = tuple[int, int, int, int, bool, bool, bool, bool]


def _second_story(
    text: str, raw: list[_Raw], kinds: list[ParagraphKind], story_start: int, end: int
) -> None:
    """Mark a second news item ("In related news, ...") to the story's end as unrelated.

    Only when the opening paragraph shares no name with what came before: "In other news,
    the Myawaddy raid ..." goes on with the story's own places.
    """
    for i in range(story_start + 1, end):
        if kinds[i] is not ParagraphKind.BODY or not _TRANSITION_RE.match(text, raw[i][0]):
            continue
        if _names(text, raw[0][0], raw[i - 1][1]) & _names(text, raw[i][0], raw[i][1]):
            continue
        for k in range(i, end):
            if kinds[k] in (ParagraphKind.BODY, ParagraphKind.CAPTION):
                kinds[k] = ParagraphKind.UNRELATED
        return


def _captions(
    text: str, raw: list[_Raw], kinds: list[ParagraphKind], story_start: int, end: int
) -> None:
    """Photo captions about something else than the story become meta (no events).

    A caption is a labelled one ("Photo: ..."), the one or two lines above a bare "Photo"
    line (whose short next line is the credit), or a line closing with a credit
    ("... (Photo: VNA)", "... (AFP pic)"). One without domain vocabulary that shares no
    name with the story ("A plane at the airport for Haiti, Saturday") is page clutter.
    """
    candidates: list[int] = []
    for i in range(story_start, end):
        start, stop, words, _hits, _headline, _hard, soft, caption = raw[i]
        if (
            kinds[i] is ParagraphKind.META
            and soft
            and words <= 2
            and _BARE_LABEL_RE.match(text, start, stop)
        ):
            candidates.extend(
                k
                for k in (i - 2, i - 1)
                if k >= story_start and kinds[k] is ParagraphKind.BODY and raw[k][2] >= 6
            )
            if i + 1 < end and kinds[i + 1] is ParagraphKind.BODY:
                nxt = raw[i + 1]
                if nxt[2] <= 4 and text[nxt[1] - 1] not in _TERMINAL:
                    kinds[i + 1] = ParagraphKind.META  # the credit ("Ministry of Interior")
        elif caption or (
            kinds[i] is ParagraphKind.BODY
            and words <= 50
            and (
                # both end at the line's end: search its tail only
                _credit_end(text, max(start, stop - _CREDIT_TAIL), stop)
                or (
                    # Exact guard: the line is stripped, so an agency credit ends the line
                    # with [A-Z] or holds "/" in its last 42 characters ("REUTERS/Jane Doe").
                    ("A" <= text[stop - 1] <= "Z" or "/" in text[max(start, stop - 43) : stop])
                    and _AGENCY_CREDIT_END_RE.search(text, max(start, stop - _CREDIT_TAIL), stop)
                )
            )
        ):
            candidates.append(i)
    if not candidates:
        return
    chosen = set(candidates)
    story: set[str] = set()
    for i in range(story_start, end):
        if i not in chosen and kinds[i] is ParagraphKind.BODY:
            story |= _names(text, raw[i][0], raw[i][1])
    for i in chosen:
        if raw[i][3] == 0 and not story & _names(text, raw[i][0], raw[i][1]):
            kinds[i] = ParagraphKind.META
        elif kinds[i] is ParagraphKind.BODY:
            kinds[i] = ParagraphKind.CAPTION  # the story's own picture: its text counts


def segment_text(text: str) -> Segmentation:
    """Split ``text`` into paragraphs and sentences and mark what is not the story.

    Parameters
    ----------
    text
        The article text (any text; never raises).

    Returns
    -------
    Segmentation
        Paragraphs with kinds, sentences of the paragraphs that can carry events
        (lead and body), and the dateline span if the story opens with one.
    """
    raw: list[
        tuple[int, int, int, int, bool, bool, bool, bool]
    ] = []  # start, end, words, hits, headline, hard, soft, caption
    stamp_lines: set[int] = set()  # time stamps and bylines: meta in the story, lead above it
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            lead = len(line) - len(line.lstrip())
            start = pos + lead
            stop = start + len(body)
            words = _word_count(body)
            hits = len(_DOMAIN_RE.findall(body.lower()))
            soft = (
                # (word-count tests first: the matches have no side effects)
                (words <= 40 and _SOFT_MARKER_RE.match(body) is not None)
                or (words <= 25 and _AROUND_STORY_RE.match(body) is not None)
                or (words <= 20 and _PROMPT_RE.match(body) is not None)
            )
            if not soft and words <= 20 and _is_stamp_line(body, words):
                soft = True
                stamp_lines.add(len(raw))
            caption = False
            if soft:
                described = _CAPTION_RE.match(body)
                caption = bool(
                    described
                    and len(_WORD_RE.findall(described.group("rest"))) >= _CAPTION_MIN_WORDS
                )
            raw.append(
                (
                    start,
                    stop,
                    words,
                    hits,
                    _is_headline_like(body, words),
                    words <= 12 and _HARD_MARKER_RE.match(body) is not None,
                    soft and not caption,
                    caption,
                )
            )
        pos += len(line)

    count = len(raw)
    kinds: list[ParagraphKind] = [ParagraphKind.LEAD] * count
    # The story starts at the first prose paragraph (words, not a run of a web page's
    # icon names glued together).
    story_start = next(
        (
            i
            for i, r in enumerate(raw)
            if r[2] >= 12
            and not r[4]
            and not r[5]
            and not r[6]
            and not r[7]
            and _is_prose(text, r[0], r[1])
        ),
        count,
    )

    def story_list_header(j: int) -> bool:
        # "Items seized at the site:" before one item per line: the story's own list. (The
        # header of a headline list, "Read more:", is a marker line or names nothing.) A
        # sentence of six words or more introducing the list ("The supply was cut at five
        # points:") is the story's too, even without domain vocabulary: a headline list's
        # header is a label of a few words ("Related news:", "Other stories:").
        # A label over lines of figures ("Breakdown by nationality:" over "- India: 465
        # people") heads the story's own table: headlines are not counts.
        start, stop, words, hits, _headline, hard, soft, _caption = raw[j]
        return (
            text[start:stop].endswith(":")
            and (
                words >= 6
                or (words >= 3 and hits > 0)
                or (j + 2 < count and data_line(j + 1) and data_line(j + 2))
            )
            and not hard
            and not soft
        )

    def data_line(k: int) -> bool:
        return raw[k][2] <= 14 and _DATA_LINE_RE.match(text, raw[k][0], raw[k][1]) is not None

    in_story_list: set[int] = set()
    for j in range(len(raw)):
        if story_list_header(j):
            in_story_list.add(j)
            k = j + 1
            while k < len(raw) and (raw[k][4] or data_line(k)) and not raw[k][5] and not raw[k][6]:
                in_story_list.add(k)
                k += 1

    def plain_title(k: int) -> bool:
        # A headline-like line of three words or more without domain vocabulary. A time
        # stamp or a byline ("Published: December 8, 2023 08:37 AM GMT") is the story's
        # own meta line, never the title of another story.
        r = raw[k]
        return (
            r[4]
            and r[2] >= 3
            and r[3] == 0
            and not r[5]
            and not r[7]
            and k not in stamp_lines
            and k not in in_story_list
        )

    def short_list_at(i: int) -> bool:
        # A short list of other stories inside the story's range: three bulleted plain
        # titles, or a short header without domain vocabulary ("Other news", "Read more")
        # and three plain titles. Story subheads are followed by prose, and the story's
        # own lists by a header or lines that name the domain.
        r = raw[i]
        if i in in_story_list or r[3] or r[5] or r[7]:
            return False
        bulleted = bool(_BULLET_RE.match(text, r[0]))
        if bulleted:
            run = range(i, i + 3)
        elif (r[4] and r[2] <= 4) or r[6]:
            run = range(i + 1, i + 4)
        else:
            return False
        return run.stop <= len(raw) and all(
            plain_title(k) and (not bulleted or _BULLET_RE.match(text, raw[k][0])) for k in run
        )

    def list_run_at(i: int) -> bool:
        if not raw[i][4] or raw[i][2] < 3 or raw[i][6] or raw[i][7] or i in in_story_list:
            return False
        window = raw[i : i + 8]
        if sum(1 for r in window if r[4] and r[2] >= 3) < 4:
            return False
        # A relevant prose paragraph right after (a photo caption, the story going on)
        # means the list has not started yet; the story's byline and time stamps may
        # come first ("By ... reporter", "Published: ...", "Updated: ...").
        after = [r for r in raw[i + 1 : i + 8] if not r[6]][:2]
        return not any(r[2] >= 15 and not r[4] and 100.0 * r[3] / r[2] >= 3.0 for r in after)

    def story_resumes(i: int) -> bool:
        # A promotion or teaser slot inside the story ("Sign up for our newsletter",
        # "RELATED" over one teaser line) when the first prose after it (past credits,
        # prompts, other promotions and one teaser line) goes on with the story: it
        # shares two names with the story so far, or opens with a pronoun or "The <noun>"
        # the story has used. A headline list or another story does neither.
        if not _PROMO_MARKER_RE.match(text, raw[i][0], raw[i][1]):
            return False
        j, teasers = i + 1, 0
        while j < count and (raw[j][6] or raw[j][5] or (raw[j][4] and teasers < 1)):
            if raw[j][5] and not _PROMO_MARKER_RE.match(text, raw[j][0], raw[j][1]):
                return False  # "Comments", "Tags": the page's furniture after the story
            teasers += raw[j][4] and not raw[j][5] and not raw[j][6]
            j += 1
        if j >= count or raw[j][2] < 15 or raw[j][4] or raw[j][7]:
            return False
        story = _names(text, raw[story_start][0], raw[i - 1][1])
        if len(story & _names(text, raw[j][0], raw[j][1])) >= 2:
            return True
        return _refers_back(text, raw[j][0], raw[j][1], raw[story_start][0], raw[i - 1][1])

    def byline_block_end(i: int) -> int | None:
        # Short title-like lines under a story that has barely begun (a standfirst of
        # under 40 words) are its byline block (the author, the outlet, an image's file
        # name), not a list of other stories, when prose on the story's subject follows
        # within eight lines: relevant (domain words) and naming a place or person of
        # the title or standfirst. Returns where the story goes on.
        if sum(raw[k][2] for k in range(story_start, i) if not raw[k][4] and not raw[k][6]) >= 40:
            return None
        j = i
        while (
            j < min(count, i + 8) and not raw[j][5] and (raw[j][2] < 15 or raw[j][4] or raw[j][6])
        ):
            j += 1
        if j >= count or raw[j][5] or raw[j][2] < 15 or raw[j][4] or raw[j][7]:
            return None
        if 100.0 * raw[j][3] / raw[j][2] < 3.0:
            return None
        if not _names(text, raw[0][0], raw[i - 1][1]) & _names(text, raw[j][0], raw[j][1]):
            return None
        return j

    dateline: tuple[int, int] | None = None
    resumed: set[int] = set()  # promotion lines and teasers skipped inside the story

    def story_end() -> int:
        # Where the story that starts at story_start ends (page furniture, a list of other
        # stories, another story's dateline); marks its paragraphs on the way.
        end = count
        for i in range(story_start, count):
            start, stop, _words, _hits, _headline, hard, soft, _caption = raw[i]
            if i in resumed:
                continue
            if i > story_start and (hard or short_list_at(i) or list_run_at(i)):
                if hard and story_resumes(i):
                    k = i
                    while k < count and (raw[k][4] or raw[k][5] or raw[k][6]):
                        resumed.add(k)
                        kinds[k] = ParagraphKind.BOILERPLATE
                        k += 1
                    continue
                goes_on = None if hard else byline_block_end(i)
                if goes_on is not None:
                    for k in range(i, goes_on):
                        resumed.add(k)
                        kinds[k] = ParagraphKind.BOILERPLATE
                    continue
                end = i
                break
            if (
                i > story_start + 1
                and i not in in_story_list  # "Ethiopia – 138 people": a row, not a dateline
                and _dateline(text, start, stop, strict=True) is not None
            ):
                # A new dateline opens another story: keep it only if it is about the domain.
                nxt = raw[i : i + 6]
                story_words = sum(r[2] for r in nxt)
                story_hits = sum(r[3] for r in nxt)
                if 100.0 * story_hits / max(story_words, 1) < 2.0:
                    # The new story's title and a separator ("---") above it go with it.
                    end = i
                    while end - 1 > story_start and (raw[end - 1][4] or raw[end - 1][2] == 0):
                        end -= 1
                    break
            kinds[i] = (
                ParagraphKind.META
                if soft
                else ParagraphKind.CAPTION
                if raw[i][7]
                else ParagraphKind.BODY
            )
        return end

    end = story_end()
    while not any(raw[i][3] for i in range(story_start, end)):
        # A "story" without one domain word that ends at page furniture is the page's own
        # prose (a paywall's offer, a cookie notice): the story is the next prose paragraph
        # that names the domain, if any.
        later = next(
            (
                i
                for i in range(end, count)
                if raw[i][2] >= 12
                and raw[i][3] > 0
                and not any(raw[i][4:8])
                and _is_prose(text, raw[i][0], raw[i][1])
            ),
            None,
        )
        if later is None:
            break
        for k in range(story_start, later):
            kinds[k] = ParagraphKind.BOILERPLATE
        resumed.clear()
        story_start = later
        end = story_end()
    for i in range(end, count):
        kinds[i] = ParagraphKind.BOILERPLATE
    # An appended unrelated story: a trailing run of prose without domain vocabulary.
    last_relevant = max((i for i in range(story_start, end) if raw[i][3] > 0), default=story_start)
    tail = range(last_relevant + 1, end)
    if sum(raw[i][2] for i in tail) >= 60:
        # The story's closing prose often has no domain word but goes on naming its
        # places and people ("Families of those still in Myanmar ... in Bangkok"): prose
        # sharing two names with the story stays; the appended story starts after it.
        # Each paragraph kept adds its names ("... Shwe Kokko ..." then "... in Myawaddy").
        names = set(_NAME_RE.findall(text, raw[story_start][0], raw[last_relevant][1]))
        first = last_relevant + 1

        def subheading(i: int) -> bool:
            # A section heading above prose ("5 Areas Affected by Power Cut"): the prose
            # under it decides, as an appended story's title goes with its own prose.
            return raw[i][4] and not raw[i][5] and i + 1 < end and not any(raw[i + 1][4:6])

        while first < end and (
            first in in_story_list or not any(raw[first][4:6]) or subheading(first)
        ):
            if first in in_story_list:
                first += 1  # the story's own table goes on with it
                continue
            # A photo caption or credit line between closing aftergraphs goes with what
            # follows it: kept when the prose after it goes on with the story. So does a
            # subheading.
            after = first + 1 if raw[first][4] else first
            while after < end and (raw[after][6] or raw[after][7]) and not any(raw[after][4:6]):
                after += 1
            if after >= end or any(raw[after][4:6]):
                break
            found = _NAME_RE.findall(text, raw[after][0], raw[after][1])
            if len(names.intersection(found)) < 2 and (
                _shared_words(
                    text, raw[after][0], raw[after][1], raw[story_start][0], raw[after - 1][1]
                )
                < _SHARED_WORDS_MIN
            ):
                # Prose that goes on in the story's own words ("... stopped fuel supply to its
                # filling stations" after a story of fuel and power cut to border towns)
                # goes on with it, whatever names it brings.
                # A aftergraph opening by referring back ("The embassy warns ...", "He
                # added ...", a quotation, "In addition, ...") goes on with the story:
                # an appended story introduces its own subjects.
                story = (raw[story_start][0], raw[after - 1][1])
                if not _refers_back(text, raw[after][0], raw[after][1], *story):
                    break
            names.update(found)
            first = after + 1
        # What is left is another story only if it has a story's length or a title of its
        # own; a short closing paragraph ("In 2019, local media reported ...") stays.
        rest = range(first, end)
        if sum(raw[i][2] for i in rest if not raw[i][6]) >= 60 or any(raw[i][4] for i in rest):
            for i in rest:
                kinds[i] = ParagraphKind.UNRELATED
    _second_story(text, raw, kinds, story_start, end)
    _captions(text, raw, kinds, story_start, end)
    for i in range(story_start):
        # A section/place tag line above the title names the story's places: it stays lead.
        tag = _is_tag_line(text[raw[i][0] : raw[i][1]])
        if (
            raw[i][5]
            or (raw[i][6] and i not in stamp_lines)
            or (list_run_at(i) and raw[i][3] == 0 and not tag)
        ):
            kinds[i] = ParagraphKind.BOILERPLATE
    lead_start = 0
    # The dateline opens the story's first prose paragraph, or the second or third when
    # a photo caption or a standfirst comes first ("TAK — ..." under the picture's line).
    # (Byline lines skipped inside the story do not count.)
    # Page furniture and standfirst bullets above the story ("Short Url", "Follow", the
    # headline again, "• A crackdown by ...") do not use up those places.
    seen_lines = {text[raw[k][0] : raw[k][1]].strip() for k in range(story_start)}
    opening = []
    for i in range(story_start, end):
        line = text[raw[i][0] : raw[i][1]].strip()
        if (
            i not in resumed
            and kinds[i] is ParagraphKind.BODY
            and raw[i][2] >= _DATELINE_MIN_WORDS
            and line not in seen_lines
            and not _BULLET_RE.match(text, raw[i][0])
        ):
            opening.append(i)
        seen_lines.add(line)
        if len(opening) == _DATELINE_PARAGRAPHS:
            break
    for i in opening:
        match = _dateline_match(text, raw[i][0], raw[i][1], strict=i > story_start)
        if match is not None:
            dateline = (match.start("city"), match.end("city"))
            lead_start = match.end()
            break

    if dateline is None and count:
        # A publication stamp opening the text ("date 2024-03-15 In a joint operation ...")
        # is not the story's words: its date is not when anything happened.
        stamp = _STAMP_RE.match(text, raw[0][0], raw[0][1])
        if stamp is not None:
            lead_start = stamp.end()
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for i, (start, stop, words, hits, *_rest) in enumerate(raw):
        para = Paragraph(i, start, stop, kinds[i], words, hits)
        paragraphs.append(para)
        if not para.offtopic:
            sentences.extend(_split_sentences(text, start, stop, i, lead_start))
    return Segmentation(text, tuple(paragraphs), tuple(sentences), dateline, lead_start)
