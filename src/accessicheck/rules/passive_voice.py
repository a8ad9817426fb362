"""AC103: passive voice ("The report was written by the panel").

Two steps, so that the slow parser only sees a few sentences:

1. The tagger finds candidates: a form of "be" (or "get"), then perhaps
   adverbs or "not", then a past participle ("was written", "are not paid").
   Word lists drop participles that work as adjectives ("interested in",
   "based in", "we were pleased") and document phrases ("is attached",
   "are listed below").
2. The dependency parser confirms each candidate: the participle must have a
   passive auxiliary or a passive subject.

When the sentence says who did it ("by the panel") and the parts are simple,
the suggestion writes the active sentence out.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator
from typing import Any

from ..analysis import Sentence
from ..model import Severity, Suggestion
from ..registry import Hit, RuleContext, rule


def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


_BE = frozenset(
    {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m"}
)
_GET = frozenset({"get", "gets", "got", "gotten", "getting"})
_NEGATIONS = frozenset({"not", "n't", "n’t", "never"})

#: Participles that, after "be", describe a feeling or a lasting state, even
#: with "by": "we were surprised by the turnout".
ADJECTIVAL = _words(
    """
    absorbed alarmed amazed amused annoyed ashamed astonished based bored born committed
    concerned confused connected crowded dedicated delighted depressed determined
    devoted disappointed disgusted dissatisfied distressed divorced embarrassed engaged
    entitled excited exhausted experienced fascinated frightened frustrated gifted
    impressed inclined interested involved located married motivated obliged overjoyed
    overwhelmed pleased puzzled qualified related relieved reserved satisfied scared
    shocked situated skilled stressed supposed surprised talented terrified thrilled
    tired troubled unconcerned unimpressed uninterested unmarried unqualified upset
    worried
    """
)

#: Participles that describe a state unless someone is said to have done it
#: ("the survey is closed" but "the meeting was closed by the chair").
STATE_UNLESS_AGENT = _words(
    """
    attached broken closed composed comprised done dressed enclosed equipped filled
    finished gone locked lost packed prepared stuck
    """
)

#: Participles that say where something is in a paper when followed by a
#: place: "listed below", "shown in table 2", "set out in section 3".
DOC_PLACE_VERBS = _words(
    """
    contained described detailed explained found given highlighted illustrated included
    listed outlined presented provided reproduced set shown summarised summarized
    """
)
_PLACE_WORDS = frozenset({"below", "above", "overleaf", "here", "opposite"})
_PLACE_NOUNS = _words(
    """
    annex annexe appendix attachment back beginning box chapter chart document email end
    figure letter list pack page paper paragraph part report section start table
    """
)

#: "aimed at young carers", "meant for", "intended to": what something is for.
_PURPOSE = {"aimed": {"at"}, "designed": {"for"}, "intended": {"for", "to"}, "meant": {"for", "to"}}

#: After "get", these make an idiom or adjective, not a passive: "get involved".
GET_IDIOMS = _words(
    """
    acquainted bored changed confused divorced done dressed engaged excited involved
    lost married organised organized ready rid started stuck tired upset used worried
    """
)

#: Degree words show an adjective: "very tired", "so pleased", "more involved".
_DEGREE = _words(
    """
    deeply especially extremely fairly increasingly incredibly least less more most
    pretty quite rather really so too totally utterly very
    """
)

#: The active sentence is written out only when "by" names people: a name, a
#: pronoun, or one of these nouns (not "by email" or "by bank transfer").
PEOPLE = _words(
    """
    adviser advisers advisor advisors assessor assessors authority board boards carer
    carers chair chairs charities charity children clinician clinicians co-chair co-
    chairs colleague colleagues commission commissioner commissioners committee
    committees coordinator coordinators council councillor councillors department doctor
    doctors facilitator facilitators families family forum friends government group
    groups manager managers mayor member members network nurse nurses officer officers
    organisation organisations panel panels parents partner partners partnership
    patients people person practitioners professionals representative representatives
    researcher researchers secretary staff students team teams trust trustees trusts
    users volunteer volunteers
    """
)

_OBJECT = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}
_SUBJECT = {v: k for k, v in _OBJECT.items()}
_SIMPLE_NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "case", "advmod"})
_PUNCT_SPACE = re.compile(r"\s+([.,;:!?])")


def candidates(sentence: Sentence) -> list[int]:
    """Char offsets (into the block text) of past participles after be/get."""
    tokens = list(sentence.span)
    out = []
    for i, tok in enumerate(tokens):
        word = tok.lower_
        is_be, is_get = word in _BE or tok.lemma_ == "be", word in _GET
        if not (is_be or is_get):
            continue
        j = i + 1
        while (
            j < len(tokens)
            and j - i <= 3
            and (tokens[j].tag_ in {"RB", "RBR", "RBS"} or tokens[j].lower_ in _NEGATIONS)
        ):
            j += 1
        if j >= len(tokens) or tokens[j].tag_ != "VBN":
            continue
        part = tokens[j]
        if part.lower_ == "been" or part.lemma_ == "be":
            # "It's not been the great start we hoped for": 's (has) + been is
            # the perfect of "be", not a passive; "has been done" is found
            # from "been" and "done".
            continue
        if is_get and part.lower_ in GET_IDIOMS:
            continue
        if part.lower_ in ADJECTIVAL or tokens[j - 1].lower_ in _DEGREE:
            continue
        out.append(part.idx)
    return out


def _following(tok: Any) -> list[Any]:
    doc = tok.doc
    return [t for t in doc[tok.i + 1 : tok.i + 6] if not t.is_punct or t.text in {"-"}]


def is_stative(part: Any) -> bool:
    """True when a parsed participle describes a state, not an action."""
    word = part.lower_
    after = _following(part)
    nxt = after[0].lower_ if after else ""
    has_agent = any(c.dep_ == "agent" for c in part.children)
    if word in STATE_UNLESS_AGENT and not has_agent:
        return True
    if word == "registered" and nxt in {"blind", "deaf", "disabled", "partially", "severely"}:
        return True
    if word == "used" and nxt == "to":
        # "are used to online meetings" (used to = accustomed); but
        # "is used to improve services" is a passive.
        return len(after) < 2 or after[1].tag_ != "VB"
    if (
        word in {"made", "set", "built", "mixed", "split", "broken"}
        and nxt == "up"
        and (len(after) > 1 and after[1].lower_ == "of")
    ):
        return True
    if word in _PURPOSE and nxt in _PURPOSE[word]:
        return True
    if word in DOC_PLACE_VERBS:
        rest = [t for t in after if t.lower_ not in {"out", "up"} and t.tag_ not in {"RB"}]
        if rest and rest[0].lower_ in _PLACE_WORDS:
            return True
        if rest and rest[0].lower_ in {"in", "at", "on", "within"}:
            return any(t.lemma_.lower() in _PLACE_NOUNS for t in rest[1:5])
    return False


def _passive_children(part: Any) -> tuple[list[Any], Any, Any]:
    """(auxiliaries in order, passive subject or None, agent's noun or None)."""
    auxes = sorted(
        (c for c in part.children if c.dep_ in {"aux", "auxpass", "neg"}), key=lambda t: t.i
    )
    subj = next((c for c in part.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)
    agent = next((c for c in part.children if c.dep_ == "agent"), None)
    noun = (
        next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    )
    return auxes, subj, noun


def is_passive(part: Any) -> bool:
    """The parser agrees that this participle is a passive verb."""
    if part.tag_ != "VBN" or part.lower_ == "been":
        return False
    deps = {c.dep_ for c in part.children}
    return bool(deps & {"auxpass", "nsubjpass", "csubjpass"}) and not is_stative(part)


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
    from ..inflect import inflect

    auxes, subj, agent = _passive_children(part)
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
    agent_phrase = next(c for c in part.children if c.dep_ == "agent")
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


#: Parses of candidate sentences by text. Parsing in one batch is far faster
#: than one sentence at a time, so the first candidate in a document brings
#: all the document's other candidates with it. The parses are kept only for
#: the document being checked (and its rewrites): a parse is large, so keeping
#: every paper's would make memory grow with the pack.
_CACHE: dict[str, Any] = {}
_CACHE_SIZE = 2048
_CACHE_OWNER: list[weakref.ref[Any]] = []


def _forget(gone: weakref.ref[Any]) -> None:
    """The document whose parses the cache holds is gone: let its parses go too."""
    if _CACHE_OWNER and _CACHE_OWNER[0] is gone:
        _CACHE.clear()
        _CACHE_OWNER.clear()


def parses(
    sentences: list[Sentence], parse: Callable[[list[str]], list[Any]] | None = None
) -> dict[str, Any]:
    """Full parses of these sentences by text, reusing the ones already made.

    `parse` parses a batch of texts (the rule's `ctx.parse`; by default the
    language model's own). The rewrite engine calls this too, so a sentence
    the rule parsed is not parsed again.
    """
    if parse is None:
        from .. import nlp

        parse = nlp.parse
    missing = list(dict.fromkeys(s.text for s in sentences if s.text not in _CACHE))
    if missing:
        if len(_CACHE) + len(missing) > _CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update(zip(missing, parse(missing), strict=True))
    return {s.text: _CACHE[s.text] for s in sentences}


def _parse(ctx: RuleContext, sentence: Sentence) -> Any:
    """The parse of one candidate, made in one batch with the document's others."""
    owner = sentence.block.document
    if owner is not None and (not _CACHE_OWNER or _CACHE_OWNER[0]() is not owner):
        _CACHE.clear()  # a new document: the last one's parses are not needed again
        _CACHE_OWNER[:] = [weakref.ref(owner, _forget)]
    doc = _CACHE.get(sentence.text)
    if doc is None:
        block = sentence.block
        blocks = block.document.blocks if block.document is not None else [block]
        batch = [sentence] + [
            s
            for b in blocks
            for s in b.sentences
            if s is not sentence and s.text not in _CACHE and candidates(s)
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
    starts = candidates(sentence)
    if not starts:
        return
    doc = _parse(ctx, sentence)
    wanted = {s - sentence.start for s in starts}
    severity = Severity.WARNING if ctx.options["as_warning"] else None
    for part in doc:
        if part.idx not in wanted or not is_passive(part):
            continue
        auxes, _, _ = _passive_children(part)
        first = min([a.idx for a in auxes if a.dep_ != "neg"] + [part.idx])
        start = sentence.start + first
        last = part
        nxt = part.doc[part.i + 1] if part.i + 1 < len(part.doc) else None
        if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == part.i:
            last = nxt  # "was set up", "was carried over"
        end = sentence.start + last.idx + len(last.text)
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
