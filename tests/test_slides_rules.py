"""The slide rules (AC440-AC444) and the shared rules on PowerPoint files."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Severity
from accessicheck.core.structure import Shape, Slide
from accessicheck.rules.document.slides import _out_of_order

from .test_doc_rules import check, codes

STRUCTURE = Path(__file__).resolve().parent / "data" / "structure"
GOOD = STRUCTURE / "good.pptx"
PROBLEMS = STRUCTURE / "problems.pptx"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def pages(code: str, path: Path = PROBLEMS) -> list[int | None]:
    return [f.location.page for f in check(path, code)]


def test_a_well_made_presentation_is_left_alone() -> None:
    assert check(GOOD) == []


def test_missing_and_empty_titles() -> None:
    findings = check(PROBLEMS, "AC440")
    assert [f.location.page for f in findings] == [1, 2, 6]
    assert "no title box" in findings[0].message
    assert "title is empty" in findings[1].message


def test_duplicate_title() -> None:
    (finding,) = check(PROBLEMS, "AC441")
    assert finding.location.page == 4
    assert finding.severity is Severity.INFO
    assert "same title as slide 3" in finding.message


def test_small_text() -> None:
    (finding,) = check(PROBLEMS, "AC442")
    assert (finding.location.page, finding.excerpt) == (4, "Figures are in the appendix")
    assert "12pt" in finding.message
    assert check(PROBLEMS, "AC442", options={"AC442": {"min_size": 12.0}}) == []


def test_reading_order() -> None:
    (finding,) = check(PROBLEMS, "AC443")
    assert finding.location.page == 7
    assert '"TextBox 2" is read before "TextBox 3"' in finding.message


def test_picture_only_slide() -> None:
    assert pages("AC444") == [6]


def test_shared_rules_on_slides() -> None:
    found = check(PROBLEMS)
    by_code = {f.code: f for f in found}
    assert "file name" in by_code["AC406"].message and by_code["AC406"].location.page == 5
    assert by_code["AC414"].excerpt == "Pale grey words"
    assert by_code["AC415"].excerpt == "click here"
    assert by_code["AC416"].excerpt == "• Typed bullet one"
    assert by_code["AC408"].location.page == 8 and by_code["AC409"].location.page == 8
    assert {"AC412", "AC413"} <= set(by_code)
    assert "AC404" in by_code  # the title is PowerPoint's default, "PowerPoint Presentation"


def test_word_only_rules_leave_slides_alone() -> None:
    assert codes(check(PROBLEMS, ("AC401", "AC402", "AC403", "AC407", "AC410", "AC411"))) == []


def test_libreoffice_round_trip_loses_the_header_row_flag() -> None:
    # LibreOffice 7.4 writes <a:tblPr/> without firstRow: the table's header row is lost.
    findings = check(STRUCTURE / "lo-roundtrip.pptx")
    assert codes(findings) == ["AC408"]
    assert findings[0].location.page == 4


def _shape(
    name: str, left: int, top: int, width: int = 100, height: int = 20, ph: str | None = None
) -> Shape:
    return Shape(name, "text", left, top, width, height, True, ph)


@pytest.mark.parametrize(
    ("shapes", "wrong"),
    [
        ([_shape("T", 0, 0, ph="title"), _shape("A", 0, 50), _shape("B", 0, 100)], None),
        ([_shape("T", 0, 0, ph="title"), _shape("B", 0, 100), _shape("A", 0, 50)], ("B", "A")),
        # Two columns read left then right: fine.
        ([_shape("L", 0, 50, 40, 100), _shape("R", 60, 50, 40, 100)], None),
        ([_shape("R", 60, 50, 40, 100), _shape("L", 0, 50, 40, 100)], ("R", "L")),
        # The title read last, although it is at the top.
        ([_shape("A", 0, 50), _shape("T", 0, 0, ph="title")], ("A", "T")),
        # Side by side but at different heights, not overlapping: no clear order.
        ([_shape("R", 60, 0, 40, 20), _shape("L", 0, 200, 40, 20)], None),
    ],
)
def test_reading_order_heuristic(shapes: list[Shape], wrong: tuple[str, str] | None) -> None:
    found = _out_of_order(Slide(1, "T", tuple(shapes)))
    assert (None if found is None else (found[0].name, found[1].name)) == wrong


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "code", "expected"),
    [
        ("python-pptx/tests/test_files/no-core-props.pptx", "AC404", True),
        # 28 slides, 69 pictures: many without alt text, in a real talk.
        (
            "poi/test-data/slideshow/ca.ubc.cs.people_~emhill_presentations_HowWeRefactor.pptx",
            "AC406",
            True,
        ),
        (
            "tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-microsoft-module"
            "/src/test/resources/test-documents/testPPT_2imgs.pptx",
            "AC440",
            False,
        ),
    ],
)
def test_corpus_presentations(relative: str, code: str, expected: bool) -> None:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"{relative} is not in this copy of the corpus")
    assert (code in codes(check(path, code))) is expected
