"""Find the items of an agenda in a document's blocks: tables, lists, lines or prose.

Four shapes are read, in this order:

1. Tables (TABLE_CELL blocks from Word and Markdown). Columns are named by
   the header row ("Time", "Item", "Lead", "Purpose", "How long" …) or, with
   no header row, by what their cells hold (times, numbers, names, the
   longest text). A table with no time or length column, and no header
   naming agenda items, is not an agenda (an attendance list, a budget).
2. Lines that start with a time: list items, paragraphs and headings such
   as "10.30am Welcome (Chair)". A block can hold several items when a file
   lost its line breaks (plain text joins lines; PDFs merge table rows):
   it is cut at each time that starts a new item, but not at a time after
   "at", "until", "from" and the like.
3. Headings that hold a time ("1. Welcome (10:00)"), with the paragraphs
   under them as the item's description; and untimed list items under an
   "Agenda" heading ("1. Apologies for absence").
4. Numbered items, when the shapes above found fewer than two timed items
   and fewer items than a run of numbers gives: "1." alone on its line above
   the title, "1. Title", "Item 1. Title", "II TITLE" (see `_numbered_drafts`).
5. Prose, only when the shapes above found fewer than two timed items:
   sentences such as "At 2pm, Jenny will talk about the new clinic." Prose
   also gives hints for the meeting's start and finish ("The meeting runs
   from 1.30pm until 4pm", "We will finish at 3pm"), which `extract` uses.
   A deadline ("send questions by 12 noon", "the deadline is 11.59pm") is
   neither an item nor a start; "due to conclude by 11.15am" is a finish.

A row written with slashes or bars between its cells ("10:00 / Welcome /
Sam Jones (chair)") is read as cells: the title, then a lead or a purpose.

A line that only closes the meeting ("13:00 Close") is not an item: its time
is returned as `close`. Breaks are items of kind "break".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from ..core.model import Block, BlockKind, Location
from . import parts as P
from .dates import find_dates
from .model import AgendaItem, Evidence, ItemKind
from .online import URL
from .times import Duration, TimeSpan, find_durations, find_times

HintKind = Literal["start", "finish", "span", "arrival"]

_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣–]\s+|(?:item\s+)?\d{1,2}[a-z]?[.):]\s+|\(?[a-h]\)\s+)", re.I)
_LABEL = re.compile(
    r"^\s*(?:date|time|times|when|where|venue|place|location|address|link|join[\w ]{0,20}|"
    r"dial[\w -]{0,10}|online|phone|telephone|contact|subject|to|from|cc|enquiries|papers?|"
    r"meeting id|passcode|password|chair|attendees|present|apologies|tel|email|e-mail|re)\s*:",
    re.IGNORECASE,
)
_HEADER_WORDS = frozenset(
    P.words(
        """time times when start item items agenda topic subject what who lead leads led by
        purpose for action outcome presenter owner speaker paper papers duration length how long
        no no. # we will do number title description details notes type finish end session
        facilitator until to"""
    )
)
_AGENDA_HEADING = re.compile(
    r"^(?:agenda|meeting agenda|the agenda|agenda items|running order|programme|program|"
    r"timetable|order of business|plan for the (?:day|meeting)|here is the plan|the plan|"
    r"what we will (?:do|talk about)|what will happen|what's happening|schedule)\b",
    re.IGNORECASE,
)
#: A time after one of these words is part of a sentence, not the start of an item.
_GLUE_BEFORE = re.compile(
    r"(?:\bat|\bfrom|\bto|\buntil|\btill|\bby|\bbefore|\bafter|\bbetween|\baround|\babout|\band|"
    r"\bor|\bstarts?|\bstarting|\bbegins?|\bfinish(?:es)?|\bends?|\bof|\bfor|\bpast|\buntil|"
    r"\bapprox\.?|\bc\.|\bfrom|[(\[–—-])\s*$",
    re.IGNORECASE,
)
_ARRIVAL = re.compile(
    r"\b(?:arriv\w*|doors open|registration|sign[- ]in|get there|be there|get here)\b", re.I
)
_START_CUE = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|kick off|held)\b", re.I)
_FINISH_CUE = re.compile(
    r"\b(?:finish|finishes|end|ends|close|closes|conclude|concludes|wrap up|home by|be done)\b",
    re.I,
)
#: A time that is a deadline, not when something starts: "by 12 noon", "no later than 5pm",
#: "The deadline for questions is 11.59pm", "closing date/time … is 10am".
_DEADLINE = re.compile(
    r"(?:(?<!shortly\s)(?<!just\s)\b(?:by|before|no later than|not later than)\s+(?:the\s+)?"
    r"|\b(?:deadline|closing (?:date|time)|cut-?off)\b[^.]{0,80}?)$",
    re.I,
)
_SPAN_CUE = re.compile(
    r"\b(?:meeting|session|runs?|it is|is on|will be on|from|between|event|forum|group)\b", re.I
)
_OTHER_MEETING = re.compile(r"\b(?:next|last|previous|future) (?:[\w'’]+ ){0,3}meeting\b", re.I)
_PROSE_LEAD = re.compile(
    r"^(?:and|then|after that|next|after (?:lunch|the break)|finally)?[\s,]*"
    r"(?:we(?: will|'ll| are going to)?|there will be|you will|everyone will|will)\s+"
    r"(?:have|be)?\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Hint:
    """A start, finish, span or arrival time stated in a sentence."""

    kind: HintKind
    span: TimeSpan
    evidence: Evidence


@dataclass(frozen=True)
class ItemsFound:
    """What `extract_items` found: the items, the closing time, and hints."""

    items: tuple[AgendaItem, ...]
    close: tuple[dt.time, Evidence] | None
    item_blocks: frozenset[int]
    hints: tuple[Hint, ...]
    column_roles: tuple[tuple[str, ...], ...] = ()


@dataclass
class _Draft:
    """An item while it is being read; continuation text may still join it."""

    index: int
    location: Location
    text: str
    source: str
    time: dt.time | None = None
    end: dt.time | None = None
    from_heading: bool = False
    pdf_line: bool = False
    shape: str = "line"
    cells: dict[str, str] = field(default_factory=dict)
    extra: list[str] = field(default_factory=list)


def mask_links(text: str) -> str:
    """The text with web addresses blanked (same length), so "…%3am…" is not a time."""
    return URL.sub(lambda m: " " * len(m.group()), text)


# --- tables -------------------------------------------------------------------------------

_ROLE_HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:no\.?|number|#|item no\.?|ref\.?|item number)$", re.I)),
    ("time", re.compile(r"^(?:time|times|when|start|start time|from|approx\.? time|"
                        r"time \(.*\))$", re.I)),
    ("end", re.compile(r"^(?:finish|finish time|end|end time|ends|until|to)$", re.I)),
    ("duration", re.compile(r"\b(?:duration|length|how long|minutes|mins|time allowed)\b", re.I)),
    ("owner", re.compile(r"\b(?:lead|leads|led by|who|presenter|presented by|owner|speaker|"
                         r"facilitator|responsible|by whom|person)\b", re.I)),
    ("purpose", re.compile(r"^(?:purpose|for|action|outcome|type|status|decision|action needed|"
                           r"why|what we need)\b", re.I)),
    ("papers", re.compile(r"\b(?:paper|papers|documents?|attachments?|enclosures?)\b", re.I)),
    ("title", re.compile(r"\b(?:item|items|agenda item|topic|subject|title|what|business|session|"
                         r"activity|description|details|we will do|will happen)\b", re.I)),
)  # fmt: skip


def _header_role(text: str) -> str | None:
    t = " ".join(text.split()).strip(" :")
    return next((role for role, rx in _ROLE_HEADERS if rx.search(t)), None)


def _looks_like_header(cells: Sequence[str]) -> bool:
    words = [w.strip(".:").lower() for c in cells for w in c.split()]
    return (
        bool(words)
        and all(w in _HEADER_WORDS for w in words)
        and not any(find_times(c) for c in cells)
    )


def _cell_role_by_content(values: Sequence[str]) -> str | None:
    filled = [v for v in values if v.strip()]
    if not filled:
        return None

    def share(test: Callable[[str], object]) -> float:
        return sum(1 for v in filled if test(v)) / len(filled)

    if share(lambda v: re.fullmatch(r"\s*\d{1,2}[a-z]?\.?\s*", v)) >= 0.8:
        return "number"
    times = [find_times(mask_links(v)) for v in filled]
    starts_with_time = sum(
        1
        for v, t in zip(filled, times, strict=True)
        if t and t[0].start <= 2 and len(v.split()) <= 6
    )
    if starts_with_time / len(filled) >= 0.6 and _rising(times):
        return "time"
    if share(lambda v: (d := find_durations(v)) and len(v.split()) <= 4 and d[0].start <= 2) >= 0.6:
        return "duration"
    if share(lambda v: P.purpose_of(v)[0] is not None) >= 0.6:
        return "purpose"
    return None


def _rising(found: list[list[TimeSpan]]) -> bool:
    """True when a column's times go forwards, as an agenda's do (not "1.00, 1.00, 1.00")."""
    firsts = [f[0].first for f in found if f]
    return len(set(firsts)) >= 2 and all(a <= b for a, b in zip(firsts, firsts[1:], strict=False))


def _tables(blocks: Sequence[Block]) -> dict[int, list[tuple[int, Block]]]:
    tables: dict[int, list[tuple[int, Block]]] = {}
    for i, b in enumerate(blocks):
        if b.kind is BlockKind.TABLE_CELL and "table" in b.style:
            tables.setdefault(int(b.style["table"]), []).append((i, b))
    return tables


def _table_drafts(cells: list[tuple[int, Block]]) -> tuple[list[_Draft], tuple[str, ...]]:
    rows: dict[int, dict[int, tuple[int, Block]]] = {}
    header_rows: set[int] = set()
    for i, b in cells:
        row, col = int(b.style.get("row", 0)), int(b.style.get("column", 0))
        rows.setdefault(row, {})[col] = (i, b)
        if b.style.get("header"):
            header_rows.add(row)
    order = sorted(rows)
    if not order:
        return [], ()
    ncols = max(max(r) for r in rows.values())
    first = order[0]
    first_texts = [rows[first][c][1].text if c in rows[first] else "" for c in range(1, ncols + 1)]
    if not header_rows and _looks_like_header(first_texts):
        header_rows.add(first)
    roles: dict[int, str] = {}
    if header_rows:
        head = rows[min(header_rows)]
        for c in range(1, ncols + 1):
            if c in head:
                role = _header_role(head[c][1].text)
                if role and role not in roles.values():
                    roles[c] = role
    from_header = set(roles.values())
    body = [r for r in order if r not in header_rows]
    for c in range(1, ncols + 1):
        values = [rows[r][c][1].text if c in rows[r] else "" for r in body]
        by_content = _cell_role_by_content(values)
        if c not in roles and by_content and by_content not in roles.values():
            roles[c] = by_content
        elif roles.get(c) == "title" and by_content == "number":
            roles[c] = "number"
    text_cols = [c for c in range(1, ncols + 1) if c not in roles]
    if "title" not in roles.values() and text_cols:

        def avg_len(c: int) -> float:
            vals = [len(rows[r][c][1].text) for r in body if c in rows[r]]
            return sum(vals) / len(vals) if vals else 0.0

        text_cols.sort(key=avg_len, reverse=True)
        roles[text_cols.pop(0)] = "title"
    if "owner" not in roles.values() and text_cols:
        roles[text_cols[0]] = "owner"
    # An agenda table has times or lengths, or a header naming items and who leads them.
    named = set(roles.values())
    if not ({"time", "duration"} & named) and not (
        "title" in from_header and ({"owner", "purpose"} & from_header)
    ):
        return [], ()
    drafts = []
    for r in body:
        by_role: dict[str, str] = {}
        first_index, first_block = min(rows[r].values(), key=lambda x: x[0])
        for c, (_, b) in rows[r].items():
            role = roles.get(c)
            if role and b.text.strip():
                by_role[role] = b.text.strip()
        if not by_role.get("title") and not by_role.get("time"):
            continue
        title_block = next(
            (b for c, (_, b) in rows[r].items() if roles.get(c) == "title"), first_block
        )
        source = " | ".join(
            b.text.strip() for _, (_, b) in sorted(rows[r].items()) if b.text.strip()
        )
        d = _Draft(
            first_index,
            title_block.location,
            by_role.get("title", ""),
            source,
            cells=by_role,
            shape="table",
        )
        if "time" in by_role:
            spans = find_times(mask_links(by_role["time"]))
            if spans:
                d.time, d.end = spans[0].first, spans[0].last
            ends = find_times(mask_links(by_role.get("end", "")))
            if ends and d.end is None:
                d.end = ends[0].first
        elif "title" in by_role:  # a time written in the title cell: "10:00 Welcome"
            spans = find_times(mask_links(by_role["title"]))
            if spans and spans[0].start <= 2:
                d.time, d.end = spans[0].first, spans[0].last
                d.text = by_role["title"][spans[0].end :]
        drafts.append(d)
    column_roles = tuple(roles.get(c, "") for c in range(1, ncols + 1))
    return drafts, column_roles


# --- lines ----------------------------------------------------------------------------------


_WORDS_AFTER = re.compile(r"[\s:|.·•/–—-]*[\w(\"“‘']")


def _leading_time(text: str) -> tuple[TimeSpan | None, int]:
    """A time at the start of `text` (after a bullet or number), and where the text starts."""
    masked = mask_links(text)
    lead = _BULLET.match(masked)
    offset = lead.end() if lead else 0
    spans = find_times(masked)
    for s in spans:
        if s.start < offset:
            continue
        before = masked[offset : s.start].strip()
        header_row = len(before.split()) >= 2 and all(
            w.strip(".:").lower() in _HEADER_WORDS for w in before.split()
        )
        # Nothing before the time, or a header row merged into the first row (PDF):
        # "Time Item Lead 10.30am Welcome". What follows must be words, not "10am, 10:00".
        if (not before or header_row) and _WORDS_AFTER.match(masked, s.end):
            return s, offset
        return None, offset
    return None, offset


def _segments(text: str) -> list[tuple[TimeSpan, int, int]]:
    """(time, start, end) for each item in a line of timed items."""
    masked = mask_links(text)
    starts: list[TimeSpan] = []
    for s in find_times(masked):
        head = masked[: s.start]
        if not starts:
            starts.append(s)
            continue
        if _GLUE_BEFORE.search(head) or not head[-1:].isspace():
            continue
        after = masked[s.end : s.end + 3].lstrip()
        if after[:1] in {",", ")", "."}:
            continue
        starts.append(s)
    out = []
    for k, s in enumerate(starts):
        end = starts[k + 1].start if k + 1 < len(starts) else len(text)
        out.append((s, s.end, end))
    return out


def _heading_time(text: str) -> TimeSpan | None:
    spans = find_times(mask_links(text))
    return spans[0] if len(spans) == 1 else None


def _remove_span(text: str, span: TimeSpan) -> str:
    head, tail = text[: span.start], text[span.end :]
    head = re.sub(r"[\s(\[]*$", "", head)
    tail = re.sub(r"^\s*[)\]]", "", tail)
    tail = re.sub(r"^\s*[:\-–—]\s*", " ", tail)
    return (head + " " + tail).strip()


def _line_drafts(
    blocks: Sequence[Block], skip: set[int], pdf: bool
) -> tuple[list[_Draft], set[int]]:
    drafts: list[_Draft] = []
    used: set[int] = set()
    in_agenda = False
    current: _Draft | None = None
    after_current = 0
    for i, b in enumerate(blocks):
        if i in skip or b.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.TABLE_CELL):
            if b.kind is BlockKind.TABLE_CELL:
                current = None
            continue
        text = b.text.strip()
        if not text:
            continue
        run_on = _run_on_items(b, i)
        if run_on:
            drafts.extend(run_on)
            used.add(i)
            current = None
            continue
        short = len(text.split()) <= 8
        if _AGENDA_HEADING.match(text) and short:
            in_agenda = True
            current = None
            continue
        if _LABEL.match(text):
            current = None if not (current and current.from_heading) else current
            if current is None:
                continue
        lead, offset = _leading_time(text)
        if lead is not None and not _LABEL.match(text):
            for seg, start, end in _segments(text[offset:] if offset else text):
                seg_start = start + offset
                seg_end = end + offset
                loc = replace(b.location, start=seg.start + offset, end=seg_end)
                seg_text = text[seg_start:seg_end].strip()
                current = _Draft(
                    i,
                    loc,
                    seg_text,
                    text[seg.start + offset : seg_end].strip(),
                    seg.first,
                    seg.last,
                    from_heading=b.kind is BlockKind.HEADING,
                    pdf_line=pdf and b.kind is BlockKind.PARAGRAPH,
                    shape="heading" if b.kind is BlockKind.HEADING else "line",
                )
                drafts.append(current)
            used.add(i)
            after_current = 0
            continue
        if b.kind is BlockKind.HEADING:
            span = _heading_time(text)
            number, _ = P.split_number(text)
            if span is not None and (
                number or span.end >= len(text.rstrip(" )]")) - 1 or in_agenda
            ):
                current = _Draft(
                    i,
                    b.location,
                    _remove_span(text, span),
                    text,
                    span.first,
                    span.last,
                    from_heading=True,
                    shape="heading",
                )
                drafts.append(current)
                used.add(i)
                after_current = 0
                continue
            if in_agenda and number:
                current = _Draft(i, b.location, text, text, from_heading=True, shape="heading")
                drafts.append(current)
                used.add(i)
                continue
            in_agenda = bool(_AGENDA_HEADING.match(text))
            current = None
            continue
        if b.kind is BlockKind.LIST_ITEM and in_agenda and not find_times(mask_links(text)):
            current = _Draft(i, b.location, text, text, shape="list")
            drafts.append(current)
            used.add(i)
            continue
        if current is not None and not find_times(mask_links(text)):
            words = len(text.split())
            if current.from_heading or (current.pdf_line and words <= 12 and after_current < 2):
                current.extra.append(text)
                used.add(i)
                after_current += 1
                continue
        if b.kind is not BlockKind.LIST_ITEM:
            current = None
    return drafts, used


_RUN_ON_START = re.compile(r"^\s*(?:the\s+)?(?:agenda|items|plan)\b[^:.\n]{0,60}:", re.IGNORECASE)
_RUN_ON_BULLET = re.compile(r"(?:^|\s)(?:[-•*▪]|\d{1,2}[.)])\s+(?=[A-Z0-9])")


def _run_on_items(b: Block, index: int) -> list[_Draft]:
    """Items from one block such as "Agenda: - Welcome - Budget - AOB".

    Plain text joins an "Agenda:" line with the list under it when no blank
    line comes between them; the bullets are still there to cut at.
    """
    text = b.text
    start = _RUN_ON_START.match(text)
    if not start:
        return []
    bullets = list(_RUN_ON_BULLET.finditer(text, start.end()))
    if len(bullets) < 2 or bullets[0].start() > start.end() + 1:
        return _run_on_times(b, index, start.end())
    drafts = []
    for k, m in enumerate(bullets):
        end = bullets[k + 1].start() if k + 1 < len(bullets) else len(text)
        piece = text[m.end() : end].strip()
        lead, _ = _leading_time(piece)
        body = _remove_span(piece, lead) if lead else piece
        drafts.append(
            _Draft(
                index,
                replace(b.location, start=m.end(), end=end),
                body,
                piece,
                lead.first if lead else None,
                lead.last if lead else None,
                shape="line" if lead else "list",
            )
        )
    return drafts


def _run_on_times(b: Block, index: int, offset: int) -> list[_Draft]:
    """Items from "Agenda: 10:00 Welcome. 10:15 Budget. 11:45 Lunch."."""
    rest = b.text[offset:]
    lead, _ = _leading_time(rest)
    if lead is None or rest[: lead.start].strip():
        return []
    drafts = []
    for span, start, end in _segments(rest):
        piece = rest[start:end].strip()
        loc = replace(b.location, start=offset + span.start, end=offset + end)
        source = rest[span.start : end].strip()
        drafts.append(_Draft(index, loc, piece, source, span.first, span.last, shape="line"))
    return drafts


# --- numbered items -------------------------------------------------------------------------

_NUMBER_ALONE = re.compile(r"^\s*(?:item\s+)?(?P<n>\d{1,3})[.):]?\s*$", re.IGNORECASE)
_NUMBER_LED = re.compile(
    r"^\s*(?:"
    r"item\s+(?P<a>\d{1,3})[.):]?\s+(?=\S)"  # Item 1.  Proxy access forms
    r"|(?P<b>\d{1,3})[.)](?!\d)\s*(?:/\s*)?(?=\S)"  # 1. Title, 1) Title, 1. / Title
    r"|(?P<c>\d{1,3})(?=[A-Z][a-z])"  # 1Apologies (a web page lost the gap)
    r"|(?:\d{1,3}\.)+(?P<d>\d{1,3})\.?(?=[A-Z])"  # 15.28.Welcome
    r"|(?P<e>\d{1,3})\s+[-–—]\s+(?=\S)"  # 1 – Notes from the last meeting
    r"|(?P<r>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s+(?=[A-Z]{2,}\b)"  # II DECLARATION
    r")",
    re.IGNORECASE,
)
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int:
    values = [_ROMAN[c] for c in text.upper()]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _number_of(b: Block) -> tuple[int, str] | None:
    """The item number a block starts with and the text after it, or None."""
    text = b.text.strip()
    if b.kind is BlockKind.LIST_ITEM:
        marker = str(b.style.get("marker", ""))
        m = re.fullmatch(r"\(?(\d{1,3})[.):]?", marker)
        return (int(m.group(1)), text.lstrip(" /|")) if m else None
    m = _NUMBER_LED.match(text)
    if not m:
        return None
    if m.group("r"):
        if text[: m.end()].strip().islower():
            return None
        n = _roman(m.group("r"))
    else:
        n = int(next(g for g in m.group("a", "b", "c", "d", "e") if g))
    return n, text[m.end() :].strip(" /")


def _numbered_drafts(blocks: Sequence[Block], skip: set[int]) -> list[_Draft]:
    """Items numbered in order: "1." alone on its line above the title, "1. Title",
    "Item 1. Title", "1Title", "15.28.Title", "II TITLE".

    The numbers must run on (68, 69, 70 …); a list renumbered 1, 1, 1 (a Word
    list pasted as text) counts too. The first run of two or more is the
    agenda; a later run (the minutes under an agenda, sub-points) is not.
    Bulleted lines between them are sub-points, not items.
    """
    found: list[tuple[int, int, str, Location, int]] = []  # number, block, title, where, start
    pending: tuple[int, int] | None = None
    flow: list[int] = []
    for i, b in enumerate(blocks):
        if i in skip or b.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.TABLE_CELL):
            continue
        text = b.text.strip()
        if not text:
            continue
        flow.append(i)
        if pending is not None and _PAGE_NOISE.match(" ".join(text.split())):
            continue  # "Share this item" between the number and its title
        if pending is not None:
            found.append((pending[0], i, text, b.location, pending[1]))
            pending = None
            continue
        alone = _NUMBER_ALONE.match(text)
        if alone:
            pending = (int(alone.group("n")), i)
            continue
        numbered = _number_of(b)
        if numbered and numbered[1]:
            found.append((numbered[0], i, numbered[1], b.location, i))
    run: list[tuple[int, int, str, Location, int]] = []
    for entry in found:
        if run and (entry[0] == run[-1][0] + 1 or entry[0] == run[-1][0] == 1):
            run.append(entry)
            continue
        if len(run) >= 2:
            break
        run = [entry]
    if len(run) < 2:
        return []
    drafts = []
    for k, (n, i, title, loc, _start) in enumerate(run):
        stop = run[k + 1][4] if k + 1 < len(run) else None
        d = _Draft(i, loc, f"{n}. {title}", title, shape="list", from_heading=True)
        d.extra = _description(blocks, [j for j in flow if j > i and (stop is None or j < stop)])
        drafts.append(d)
    return drafts


_PAGE_NOISE = re.compile(
    r"^(?:share this item|supporting documents:?|additional documents:?|minutes:|"
    r"pdf icon.*|view (?:the )?(?:reasons|directions).*)$",
    re.IGNORECASE,
)


def _description(blocks: Sequence[Block], after: list[int]) -> list[str]:
    """The sentences under a numbered item: up to three short blocks before the next
    item, a heading, or a minutes record; web-page words ("Share this item") skipped."""
    out: list[str] = []
    for j in after[:5]:
        b = blocks[j]
        text = " ".join(b.text.split())
        if b.kind is BlockKind.HEADING or text.lower().startswith("minutes"):
            break
        if _PAGE_NOISE.match(text):
            continue
        if len(text.split()) > 60 or len(out) >= 3:
            break
        out.append(text)
    return out


# --- prose ----------------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, roughly."""
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“(])", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _prose(
    blocks: Sequence[Block], skip: set[int], want_items: bool
) -> tuple[list[_Draft], list[Hint], set[int]]:
    drafts: list[_Draft] = []
    hints: list[Hint] = []
    used: set[int] = set()
    for i, b in enumerate(blocks):
        if i in skip or b.kind in (BlockKind.HEADER, BlockKind.FOOTER, BlockKind.TABLE_CELL):
            continue
        text = b.text
        masked = mask_links(text)
        last: _Draft | None = None
        for s0, s1 in sentences(masked):
            sentence = masked[s0:s1]
            spans = find_times(sentence)
            if not spans:
                if last is not None:  # "This is for decision." after the item's sentence
                    last.extra.append(text[s0:s1])
                continue
            last = None
            loc = replace(b.location, start=s0, end=s1)
            ev = Evidence(" ".join(text[s0:s1].split()), loc)
            if _OTHER_MEETING.search(sentence):
                continue
            if _DEADLINE.search(sentence[: spans[0].start]):
                # "due to conclude by 11.15am" ends the meeting; "by 12 noon" is a deadline.
                if _FINISH_CUE.search(sentence[: spans[0].start]):
                    hints.append(Hint("finish", spans[0], ev))
                continue
            if find_dates(sentence):  # "Tuesday 24 March 2026, 4.30pm to 6pm": the meeting's time
                hints.append(Hint("span" if spans[0].last else "start", spans[0], ev))
                continue
            if _ARRIVAL.search(sentence):
                hints.append(Hint("arrival", spans[0], ev))
                continue
            first = spans[0]
            starts_at = bool(re.match(r"^\s*(?:and\s+)?(?:then\s+)?at\b", sentence, re.I))
            if first.last is not None and not starts_at and _SPAN_CUE.search(sentence):
                hints.append(Hint("span", first, ev))
                continue
            if len(spans) >= 2 and _START_CUE.search(sentence) and _FINISH_CUE.search(sentence):
                hints.append(Hint("start", spans[0], ev))
                hints.append(Hint("finish", spans[-1], ev))
                continue
            rest = sentence[first.end :]
            if _START_CUE.search(sentence[: first.start]) and not starts_at:
                hints.append(Hint("start", first, ev))
                with_ = re.match(r"\s*(?:with|by)\s+(?P<what>.+)", rest, re.I)
                if not with_ or not want_items:
                    continue
                last = _Draft(i, loc, with_.group("what"), ev.text, first.first, shape="prose")
                drafts.append(last)
                used.add(i)
                continue
            if _FINISH_CUE.search(sentence) and len(sentence.split()) <= 10:
                hints.append(Hint("finish", first, ev))
                continue
            if not want_items:
                continue
            body = _remove_span(sentence, first)
            body = re.sub(r"^\s*(?:and\s+)?(?:then\s+)?at\b[\s,]*", "", body, flags=re.I)
            last = _Draft(i, loc, body, ev.text, first.first, first.last, shape="prose")
            drafts.append(last)
            used.add(i)
    return drafts, hints, used


