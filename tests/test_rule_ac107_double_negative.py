"""AC107 double-negative: two negatives that cancel out."""

from __future__ import annotations

import pytest

CODE = "AC107"


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("It is not uncommon to miss a meeting.", ["not uncommon"], id="not-uncommon"),
        pytest.param("A delay is not unlikely.", ["not unlikely"], id="not-unlikely"),
        pytest.param("It is not impossible.", ["not impossible"], id="not-impossible"),
        pytest.param("This isn't unusual.", ["isn't unusual"], id="isnt-unusual"),
        pytest.param(
            "The costs are not inconsiderable.", ["not inconsiderable"], id="not-inconsiderable"
        ),
        pytest.param(
            "It is not an unreasonable request.", ["not an unreasonable"], id="with-article"
        ),
        pytest.param("The plan is not without risk.", ["not without"], id="not-without"),
        pytest.param("We cannot not invite them.", ["cannot not"], id="cannot-not"),
        pytest.param("There is no reason not to apply.", ["no reason not"], id="no-not"),
        pytest.param("We never turn no one away.", ["never turn no"], id="never-no"),
        pytest.param("We did not say nothing.", ["not say nothing"], id="not-nothing"),
        pytest.param("It is not unlike last year.", ["not unlike"], id="not-unlike"),
        pytest.param(
            "There was nothing we could not sort out.", ["nothing we could not"], id="nothing-not"
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Not only carers but also staff came.", id="not-only-but-also"),
        pytest.param("Papers must arrive no later than Friday.", id="no-later-than"),
        pytest.param("No more than two people, not three.", id="no-more-than"),
        pytest.param("We will not start unless everyone is here.", id="not-unless"),
        pytest.param("Nothing else was raised.", id="nothing-else"),
        pytest.param("We did not discuss the budget.", id="single-negative"),
        pytest.param("It is unlikely that the date will change.", id="unlikely-alone"),
        pytest.param("No one came because the bus did not run.", id="different-clauses"),
        pytest.param("Neither the chair nor the deputy could come.", id="neither-nor"),
        pytest.param("The review is not independent.", id="independent"),
        pytest.param("The risk is not immediate.", id="immediate"),
        pytest.param("The room is not inside the main building.", id="inside"),
        pytest.param("Members were not informed.", id="informed"),
        pytest.param("The figures were not displayed.", id="displayed"),
        pytest.param("This is not important.", id="important"),
        pytest.param("This does not mean that nobody cares.", id="that-clause"),
        pytest.param("No, we do not pay for taxis.", id="no-comma"),
        pytest.param("Unlike last year, we did not meet.", id="unlike-alone"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_suggests_the_positive_word(lint) -> None:
    (finding,) = lint("It is not uncommon to miss a meeting.", select=CODE)
    assert "'quite common'" in finding.suggestions[0].text
    assert finding.suggestions[0].replacement is None
