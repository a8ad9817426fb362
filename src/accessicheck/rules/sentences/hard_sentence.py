"""AC102: single sentences that are very hard to read (reading age far above target)."""

from __future__ import annotations

from collections.abc import Iterator

from ... import glossary
from ...core.model import BlockKind, Suggestion
from ...core.profiles import targets
from ...engine.registry import Hit, RuleContext, rule
from ...language import syllables
from ...language.analysis import Sentence
from ...language.readability import LONG_WORD_SYLLABLES, Counts, score
from ...language.readability import words as readability_words
from . import long_words
from .sentence_kinds import is_label_or_list

SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})

#: Web and email addresses (as long words finds them): each counts as one short
#: word here, because the formula would otherwise score "https", "www" and each
#: part as words.
LINK = long_words.LINK


def sentence_counts(sentence: Sentence) -> Counts:
    """The sentence's counts, with each link counted as one short word."""
    if not LINK.search(sentence.text):
        return sentence.counts
    return Counts.of_sentence(LINK.sub(" link ", sentence.text))


def swappable_words(sentence: Sentence, ctx: RuleContext, limit: int = 3) -> list[tuple[str, str]]:
    """(word, shorter word) for up to `limit` long words we know an everyday swap for.

    Only formal words with a known swap are named (wordlists/shorter-words.csv):
    telling a writer to replace "disability", "co-production" or "February"
    does not help them. A word with a glossary entry is the glossary rules'
    business (they report it once, with the group's own advice), and a word
    the group's glossary keeps (`preferred` or `allowed`) is never named.
    Capitalised words inside the sentence are names and titles
    ("Implementation Plan"), and are left alone.
    """
    g = glossary.for_config(ctx.config)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for n, (_, _, w) in enumerate(readability_words(LINK.sub(" ", sentence.text))):
        key = w.lower()
        if key in seen or w.isupper() or (n and w[:1].isupper()):
            continue
        seen.add(key)
        if syllables.count(w) < LONG_WORD_SYLLABLES or g.allows(w):
            continue
        if g.entries_for(w):
            continue  # the glossary rules report this word themselves: once is enough
        swap = long_words.shorter(w, g)
        if swap:
            out.append((w, swap))
        if len(out) >= limit:
            break
    return out


@rule(
    "AC102",
    "hard-sentence",
    unit="sentence",
    severity="warning",
    summary="Sentence is very hard to read",
    why="A sentence packed with long words is hard to read aloud, to take in and to "
    "translate, for people with a learning disability or dyslexia, people who are tired or "
    "unwell, and people reading in a second language.",
    helps=("LD", "SpLD", "COG", "EAL", "FAT", "MH", "NEW"),
    fails=(
        "The implementation of the integrated care strategy necessitates comprehensive "
        "stakeholder engagement.",
    ),
    passes=(
        "We want to hear from everyone who uses the service.",
        "Co-production means working together as equals, sharing power from the start.",
    ),
    options={
        "max_reading_age": 18.0,
        "min_words": 10,
        "max_words": 25,
        "min_syllables_per_word": 1.6,
    },
    profiles={
        "easy-read": {
            "max_reading_age": 14.0,
            "min_words": 8,
            "max_words": 15,
            "min_syllables_per_word": 1.5,
        },
        "professional": {"max_reading_age": 21.0, "max_words": 30},
    },
)
def hard_sentence(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A sentence whose reading age is far above the target for the paper.

    The reading age is the Flesch-Kincaid grade plus 5, worked out for this
    one sentence. It goes up with longer sentences and with words of more
    syllables. The formula is a guide, not a judge: it was made for whole
    texts, so a single sentence is flagged only when it is far above the
    target for the whole paper.

    A sentence is flagged when all of these are true:

    - its reading age is over the limit: 18 for plain English (7 years above
      the target of 11 for a whole paper), 14 for Easy Read (5 above 9), 21
      for professional papers (7 above 14);
    - it has at least 10 words (8 for Easy Read), so that one long word in a
      short sentence ("Apologies: Councillor Richardson.") is not flagged;
    - its words average at least 1.6 syllables (1.5 for Easy Read). This
      keeps the check about hard words. A long sentence of short words is
      left to the long-sentence check (AC101).

    Settings: `max_reading_age`, `min_words` and `min_syllables_per_word`.

    - it has at most 25 words (15 for Easy Read, 30 for professional
      papers): a longer sentence is already reported by the long-sentence
      check (AC101), and one finding for one sentence is enough;
    - it reads as prose: headings, labels, bylines, agenda lines and lists
      of names run together are left alone.

    Settings: `max_words` as well.

    A web or email address counts as one short word, since nobody reads it
    syllable by syllable. The finding names the formal words it knows an
    everyday word for ("'find out' for 'ascertain'"); when it knows none, the
    sentence is not reported, because there is nothing to act on. It never
    names a word the group's glossary keeps (`preferred` or `allowed`), a
    word with its own glossary finding (a formal word, a health or care
    term), or a capitalised name or title: the subject words of a meeting
    ("co-production", "dementia") are not the problem.

    Before: "The implementation of the integrated care strategy necessitates
    comprehensive stakeholder engagement."

    After: "To make the new care plan work, we need to involve everyone it
    affects."
    """
    if sentence.block.kind in SKIP_KINDS:
        return
    opts = ctx.options
    counts = sentence_counts(sentence)
    if not opts["min_words"] <= counts.words <= opts["max_words"]:
        return
    if is_label_or_list(sentence):
        return
    if counts.syllables / counts.words < opts["min_syllables_per_word"]:
        return
    age = score(counts).reading_age
    if age is None or age <= opts["max_reading_age"]:
        return
    swaps = swappable_words(sentence, ctx)
    if not swaps:
        return  # nothing a writer can act on: no formal word we know a swap for
    target = targets(ctx.profile).max_reading_age
    pairs = [f"'{new}' for '{old}'" for old, new in swaps]
    listed = pairs[0] if len(pairs) == 1 else ", ".join(pairs[:-1]) + " and " + pairs[-1]
    fix = f"Try {listed}."
    yield Hit(
        f"This sentence is very hard to read: its reading age is about {round(age)} "
        f"(this check flags over {opts['max_reading_age']:g}; aim for {target:g} or under "
        f"across the paper). {fix}",
        sentence.start,
        sentence.end,
        suggestions=(Suggestion(fix),),
    )
