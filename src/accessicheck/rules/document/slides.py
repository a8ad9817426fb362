"""AC440-AC444: PowerPoint slides.

Facts from `loaders/pptx.py`: each slide's title placeholder, its shapes in
reading order (the order of `p:cSld/p:spTree`, which screen readers use)
with their positions, and the size of every run of text.

- AC440 slide-no-title: no title placeholder, or an empty one.
- AC441 duplicate-slide-title: two slides with the same title.
- AC442 small-slide-text: text below 18pt (footers and notes left alone).
- AC443 slide-reading-order: the reading order differs from the order on the
  slide (top to bottom, left to right).
- AC444 picture-only-slide: a slide with a picture and no text.
- AC445 section-names: sections with a made-up name, or the same name twice.

Alt text, contrast, tables, links and justified text on slides are checked
by the same rules as Word (AC406, AC408, AC409, AC412-AC416).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ...core.model import BlockKind, Severity
from ...core.structure import Shape, Slide, Structure, block_at, capped, of, page_anchor
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_LIMIT = 30
_CONTENT = {"text", "picture", "table", "chart", "diagram", "video", "group", "object"}
_FOOTERS = {"sldNum", "dt", "ftr"}


def _slides(doc: AnalysedDocument) -> Structure | None:
    facts = of(doc)
    return facts if facts is not None and facts.format == "pptx" else None


@rule(
    "AC440",
    "slide-no-title",
    unit="document",
    severity="error",
    summary="A slide has no title",
    why="Screen reader users find their way through a presentation by its slide titles, and "
    "the titles make the outline and the PDF bookmarks. A slide without one is 'Slide 7'.",
    helps=("SR", "COG", "LV"),
)
def slide_no_title(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A slide has no title placeholder (`p:ph` of type `title` or
    `ctrTitle`), or its title is empty. Text in an ordinary text box does not
    count. To hide a title, keep it and move it off the slide."""
    facts = _slides(doc)
    if facts is None:
        return

    def hits() -> Iterator[Hit]:
        for slide in facts.slides:
            if slide.title:
                continue
            how = (
                "its title is empty"
                if slide.title == ""
                else "it has no title box (use a layout with a title: Home > Layout)"
            )
            yield Hit.on(
                page_anchor(doc, slide.number),
                f"Slide {slide.number} has no title: {how}. Give every slide a unique title.",
            )

    yield from capped(hits(), _LIMIT, "{n} more slides have no title.")


