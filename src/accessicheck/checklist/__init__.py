"""The meeting access checklist: the research's 51 items, answered from an agenda and its papers.

    from accessicheck.checklist import build_checklist, read_needs
    checklist = build_checklist(agenda_doc, paper_docs, read_needs(path), config)
    for result in checklist.results: ...

Modules: `items` (the items, from data/checklist.csv), `needs` (the
attendee needs file), `pack` (searching the agenda and papers), `calc`
(items worked out from times, dates and files), `docchecks` (checks on the
papers for particular needs), `build` (puts it together) and `model` (the
result, as data for the reporters).
"""

from __future__ import annotations

from .build import ChecklistError, build_checklist
from .model import Checklist, DocumentCheck, Need, Result
from .needs import NeedsError, parse_needs, read_needs

__all__ = [
    "Checklist",
    "ChecklistError",
    "DocumentCheck",
    "Need",
    "NeedsError",
    "Result",
    "build_checklist",
    "parse_needs",
    "read_needs",
]
