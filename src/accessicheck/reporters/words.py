"""Plain-English phrases shared by the text reporters."""

from __future__ import annotations

from collections.abc import Iterator

from ..core.model import Finding, Severity
from ..core.profiles import Targets
from ..engine.report import FileResult, Report
from ..language.readability import Scores
from .digest import Group, notes_phrase, times

LABEL = {Severity.ERROR: "Error", Severity.WARNING: "Warning", Severity.INFO: "Note"}
PLURAL = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "notes"}
SINGULAR = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def count_phrase(n: int, severity: Severity) -> str:
    return f"{n} {SINGULAR[severity] if n == 1 else PLURAL[severity]}"


def counts_phrase(counts: dict[Severity, int]) -> str:
    if not any(counts.values()):
        return "nothing to fix"
    return ", ".join(count_phrase(n, s) for s, n in counts.items())


def file_counts(result: FileResult) -> dict[Severity, int]:
    return {s: result.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


def files_phrase(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def readability_phrase(scores: Scores | None, targets: Targets) -> str:
    """e.g. "Reading age about 14 (target 11 or under); 320 words"."""
    if scores is None or scores.reading_age is None:
        return "No text to score."
    c = scores.counts
    words = f"{c.words} words in {c.sentences} sentences"
    age = round(scores.reading_age)
    if scores.too_short:
        return f"Reading age about {age}, but with only {words} this figure means little."
    ease = round(scores.flesch_reading_ease or 0)
    mark = "meets" if age <= targets.max_reading_age else "above"
    return (
        f"Reading age about {age} ({mark} the target of {targets.max_reading_age:g} or under); "
        f"reading ease {ease} (target {targets.min_reading_ease:g} or more); "
        f"average sentence {scores.average_sentence_length:.0f} words; {words}."
    )


def where(f: Finding) -> str:
    return f.location.describe()


def summary_line(report: Report) -> str:
    n = len(report.files)
    counts = report.counts()
    if not report.findings:
        return f"Checked {files_phrase(n)}: nothing to fix."
    return f"Checked {files_phrase(n)}: {counts_phrase(counts)}."


def outcome_line(report: Report) -> str:
    if report.nothing_readable:
        return "None of the files could be read, so nothing was checked."
    if report.fail_on is None:
        return "Result: not set to fail (fail_on = never)."
    if report.exit_code == 1:
        return (
            f"Result: needs work. Something was found at level '{report.fail_on.value}' or above."
        )
    return f"Result: passed. Nothing was found at level '{report.fail_on.value}' or above."


def _group(f: Finding) -> str:
    loc = f.location
    if loc.page is None and loc.paragraph is None and loc.line is None:
        return "Whole document"
    return f"Section: {loc.heading}" if loc.heading else "Before the first heading"


def by_section(findings: list[Finding]) -> Iterator[tuple[str, list[Finding]]]:
    """Findings grouped by the section they are in, in reading order.

    Findings about the whole document come first, as one group.
    """
    current: list[Finding] = []
    label = ""
    for f in findings:
        here = _group(f)
        if current and here != label:
            yield label, current
            current = []
        label = here
        current.append(f)
    if current:
        yield label, current


def new_suggestions(f: Finding) -> list[str]:
    """Suggestion texts the message does not already say."""
    return [s.text for s in f.suggestions if s.text not in f.message]


def group_head(g: Group) -> str:
    """One line for a group of findings, e.g.
    "Warning AC202 jargon: 'stakeholder' - 9 times, pages 2 to 7."
    """
    head = f"{LABEL[g.severity]} {g.code} {g.slug}"
    if g.term is not None:
        return f"{head}: '{g.term}' - {times(g.count)}, {g.places}."
    if g.count > 1:
        return f"{head}: {g.summary} - {times(g.count)}, {g.places}."
    return f"{head}, {where(g.first)}: {g.message}"


def group_detail(g: Group) -> list[str]:
    """The lines under a "fix these first" item: what the rule says and what to do."""
    if g.term is not None:
        lines = [g.message]
    elif g.count > 1:
        lines = [f"For example, {where(g.first)}: {g.message}"]
    else:
        lines = [f'Text: "{g.first.excerpt}"'] if g.first.excerpt else []
    lines += [f"Suggestion: {t}" for t in g.suggestions]
    return lines


def group_hint(g: Group) -> str | None:
    """A short "what to do" for a grouped line further down, when the rule gives one."""
    if g.term is None:
        return None
    if g.suggestions:
        return g.suggestions[0]
    # The message says what to do, but a grouped line does not show the message.
    return g.first.suggestions[0].text if g.first.suggestions else None


def found_phrase(counts: dict[Severity, int], hidden_notes: int) -> str:
    """e.g. "2 errors, 5 warnings, 12 notes (12 notes not shown: add --show-notes ...)"."""
    text = counts_phrase(counts)
    if hidden_notes:
        text += f" ({notes_phrase(hidden_notes)})"
    return text


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
