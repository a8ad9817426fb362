"""The passive-voice language module shared by AC103 and the passive rewrite."""

from __future__ import annotations

from typing import Any

from accessicheck import nlp, passive


def _participle(text: str) -> Any:
    doc = passive.parses([text])[text]
    (start,) = passive.candidates(doc)
    return next(t for t in doc if t.idx == start)


def test_a_passive_verb_with_its_subject_agent_and_verb_group() -> None:
    text = "The report was written by the panel."
    part = _participle(text)
    assert part.text == "written" and passive.is_passive(part)
    parts = passive.passive_parts(part)
    assert [a.text for a in parts.auxiliaries] == ["was"]
    assert parts.subject.text == "report"
    assert parts.agent_phrase.text == "by" and parts.agent.text == "panel"
    start, end = passive.verb_group(part)
    assert text[start:end] == "was written"


def test_the_verb_group_keeps_its_particle_and_leaves_out_not() -> None:
    text = "The group was not set up by the council."
    start, end = passive.verb_group(_participle(text))
    assert text[start:end] == "was not set up"


def test_a_state_is_not_a_passive() -> None:
    # Candidates by the tagger, turned down by the parse: a state, not an action.
    for text in (
        "The report is attached.",
        "The lift is broken.",
        "The plan is set out in part 2.",
    ):
        part = _participle(text)
        assert not passive.is_passive(part), text


def test_adjectives_after_be_are_not_candidates() -> None:
    doc = nlp.parse(["We were pleased to welcome two new members."])[0]
    assert passive.candidates(doc) == []


def test_parses_are_made_once_and_reused() -> None:
    calls: list[list[str]] = []

    def parse(texts: list[str]) -> list[Any]:
        calls.append(texts)
        return nlp.parse(texts)

    text = "A reused sentence was parsed by the test."
    first = passive.parses([text], parse)[text]
    again = passive.parses([text, text], parse)[text]
    assert again is first
    assert calls == [[text]]
