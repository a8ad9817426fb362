"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF readers.

`rules[]` comes from the rule registry. Each result has the file, the line
and column when the format has lines (Markdown, text), and the page or slide
otherwise (in the message, a logical location and the result's properties).
The column is where the quoted text starts in its source line, counted in
characters (`columnKind` unicodeCodePoints); it is left out when the loader
could not match the text to the line. `partialFingerprints` use
`fingerprints`, so a finding keeps its identity when lines move.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..core.fingerprints import display_path, fingerprints
from ..core.model import Finding, Severity
from ..engine import registry
from ..engine.registry import Rule
from ..engine.report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "accessicheckFingerprint/v1"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rules_page_url() -> str | None:
    """The address of docs/rules.md, from the package's "Repository" link, if it has one.

    The `rules_page` setting, when set, is used instead (see `as_data`).
    """
    from importlib import metadata

    try:
        urls = metadata.metadata("accessicheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"repository", "source", "homepage"}:
            return url.strip().rstrip("/") + "/blob/main/docs/rules.md"
    return None


def rule_help(r: Rule) -> str:
    """The rule's page as plain text: what it looks for, why, and examples."""
    lines = [f"{r.code} {r.slug}: {r.summary}", "", r.description, "", f"Why it matters: {r.why}"]
    if r.fails:
        lines += ["", "Flags text like this:"] + [f"- {e}" for e in r.fails]
    if r.passes:
        lines += ["", "Leaves text like this alone:"] + [f"- {e}" for e in r.passes]
    lines += ["", f"More: accessicheck explain {r.code}"]
    return "\n".join(lines)


def _rule(r: Rule, page: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": r.code,
        "name": r.slug,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.description},
        "help": {"text": rule_help(r)},
        "defaultConfiguration": {"level": LEVEL[r.severity]},
        "properties": {"tags": ["accessibility", r.family + "xx"], "helps": list(r.helps)},
    }
    if page:
        out["helpUri"] = f"{page}#{r.code.lower()}"
    return out


def _message(f: Finding) -> str:
    loc = f.location
    text = f.message
    if loc.line is None and (loc.page is not None or loc.paragraph is not None):
        text = f"{text} ({loc.describe()})"
    if f.excerpt:
        text = f'{text} Text: "{f.excerpt}"'
    return text


def _result(f: Finding, index: int, fingerprint: str) -> dict[str, Any]:
    loc = f.location
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": display_path(loc.path), "uriBaseId": "%SRCROOT%"}
    }
    if loc.line is not None:
        physical["region"] = {"startLine": loc.line}
        if loc.column is not None:
            physical["region"]["startColumn"] = loc.column
        if loc.end_line is not None and loc.end_column is not None:
            physical["region"]["endLine"] = loc.end_line
            physical["region"]["endColumn"] = loc.end_column
    result: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": index,
        "level": LEVEL[f.severity],
        "message": {"text": _message(f)},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    if loc.page is not None:
        result["locations"][0]["logicalLocations"] = [{"name": f"page {loc.page}", "kind": "page"}]
    props = {k: v for k, v in (("page", loc.page), ("paragraph", loc.paragraph)) if v is not None}
    if loc.heading:
        props["heading"] = loc.heading
    if props:
        result["properties"] = props
    return result


def as_data(report: Report) -> dict[str, Any]:
    rules = list(registry.all_rules().values())
    page = report.rules_page or rules_page_url()
    table = [_rule(r, page) for r in rules]
    index = {r.code: i for i, r in enumerate(rules)}
    findings = report.findings
    for f in findings:
        if f.code not in index:  # e.g. AC900, a check that failed: not a registered rule
            index[f.code] = len(table)
            table.append(
                {
                    "id": f.code,
                    "name": f.slug,
                    "shortDescription": {"text": f.slug.replace("-", " ").capitalize()},
                    "defaultConfiguration": {"level": LEVEL[f.severity]},
                }
            )
    results = [
        _result(f, index[f.code], fp)
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "accessicheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": table,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render(report: Report) -> str:
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"
