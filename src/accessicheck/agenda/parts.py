"""The parts of one agenda item's text: number, title, owner, purpose, length, papers.

An item line such as

    "4. Forum budget: choosing three projects (Dee Harper) - for decision"

gives number "4", title "Forum budget: choosing three projects", owner
"Dee Harper" and purpose "decision". Owners are found in a "Led by" or
"Chair:" label, in brackets that hold a name, after a dash at the end, or
(in sentences) as the name before "will". Purposes are the usual agenda
phrases ("for decision", "to note") or, in a description, "we will vote /
decide / agree / choose" and "we will discuss".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Purpose


def words(text: str) -> list[str]:
    """A word list written as one string, for easy reading and sorting."""
    return text.split()


PURPOSE_WORDS: dict[str, Purpose] = {
    "decision": "decision", "decide": "decision", "approval": "decision", "approve": "decision",
    "agreement": "decision", "agree": "decision", "ratification": "decision", "ratify": "decision",
    "endorsement": "decision", "endorse": "decision", "sign-off": "decision",
    "sign off": "decision", "vote": "decision",
    "discussion": "discussion", "discuss": "discussion", "comment": "discussion",
    "comments": "discussion", "consultation": "discussion", "views": "discussion",
    "debate": "discussion",
    "information": "information", "info": "information", "noting": "information",
    "note": "information", "assurance": "information", "awareness": "information",
}  # fmt: skip
_PURPOSE_ALT = "|".join(sorted((re.escape(w) for w in PURPOSE_WORDS), key=len, reverse=True))
PURPOSE_MARKER = re.compile(
    r"(?P<lead>[\s,;:(\[–—-]*)\b(?P<phrase>(?:for|to)\s+(?P<word>" + _PURPOSE_ALT + r"))\b"
    r"(?!\s*[A-Za-z0-9])[)\].]?",
    re.IGNORECASE,
)
_PURPOSE_CELL = re.compile(
    r"^\s*(?:(?:for|to)\s+)?(?P<word>" + _PURPOSE_ALT + r")(?:\s+only)?\s*[.!]?\s*$", re.IGNORECASE
)
_DESCRIPTION_DECISION = re.compile(
    r"\b(?:we(?: will|'ll| are going to)|you will|members will|to)\s+(?:be asked to\s+)?"
    r"(?:vote|decide|agree|choose|approve)\b",
    re.IGNORECASE,
)
#: A title or description that starts by saying what to decide: "agree the dates".
_DECIDE_FIRST = re.compile(r"^\s*(?:agree|decide|choose|vote on|approve|sign off)\b", re.I)
_DESCRIPTION_DISCUSSION = re.compile(r"\b(?:we(?: will|'ll)|and|to)\s+discuss\b", re.IGNORECASE)

TITLES = (
    r"(?:Dr|Doctor|Nurse|Professor|Prof|Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Sister|Rev|Revd|"
    r"Sergeant|Sgt|Inspector|Constable|PC|Officer|Matron|Midwife)\.?"
)
_NAME = (
    r"(?:"
    + TITLES
    + r"\s+)?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?){0,2}"
)
_OWNER_LABEL = re.compile(
    r"(?:^|[\s(,.;])(?:(?:led|chaired|presented|facilitated|run|hosted) by|with"
    r"|(?:lead|chair|co-chair|presenter|facilitator|speaker|owner|host)\s*[:,–-])"
    r"\s*(?P<who>[^.;()]+)",
    re.IGNORECASE,
)
_WILL_NAME = re.compile(
    r"(?:^|[\s,])(?P<who>" + _NAME + r")(?:\s+from\s+(?:the\s+)?[\w' -]{1,40}?)?\s+will\b"
)
_FROM_NAME = re.compile(r"\b(?:from|with|by)\s+(?P<who>" + _NAME + r")")
_NOT_NAMES = frozenset(
    words(
        """We You They He She It This That These Those There The Our Your Their Everyone Everybody
    Someone Anyone All Lunch Tea Coffee Food Refreshments Papers Paper Minutes Notes Meeting
    Members People Staff Board Group Council Today Tomorrow Next Item Break Each Every Any
    Nobody Some Who What When Where Please Payment Vouchers Students Carers Patients Parents
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Zoom Teams Microsoft Google Webex
    Agenda Welcome Here Time Date Venue Link Questions Everything Nothing Somebody I If"""
    )
)
_DURATION_PAREN = re.compile(
    r"\(\s*(?:about\s+|approx\.?\s+)?\d+(?:\.\d+)?\s?(?:-\s?)?(?:minutes?|mins?|hours?|hrs?)\s*\)",
    re.I,
)
PAPER = re.compile(
    r"\b(?:paper|papers|appendix|annex|enclosure|report|slides)\s+(?:[A-Z]\b|\d+[a-z]?\b)",
    re.IGNORECASE,
)
_PAPER_PAREN = re.compile(r"\(\s*(?:see\s+)?" + PAPER.pattern + r"[^)]*\)", re.IGNORECASE)
_NUMBER = re.compile(
    r"^\s*(?:item\s+)?(?P<n>\d{1,2}(?:\.\d{1,2})?[a-z]?)(?:[.):]|\s*[-–—])?\s+", re.I
)
_LETTER_NUMBER = re.compile(r"^\s*\(?(?P<n>[a-h])[.)]\s+")
_TRIM = " \t\n,;:-–—.|"

_BREAK_WORD = re.compile(
    r"\b(?:break(?![\s-]?(?:out|down|through|fast))|lunch(?:time)?|refreshments?|interval|pause)\b",
    re.IGNORECASE,
)
_BREAK_START = re.compile(
    r"^(?:(?:a|short|comfort|tea|coffee|snack|screen|rest|refreshment|leg[- ]stretch|stretch|"
    r"\d+[- ]?min(?:ute)?s?|ten[- ]minute|quick)\s+)*"
    r"(?:break|lunch(?:\s+break)?|tea|coffee|refreshments|pause|rest|interval)\b",
    re.IGNORECASE,
)
_BREAK_VOCABULARY = frozenset(
    words(
        """break breaks comfort tea coffee lunch lunchtime snack snacks short refreshment
        refreshments biscuits cake drinks drink rest pause screen stretch leg legs minute minutes
        min mins ten fifteen twenty five quick interval networking time for with and a an the
        provided served light buffet sandwiches fruit"""
    )
)
_CLOSE = re.compile(
    r"^(?:meeting\s+)?(?:close|closes|closing|end|ends|finish|finishes|goodbye|depart|home time)"
    r"(?:\s+of\s+(?:the\s+)?meeting)?\s*[.!]?$|^(?:end|close) of (?:the )?meeting\.?$|"
    r"^meeting (?:ends|closes)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Parts:
    """What one item's text says, besides its time."""

    title: str
    number: str | None = None
    owner: str | None = None
    purpose: Purpose | None = None
    purpose_text: str | None = None
    description: str | None = None
    duration: int | None = None
    papers: tuple[str, ...] = ()


