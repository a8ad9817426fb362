"""AC414: text colour too close to its background (Word and PowerPoint).

The contrast ratio is WCAG 2's (`structure.contrast_ratio`): at least 4.5:1,
or 3:1 for large text (18pt, or 14pt bold). The text colour is the run's
(`w:color`, or PowerPoint's `a:solidFill`), with theme colours resolved
through theme1.xml; "automatic" text is black on light backgrounds and
white on dark ones, so it always passes. The background is what the loaders
found behind the text: highlight, run shading, paragraph shading, cell
shading, text-box or shape fill, slide or page colour, else white. Where it
cannot be known (a picture or gradient behind the text, a table style that
shades cells) no contrast is worked out.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...core.structure import TextSpan, block_at, capped, contrast_ratio, is_large_text, of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_LIMIT = 20


def _shown(ratio: float) -> str:
    """The ratio rounded down, so 4.49 shows as 4.4 and never as the 4.5 it falls short of."""
    return f"{math.floor(ratio * 10) / 10:.1f}"


def _needed(span: TextSpan, normal: float, large: float) -> float:
    return large if is_large_text(span.size, span.bold) else normal


@rule(
    "AC414",
    "low-contrast",
    unit="document",
    severity="error",
    summary="Text does not stand out enough from its background",
    why="Text that is too close in colour to its background is hard or impossible to read "
    "for people with low vision or colour blindness, on a projector, or when printed.",
    helps=("LV", "SpLD", "FAT", "ALL"),
    options={"normal_ratio": 4.5, "large_ratio": 3.0},
)
def low_contrast(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Text in a Word document or on a slide has a contrast ratio with its
    background below 4.5:1 (WCAG 2 level AA), or below 3:1 for large text
    (18pt or more, or 14pt bold). One finding per paragraph, for its
    lowest contrast."""
    facts = of(doc)
    if facts is None or facts.format not in ("docx", "pptx"):
        return
    normal = float(ctx.options["normal_ratio"])
    large = float(ctx.options["large_ratio"])
    worst: dict[int, tuple[float, TextSpan]] = {}
    for span in facts.spans:
        if span.background is None:
            continue
        ab = block_at(doc, span.paragraph)
        if ab is None or not ab.text[span.start : span.end].strip():
            continue
        ratio = contrast_ratio(span.colour, span.background)
        if ratio >= _needed(span, normal, large):
            continue
        found = worst.get(span.paragraph)
        if found is None or ratio < found[0]:
            worst[span.paragraph] = (ratio, span)

    def hits() -> Iterator[Hit]:
        for number in sorted(worst):
            ratio, span = worst[number]
            ab = block_at(doc, number)
            needed = _needed(span, normal, large)
            size = "large " if needed == large else ""
            colour = f"#{span.colour}" if span.colour else "automatic"
            yield Hit.on(
                ab,
                f"This {size}text ({colour} on #{span.background}) has a contrast of "
                f"{_shown(ratio)}:1; it needs at least {needed:g}:1. Use a darker text colour "
                "or a lighter background (or the other way round).",
                span.start,
                span.end,
            )

    yield from capped(hits(), _LIMIT, "{n} more paragraphs have low contrast text.")
