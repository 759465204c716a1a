"""What each place mention does in its article: event, context, dateline, offtopic, nonplace.

Input is the gazetteer's resolutions (``Gazetteer.resolve``) and the segmentation.
First pass (:func:`classify_spans`): offtopic inside boilerplate or an unrelated story,
nonplace for demonyms and for place names inside organisation or outlet names
("Bangkok Post", "US Institute of Peace", "Transparency International Cambodia"),
dateline for the city the story was filed from, otherwise a candidate place.
Second pass (:func:`mentions_with_roles`): candidates where an event was placed (or
that are part of that place's address, in the same sentence) become ``event``; the
rest ``context``, except a border named by a nationality word right after a place it
locates ("O'Smach, a town on the Thai border"), which is no mention of its own unless an
event is placed on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from gazetteer.scan import is_everyday_word, starts_sentence
from geotrack.model import Level, Mention, Place, Role

if TYPE_CHECKING:
    from geotrack.extract.segment import Segmentation

__all__ = ["PlaceSpan", "classify_spans", "mentions_with_roles"]

#: Words that, after a place name, make it an organisation or outlet ("Bangkok Post").
_ORG_AFTER_RE = re.compile(
    r"(?:\s+[A-Z][\w'’&.-]*){0,3}?\s+(?:Post|Times|Daily|News|Herald|Tribune|Journal|Gazette|Review|"
    r"Institute|University|College|Department|Embassy|Airlines|Airways|Bank|Group|"
    r"Foundation|Association|Alliance|Agency|Television|TV|Radio|Broadcasting|Press|Media|"
    r"Network|Company|Corporation|Corp|Ltd|Inc|Club|FC|Party|Federation|Society|Watch|"
    r"Insider|Observer|Today|Online|Monitor|Morning\s+Post|Free\s+Press|Magazine|Weekly|"
    r"Express|Standard|Star|Sun|Mail|Telegraph|Guardian|Chronicle|Globe|Nation|Report|Reporter)\b"
)
#: A capitalised word right before a place name that makes it part of a name ("Nikkei Asia").
_NAME_BEFORE_RE = re.compile(r"(?:^|[^\w.!?:\"“])[ \t]*([A-Z][a-z]+|[A-Z]{2,})[ \t]$")
#: Month and weekday names: capitalised, but never part of a place or an actor's name.
CALENDAR_WORDS = frozenset(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
)  # fmt: skip
_NOT_NAME_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "At",
        "On",
        "Of",
        "From",
        "To",
        "For",
        "And",
        "Or",
        "But",
        "By",
        "With",
        "Near",
        "Across",
        "Into",
        "Inside",
        "Outside",
        "Over",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "North",
        "South",
        "East",
        "West",
        "Upper",
        "Lower",
        "Greater",
        "Old",
        "New",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Governor",
        "Mayor",
        "Province",
        "District",
        "City",
        "Town",
        "Village",
        "Commune",
        "Capital",
        "Downtown",
        "Rural",
        "Coastal",
        "Border",
        "Neighbouring",
        "Neighboring",
        "Said",
        "Says",
        "Both",
        "Between",
        "Since",
        "Until",
        "During",
        "After",
        "Before",
        "Than",
        "Where",
        "When",
        "While",
        "That",
        "This",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "Our",
        "Like",
        "Including",
        "Such",
        "Via",
        "Also",
        "Only",
        # a date before a place ("On Monday Bangkok police ...") is not part of its name
        *CALENDAR_WORDS,
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    """A place-like span of the article with the place it resolved to and a first role.

    ``role`` is ``offtopic``, ``nonplace``, ``dateline`` or ``context`` (a candidate for
    ``event``); ``kind`` is the gazetteer's span kind (place, demonym, address, fuzzy).
    """

    start: int
    end: int
    text: str
    place: Place | None
    score: float
    reasons: tuple[str, ...]
    kind: str
    role: Role
    nationality: str | None = None


def _is_org_part(text: str, start: int, end: int, language: str = "en") -> bool:
    """True when the span sits inside an organisation or outlet name.

    A capitalised word right before the name makes it part of a name ("Nikkei Asia"),
    except a calendar or descriptive word (:data:`_NOT_NAME_WORDS`), a possessive, and one
    of the language's commonest words where its capital says nothing: first in its sentence
    ("Le Cambodge expulse", "Sa Myanmar,", "Di Myanmar,") or in a line written in capitals.
    """
    if _ORG_AFTER_RE.match(text, end, min(len(text), end + 60)):
        return True
    offset = max(0, start - 30)
    before = text[offset:start]
    match = _NAME_BEFORE_RE.search(before)
    if not match or match.group(1) in _NOT_NAME_WORDS or before.rstrip().endswith(("'s", "’s")):
        return False
    word = match.group(1)
    capitals_say_nothing = starts_sentence(text, offset + match.start(1)) or (
        word.isupper() and text[start:end].isupper()
    )
    return not (capitals_say_nothing and is_everyday_word(word, language))


def classify_spans(
    text: str,
    segmentation: Segmentation,
    resolutions: Iterable[Any],
    language: str | None = None,
) -> list[PlaceSpan]:
    """Give each gazetteer resolution its first role (before events are placed).

    Parameters
    ----------
    text
        The article text the resolutions' offsets refer to.
    segmentation
        From :func:`geotrack.extract.segment.segment_text`.
    resolutions
        ``Gazetteer.resolve`` output: objects with ``span`` (start, end, text, kind,
        nationality), ``place``, ``score`` and ``reasons``.
    language
        The text's language (ISO 639-1; None for English): which words are everyday words.

    Returns
    -------
    list[PlaceSpan]
        In text order.
    """
    spans: list[PlaceSpan] = []
    dateline = segmentation.dateline
    for resolution in resolutions:
        span = resolution.span
        start, end = int(span.start), int(span.end)
        kind = str(getattr(span, "kind", "place") or "place")
        nationality = getattr(span, "nationality", None)
        place: Place | None = resolution.place
        if segmentation.offtopic_at(start):
            role = Role.OFFTOPIC
        elif (
            kind == "demonym"
            or (nationality and place is None)
            or str(getattr(span, "note", "") or "").startswith("nonplace")
            or _is_org_part(text, start, end, language or "en")
        ):
            role = Role.NONPLACE
        elif dateline is not None and dateline[0] <= start < max(
            dateline[1], segmentation.lead_start
        ):
            role = Role.DATELINE
        else:
            role = Role.CONTEXT
        spans.append(
            PlaceSpan(
                start=start,
                end=end,
                text=text[start:end],
                place=place,
                score=float(getattr(resolution, "score", 0.0) or 0.0),
                reasons=tuple(getattr(resolution, "reasons", ()) or ()),
                kind=kind,
                role=role,
                nationality=nationality,
            )
        )
    spans.sort(key=lambda s: (s.start, s.end))
    return _border_descriptions(text, spans)


#: How far before "<demonym> border" the place it describes may end ("O'Smach, a town on
#: the Thai border", "Bavet, Svay Rieng province, near the Vietnamese border").
_DESCRIBED_WITHIN = 40
_SENTENCE_END_RE = re.compile(r"[.!?][\s\"”’)]|\n")


def _border_descriptions(text: str, spans: list[PlaceSpan]) -> list[PlaceSpan]:
    """Mark a border named by a nationality word that describes the place named just before
    it in the sentence (reason ``describes-previous-place``): it locates that place."""
    out = list(spans)
    for i, span in enumerate(spans):
        if span.role is not Role.CONTEXT or "demonym-border" not in span.reasons:
            continue
        for prev in reversed(spans[:i]):
            if prev.role in (Role.NONPLACE, Role.OFFTOPIC) or prev.place is None:
                continue
            gap = text[prev.end : span.start]
            if (
                len(gap) <= _DESCRIBED_WITHIN
                and prev.place.level not in (Level.COUNTRY, Level.REGION)
                and not _SENTENCE_END_RE.search(gap)
            ):
                out[i] = replace(span, reasons=(*span.reasons, "describes-previous-place"))
            break
    return out


def mentions_with_roles(
    article_id: str, spans: Sequence[PlaceSpan], event_spans: set[tuple[int, int]]
) -> list[Mention]:
    """Final mentions: spans where an event was placed become ``event``; only places are kept.

    Parameters
    ----------
    article_id
        The article's id.
    spans
        From :func:`classify_spans`.
    event_spans
        (start, end) of spans that are an event's place or part of its address.

    Returns
    -------
    list[Mention]
        Roles event, context and dateline only (nonplace and offtopic are left out).
    """
    mentions: list[Mention] = []
    for span in spans:
        if span.role in (Role.OFFTOPIC, Role.NONPLACE):
            continue
        role = span.role
        if (span.start, span.end) in event_spans:
            role = Role.EVENT
        elif role is Role.CONTEXT and "describes-previous-place" in span.reasons:
            # "O'Smach, a town on the Thai border": the phrase says where the place just
            # named lies (the nationality word is not a place mention of its own)
            continue
        mentions.append(
            Mention(
                article_id=article_id,
                text=span.text,
                start=span.start,
                end=span.end,
                role=role,
                place=span.place,
                score=span.score,
                reasons=span.reasons,
            )
        )
    return mentions
