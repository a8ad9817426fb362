"""Inline suppression comments in Markdown and text files.

    <!-- accessicheck-disable AC101 -->         off from here ...
    <!-- accessicheck-enable AC101 -->          ... to here
    <!-- accessicheck-disable-next-line AC204 --> off for the next line with text
    <!-- accessicheck-disable -->                every rule (no codes)

Codes may be separated by spaces or commas, and may be the start of a code
("AC2" for every AC2xx rule). A `disable` with no `enable` lasts to the end
of the file. This is a filter over the findings, using the file's own lines:
a finding belongs to the line its paragraph starts on. A finding about the
whole file is hidden only by a `disable` before the first text that is never
turned back on.

A comment that hides nothing is itself a finding (AC910), so stale comments
do not pile up. It is not reported when a rule it names did not run.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from .model import Finding, Location, Severity

#: The formats whose findings have source lines.
FORMATS = frozenset({"markdown", "text"})

_DIRECTIVE = re.compile(
    r"<!--\s*accessicheck-(disable-next-line|disable|enable)\b(.*?)-->", re.IGNORECASE
)
_CODE = re.compile(r"AC\d{1,3}", re.IGNORECASE)

UNUSED_CODE = "AC910"
UNUSED_SLUG = "unused-suppression"


@dataclass
class Region:
    """Where one comment hides findings: lines `start` to `end` (inclusive)."""

    comment_line: int
    codes: tuple[str, ...] | None  # None: every rule
    start: int
    end: float
    next_line: bool = False
    used: bool = False

    def covers(self, f: Finding, first_text_line: int) -> bool:
        if self.codes is not None and not f.code.upper().startswith(self.codes):
            return False
        line = f.location.line
        if line is None:
            return not self.next_line and self.start <= first_text_line and self.end == math.inf
        if self.next_line:
            # In a text file the comment can be the first line of the paragraph it hides.
            return line in (self.start, self.comment_line)
        return self.start <= line <= self.end

    def describe(self) -> str:
        which = ", ".join(self.codes) if self.codes else "every rule"
        kind = "disable-next-line" if self.next_line else "disable"
        return f"accessicheck-{kind} ({which})"


def _codes(text: str) -> tuple[str, ...] | None:
    found = tuple(c.upper() for c in _CODE.findall(text))
    return found or None


def regions(source: str) -> tuple[list[Region], int]:
    """The regions the comments in `source` make, and the first line with other text."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Region] = []
    open_: dict[str | None, Region] = {}
    pending: list[Region] = []  # next-line comments waiting for a line with text
    first_text = len(lines) + 1
    for number, line in enumerate(lines, start=1):
        directives = list(_DIRECTIVE.finditer(line))
        rest = _DIRECTIVE.sub("", line).strip()
        if rest:
            first_text = min(first_text, number)
            for region in pending:
                region.start = region.end = number
            pending = []
        for m in directives:
            kind, codes = m.group(1).lower(), _codes(m.group(2))
            if kind == "disable-next-line":
                region = Region(number, codes, math.inf, math.inf, next_line=True)
                out.append(region)
                pending.append(region)
            elif kind == "disable":
                for key in codes or (None,):
                    if key not in open_:
                        region = Region(number, (key,) if key else None, number, math.inf)
                        open_[key] = region
                        out.append(region)
            else:  # enable
                keys = list(open_) if codes is None else [k for k in codes if k in open_]
                for key in keys:
                    open_.pop(key).end = number
    return out, first_text


def apply(
    findings: Sequence[Finding],
    source: str,
    path: str,
    *,
    active_codes: Collection[str],
    report_unused: bool,
    severity: Severity = Severity.WARNING,
) -> list[Finding]:
    """The findings the comments in `source` do not hide, plus AC910 findings."""
    found, first_text = regions(source)
    if not found:
        return list(findings)
    kept = []
    for f in findings:
        hiders = [r for r in found if r.covers(f, first_text)]
        for r in hiders:
            r.used = True
        if not hiders:
            kept.append(f)
    if report_unused:
        for r in found:
            if r.used or not _all_ran(r.codes, active_codes):
                continue
            kept.append(_unused(r, path, severity))
    kept.sort(key=Finding.sort_key)
    return kept


def _all_ran(codes: tuple[str, ...] | None, active: Collection[str]) -> bool:
    checked = [c for c in active if c != UNUSED_CODE]
    if codes is None:
        return bool(checked)
    return all(any(a.startswith(c) for a in checked) for c in codes)


def _unused(r: Region, path: str, severity: Severity) -> Finding:
    which = "any rule" if r.codes is None else ", ".join(r.codes)
    return Finding(
        code=UNUSED_CODE,
        slug=UNUSED_SLUG,
        severity=severity,
        message=(
            f"This comment turns off {which}, but there is nothing for it to hide. "
            "Remove the comment, or check the rule code and where it is."
        ),
        location=Location(path=path, line=r.comment_line),
        excerpt=r.describe(),
        why=WHY,
    )


WHY = (
    "A comment that turns a check off but hides nothing is out of date. Left in place, "
    "it could hide a real problem added later."
)
