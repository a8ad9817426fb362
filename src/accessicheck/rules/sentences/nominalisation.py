"""AC108: a verb hidden in a noun ("make a decision" → "decide").

The phrases come from wordlists/nominalisations.csv: the light verb's lemma
("make", "carry out"), the noun ("decision"), the plain verb ("decide"), and
the preposition that goes with the plain verb, if any ("an assessment of
needs" → "assess needs"). Matching is on lemmas, so every form of the light
verb matches; the suggestion keeps its tense ("made" → "decided").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...core.model import Suggestion
from ...core.wordlists import open_wordlist
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import Sentence

WORDLIST = "nominalisations.csv"

#: What may stand between the light verb and the noun: "made a final decision".
_DETERMINERS = frozenset({"DT", "PDT", "PRP$", "CD"})
_ADJECTIVES = frozenset({"JJ", "JJR", "JJS"})
_MAX_BETWEEN = 3
#: "make no decision" would become "not decide": leave it alone.
_NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
#: Tags whose form the plain verb copies from the light verb.
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: Nouns of time that may follow the phrase: "make a decision today".
_TIME_WORDS = frozenset({"today", "tomorrow", "tonight", "yesterday"})


@dataclass(frozen=True)
class Entry:
    """One row of the word list."""

    verb: tuple[str, ...]  # ("carry", "out")
    noun: str
    plain: str
    drops: frozenset[str]


@cache
def entries() -> dict[str, list[Entry]]:
    """The word list, indexed by the first word of the light verb."""
    out: dict[str, list[Entry]] = {}
    for row in csv.DictReader(io.StringIO(open_wordlist(WORDLIST))):
        verb = tuple(row["verb_lemma"].split())
        drops = frozenset(p for p in row["drop_preposition"].split("|") if p)
        entry = Entry(verb, row["noun"].strip(), row["plain_verb"].strip(), drops)
        out.setdefault(verb[0], []).append(entry)
    return out


def inflect(plain: str, tag: str) -> str:
    """The plain verb in the light verb's form: ("decide", "VBD") → "decided"."""
    from ...language.inflect import inflect as form_of

    first, _, rest = plain.partition(" ")
    word = (form_of(first, tag) if tag in _VERB_TAGS and tag != "VB" else None) or first
    return f"{word} {rest}" if rest else word


@dataclass(frozen=True)
class Match:
    """A matched phrase: token positions, the entry and the replacement."""

    first: int
    last: int
    entry: Entry
    replacement: str
    has_adjective: bool


def _match_at(tokens: list[Any], i: int, entry: Entry) -> Match | None:
    n = len(entry.verb)
    if i + n > len(tokens):
        return None
    if tokens[i].lemma_.lower() != entry.verb[0]:
        return None
    if any(tokens[i + k].lower_ != entry.verb[k] for k in range(1, n)):
        return None
    j, has_adjective = i + n, False
    while j < len(tokens) and j - (i + n) < _MAX_BETWEEN:
        tag = tokens[j].tag_
        if tag in _DETERMINERS:
            if tokens[j].lower_ in _NEGATIVE_DETERMINERS:
                return None
        elif tag in _ADJECTIVES:
            has_adjective = True
        else:
            break
        j += 1
    if j >= len(tokens):
        return None
    noun = tokens[j]
    if noun.tag_ not in {"NN", "NNS"} or entry.noun not in {noun.lemma_.lower(), noun.lower_}:
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        after is not None
        and after.lower_ not in _TIME_WORDS
        and (after.tag_ in {"NN", "NNS", "NNP", "HYPH"} or after.text == "-")
    ):
        return None  # "a decision-making group", "a review meeting"
    shared = after is not None and after.tag_ == "CC" and j + 2 < len(tokens)
    if shared and tokens[j + 2].tag_ in {"NN", "NNS", "DT", "JJ"}:
        return None  # "provide support and advice": the verb is shared
    last = j
    if after is not None and after.lower_ in entry.drops:
        last = j + 1
    replacement = inflect(entry.plain, tokens[i].tag_)
    if tokens[i].text[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return Match(i, last, entry, replacement, has_adjective)


def find(tokens: list[Any]) -> Iterator[Match]:
    """Every nominalisation in a list of tagged tokens, left to right."""
    index = entries()
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        found = None
        if tok.tag_.startswith("VB"):
            for entry in index.get(tok.lemma_.lower(), ()):
                found = _match_at(tokens, i, entry)
                if found:
                    break
        if found:
            yield found
            i = found.last + 1
        else:
            i += 1


@rule(
    "AC108",
    "nominalisation",
    unit="sentence",
    severity="warning",
    summary="A verb hidden in a noun ('make a decision' instead of 'decide')",
    why="Phrases like 'make a decision' or 'carry out an assessment of' use more words to say "
    "less, and sound official. The plain verb ('decide', 'assess') is shorter and easier to "
    "follow, especially for people with a learning disability or reading in a second language.",
    helps=("LD", "EAL", "COG", "SpLD", "NEW"),
    fails=(
        "The group will make a decision in May.",
        "Staff carried out an assessment of the needs of each carer.",
        "We are having a discussion about the budget.",
    ),
    passes=(
        "The group will decide in May.",
        "The decision-making group meets in May.",
        "We made no decision about the budget.",
    ),
)
def nominalisation(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A phrase that hides a verb in a noun: "make a decision", "give
    consideration to", "carry out an assessment of".

    These phrases are longer than the verb they hide and make writing sound
    official. Use the verb itself.

    Before: "We will give consideration to your request and make a decision
    in May."

    After: "We will consider your request and decide in May."

    The suggestion keeps the tense: "made a decision" becomes "decided", "is
    making a decision" becomes "is deciding". When there is an adjective in
    the phrase ("made a final decision") the finding suggests the verb but
    does not rewrite the phrase, because the adjective may matter. Always
    read the new sentence before you accept it.

    The phrases are listed in the word list `nominalisations.csv`.
    """
    tokens = list(sentence.span)
    text = sentence.block.text
    for m in find(tokens):
        start = tokens[m.first].idx
        end = tokens[m.last].idx + len(tokens[m.last].text)
        phrase = text[start:end]
        if m.has_adjective:
            fix = f"Use '{m.entry.plain}' and reword the sentence around it."
            suggestion = Suggestion(fix)
        else:
            fix = f"Write '{m.replacement}' instead."
            suggestion = Suggestion(fix, replacement=m.replacement, safe=False)
        yield Hit(
            f"'{phrase}' hides the verb '{m.entry.plain}'. {fix}",
            start,
            end,
            suggestions=(suggestion,),
        )
