"""AC104: sentences with a high share of long words (3 or more syllables)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from ... import glossary
from ...core.model import BlockKind, Severity, Suggestion
from ...core.wordlists import open_wordlist
from ...engine.registry import Hit, RuleContext, rule
from ...glossary import Glossary
from ...glossary.lemmas import candidates
from ...language import syllables, word_arrays
from ...language.analysis import Sentence
from ...language.readability import LONG_WORD_SYLLABLES
from .sentence_kinds import is_label_or_list

SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})


#: Long words almost every reader knows, and the right words for these papers
#: ("disability", "experience"): they are not counted.
@cache
def familiar() -> frozenset[str]:
    """Long words almost every reader knows, and the right words for these papers
    ("disability", "experience"): they are not counted (wordlists/familiar-long-words.csv)."""
    rows = csv.DictReader(io.StringIO(open_wordlist("familiar-long-words.csv")))
    return frozenset(r["word"].strip().lower() for r in rows)


@cache
def shorter_words() -> dict[str, str]:
    """Shorter words for some long ones (wordlists/shorter-words.csv; British spellings)."""
    rows = csv.DictReader(io.StringIO(open_wordlist("shorter-words.csv")))
    return {r["word"].strip().lower(): r["shorter"].strip() for r in rows}


def shorter(word: str, g: Glossary) -> str:
    """An everyday word to use instead, or "" when we know none.

    The group's glossary wins: a word it keeps gets no swap, and a word it
    gives plain alternatives for gets the first of them.
    """
    if g.allows(word):
        return ""
    for entry in g.entries_for(word):
        if entry.plain_alternatives and not entry.is_acronym:
            return entry.plain_alternatives[0]
    table = shorter_words()
    for form in sorted(candidates(word), key=len, reverse=True):
        if form in table:
            return table[form]
    return ""


#: Web and email addresses are not words to swap.
LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


def long_words(sentence: Sentence, g: Glossary | None = None) -> list[tuple[int, int, str]]:
    """The long words that count: not names, acronyms, numbers or familiar words.

    With a glossary, words it keeps (`preferred`, `allowed`) do not count.
    """
    span = sentence.span
    names = word_arrays.names_at(span.doc, span.start, span.end)
    links = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in LINK.finditer(sentence.text)
    ]
    out = []
    for start, end, word in sentence.words():
        if not _may_count(word) or start in names:
            continue
        if links and any(a <= start < b for a, b in links):
            continue
        if word[:1].isupper() and start > sentence.start:
            continue  # a name or a title inside the sentence ("the new Strategy")
        if g is not None and g.allows(word):
            continue
        out.append((start, end, word))
    return out


@lru_cache(maxsize=1 << 16)
def _may_count(word: str) -> bool:
    """A long word that is not in capitals, has no digit and is not a familiar word
    (what `long_words` can tell from the word alone, remembered per word)."""
    if word.isupper() or any(ch.isdigit() for ch in word) or word.lower() in familiar():
        return False
    return syllables.count(word) >= LONG_WORD_SYLLABLES


@rule(
    "AC104",
    "long-words",
    unit="sentence",
    severity="info",
    summary="Too many long words in one sentence",
    why="Long words are harder to read and to say, especially for people with dyslexia or a "
    "learning disability, and for people reading in a second language. Short, everyday words "
    "make a paper easier for everyone.",
    helps=("LD", "SpLD", "COG", "EAL", "NEW", "FAT"),
    fails=(
        "We will facilitate additional opportunities for individuals to participate in "
        "the evaluation.",
    ),
    passes=(
        "We will run more sessions so that more people can take part in the review.",
        "Everyone is welcome: the library and the hospital are both easy to get to.",
    ),
    options={"min_words": 10, "max_share": 0.3, "warn": False},
    profiles={
        "easy-read": {"min_words": 6, "max_share": 0.2, "warn": True},
        "professional": {"max_share": 0.4},
    },
)
def long_words_rule(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A sentence where a large share of the words have 3 or more syllables.

    Plain English has some long words, but not many in one place: in everyday
    writing about 1 word in 10 has 3 or more syllables. This check flags a
    sentence of at least 10 words where 3 or more words in every 10 are long
    (plain English). Easy Read: 6 words, 2 in 10. Professional papers: 4 in
    10. Settings: `min_words` and `max_share` (0.3 means 3 in 10).

    It does not count names ("Birmingham"), acronyms, numbers, web and email
    addresses, or long words that nearly everyone knows ("everyone",
    "important", "hospital") or that are the right words for these papers
    ("disability", "experience"). A long word with a glossary entry counts,
    but it is named by its own glossary finding, not again here; when every
    long word already has one, this check stays quiet. A word the group's
    glossary keeps (`preferred` or `allowed`) is never counted or swapped.
    Headings, labels and lists of names are left alone. The word tables are
    wordlists/shorter-words.csv and wordlists/familiar-long-words.csv; a
    group changes them through its glossary (an entry with plain
    alternatives, or `allowed`).

    These findings are notes, and warnings for Easy Read papers (setting
    `warn`): on real meeting papers the long words were nearly always the
    right words for the subject, so a warning was not worth acting on (see
    docs/defaults.md).

    The finding lists up to 5 of the long words and suggests shorter words
    for some of them. The reading-age check for single sentences (AC102)
    looks at the whole sentence instead; a very dense sentence can get both.

    Before: "We will facilitate additional opportunities for individuals to
    participate."

    After: "We will run more sessions so that more people can take part."
    """
    if sentence.block.kind in SKIP_KINDS:
        return
    n = sentence.counts.words
    if n < ctx.options["min_words"]:
        return
    if is_label_or_list(sentence):
        return
    g = glossary.for_config(ctx.config)
    found = long_words(sentence, g)
    share = len(found) / n
    if not found or share < ctx.options["max_share"]:
        return
    # Words with a glossary entry get their own finding (AC201-AC203, AC3xx):
    # they count towards the share but are not named again here.
    unreported = [x for x in found if not g.entries_for(x[2])]
    if not unreported:
        return
    names: list[str] = []
    for _, _, w in unreported:
        if w.lower() not in (x.lower() for x in names):
            names.append(w)
    listed = ", ".join(f"'{w}'" for w in names[:5])
    swaps = [f"'{new}' for '{w}'" for w in names if (new := shorter(w, g))]
    if swaps:
        fix = "Try " + ", ".join(swaps[:3]) + "."
    else:
        fix = "Swap some of them for shorter, everyday words."
    per_ten = max(1, round(ctx.options["max_share"] * 10))
    yield Hit(
        f"{len(found)} of the {n} words in this sentence are long (3 or more syllables): "
        f"{listed}. Aim for fewer than {per_ten} in 10. {fix}",
        sentence.start,
        sentence.end,
        suggestions=(Suggestion(fix),),
        severity=Severity.WARNING if ctx.options["warn"] else None,
    )
