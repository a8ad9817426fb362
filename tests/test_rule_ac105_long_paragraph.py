"""AC105 long-paragraph: paragraphs over the sentence or word limit."""

from __future__ import annotations

import pytest

CODE = "AC105"

SIX = (
    "We met on 3 March. Twelve members came. We talked about the new leaflet. "
    "Sam asked about travel costs. The chair agreed to find out. We also planned the summer event."
)
FIVE = (
    "We met on 3 March. Twelve members came. We talked about the new leaflet. "
    "Sam asked about travel costs. The chair agreed to find out."
)
FOUR = (
    "We met on 3 March. Twelve members came. We talked about the new leaflet. Sam asked a question."
)
WORDY = " ".join(
    [
        "The group talked for a long time about the new leaflet for carers and young people "
        "who use the service, and about how to make sure it reaches people who do not use the "
        "internet or who cannot get to the library."
    ]
    * 3
    + ["Everyone agreed that the leaflet should be printed in large and standard print."]
)


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        pytest.param(SIX, "plain", [SIX], id="six-sentences"),
        pytest.param(WORDY, "plain", [WORDY], id="over-120-words"),
        pytest.param(FOUR, "easy-read", [FOUR], id="four-sentences-easy-read"),
        pytest.param(f"# Minutes\n\n{FOUR}\n\n{SIX}", "plain", [SIX], id="second-paragraph"),
    ],
)
def test_flags_this(flagged, text: str, profile: str, expected: list[str]) -> None:
    assert flagged(text, profile=profile) == expected


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        pytest.param(FIVE, "plain", id="five-sentences"),
        pytest.param(SIX, "professional", id="six-professional"),
        pytest.param(f"- {SIX}", "plain", id="list-item"),
        pytest.param(f"# {SIX}", "plain", id="heading"),
        pytest.param(
            "Present: Alexandra Robinson, Christopher Edmondson, Evangeline Montgomery "
            "Apologies: Valentina Harrington, Genevieve Fitzgerald, Maximilian Rutherford "
            "Welcome and Introductions Matters Arising From The Last Meeting "
            f"{SIX}",
            "plain",
            id="minutes-lines-run-together",
        ),
        pytest.param(
            "- Board agreed the plan. - Members shared news. - The chair thanked everyone. "
            "- Dates were set for spring. - Notes will go out soon. - Tea was served.",
            "plain",
            id="bullets-run-together",
        ),
    ],
)
def test_leaves_this_alone(flagged, text: str, profile: str) -> None:
    assert flagged(text, profile=profile) == []


def test_message_gives_counts_and_where_to_split(lint) -> None:
    (finding,) = lint(SIX, select=CODE)
    assert "6 sentences" in finding.message and "5 sentences" in finding.message
    assert "'Sam asked about travel costs.'" in finding.message


def test_leaves_a_minutes_table_read_as_one_paragraph_alone(flagged) -> None:
    # Two "sentences" with the Action column run into them: lines, not prose.
    text = (
        "We looked at the survey with everyone in the room JT to send the results to all "
        "members. Sam asked about the leaflet for carers KB to check the printing costs with "
        "the printer. The group liked the new colours. We agreed the date of the summer event. "
        "Priya will book the hall. Everyone was thanked for coming."
    )
    assert flagged(text) == []


def test_one_lost_line_break_does_not_make_a_paragraph_a_list(flagged) -> None:
    text = (
        "We looked at the survey with everyone in the room JT to send the results to all "
        "members. Sam asked about the leaflet for carers. The group liked the new colours. "
        "We agreed the date of the summer event. Priya will book the hall. Everyone was "
        "thanked for coming."
    )
    assert len(flagged(text)) == 1
