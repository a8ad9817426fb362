"""The result of a run, as data for the reporters: no formatting here."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..core.model import DocumentMeta, Finding, Severity
from ..core.profiles import Targets
from ..language.readability import Scores
from .registry import Rule


@dataclass
class SectionResult:
    heading: str | None
    level: int | None
    scores: Scores


@dataclass
class FileResult:
    """What one file gave: its findings and its readability."""

    path: str
    format: str
    findings: list[Finding]
    meta: DocumentMeta
    readable: bool
    scores: Scores | None = None
    sections: list[SectionResult] = field(default_factory=list)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)


@dataclass
class Report:
    """Everything a run found, for every file, plus the settings used."""

    files: list[FileResult]
    profile: str
    targets: Targets
    fail_on: Severity | None  # None: never fail
    rules: list[Rule]
    #: Where the rules page is on the web, for links to each rule ("" = not known).
    rules_page: str = ""

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    def counts(self) -> dict[Severity, int]:
        c = Counter(f.severity for f in self.findings)
        return {s: c.get(s, 0) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}

    @property
    def nothing_readable(self) -> bool:
        return not any(f.readable for f in self.files)

    @property
    def exit_code(self) -> int:
        """0: nothing at or above fail_on; 1: something is; 2: nothing could be read."""
        if self.nothing_readable:
            return 2
        if self.fail_on is not None and any(f.severity >= self.fail_on for f in self.findings):
            return 1
        return 0
