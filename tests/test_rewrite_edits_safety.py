"""Edits compose without overlapping; the safety checks catch broken rewrites."""

from __future__ import annotations

import pytest

from accessicheck.rewrite import safety
from accessicheck.rewrite.edits import Edit, apply, article_for, choose


def test_overlapping_edits_keep_the_higher_priority() -> None:
    a = Edit(0, 10, "x", "redundant", "AC201", "r")
    b = Edit(5, 12, "y", "substitute", "AC201", "s")
    c = Edit(20, 22, "z", "split", "AC101", "t")
    assert choose([a, b, c]) == [b, c]


def test_apply_right_to_left_and_capitalise() -> None:
    text = "needless to say, we met; it went well."
    edits = [
        Edit(0, 17, "", "redundant", "AC201", "r", capitalise_next=True),
        Edit(23, 25, ". ", "split", "AC101", "s", capitalise_next=True),
    ]
    assert apply(text, edits) == "We met. It went well."


def test_article_follows_the_new_word() -> None:
    text = "We need an evaluation."
    assert apply(text, [Edit(11, 21, "review", "substitute", "AC201", "r")]) == "We need a review."
    assert article_for("hour") == "an" and article_for("user") == "a"


BROKEN = [
    pytest.param("The board met in May.", "The board met in.", "Words were lost", id="lost-word"),
    pytest.param("We paid £300 for rooms.", "We paid £30 for rooms.", "number", id="money"),
    pytest.param("The group met on 3 March.", "The group met on 3 April.", "number", id="date"),
    pytest.param("Joy Mensah chaired it.", "The chair chaired it.", "name", id="name"),
    pytest.param(
        "The board met. It agreed the plan.", "The board met. the plan", "complete", id="fragment"
    ),
    pytest.param(
        'He said "we utilised it" then.', 'He said "we used it" then.', "quotation", id="quote"
    ),
    pytest.param(
        "See www.example.org/a for more.", "See www.example.org for more.", "web", id="url"
    ),
]


@pytest.mark.parametrize(("original", "rewritten", "problem"), BROKEN)
def test_safety_catches_broken_rewrites(original: str, rewritten: str, problem: str) -> None:
    verdict = safety.check_texts([(original, rewritten, [])])[0]
    assert not verdict.passed
    assert any(problem in p for p in verdict.problems), verdict.problems


def test_recorded_edit_may_replace_words() -> None:
    original = "The panel utilised the form."
    edit = Edit(10, 18, "used", "substitute", "AC201", "r")
    verdict = safety.check_texts([(original, apply(original, [edit]), [edit])])[0]
    assert verdict.passed, verdict.problems
