"""One file's result (`FileResult`) as plain JSON data, and back.

The result cache stores this, and worker processes (--jobs) send it back to
the main process. JSON, not pickle: a cache file could be changed by someone
else, and JSON cannot run code when it is read. Scores are not stored: they
are worked out again from the stored counts.
"""

from __future__ import annotations

from typing import Any

from ..core.model import DocumentMeta, Finding, Location, Severity, Suggestion
from ..language import readability
from ..language.readability import Counts
from .report import FileResult, SectionResult

#: 2: the document's facts are no longer stored (nothing read them back).
#: 3: a location has where it ends (end line and end column).
VERSION = 3


def _counts(c: Counts) -> dict[str, int]:
    return {
        "sentences": c.sentences,
        "words": c.words,
        "syllables": c.syllables,
        "long_words": c.long_words,
    }


def _finding(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "code": f.code,
        "slug": f.slug,
        "severity": f.severity.value,
        "message": f.message,
        "location": [
            loc.path,
            loc.page,
            loc.paragraph,
            loc.line,
            loc.heading,
            loc.start,
            loc.end,
            loc.column,
            loc.end_line,
            loc.end_column,
        ],
        "excerpt": f.excerpt,
        "suggestions": [[s.text, s.replacement, s.safe] for s in f.suggestions],
        "why": f.why,
    }


def to_data(r: FileResult) -> dict[str, Any]:
    """A JSON-ready dict for one file's result."""
    meta = r.meta
    return {
        "version": VERSION,
        "path": r.path,
        "format": r.format,
        "readable": r.readable,
        "meta": {
            "title": meta.title,
            "language": meta.language,
            "pages": meta.pages,
            "pages_without_text": list(meta.pages_without_text),
            "tagged": meta.tagged,
        },
        "counts": _counts(r.scores.counts) if r.scores is not None else None,
        "sections": [
            {"heading": s.heading, "level": s.level, "counts": _counts(s.scores.counts)}
            for s in r.sections
        ],
        "findings": [_finding(f) for f in r.findings],
    }


def from_data(data: dict[str, Any]) -> FileResult:
    """The result back from `to_data`. Raises KeyError, TypeError or ValueError if damaged."""
    if data.get("version") != VERSION:
        raise ValueError("result data from another version")
    m = data["meta"]
    meta = DocumentMeta(
        title=m["title"],
        language=m["language"],
        pages=m["pages"],
        pages_without_text=tuple(m["pages_without_text"]),
        tagged=m["tagged"],
    )
    findings = [
        Finding(
            code=str(f["code"]),
            slug=str(f["slug"]),
            severity=Severity(f["severity"]),
            message=str(f["message"]),
            location=Location(*f["location"]),
            excerpt=str(f["excerpt"]),
            suggestions=tuple(Suggestion(t, r, bool(s)) for t, r, s in f["suggestions"]),
            why=str(f["why"]),
        )
        for f in data["findings"]
    ]
    counts = data["counts"]
    return FileResult(
        path=str(data["path"]),
        format=str(data["format"]),
        findings=findings,
        meta=meta,
        readable=bool(data["readable"]),
        scores=readability.score(Counts(**counts)) if counts is not None else None,
        sections=[
            SectionResult(s["heading"], s["level"], readability.score(Counts(**s["counts"])))
            for s in data["sections"]
        ],
    )
