"""Times, ranges and durations as people write them on agendas."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessicheck.agenda.times import find_durations, find_times, parse_clock, show


def _times(text: str) -> list[tuple[str, str]]:
    return [(show(s.first), show(s.last)) for s in find_times(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10am", [("10:00", "")], id="10am"),
        pytest.param("start at 10 a.m.", [("10:00", "")], id="a.m."),
        pytest.param("10:00", [("10:00", "")], id="colon"),
        pytest.param("10.00", [("10:00", "")], id="dot"),
        pytest.param("14:00", [("14:00", "")], id="24-hour"),
        pytest.param("2.30pm", [("14:30", "")], id="dot-pm"),
        pytest.param("Time: 2.00 pm", [("14:00", "")], id="space-pm"),
        pytest.param("1400hrs", [("14:00", "")], id="hrs"),
        pytest.param("12 noon", [("12:00", "")], id="noon"),
        pytest.param("at midday", [("12:00", "")], id="midday"),
        pytest.param("10 o'clock", [("10:00", "")], id="oclock"),
        pytest.param("half past one", [("13:30", "")], id="half-past-one"),
        pytest.param("Quarter past 11", [("11:15", "")], id="quarter-past"),
        pytest.param("quarter to three", [("14:45", "")], id="quarter-to"),
        pytest.param("2.00", [("14:00", "")], id="bare-afternoon-guess"),
        pytest.param("07:30", [("07:30", "")], id="leading-zero-is-morning"),
    ],
)
def test_single_times(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("14:00–14:30", ("14:00", "14:30"), id="en-dash"),
        pytest.param("10:00-10:15", ("10:00", "10:15"), id="hyphen"),
        pytest.param("10.30am to 2.30pm", ("10:30", "14:30"), id="to"),
        pytest.param("from half past one until four o'clock", ("13:30", "16:00"), id="words"),
        pytest.param("10-11am", ("10:00", "11:00"), id="bare-start"),
        pytest.param("11 to 1pm", ("11:00", "13:00"), id="across-noon"),
        pytest.param("6pm to 7.30pm", ("18:00", "19:30"), id="evening"),
    ],
)
def test_ranges_are_one_span(text: str, expected: tuple[str, str]) -> None:
    assert _times(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The fee is £10.00", id="money"),
        pytest.param("aisles 1.50 metres wide", id="measurement"),
        pytest.param("see item 4.10", id="item-number"),
        pytest.param("Date: 12.03.2026", id="dotted-date"),
        pytest.param("Plan for 2026 to 2027", id="years"),
        pytest.param("https://x.example/19%3ameeting", id="inside-a-link"),
        pytest.param("Call 0161 496 0288", id="phone"),
    ],
)
def test_not_times(text: str) -> None:
    assert find_times(text) == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Comfort break (15 minutes)", 15),
        ("10 mins", 10),
        ("a 15-minute break", 15),
        ("1 hour", 60),
        ("1.5 hours", 90),
        ("1 hr 30 mins", 90),
        ("half an hour", 30),
        ("Ten minutes to rest", 10),
    ],
)
def test_durations(text: str, minutes: int) -> None:
    assert [d.minutes for d in find_durations(text)] == [minutes]


def test_parse_clock_for_settings() -> None:
    assert show(parse_clock("21:00")) == "21:00"
    assert parse_clock("no time here") is None


@pytest.mark.parametrize(
    "before",
    [
        "See item ",
        "see ITEM\n\t ",
        "Paper",
        "subsection ",
        "no. ",
        "No",
        "regulation   \n",
        "the paragraph    ",
        "at ",
        "",
        "   ",
        "item 4 starts at ",
        "v",
        "cover ",
    ],
)
def test_a_reference_word_is_found_just_before_a_number_as_in_the_whole_text(before: str) -> None:
    from accessicheck.agenda.times import _REF_BEFORE, _reference_before

    text = before + "10.30 and more"
    for at in range(len(text) + 1):
        assert _reference_before(text, at) == bool(_REF_BEFORE.search(text[:at])), (text, at)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["item", "Page", "no.", "v", "para", "x", " ", "\n", "\u2003", "10", ":", "annex", "s"]
        ),
        max_size=12,
    ),
    st.data(),
)
def test_reference_before_agrees_with_searching_the_whole_text(pieces, data) -> None:  # type: ignore[no-untyped-def]
    from accessicheck.agenda.times import _REF_BEFORE, _reference_before

    text = "".join(pieces)
    at = data.draw(st.integers(0, len(text)))
    assert _reference_before(text, at) == bool(_REF_BEFORE.search(text[:at]))
