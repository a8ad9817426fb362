"""AC201 plain words, AC202 jargon, AC203 explain a term, AC200 glossary problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.core.model import Severity

from .test_glossary_fixtures import GLOSSARIES, glint, spans, write_glossary


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param("We will commence soon.", "AC201", ["commence"], id="plain-english"),
        pytest.param("Do not utilise the lift.", "AC201", ["utilise"], id="british-spelling"),
        pytest.param("Ask your clinician.", "AC202", ["clinician"], id="health-jargon"),
        pytest.param(
            "Your care package is ready.", "AC202", ["care package"], id="social-care-jargon"
        ),
        pytest.param("We will start soon.", "AC201", [], id="plain-start"),
        pytest.param("Ask your doctor.", "AC202", [], id="plain-doctor"),
        pytest.param(
            "Commence. Commence again.", "AC201", ["Commence", "Commence"], id="every-use"
        ),
    ],
)
def test_avoid_terms(text: str, code: str, expected: list[str]) -> None:
    assert spans(glint(text, select=[code])) == expected


def test_severity_comes_from_the_entry() -> None:
    (f,) = glint("Here is the agenda.", select=["AC201"])
    assert f.severity is Severity.INFO  # base.csv gives 'agenda' info


def test_user_severity_setting_wins() -> None:
    (f,) = glint("We will commence soon.", select=["AC201"], rules={"AC201": {"severity": "error"}})
    assert f.severity is Severity.ERROR


def test_entry_without_alternatives(tmp_path: Path) -> None:
    g = write_glossary(
        tmp_path / "g.csv",
        [
            {"term": "going forward", "category": "bureaucratic", "status": "avoid"},
        ],
    )
    (f,) = glint("Going forward, we will meet monthly.", [g], select=["AC201"])
    assert "says to avoid it" in f.message
    assert f.suggestions == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Safeguarding is everyone's business.", ["Safeguarding"], id="unexplained"),
        pytest.param(
            "Safeguarding matters. Safeguarding is hard.", ["Safeguarding"], id="first-use-only"
        ),
        pytest.param("Safeguarding means keeping people safe.", [], id="means"),
        pytest.param("Safeguarding (keeping people safe) matters.", [], id="brackets"),
        pytest.param("Safeguarding: keeping people safe.", [], id="colon"),
        pytest.param("Keeping people safe is called safeguarding.", [], id="called"),
        pytest.param("This is about co-production.", ["co-production"], id="hyphenated"),
    ],
)
def test_explain_term(text: str, expected: list[str]) -> None:
    assert spans(glint(text, select=["AC203"])) == expected


def test_explain_term_quotes_the_explanation() -> None:
    (f,) = glint("Safeguarding matters.", select=["AC203"])
    assert "Safeguarding means keeping people safe from harm and abuse." in f.message
    assert "your glossary (base.csv, line 15)" in f.message


def test_acronyms_to_explain_are_left_to_the_acronym_rules() -> None:
    assert glint("The ICB met.", select=["AC203"]) == []


def test_glossary_problems_are_reported_once_per_paper() -> None:
    found = glint("Hello.", [GLOSSARIES / "bad.csv"], select=["AC200"])
    assert len(found) == 4
    assert {f.severity for f in found} == {Severity.ERROR}
    assert all("left out" in f.message for f in found)
    assert glint("Hello.", select=["AC200"]) == []
