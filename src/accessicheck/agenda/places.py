"""Where an in-person meeting is: the venue and its UK postcode.

The postcode pattern follows the published format of UK postcodes (outward
code: area letters, district digit, optional letter or digit; inward code:
digit and two letters from the allowed set), plus the special GIR 0AA. A
postcode in a page header or footer, or in a line about writing to us
("write to", "Freepost", "registered office"), is an address for post, not
the meeting's venue, and is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

POSTCODE = re.compile(
    r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPS-UW\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b"
)
_VENUE_LABEL = re.compile(
    r"^\s*(?:venue|where|place|location|address|meeting place|in person|come to)\s*[:\-–]\s*",
    re.IGNORECASE,
)
_POSTAL = re.compile(
    r"\b(?:write to|writing to|freepost|registered (?:office|address|charity)|postal address|"
    r"post (?:it|them|your|forms?) to|send (?:it|them|forms?|your \w+) to|return (?:it|forms?) to|"
    r"charity number|company number|head office|our office is)\b",
    re.IGNORECASE,
)
#: Words that say a "Venue:" line names a way to join online, not a place.
_ONLINE_WORDS = re.compile(
    r"\b(?:virtual(?:ly)?|online|remote(?:ly)?|teams|zoom|webex|google meet|video[- ]?(?:call|"
    r"conference)|telephone|phone)\b",
    re.IGNORECASE,
)
#: A place named in a sentence: "Held at Churchinford Surgery", "Come along to the People
#: First Conference Centre on Milbourne Street", "takes place … in the Brunswick Room".
_PLACE_PHRASE = re.compile(
    r"\b(?i:held|meet|meets|meeting|takes? place|taking place|come along to|come to|join us)\b"
    r"[^.]{0,40}?\b(?i:at|in|to)\s+(?i:the\s+)?"
    r"(?P<place>[A-Z][\w’'&-]*(?:(?:\s+|,\s*)(?:[A-Z][\w’'&-]*|of|on|the|and|&))*)"
)
#: Words that say an address-like line names a place to meet.
_PLACE_WORDS = re.compile(
    r"\b(?:room|hall|centre|center|house|hub|library|church|chapel|hospital|surgery|office|"
    r"building|suite|floor|chamber|hotel|school|college|university|club|clinic|venue)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceFound:
    """A postcode (or a venue line without one) and the block it came from."""

    block: int
    postcode: str | None
    venue: str


def normalise_postcode(text: str) -> str:
    """ "ls27dz" -> "LS2 7DZ"."""
    compact = re.sub(r"\s+", "", text.upper())
    return f"{compact[:-3]} {compact[-3:]}"


def is_postal(text: str) -> bool:
    """True when a line is about posting things to an address, not meeting there."""
    return bool(_POSTAL.search(text))


def venue_text(text: str) -> str:
    """A block's text without its "Venue:" label, tidied, for showing as the venue."""
    text = _VENUE_LABEL.sub("", text.strip())
    return " ".join(text.split()).rstrip(".")


def find_place(texts: Sequence[str], skip: Sequence[bool] = ()) -> PlaceFound | None:
    """The meeting place among some blocks' texts (header and footer blocks skipped).

    A labelled line ("Venue:", "Where:") with a postcode wins; then the first
    line with a postcode that is not about post; then a labelled line with
    no postcode whose value names a kind of building (the word "Venue" in the
    label does not count, and "Venue: MS Teams Meeting" names no place); then
    a sentence that names a building ("Held at Churchinford Surgery", "Come
    along to the People First Conference Centre").
    """
    first: PlaceFound | None = None
    labelled_no_postcode: PlaceFound | None = None
    for i, text in enumerate(texts):
        if i < len(skip) and skip[i]:
            continue
        m = POSTCODE.search(text)
        labelled = bool(_VENUE_LABEL.match(text))
        if m and not is_postal(text):
            found = PlaceFound(i, normalise_postcode(m.group()), _venue_line(text, m.end()))
            if labelled:
                return found
            first = first or found
        elif labelled and labelled_no_postcode is None:
            # The label's own word ("Venue:") is not a place: look at what follows it.
            value = venue_text(text)
            if _PLACE_WORDS.search(value) and not _ONLINE_WORDS.search(value):
                labelled_no_postcode = PlaceFound(i, None, value)
    return first or labelled_no_postcode or _place_in_a_sentence(texts, skip)


def _place_in_a_sentence(texts: Sequence[str], skip: Sequence[bool]) -> PlaceFound | None:
    for i, text in enumerate(texts):
        if (i < len(skip) and skip[i]) or is_postal(text):
            continue
        for m in _PLACE_PHRASE.finditer(text):
            place = m.group("place").strip(" ,")
            if _PLACE_WORDS.search(place) and not _ONLINE_WORDS.search(place):
                return PlaceFound(i, None, place)
    return None


def _venue_line(text: str, postcode_end: int) -> str:
    """The address up to and including the postcode, without a leading label or sentence."""
    head = text[:postcode_end]
    # A line that also holds the title and date (plain text joins lines): start after them.
    from .dates import find_dates
    from .times import find_times

    marks = [s.end for s in find_dates(head)] + [s.end for s in find_times(head)]
    if marks:
        head = head[max(marks) :].lstrip(" ,.;:–—-")
    # Start at the label, or at the start of the sentence holding the postcode.
    label = _VENUE_LABEL.search(head)
    if label:
        head = head[label.end() :]
    else:
        cut = max(head.rfind(". "), head.rfind(": "), head.rfind("\n"))
        head = head[cut + 2 :] if cut >= 0 else head
        head = (
            re.sub(
                r"^.*?\b(?:meet (?:at|in)|come to|held at|at the|at)\s+",
                "",
                head,
                count=1,
                flags=re.IGNORECASE,
            )
            if re.search(r"\b(?:meet|come|held|at)\b", head, re.I)
            else head
        )
    return " ".join(head.split()).strip(" ,.")
