"""Each transformation: sentences it rewrites, and sentences it leaves alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accessicheck.rewrite import SentenceRewrite, rewrite_document
from tests.conftest import make_config


@pytest.fixture(scope="module")
def rewrite(analyse: Callable) -> Callable[[str], list[SentenceRewrite]]:
    cfg = make_config()

    def run(text: str) -> list[SentenceRewrite]:
        return rewrite_document(analyse(text), cfg)

    return run


def _only(items: list[SentenceRewrite]) -> SentenceRewrite:
    assert len(items) == 1, [i.original for i in items]
    return items[0]


REWRITES = [
    pytest.param(
        "The panel utilised the new form.", "The panel used the new form.", id="plain-word-past"
    ),
    pytest.param(
        "The chair utilises the new form.",
        "The chair uses the new form.",
        id="plain-word-agreement",
    ),
    pytest.param(
        "We will commence the survey in June.",
        "We will start the survey in June.",
        id="plain-word-base",
    ),
    pytest.param(
        "The ICB will decide in May.",
        "The Integrated Care Board (ICB) will decide in May.",
        id="acronym",
    ),
    pytest.param(
        "The report was written by the panel.", "The panel wrote the report.", id="passive"
    ),
    pytest.param(
        "The group will make a decision in May.",
        "The group will decide in May.",
        id="nominalisation",
    ),
    pytest.param(
        "The end result was a shorter meeting.", "The result was a shorter meeting.", id="redundant"
    ),
    pytest.param(
        "Needless to say, we will write to you.", "We will write to you.", id="redundant-opening"
    ),
    pytest.param("At this moment in time we are busy.", "Now we are busy.", id="glossary-phrase"),
    pytest.param(
        "We are reviewing the plan for the new service; the board has not yet decided how much "
        "money will be available for the work next year or the year after.",
        "We are reviewing the plan for the new service. The board has not yet decided how much "
        "money will be available for the work next year or the year after.",
        id="split-semicolon",
    ),
    pytest.param(
        "The group agreed the new terms of reference for the forum, and the chair will share "
        "them with every member of the group before the next meeting in the spring.",
        "The group agreed the new terms of reference for the forum. The chair will share "
        "them with every member of the group before the next meeting in the spring.",
        id="split-and",
    ),
    pytest.param(
        "The room was booked for three hours for the whole group, but the meeting finished "
        "early because several members were unwell and went home before the break.",
        "The room was booked for three hours for the whole group. But the meeting finished "
        "early because several members were unwell and went home before the break.",
        id="split-but",
    ),
    pytest.param(
        "After a long discussion at the last two meetings of the forum the group approved the "
        "new carers' plan, which sets out five goals for the next three years.",
        "After a long discussion at the last two meetings of the forum the group approved the "
        "new carers' plan. This plan sets out five goals for the next three years.",
        id="which-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_rewrites_this(rewrite: Callable, text: str, expected: str) -> None:
    item = _only(rewrite(text))
    assert item.rewritten == expected
    assert item.passed_safety is True
    assert item.reasons and all(code.startswith("AC") for code, _ in item.reasons)


LEAVES = [
    pytest.param('Members said "we utilised every penny" at the meeting.', id="quotation"),
    pytest.param("We will stop saying 'commence' in our papers.", id="mention"),
    pytest.param("Tea and biscuits will be there.", id="nothing-to-do"),
    pytest.param(
        "After a long discussion at the last two meetings the group approved the carers' plan "
        "for the county, which sets out five goals for the next three years.",
        id="which-after-preposition",
    ),
    pytest.param(
        "The consultation was launched by the council and will close in May.", id="shared-subject"
    ),
    pytest.param("Ask Dr Alan Whitfield (ICB) for the form.", id="acronym-already-in-brackets"),
    pytest.param("The chair facilitates the meeting.", id="report-only-word-is-a-hint"),
]


@pytest.mark.parametrize("text", LEAVES)
def test_leaves_this_alone(rewrite: Callable, text: str) -> None:
    assert all(i.rewritten is None for i in rewrite(text))


def test_numbers_names_and_dates_survive(rewrite: Callable) -> None:
    text = "Joy Mensah will commence the session on 15 January 2026 at 10:30 and it costs £12,500."
    item = _only(rewrite(text))
    assert item.rewritten is not None
    for kept in ("Joy Mensah", "15 January 2026", "10:30", "£12,500"):
        assert kept in item.rewritten


def test_unsafe_finding_keeps_a_hint(rewrite: Callable) -> None:
    item = _only(rewrite("She is wheelchair-bound."))
    assert item.rewritten is None and item.passed_safety is None
    assert "wheelchair user" in item.hint


def test_group_decision_replaces_contested_term(analyse: Callable, tmp_path) -> None:
    from accessicheck.glossary.model import COLUMNS

    glossary = tmp_path / "ours.csv"
    row = dict.fromkeys(COLUMNS, "")
    row.update(
        term="service user",
        variants="service users",
        category="inclusive-language",
        status="avoid",
        plain_alternatives="people who use services",
    )
    glossary.write_text(
        ",".join(COLUMNS) + "\n" + ",".join(row[c] for c in COLUMNS) + "\n", encoding="utf-8"
    )
    cfg = make_config()
    cfg.data["glossaries"] = [str(glossary)]
    items = rewrite_document(analyse("We asked service users what they thought."), cfg)
    item = _only(items)
    assert item.rewritten == "We asked people who use services what they thought."


def test_shipped_contested_term_is_only_a_hint(rewrite: Callable) -> None:
    item = _only(rewrite("We asked service users what they thought."))
    assert item.rewritten is None
    assert "people who use services" in item.hint


def test_input_text_is_never_changed(analyse: Callable) -> None:
    adoc = analyse("The panel utilised the new form.")
    before = [b.text for b in adoc.document.blocks]
    rewrite_document(adoc, make_config())
    assert [b.text for b in adoc.document.blocks] == before
