"""AC105: paragraphs with too many sentences or words."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...core.model import BlockKind, Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedBlock, Sentence
from .sentence_kinds import is_label_or_list, pieces


def _opening(text: str, words: int = 5) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


#: Characters that start a bullet or a table row copied as text.
_BULLETS = "-•·▪◦*/–"


def looks_like_lines(sentences: list[Sentence]) -> bool:
    """Lines of a list, minutes table or headings that arrived as one paragraph.

    Measured on real minutes copied from the web: two or more heading or
    label lines, labels making up 15% or more of the words, three or more
    lines starting with a bullet, or two or more "sentences" with a line
    break lost inside them (a minutes table read as text: "... in June The
    group discussed ...", "... this discussion LD presented ...").
    """
    labels = [s for s in sentences if is_label_or_list(s)]
    words = sum(s.counts.words for s in sentences) or 1
    bullets = sum(1 for s in sentences if s.text.lstrip()[:1] in _BULLETS)
    broken = sum(1 for s in sentences if len(pieces(s)) > 1)
    return (
        len(labels) >= 2
        or sum(s.counts.words for s in labels) >= 0.15 * words
        or bullets >= 3
        or broken >= 2
    )


@rule(
    "AC105",
    "long-paragraph",
    unit="block",
    severity="warning",
    summary="Paragraph is too long",
    why="A long block of text is tiring and easy to get lost in, especially for people with "
    "dyslexia, a learning disability, low vision or fatigue. Short paragraphs, one topic "
    "each, let people take a break and find their place again.",
    helps=("SpLD", "LD", "LV", "FAT", "COG", "ND", "MH"),
    fails=(
        "We met on 3 March. Twelve members came. We talked about the new leaflet. "
        "Sam asked about travel costs. The chair agreed to find out. "
        "We also planned the summer event.",
    ),
    passes=("We met on 3 March. Twelve members came. We talked about the new leaflet.",),
    options={"max_sentences": 5, "max_words": 120},
    profiles={
        "easy-read": {"max_sentences": 3, "max_words": 60},
        "professional": {"max_sentences": 8, "max_words": 200},
    },
)
def long_paragraph(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """A paragraph with more sentences or words than the limit.

    Limits (a paragraph is flagged when it goes over either one; settings
    `max_sentences` and `max_words`):

    - plain: 5 sentences or 120 words
    - easy-read: 3 sentences or 60 words
    - professional: 8 sentences or 200 words

    The NHS digital service manual asks for no more than 3 sentences a
    paragraph on web pages, which are read on screens and in small chunks.
    Meeting papers are printed or read as whole documents, and minutes and
    research summaries often need a few more sentences to explain one point,
    so plain English allows 5. Easy Read keeps the NHS figure of 3.

    Only ordinary paragraphs are checked: not headings, list items or table
    cells. A paragraph that is headings, labels, names or bullets run
    together (lines of minutes copied as one paragraph) is a list, not prose,
    and is left alone; fragments of one or two words do not count as
    sentences.

    The finding says where a new paragraph could start: at the sentence
    nearest the middle.
    """
    if ablock.kind is not BlockKind.PARAGRAPH or not ablock.is_prose:
        return
    sentences = [s for s in ablock.sentences if s.counts.words]
    if looks_like_lines(sentences):
        return  # headings, labels, names or bullets run together: a list, not prose
    sentences = [s for s in sentences if not is_label_or_list(s) and s.counts.words >= 3]
    if not sentences:
        return
    n_sent = len(sentences)
    n_words = sum(s.counts.words for s in sentences)
    max_s, max_w = ctx.options["max_sentences"], ctx.options["max_words"]
    if n_sent <= max_s and n_words <= max_w:
        return
    parts = max(2, math.ceil(max(n_sent / max_s, n_words / max_w)))
    if n_sent >= 2:
        middle = min(range(1, n_sent), key=lambda i: abs(i - n_sent / 2))
        where = f"start a new paragraph at '{_opening(sentences[middle].text)}'"
        fix = f"Split it into {parts} or more paragraphs, one topic each: {where}."
    else:
        fix = f"Split it into {parts} or more shorter sentences and paragraphs."
    sentence_word = "sentence" if n_sent == 1 else "sentences"
    yield Hit(
        f"This paragraph has {n_sent} {sentence_word} and {n_words} words; aim for at most "
        f"{max_s} sentences and {max_w} words. {fix}",
        sentences[0].start,
        sentences[-1].end,
        suggestions=(Suggestion(fix),),
    )
