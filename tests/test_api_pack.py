"""api.analyse: files read, analysed and checked once, one at a time, into a Pack."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest

from accessicheck import api
from accessicheck.core import config
from accessicheck.engine import registry
from accessicheck.language.analysis import AnalysedDocument

LONG = (
    "The implementation of the integrated care strategy necessitates comprehensive "
    "stakeholder engagement across the whole partnership, and the board was told that "
    "the proposals had been agreed by the committee at its last meeting in March.\n"
)


def _settings(**overrides: Any) -> config.Config:
    return config.load(rules=registry.all_rules(), isolated=True, overrides=overrides)


@pytest.fixture
def papers(tmp_path: Path) -> list[Path]:
    out = []
    for i in range(3):
        p = tmp_path / f"paper{i}.md"
        p.write_text(f"# Paper {i}\n\n{LONG}", encoding="utf-8")
        out.append(p)
    return out


def test_the_pack_report_is_the_check_report(papers: list[Path]) -> None:
    cfg = _settings()
    pack = api.analyse(papers, cfg)
    report = api.check_paths(papers, cfg)
    assert [r.path for r in pack.results] == [str(p) for p in papers]
    assert pack.report().findings == report.findings
    assert {f.code for f in report.findings} >= {"AC101", "AC103"}  # long, and passive


def test_each_analysis_is_let_go_before_the_next_file_is_read(papers: list[Path]) -> None:
    """Without waiting for Python's cycle collector: memory stays flat across papers."""
    seen: list[weakref.ref[AnalysedDocument]] = []
    alive_when_next_came: list[bool] = []

    def view(adoc: AnalysedDocument, findings: list[Any]) -> int:
        alive_when_next_came.extend(ref() is not None for ref in seen)
        seen.append(weakref.ref(adoc))
        return len(adoc.blocks)

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        pack = api.analyse_files(papers, _settings(), view=view)
    finally:
        if was_enabled:
            gc.enable()
    assert [f.view for f in pack.files] == [2, 2, 2]  # the view saw each analysed file
    assert alive_when_next_came and not any(alive_when_next_came)
    assert pack.analysed == [] and pack.documents == []


def test_what_a_command_asks_to_keep(papers: list[Path]) -> None:
    pack = api.analyse_files(papers, _settings(), rules=[], keep_documents=True, keep_analysed=True)
    assert [d.path for d in pack.documents] == [str(p) for p in papers]
    assert [a.path for a in pack.analysed] == [str(p) for p in papers]
    assert all(len(a.blocks) == 2 and a.blocks[1].sentences for a in pack.analysed)
    assert not any(r.findings for r in pack.results)  # no rules asked for, none run
