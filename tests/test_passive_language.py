"""The passive-voice language module shared by AC103 and the passive rewrite."""

from __future__ import annotations

from typing import Any

import pytest

from accessicheck.language import nlp, passive


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


# --- parsed in the main pass -------------------------------------------------------------

PARAGRAPH = (
    "The report was written by the panel. We met in May. "
    "The savings target for 2024 is £700,000. 80% of referrals were seen within the target "
    "time. Travel expenses will be paid within two weeks."
)


def _analysed(text: str, *, parse: bool = True) -> Any:
    from accessicheck.core.model import Block, BlockKind, Document, Location
    from accessicheck.language import analysis

    block = Block(BlockKind.PARAGRAPH, text, Location("test.txt", paragraph=1))
    return analysis.analyse_documents([Document("test.txt", "text", [block])], parse=parse)[0]


def _labels(doc: Any) -> list[tuple[str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


def test_the_main_pass_parses_only_the_sentences_that_may_be_passive() -> None:
    [block] = _analysed(PARAGRAPH).blocks
    parsed = [s.text for s in block.sentences if s.parse is not None]
    assert parsed == [
        "The report was written by the panel.",
        # The splitter keeps these two as one sentence; the parser splits them.
        "The savings target for 2024 is £700,000. 80% of referrals were seen within the "
        "target time.",
        "Travel expenses will be paid within two weeks.",
    ]
    # The same parse as the sentence parsed on its own: the parser may split
    # a sentence where the splitter did not, as it would on its own.
    for s in block.sentences:
        if s.parse is not None:
            assert s.parse.text.rstrip() == s.text  # the last word may keep its space
            assert _labels(s.parse) == _labels(nlp.parse([s.text])[0]), s.text


def test_the_rule_uses_the_main_pass_parses_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from accessicheck.core import config
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine

    cfg = config.load(overrides={"select": ["AC103"]}, rules=registry.all_rules(), isolated=True)
    rules = engine.active_rules(registry.all_rules(), cfg)

    def spans(adoc: Any) -> list[str]:
        text = adoc.blocks[0].text
        found = engine.run_rules(adoc, rules, cfg, strict=True)
        return [text[f.location.start : f.location.end] for f in found]

    # Without the main pass's parses the rule parses the sentences itself.
    before = spans(_analysed(PARAGRAPH, parse=False))
    assert before == ["was written", "were seen", "will be paid"]

    def no_parse(texts: Any) -> Any:
        raise AssertionError(f"parsed again: {list(texts)}")

    adoc = _analysed(PARAGRAPH)
    monkeypatch.setattr(nlp, "parse", no_parse)
    assert spans(adoc) == before


def test_the_text_of_a_doc_is_read_without_token_objects() -> None:
    texts = ["Hello  world.\n\nA second   one ", "", " x", "Co-production isn't hard.  "]
    for doc in nlp.analyse(texts):
        assert nlp._text(doc) == doc.text
        assert nlp.text_length(doc) == len(doc.text)
