"""Agenda extraction, measured against hand-written expectations (scripts/measure_agendas.py).

The thresholds are requirements set before the extractor was tuned: a core
field must be right at least 9 times in 10 when it is given (precision) and
found at least 8 times in 10 when it is there (recall). Owners and purposes
are harder to read from free text and have lower bars.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

CORE = (
    "title", "date", "start", "finish", "postcode", "platform", "link", "dial_in", "mode",
    "items", "item.time", "breaks",
)  # fmt: skip
SOFTER = ("item.owner", "item.purpose")


def _script(name: str, path: Path) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    return _script("accessicheck_measure_agendas", ROOT / "scripts" / "measure_agendas.py")


@pytest.fixture(scope="module")
def counts(measure: ModuleType) -> dict:  # type: ignore[type-arg]
    return measure.measure(measure.agenda_files("all"))


@pytest.mark.parametrize("field", CORE)
def test_core_fields(counts: dict, field: str) -> None:  # type: ignore[type-arg]
    c = counts[field]
    assert c.precision >= 0.9, (field, c.wrong)
    assert c.recall >= 0.8, (field, c.wrong)


@pytest.mark.parametrize("field", SOFTER)
def test_owner_and_purpose(counts: dict, field: str) -> None:  # type: ignore[type-arg]
    c = counts[field]
    assert c.precision >= 0.85, (field, c.wrong)
    assert c.recall >= 0.75, (field, c.wrong)


def test_held_out_set_is_measured_on_its_own(measure: ModuleType) -> None:
    held_out = measure.agenda_files("held-out")
    assert len(held_out) >= 5
    counts = measure.measure(held_out)
    assert counts["items"].recall >= 0.8


def test_scoring_counts_wrong_values_both_ways(measure: ModuleType) -> None:
    c = measure.Count()
    measure.score(c, "start", "10:00", "10:30", "x")
    measure.score(c, "start", "10:00", None, "x")
    measure.score(c, "start", None, "10:00", "x")
    measure.score(c, "start", "10:00", "10:00", "x")
    assert (c.tp, c.fp, c.fn) == (1, 2, 2)
    assert measure.same_title("Welcome and introductions", "welcome and introductions (Chair)")


def test_expectations_are_well_formed() -> None:
    keys = {
        "title",
        "date",
        "start",
        "finish",
        "sent",
        "postcode",
        "platform",
        "link",
        "dial_in",
        "mode",
        "items",
        "breaks",
    }
    for path in sorted((ROOT / "tests" / "data" / "agendas").glob("*.expected.json")):
        data = json.loads(path.read_text("utf-8"))
        assert set(data) == keys, path.name
        assert data["mode"] in {"in-person", "online", "hybrid"}, path.name
        for item in data["items"]:
            assert set(item) == {"time", "title", "owner", "purpose"}, path.name
            assert item["purpose"] in {None, "decision", "discussion", "information"}


def test_word_agendas_match_their_make_script(tmp_path: Path) -> None:
    make = _script(
        "accessicheck_make_agendas", ROOT / "tests" / "data" / "agendas" / "make_agendas.py"
    )
    for name, build in make.DOCX.items():
        make.save_docx(build(), tmp_path / name)
        committed = ROOT / "tests" / "data" / "agendas" / name
        assert (tmp_path / name).read_bytes() == committed.read_bytes(), name
