"""`extract_agenda(doc)`: read a loaded document as an agenda or meeting invitation.

The pieces (items, dates, times, place, online joining, mode) each have their
own module; this one puts them together and decides three things of its own:

- the title: the first heading (or, for formats without headings, the first
  line up to where a date, time or label starts), else the document's title
  property;
- the meeting's start and finish: a "Time:" line, else a time range in the
  line that gives the meeting date, else one near the top, else a sentence
  ("The meeting runs from 1.30pm until 4pm"), else the first item's time and
  the closing line's time (or the last item's end);
- whether the document looks like an agenda at all (`looks_like_agenda`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from types import MappingProxyType

from ..core.facts import links_of
from ..core.model import Block, BlockKind, Document, Location
from . import dates as D
from .items import ItemsFound, extract_items, mask_links
from .kinds import document_kind
from .minutes import read_minutes
from .mode import decide_mode
from .model import Agenda, Evidence
from .online import find_dial_in, find_link, find_platform, repair_links
from .parts import PAPER
from .phrases import find_in_text, phrases_for, sentence_spans
from .places import find_place
from .times import TimeSpan, find_times, from_minutes, to_minutes

#: "agenda" as a word, but not "Agenda item 7" at the top of an ordinary paper.
AGENDA_WORD = re.compile(
    r"\bagenda\b(?!\s*(?:item|point|no\.?|number|ref(?:erence)?)\s*[:\d.]?\s*\d)", re.IGNORECASE
)
#: "agenda" used as the name of the document, not as a topic ("the agenda rules"):
#: first or last word, after a separator, or before "for", "of", ":" or a dash.
AGENDA_TITLE = re.compile(
    r"^(?:\W*)(?:meeting\s+|draft\s+|the\s+)?agenda\b"
    r"|[:–—|(,-]\s*(?:(?:meeting|draft|full|easy[- ]read|the)\s+)*agenda\b"
    r"|\bagenda\s*(?:$|[:–—|(,-]|for\b|of\b)",
    re.IGNORECASE,
)
#: How many timed items (not counting prose) make a document an agenda on their own.
MIN_TIMED_ITEMS = 3

_TITLE_CUT = re.compile(
    r"\s*(?:[,:;–—-]\s*)?(?:\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:date|time|venue|where|when)\s*:|\bagenda for\b|\bnotice of\b"
    r"|(?<=[a-z])\s+(?=(?-i:The|This|Our|We|You|Dear|Please|Hello|Hi|Join|Agenda)\b))",
    re.IGNORECASE,
)
_TIME_LABEL = re.compile(r"(?:^|\s)(?:time|times|when|start|starts)\s*:", re.IGNORECASE)
#: A line that only heads the agenda: "Agenda", "AGENDA", "Meeting agenda", "Agenda items".
_AGENDA_EDGE = re.compile(
    r"^(?:the\s+|meeting\s+|draft\s+|full\s+|easy[- ]read\s+)?agenda(?:\s+items?)?\s*:?$",
    re.IGNORECASE,
)
_AGENDA_ONLY = re.compile(r"^\s*(?:meeting\s+)?agenda\s*:?\s*$", re.IGNORECASE)
_NOT_SPAN = re.compile(
    r"\b(?:next|last|previous|future) (?:[\w'’]+ ){0,3}meeting\b|\barriv|\bdoors open|"
    r"\blunch\b|\bbreak\b|\bregistration\b|\bopening hours\b|\bopen from\b",
    re.IGNORECASE,
)
_OUT_OF_FLOW = (BlockKind.HEADER, BlockKind.FOOTER)


def _in_flow(b: Block) -> bool:
    return b.kind not in _OUT_OF_FLOW


def find_title(
    blocks: Sequence[Block], meta_title: str | None
) -> tuple[str | None, Location | None]:
    """The meeting's title and where it is."""
    flow = [b for b in blocks if _in_flow(b) and b.text.strip()]
    for k, b in enumerate(flow[:3]):
        if b.kind is BlockKind.HEADING:
            if _AGENDA_ONLY.match(b.text) and k + 1 < len(flow):
                nxt = _cut_title(flow[k + 1].text)
                if nxt:
                    return nxt, flow[k + 1].location
            return " ".join(b.text.split()), b.location
    if flow:
        first = _cut_title(flow[0].text)
        if first and not re.match(r"^(?:dear|hello|hi|to)\b", first, re.I):
            return first, flow[0].location
    return meta_title, None


