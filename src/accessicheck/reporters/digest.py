"""What a person reads first: the findings of each paper ranked and grouped.

Every report written for people (terminal, plain text, HTML, Word) is made
from the `Digest` built here; those reporters only format it. JSON and SARIF
do not use it: they keep every finding.

- Repeats are grouped: one `Group` per rule and term ("'stakeholder': 9
  times, pages 2 to 7"), or per rule when the finding is about a whole
  sentence or section rather than a term.
- Each paper opens with at most `FIRST` groups to fix first, ranked by how
  many people they shut out and how often they occur: barriers in the file
  (no text, pictures without alternative text, an untagged PDF) before
  everything else, then errors, then warnings.
- Notes (the lowest level) are left out unless the reader asks for them,
  and counted, so the report can say how many were left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..core.model import Finding, Location, Severity
from ..engine.report import FileResult, Report
from . import View

#: How many groups open each paper as "fix these first".
FIRST = 5

#: Rules whose findings stop some people reading the paper at all: no text
#: layer, pictures with no alternative text, an untagged or locked PDF.
BARRIERS = frozenset(
    {
        "AC901",  # the file cannot be opened
        "AC902",  # locked with a password
        "AC903",  # no text (a scan)
        "AC428",  # text that cannot be turned back into letters
        "AC429",  # security settings stop screen readers
        "AC420",  # PDF not tagged
        "AC406",  # picture without alternative text
        "AC424",  # PDF figure without alternative text
        "AC444",  # a slide that is only a picture
    }
)

#: Rules about words and phrases (codes or starts of codes): their findings
#: are grouped by rule and term. Every other rule (sentences, sections,
#: headings, pictures) is grouped by rule alone.
TERM_RULES = ("AC2", "AC3", "AC107", "AC108", "AC109", "AC506")

#: Up to this many places are listed one by one; more are given as a range.
LIST_PLACES = 5

#: The access needs a rule helps; "ALL" counts as this many.
EVERYONE = 10


@dataclass(frozen=True)
class Group:
    """One line of a report: a rule, maybe a term, how often and where."""

    code: str
    slug: str
    severity: Severity
    #: The term the findings share, as first written in the paper; None when
    #: the group is every finding of one rule.
    term: str | None
    #: What the rule says, in a few words (the rule's summary).
    summary: str
    findings: tuple[Finding, ...]
    barrier: bool = False
    #: How many kinds of access need the rule helps (more = more people shut out).
    reach: int = 0

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def message(self) -> str:
        """The finding's own message when there is one finding or one term."""
        return self.first.message

    @property
    def places(self) -> str:
        """Where the findings are, e.g. "pages 2 to 7" or "paragraphs 3, 8 and 12"."""
        return places_phrase(f.location for f in self.findings)

    @property
    def suggestions(self) -> list[str]:
        """Suggestion texts the first message does not already say."""
        f = self.first
        return [s.text for s in f.suggestions if s.text not in f.message]

    def rank_key(self) -> tuple[int, int, int, int]:
        """Smaller sorts first: barriers, then level, then reach, then how often."""
        return (0 if self.barrier else 1, -self.severity.rank, -self.reach, -self.count)


@dataclass(frozen=True)
class PaperDigest:
    """One paper: its result, what to fix first, then everything else shown."""

    result: FileResult
    first: tuple[Group, ...]
    rest: tuple[Group, ...]
    #: Notes left out of `first` and `rest` because the reader did not ask for them.
    hidden_notes: int

    @property
    def groups(self) -> tuple[Group, ...]:
        return self.first + self.rest

    @property
    def counts(self) -> dict[Severity, int]:
        r = self.result
        return {s: r.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


@dataclass(frozen=True)
class Digest:
    """The whole report as people read it."""

    report: Report
    papers: tuple[PaperDigest, ...]
    show_notes: bool
    hidden_notes: int = field(default=0)

    @property
    def counts(self) -> dict[Severity, int]:
        return self.report.counts()


def _term(f: Finding) -> str | None:
    """The term a finding is about, folded for comparing; None if not a term rule."""
    text = f.excerpt.strip()
    return text.casefold() if text and f.code.startswith(TERM_RULES) else None


def _reach(helps: Iterable[str]) -> int:
    return sum(EVERYONE if h == "ALL" else 1 for h in helps)


def group_findings(findings: Iterable[Finding], report: Report) -> list[Group]:
    """Findings grouped by rule and term, in the order each group first appears."""
    rules = {r.code: r for r in report.rules}
    groups: dict[tuple[str, str, str | None], list[Finding]] = {}
    for f in findings:
        term = _term(f)
        groups.setdefault((f.code, f.severity.value, term), []).append(f)
    out = []
    for (code, _, term), members in groups.items():
        rule = rules.get(code)
        first = members[0]
        out.append(
            Group(
                code=code,
                slug=first.slug,
                severity=first.severity,
                term=first.excerpt.strip() if term is not None else None,
                summary=rule.summary if rule else first.message,
                findings=tuple(members),
                barrier=code in BARRIERS,
                reach=_reach(rule.helps) if rule else 0,
            )
        )
    return out


def digest_paper(result: FileResult, report: Report, show_notes: bool) -> PaperDigest:
    shown = [f for f in result.findings if show_notes or f.severity is not Severity.INFO]
    hidden = len(result.findings) - len(shown)
    groups = group_findings(shown, report)
    order = {id(g): i for i, g in enumerate(groups)}
    ranked = sorted(groups, key=lambda g: (g.rank_key(), order[id(g)]))
    first = [g for g in ranked if g.severity is not Severity.INFO][:FIRST]
    chosen = {id(g) for g in first}
    rest = [g for g in ranked if id(g) not in chosen]
    return PaperDigest(result, tuple(first), tuple(rest), hidden)


def build(report: Report, view: View | None = None) -> Digest:
    """The report, ranked and grouped for reading, as `view` asks."""
    show = bool(view and view.show_notes)
    papers = tuple(digest_paper(r, report, show) for r in report.files)
    return Digest(report, papers, show, sum(p.hidden_notes for p in papers))


def _and_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _numbers(nums: list[int]) -> str:
    """[2] → "2"; [3, 8, 12] → "3, 8 and 12"; more than `LIST_PLACES` → "2 to 40"."""
    if len(nums) <= LIST_PLACES:
        return _and_list([str(n) for n in nums])
    return f"{nums[0]} to {nums[-1]}"


def places_phrase(locations: Iterable[Location]) -> str:
    """Where some findings are, in as few words as the places allow."""
    locs = list(locations)
    for attr, one, many in (
        ("page", "page", "pages"),
        ("line", "line", "lines"),
        ("paragraph", "paragraph", "paragraphs"),
    ):
        nums = sorted({getattr(loc, attr) for loc in locs if getattr(loc, attr) is not None})
        if nums:
            text = f"{one if len(nums) == 1 else many} {_numbers(nums)}"
            if any(loc.page is None and loc.line is None and loc.paragraph is None for loc in locs):
                text = "the whole document and " + text
            return text
    return "whole document"


def times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def notes_phrase(n: int) -> str:
    """e.g. "and 58 notes: add --show-notes to see them"."""
    word = "note" if n == 1 else "notes"
    return f"{n} {word} not shown: add --show-notes to see {'it' if n == 1 else 'them'}"
