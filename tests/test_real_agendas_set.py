"""The hand-labelled set of real agendas (tests/data/real_agendas.tsv) and its scorer.

The set holds addresses and labels only, never the documents' text: these
tests check the labels are well formed and that the scorer counts as its
docstring says, on small texts written here.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

KINDS = {"agenda", "invitation", "minutes", "paper"}
MODES = {"", "in-person", "online", "hybrid"}


def _script() -> ModuleType:
    name = "accessicheck_measure_real_agendas"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, ROOT / "scripts" / "measure_real_agendas.py"
        )
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    return _script()


def test_the_set_is_big_and_varied_enough(measure: ModuleType) -> None:
    rows = measure.read_labels()
    assert len(rows) >= 40
    organisations = {r["organisation"].split(" (")[0] for r in rows}
    assert len(organisations) >= 20
    held_out = [r for r in rows if r["set"] == "held-out"]
    assert 8 <= len(held_out) <= 12
    assert {r["set"] for r in rows} == {"dev", "held-out"}


def test_every_label_is_well_formed(measure: ModuleType) -> None:
    ids = set()
    for r in measure.read_labels():
        assert re.fullmatch(r"r\d\d", r["id"]) and r["id"] not in ids
        ids.add(r["id"])
        assert r["address"].startswith(("http://", "https://"))
        assert r["kind"] in KINDS, r
        assert r["mode"] in MODES, r
        assert re.fullmatch(r"(?:\d{4}|-)-\d\d-\d\d|", r["date"]), r
        assert re.fullmatch(r"\d\d:\d\d|", r["start"]), r
        assert re.fullmatch(r"\d+|", r["items"]), r
        keys = [k for k in r["access"].split(",") if k]
        assert all(k in measure.ARRANGEMENTS for k in keys), r


def test_a_date_without_a_year_compares_day_and_month(measure: ModuleType) -> None:
    assert measure._same("date", "--11-16", "2027-11-16")
    assert not measure._same("date", "--11-16", "2027-11-17")
    assert measure._same("date", "2026-03-12", "2026-03-12")


def test_the_scorer_counts_rights_misses_and_spurious_values(
    measure: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(
        "Carers group meeting\n\nDate: Thursday 12 March 2026\n\nTime: 10am to 12pm\n\n"
        "Venue: Room 2, The Hub, Leeds LS2 7DZ\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Notes of the carers group\n\nWe talked about the new clinic.\n", encoding="utf-8"
    )
    rows = [
        {"id": "a", "kind": "invitation", "mode": "in-person", "date": "2026-03-12",
         "start": "10:00", "items": "", "access": ""},
        {"id": "b", "kind": "minutes", "mode": "", "date": "", "start": "09:00", "items": "",
         "access": "food"},
        {"id": "missing", "kind": "agenda", "mode": "", "date": "", "start": "", "items": "",
         "access": ""},
    ]  # fmt: skip
    result = measure.measure(rows, tmp_path)
    s = result["scores"]
    assert result["missing"] == 1
    assert (s["mode"].right, s["mode"].asked) == (1, 1)
    assert (s["date"].right, s["date"].asked) == (1, 1)
    assert (s["start"].right, s["start"].asked) == (1, 2)
    tp, fp, fn, _precision, recall = result["access"]
    assert (tp, fn) == (0, 1) and recall == 0.0
