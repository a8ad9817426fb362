"""Is the meeting in person, online or hybrid? Decided from the text, with the evidence.

- hybrid: the agenda says so ("hybrid", "in person or online", "come to the
  room or join on Zoom", "and on Microsoft Teams"), or it gives both a
  place to meet and a way to join online;
  A place and "You can also attend via a Teams link" is hybrid too, and so is
  a place with a webcast or live stream people can watch;
- online: a joining link or platform and no place to meet, or it says
  "online meeting", "virtual meeting", "held remotely", "Venue: MS Teams",
  or that the meeting is not in person ("the decision not to hold an
  in-person meeting");
- in person: a place to meet (a postcode, a "Venue:" line that names a
  building, or a sentence such as "Held at Churchinford Surgery") and no way
  to join online, or it says "in person" (not "not in person").

The facilitator can always override this (`--mode`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Evidence, Mode

_HYBRID = re.compile(
    r"\bhybrid\b|\bin[- ]person or (?:online|virtually|remotely|by video|on \w+)\b"
    r"|\b(?:online|virtually|remotely) or in[- ]person\b"
    r"|\bcome (?:to|along to) [^.]{0,80}? or join\b"
    r"|\bor join (?:us )?(?:online|by video|on (?:Microsoft )?Teams|on Zoom|on Google Meet"
    r"|on Webex)\b"
    r"|\bin the room or online\b"
    r"|\balso (?:attend|join|take part|watch|be available)\b[^.]{0,60}?"
    r"\b(?:online|teams|zoom|link|video|live events?|webcast|remotely)\b",
    re.IGNORECASE,
)
#: Weaker signs, believed only in the line that gives the place: "Leeds LS2 7DZ, or online".
_HYBRID_AT_PLACE = re.compile(
    r"(?:,\s*|\b(?:and|or)\s+)(?:also\s+)?(?:online\b|(?:on|via) (?:Microsoft )?"
    r"(?:Teams|Zoom|Webex|Google Meet)\b)",
    re.IGNORECASE,
)
_ONLINE_ONLY = re.compile(
    r"\bonline[- ]only\b|\bvirtual (?:[\w’']+ ){0,4}meetings?\b|\bonline meeting\b|"
    r"\bwe meet online\b|\bmeetings? (?:is|are|will be) (?:being )?(?:held )?online\b|"
    r"\bvideo[- ]?call\b|\bvideo[- ]?conference\b|\bheld (?:remotely|virtually|online)\b|"
    r"\btaking place online\b|\bmeetings? virtually\b|"
    r"\bvenue\s*[:\-–]\s*(?:(?:ms|microsoft)\s+)?(?:teams|zoom|online|virtual|remote)\b",
    re.IGNORECASE,
)
#: Watching online counts as joining online: a webcast, a live stream, "Live Events".
_WATCH_ONLINE = re.compile(
    r"\bwebcast\b|\blive ?stream(?:ed|ing)?\b|\bbroadcast live\b|\bwatch (?:it )?live\b|"
    r"\blive events?\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b", re.IGNORECASE)
#: "not to hold an in-person meeting", "We are not having face-to-face meetings".
_NOT_BEFORE = re.compile(
    r"\b(?:not|no|instead of|rather than|cancel\w*|without)\b(?:\s+[\w’']+){0,3}\s*$", re.I
)


def decide_mode(
    texts: Sequence[Evidence],
    *,
    place: Evidence | None,
    online: Evidence | None,
) -> tuple[Mode | None, tuple[Evidence, ...]]:
    """The meeting's mode and the evidence for it, from the blocks' texts.

    `texts` are the blocks (as evidence with their locations); `place` is
    where a venue was found, `online` where a link or platform was found.
    """
    hybrid = next((t for t in texts if _HYBRID.search(t.text)), None)
    if hybrid is not None and (
        place is not None or online is not None or "hybrid" in hybrid.text.lower()
    ):
        return "hybrid", tuple(e for e in (_quote(hybrid, _HYBRID), place, online) if e)
    if place is not None and _HYBRID_AT_PLACE.search(place.text):
        return "hybrid", tuple(e for e in (place, online) if e)
    online_only = next((t for t in texts if _ONLINE_ONLY.search(t.text)), None)
    not_in_person = next((t for t in texts if _said_in_person(t.text) is False), None)
    online_only = online_only or not_in_person
    watch = next((t for t in texts if _WATCH_ONLINE.search(t.text)), None)
    watch_ev = _quote(watch, _WATCH_ONLINE) if watch is not None else None
    joins = online or watch_ev
    if place is not None and joins is not None:
        if online_only is not None and place.location.paragraph == online_only.location.paragraph:
            return "online", tuple(e for e in (_quote(online_only, _ONLINE_ONLY), joins) if e)
        return "hybrid", (place, joins)
    if joins is not None or online_only is not None:
        said_online = online_only and _quote(online_only, _ONLINE_ONLY)
        return "online", tuple(e for e in (online, said_online, watch_ev) if e)
    if place is not None:
        return "in-person", (place,)
    said = next((t for t in texts if _said_in_person(t.text)), None)
    if said is not None:
        return "in-person", (_quote(said, _IN_PERSON),)
    return None, ()


def _said_in_person(text: str) -> bool | None:
    """True when a text says the meeting is in person, False when it says it is not
    ("not to hold an in-person meeting"), None when it does not say."""
    answer = None
    for m in _IN_PERSON.finditer(text):
        if _NOT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            answer = False if answer is None else answer
        else:
            return True
    return answer


def _quote(e: Evidence, rx: re.Pattern[str]) -> Evidence:
    """The sentence around a match, so the evidence is short."""
    m = rx.search(e.text)
    if not m:
        return e
    start = max(e.text.rfind(". ", 0, m.start()) + 2, 0) if ". " in e.text[: m.start()] else 0
    end = e.text.find(". ", m.end())
    return Evidence(e.text[start : end + 1 if end >= 0 else len(e.text)].strip(), e.location)
