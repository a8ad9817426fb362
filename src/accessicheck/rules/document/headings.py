"""AC401-AC403: headings in Word documents.

Screen reader users move through a document by its headings, and everyone
skims by them. Word only knows a heading when it has a heading style (or
an outline level), so these rules read the heading blocks the Word loader
found from `w:pStyle` (through `styles.xml`) and `w:outlineLvl`.

- AC401 no-headings: a document of some length with no headings at all.
- AC402 heading-levels: a level skipped (Heading 1 then Heading 3), or a
  first heading below level 1.
- AC403 fake-heading: a short paragraph made to look like a heading with
  bold or larger text, but without a heading style.
- AC463 long-heading: a heading too long to skim (Microsoft's "Headings are
  short" tip).

PDF headings are AC425; slide titles are AC440.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ...core.model import BlockKind
from ...core.structure import of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedBlock, AnalysedDocument

_HEADING_STYLE_HELP = "Use Word's heading styles (Heading 1, Heading 2 ...) from the Home tab."
_SENTENCE_END = re.compile(r"[.!?;,]$")


def _word(doc: AnalysedDocument) -> bool:
    facts = of(doc)
    return facts is not None and facts.format == "docx"


def _in_flow(ab: AnalysedBlock) -> bool:
    return ab.kind not in (BlockKind.HEADER, BlockKind.FOOTER)


@rule(
    "AC401",
    "no-headings",
    unit="document",
    severity="warning",
    summary="The document has no headings",
    why="Screen reader users jump from heading to heading to find their way, and everyone "
    "skims a paper by its headings. Without them a long paper is one block of text.",
    helps=("SR", "LV", "SpLD", "COG", "ND"),
    options={"min_words": 300},
)
def no_headings(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word document with at least `min_words` words of text has no
    headings: no paragraph uses a heading style (Heading 1, Heading 2 ...,
    Title) or an outline level. Bold or large text does not count: only
    heading styles are announced as headings and listed in the navigation
    pane."""
    if not _word(doc) or any(b.kind is BlockKind.HEADING for b in doc.blocks):
        return
    words = sum(len(b.text.split()) for b in doc.blocks if b.is_prose and _in_flow(b))
    if words < int(ctx.options["min_words"]):
        return
    yield Hit(
        f"This document has {words} words and no headings. Screen reader users cannot jump "
        f"to the part they need, and it is hard to skim. {_HEADING_STYLE_HELP} Give the "
        "title and the start of each section a heading."
    )


@rule(
    "AC402",
    "heading-levels",
    unit="document",
    severity="warning",
    summary="A heading level is skipped",
    why="Heading levels show how a paper is organised. A skipped level (a Heading 3 straight "
    "after a Heading 1) makes screen reader users think they have missed a section.",
    helps=("SR", "COG"),
)
def heading_levels(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Word headings should go down one level at a time: Heading 1, then
    Heading 2, then Heading 3. Going back up any number of levels is fine.
    The first heading should be level 1 (the Title style counts as level 1).
    Headers and footers are not counted."""
    if not _word(doc):
        return
    previous = 0
    for ab in doc.blocks:
        if ab.kind is not BlockKind.HEADING or not _in_flow(ab) or ab.block.level is None:
            continue
        level = ab.block.level
        if level > previous + 1:
            if previous == 0:
                message = (
                    f"The first heading is a level {level} heading. Start with a level 1 "
                    "heading (Heading 1 or Title), so the headings below it make sense."
                )
            else:
                missing = ", ".join(str(n) for n in range(previous + 1, level))
                message = (
                    f"This level {level} heading comes straight after a level {previous} "
                    f"heading: level {missing} is skipped. Use Heading {previous + 1} here, or "
                    "add the missing level."
                )
            yield Hit.on(ab, message, 0, len(ab.text))
        previous = level


def _body_size(doc: AnalysedDocument) -> float | None:
    """The text size covering the most characters of body paragraphs."""
    facts = of(doc)
    if facts is None:
        return None
    chars: Counter[float] = Counter()
    for span in facts.spans:
        if span.size is None:
            continue
        ab = doc.blocks[span.paragraph - 1] if span.paragraph <= len(doc.blocks) else None
        if ab is not None and ab.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            chars[span.size] += span.end - span.start
    return chars.most_common(1)[0][0] if chars else None


def _looks_like_heading(ab: AnalysedBlock, body: float | None) -> str | None:
    """Why a paragraph looks like a heading ("bold", "larger"), or None."""
    text = ab.text.strip()
    if ab.kind is not BlockKind.PARAGRAPH or not text or "\n" in text:
        return None
    if len(text) > 80 or len(text.split()) > 10 or _SENTENCE_END.search(text):
        return None
    if not any(ch.isalpha() for ch in text):
        return None
    size = ab.block.style.get("font_size")
    if body is not None and isinstance(size, (int, float)) and size >= body + 2:
        return "larger"
    if ab.block.style.get("bold") is True:
        return "bold"
    return None


@rule(
    "AC403",
    "fake-heading",
    unit="document",
    severity="warning",
    summary="Text looks like a heading but is not marked as one",
    why="A line made bold or big looks like a heading, but screen readers announce it as "
    "ordinary text and it is missing from the navigation pane and the contents.",
    helps=("SR", "COG"),
)
def fake_heading(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A short Word paragraph (up to 10 words, not ending like a sentence)
    that is all bold, or at least 2 points larger than the body text, and is
    followed by ordinary text, a list or a table, but has no heading style.
    Two or more such lines in a row (an address block, a list of names) are
    left alone, the last one too. Give it a heading style instead (the
    style can be changed to look the same)."""
    if not _word(doc):
        return
    body = _body_size(doc)
    blocks = [b for b in doc.blocks if _in_flow(b)]
    for n, (ab, after) in enumerate(zip(blocks, blocks[1:], strict=False)):
        why = _looks_like_heading(ab, body)
        if why is None:
            continue
        if after.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL):
            continue
        # A run of short bold lines (an address, a list of names) is not a heading: neither
        # its first lines nor its last one, which ordinary text follows.
        if after.kind is BlockKind.PARAGRAPH and _looks_like_heading(after, body):
            continue
        before = blocks[n - 1] if n else None
        if before is not None and _looks_like_heading(before, body):
            continue
        look = "is bold" if why == "bold" else "is in larger text"
        yield Hit.on(
            ab,
            f'"{ab.text.strip()}" {look} like a heading, but it is not marked as one, so '
            f"screen reader users cannot find it. {_HEADING_STYLE_HELP}",
            0,
            len(ab.text),
        )


@rule(
    "AC463",
    "long-heading",
    unit="document",
    severity="warning",
    summary="A heading is too long to skim",
    why="People skim a paper by its headings, and screen reader users hear a list of them. "
    "A long heading is hard to take in and hides the point of the section.",
    helps=("SR", "COG", "LD"),
    options={"max_words": 15},
)
def long_heading(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word heading (a heading style or outline level, not in a header or
    footer) has more than `max_words` words (15): Microsoft's Accessibility
    Checker tip "Headings are short". Keep the heading to its point and put
    the rest in the text under it."""
    if not _word(doc):
        return
    limit = int(ctx.options["max_words"])
    for ab in doc.blocks:
        if ab.kind is not BlockKind.HEADING or not _in_flow(ab):
            continue
        words = len(ab.text.split())
        if words > limit:
            yield Hit.on(
                ab,
                f"This heading has {words} words. Keep headings short (up to {limit} words) "
                "so people can skim them, and put the rest in the text under the heading.",
                0,
                len(ab.text),
            )
