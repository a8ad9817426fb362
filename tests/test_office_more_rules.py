"""Microsoft Accessibility Checker rules we added (AC417-AC419, AC445, AC460-AC463), on real files.

The files are made by tests/data/office_cases/make_cases.py (python-docx and
python-pptx, with raw XML where the libraries have no call for it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Severity

from .test_doc_rules import check

CASES = Path(__file__).resolve().parent / "data" / "office_cases"
STRUCTURE = Path(__file__).resolve().parent / "data" / "structure"
NEW = ("AC417", "AC418", "AC419", "AC445", "AC460", "AC461", "AC462", "AC463")


@pytest.mark.parametrize(
    ("name", "code", "says"),
    [
        pytest.param("blanks.docx", "AC417", "Several tabs in a row", id="tabs"),
        pytest.param("blanks.docx", "AC417", "Several spaces in a row", id="spaces"),
        pytest.param("controls.docx", "AC418", "A text form field has no title", id="control"),
        pytest.param("tables.docx", "AC419", "Table 1 has no table style", id="layout-table"),
        pytest.param("tables.docx", "AC460", "1 empty row and 1 empty column", id="blank-cells"),
        pytest.param("blank-table.pptx", "AC460", "Table 1 on slide 1 has 1 empty row", id="pptx"),
        pytest.param("watermark.docx", "AC461", "text watermark", id="watermark"),
        pytest.param("video-only.pptx", "AC462", "has no captions", id="captions"),
        pytest.param("sections.pptx", "AC445", '"Default Section"', id="default-section"),
        pytest.param("sections.pptx", "AC445", '"Budget", "budget"', id="same-section"),
        pytest.param("long-heading.docx", "AC463", "This heading has 26 words", id="long-heading"),
    ],
)
def test_flags_this(name: str, code: str, says: str) -> None:
    messages = [f.message for f in check(CASES / name, code)]
    assert any(says in m for m in messages), messages


def test_one_finding_a_paragraph_and_none_for_two_spaces_after_a_full_stop() -> None:
    findings = check(CASES / "blanks.docx", "AC417")
    assert [f.excerpt for f in findings] == ["Chair:\t\t\tAmina Khan", "Date:      12 March 2026"]


def test_a_titled_control_and_a_styled_table_with_a_header_are_left_alone() -> None:
    assert len(check(CASES / "controls.docx", "AC418")) == 1  # of two controls
    assert [f.message.split(" has")[0] for f in check(CASES / "tables.docx", "AC419")] == [
        "Table 1"
    ]


def test_a_duplicate_section_name_is_a_note() -> None:
    severities = {f.message[:3]: f.severity for f in check(CASES / "sections.pptx", "AC445")}
    assert severities == {"1 s": Severity.WARNING, "Two": Severity.INFO}


def test_only_the_long_heading_is_flagged() -> None:
    findings = check(CASES / "long-heading.docx", "AC463")
    assert [f.excerpt[:22] for f in findings] == ["How to claim back the "]


def test_a_word_online_video_gets_a_note_to_check_its_captions() -> None:
    # Word cannot hold captions for a video that plays from the web: a note, not a warning.
    findings = check(CASES / "online-video.docx", "AC462")
    assert [f.severity for f in findings] == [Severity.INFO]
    assert 'Check that the online video "Video 1" has captions' in findings[0].message
    # Its poster has alt text, so AC406 is satisfied and calls it a video.
    assert check(CASES / "online-video.docx", "AC406") == []


def test_a_word_picture_is_not_a_video() -> None:
    assert check(CASES / "unnamed-picture.docx", "AC462") == []


def test_a_video_with_a_caption_track_is_left_alone() -> None:
    assert check(CASES / "captioned-video.pptx", "AC462") == []


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(STRUCTURE / "good.docx", id="good-docx"),
        pytest.param(STRUCTURE / "good.pptx", id="good-pptx"),
        pytest.param(STRUCTURE / "lo-roundtrip.pptx", id="libreoffice-pptx"),
        pytest.param(CASES / "address-block.docx", id="letter"),
    ],
)
def test_leaves_this_alone(path: Path) -> None:
    assert check(path, NEW) == []
