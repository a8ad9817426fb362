"""JSON output. The format is documented in docs/json-output.md.

`schema_version` changes its major number when a field is removed or changes
meaning, and its minor number when a field is added.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .. import __version__
from ..core.model import Finding, Location
from ..engine.report import FileResult, Report
from ..language.readability import Scores

SCHEMA_VERSION = "2.2"


def _location(loc: Location) -> dict[str, Any]:
    return {
        "path": loc.path,
        "page": loc.page,
        "paragraph": loc.paragraph,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line,
        "end_column": loc.end_column,
        "heading": loc.heading,
        "start": loc.start,
        "end": loc.end,
    }


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "rule": f.slug,
        "severity": f.severity.value,
        "message": f.message,
        "location": _location(f.location),
        "excerpt": f.excerpt,
        "suggestions": [
            {"text": s.text, "replacement": s.replacement, "safe": s.safe} for s in f.suggestions
        ],
        "why": f.why,
    }


def _scores(s: Scores | None) -> dict[str, Any] | None:
    return None if s is None else s.as_dict()


def _file(r: FileResult) -> dict[str, Any]:
    return {
        "path": r.path,
        "format": r.format,
        "readable": r.readable,
        "title": r.meta.title,
        "language": r.meta.language,
        "pages": r.meta.pages,
        "pages_without_text": list(r.meta.pages_without_text),
        "readability": _scores(r.scores),
        "sections": [
            {"heading": s.heading, "level": s.level, "readability": _scores(s.scores)}
            for s in r.sections
        ],
        "findings": [finding_dict(f) for f in r.findings],
    }


def as_data(report: Report) -> dict[str, Any]:
    return {**_head(report), "files": [_file(r) for r in report.files]}


def _head(report: Report) -> dict[str, Any]:
    """Everything in the JSON before the files."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "accessicheck", "version": __version__},
        "profile": report.profile,
        "targets": report.targets.as_dict(),
        "fail_on": report.fail_on.value if report.fail_on else "never",
        "exit_code": report.exit_code,
        "summary": {
            "files": len(report.files),
            "readable_files": sum(1 for f in report.files if f.readable),
            **{s.value: n for s, n in report.counts().items()},
        },
    }


def _dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def render(report: Report) -> str:
    """The report as JSON text: the same as `json.dumps(as_data(report), indent=2)`."""
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The JSON text of `render`, in pieces: the summary, then one piece for each file.

    Only one file's findings are turned into data and text at a time, so the
    command line can write a report on many papers without holding it all.
    """
    text = _dumps({**_head(report), "files": []})
    cut = text.rindex('"files": []')
    yield text[:cut] + '"files": ['
    for i, result in enumerate(report.files):
        # Every line of indented JSON has text (a new line inside a string is
        # written "\n"), so this is textwrap.indent(text, "    "), only quicker.
        yield (",\n" if i else "\n") + "    " + _dumps(_file(result)).replace("\n", "\n    ")
    yield ("\n  ]" if report.files else "]") + text[cut + len('"files": []') :] + "\n"
