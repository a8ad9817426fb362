"""How to join online or by phone: the platform, the joining link and the dial-in number.

The platform comes from the joining link's web address when there is one
(teams.microsoft.com is Microsoft Teams), else from its name in the text
("on Teams", "Zoom", "Google Meet"). "Teams" alone needs a joining word
near it, because "care teams" and "Community Mental Health Teams" are not a
platform.

A dial-in number is a UK phone number in a sentence about joining by phone
("join by phone", "dial in", "conference ID"); a number in a sentence about
contacting someone ("call Sam", "ring", "text", "if you need") is a contact
number, not a dial-in. A number alone on a line under a short line about
joining by phone ("Or call in (audio only)") is a dial-in too.

PDF text breaks long links over lines, which leaves a space inside them;
`repair_links` joins a link with what follows it when that looks like the
rest of a web address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

#: Web address fragments of meeting platforms, and the platform's name.
PLATFORM_HOSTS: tuple[tuple[str, str], ...] = (
    ("teams.microsoft.com", "Microsoft Teams"),
    ("teams.live.com", "Microsoft Teams"),
    ("zoom.us", "Zoom"),
    ("zoom.com", "Zoom"),
    ("meet.google.com", "Google Meet"),
    ("webex.com", "Webex"),
    ("whereby.com", "Whereby"),
    ("meet.jit.si", "Jitsi Meet"),
    ("gotomeet", "GoTo Meeting"),
    ("goto.com", "GoTo Meeting"),
    ("bluejeans.com", "BlueJeans"),
    ("skype.com", "Skype"),
    ("attendanywhere", "Attend Anywhere"),
    ("nhs.vc", "Attend Anywhere"),
)
_PLATFORM_NAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:Microsoft|MS) Teams\b", re.I), "Microsoft Teams"),
    (
        re.compile(
            r"\b(?:on|via|using|through|in|join|by|a|the|our)\s+Teams\b"
            r"|\bTeams\s+(?:meeting|link|call|invit\w*|app|chat)\b"
        ),
        "Microsoft Teams",
    ),
    (re.compile(r"\bZoom\b(?!\s+in\b)"), "Zoom"),
    (re.compile(r"\bGoogle Meet\b", re.I), "Google Meet"),
    (re.compile(r"\bWebex\b", re.I), "Webex"),
    (re.compile(r"\bWhereby\b"), "Whereby"),
    (re.compile(r"\bJitsi\b", re.I), "Jitsi Meet"),
    (re.compile(r"\bAttend Anywhere\b", re.I), "Attend Anywhere"),
    (re.compile(r"\bSkype\b"), "Skype"),
)
URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]", re.I)
_JOIN_WORDS = re.compile(r"\b(?:join|joining|link|meeting|click|online|log ?in)\b", re.I)
_URL_TAIL = re.compile(r"\s(?P<tail>[A-Za-z0-9%/=?&._~#+-]+)")

_PHONE_SHAPE = re.compile(r"(?:\+44\s?\(0\)\s?|\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}")
_DIAL_CUES = re.compile(
    r"\b(?:dial(?:-| )?in|dial|join(?:ing)? by (?:tele)?phone|by (?:tele)?phone|phone in|call in|"
    r"audio only|audio|conference (?:id|number|call)|phone conference|meeting id|access code|"
    r"pin)\b",
    re.I,
)
_CONTACT_CUES = re.compile(
    r"\b(?:contact|enquir\w+|questions?|ring|text|sms|whatsapp|if you need|if you have|"
    r"tell|let us know|ask|help|support|apologies|email|e-mail|mobile|office)\b",
    re.I,
)


@dataclass(frozen=True)
class Found:
    """A value found in one block: which block, the value, and the text around it."""

    block: int
    value: str
    quote: str


def platform_of_link(url: str) -> str | None:
    low = url.lower()
    return next((name for host, name in PLATFORM_HOSTS if host in low), None)


def repair_links(text: str) -> str:
    """Join a web address that a PDF line break split with a space."""
    out, pos = [], 0
    for m in URL.finditer(text):
        out.append(text[pos : m.end()])
        pos = m.end()
        tail = _URL_TAIL.match(text, pos)
        if tail and re.search(r"[%/=?&]", tail.group("tail")):
            pos = tail.end()
            out.append(tail.group("tail"))
    out.append(text[pos:])
    return "".join(out)


def find_link(texts: Sequence[str], extra_links: Sequence[str] = ()) -> Found | None:
    """The joining link: a platform's address first, else a link next to joining words."""
    platform_link: Found | None = None
    other: Found | None = None
    for i, text in enumerate(texts):
        for m in URL.finditer(text):
            url = m.group()
            if platform_of_link(url):
                platform_link = platform_link or Found(i, url, text)
            elif _JOIN_WORDS.search(text[max(0, m.start() - 40) : m.start()]):
                other = other or Found(i, url, text)
    if platform_link is None:
        for url in extra_links:
            if platform_of_link(url):
                return Found(-1, url, url)
    return platform_link or other


def find_platform(texts: Sequence[str], link: str | None) -> Found | None:
    """The meeting platform, from the link or from its name in the text."""
    if link and platform_of_link(link):
        for i, text in enumerate(texts):
            if link in text:
                return Found(i, platform_of_link(link) or "", text)
        return Found(-1, platform_of_link(link) or "", link)
    for i, text in enumerate(texts):
        for rx, name in _PLATFORM_NAMES:
            if rx.search(text):
                return Found(i, name, text)
    return None


def find_dial_in(texts: Sequence[str]) -> Found | None:
    """A phone number for joining the meeting, not a number for contacting someone."""
    best: tuple[int, Found] | None = None
    previous = ""
    for i, text in enumerate(texts):
        lead = previous if _DIAL_CUES.search(previous) and len(previous.split()) <= 8 else ""
        if text.strip():
            previous = text
        for k, sentence in enumerate(_sentences(text)):
            m = _PHONE_SHAPE.search(sentence)
            if not m:
                continue
            if not _DIAL_CUES.search(sentence):
                # "Or call in (audio only)" on the line above the number
                if k or not lead or sentence[: m.start()].strip():
                    continue
                sentence = f"{lead} {sentence}"
                m = _PHONE_SHAPE.search(sentence, len(lead))
                if not m:
                    continue
            near = sentence[max(0, m.start() - 50) : m.start()]
            score = 2 - (1 if _CONTACT_CUES.search(near) else 0)
            found = Found(i, m.group().strip(), sentence.strip())
            if best is None or score > best[0]:
                best = (score, found)
    return best[1] if best and best[0] > 1 else None


def _sentences(text: str) -> list[str]:
    """Sentences, roughly; enough to keep a contact number apart from a dial-in."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n+|(?<=\))\s+(?=[A-Z])", text)
    out: list[str] = []
    for p in parts:
        # A joined line such as "Teams link: https://… Join by phone: 0161 …" is two lines.
        out.extend(re.split(r"\s(?=(?:Join|Dial|Phone|Telephone|Call)\b[^:]{0,30}:)", p))
    return [p for p in out if p.strip()]


def digits(phone: str) -> str:
    """Only the digits of a phone number, with +44 turned into a leading 0."""
    d = re.sub(r"\D", "", phone)
    if d.startswith("440"):
        d = d[2:]
    elif d.startswith("44"):
        d = "0" + d[2:]
    return d
