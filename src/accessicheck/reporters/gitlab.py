"""GitLab Code Quality report (a JSON list in the Code Climate style).

Each finding has a description, check_name, fingerprint, severity and
location. Where the format has lines and columns (Markdown, text), the
location gives them as `positions` (where the quoted text begins and ends,
line and column, as the Code Climate spec allows); otherwise as `lines`.
GitLab needs a line, so a finding in a format without lines (Word, PDF,
slides) is put on line 1, with the page or paragraph in its description.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.fingerprints import display_path, fingerprints
from ..core.model import Finding, Location, Severity
from ..engine.report import Report

SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def _issue(f: Finding, fingerprint: str) -> dict[str, Any]:
    loc = f.location
    description = f"{f.code} {f.slug}: {f.message}"
    if loc.line is None and (loc.page is not None or loc.paragraph is not None):
        description = f"{description} ({loc.describe()})"
    return {
        "type": "issue",
        "description": description,
        "check_name": f.code,
        "categories": ["Style"],
        "fingerprint": fingerprint,
        "severity": SEVERITY[f.severity],
        "location": {"path": display_path(loc.path), **_where(loc)},
    }


def _where(loc: Location) -> dict[str, Any]:
    """`positions` (line and column) when the column is known, else `lines`."""
    if loc.line is None or loc.column is None:
        return {"lines": _lines(loc)}
    begin = {"line": loc.line, "column": loc.column}
    end = begin
    if loc.end_line is not None and loc.end_column is not None:
        end = {"line": loc.end_line, "column": loc.end_column}
    return {"positions": {"begin": begin, "end": end}}


def _lines(loc: Location) -> dict[str, int]:
    """The first line (1 when the format has no lines) and, when known, the last."""
    lines = {"begin": loc.line or 1}
    if loc.line is not None and loc.end_line is not None:
        lines["end"] = loc.end_line
    return lines


def as_data(report: Report) -> list[dict[str, Any]]:
    findings = report.findings
    return [_issue(f, fp) for f, fp in zip(findings, fingerprints(findings), strict=True)]


def render(report: Report) -> str:
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"
