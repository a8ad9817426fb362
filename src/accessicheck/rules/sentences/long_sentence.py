"""AC101: sentences that are too long, with a place to split them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.model import BlockKind, Severity, Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import Sentence
from ...language.readability import words
from .sentence_kinds import is_label_or_list, longest_piece_words, pieces

#: Running headers and footers repeat on every page and are labels, not sentences.
SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})

#: Places where a long sentence can usually be split, and how to say so.
_SPLITS = re.compile(
    r"(?P<semi>;)\s"
    r"|(?P<dash>\s[–—]|\s-)\s"
    r"|,(?P<conj>\s(?:and|but|so|which|while|whereas|although|because)\s)",
    re.IGNORECASE,
)

#: A piece between two commas this short is an item of a list.
_LIST_ITEM_WORDS = 4

#: Each part of a split should have at least this many words.
_MIN_PART = 4


def split_point(text: str) -> tuple[int, str] | None:
    """The best place to split a sentence: (offset, advice), or None.

    A semicolon or dash is the clearest break, then ", and", ", but" and the
    like, then ", which". Among breaks of the same kind, the one nearest the
    middle wins. Each side keeps at least a few words.
    """
    offsets = [s for s, _, _ in words(text)]
    total = len(offsets)
    best: tuple[int, float, int, str] | None = None
    for m in _SPLITS.finditer(text):
        conj = (m.group("conj") or "").strip().lower()
        if conj == "and" and _ends_a_list(text[: m.start()]):
            continue  # "ramps, hearing loops, and quiet rooms": not two sentences
        before = sum(1 for s in offsets if s < m.start())
        if before < _MIN_PART or total - before < _MIN_PART:
            continue
        last_two = words(text[: m.start()])[-2:]
        previous = text[last_two[0][0] : last_two[-1][1]]
        rank = 0 if m.group("semi") or m.group("dash") else 1
        if m.group("semi"):
            advice = f"at the semicolon after '{previous}'"
        elif m.group("dash"):
            advice = f"at the dash after '{previous}'"
        else:
            joiner = m.group("conj").strip()
            if joiner.lower() == "which":
                rank = 2
                advice = (
                    f"after '{previous}': end the sentence there and start the next one "
                    "with 'This' instead of 'which'"
                )
            else:
                advice = (
                    f"after '{previous}': end the sentence there and start the next one "
                    f"with '{joiner.capitalize()}'"
                )
        key = (rank, abs(before - total / 2), m.start(), advice)
        if best is None or key[:2] < best[:2]:
            best = key
    return None if best is None else (best[2], best[3])


def _ends_a_list(before: str) -> bool:
    """True when the comma before 'and' closes a list of short items.

    "mobility aids, visual impairments, and young people": the piece since
    the comma before is a few words, so the comma is a list's last comma.
    """
    cut = before.rfind(",")
    return cut != -1 and len(words(before[cut + 1 :])) <= _LIST_ITEM_WORDS


@rule(
    "AC101",
    "long-sentence",
    unit="sentence",
    severity="warning",
    summary="Sentence is too long",
    why="Long sentences are hard to follow and to remember, especially for people with a "
    "learning disability, dyslexia or a brain injury, people reading in a second language, "
    "and people listening to a screen reader.",
    helps=("LD", "SpLD", "COG", "ND", "EAL", "SR", "FAT", "MH"),
    fails=(
        "The group agreed that the new terms of reference, which were drafted by the chair "
        "and the two co-leads over the summer, should be shared with every member before the "
        "next meeting so that people have time to comment.",
    ),
    passes=("The group agreed the new terms of reference. Please send comments by Friday.",),
    options={"note_words": 25, "warning_words": 30, "error_words": 40},
    profiles={
        "easy-read": {"note_words": 15, "warning_words": 15, "error_words": 25},
        "professional": {"note_words": 30, "warning_words": 30, "error_words": 45},
    },
)
def long_sentence(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A sentence with more words than the limit.

    Long sentences ask readers to hold a lot in their head at once. Plain
    English guides (the Oxford Guide to Plain English, GOV.UK) suggest an
    average of 15 to 20 words, and no sentence over 25. Easy Read uses 15.

    Limits (words in one sentence; settings `note_words`, `warning_words`
    and `error_words`):

    - plain: a note over 25, a warning over 30, an error over 40
    - easy-read: a warning over 15, an error over 25
    - professional: a warning over 30, an error over 45

    Plain English aims for 25 words at most. On real meeting papers, a
    sentence of 26 to 30 words was worth splitting less than half the time,
    so it gets a note, not a warning (see docs/defaults.md).

    Words are counted the same way as for the reading-age figures: a
    hyphenated word ("co-production") counts once.

    Headings, table cells and list items are checked too: a heading that is a
    long sentence is still hard to read. Lines that are not prose are left
    alone: a list of names, a run of headings and labels, or words with no
    verb (most words start with a capital letter, or there is no verb).
    When a heading runs straight into a sentence ("... review of actions The
    previous minutes ..."), a line break was lost: only the longest real
    sentence is counted.
    Running headers and footers are left alone, because they repeat on every
    page.

    Where there is an easy place to split the sentence (a semicolon, a dash,
    or ", and", ", but", ", which"), the finding says where.

    Before: "The group agreed the new terms of reference, which were drafted
    over the summer by the chair and the co-leads, and asked for them to be
    shared with every member before the next meeting."

    After: "The group agreed the new terms of reference. The chair and the
    co-leads wrote them over the summer. We will send them to every member
    before the next meeting."
    """
    if sentence.block.kind in SKIP_KINDS:
        return
    n = sentence.counts.words
    limit = min(ctx.options["note_words"], ctx.options["warning_words"])
    if n <= limit or is_label_or_list(sentence):
        return
    if len(pieces(sentence)) > 1:
        # A heading or label run into the sentence (a lost line break): judge
        # the longest real sentence in it, not the run.
        n = longest_piece_words(sentence)
        if n <= limit:
            return
    if n > ctx.options["error_words"]:
        severity: Severity | None = Severity.ERROR
    elif n > ctx.options["warning_words"]:
        severity = Severity.WARNING
    else:
        severity = Severity.INFO
    split = split_point(sentence.text)
    if split is None:
        fix = "Split it into shorter sentences, one idea in each."
    else:
        fix = f"Split it into two {split[1]}."
    yield Hit(
        f"This sentence has {n} words; aim for {limit} or fewer. {fix}",
        sentence.start,
        sentence.end,
        suggestions=(Suggestion(fix),),
        severity=severity,
    )
