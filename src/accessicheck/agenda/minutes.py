"""Minutes read as minutes: who came, who sent apologies, and the actions agreed.

    minutes = read_minutes(doc.blocks)
    minutes.present, minutes.apologies, minutes.actions, minutes.initials
    minutes.attendance_blocks, minutes.action_blocks   # block indices

These are facts for other parts of accessicheck to use: the people's
initials ("DL", "SvW") are names, not acronyms, and the attendance and
action blocks are lists, not sentences to score. Nothing here judges.

- Attendance: a "Present:", "In attendance:" or "Attendees:" label, with
  the names on the same line or on the short lines under it (a line with
  "Apologies", a numbered item or a long sentence ends the list); or, with
  no label, a run of two or more short lines near the top that each name
  someone with their initials ("Doug (DL) - Chairman").
- Apologies: an "Apologies:" label with names, or "Apologies for absence
  were received from A, B and C."
- A person: a name, initials in brackets or after it ("Ms Alison Taylor
  (AT)", "Mark Dodds (Practice Manager) MD"), and a role after a dash.
- Actions: "Action: Ryan", "Action ALL" at the end of a line; "AP125 SL to
  ask the partners"; "ACTION: …"; and "SL to ask …", "LD to advise …" where
  SL or LD are initials of someone present (or, with no attendance list,
  any two to four capitals followed by "to" and a verb).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.model import Block, BlockKind, Location

_ATTENDANCE = re.compile(
    r"^\s*(?:present|in attendance|attendees|attendance|members present)\s*[:;\-]+\s*", re.I
)
_APOLOGIES_LABEL = re.compile(r"^\s*apologies(?: for absence)?\s*(?:from)?\s*[:;\-]*\s*", re.I)
_APOLOGIES_SENTENCE = re.compile(
    r"\bapologies (?:for absence )?were (?:received|noted|given) (?:from|on behalf of)\s*"
    r"(?P<names>[^.]+)",
    re.IGNORECASE,
)
_ENDS_LIST = re.compile(r"^\s*(?:apologies|minutes|agenda|\d{1,3}[.)]?\s|item\b|actions?\b)", re.I)
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame)\.?\s+"
_PERSON = re.compile(
    r"^\s*(?:" + _TITLE + r")?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:van|von|de|der|du|da|le|la)\s+)?"
    r"[A-Z][\w’'.-]*){0,3}?)"
    r"(?:\s*\((?P<i1>[A-Z][A-Za-z]{1,3}|[A-Z]{2,4})\)|\s*\((?P<role1>[^)]{3,60})\))?"
    r"(?:\s+(?P<i2>[A-Z]{2,4}))?"
    r"(?:\s*[-–—,]\s*(?P<role2>[^,;]{2,60}))?\s*$"
)
_ACTION_END = re.compile(
    r"\b(?i:actions?)\s*[:\-–]?\s+(?P<owner>ALL|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\s*$"
)
_ACTION_LABEL = re.compile(r"^\s*actions?\s*:\s*(?P<text>.+)", re.IGNORECASE)
_ACTION_REF = re.compile(
    r"^\s*AP\d+\s+(?P<owner>[A-Z][A-Za-z]{1,3}(?:\s*[/&]\s*[A-Z][A-Za-z]{1,3})*)\s+to\b"
)
_OWNER_TO = re.compile(r"(?:^|[.;:]\s+|\s)(?P<owner>[A-Z]{2,4}(?:/[A-Z]{2,4})?)\s+to\s+[a-z]+")
_INITIALS_ONLY = re.compile(r"[A-Z][A-Za-z]{0,3}\.?")


@dataclass(frozen=True)
class Person:
    """Someone named in the minutes."""

    name: str
    initials: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Action:
    """An action agreed: what, who (as written), and where."""

    text: str
    owner: str | None
    location: Location


@dataclass(frozen=True)
class Minutes:
    """What minutes record besides the discussion."""

    present: tuple[Person, ...] = ()
    apologies: tuple[Person, ...] = ()
    actions: tuple[Action, ...] = ()
    attendance_blocks: frozenset[int] = frozenset()
    action_blocks: frozenset[int] = frozenset()

    @property
    def initials(self) -> frozenset[str]:
        """Every person's initials, as written ("DL", "SvW")."""
        people = self.present + self.apologies
        found = {p.initials for p in people if p.initials}
        found |= {p.name for p in people if re.fullmatch(r"[A-Z]{2,4}", p.name)}
        return frozenset(found)


