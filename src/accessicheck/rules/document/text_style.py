"""AC410-AC413: how the text of Word documents (and PowerPoint slides) is set.

- AC410 empty-paragraphs: empty paragraphs typed to make space (Word).
- AC411 small-text: body text below the profile's minimum size (12 pt for
  plain, 16 pt for easy read, 11 pt for professional; 16 pt when the
  `large_print` option is on), and paragraphs much smaller than the body
  text (Word). Sizes come from `w:sz` through the styles (see
  `loaders/docx_facts.py`). Slides have their own limit, AC442.
- AC412 long-emphasis: more than a line of italic, underlined or
  capitals-formatted (`w:caps`, `a:rPr/@cap="all"`) text (Word and
  PowerPoint). Typed capitals are AC106.
- AC413 justified-text: justified paragraphs (`w:jc="both"`,
  `a:pPr/@algn="just"`), which leave uneven gaps between words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ...core import profiles
from ...core.model import BlockKind
from ...core.structure import Structure, TextSpan, block_at, capped, of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedBlock, AnalysedDocument

_LIMIT = 20
_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_TEXT_KINDS = (
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.TABLE_CELL,
    BlockKind.CAPTION,
    BlockKind.NOTE,
    BlockKind.TEXT_BOX,
)


def _facts(doc: AnalysedDocument, formats: tuple[str, ...]) -> Structure | None:
    facts = of(doc)
    return facts if facts is not None and facts.format in formats else None


def _spans_by_block(facts: Structure) -> dict[int, list[TextSpan]]:
    out: dict[int, list[TextSpan]] = {}
    for span in facts.spans:
        out.setdefault(span.paragraph, []).append(span)
    return out


def _main_size(spans: list[TextSpan], text: str) -> float | None:
    """The size covering most of the visible characters of a block."""
    chars: Counter[float] = Counter()
    for span in spans:
        if span.size is not None:
            chars[span.size] += len(text[span.start : span.end].strip())
    chars = Counter({k: v for k, v in chars.items() if v})
    return chars.most_common(1)[0][0] if chars else None


def _pt(size: float) -> str:
    return f"{size:g}pt"


@rule(
    "AC410",
    "empty-paragraphs",
    unit="document",
    severity="warning",
    summary="Empty paragraphs are used to make space",
    why="Screen readers announce every empty paragraph as 'blank', which is tiring and "
    "sounds like missing text. The spacing also breaks when the text changes.",
    helps=("SR", "COG"),
    options={"min_in_a_row": 2},
)
def empty_paragraphs(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Two or more empty paragraphs in a row (the Enter key pressed to make
    a gap) in a Word document's body. Use the paragraph's "Spacing before"
    and "after" settings, or a page break (Ctrl+Enter) to start a new page."""
    facts = _facts(doc, ("docx",))
    if facts is None:
        return
    least = max(int(ctx.options["min_in_a_row"]), 1)

    def hits() -> Iterator[Hit]:
        for found in facts.empty_paragraphs:
            if found.count < least:
                continue
            where = "after this paragraph" if found.paragraph else "at the start of the document"
            yield Hit.on(
                block_at(doc, found.paragraph),
                f"There are {found.count} empty paragraphs in a row {where}. Use "
                "paragraph spacing (Layout > Spacing) or a page break (Ctrl+Enter) instead.",
            )

    yield from capped(hits(), _LIMIT, "{n} more places use empty paragraphs for space.")


