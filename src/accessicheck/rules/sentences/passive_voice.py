"""AC103: passive voice ("The report was written by the panel").

The language layer (`accessicheck.language.passive`) finds the passive verbs: the
tagger picks candidates, and the parser confirms them, for the few
sentences that have a candidate (parsed in the main pass: see `analysis`).
This rule reports them.

When the sentence says who did it ("by the panel") and the parts are simple,
the suggestion writes the active sentence out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ...core.model import Severity, Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import Sentence
from ...language.passive import (
    PEOPLE,
    candidates,
    for_document,
    is_passive,
    parsed,
    parses,
    passive_parts,
    span_candidates,
    verb_group,
)

_OBJECT = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}
_SUBJECT = {v: k for k, v in _OBJECT.items()}
_SIMPLE_NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "case", "advmod"})
_PUNCT_SPACE = re.compile(r"\s+([.,;:!?])")


def _simple_np(head: Any) -> str | None:
    """The text of a short, simple noun phrase headed by `head`, or None."""
    sub = list(head.subtree)
    if len(sub) > 6 or any(t.i != head.i and t.dep_ not in _SIMPLE_NP_DEPS for t in sub):
        return None
    if head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if sub[-1].i - sub[0].i + 1 != len(sub):
        return None
    return head.doc[sub[0].i : sub[-1].i + 1].text


def _uncap(text: str, first: Any) -> str:
    if first.pos_ == "PROPN" or first.text == "I" or first.text.isupper():
        return text
    return text[:1].lower() + text[1:]


def active_form(part: Any) -> str | None:
    """The active sentence, when it is simple to build; otherwise None.

    "The report was written by the panel." → "The panel wrote the report."
    """
    from ...language.inflect import inflect

    auxes, subj, agent_phrase, agent = passive_parts(part)
    if subj is None or agent is None or part.dep_ != "ROOT" or subj.i > part.i:
        return None
    if not (agent.pos_ in {"PRON", "PROPN"} or agent.lower_ in PEOPLE):
        return None
    subj_text, agent_text = _simple_np(subj), _simple_np(agent)
    if subj_text is None or agent_text is None or subj.lower_ == "it":
        return None
    plural = agent.tag_ in {"NNS", "NNPS"} or agent.lower_ in {"we", "they", "you", "us", "them"}
    words = [a.lower_ for a in auxes]
    lemma = part.lemma_.lower()
    if words in (["was"], ["were"]):
        verb = inflect(lemma, "VBD")
    elif words in (["is"], ["are"], ["am"]):
        verb = inflect(lemma, "VBP" if plural else "VBZ")
    elif len(words) == 2 and auxes[0].tag_ == "MD" and words[1] == "be":
        verb = f"{auxes[0].lower_} {lemma}"
    elif len(words) == 2 and words[0] in {"has", "have", "had"} and words[1] == "been":
        have = "had" if words[0] == "had" else ("have" if plural else "has")
        verb = f"{have} {part.lower_}"
    else:
        return None
    if not verb:
        return None
    doc = part.doc
    skip = {t.i for t in agent_phrase.subtree} | {t.i for t in subj.subtree}
    skip |= {a.i for a in auxes} | {part.i}
    rest = [t for t in doc[part.i + 1 :] if t.i not in skip]
    before = [t for t in doc[: subj.left_edge.i]]
    if before or any(t.i < part.i and t.i not in skip for t in doc[subj.right_edge.i + 1 : part.i]):
        return None
    new_subject = (
        _SUBJECT.get(agent.lower_, agent_text) if agent_text.lower() == agent.lower_ else agent_text
    )
    new_object = (
        _OBJECT.get(subj.lower_, subj_text) if subj_text.lower() == subj.lower_ else subj_text
    )
    new_object = _uncap(new_object, doc[subj.left_edge.i])
    tail = _PUNCT_SPACE.sub(r"\1", "".join(t.text_with_ws for t in rest).strip())
    sentence = f"{new_subject} {verb} {new_object}"
    if tail and tail[0].isalnum():
        sentence += " "
    sentence += tail
    return sentence[:1].upper() + sentence[1:]


def _parse(ctx: RuleContext, sentence: Sentence) -> Any:
    """The parse of one candidate: the one the main pass made, or else one made in
    one batch with the document's other candidates that have none."""
    if sentence.parse is not None:
        return sentence.parse
    for_document(sentence.block.document)
    doc = parsed(sentence.text)
    if doc is None:
        block = sentence.block
        blocks = block.document.blocks if block.document is not None else [block]
        batch = [sentence.text] + [
            s.text
            for b in blocks
            for s in b.sentences
            if s is not sentence
            and s.parse is None
            and parsed(s.text) is None
            and candidates(s.span)
        ]
        doc = parses(batch, ctx.parse)[sentence.text]
    return doc


@rule(
    "AC103",
    "passive-voice",
    unit="sentence",
    severity="info",
    summary="Passive voice: the sentence does not say who does what",
    why="Passive sentences ('the form must be returned') hide who does what. People with a "
    "learning disability, people reading in a second language and anyone new to the group "
    "find active sentences ('please send the form back') easier to follow.",
    helps=("LD", "COG", "EAL", "SpLD", "NEW", "ND"),
    fails=(
        "The report was written by the panel.",
        "Travel expenses will be paid within two weeks.",
        "It was agreed that the group would meet every two months.",
    ),
    passes=(
        "We want to get involved in research.",
        "We are interested in your views.",
        "The charity is based in Leeds.",
        "We were pleased to welcome two new members.",
        "The report is attached.",
    ),
    options={"as_warning": False},
    profiles={"easy-read": {"as_warning": True}},
    model_parts=("parser",),
)
def passive_voice(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A sentence in the passive voice: "The minutes were approved."

    The passive puts the thing done to first, and often leaves out who did
    it. Readers then have to work out who acts. Active sentences are shorter
    and clearer: "The group approved the minutes."

    The passive is not wrong, and a little of it is fine (when who did it
    does not matter, or nobody knows). So this is a note (info) for plain
    English and professional papers, and a warning for Easy Read (setting
    `as_warning`).

    It leaves alone phrases that look passive but describe a feeling or a
    state: "get involved", "interested in", "based in", "we were pleased",
    "I am concerned", "the lift is broken", "the report is attached", "the
    actions are listed below".

    Before: "Travel expenses will be paid within two weeks."

    After: "We will pay your travel expenses within two weeks."

    Before: "The report was written by the panel."

    After: "The panel wrote the report."
    """
    starts = span_candidates(sentence.span)
    if not starts:
        return
    doc = _parse(ctx, sentence)
    wanted = {s - sentence.start for s in starts}
    severity = Severity.WARNING if ctx.options["as_warning"] else None
    for part in doc:
        if part.idx not in wanted or not is_passive(part):
            continue
        first, last = verb_group(part)
        start, end = sentence.start + first, sentence.start + last
        phrase = sentence.block.text[start:end]
        active = active_form(part)
        fix = f"Say who does it: '{active}'" if active else "Say who does it, and put them first."
        yield Hit(
            f"Passive voice: '{phrase}'. {fix}",
            start,
            end,
            suggestions=(Suggestion(fix),),
            severity=severity,
        )
