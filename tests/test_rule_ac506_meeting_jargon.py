"""AC506 meeting-jargon: "AOB", "matters arising", "for noting" with no explanation."""

from __future__ import annotations

import pytest

CODE = "AC506"


@pytest.mark.parametrize(
    ("item", "flagged"),
    [
        pytest.param("AOB", "AOB", id="aob"),
        pytest.param("A.O.B.", "A.O.B.", id="aob-dots"),
        pytest.param("Matters arising", "Matters arising", id="matters-arising"),
        pytest.param("Crisis care review (for noting)", "for noting", id="for-noting"),
        pytest.param("Declarations of interest", "Declarations of interest", id="declarations"),
        pytest.param("AOB (anything else people want to raise)", None, id="explained-in-brackets"),
        pytest.param("Anything else people want to raise", None, id="plain"),
    ],
)
def test_jargon(lint, item: str, flagged: str | None) -> None:
    found = lint(f"Agenda: - 10:00 Welcome - 10:15 {item} - 11:00 Close", select=CODE)
    assert [f.excerpt for f in found] == ([flagged] if flagged else [])


def test_a_glossary_entry_explains_it(lint) -> None:
    text = (
        "Agenda: - 10:00 Welcome - 10:15 AOB - 11:00 Close\n\n"
        "AOB: any other business, a time for anything else people want to raise."
    )
    assert lint(text, select=CODE) == []


def test_each_term_once(lint) -> None:
    text = "Agenda: - 10:00 AOB - 10:15 AOB again - 11:00 Close"
    assert len(lint(text, select=CODE)) == 1


def test_not_on_ordinary_papers(lint) -> None:
    assert lint("# Notes\n\nThere were no matters arising.", select=CODE) == []


AGENDA = "Agenda: - 10:00 Welcome - 10:15 Crisis care review (for noting) - 11:00 Close"


def test_one_finding_for_one_span_with_the_glossary_rule(lint) -> None:
    """On an agenda, 'for noting' is reported by AC506 only, not by AC203 as well."""
    codes = [f.code for f in lint(AGENDA, select=["AC203", CODE]) if f.excerpt == "for noting"]
    assert codes == [CODE]


def test_the_glossary_rule_reports_it_when_ac506_is_off(lint) -> None:
    codes = [f.code for f in lint(AGENDA, select=["AC203"]) if f.excerpt == "for noting"]
    assert codes == ["AC203"]
