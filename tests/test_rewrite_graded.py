"""The graded rewrites (tests/data/rewrite_graded.tsv) guard the rewriter.

Every sentence in the table was written by the team; every rewrite the tool
made was graded by hand as a plain-English editor would (good, acceptable or
bad, with a reason). These tests keep the grades honest: a rewrite that
changes must be graded again (`python scripts/measure_rewrites.py --update`,
then grade the new rows), and the graded figures must meet the targets.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def measure() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import measure_rewrites
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return measure_rewrites


@pytest.fixture(scope="module")
def rows(measure: Any) -> list[dict[str, str]]:
    return measure.read_graded()


def test_the_table_is_big_enough_and_every_rewrite_is_graded(
    measure: Any, rows: list[dict[str, str]]
) -> None:
    assert len(rows) >= 300
    assert len({r["sentence"] for r in rows}) == len(rows), "a sentence is listed twice"
    for r in rows:
        assert r["flagged"] in {"yes", "no"}, r["sentence"]
        if r["rewrite"]:
            assert r["flagged"] == "yes"
            assert r["grade"] in measure.GRADES and r["reason"], r["sentence"]
        else:
            assert not r["grade"], r["sentence"]


def test_rewrites_have_not_changed_since_they_were_graded(
    measure: Any, rows: list[dict[str, str]]
) -> None:
    changed = measure.compare(rows, measure.rewrite_each(rows))
    assert not changed, (
        "These rewrites changed since they were graded. Run "
        "'python scripts/measure_rewrites.py --update' and grade them again:\n" + "\n".join(changed)
    )


def test_graded_figures_meet_the_targets(measure: Any, rows: list[dict[str, str]]) -> None:
    figures = measure.graded_figures("graded", rows)
    assert figures.ungraded == 0
    assert figures.share_accepted >= 0.90
    assert figures.share_rewritten >= 0.45