def person(text: str) -> Person | None:
    """A person from "Ms Alison Taylor (AT)", "Doug (DL) - Chairman" or "JM"."""
    text = " ".join(text.split()).strip(" ,;.")
    if not text or len(text.split()) > 9:
        return None
    if re.fullmatch(r"[A-Z]{2,4}", text):
        return Person(text, text)
    m = _PERSON.match(text)
    if not m:
        return None
    initials = m.group("i1") or m.group("i2")
    role = m.group("role2") or m.group("role1")
    return Person(m.group("name").strip(), initials, role.strip() if role else None)


def _names(text: str) -> list[Person]:
    parts = re.split(r"\s*[,;]\s*|\s+and\s+|\s{3,}", text)
    out = [person(p) for p in parts if p.strip()]
    return [p for p in out if p is not None]


def _flow(blocks: Sequence[Block]) -> list[tuple[int, str]]:
    return [
        (i, " ".join(b.text.split()))
        for i, b in enumerate(blocks)
        if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER) and b.text.strip()
    ]


def _list_after(flow: list[tuple[int, str]], k: int, first: str) -> tuple[list[Person], set[int]]:
    """Names on a label's own line and the short lines under it."""
    people = _names(first) if first else []
    used = {flow[k][0]}
    for i, text in flow[k + 1 :]:
        if _ENDS_LIST.match(text) or _ATTENDANCE.match(text) or len(text.split()) > 12:
            break
        found = _names(text)
        if not found:
            break
        people += found
        used.add(i)
    return people, used


def read_minutes(blocks: Sequence[Block]) -> Minutes:
    """The attendance, apologies and actions in some blocks (see the module docstring)."""
    flow = _flow(blocks)
    present: list[Person] = []
    apologies: list[Person] = []
    attendance: set[int] = set()
    for k, (i, text) in enumerate(flow):
        label = _ATTENDANCE.match(text)
        if label and not present:
            present, used = _list_after(flow, k, text[label.end() :])
            attendance |= used
            continue
        sorry = _APOLOGIES_LABEL.match(text)
        if sorry and not apologies and not _APOLOGIES_SENTENCE.search(text):
            rest = text[sorry.end() :]
            if rest.lower().strip(" .") in ("none", "no apologies", "nil"):
                attendance.add(i)
                continue
            apologies, used = _list_after(flow, k, rest)
            attendance |= used
            continue
        said = _APOLOGIES_SENTENCE.search(text)
        if said and not apologies:
            apologies = _names(said.group("names"))
    if not present:
        present, used = _unlabelled_attendance(flow)
        attendance |= used
    known = {p.initials for p in present + apologies if p.initials}
    actions, action_blocks = _actions(blocks, flow, known)
    return Minutes(
        tuple(present),
        tuple(apologies),
        tuple(actions),
        frozenset(attendance),
        frozenset(action_blocks),
    )


def _unlabelled_attendance(flow: list[tuple[int, str]]) -> tuple[list[Person], set[int]]:
    """A run of short lines near the top, each naming someone with initials."""
    run: list[tuple[int, Person]] = []
    best: list[tuple[int, Person]] = []
    for i, text in flow[:40]:
        p = person(text) if len(text.split()) <= 8 else None
        if p is not None and p.initials:
            run.append((i, p))
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(run) > len(best):
        best = run
    if len(best) < 2:
        return [], set()
    return [p for _i, p in best], {i for i, _p in best}


def _actions(
    blocks: Sequence[Block], flow: list[tuple[int, str]], known: set[str]
) -> tuple[list[Action], set[int]]:
    actions: list[Action] = []
    used: set[int] = set()
    for i, text in flow:
        loc = blocks[i].location
        end = _ACTION_END.search(text)
        label = _ACTION_LABEL.match(text)
        ref = _ACTION_REF.match(text)
        owner_to = next(
            (
                m
                for m in _OWNER_TO.finditer(text)
                if not known or set(re.split(r"/", m.group("owner"))) <= known
            ),
            None,
        )
        if end:
            actions.append(Action(text[: end.start()].strip(), end.group("owner"), loc))
        elif label:
            actions.append(Action(label.group("text").strip(), None, loc))
        elif ref:
            actions.append(Action(text, ref.group("owner"), loc))
        elif owner_to:
            actions.append(Action(text, owner_to.group("owner"), loc))
        else:
            continue
        used.add(i)
    return actions, used
