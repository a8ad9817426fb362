"""Passive voice in English: finding passive verbs, their parts and who did it.

The language layer that the passive-voice rule (AC103) and the passive
rewrite share: the rule finds, the rewrite rewrites, and both ask this
module what is passive.

Two steps, so that the slow parser only sees a few sentences:

1. `candidates` uses the tagger: a form of "be" (or "get"), then perhaps
   adverbs or "not", then a past participle ("was written", "are not paid").
   Word lists drop participles that work as adjectives ("interested in",
   "based in", "we were pleased") and document phrases ("is attached",
   "are listed below").
2. `is_passive` uses the dependency parser (the main pass parses the
   candidates' sentences; `parses` parses any other text): the participle
   must have a passive auxiliary or a passive subject, and not describe a
   state.

`passive_parts` gives a passive verb's auxiliaries, its subject and its
agent ("by the panel"); `verb_group` the span of the verb ("was set up").
"""

from __future__ import annotations

import bisect
import weakref
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from . import word_arrays


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


def candidates(tokens: Iterable[Any]) -> list[int]:
    """Char offsets (`tok.idx`) of past participles after be/get in these tokens (a
    sentence's span, tagged)."""
    tokens = list(tokens)
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


#: How far before its participle a "be" or "get" can be: "was not always fully paid".
_REACH = 4


def _likely(words: word_arrays.WordArrays) -> list[int]:
    """Token indices of a doc's past participles with a form of "be" or "get" at
    most `_REACH` words before (from its word arrays): every candidate is one of
    these. Kept with the arrays, so it is worked out once per doc."""
    known = words.derived.get("passive")
    if known is not None:
        return known  # type: ignore[no-any-return]
    strings = words.strings
    participle, be = strings["VBN"], strings["be"]
    be_or_get = {strings[w] for w in _BE | _GET}
    starts = [
        lower in be_or_get or lemma == be
        for lower, lemma in zip(words.lower, words.lemma, strict=True)
    ]
    found = [
        j
        for j, tag in enumerate(words.tag)
        if tag == participle and any(starts[max(0, j - _REACH) : j])
    ]
    words.derived["passive"] = found
    return found


def candidate_sentences(doc: Any) -> list[Any]:
    """The sentences of a tagged doc that have a candidate (`candidates`).

    Reads the doc's arrays first, so that only a sentence with a past participle
    shortly after a form of "be" or "get" is looked at word by word.
    """
    out: list[Any] = []
    last_end = -1
    # `read`, not `of`: these are the main pass's pieces, joined into blocks later.
    for j in _likely(word_arrays.read(doc)):
        if j < last_end:
            continue
        sent = doc[j].sent
        last_end = sent.end
        if candidates(sent):
            out.append(sent)
    return out


def span_candidates(span: Any) -> list[int]:
    """`candidates(span)` for a sentence of a tagged doc, reading the doc's arrays
    once for all its sentences and looking word by word only where a candidate can be."""
    likely = _likely(word_arrays.of(span.doc))  # in order
    first = bisect.bisect_left(likely, span.start)
    if first == len(likely) or likely[first] >= span.end:
        return []
    return candidates(span)


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
        # Skip "out", "up" and adverbs ("listed clearly below"), but never a
        # place word, which the tagger often calls an adverb too.
        rest = [
            t
            for t in after
            if t.lower_ not in {"out", "up"} and (t.tag_ not in {"RB"} or t.lower_ in _PLACE_WORDS)
        ]
        if rest and rest[0].lower_ in _PLACE_WORDS:
            return True
        if rest and rest[0].lower_ in {"in", "at", "on", "within"}:
            return any(t.lemma_.lower() in _PLACE_NOUNS for t in rest[1:5])
    return False


class PassiveParts(NamedTuple):
    """The parts of a passive verb, from the parse."""

    auxiliaries: list[Any]  # "will", "be", "not" …, in order
    subject: Any  # the passive subject ("the report"), or None
    agent_phrase: Any  # "by the panel", or None
    agent: Any  # the agent's noun ("panel"), or None


def passive_parts(part: Any) -> PassiveParts:
    """The auxiliaries, subject and agent of a parsed passive participle."""
    auxes = sorted(
        (c for c in part.children if c.dep_ in {"aux", "auxpass", "neg"}), key=lambda t: t.i
    )
    subj = next((c for c in part.children if c.dep_ in {"nsubjpass", "csubjpass"}), None)
    agent = next((c for c in part.children if c.dep_ == "agent"), None)
    noun = (
        next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    )
    return PassiveParts(auxes, subj, agent, noun)


def is_passive(part: Any) -> bool:
    """The parser agrees that this participle is a passive verb."""
    if part.tag_ != "VBN" or part.lower_ == "been":
        return False
    deps = {c.dep_ for c in part.children}
    return bool(deps & {"auxpass", "nsubjpass", "csubjpass"}) and not is_stative(part)


def verb_group(part: Any) -> tuple[int, int]:
    """Char offsets (into the parsed text) of a passive verb group: from its first
    auxiliary (not "not") to the participle, or to its particle ("was set up")."""
    auxes = passive_parts(part).auxiliaries
    first = min([a.idx for a in auxes if a.dep_ != "neg"] + [part.idx])
    last = part
    nxt = part.doc[part.i + 1] if part.i + 1 < len(part.doc) else None
    if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == part.i:
        last = nxt  # "was set up", "was carried over"
    return first, last.idx + len(last.text)


#: Parses of sentences by text, for sentences the main pass did not parse
#: (`analysis` parses the candidates of a checked paper as it goes: see
#: `Sentence.parse`). Parsing in one batch is far faster than one sentence at
#: a time, so the rule parses all of a document's missing candidates at once,
#: and the rewriter parses the sentences it rewrites here. They are kept
#: only for the document being checked (`for_document`): a parse is large, so
#: keeping every paper's would make memory grow with the pack.
_CACHE: dict[str, Any] = {}
_CACHE_SIZE = 2048
_CACHE_OWNER: list[weakref.ref[Any]] = []


def for_document(owner: Any) -> None:
    """The parses made from now on are for this document: forget another document's,
    and forget these when the document itself is let go."""
    if owner is None or (_CACHE_OWNER and _CACHE_OWNER[0]() is owner):
        return
    _CACHE.clear()
    _CACHE_OWNER[:] = [weakref.ref(owner, _forget)]


def _forget(gone: weakref.ref[Any]) -> None:
    if _CACHE_OWNER and _CACHE_OWNER[0] is gone:
        _CACHE.clear()
        _CACHE_OWNER.clear()


def parsed(text: str) -> Any | None:
    """The parse of this text if one was already made, else None."""
    return _CACHE.get(text)


def parses(
    texts: Iterable[str], parse: Callable[[list[str]], list[Any]] | None = None
) -> dict[str, Any]:
    """Full parses of these texts, reusing the ones already made.

    `parse` parses a batch of texts (a rule's `ctx.parse`; by default the
    language model's own).
    """
    texts = list(texts)
    if parse is None:
        from . import nlp

        parse = nlp.parse
    missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
    if missing:
        if len(_CACHE) + len(missing) > _CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update(zip(missing, parse(missing), strict=True))
    return {t: _CACHE[t] for t in texts}
