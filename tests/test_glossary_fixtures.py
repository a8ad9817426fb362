"""Helpers shared by the glossary tests (this module has no tests of its own).

`glint(text, ...)` checks text with the glossary rules against chosen
glossary files. By default only tests/data/glossaries/base.csv is loaded
(not the shipped lists), so the tests do not change when the shipped word
lists grow.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from accessicheck.core import config
from accessicheck.core.model import Finding
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.glossary.model import COLUMNS
from accessicheck.language import analysis

from .conftest import make_document

GLOSSARIES = Path(__file__).resolve().parent / "data" / "glossaries"
BASE = GLOSSARIES / "base.csv"


def glossary_config(
    glossaries: Iterable[Path] = (BASE,),
    *,
    shipped: bool = False,
    select: Sequence[str] = ("AC2", "AC3"),
    profile: str = "plain",
    **settings: Any,
) -> config.Config:
    overrides: dict[str, Any] = {
        "glossaries": [str(p) for p in glossaries],
        "shipped_wordlists": shipped,
        "select": list(select),
        "profile": profile,
        **settings,
    }
    return config.load(overrides=overrides, rules=registry.all_rules(), isolated=True)


def glint(text: str, glossaries: Iterable[Path] = (BASE,), **kw: Any) -> list[Finding]:
    """Findings of the glossary rules (or `select`) for some text."""
    cfg = glossary_config(glossaries, **kw)
    rules = engine.active_rules(registry.all_rules(), cfg)
    doc = analysis.analyse_documents([make_document(text)])[0]
    return engine.run_rules(doc, rules, cfg, strict=True)


def spans(findings: Iterable[Finding], code: str | None = None) -> list[str]:
    """The text each finding covers (its excerpt), optionally for one rule."""
    return [f.excerpt for f in findings if code is None or f.code == code]


def write_glossary(path: Path, rows: Sequence[Mapping[str, str]]) -> Path:
    """Write a glossary CSV with the standard columns."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in COLUMNS})
    return path