def _cut_title(text: str) -> str | None:
    text = " ".join(text.split())
    text = re.sub(r"^(?:subject|re|fwd?|title)\s*:\s*", "", text, flags=re.I)
    m = _TITLE_CUT.search(text, 1)
    if m:
        text = text[: m.start()]
    text = text.strip(" ,;:–—-|")
    return text if text and len(text.split()) <= 15 else None


def _date_candidates(
    blocks: Sequence[Block],
    skip: frozenset[int],
    title_at: Location | None,
    today: date | None = None,
) -> list[D.DateCandidate]:
    years = Counter(s.first.year for b in blocks for s in D.find_dates(b.text) if s.has_year)
    default_year = years.most_common(1)[0][0] if years else None
    out = []
    for i, b in enumerate(blocks):
        if i in skip or not _in_flow(b):
            continue
        for span in D.find_dates(b.text, default_year):
            if not span.has_year and default_year is None:
                span = D.with_reference(span, b.text, today or date.today())
            is_title = title_at is not None and b.location == title_at
            out.append(D.DateCandidate(span, i, b.text, is_title))
    return out


def _span_from_text(text: str) -> TimeSpan | None:
    spans = find_times(mask_links(text))
    return spans[0] if spans else None


def _meeting_times(
    blocks: Sequence[Block],
    found: ItemsFound,
    date_block: int | None,
) -> tuple[time | None, time | None, Evidence | None, Evidence | None]:
    """Start, finish and the evidence for each (see the module docstring for the order)."""
    start = finish = None
    start_ev = finish_ev = None

    def take(span: TimeSpan, ev: Evidence, *, whole: bool = True) -> None:
        nonlocal start, finish, start_ev, finish_ev
        if start is None:
            start, start_ev = span.first, ev
        if whole and finish is None and span.last is not None:
            finish, finish_ev = span.last, ev

    flow = [(i, b) for i, b in enumerate(blocks) if _in_flow(b) and i not in found.item_blocks]
    for _i, b in flow:
        label = _TIME_LABEL.search(b.text)
        if label:
            span = _span_from_text(b.text[label.end() :])
            if span:
                take(span, Evidence(" ".join(b.text.split()), b.location))
                break
    if date_block is not None and start is None:
        b = blocks[date_block]
        span = _span_from_text(b.text)
        if span and span.last is not None and date_block not in found.item_blocks:
            take(span, Evidence(" ".join(b.text.split()), b.location))
    if start is None:
        for _i, b in flow[:8]:
            span = _span_from_text(b.text)
            if span and span.last is not None and not _NOT_SPAN.search(b.text):
                take(span, Evidence(" ".join(b.text.split()), b.location))
                break
    for hint in found.hints:
        if hint.kind == "span":
            take(hint.span, hint.evidence)
    for hint in found.hints:
        if hint.kind == "start" and start is None:
            start, start_ev = hint.span.first, hint.evidence
        elif hint.kind == "finish" and finish is None:
            finish, finish_ev = hint.span.last or hint.span.first, hint.evidence
    timed = [it for it in found.items if it.time is not None]
    if start is None and timed:
        start, start_ev = timed[0].time, timed[0].evidence
    if finish is None and found.close is not None:
        finish, finish_ev = found.close
    if finish is None and timed:
        last = timed[-1]
        if last.end is not None:
            finish, finish_ev = last.end, last.evidence
        elif last.duration and last.time is not None:
            finish = from_minutes(to_minutes(last.time) + last.duration)
            finish_ev = last.evidence
    return start, finish, start_ev, finish_ev


