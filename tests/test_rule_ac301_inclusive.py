"""AC301 contested terms and AC302 inclusive language."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Severity

from .test_glossary_fixtures import GLOSSARIES, glint, spans, write_glossary


def test_contested_gives_both_views() -> None:
    (f,) = glint("We asked service users what they thought.", select=["AC301"])
    assert f.severity is Severity.INFO
    assert "positive political identity" in f.message  # view for
    assert "cold and impersonal" in f.message  # view against
    assert "people who use services" in f.message
    assert "your glossary (base.csv, line 8)" in f.message
    assert all(s.replacement is None for s in f.suggestions)  # the group decides


def test_contested_once_per_paper() -> None:
    text = "Service users spoke.\n\nMore service users came."
    assert spans(glint(text, select=["AC301"])) == ["Service users"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("She is wheelchair-bound.", ["wheelchair-bound"], id="hyphen"),
        pytest.param(
            "She is confined to a wheelchair.", ["confined to a wheelchair"], id="variant"
        ),
        pytest.param("He suffers from anxiety.", ["suffers from"], id="verb-form"),
        pytest.param("We want to hear from hard to reach groups.", ["hard to reach"], id="phrase"),
        pytest.param("The disabled are welcome.", ["The disabled"], id="group-noun"),
        pytest.param("She is a wheelchair user.", [], id="preferred"),
        pytest.param("He feels depressed today.", [], id="clinical-word"),
        pytest.param("Disabled people are welcome.", [], id="social-model"),
        pytest.param("The disabled toilet is upstairs.", [], id="adjective"),
        pytest.param("We will stop saying 'wheelchair-bound'.", [], id="mention"),
    ],
)
def test_inclusive_language(text: str, expected: list[str]) -> None:
    assert spans(glint(text, select=["AC302"])) == expected


def test_slurs_are_errors() -> None:
    (f,) = glint("He was called retarded at school.", select=["AC302"])
    assert f.severity is Severity.ERROR


def test_avoid_is_a_warning_with_alternatives() -> None:
    (f,) = glint("She is wheelchair-bound.", select=["AC302"])
    assert f.severity is Severity.WARNING
    assert [s.replacement for s in f.suggestions] == ["wheelchair user", "uses a wheelchair"]
    assert not any(s.safe for s in f.suggestions)


def test_group_decision_overrides_the_list(tmp_path: Path) -> None:
    text = "We asked service users. She is wheelchair-bound."
    assert {f.code for f in glint(text)} == {"AC301", "AC302"}
    ours = write_glossary(
        tmp_path / "ours.csv",
        [
            {"term": "service users", "category": "inclusive-language", "status": "preferred"},
            {
                "term": "wheelchair bound",
                "category": "inclusive-language",
                "status": "allowed",
                "rationale": "A member uses it about herself.",
            },
        ],
    )
    assert glint(text, [GLOSSARIES / "base.csv", ours]) == []


def test_group_can_make_a_contested_term_a_warning(tmp_path: Path) -> None:
    ours = write_glossary(
        tmp_path / "ours.csv",
        [
            {
                "term": "challenging behaviour",
                "category": "inclusive-language",
                "status": "avoid",
                "plain_alternatives": "behaviour that challenges",
            },
        ],
    )
    (f,) = glint("The home supports challenging behaviour.", [GLOSSARIES / "base.csv", ours])
    assert (f.code, f.severity) == ("AC302", Severity.WARNING)
    assert "ours.csv, line 2" in f.message