@rule(
    "AC441",
    "duplicate-slide-title",
    unit="document",
    severity="info",
    summary="Two or more slides have the same title",
    why="Slide titles are how screen reader users tell slides apart. The same title twice "
    "sounds like the same slide.",
    helps=("SR", "COG"),
)
def duplicate_slide_title(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A slide's title is the same (ignoring case and spaces) as an earlier
    slide's. Add "(continued)" or "(2 of 3)", or say what is different."""
    facts = _slides(doc)
    if facts is None:
        return
    first: dict[str, int] = {}
    for slide in facts.slides:
        if not slide.title:
            continue
        key = " ".join(slide.title.casefold().split())
        if key in first:
            yield Hit.on(
                _title_block(doc, slide) or page_anchor(doc, slide.number),
                f'Slide {slide.number} has the same title as slide {first[key]} ("{slide.title}"). '
                'Make each title different, for example by adding "(continued)".',
            )
        else:
            first[key] = slide.number


def _title_block(doc: AnalysedDocument, slide: Slide) -> object | None:
    for ab in doc.blocks:
        if ab.block.location.page == slide.number and ab.kind is BlockKind.HEADING:
            return ab
    return None


@rule(
    "AC442",
    "small-slide-text",
    unit="document",
    severity="warning",
    summary="Text on a slide is smaller than 18pt",
    why="Slides are read from a distance, on small screens and in print-outs. Small text is "
    "hard to read for people with low vision and for everyone at the back of the room.",
    helps=("LV", "SpLD", "FAT", "ALL"),
    options={"min_size": 18.0},
)
def small_slide_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Text on a slide (slide number, date, footer and speaker notes left
    alone) is smaller than `min_size` points, after PowerPoint's "shrink
    text on overflow" scaling. One finding per slide, at its smallest
    text."""
    facts = _slides(doc)
    if facts is None:
        return
    least = float(ctx.options["min_size"])
    smallest: dict[int, tuple[float, int, int, int]] = {}
    for span in facts.spans:
        ab = block_at(doc, span.paragraph)
        if ab is None or span.size is None or span.size >= least:
            continue
        if (
            ab.kind in (BlockKind.FOOTER, BlockKind.NOTE)
            or not ab.text[span.start : span.end].strip()
        ):
            continue
        page = ab.block.location.page or 0
        if page not in smallest or span.size < smallest[page][0]:
            smallest[page] = (span.size, span.paragraph, span.start, span.end)

    def hits() -> Iterator[Hit]:
        for page in sorted(smallest):
            size, number, start, end = smallest[page]
            yield Hit.on(
                block_at(doc, number),
                f"Slide {page} has text as small as {size:g}pt. Use at least {least:g}pt: "
                "cut the words down or split the slide, rather than shrinking the text.",
                start,
                end,
            )

    yield from capped(hits(), _LIMIT, "{n} more slides have small text.")


def _visually_before(one: Shape, other: Shape) -> bool:
    """True when `one` clearly comes first on the slide: above `other`, or left of it in a row."""
    a, b = one.box, other.box
    if a is None or b is None:
        return False
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    tolerance = 0.1 * min(ah, bh) if min(ah, bh) > 0 else 0
    overlap_x = min(ax + aw, bx + bw) - max(ax, bx)
    overlap_y = min(ay + ah, by + bh) - max(ay, by)
    if ay + ah <= by + tolerance and overlap_x > 0:
        return True  # above it, in the same column
    same_row = overlap_y >= 0.5 * min(ah, bh) if min(ah, bh) > 0 else False
    return same_row and ax + aw <= bx + tolerance


def _layout_order(earlier: Shape, later: Shape) -> bool:
    """True when two placeholders are read in the order their slide layout gives them.

    PowerPoint's own layouts put some text above the title (Section Header) or a
    caption beside a picture (Picture with Caption) and read them in the order
    the layout's designer chose; that order is not the author's mistake.
    """
    return (
        earlier.layout_rank is not None
        and later.layout_rank is not None
        and earlier.layout_rank < later.layout_rank
    )


def _out_of_order(slide: Slide) -> tuple[Shape, Shape] | None:
    """The first (read earlier, read later) pair where the later one clearly comes first."""
    shapes = [
        s
        for s in slide.shapes
        if s.kind in _CONTENT and s.placeholder not in _FOOTERS and (s.has_text or s.kind != "text")
    ]
    title = next((s for s in shapes if s.placeholder in ("title", "ctrTitle")), None)
    if title is not None and shapes and shapes[0] is not title:
        # The title should be read first unless something really sits above it.
        earlier = shapes[0]
        if not _visually_before(earlier, title) and not _layout_order(earlier, title):
            return earlier, title
    for i, earlier in enumerate(shapes):
        for later in shapes[i + 1 :]:
            if _visually_before(later, earlier) and not _layout_order(earlier, later):
                return earlier, later
    return None


_KIND_WORDS = {
    "text": "text box", "picture": "picture", "table": "table", "chart": "chart",
    "diagram": "SmartArt diagram", "group": "group", "video": "video", "object": "object",
}  # fmt: skip


def _describe(shape: Shape, slide: Slide, other: Shape) -> str:
    """How to name a shape so people can find it: its name, with its kind and place
    in the reading order when the other shape has the same name (or it has none)."""
    name = shape.name.strip()
    kind = _KIND_WORDS.get(shape.kind, "object")
    if shape.placeholder in ("title", "ctrTitle"):
        kind = "title"
    if name and name != other.name.strip():
        return f'"{name}"'
    number = next((n for n, s in enumerate(slide.shapes, start=1) if s is shape), 0)
    called = f' "{name}"' if name else ""
    return f"the {kind}{called} (object {number} in the reading order)"


@rule(
    "AC443",
    "slide-reading-order",
    unit="document",
    severity="warning",
    summary="A slide's reading order differs from the order on screen",
    why="Screen readers read a slide's objects in the order they were added, not the order "
    "they appear. If that order is wrong, the slide makes no sense when heard.",
    helps=("SR", "COG"),
)
def slide_reading_order(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The shapes with content on a slide (footers left out) are read in an
    order that differs from how they appear: an object is read before one
    that is clearly above it, or to its left in the same row; or the title
    is not read first. Placeholders read in the order their slide layout
    gives them (PowerPoint's Section Header and Picture with Caption layouts
    put text above or beside the title) are left alone. Check it in
    PowerPoint: Review > Check Accessibility > Reading Order pane (or Home >
    Arrange > Selection Pane, which lists the order bottom-up)."""
    facts = _slides(doc)
    if facts is None:
        return

    def hits() -> Iterator[Hit]:
        for slide in facts.slides:
            pair = _out_of_order(slide)
            if pair is None:
                continue
            earlier, later = pair
            first = _describe(earlier, slide, later)
            second = _describe(later, slide, earlier)
            yield Hit.on(
                page_anchor(doc, slide.number),
                f"On slide {slide.number}, {first} is read before {second}, although it comes "
                "after it on the slide. Fix the order in Review > Check Accessibility > "
                "Reading Order.",
            )

    yield from capped(hits(), _LIMIT, "{n} more slides may be read in the wrong order.")


@rule(
    "AC444",
    "picture-only-slide",
    unit="document",
    severity="warning",
    summary="A slide is only a picture, with no text",
    why="A slide that is just a picture, often a screenshot of text or a table, cannot be "
    "read by screen readers, enlarged cleanly or translated.",
    helps=("SR", "LV", "SpLD", "EAL"),
)
def picture_only_slide(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A slide has a picture and no text: no title and nothing else to read
    (footers and notes do not count). If the picture shows words or numbers,
    put them on the slide as real text; otherwise give the slide a title
    and the picture alt text."""
    facts = _slides(doc)
    if facts is None:
        return
    pictures = Counter(p.page for p in facts.pictures if p.kind == "picture")

    def hits() -> Iterator[Hit]:
        for slide in facts.slides:
            if slide.title or slide.text_chars or not pictures.get(slide.number):
                continue
            yield Hit.on(
                page_anchor(doc, slide.number),
                f"Slide {slide.number} is only a picture, with no text. If the picture shows "
                "words or figures, put them on the slide as real text, and give the slide a "
                "title.",
            )

    yield from capped(hits(), _LIMIT, "{n} more slides are only pictures.")


_DEFAULT_SECTION = re.compile(r"^(?:default section|untitled section|section \d*)$", re.IGNORECASE)


@rule(
    "AC445",
    "section-names",
    unit="document",
    severity="warning",
    summary="A section of the presentation has a made-up or repeated name",
    why="Screen reader users can move from section to section in a long presentation. Names "
    "such as 'Untitled Section' or the same name twice do not say where they are.",
    helps=("SR", "COG"),
)
def section_names(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A PowerPoint section (`p14:sectionLst/p14:section/@name`) is called
    "Default Section", "Untitled Section" or "Section 2", or is empty
    (warning), or has the same name as an earlier section (info). Rename it:
    right-click the section name > Rename Section."""
    facts = _slides(doc)
    if facts is None or not facts.sections:
        return
    made_up = [n for n in facts.sections if not n.strip() or _DEFAULT_SECTION.match(n.strip())]
    if made_up:
        shown = ", ".join(f'"{n}"' for n in sorted(set(made_up))[:3])
        yield Hit(
            f"{len(made_up)} section{'s have' if len(made_up) > 1 else ' has'} a name that "
            f"says nothing ({shown}). Right-click each section name, choose Rename Section, "
            "and say what the slides in it are about."
        )
    counts = Counter(" ".join(n.casefold().split()) for n in facts.sections if n.strip())
    twice = sorted(
        {n for n in facts.sections if counts[" ".join(n.casefold().split())] > 1} - set(made_up)
    )
    if twice:
        listed = ", ".join(f'"{n}"' for n in twice[:3])
        yield Hit(
            f"Two or more sections have the same name ({listed}). Give each section its own name.",
            severity=Severity.INFO,
        )
