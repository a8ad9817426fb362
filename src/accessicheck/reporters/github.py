"""GitHub Actions workflow commands: one annotation a finding.

    ::error file=papers/notes.md,line=12,title=AC101 long-sentence::This sentence has 41 words.

GitHub shows these on the pull request's changed lines. Levels: error ->
error, warning -> warning, info -> notice.
"""

from __future__ import annotations

from ..core.fingerprints import display_path
from ..core.model import Finding, Severity
from ..engine.report import Report
from . import words as w

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message the way the Actions runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title): also ":" and ","."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    loc = f.location
    props = [f"file={escape_property(display_path(loc.path))}"]
    if loc.line is not None:
        props.append(f"line={loc.line}")
        if loc.end_line is not None:
            props.append(f"endLine={loc.end_line}")
        if loc.column is not None:
            props.append(f"col={loc.column}")
        if loc.end_column is not None and loc.end_line == loc.line:
            props.append(f"endColumn={loc.end_column}")
    props.append(f"title={escape_property(f'{f.code} {f.slug}')}")
    message = f.message
    if loc.line is None and (loc.page is not None or loc.paragraph is not None):
        message = f"{message} ({loc.describe()})"
    if f.excerpt:
        message = f'{message}\nText: "{f.excerpt}"'
    return f"::{COMMAND[f.severity]} {','.join(props)}::{escape_data(message)}"


def render(report: Report) -> str:
    lines = [annotation(f) for f in report.findings]
    files = len(report.files)
    lines.append(
        f"accessicheck: {w.counts_phrase(report.counts())} "
        f"in {files} {'file' if files == 1 else 'files'}."
    )
    return "\n".join(lines) + "\n"
