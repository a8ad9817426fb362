"""Passive to active (AC103).

"The report was written by the panel." → "The panel wrote the report."

The language layer (`accessicheck.language.passive`, shared with the passive-voice
rule) says which verb is passive and gives its parts; this builds the active
sentence from the parse:

- the agent ("by the panel") becomes the subject when it names people (a
  name, a pronoun or a word such as "board", "team", "council");
- with the setting `rewrite.we_name` (or `accessicheck rewrite --we "the
  Trust"`), a paper written by an organisation says "we": "The plan was
  agreed by the Trust." → "We agreed the plan.", and a passive that does not
  say who did it gets "we" as its subject: "Expenses will be paid within two
  weeks." → "We will pay expenses within two weeks.";
- words before the subject that end in a comma stay in front ("At the last
  meeting, the plan was agreed by the board." → "At the last meeting, the
  board agreed the plan.").

Only the main verb of a simple sentence is turned round, with a short
subject and agent, and not when the verb shares its subject with another
("was launched by the council and will close"). The result replaces the
whole sentence, so the engine applies it first and moves the other edits
into it. It changes how the sentence is built, so it is marked for review.

Why it never fired on real papers before: it needed an agent, and nearly
every passive in a meeting paper leaves the agent out ("papers will be
sent", "expenses are paid"); it refused any sentence with words before the
subject; and it only knew "was/were", "is/are", "will be" and "has been".
"""

from __future__ import annotations

import re
from typing import Any

from ...language.passive import PEOPLE, is_passive, passive_parts
from .. import quotes
from ..edits import Edit, word_set
from . import Context

SAFETY = "review"
_OBJECT = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}
_SUBJECT = {v: k for k, v in _OBJECT.items()}
_SIMPLE_NP_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "case", "advmod", "prep", "pobj", "cc", "conj"}
)
_PUNCT_SPACE = re.compile(r"\s+([.,;:!?])")
_MAX_NP = 8
#: More words for people who can be the subject of an active sentence.
MORE_PEOPLE = word_set(
    """worker workers peer peers designer designers trainer trainers resident residents
    leader leaders user users advocate advocates governor governors director directors
    clerk clerks officer officers experts panel panels head heads lead leads co-chairs
    self-advocates"""
)
#: Things people raise at a meeting: "concerns were raised", "comments were
#: made" say nothing about the organisation, so "we" is not assumed for them.
SAID_AT_MEETINGS = word_set(
    """comment comments concern concerns question questions point points view views issue
    issues suggestion suggestions objection objections query queries complaint complaints"""
)
RAISED = word_set("raise make ask express put voice note")
#: A participle followed by one of these says where something is in a paper.
_PLACE = word_set("below above overleaf here attached enclosed")


def _np(head: Any) -> str | None:
    """The text of a short noun phrase headed by `head`, or None."""
    sub = list(head.subtree)
    if len(sub) > _MAX_NP or head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    inner_marks = {"-", "'", "’"}  # "co-chairs", "the carers' group"
    if any(
        t.i != head.i
        and t.dep_ not in _SIMPLE_NP_DEPS
        and not (t.dep_ == "punct" and t.text in inner_marks)
        for t in sub
    ):
        return None
    if sub[-1].i - sub[0].i + 1 != len(sub) or any(
        t.is_punct and t.text not in inner_marks for t in sub
    ):
        return None
    return head.doc[sub[0].i : sub[-1].i + 1].text


def _same_name(text: str, we: str) -> bool:
    def bare(s: str) -> str:
        return re.sub(r"^(?:the|our)\s+", "", s.strip().lower())

    return bool(we) and bare(text) == bare(we)


def _verb(part: Any, auxes: list[Any], plural: bool) -> str | None:
    """The active verb group in the passive's tense, or None."""
    from ...language.inflect import inflect

    words = [a.lower_ for a in auxes]
    lemma = part.lemma_.lower()
    if "not" in words or "n't" in words or "never" in words:
        return None
    if words in (["was"], ["were"]):
        return inflect(lemma, "VBD")
    if words in (["is"], ["are"], ["am"]):
        return inflect(lemma, "VBP" if plural else "VBZ")
    if len(words) == 2 and auxes[0].tag_ == "MD" and words[1] == "be":
        return f"{auxes[0].lower_} {lemma}"
    if len(words) == 2 and words[0] in {"has", "have", "had"} and words[1] == "been":
        have = "had" if words[0] == "had" else ("have" if plural else "has")
        return f"{have} {part.lower_}"
    if len(words) == 3 and auxes[0].tag_ == "MD" and words[1:] == ["have", "been"]:
        return f"{auxes[0].lower_} have {part.lower_}"
    return None


def doc_next(tok: Any) -> Any | None:
    return tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None