def looks_like_agenda(doc: Document, found: ItemsFound | None = None) -> tuple[bool, str]:
    """Whether a document is an agenda, and why, so rules stay quiet on ordinary papers.

    It is an agenda when the word "agenda" is in its title property; in its
    first block or a heading among its first three blocks (its title); or in
    a short line near the top that is about the agenda itself ("AGENDA",
    "Agenda items", "Agenda:"). "Agenda item 7", which heads many papers,
    does not count, and nor does a later heading such as "Reading an
    agenda" in a paper about agendas. It is an agenda too when it has at
    least three items that begin with a time or give a length in a table, a
    list, a line or a heading. Prose with times ("At 2pm we…") does not
    count on its own: reports and minutes have those too.
    """

    def named(text: str) -> bool:
        return bool(AGENDA_WORD.search(text) and AGENDA_TITLE.search(text))

    if doc.meta.title and named(doc.meta.title):
        return True, f'the title property says "{doc.meta.title}"'
    flow = [b for b in doc.blocks if _in_flow(b) and b.text.strip()]
    for k, b in enumerate(flow[:30]):
        text = " ".join(b.text.split())
        if not named(text[:200]):
            continue
        title_like = k == 0 or (k < 3 and b.kind is BlockKind.HEADING)
        own_line = _AGENDA_EDGE.match(text) or re.match(r"agenda\s*(?:[:–—-]|for\b)", text, re.I)
        if title_like or own_line:
            what = "the title" if title_like else "a line"
            return True, f'{what} says "{text[:80]}"'
    if found is None:
        found = extract_items(doc.blocks, pdf=doc.format == "pdf")
    timed = sum(
        1
        for it in found.items
        if (it.time is not None or it.duration is not None) and it.shape != "prose"
    )
    if timed >= MIN_TIMED_ITEMS:
        return True, f"it has {timed} items with a time or a length"
    return False, "it has no agenda heading and fewer than three items with times"


@dataclass(frozen=True)
class Kind:
    """The first step of `extract_agenda`: the items, whether the document is an
    agenda and what kind of document it is, with the reasons."""

    found: ItemsFound
    is_agenda: bool
    reason: str
    kind: str
    kind_reason: str


def _blocks(doc: Document) -> list[Block]:
    if doc.format == "pdf":
        return [replace(b, text=repair_links(b.text)) for b in doc.blocks]
    return doc.blocks


def document_kind_of(doc: Document) -> Kind:
    """Whether a document is an agenda and what kind it is, without the rest of
    `extract_agenda` (the dates, times, places and papers): rules that say
    nothing on other documents ask this first."""
    blocks = _blocks(doc)
    found = extract_items(blocks, pdf=doc.format == "pdf")
    is_agenda, reason = looks_like_agenda(doc, found)
    kind, kind_reason = document_kind(
        blocks, title=doc.meta.title, items=len(found.items), looks_like_agenda=is_agenda
    )
    return Kind(found, is_agenda, reason, kind, kind_reason)


