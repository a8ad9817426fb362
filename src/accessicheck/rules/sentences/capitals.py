"""AC106: runs of words written in capital letters ("PLEASE BRING YOUR LETTER")."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import lru_cache

from ... import glossary
from ...core import wordlists
from ...core.model import Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language import syllables
from ...language.analysis import AnalysedBlock
from ...language.readability import words

#: Acronyms that are also English words in the dictionary, or common in
#: these papers: they stay in capitals and do not count as shouting.
ACRONYMS = wordlists.column("acronyms-not-shouting.csv", "acronym")

#: Punctuation that separates items of a list ("SR, LV, ND, COG"), not words
#: of one phrase: a run of capitals stops there.
_LIST_BREAK = re.compile(r"[,;/()\[\]|•+_=]")
_SENTENCE_END = re.compile(r"(?:^\s*|[.!?:]\s*)$")


def _is_caps(word: str) -> bool:
    """Written in capitals, and not a code such as "F2F" or "UA-1"."""
    return word.isupper() and not any(ch.isdigit() for ch in word)


def _ordinary(word: str, known: Container[str] = ACRONYMS) -> bool:
    """An everyday English word written in capitals (not an acronym in `known`)."""
    return (
        len(word) >= 2 and word not in known and word.lower().replace("’", "'") in syllables.table()
    )


def sentence_case(
    text: str,
    run: list[tuple[int, int, str]],
    at_start: bool,
    known: Container[str] = ACRONYMS,
) -> str:
    """The run rewritten in sentence case, keeping acronyms and "I"."""
    out, pos = [], run[0][0]
    for i, (start, end, word) in enumerate(run):
        out.append(text[pos:start])
        new = word if word == "I" or not _ordinary(word, known) else word.lower()
        if i == 0 and at_start:
            new = new[:1].upper() + new[1:]
        out.append(new)
        pos = end
    return "".join(out)


def capital_runs(
    text: str, min_words: int, known: Container[str] = ACRONYMS
) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of at least `min_words` capitalised words, at least 2 of them ordinary."""
    run: list[tuple[int, int, str]] = []
    for w in [*words(text), (len(text), len(text), "")]:
        joined = not run or not _LIST_BREAK.search(text[run[-1][1] : w[0]])
        code = text[w[1] : w[1] + 1] == "_" or text[w[0] - 1 : w[0]] == "_"
        if w[2] and _is_caps(w[2]) and joined and not code:
            run.append(w)
            continue
        if len(run) >= min_words and sum(_ordinary(x[2], known) for x in run) >= 2:
            yield run
        run = [w] if w[2] and _is_caps(w[2]) and not code else []


@lru_cache(maxsize=8)
def _known_acronyms(own: frozenset[str]) -> frozenset[str]:
    """The shipped acronyms that are not shouting, with the group's own acronyms."""
    return frozenset(ACRONYMS) | own


@rule(
    "AC106",
    "capitals",
    unit="block",
    severity="warning",
    summary="Words written in capitals",
    why="Text in capitals is harder to read, especially for people with dyslexia or low "
    "vision, because every word has the same rectangular shape. Some screen readers spell "
    "capitals out letter by letter, and many readers take capitals as shouting.",
    helps=("SpLD", "LV", "SR", "LD", "COG"),
    fails=(
        "PLEASE BRING YOUR LETTER TO THE MEETING.",
        "# AGENDA FOR THE NEXT MEETING",
    ),
    passes=(
        "Please bring your NHS number to the meeting.",
        "The NHS, ICB, CQC and NIHR all sent apologies.",
    ),
    options={"min_words": 4},
)
def capitals(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """Four or more words in a row written in capital letters.

    Capitals make every word the same shape, so readers cannot recognise
    words by their outline. The British Dyslexia Association and RNIB advise
    against them. Some screen readers read capitals letter by letter, and to
    many people they look like shouting. Use bold for emphasis instead, and
    sentence case for headings.

    Acronyms such as NHS, ICB or BSL are fine, and so is every acronym in the
    group's own glossary: a run is flagged only when it
    has 4 or more capitalised words (setting `min_words`) and at least 2 of them are ordinary words.
    Commas and semicolons end a run, so a list of codes ("SR, LV, ND, COG")
    is not flagged, and neither are names from computer code
    ("DOCUMENT_TITLE").
    Headings in capitals are flagged too.

    The suggested rewrite keeps acronyms in capitals, but it cannot tell
    names of people and places from other words, so check it before you use
    it.

    Before: "PLEASE BRING YOUR LETTER TO THE MEETING."

    After: "Please bring your letter to the meeting."
    """
    text = ablock.text
    # The shipped list (wordlists/acronyms-not-shouting.csv) and the acronyms
    # of the group's own glossary (the shipped acronyms list has words such as
    # SEND and SMART that are shouting more often than not).
    known = _known_acronyms(glossary.for_config(ctx.config).own_acronyms)
    for run in capital_runs(text, ctx.options["min_words"], known):
        start, end = run[0][0], run[-1][1]
        at_start = bool(_SENTENCE_END.search(text[:start]))
        fixed = sentence_case(text, run, at_start, known)
        shown = fixed if len(fixed) <= 60 else fixed[:57].rstrip() + " …"
        yield Hit(
            f"{len(run)} words in a row are in capitals. Write them in sentence case "
            f"('{shown}') and use bold if they need to stand out.",
            start,
            end,
            suggestions=(Suggestion("Write it in sentence case.", replacement=fixed, safe=False),),
        )
