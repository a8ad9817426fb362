"""The PDF rules agree with veraPDF's PDF/UA-1 test files (see scripts/measure_verapdf.py).

For every rule mapped to a veraPDF rule: no pass file is flagged (no false
failures), and the fail files we claim to catch are caught. Across all the
PDF/UA-1 pass files, whatever rule they test, our PDF rules flag nothing
except two files that really are not marked as tagged.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "veraPDF-corpus" / "PDF_UA-1"

if not CORPUS.is_dir():
    pytest.skip("the veraPDF corpus is not available", allow_module_level=True)

pytestmark = pytest.mark.corpus


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_verapdf", ROOT / "scripts" / "measure_verapdf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


MEASURE = _script()

#: Fail files each rule catches: all of the claimed rules' fail files.
CATCHES = {
    "AC420": 1,  # 7.1-t11
    "AC421": 17,  # 7.2-t34 (1) and 7.2-t29 (16)
    "AC422": 1,  # 7.1-t09
    "AC423": 2,  # 7.1-t10
    "AC424": 4,  # 7.3-t01 (2) and 7.7-t01 (2)
    "AC425": 2,  # 7.4.2-t01
    "AC426": 0,  # no claim: checked for false failures only
    "AC427": 1,  # 7.21.4.1-t01
    "AC428": 1,  # 7.21.7-t01
    "AC429": 1,  # 7.16-t01
}


@pytest.fixture(scope="module")
def rows() -> dict[str, object]:
    return {row.code: row for row in MEASURE.measure(CORPUS)}


@pytest.mark.parametrize("code", sorted(MEASURE.MAPPING))
def test_no_false_failures(rows: dict[str, object], code: str) -> None:
    row = rows[code]
    assert row.pass_flagged == [], f"{code} flags veraPDF pass files"  # type: ignore[attr-defined]


@pytest.mark.parametrize("code", sorted(MEASURE.MAPPING))
def test_claimed_fail_files_are_caught(rows: dict[str, object], code: str) -> None:
    row = rows[code]
    assert row.fail_missed == [], f"{code} misses {row.fail_missed}"  # type: ignore[attr-defined]
    assert len(row.fail_caught) == CATCHES[code]  # type: ignore[attr-defined]


def test_every_mapped_rule_has_pass_files_or_a_claim(rows: dict[str, object]) -> None:
    for code, row in rows.items():
        assert row.pass_total or row.fail_total, code  # type: ignore[attr-defined]


def test_all_pass_files_are_left_alone_by_every_pdf_rule() -> None:
    codes = set(MEASURE.MAPPING) | {"AC430"}
    flagged = {
        (path.name, code)
        for path, _, result in MEASURE.corpus_files(CORPUS)
        if result == "pass"
        for code in MEASURE.flagged_codes(path, codes)
    }
    # These two have a structure tree but no /MarkInfo /Marked true: AC420 says so.
    assert flagged == {("7.21.7-t01-pass-a.pdf", "AC420"), ("7.21.7-t01-pass-b.pdf", "AC420")}


def test_file_names_are_parsed() -> None:
    assert MEASURE.clause_of(Path("7-18.3-t01-pass-a.pdf")) == ("7.18.3-t01", "pass")
    assert MEASURE.clause_of(Path("7.21.4.1-t01-fail-a.pdf")) == ("7.21.4.1-t01", "fail")
    assert MEASURE.clause_of(Path("README.md")) is None
