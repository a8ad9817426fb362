"""What kind of meeting document this is: an agenda, an invitation, minutes or a paper.

    kind, reason = document_kind(doc, items=3, looks_like_agenda=True)

The order of the questions matters, because real documents mix kinds (a
council web page holds the agenda and the minutes; an invitation carries
the agenda):

1. minutes: the title or one of the first two lines says so ("Agenda and
   draft minutes", "PPG Minutes"; an agenda item "Minutes" in a list does
   not count), or a line near the top starts "Minutes of the PPG meeting"
   or "Notes of a meeting" (not "minutes of the last meeting"), or the text
   records a meeting that has happened: an
   attendance list ("Present:", "In attendance:", "Attendees:") with
   apologies, or at least two sentences that report ("Apologies for absence
   were received", "It was agreed", "Resolved", "welcomed everyone");
2. invitation: it asks people to come ("you are invited", "join us",
   "come along", "Dear …") and its title does not say "agenda";
3. agenda: it looks like an agenda (see `extract.looks_like_agenda`) or
   lists three or more items;
4. invitation: it tells people about a meeting still to come ("will be
   held", "will take place");
5. otherwise a paper.

Rules can ask: the AC5xx agenda rules do not run on minutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from ..core.model import Block, BlockKind

Kind = Literal["agenda", "invitation", "minutes", "paper"]
KINDS: tuple[Kind, ...] = ("agenda", "invitation", "minutes", "paper")

_MINUTES_TITLE = re.compile(
    r"(?<!\d )(?<!\d)\b(?:minutes|notes of (?:a|the) meeting|meeting notes|action notes|"
    r"record of (?:the )?meeting)\b|^\s*(?:at a meeting of|notes of a meeting)\b",
    re.IGNORECASE,
)
#: "Minutes of the PPG meeting held on …" anywhere near the top (not "minutes of the last
#: meeting", an agenda item).
_MINUTES_OF = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,3}(?:minutes|notes) of (?!(?:the )?(?:last|previous|next)\b)"
    r"(?:the |a |an )?"
    r"(?:[\w'’-]+ ){0,5}?meeting\b|^\s*(?:at a meeting of|notes of a meeting)\b",
    re.IGNORECASE,
)
_ATTENDANCE = re.compile(
    r"^\s*(?:present|in attendance|attendees|attendance|members present)\s*[:;\-]", re.I
)
_APOLOGIES = re.compile(r"\bapologies\b", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:apologies (?:for absence )?were (?:received|noted|given)|it was (?:agreed|noted|"
    r"resolved|decided|discussed|reported|suggested|proposed|clarified|stated)|was agreed|were "
    r"agreed|resolved\s*[:–-]|welcomed (?:everyone|all|the members|members)|opened the meeting|"
    r"(?:were|was) (?:accepted|approved) as (?:a |an )?(?:true|accurate|correct) record|"
    r"the (?:board|committee|group|panel|forum) (?:received|agreed|noted|heard|considered)|"
    r"no declarations of interest were|attended as (?:a )?substitute)",
    re.IGNORECASE,
)
_ASKS_TO_COME = re.compile(
    r"\b(?:you are (?:warmly )?invited|we (?:would like to )?invite you|are invited to attend|"
    r"join us|come along|please join|welcome to (?:attend|join)|to join the meeting|"
    r"click (?:this|the) link to join)\b|^\s*dear\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(
    r"\b(?:will be held|will take place|takes place on|will meet|meetings will|the meeting will|"
    r"will be (?:on|at)|next meeting is)\b",
    re.IGNORECASE,
)
_AGENDA_TITLE = re.compile(r"\bagenda\b", re.IGNORECASE)
_TOP = 6


def _flow(blocks: Sequence[Block]) -> list[str]:
    return [
        " ".join(b.text.split())
        for b in blocks
        if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER) and b.text.strip()
    ]


def document_kind(
    blocks: Sequence[Block],
    *,
    title: str | None = None,
    items: int = 0,
    looks_like_agenda: bool = False,
) -> tuple[Kind, str]:
    """The document's kind and a short reason (see the module docstring)."""
    texts = _flow(blocks)
    top = [t for t in ([title] if title else []) + texts[:_TOP]]
    heads = ([title] if title else []) + [
        " ".join(b.text.split())
        for b in blocks[:_TOP]
        if b.kind is not BlockKind.LIST_ITEM and b.text.strip()
    ][:2]
    said = next((t for t in heads if _MINUTES_TITLE.search(t[:120])), None)
    said = said or next((t for t in texts[:30] if _MINUTES_OF.search(t[:160])), None)
    if said is not None:
        return "minutes", f'it says "{said[:60]}"'
    attendance = any(_ATTENDANCE.match(t) for t in texts)
    apologies = any(_APOLOGIES.search(t) for t in texts)
    if attendance and apologies:
        return "minutes", "it lists who came and who sent apologies"
    reports = sum(len(_REPORTING.findall(t)) for t in texts)
    if reports >= 2:
        return "minutes", f"{reports} sentences report what happened"
    names_agenda = any(_AGENDA_TITLE.search(t[:80]) for t in top[:2])
    asks = next((t for t in texts if _ASKS_TO_COME.search(t)), None)
    if asks is not None and not names_agenda:
        return "invitation", f'it asks people to come: "{asks[:60]}"'
    if looks_like_agenda or items >= 3:
        return "agenda", "it looks like an agenda"
    to_come = next((t for t in texts if _TO_COME.search(t)), None)
    if to_come is not None or asks is not None:
        return "invitation", f'it tells people about a meeting: "{(to_come or asks or "")[:60]}"'
    return "paper", "it is not an agenda, an invitation or minutes"
