"""Turn one row of a glossary file (CSV or YAML) into an `Entry`.

Both loaders hand rows here as mappings of column name to value, so a CSV
row and a YAML entry are checked by the same code and give the same errors.
A bad row gives `Problem`s that name the file, the line and the column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache
from typing import Any

from ..core.model import Severity
from .model import (
    CATEGORIES,
    COLUMNS,
    DEFAULT_SEVERITY,
    LIST_COLUMNS,
    OPTIONAL_COLUMNS,
    PARTS_OF_SPEECH,
    REQUIRED,
    STATUSES,
    Decision,
    Entry,
    Origin,
    Problem,
)

#: Other names people use for our columns (mostly from the research schema).
ALIASES = {
    "when_ok": "fine_when",
    "alternatives": "plain_alternatives",
    "explanation": "plain_explanation",
    "easy_read": "easy_read_explanation",
    "agreed_by": "decision_by",
    "agreed_on": "decision_date",
    "method": "decision_how",
    "expansions": "expansion",
}
#: Columns we accept and ignore: the extra columns `glossary suggest` writes,
#: and fields of the research schema we do not use yet.
IGNORED = frozenset({"id", "locale", "notes", "count", "example", "found_as", "audience"})
#: Severity words from other tools (and our old name, "info") that mean "note".
_SEVERITY_WORDS = {"suggestion": "note", "info": "note"}
_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


@cache
def normalise_key(name: str) -> str:
    """A column name as we store it: "Plain alternatives" → "plain_alternatives"."""
    key = re.sub(r"[\s\-]+", "_", str(name).strip().lower())
    return ALIASES.get(key, key)


def split_list(value: Any) -> tuple[str, ...]:
    """ " | "-separated text (or a YAML list) as a tuple of trimmed values."""
    if value is None or value == "":  # most cells: answered at once
        return ()
    items = [str(v) for v in value] if isinstance(value, (list, tuple)) else str(value).split("|")
    return tuple(s for s in (" ".join(i.split()) for i in items) if s)


def _text(value: Any) -> str:
    if value is None or value == "":  # most cells: answered at once
        return ""
    return " ".join((value if isinstance(value, str) else str(value)).split())


def parse_date(value: Any) -> date | None:
    """An ISO date (2026-03-12), a UK date (12/03/2026) or a YAML date.

    Raises ValueError for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    m = _UK_DATE.fullmatch(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text)


def _choice(value: str) -> str:
    """ "Use With Explanation" → "use-with-explanation"."""
    return re.sub(r"[\s_]+", "-", value.strip().lower())


def parse_row(row: Mapping[str, Any], origin: Origin) -> tuple[Entry | None, list[Problem]]:
    """Check one row and build its entry. Returns (None, problems) for a bad row."""
    problems: list[Problem] = []

    def bad(message: str) -> None:
        problems.append(Problem(origin.path, origin.line, message))

    values = {normalise_key(k): v for k, v in row.items() if k is not None}
    for column in REQUIRED:
        if not _text(values.get(column)):
            bad(f"the '{column}' column is empty. Every row needs a {column}.")
    if problems:
        return None, problems

    category = _choice(_text(values.get("category")))
    if category and category not in CATEGORIES:
        bad(
            f"category '{values['category']}' is not one we know. "
            f"Use one of: {', '.join(CATEGORIES)}."
        )
    status = _choice(_text(values["status"]))
    if status not in STATUSES:
        bad(f"status '{values['status']}' is not one we know. Use one of: {', '.join(STATUSES)}.")

    severity: Severity | None = None
    sev_text = _text(values.get("severity")).lower()
    sev_text = _SEVERITY_WORDS.get(sev_text, sev_text)
    if sev_text:
        try:
            severity = Severity(sev_text)
        except ValueError:
            bad(f"severity '{values['severity']}' should be error, warning or note.")

    dates: dict[str, date | None] = {}
    for column in ("decision_date", "review_date"):
        try:
            dates[column] = parse_date(values.get(column))
        except (ValueError, TypeError):
            bad(
                f"'{values.get(column)}' in the '{column}' column is not a date. "
                "Write it as 2026-03-12."
            )

    pos = _text(values.get("part_of_speech")).lower()
    if pos and pos not in PARTS_OF_SPEECH:
        bad(
            f"part of speech '{values['part_of_speech']}' is not one we know. "
            f"Use one of: {', '.join(PARTS_OF_SPEECH)}."
        )

    decision = Decision(
        by=_text(values.get("decision_by")),
        on=dates.get("decision_date"),
        how=_text(values.get("decision_how")),
        dissent=_text(values.get("dissent")),
    )
    if problems:
        return None, problems

    entry = Entry(
        term=_text(values["term"]),
        category=category,
        status=status,
        severity=severity or DEFAULT_SEVERITY[status],
        origin=origin,
        variants=split_list(values.get("variants")),
        plain_alternatives=split_list(values.get("plain_alternatives")),
        plain_explanation=_text(values.get("plain_explanation")),
        easy_read_explanation=_text(values.get("easy_read_explanation")),
        expansion=_text(values.get("expansion")),
        fine_when=_text(values.get("fine_when")),
        view_for=_text(values.get("view_for")),
        view_against=_text(values.get("view_against")),
        rationale=_text(values.get("rationale")),
        related=split_list(values.get("related")),
        source=_text(values.get("source")),
        licence=_text(values.get("licence")),
        decision=decision,
        review_date=dates.get("review_date"),
        part_of_speech="" if pos == "any" else pos,
        severity_given=severity is not None,
    )
    return entry, problems


def unknown_columns(names: list[str]) -> list[str]:
    """Column names that are neither ours nor ones we knowingly ignore."""
    known = set(COLUMNS) | set(OPTIONAL_COLUMNS) | set(LIST_COLUMNS) | IGNORED
    known |= {"decision", "sources"}
    return [n for n in names if n and normalise_key(n) not in known]
