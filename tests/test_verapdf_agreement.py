"""The PDF rules agree with veraPDF's PDF/UA-1 test files, clause by clause.

See scripts/measure_verapdf.py. For every clause we claim: at least 90% of
its fail files are caught by its rule, and its rule flags none of its pass
files. Across all the PDF/UA-1 pass files, whatever clause they test, the
PDF rules flag nothing except two files that really are not marked as
tagged. Every fail file gets a PDF finding; the font-program clauses
(7.21.4.2, 7.21.5, 7.21.8: AC455-AC457) are claimed like the others.
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


@pytest.fixture(scope="module")
def measured() -> object:
    return MEASURE.measure(CORPUS)


def _row(measured: object, clause: str) -> object:
    return next(r for r in measured.rows if r.clause == clause)  # type: ignore[attr-defined]


@pytest.mark.parametrize("clause", sorted(MEASURE.CLAUSES))
def test_claimed_clause_catches_its_fail_files(measured: object, clause: str) -> None:
    row = _row(measured, clause)
    if row.fail_total == 0:  # type: ignore[attr-defined]
        pytest.skip(f"{clause} has no fail files")
    caught = len(row.fail_caught)  # type: ignore[attr-defined]
    assert caught >= 0.9 * row.fail_total, f"{clause} misses {row.fail_missed}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("clause", sorted(MEASURE.CLAUSES))
def test_claimed_clause_leaves_its_pass_files_alone(measured: object, clause: str) -> None:
    row = _row(measured, clause)
    assert row.pass_flagged == [], f"{clause}: {row.codes} flag pass files"  # type: ignore[attr-defined]


def test_every_claimed_clause_has_files(measured: object) -> None:
    for row in measured.rows:  # type: ignore[attr-defined]
        assert row.pass_total or row.fail_total, row.clause


def test_all_pass_files_are_left_alone_by_every_pdf_rule(measured: object) -> None:
    # These two have a structure tree but no /MarkInfo /Marked true: AC420 says so.
    assert measured.pass_file_findings == {  # type: ignore[attr-defined]
        "7.21.7-t01-pass-a.pdf": {"AC420"},
        "7.21.7-t01-pass-b.pdf": {"AC420"},
    }


def test_every_fail_file_gets_a_pdf_finding(measured: object) -> None:
    assert measured.fail_files_silent == []  # type: ignore[attr-defined]
    assert measured.fail_files == 155  # type: ignore[attr-defined]
    assert not set(MEASURE.UNCLAIMED) & set(MEASURE.CLAUSES)


@pytest.mark.parametrize(
    ("clause", "code"),
    [("7.21.4.2-t01", "AC455"), ("7.21.4.2-t02", "AC455"), ("7.21.5-t01", "AC456"),
     ("7.21.8-t01", "AC457")],
)  # fmt: skip
def test_font_program_clauses_are_claimed_by_their_rules(
    measured: object, clause: str, code: str
) -> None:
    row = _row(measured, clause)
    assert row.codes == (code,)  # type: ignore[attr-defined]
    assert row.fail_total >= 1 and not row.fail_missed  # type: ignore[attr-defined]
    assert not row.pass_flagged  # type: ignore[attr-defined]


def test_file_names_are_parsed() -> None:
    assert MEASURE.clause_of(Path("7-18.3-t01-pass-a.pdf")) == ("7.18.3-t01", "pass")
    assert MEASURE.clause_of(Path("7.21.4.1-t01-fail-a.pdf")) == ("7.21.4.1-t01", "fail")
    assert MEASURE.clause_of(Path("README.md")) is None
