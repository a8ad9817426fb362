"""Shared test helpers.

`lint(text, select=..., profile=..., options=...)` checks a piece of text with
chosen rules and returns the findings; the language model loads once per test
session. Text is split into blocks on blank lines; a line starting "# " is a
heading, "- " a list item.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from accessicheck.core import config
from accessicheck.core.model import Block, BlockKind, Document, Finding, Location
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.language import analysis

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def make_document(text: str, path: str = "test.txt") -> Document:
    blocks: list[Block] = []
    heading = None
    for chunk in text.split("\n\n"):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        n = len(blocks) + 1
        if chunk.startswith("# "):
            heading = chunk[2:].strip()
            blocks.append(Block(BlockKind.HEADING, heading, Location(path, paragraph=n), level=1))
        elif chunk.startswith("- "):
            blocks.append(
                Block(
                    BlockKind.LIST_ITEM, chunk[2:], Location(path, paragraph=n, heading=heading), 1
                )
            )
        else:
            blocks.append(
                Block(BlockKind.PARAGRAPH, chunk, Location(path, paragraph=n, heading=heading))
            )
    return Document(path=path, format="text", blocks=blocks)


def make_config(
    select: list[str] | None = None,
    profile: str = "plain",
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> config.Config:
    overrides: dict[str, Any] = {"profile": profile, "select": select or []}
    if options:
        overrides["rules"] = {k: dict(v) for k, v in options.items()}
    return config.load(overrides=overrides, rules=registry.all_rules(), isolated=True)


@pytest.fixture(scope="session")
def analyse() -> Callable[[str], analysis.AnalysedDocument]:
    """Analyse a piece of text (the model loads once per session)."""

    def run(text: str) -> analysis.AnalysedDocument:
        return analysis.analyse_documents([make_document(text)])[0]

    return run


@pytest.fixture(scope="session")
def lint(analyse: Callable[[str], analysis.AnalysedDocument]) -> Callable[..., list[Finding]]:
    """Check text with some rules; returns the findings."""

    def run(
        text: str,
        select: list[str] | str | None = None,
        profile: str = "plain",
        options: Mapping[str, Mapping[str, Any]] | None = None,
    ) -> list[Finding]:
        sel = [select] if isinstance(select, str) else select
        cfg = make_config(sel, profile, options)
        rules = engine.active_rules(registry.all_rules(), cfg)
        return engine.run_rules(analyse(text), rules, cfg, strict=True)

    return run


@pytest.fixture(scope="session")
def flagged_spans(
    lint: Callable[..., list[Finding]], analyse: Callable[[str], analysis.AnalysedDocument]
) -> Callable[..., list[str]]:
    """flagged_spans(code, text, **lint_options): the text of each span the rule flags."""

    def run(code: str, text: str, **kwargs: Any) -> list[str]:
        blocks = analyse(text).blocks
        return [
            blocks[f.location.paragraph - 1].text[f.location.start : f.location.end]
            for f in lint(text, select=code, **kwargs)
            if f.code == code
        ]

    return run


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The result cache goes to a folder of the test run, never the user's own."""
    import os

    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if old is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = old


class TickingClock:
    """A stand-in for the `time` module whose clock moves on one second every
    time it is read, so time budgets can be tested without timing anything."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


@pytest.fixture
def ticking_clock() -> TickingClock:
    """A fresh `TickingClock` (monkeypatch it in as a module's `time`)."""
    return TickingClock()