@rule(
    "AC411",
    "small-text",
    unit="document",
    severity="warning",
    summary="Text is smaller than the minimum size",
    why="Small text is hard or impossible to read for people with low vision, dyslexia or "
    "tired eyes, and for many older readers.",
    helps=("LV", "SpLD", "LD", "FAT"),
    options={"large_print": False},
)
def small_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The body text of a Word document (the size most of the paragraph and
    list text uses) is below the profile's minimum: 12pt for plain English
    (14pt is better), 16pt for easy read, 11pt for professional papers;
    16pt when the `large_print` option is on. Paragraphs, table cells,
    captions and text boxes below the minimum are flagged too (when the
    body text is itself too small, only those 2pt or more smaller still).
    Headers and footers are left alone."""
    facts = _facts(doc, ("docx",))
    if facts is None:
        return
    least = 16.0 if ctx.options["large_print"] else profiles.targets(ctx.profile).min_body_font_pt
    by_block = _spans_by_block(facts)
    body_chars: Counter[float] = Counter()
    sizes: dict[int, float] = {}
    for number, spans in by_block.items():
        ab = block_at(doc, number)
        if ab is None or ab.kind not in _TEXT_KINDS:
            continue
        size = _main_size(spans, ab.text)
        if size is None:
            continue
        sizes[number] = size
        if ab.kind in _BODY_KINDS:
            body_chars[size] += len(ab.text)
    if not body_chars:
        return
    body = body_chars.most_common(1)[0][0]
    if body < least:
        yield Hit(
            f"Most of the text is {_pt(body)}, smaller than the {_pt(least)} minimum for these "
            f"papers. Make the body text at least {_pt(least)}"
            + (" (14pt is easier to read)." if least < 14 else ".")
            + " Change the Normal style so every paragraph follows."
        )

    def too_small(size: float) -> bool:
        return size < least if body >= least else size <= body - 2

    def hits() -> Iterator[Hit]:
        for number, size in sorted(sizes.items()):
            if not too_small(size):
                continue
            ab = block_at(doc, number)
            if ab is None:
                continue
            yield Hit.on(
                ab,
                f"This text is {_pt(size)}, smaller than the {_pt(least)} minimum. Make it "
                f"at least {_pt(least)}, the same as the body text where you can.",
                0,
                len(ab.text),
            )

    yield from capped(hits(), _LIMIT, "{n} more paragraphs have small text.")


_EMPHASIS = (
    (
        "italic",
        "in italics",
        "Italic letters are harder to read, especially for people with dyslexia",
    ),
    ("underline", "underlined", "Underlining runs into the letters and looks like a link"),
    (
        "caps",
        "formatted as capitals",
        "Words in capitals are harder to read, as they lose their shape",
    ),
)


def _long_stretches(
    ab: AnalysedBlock, spans: list[TextSpan], flag: str, skip: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of text with `flag`, joining spans across spaces."""
    start = end = None
    for span in sorted(spans, key=lambda s: s.start):
        piece = ab.text[span.start : span.end]
        on = getattr(span, flag) and not any(s <= span.start and span.end <= e for s, e in skip)
        if flag == "caps" and on and not any(ch.islower() for ch in piece):
            on = False  # typed in capitals: AC106 reports those
        if on:
            start = span.start if start is None else start
            end = span.end
        elif piece.strip() and start is not None:
            yield start, end or start
            start = end = None
    if start is not None:
        yield start, end or start


@rule(
    "AC412",
    "long-emphasis",
    unit="document",
    severity="warning",
    summary="More than a line of text is in italics, underlined or in capitals",
    why="Long stretches of italic, underlined or capital letters are harder to read for "
    "people with dyslexia, low vision or a learning disability.",
    helps=("SpLD", "LV", "LD", "COG"),
    options={"max_chars": 80},
)
def long_emphasis(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """More than `max_chars` characters in a row (about a line) set in
    italics, underlined, or formatted as capitals (Word's All caps, or
    PowerPoint's), in a Word document or on a slide. Links are left alone.
    Use bold for a few words of emphasis instead, or none."""
    facts = _facts(doc, ("docx", "pptx"))
    if facts is None:
        return
    longest = int(ctx.options["max_chars"])
    links: dict[int, list[tuple[int, int]]] = {}
    for link in facts.links:
        ab = block_at(doc, link.paragraph)
        if ab is not None and link.text:
            at = ab.text.find(link.text)
            if at >= 0:
                links.setdefault(ab.block.location.paragraph or 0, []).append(
                    (at, at + len(link.text))
                )

    def hits() -> Iterator[Hit]:
        for number, spans in _spans_by_block(facts).items():
            ab = block_at(doc, number)
            if ab is None:
                continue
            for flag, how, why in _EMPHASIS:
                for start, end in _long_stretches(ab, spans, flag, links.get(number, [])):
                    words = len(ab.text[start:end].split())
                    if end - start > longest:
                        yield Hit.on(
                            ab,
                            f"{words} words in a row are {how}. {why}. Keep it to a few words, "
                            "or use bold for emphasis.",
                            start,
                            end,
                        )
                        break

    yield from capped(
        hits(), _LIMIT, "{n} more long stretches of italic, underlined or capital text."
    )


@rule(
    "AC413",
    "justified-text",
    unit="document",
    severity="warning",
    summary="Text is justified (lined up on both sides)",
    why="Justified text leaves uneven gaps between words, which form 'rivers' down the page "
    "that make reading harder, especially for people with dyslexia.",
    helps=("SpLD", "LV", "COG"),
)
def justified_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A paragraph of more than one line (100 characters or more) in a Word
    document or on a slide is justified. Align text to the left instead
    (Home > Align Left, or Ctrl+L)."""
    facts = _facts(doc, ("docx", "pptx"))
    if facts is None:
        return

    def hits() -> Iterator[Hit]:
        for ab in doc.blocks:
            if ab.kind not in _TEXT_KINDS or len(ab.text) < 100:
                continue
            if ab.block.style.get("alignment") == "justify":
                yield Hit.on(
                    ab,
                    "This paragraph is justified, which leaves uneven gaps between words. "
                    "Align it to the left (Ctrl+L).",
                    0,
                    len(ab.text),
                )

    yield from capped(hits(), _LIMIT, "{n} more paragraphs are justified.")
