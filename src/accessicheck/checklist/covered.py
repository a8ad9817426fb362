"""Checklist answers that the rules of `accessicheck check` already give.

An item with codes in the `covered_by` column of data/checklist.csv, and
the screen-reader and dyslexia checks (`DOCUMENT_CHECK_CODES`), read those
rules' findings instead of working the answer out again, so the checklist
and `accessicheck check` never disagree. A note is advice, so only findings
at warning level or above count (`counts`).

The command line passes the findings of the pack it analysed
(`api.analyse_files` with `rules_for(codes(items))`). A caller without a
pack gets them from `run`, which analyses the loaded documents and runs
only those rules.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..core.config import DEFAULTS, Config, deep_merge
from ..core.model import Document, Finding, Severity
from ..engine import registry
from ..engine import run_rules as engine
from ..language import analysis
from .items import Item

#: The rules each need's document check reads: SR (screen reader) headings,
#: pictures' descriptions, PDF tags and real text; SpLD justified text.
DOCUMENT_CHECK_CODES: dict[str, tuple[str, ...]] = {
    "SR": ("AC401", "AC406", "AC420", "AC424", "AC903"),
    "SpLD": ("AC413",),
}


def counts(finding: Finding) -> bool:
    """A finding that says the item is not met: a warning or an error, not a note."""
    return finding.severity >= Severity.WARNING


def codes(items: Iterable[Item]) -> tuple[str, ...]:
    """Every rule code the checklist reads, in a stable order."""
    found = {c for item in items for c in item.covered_by}
    found |= {c for group in DOCUMENT_CHECK_CODES.values() for c in group}
    return tuple(sorted(found))


def rules_for(wanted: Sequence[str]) -> list[registry.Rule]:
    """The rules with these codes (whatever `select` and `ignore` say: the meeting needs them)."""
    everything = registry.all_rules()
    return [everything[c] for c in wanted if c in everything]


def as_config(config: Mapping[str, Any] | Any) -> Config:
    """A `Config` from a Config or plain settings (merged over the defaults)."""
    if isinstance(config, Config):
        return config
    data = getattr(config, "data", config)
    merged = deep_merge(copy.deepcopy(DEFAULTS), dict(data or {}))
    return Config(merged, ["defaults"], [])


def run(
    documents: Sequence[Document], config: Mapping[str, Any] | Any, wanted: Sequence[str]
) -> dict[str, list[Finding]]:
    """The findings of the `wanted` rules for each document, by path."""
    cfg = as_config(config)
    chosen = rules_for(wanted)
    out: dict[str, list[Finding]] = {}
    for document in documents:  # one at a time: the analysis is let go after each
        [adoc] = analysis.analyse_documents(
            [document],
            seconds=float(cfg["file_seconds"]),
            parse="parser" in registry.model_parts(chosen),
        )
        out[document.path] = engine.run_rules(adoc, chosen, cfg)
    return out
