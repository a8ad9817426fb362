"""Plain wording on agendas: items that say what will happen, and meeting jargon.

Shared by the AC504 and AC506 rules and by the checklist (PLAN-07), so both
agree on what counts as explained.
"""

from __future__ import annotations

import re

from ..core.wordlists import meeting_jargon


def _words(text: str) -> list[str]:
    """A word list written as one string, for easy reading and sorting."""
    return text.split()


#: Words of items whose title says all there is to say ("Welcome and apologies").
_SELF_EXPLAINING = frozenset(
    _words(
        """welcome welcomes hello introductions introduction apologies apology absence for and news
    housekeeping check in ground rules close closing thanks thank you goodbye catch up
    icebreaker what's whats new arrival arrive tea coffee lunch break date dates of next the
    meeting any other business aob a everyone wrap summary actions feedback on today as people
    settle"""
    )
)
_SAYS_WHAT_HAPPENS = re.compile(
    r"\b(?:we|you|us|our|will|how|what|why|which|who|when|where|should|can)\b"
    r"|\b(?:to|and) (?:decide|agree|choose|plan|share|hear|talk|discuss|look|check|review|test|"
    r"vote|ask|tell|find|learn|meet|read|suggest|comment|give)\b",
    re.IGNORECASE,
)
#: "Choosing a name", or after a colon: "Budget: choose two projects", "Swimming: a report".
_DOING = re.compile(
    r"^[A-Za-z]+ing\b|:\s*(?:[a-z]+ing|choose|decide|agree|plan|share|hear|talk|discuss|look|check|"
    r"review|test|vote|ask|tell|find|learn|read|suggest|comment|give)\b"
    r"|:\s*(?:an?\s+)?(?:report|update|presentation|demonstration|talk|briefing|workshop|"
    r"discussion|vote|decision)\b"
)

#: Meeting-procedure words, with a plain way to say each.
JARGON: tuple[tuple[str, re.Pattern[str], str], ...] = meeting_jargon()  # meeting-jargon.csv
_EXPLANATION_AFTER = re.compile(
    r"^\s*(?:\(\s*(?:this|that|it|anything|any|when|where|what|a|an|the|time|things|a chance|"
    r"people|we|you)\b[^)]*\)"
    r"|[-–—:,]\s*(?:this|that|which|it)\s+(?:means|is|are)\b"
    r"|\s*(?:means|is when|is where|is a|is the|is time|are the|are things)\b"
    r"|,\s*(?:which|where|when)\b)",
    re.IGNORECASE,
)


def explained(item_title: str, description: str | None) -> bool:
    """True when an item says what will happen: a description, a self-explaining
    title ("Welcome and apologies"), or a title that says what people will do."""
    if description and len(description.split()) >= 4:
        return True
    title = item_title.strip()
    words_in = re.findall(r"[a-z']+", title.lower().replace("’", "'"))
    if words_in and all(w in _SELF_EXPLAINING for w in words_in):
        return True
    words = len(title.split())
    if _DOING.search(title) and words >= 4:
        return True
    return words >= 5 and bool(_SAYS_WHAT_HAPPENS.search(title))


def jargon_explained_at(text: str, end: int) -> bool:
    """True when the words right after a jargon term explain it."""
    return bool(_EXPLANATION_AFTER.match(text[end : end + 80]))


def _defines(text: str, rx: re.Pattern[str]) -> bool:
    """True for a glossary line such as "AOB: any other business, a time for…"."""
    head = re.match(r"\s*(?:" + rx.pattern + r")\s*(?:[:–—-]|means\b|is\b|\()", text, rx.flags)
    return bool(head) and len(text.split()) > 3


def unexplained_jargon(texts: list[str]) -> list[tuple[int, re.Match[str], str]]:
    """(text index, match, plain wording) for the first unexplained use of each term.

    A term defined in a glossary line ("AOB: any other business, …") is
    explained everywhere, and the words of a glossary line are not flagged.
    """
    glossary = {i for i, t in enumerate(texts) for _l, rx, _p in JARGON if _defines(t, rx)}
    out = []
    for _label, rx, plain in JARGON:
        if any(_defines(t, rx) for t in texts):
            continue
        for i, t in enumerate(texts):
            m = rx.search(t) if i not in glossary else None
            if m is None:
                continue
            if not jargon_explained_at(t, m.end()):
                out.append((i, m, plain))
            break
    return out


_LATE = re.compile(
    r"\b(?:to follow|to be tabled|will be tabled|tabled (?:at|on)|late papers?|"
    r"(?:circulated|handed out|given out|shared|available|sent) (?:at|on|during) the "
    r"(?:meeting|day|night)|on the day)\b",
    re.IGNORECASE,
)
_PAPER_WORDS = re.compile(
    r"\b(?:papers?|reports?|documents?|slides|presentation|minutes|notes|briefing|"
    r"appendix|appendices|attachments?|figures|handouts?|pack)\b",
    re.IGNORECASE,
)


def late_paper_mentions(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """(sentence start, sentence end, match) for each sentence saying a paper comes late."""
    from .items import sentences

    out = []
    for start, end in sentences(text):
        sentence = text[start:end]
        m = _LATE.search(sentence)
        if m is not None and _PAPER_WORDS.search(sentence):
            out.append((start, end, m))
    return out
