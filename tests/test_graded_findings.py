"""The hand-graded set of findings on real meeting papers is well formed.

The set keeps only each document's public address, the rule code, the few
words a finding covers and a reader's verdict; scripts/measure_precision.py
uses it to measure precision. These tests keep it usable.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GRADED = DATA / "graded_findings.tsv"
#: Papers kept aside and checked only at the end, graded the same way.
HELD_OUT = DATA / "graded_findings_heldout.tsv"


def rows(path: Path = GRADED) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_held_out_papers_are_not_in_the_main_set() -> None:
    assert not {r["address"] for r in rows(HELD_OUT)} & {r["address"] for r in rows()}
    assert len({r["address"] for r in rows(HELD_OUT)}) >= 5


def test_enough_findings_from_enough_documents() -> None:
    data = rows()
    assert len(data) >= 200
    assert len({r["address"] for r in data}) >= 20


@pytest.mark.parametrize("path", [GRADED, HELD_OUT], ids=["main", "held-out"])
def test_every_row_has_a_verdict_and_a_reason(path: Path) -> None:
    for r in rows(path):
        assert r["verdict"] in {"useful", "debatable", "wrong"}, r
        assert r["why"].strip(), r
        assert r["address"].startswith(("http://", "https://")), r
        assert r["code"].startswith("AC") and len(r["code"]) == 5, r


@pytest.mark.parametrize("path", [GRADED, HELD_OUT], ids=["main", "held-out"])
def test_one_verdict_per_finding(path: Path) -> None:
    keys = [(r["file"], r["code"], r["words"]) for r in rows(path)]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("path", [GRADED, HELD_OUT], ids=["main", "held-out"])
def test_a_document_keeps_one_address(path: Path) -> None:
    address: dict[str, str] = {}
    for r in rows(path):
        assert address.setdefault(r["file"], r["address"]) == r["address"]


@pytest.mark.parametrize("path", [GRADED, HELD_OUT], ids=["main", "held-out"])
def test_no_more_than_a_few_words_of_any_document(path: Path) -> None:
    for r in rows(path):
        assert len(r["words"]) <= 60, r
