"""The glossary entry: one term a group agreed to avoid, explain or keep.

An `Entry` is plain frozen data with every field of the co-produced glossary
schema (see wordlists/README.md and docs/glossary.md). CSV and YAML files
load to the same model. `origin` says where the entry came from (file, line
and layer), so every finding can name the glossary and entry behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from ..core.model import Severity

#: The columns of a glossary CSV, in the order the shipped lists use.
COLUMNS: tuple[str, ...] = (
    "term",
    "variants",
    "category",
    "status",
    "severity",
    "plain_alternatives",
    "plain_explanation",
    "easy_read_explanation",
    "expansion",
    "fine_when",
    "view_for",
    "view_against",
    "rationale",
    "related",
    "source",
    "licence",
    "decision_by",
    "decision_date",
    "decision_how",
    "dissent",
    "review_date",
)

#: Optional columns a list may add after the schema's own. `part_of_speech`
#: (noun, verb, adj, adv or any) says which use of the word the plain
#: alternative fits: "impact" as a noun is not "affect".
OPTIONAL_COLUMNS: tuple[str, ...] = ("part_of_speech",)
PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv", "any")
#: Columns that hold several values, separated by " | ".
LIST_COLUMNS = frozenset({"variants", "plain_alternatives", "related"})
#: Columns every row must fill in. A row may leave out the category: a group
#: marking a word `preferred` needs only the term and the status. It then keeps
#: the category of the same term in an earlier layer, if there is one.
REQUIRED = ("term", "status")

CATEGORIES = (
    "health-jargon",
    "social-care-jargon",
    "research-jargon",
    "acronym",
    "bureaucratic",
    "inclusive-language",
    "legal-term",
    "group-specific",
    "plain-english",
)
STATUSES = ("avoid", "use-with-explanation", "contested", "preferred", "allowed")

#: The severity a status gets when a row leaves severity empty.
DEFAULT_SEVERITY = {
    "avoid": Severity.WARNING,
    "use-with-explanation": Severity.INFO,
    "contested": Severity.INFO,
    "preferred": Severity.INFO,
    "allowed": Severity.INFO,
}

#: Statuses that never produce a finding: the group has chosen to keep the term.
QUIET_STATUSES = frozenset({"preferred", "allowed"})


@dataclass(frozen=True)
class Origin:
    """Where an entry came from: the file, the line (from 1) and the layer.

    `layer` is "shipped" for the lists that come with accessicheck, or the
    name of a group's glossary. `label` is how a message names the glossary,
    e.g. "the shipped plain English list" or "your glossary meeting.csv".
    """

    path: str
    line: int
    layer: str
    label: str

    @property
    def file_name(self) -> str:
        return PurePath(self.path).name

    def describe(self) -> str:
        """e.g. "the shipped plain English list (plain-english.csv, line 12)"."""
        return f"{self.label} ({self.file_name}, line {self.line})"


@dataclass(frozen=True)
class Decision:
    """Who agreed an entry (a group or role, not a named person), when and how."""

    by: str = ""
    on: date | None = None
    how: str = ""
    dissent: str = ""


@dataclass(frozen=True)
class Entry:
    """One glossary entry. Lists are tuples; empty text fields are ""."""

    term: str
    category: str
    status: str
    severity: Severity
    origin: Origin
    variants: tuple[str, ...] = ()
    plain_alternatives: tuple[str, ...] = ()
    plain_explanation: str = ""
    easy_read_explanation: str = ""
    expansion: str = ""
    fine_when: str = ""
    view_for: str = ""
    view_against: str = ""
    rationale: str = ""
    related: tuple[str, ...] = ()
    source: str = ""
    licence: str = ""
    decision: Decision = field(default_factory=Decision)
    review_date: date | None = None
    #: Which use of the word the alternatives fit ("noun", "verb", "adj",
    #: "adv"); "" or "any" for every use.
    part_of_speech: str = ""
    #: Entries in earlier layers that this one replaced, nearest first.
    overrides: tuple[Origin, ...] = ()
    #: False when the row left severity empty and it came from the status.
    severity_given: bool = field(default=True, compare=False)

    @property
    def forms(self) -> tuple[str, ...]:
        """The term and its variants: every way of writing it that we match."""
        return (self.term, *self.variants)

    @property
    def is_acronym(self) -> bool:
        if not self.category:  # no category given: judge by the term itself
            from .tokens import is_acronym_form

            return is_acronym_form(self.term)
        return self.category == "acronym"

    @property
    def quiet(self) -> bool:
        """True when the group keeps this term: it suppresses findings."""
        return self.status in QUIET_STATUSES

    @property
    def kind(self) -> str | None:
        """Which rule reports this entry: "plain" (AC201), "jargon" (AC202),
        "explain" (AC203), "contested" (AC301), "inclusive" (AC302), or None.

        Acronyms to explain are left to the acronym rules (AC204-AC207), and
        preferred or allowed terms to nobody.
        """
        if self.quiet:
            return None
        if self.status == "contested":
            return "contested"
        if self.status == "use-with-explanation":
            return None if self.is_acronym else "explain"
        if self.category == "inclusive-language":
            return "inclusive"
        if self.category in {"bureaucratic", "plain-english"}:
            return "plain"
        return "jargon"

    def describe(self) -> str:
        """Where the entry is, for messages."""
        return self.origin.describe()


@dataclass(frozen=True)
class Problem:
    """Something wrong with a glossary file, at a line (0 = the whole file).

    `level` is "error" (the row could not be used), "warning" or "info".
    """

    path: str
    line: int
    message: str
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class GlossaryError(ValueError):
    """A glossary file cannot be used. Holds every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