def _uncap(text: str, first: Any) -> str:
    if first.pos_ == "PROPN" or first.text == "I" or (len(first.text) > 1 and first.text.isupper()):
        return text
    return text[:1].lower() + text[1:]


def active_sentence(part: Any, we: str = "") -> str | None:
    """The sentence of `part` (a passive participle) in the active voice, or None."""
    found = active_with_drops(part, we)
    return found[0] if found else None


def active_with_drops(part: Any, we: str = "") -> tuple[str, tuple[str, ...]] | None:
    """(active sentence, words of the agent that "we" replaced), or None."""
    dropped: tuple[str, ...] = ()
    auxes, subj, agent, noun = passive_parts(part)
    if subj is None or part.dep_ != "ROOT" or subj.i > part.i or subj.lower_ in {"it", "this"}:
        return None
    if noun is None:
        said = any(t.lower_ in SAID_AT_MEETINGS for t in subj.subtree)
        if not we or (said and part.lemma_.lower() in RAISED):
            return None
        new_subject, plural = "we", True
    else:
        agent_text = _np(noun)
        if agent_text is None:
            return None
        if _same_name(agent_text, we):
            new_subject, plural = "we", True
            dropped = tuple(t.text for t in noun.subtree)
        elif noun.pos_ in {"PRON", "PROPN"} or noun.lower_ in PEOPLE | MORE_PEOPLE:
            new_subject = _SUBJECT.get(noun.lower_, agent_text)
            plural = noun.tag_ in {"NNS", "NNPS"} or new_subject in {"we", "they", "you"}
            if noun.pos_ == "PROPN" and len(agent_text.split()) > 1:
                plural = False  # "the Care Trust", a body
        else:
            return None
    subj_text = _np(subj)
    if subj_text is None:
        return None
    nxt = doc_next(part)
    if nxt is not None and nxt.lower_ in _PLACE:
        return None  # "the actions are listed below": where it is, not who did it
    verb = _verb(part, auxes, plural)
    if not verb:
        return None
    particle = next((c for c in part.children if c.dep_ == "prt" and c.i == part.i + 1), None)
    if particle is not None:  # "was signed off by" → "signed off"
        verb = f"{verb} {particle.text}"
    doc = part.doc
    skip = {t.i for t in subj.subtree} | {a.i for a in auxes} | {part.i}
    if particle is not None:
        skip.add(particle.i)
    if agent is not None:
        skip |= {t.i for t in agent.subtree}
    # Words before the subject stay in front when they end in a comma.
    front = doc[: subj.left_edge.i]
    if len(front) and front[-1].text != ",":
        return None
    if any(t.i not in skip for t in doc[subj.right_edge.i + 1 : part.i]):
        return None  # something between the subject and the verb
    rest = [t for t in doc[part.i + 1 :] if t.i not in skip]
    if any(t.dep_ == "conj" and t.head.i == part.i for t in rest):
        return None  # "was launched by the council and will close": a shared subject
    new_object = _OBJECT.get(subj.lower_, subj_text) if len(subj_text.split()) == 1 else subj_text
    new_object = _uncap(new_object, doc[subj.left_edge.i])
    tail = _PUNCT_SPACE.sub(r"\1", "".join(t.text_with_ws for t in rest).strip())
    tail = re.sub(r"^,\s*", "", tail)
    if dropped:  # "agreed by the Trust at its meeting" → "we agreed … at our meeting"
        tail = re.sub(r"\bits\b", "our", tail)
    lead = front.text.strip()
    sentence = f"{new_subject} {verb} {new_object}"
    if tail and tail[0].isalnum():
        sentence += " "
    sentence += tail
    if lead:
        sentence = f"{lead} {sentence}"
    return sentence[:1].upper() + sentence[1:], dropped


def edits(ctx: Context) -> list[Edit]:
    if ctx.parse is None or not ctx.with_code("AC103") or quotes.spans(ctx.text):
        return []
    if len(list(ctx.parse.sents)) != 1:
        return []
    for tok in ctx.parse:
        if tok.tag_ != "VBN" or not is_passive(tok):
            continue
        found = active_with_drops(tok, ctx.we)
        if found is None or found[0] == ctx.text:
            continue
        active, dropped = found
        end = ctx.text.rstrip()[-1:]
        if end in ".!?" and active[-1:] not in ".!?":
            active += end
        who = "we" if active.split()[0].lower() == "we" or ", we " in active else "who"
        reason = (
            "Active voice: the sentence now says 'we' (your organisation) does it."
            if who == "we"
            else "Active voice: the sentence now starts with who does it."
        )
        return [
            Edit(0, len(ctx.text), active, "passive", "AC103", reason, safety=SAFETY, drops=dropped)
        ]
    return []