def extract_agenda(
    doc: Document, *, today: date | None = None, known: Kind | None = None
) -> Agenda:
    """Everything an agenda or invitation says about its meeting, with evidence.

    `today` is where a date written without a year is counted from when the
    document gives no year anywhere (tests pass it; the default is today).
    `known` is `document_kind_of(doc)` when it is already worked out.
    """
    blocks = _blocks(doc)
    known = known or document_kind_of(doc)
    found, is_agenda, reason = known.found, known.is_agenda, known.reason
    kind, kind_reason = known.kind, known.kind_reason
    evidence: dict[str, Evidence] = {}

    title, title_at = find_title(blocks, doc.meta.title)
    if title and title_at:
        evidence["title"] = Evidence(title, title_at)

    candidates = _date_candidates(blocks, found.item_blocks, title_at, today)
    # Minutes name their own meeting at the top; an agenda that lists "Minutes
    # of the meeting held on ..." as an item names the last one.
    records_itself = kind == "minutes" and "agenda" not in (title or "").lower()
    meeting = D.meeting_date(candidates, minutes=records_itself)
    sent = D.sent_date(candidates)
    dates: tuple = ()
    if meeting is not None:
        dates = meeting.span.days
        evidence["date"] = Evidence(_quote(meeting.text), blocks[meeting.block].location)
    if sent is not None:
        evidence["sent_date"] = Evidence(_quote(sent.text), blocks[sent.block].location)

    start, finish, start_ev, finish_ev = _meeting_times(
        blocks, found, meeting.block if meeting else None
    )
    if start_ev:
        evidence["start"] = start_ev
    if finish_ev:
        evidence["finish"] = finish_ev

    texts = [b.text for b in blocks]
    skip = [not _in_flow(b) for b in blocks]
    place = find_place(texts, skip)
    place_ev = None
    if place is not None:
        place_ev = Evidence(_quote(texts[place.block]), blocks[place.block].location)
        evidence["venue"] = place_ev
        if place.postcode:
            evidence["postcode"] = place_ev
    flow_texts = [t if not s else "" for t, s in zip(texts, skip, strict=True)]
    extra_links = [link.url for link in links_of(doc.meta.facts)]
    link = find_link(flow_texts, extra_links)
    platform = find_platform(flow_texts, link.value if link else None)
    dial = find_dial_in(flow_texts)
    for name, f in (("link", link), ("platform", platform), ("dial_in", dial)):
        if f is not None and f.block >= 0:
            evidence[name] = Evidence(_quote(f.quote), blocks[f.block].location)
    online_ev = evidence.get("link") or evidence.get("platform") or evidence.get("dial_in")
    block_evidence = [
        Evidence(" ".join(b.text.split()), b.location)
        for b in blocks
        if _in_flow(b) and b.text.strip()
    ]
    mode, mode_evidence = decide_mode(block_evidence, place=place_ev, online=online_ev)

    papers: list[str] = []
    for b in blocks:
        if _in_flow(b):
            papers += [" ".join(m.group().split()) for m in PAPER.finditer(b.text)]
    for it in found.items:
        papers += list(it.papers)
    unique_papers = tuple(dict.fromkeys(p[:1].lower() + p[1:] for p in papers))

    papers_in_advance = _papers_in_advance(blocks)
    if papers_in_advance is not None:
        evidence["papers_in_advance"] = papers_in_advance
    return Agenda(
        path=doc.path,
        title=title,
        dates=tuple(dates),
        start=start,
        finish=finish,
        venue=place.venue if place else None,
        postcode=place.postcode if place else None,
        platform=platform.value if platform else None,
        link=link.value if link else None,
        dial_in=dial.value if dial else None,
        mode=mode,
        items=found.items,
        papers=unique_papers,
        sent_date=sent.span.first if sent else None,
        evidence=MappingProxyType(evidence),
        mode_evidence=mode_evidence,
        is_agenda=is_agenda,
        agenda_reason=reason,
        papers_in_advance=papers_in_advance,
        kind=kind,
        kind_reason=kind_reason,
        minutes=read_minutes(blocks) if kind == "minutes" else None,
    )


def _papers_in_advance(blocks: Sequence[Block]) -> Evidence | None:
    """The sentence saying the papers go out before the meeting, if there is one."""
    finds, ignores = phrases_for("PAPERS")
    for b in blocks:
        if not _in_flow(b):
            continue
        at = find_in_text(b.text, finds, ignores)
        if at is not None:
            for s0, s1 in sentence_spans(b.text):
                if s0 <= at[0] < s1:
                    return Evidence(_quote(b.text[s0:s1]), b.location)
    return None


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
