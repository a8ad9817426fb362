"""The hand-graded set of findings on real meeting papers is well formed.

The set keeps only each document's public address, the rule code, the few
words a finding covers and a reader's verdict; scripts/measure_precision.py
uses it to measure precision. These tests keep it usable.
"""

from __future__ import annotations

import csv
from pathlib import Path

GRADED = Path(__file__).parent / "data" / "graded_findings.tsv"


def rows() -> list[dict[str, str]]:
    with GRADED.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_enough_findings_from_enough_documents() -> None:
    data = rows()
    assert len(data) >= 200
    assert len({r["address"] for r in data}) >= 20


def test_every_row_has_a_verdict_and_a_reason() -> None:
    for r in rows():
        assert r["verdict"] in {"useful", "debatable", "wrong"}, r
        assert r["why"].strip(), r
        assert r["address"].startswith(("http://", "https://")), r
        assert r["code"].startswith("AC") and len(r["code"]) == 5, r


def test_one_verdict_per_finding() -> None:
    keys = [(r["file"], r["code"], r["words"]) for r in rows()]
    assert len(keys) == len(set(keys))


def test_a_document_keeps_one_address() -> None:
    address: dict[str, str] = {}
    for r in rows():
        assert address.setdefault(r["file"], r["address"]) == r["address"]


def test_no_more_than_a_few_words_of_any_document() -> None:
    for r in rows():
        assert len(r["words"]) <= 60, r
