"""The rewrite report as JSON, for other tools. Stable keys; see docs/rewrite.md."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .rewrite_summary import totals

SCHEMA_VERSION = 1


def _item(item: Any) -> dict[str, Any]:
    loc = item.location
    return {
        "location": {
            "page": loc.page,
            "paragraph": loc.paragraph,
            "line": loc.line,
            "heading": loc.heading,
            "start": loc.start,
            "end": loc.end,
        },
        "original": item.original,
        "rewritten": item.rewritten,
        "codes": item.codes,
        "reasons": [{"code": c, "reason": r} for c, r in item.reasons],
        "passed_safety": item.passed_safety,
        "safety": item.safety,
        "still_to_fix": [{"code": f.code, "message": f.message} for f in item.remaining],
        "safety_problems": list(item.problems),
        "hint": item.hint,
        "reading_age_before": _round(item.reading_age_before),
        "reading_age_after": _round(item.reading_age_after),
    }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)


def render(files: Sequence[tuple[str, Sequence[Any]]]) -> str:
    t = totals(files)
    data = {
        "schema_version": SCHEMA_VERSION,
        "summary": {
            "flagged": t.flagged,
            "rewritten": t.rewritten,
            "failed_safety": t.failed_safety,
        },
        "files": [
            {"path": path, "sentences": [_item(i) for i in rewrites]} for path, rewrites in files
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