def purpose_of(text: str) -> tuple[Purpose | None, str | None]:
    """The purpose stated in a purpose cell or an item's text, and the words used."""
    cell = _PURPOSE_CELL.match(text)
    if cell:
        return PURPOSE_WORDS[cell.group("word").lower()], text.strip().rstrip(".")
    m = PURPOSE_MARKER.search(text)
    if m:
        return PURPOSE_WORDS[m.group("word").lower()], m.group("phrase")
    return None, None


def purpose_from_description(text: str) -> Purpose | None:
    """A purpose implied by what a description says will happen."""
    if _DESCRIPTION_DECISION.search(text) or _DECIDE_FIRST.match(text):
        return "decision"
    if _DESCRIPTION_DISCUSSION.search(text):
        return "discussion"
    return None


def _name_like(text: str) -> bool:
    """A short text that starts like a name or role ("Dee Harper, chair", "Co-chairs")."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > 9:
        return False
    first = words[0].strip("(,")
    if not first[:1].isupper() or first in _NOT_NAMES:
        return False
    if len(words) == 1 and first.isupper() and len(first) > 1:
        return False  # an acronym alone, such as "(AOB)"
    if purpose_of(text)[0] or re.search(r"\d", text) and not re.search(r"[A-Za-z]{3}", text):
        return False
    return not re.search(r"[?!]|https?://", text)


def _clean_owner(who: str) -> str | None:
    who = who.strip(_TRIM + " ")
    # "our co-chair Gail Stevens" -> "Gail Stevens"
    m = re.search(
        r"(?:" + TITLES + r"\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*[\w' -]+)?$", who
    )
    if m and m.start() > 0 and who[: m.start()].strip().islower():
        who = m.group()
    who = re.sub(r"\s+", " ", who).strip(_TRIM)
    return who if _name_like(who) else None


def find_owner(text: str, *, sentences: bool = False) -> tuple[str | None, str]:
    """The owner of an item and the text without the owner's part.

    `sentences` allows the looser patterns used in prose ("Jo Bloggs will…",
    "with Jo Bloggs"), which are not safe in titles.
    """
    label = _OWNER_LABEL.search(text)
    if label and (label.group(0).strip(" (,.;").lower() != "with" or sentences):
        keyword = label.group(0).split()[0].strip(" (,.;").lower()
        who = _clean_owner(label.group("who"))
        if who and (keyword != "with" or re.match(_NAME, label.group("who").strip())):
            start, end = label.start(), label.end()
            if "(" in label.group(0)[:2]:  # "(Chair, Nadia Akhtar)": take the brackets too
                close = text.find(")", end)
                end = close + 1 if close >= 0 else end
                start = text.index("(", start)
            return who, text[:start] + text[end:]
    parens = list(re.finditer(r"\(([^()]+)\)", text))
    for m in reversed(parens):
        inner = m.group(1).strip()
        if _DURATION_PAREN.fullmatch(m.group()) or PAPER.search(inner):
            continue
        if re.fullmatch(r"[\d:.\s apm–-]+", inner, re.I):
            continue
        if _name_like(inner):
            return _strip_chair_prefix(inner), text[: m.start()] + text[m.end() :]
    dash = re.search(r"\s[-–—]\s+(?P<who>[^-–—]+?)\s*$", text)
    if dash and _name_like(dash.group("who")):
        return _strip_chair_prefix(dash.group("who").strip(_TRIM)), text[: dash.start()]
    if sentences:
        will = _WILL_NAME.search(text)
        if will and will.group("who").split()[0] not in _NOT_NAMES:
            return will.group("who"), text[: will.start()] + " " + text[will.end() :]
        source = _FROM_NAME.search(text)
        if source and source.group("who").split()[0] not in _NOT_NAMES:
            return source.group("who"), text[: source.start()] + text[source.end() :]
    return None, text


def _strip_chair_prefix(who: str) -> str:
    return re.sub(r"^(?:chair|lead|led by)\s*:\s*", "", who.strip(), flags=re.I)


def split_number(text: str) -> tuple[str | None, str]:
    """("4", "Budget") from "4. Budget" or "Item 4: Budget"."""
    m = _NUMBER.match(text) or _LETTER_NUMBER.match(text)
    if m:
        return m.group("n"), text[m.end() :]
    return None, text


def split_title(text: str) -> tuple[str, str | None]:
    """The title (first line, or first sentence) and the rest as a description."""
    text = text.strip()
    if "\n" in text:
        first, rest = text.split("\n", 1)
        return first.strip(), " ".join(rest.split()) or None
    m = re.search(r"(?<=[a-z0-9)’'])[.!?]\s+(?=[A-Z\"“(])", text)
    if m:
        return text[: m.start() + 1].strip(), text[m.end() :].strip() or None
    # "Repeat prescriptions by app: Lisa Chen will show the new app": a title, then what happens.
    m = re.search(r":\s+(?=[^:]*\bwill\b)", text)
    if m and len(text[: m.start()].split()) <= 8:
        return text[: m.start()].strip(), text[m.end() :].strip() or None
    return text, None


def parse_item_text(text: str, *, sentences: bool = False) -> Parts:
    """Split an item's text (its time already removed) into its parts."""
    number, text = split_number(text.strip().lstrip(_TRIM).rstrip(" ,;:-–—|"))
    papers = tuple(dict.fromkeys(m.group().strip() for m in PAPER.finditer(text)))
    text = _PAPER_PAREN.sub(" ", text)
    duration = None
    d = _DURATION_PAREN.search(text)
    if d:
        from .times import find_durations

        found = find_durations(d.group())
        duration = found[0].minutes if found else None
        text = text[: d.start()] + text[d.end() :]
    purpose, purpose_text = purpose_of(text)
    if purpose_text:
        m = PURPOSE_MARKER.search(text)
        if m:
            text = text[: m.start()] + text[m.end() :]
    title, description = split_title(text)
    owner, title = find_owner(title, sentences=sentences)
    if description:
        d_owner, description = find_owner(description, sentences=True)
        owner = owner or d_owner
        d_purpose, d_text = purpose_of(description)
        if d_purpose and purpose is None:
            purpose, purpose_text = d_purpose, d_text
        if purpose is None:
            purpose = purpose_from_description(description)
        description = " ".join(description.split()).strip(" ,;:-–—|") or None
    if purpose is None and (sentences or _DECIDE_FIRST.match(title)):
        purpose = purpose_from_description(title)
    title = re.sub(r"\s{2,}", " ", title).strip(_TRIM + " ")
    return Parts(title, number, owner, purpose, purpose_text, description, duration, papers)


def is_break(title: str, *, prose: bool = False) -> bool:
    """True for "Comfort break", "Lunch", "Break. Tea and biscuits." and the like.

    A title is a break when it is made only of break words ("tea", "lunch",
    "comfort", "10 minutes"): "Tea and coffee as people arrive" is an item.
    In a sentence ("we will stop for a 15-minute break") a break word in a
    short sentence is enough.
    """
    t = title.strip(_TRIM + " ").lower()
    if prose:
        return bool(_BREAK_WORD.search(t)) and len(t.split()) <= 8
    words = re.findall(r"[a-z0-9]+", t)
    return (
        bool(words)
        and bool(_BREAK_WORD.search(t) or _BREAK_START.match(t))
        and all(w in _BREAK_VOCABULARY or w.isdigit() for w in words)
    )


def is_close(title: str) -> bool:
    """True for a closing line such as "Close", "Meeting ends", "Goodbye"."""
    return bool(_CLOSE.match(title.strip(_TRIM + " ")))
