"""AC406-AC407: pictures, shapes and text boxes in Word, PowerPoint and Markdown.

- AC406 missing-alt-text: a picture, chart, diagram, shape, video or
  embedded object without alternative text, or with alt text that says
  nothing (a file name, "picture", an automatic description left unchecked).
  Word: `wp:docPr/@descr` (VML: `v:shape/@alt`); PowerPoint:
  `p:cNvPr/@descr`; Markdown: `![alt](...)`. Objects marked decorative
  (`adec:decorative`) and text boxes (which hold real text) are left alone.
- AC407 floating-object: a Word text box, picture or shape that floats
  (`wp:anchor`, or VML `position:absolute`) instead of sitting in line with
  the text. Screen readers may read floating objects out of place, or not
  at all.

PDF figures are AC424.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.facts import images_of
from ...core.model import Severity
from ...core.structure import Picture, capped, of, page_anchor, where
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_FILE_NAME = re.compile(
    r"(?:^[a-z]:\\|[\\/]|\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp|heic)$)", re.IGNORECASE
)
_GENERIC = re.compile(
    r"^(?:image|picture|photo(?:graph)?|graphic|figure|chart|diagram|screenshot|icon|"
    r"img|pic|logo|shape|object|untitled)\s*\d*$",
    re.IGNORECASE,
)
_AUTOMATIC = re.compile(
    r"description automatically generated|generated with (?:high|low|medium) confidence",
    re.IGNORECASE,
)
_WHAT = {
    "picture": "picture",
    "chart": "chart",
    "diagram": "diagram (SmartArt)",
    "shape": "shape",
    "group": "group of shapes",
    "drawing canvas": "drawing",
    "video": "video or sound clip",
    "object": "embedded object",
}
_HOW = {
    "docx": "Right-click it, choose View Alt Text, and describe what it shows",
    "pptx": "Right-click it, choose View Alt Text, and describe what it shows",
    "markdown": "Write a short description between the square brackets: ![description](file)",
}
_LIMIT = 20


def _name(picture: Picture) -> str:
    """'The picture "Logo"', or 'A picture' when it has no name, to start a sentence."""
    what = _WHAT.get(picture.kind, picture.kind)
    name = (picture.name or "").strip()
    return f'The {what} "{name}"' if name else f"A {what}"


def _problem(picture: Picture) -> tuple[str, Severity | None] | None:
    """What is wrong with a picture's alt text, and how much it matters (None: the rule's)."""
    alt = (picture.alt or "").strip()
    if not alt:
        if picture.kind == "shape":
            return ("has no alt text. If it only decorates the page, mark it as decorative", None)
        return ("has no alt text", None)
    if _AUTOMATIC.search(alt):
        return (
            f'has alt text written by the computer ("{alt[:60]}"). Check it says what matters',
            Severity.WARNING,
        )
    if _FILE_NAME.search(alt):
        return (f'has a file name as its alt text ("{alt[:60]}")', None)
    if _GENERIC.match(alt):
        return (f'has alt text that only says "{alt}"', None)
    return None


def _markdown_pictures(doc: AnalysedDocument) -> Iterator[tuple[Picture, int | None]]:
    for image in images_of(doc.document.meta.facts):
        yield Picture("picture", name=image.src or None, alt=image.alt), image.line


@rule(
    "AC406",
    "missing-alt-text",
    unit="document",
    severity="error",
    summary="A picture or object has no useful alternative text",
    why="Screen reader users hear the alt text instead of seeing the picture. Without it they "
    "hear nothing, or a file name, and miss what the picture shows.",
    helps=("SR", "LV", "DB"),
)
def missing_alt_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Pictures, charts, diagrams, shapes, videos and embedded objects in
    Word and PowerPoint files, and images in Markdown, need alternative text
    that says what they show, unless they are only decoration (then mark
    them decorative). Alt text that is a file name ("IMG_0042.jpg"), a bare
    word such as "picture", or an automatic description nobody checked is
    flagged too."""
    facts = of(doc)
    if facts is not None and facts.format in ("docx", "pptx"):
        how = _HOW[facts.format]
        found = [
            (p, where(doc, p.paragraph, p.page))
            for p in facts.pictures
            if not p.decorative and p.kind != "text box"
        ]
    elif doc.document.format == "markdown":
        how = _HOW["markdown"]
        found = [(p, page_anchor(doc, None, line)) for p, line in _markdown_pictures(doc)]
    else:
        return

    def hits() -> Iterator[Hit]:
        for picture, block in found:
            problem = _problem(picture)
            if problem is None:
                continue
            message, severity = problem
            on_slide = (
                f" on slide {picture.page}" if facts is not None and facts.format == "pptx" else ""
            )
            yield Hit.on(
                block,
                f"{_name(picture)}{on_slide} {message}. {how}.",
                severity=severity,
                excerpt=picture.name or "",
            )

    yield from capped(hits(), _LIMIT, "{n} more pictures or objects need alt text.")


@rule(
    "AC407",
    "floating-object",
    unit="document",
    severity="warning",
    summary="A text box, picture or shape floats instead of sitting in line with the text",
    why="Screen readers read floating objects where they are anchored, which may not be "
    "where they appear, or skip them. Text in a floating text box is often missed.",
    helps=("SR", "COG"),
)
def floating_object(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word text box, picture or shape is set to float (text wraps around
    it) rather than "In line with text". Floating text boxes are flagged as
    warnings: their text should usually be ordinary paragraphs. Floating
    pictures and shapes are flagged for information: set their wrapping to
    "In line with text" so they stay in reading order."""
    facts = of(doc)
    if facts is None or facts.format != "docx":
        return

    def hits() -> Iterator[Hit]:
        for picture in facts.pictures:
            if not picture.floating:
                continue
            block = where(doc, picture.paragraph)
            if picture.kind == "text box":
                text = picture.text[:60] + ("…" if len(picture.text) > 60 else "")
                yield Hit.on(
                    block,
                    f'The text box "{text}" floats on the page, so screen readers may read it '
                    "out of place or miss it. Put its text in the body of the document instead "
                    "(a paragraph with a border or shading looks the same).",
                    excerpt=text,
                )
            elif not picture.decorative:
                yield Hit.on(
                    block,
                    f"{_name(picture)} floats with text wrapped around it. Set its wrapping "
                    'to "In line with text" (Layout Options) so it stays in reading order.',
                    severity=Severity.INFO,
                    excerpt=picture.name or "",
                )

    yield from capped(hits(), _LIMIT, "{n} more floating objects.")
