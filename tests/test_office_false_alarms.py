"""False alarms and broken messages in the Word, PowerPoint and PDF rules, on real files.

The files are made by tests/data/office_cases/make_cases.py (python-docx,
python-pptx, and pypdf on a LibreOffice export); each holds one case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.structure import Structure, of
from accessicheck.language.analysis import AnalysedDocument
from accessicheck.loaders import load
from accessicheck.loaders.pptx import _no_text
from accessicheck.rules.document.properties import is_file_name

from .test_doc_rules import check

CASES = Path(__file__).resolve().parent / "data" / "office_cases"


def of_file(name: str) -> Structure:
    facts = of(AnalysedDocument(load(CASES / name), [], []))
    assert facts is not None
    return facts


def messages(name: str, code: str) -> list[str]:
    return [f.message for f in check(CASES / name, code)]


# --- PowerPoint --------------------------------------------------------------------------------


def test_a_title_placeholder_with_no_index_is_the_slide_title() -> None:
    assert messages("title-no-index.pptx", "AC440") == []
    facts = of_file("title-no-index.pptx")
    assert facts.slides[0].title == "What we agreed"
    title = next(s for s in facts.slides[0].shapes if s.placeholder == "title")
    assert title.top is not None  # its position comes from the layout's title, matched by type


def test_powerpoints_own_layouts_are_not_reading_order_problems() -> None:
    findings = check(CASES / "own-layouts.pptx", "AC443")
    # Slides 1 (Section Header) and 2 (Picture with Caption) are left alone; slide 3,
    # two text boxes added bottom first, is still flagged.
    assert [f.location.page for f in findings] == [3]


def test_two_shapes_with_the_same_name_are_told_apart() -> None:
    (message,) = messages("same-names.pptx", "AC443")
    assert "object 2 in the reading order" in message
    assert "object 3 in the reading order" in message
    assert '"Text" is read before "Text"' not in message


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        pytest.param("chart-only.pptx", "charts", id="chart"),
        pytest.param("video-only.pptx", "videos", id="video"),
    ],
)
def test_a_deck_of_charts_or_videos_is_not_said_to_have_text_in_images(
    name: str, kind: str
) -> None:
    (message,) = messages(name, "AC903")
    assert "images" not in message
    assert f"only {kind}" in message


@pytest.mark.parametrize(
    ("kinds", "says"),
    [
        pytest.param({"diagram"}, "only SmartArt diagrams", id="smartart"),
        pytest.param({"chart", "video"}, "only charts and videos", id="chart-and-video"),
        pytest.param({"picture", "chart"}, "The text may be in images", id="with-a-picture"),
        pytest.param(set(), "has no text in it", id="nothing"),
    ],
)
def test_what_no_text_on_the_slides_says(kinds: set[str], says: str) -> None:
    assert says in _no_text(kinds).message


# --- Word --------------------------------------------------------------------------------------


def test_the_last_line_of_a_bold_address_is_not_a_fake_heading() -> None:
    findings = check(CASES / "address-block.docx", "AC403")
    # Only the lone bold line ("Travel costs") before ordinary text is flagged.
    assert [f.excerpt for f in findings] == ["Travel costs"]


def test_a_title_that_is_the_file_name_is_flagged() -> None:
    (message,) = messages("board-paper_v2.docx", "AC404")
    assert '"board-paper_v2"' in message
    assert messages("carers-plan.docx", "AC404") == []


@pytest.mark.parametrize(
    ("title", "path"),
    [
        pytest.param("board-paper_v2", "papers/board-paper_v2.docx", id="same"),
        pytest.param("BOARD PAPER_V2", "board-paper_v2.docx", id="case-and-separators"),
        pytest.param("minutes.docx", "minutes.docx", id="with-extension"),
        pytest.param("Minutes_March", "minutes_march.pptx", id="underscore"),
    ],
)
def test_file_name_titles(title: str, path: str) -> None:
    assert is_file_name(title, path)


@pytest.mark.parametrize(
    ("title", "path"),
    [
        pytest.param("Carers plan", "carers-plan.docx", id="words-named-after"),
        pytest.param("Budget 2025", "paper7.docx", id="other-name"),
    ],
)
def test_titles_that_are_not_file_names(title: str, path: str) -> None:
    assert not is_file_name(title, path)


def test_a_picture_with_no_name_reads_properly() -> None:
    (message,) = messages("unnamed-picture.docx", "AC406")
    assert message.startswith("A picture has no alt text.")
    assert "The a " not in message


# --- PDF ---------------------------------------------------------------------------------------


def test_an_empty_pdf_language_is_not_called_valid() -> None:
    (message,) = messages("empty-language.pdf", "AC421")
    assert "empty" in message
    assert "is a valid code" not in message
