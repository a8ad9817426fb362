"""Is the meeting in person, online or hybrid? Decided from the text, with the evidence.

- hybrid: the agenda says so ("hybrid", "in person or online", "come to the
  room or join on Zoom", "and on Microsoft Teams"), or it gives both a
  place to meet and a way to join online;
- online: a joining link or platform and no place to meet, or it says
  "online meeting", "virtual meeting", "on Zoom";
- in person: a place to meet (a postcode or a "Venue:" line) and no way to
  join online, or it says "in person" without "online".

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
    r"|\bin the room or online\b",
    re.IGNORECASE,
)
#: Weaker signs, believed only in the line that gives the place: "Leeds LS2 7DZ, or online".
_HYBRID_AT_PLACE = re.compile(
    r"(?:,\s*|\b(?:and|or)\s+)(?:also\s+)?(?:online\b|(?:on|via) (?:Microsoft )?"
    r"(?:Teams|Zoom|Webex|Google Meet)\b)",
    re.IGNORECASE,
)
_ONLINE_ONLY = re.compile(
    r"\bonline[- ]only\b|\bvirtual meeting\b|\bonline meeting\b|\bwe meet online\b|"
    r"\bmeeting (?:is|will be) (?:held )?online\b|\bvideo call\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(r"\bin[- ]person\b|\bface[- ]to[- ]face\b", re.IGNORECASE)


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
    if place is not None and online is not None:
        if online_only is not None and place.location.paragraph == online_only.location.paragraph:
            return "online", (_quote(online_only, _ONLINE_ONLY), online)
        return "hybrid", (place, online)
    if online is not None or online_only is not None:
        return "online", tuple(
            e for e in (online, online_only and _quote(online_only, _ONLINE_ONLY)) if e
        )
    if place is not None:
        return "in-person", (place,)
    said = next((t for t in texts if _IN_PERSON.search(t.text)), None)
    if said is not None:
        return "in-person", (_quote(said, _IN_PERSON),)
    return None, ()


def _quote(e: Evidence, rx: re.Pattern[str]) -> Evidence:
    """The sentence around a match, so the evidence is short."""
    m = rx.search(e.text)
    if not m:
        return e
    start = max(e.text.rfind(". ", 0, m.start()) + 2, 0) if ". " in e.text[: m.start()] else 0
    end = e.text.find(". ", m.end())
    return Evidence(e.text[start : end + 1 if end >= 0 else len(e.text)].strip(), e.location)
