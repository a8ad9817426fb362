"""AC101 long-sentence: sentences over the word limit for the profile."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Severity

CODE = "AC101"

S26 = (
    "The group agreed that the new terms of reference should be shared with every member "
    "before the next meeting so that people have time to comment."
)
S25 = (
    "The group agreed that the new terms of reference should be shared with every member "
    "before the next meeting so that people have time."
)
S47 = (
    "We talked about the new leaflet for carers, and Sam said that the words were too small "
    "for many people to read, so the group agreed to ask the printer for a bigger size and to "
    "check the colours with members before the next meeting in May."
)
S15 = "We met on Tuesday and talked about the new leaflet for carers and young people."
S19 = "We met on Tuesday and talked about the new leaflet for carers and young people who use it."


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        pytest.param(S26, "plain", [S26], id="26-words-plain"),
        pytest.param(f"Welcome. {S26} Thank you.", "plain", [S26], id="only-the-long-one"),
        pytest.param(S47, "plain", [S47], id="47-words"),
        pytest.param(S19, "easy-read", [S19], id="19-words-easy-read"),
        pytest.param(f"# {S26}", "plain", [S26], id="long-heading"),
        pytest.param(f"- {S26}", "plain", [S26], id="list-item"),
    ],
)
def test_flags_this(flagged, text: str, profile: str, expected: list[str]) -> None:
    assert flagged(text, profile=profile) == expected


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        pytest.param(S25, "plain", id="25-words-is-the-limit"),
        pytest.param(S15, "easy-read", id="15-words-easy-read"),
        pytest.param(S26, "professional", id="26-words-professional"),
        pytest.param("We met. It went well. See you soon.", "plain", id="short-sentences"),
        pytest.param(
            "Matters arising from the last meeting and the review of all the open actions "
            "The chair said that the notes from the last meeting were agreed by everyone.",
            "plain",
            id="heading-run-into-a-sentence",
        ),
        pytest.param(
            "Present: Alexandra Robinson, Christopher Edmondson, Evangeline Montgomery, "
            "Valentina Harrington, Genevieve Fitzgerald, Maximilian Rutherford, Jonathan "
            "Whitfield, Rosalind Pemberton, Bartholomew Ashcroft, Cordelia Fairweather",
            "plain",
            id="attendance-list",
        ),
    ],
)
def test_leaves_this_alone(flagged, text: str, profile: str) -> None:
    assert flagged(text, profile=profile) == []


def test_severity_note_then_warning_then_error(lint) -> None:
    """Plain: a note over 25 words, a warning over 30, an error over 40."""
    s32 = S26.rstrip(".") + " and then we all went home."
    assert [f.severity for f in lint(S26, select=CODE)] == [Severity.INFO]
    assert [f.severity for f in lint(s32, select=CODE)] == [Severity.WARNING]
    assert [f.severity for f in lint(S26, select=CODE, profile="easy-read")] == [Severity.ERROR]
    assert [f.severity for f in lint(S47, select=CODE)] == [Severity.ERROR]
    assert [f.severity for f in lint(S47, select=CODE, profile="professional")] == [Severity.ERROR]


def test_options_change_the_limit(lint) -> None:
    assert lint(S26, select=CODE, options={CODE: {"note_words": 30, "warning_words": 30}}) == []


def test_message_gives_count_limit_and_split_point(lint) -> None:
    text = (
        "The chair welcomed everyone to the meeting and thanked them for coming; she then "
        "explained that the papers had been sent late because the office was closed for two "
        "weeks in April."
    )
    (finding,) = lint(text, select=CODE)
    assert "32" in finding.message and "25" in finding.message
    assert "semicolon" in finding.message and "'meeting'" not in finding.message
    assert finding.suggestions and not finding.suggestions[0].safe


def test_a_long_sentence_after_a_heading_is_still_flagged(lint) -> None:
    """The heading is not counted, but a long sentence after it still is."""
    text = "Matters arising from the last meeting " + S47
    (finding,) = lint(text, select=CODE)
    assert finding.message.startswith("This sentence has 47 words")


def test_never_splits_at_the_last_comma_of_a_list() -> None:
    from accessicheck.rules.sentences.long_sentence import split_point

    text = (
        "We asked about the needs of people who use wheelchairs, people with sight loss, "
        "and young carers, so that the venue and the papers would suit everyone who wants "
        "to come to the meeting."
    )
    found = split_point(text)
    assert found is not None
    assert "'young carers'" in found[1] and "'So'" in found[1]  # at ", so", not ", and young"


def test_still_splits_at_and_between_two_clauses() -> None:
    from accessicheck.rules.sentences.long_sentence import split_point

    text = (
        "The group met in the library for the whole of the morning session, and the "
        "council officers joined them after lunch to talk about the budget."
    )
    found = split_point(text)
    assert found is not None and "'And'" in found[1]


#: A minutes table read as text: the Action column's "JT to send ..." and
#: "JT presented ..." arrive in the middle of the sentence before them.
TABLE_AS_TEXT = [
    "Sam went through the survey results with the whole group and answered questions about "
    "the new leaflet for carers JT to send the full results to every member of the group "
    "before the next meeting in the spring.",
    "Sam went through the survey results with the whole group and answered questions about "
    "the new leaflet for carers JT presented the printing costs and the group agreed to ask "
    "two other printers.",
    "We talked about the new leaflet for carers and the words that were too small to read "
    "and the actions Next meeting to be in June at the library with the new leaflet ready.",
]


@pytest.mark.parametrize("text", TABLE_AS_TEXT, ids=["action-to", "action-verb", "next"])
def test_leaves_lines_of_a_table_read_as_one_sentence_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_still_flags_a_long_sentence_where_capitals_are_the_thing_talked_about(flagged) -> None:
    text = (
        "The chair asked the GP to come to the next meeting and talk to the group about the new "
        "service for carers, because many members had questions about how to book and where to "
        "go for help."
    )
    assert flagged(text) == [text]