def _prose_title(text: str) -> str:
    text = text.strip(" ,.")
    text = _PROSE_LEAD.sub("", text).strip(" ,.")
    text = re.sub(r"^(?:a|an)\s+(?=(?:short\s+|comfort\s+|\d+[- ]minute\s+)?break\b)", "", text)
    return text


# --- putting it together ---------------------------------------------------------------


_CELL_SEP = re.compile(r"\s+[/|]\s+")


def _row_cells(text: str) -> tuple[str, dict[str, str]]:
    """ "/ Welcome / Sam Jones (chair) / for information": a row written with slashes or
    bars between its cells. The first cell is the title; the others must each be a
    purpose or a name, else the slash belongs to the title ("Carers / families")."""
    text = re.sub(r"^\s*[/|]\s*", "", text)
    parts = [p.strip() for p in _CELL_SEP.split(text) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return text, {}
    cells: dict[str, str] = {}
    for part in parts[1:]:
        if P.purpose_of(part)[0] is not None and "purpose" not in cells:
            cells["purpose"] = part
        elif re.fullmatch(r"(?:All|[A-Z][\w’'.-]*(?:[ ,]+[\w’'.()-]+){0,5})", part) and (
            "owner" not in cells
        ):
            cells["owner"] = part
        else:
            return text, {}
    return parts[0], cells


def _finish(d: _Draft) -> AgendaItem:
    prose = d.shape == "prose"
    cells = d.cells
    text = d.text
    if not cells and d.shape in ("line", "list"):
        text, cells = _row_cells(text)
    if d.extra and not d.pdf_line:
        text = text.rstrip() + ("\n" if d.from_heading else " ") + " ".join(d.extra)
    parts = P.parse_item_text(text, sentences=prose)
    title = _prose_title(parts.title) if prose else parts.title
    owner, purpose, purpose_text = parts.owner, parts.purpose, parts.purpose_text
    duration = parts.duration
    if "owner" in cells:
        owner = P._strip_chair_prefix(cells["owner"])
    if "purpose" in cells:
        cell_purpose, cell_text = P.purpose_of(cells["purpose"])
        if cell_purpose:
            purpose, purpose_text = cell_purpose, cell_text
    if "duration" in cells:
        found = find_durations(cells["duration"])
        duration = found[0].minutes if found else duration
    if d.pdf_line and d.extra and owner is None:
        # "Pat Brown For information": what is left after the purpose is the lead.
        tail = " ".join(d.extra)
        tail_purpose, tail_text = P.purpose_of(tail)
        if tail_text:
            tail = tail.replace(tail_text, " ").strip()
        if tail and len(tail.split()) <= 6 and tail[:1].isupper():
            owner = tail.strip(" ,.")
        purpose = purpose or tail_purpose
    description = parts.description
    if d.pdf_line and d.extra:
        description = None if owner else description
    papers = parts.papers
    if "papers" in cells:
        papers = papers + (cells["papers"],)
    kind: ItemKind = "break" if P.is_break(title, prose=prose) else "item"
    return AgendaItem(
        title=title,
        location=d.location,
        kind=kind,
        shape=d.shape,  # type: ignore[arg-type]
        number=parts.number,
        time=d.time,
        end=d.end,
        duration=duration,
        owner=owner,
        purpose=purpose,
        purpose_text=purpose_text,
        description=description,
        papers=papers,
        source=" ".join(d.source.split()),
    )


def extract_items(blocks: Sequence[Block], *, pdf: bool = False) -> ItemsFound:
    """The agenda items in some blocks, in reading order, with hints for the meeting times."""
    table_drafts: list[_Draft] = []
    table_blocks: set[int] = set()
    roles: list[tuple[str, ...]] = []
    for cells in _tables(blocks).values():
        found, column_roles = _table_drafts(cells)
        if found:
            table_drafts.extend(found)
            table_blocks |= {i for i, _ in cells}
            roles.append(column_roles)
    line_drafts, line_blocks = _line_drafts(blocks, table_blocks, pdf)
    structured = sorted(table_drafts + line_drafts, key=lambda d: (d.index, d.location.start or 0))
    timed = sum(1 for d in structured if d.time is not None)
    numbered = _numbered_drafts(blocks, table_blocks) if timed < 2 else []
    if numbered:
        # Untimed lines and bullets under numbered items are their sub-points.
        taken = {d.index for d in numbered}
        kept = [d for d in structured if d.time is not None and d.index not in taken]
        structured = sorted(numbered + kept, key=lambda d: (d.index, d.location.start or 0))
        line_blocks = {d.index for d in structured if d.shape != "table"}
    used = table_blocks | line_blocks
    prose_drafts, hints, prose_blocks = _prose(blocks, used, want_items=timed < 2 and not numbered)
    drafts = structured + prose_drafts
    items: list[AgendaItem] = []
    close: tuple[dt.time, Evidence] | None = None
    for d in sorted(drafts, key=lambda d: (d.index, d.location.start or 0)):
        item = _finish(d)
        if not item.title and item.time is None:
            continue
        if P.is_close(item.title) or (not item.title and item.time is not None):
            if item.time is not None:
                close = (item.time, item.evidence)
            continue
        items.append(item)
    return ItemsFound(
        tuple(items), close, frozenset(used | prose_blocks), tuple(hints), tuple(roles)
    )


__all__ = ["Duration", "Hint", "ItemsFound", "extract_items", "mask_links", "sentences"]
