"""AC417-AC419, AC460-AC462: layout made with blanks and tables, form controls, media.

Checks that Microsoft's Accessibility Checker makes in Word and PowerPoint
and the other AC4xx rules did not:

- AC417 repeated-blanks: two or more tabs, or three or more spaces, in a row
  inside a paragraph (Word and PowerPoint), used to line text up.
- AC418 content-control-title: a Word content control (a form field: text,
  date, drop-down, check box) with no title.
- AC419 layout-table: a Word table with no table style ("Table Normal") and
  no header row, which Word treats as a layout table: check its reading order.
- AC460 blank-table-cells: table rows or columns that are all empty, used for
  spacing (Word and PowerPoint).
- AC461 watermark: a picture or text watermark in a Word document's header.
- AC462 media-captions: a video or sound clip in a presentation with no
  caption track.

Empty paragraphs used for spacing are AC410.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.model import BlockKind, Severity
from ...core.structure import Structure, capped, of, where
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_LIMIT = 20
_BLANKS = re.compile(r"\t[ \t]*\t| {3,}")
_OFFICE = ("docx", "pptx")


def _format(doc: AnalysedDocument) -> str | None:
    facts = of(doc)
    return facts.format if facts is not None and facts.format in _OFFICE else None


@rule(
    "AC417",
    "repeated-blanks",
    unit="document",
    severity="warning",
    summary="Spaces or tabs are repeated to line text up",
    why="Screen readers read each space or tab, or say 'blank', and the text lines up only "
    "at one size and one font. Magnified or reflowed text falls apart.",
    helps=("SR", "LV", "SpLD"),
)
def repeated_blanks(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word or PowerPoint paragraph has two or more tabs in a row, or three
    or more spaces in a row, between its words (two spaces after a full stop
    are left alone). Use a table, a list, or Word's indents and tab stops
    (one tab) instead. Headers and footers are left alone."""
    if _format(doc) is None:
        return

    def hits() -> Iterator[Hit]:
        for ab in doc.blocks:
            if ab.kind in (BlockKind.HEADER, BlockKind.FOOTER):
                continue
            text = ab.text
            for match in _BLANKS.finditer(text):
                if not text[: match.start()].strip() or not text[match.end() :].strip():
                    continue  # leading or trailing blanks line nothing up
                what = "tabs" if "\t" in match.group() else "spaces"
                yield Hit.on(
                    ab,
                    f"Several {what} in a row are used here to line text up. Screen readers "
                    "read them out, and the layout breaks when text is enlarged. Use a table, "
                    "a list, or one tab with a tab stop instead.",
                    match.start(),
                    match.end(),
                    excerpt=text[max(0, match.start() - 20) : match.end() + 20].strip(),
                )
                break  # one finding a paragraph

    yield from capped(hits(), _LIMIT, "{n} more paragraphs use repeated spaces or tabs.")


@rule(
    "AC418",
    "content-control-title",
    unit="document",
    severity="warning",
    summary="A form field (content control) in a Word document has no title",
    why="Screen readers say a content control's title when people reach it. Without one they "
    "hear only 'edit' or 'combo box' and do not know what to fill in.",
    helps=("SR", "COG", "MOB"),
)
def content_control_title(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word content control (`w:sdt`: plain or rich text, date, drop-down
    list, check box, picture) has no title (`w:sdtPr/w:alias`). Controls Word
    makes itself (tables of contents, cover pages, citations) are left alone.
    Give it a title: Developer > Properties > Title."""
    facts = of(doc)
    if facts is None or facts.format != "docx":
        return

    def hits() -> Iterator[Hit]:
        for control in facts.content_controls:
            if control.title:
                continue
            yield Hit.on(
                where(doc, control.paragraph),
                f"A {control.kind} form field has no title, so screen readers cannot say what "
                "to fill in. Select it, then Developer > Properties, and type a Title.",
            )

    yield from capped(hits(), _LIMIT, "{n} more form fields have no title.")


@rule(
    "AC419",
    "layout-table",
    unit="document",
    severity="info",
    summary="A table seems to be used for layout: check its reading order",
    why="Screen readers read a table row by row, cell by cell. Text laid out in a table "
    "(two columns side by side, a form) can be read in an order that makes no sense.",
    helps=("SR", "COG"),
)
def layout_table(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word table with no table style (Word's "Table Normal") and no header
    row, which Word's own checker treats as a layout table. Read it row by
    row, left to right: if that is the right order, leave it; if not, use
    Layout > Columns, or make it a real table with a header row."""
    facts = of(doc)
    if facts is None or facts.format != "docx":
        return

    def hits() -> Iterator[Hit]:
        for table in facts.tables:
            if table.style is not None or table.header_row:
                continue
            yield Hit.on(
                where(doc, table.paragraph),
                f"Table {table.number} has no table style and no header row, so it looks like "
                "a table used for layout. Screen readers read it row by row, left to right: "
                "check that order makes sense, or use Layout > Columns instead.",
            )

    yield from capped(hits(), _LIMIT, "{n} more tables look like layout tables.")


@rule(
    "AC460",
    "blank-table-cells",
    unit="document",
    severity="warning",
    summary="A table has empty rows or columns used for spacing",
    why="Screen readers announce every empty cell as 'blank', and people moving through the "
    "table think they have reached its end or missed something.",
    helps=("SR", "COG"),
)
def blank_table_cells(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word or PowerPoint table has a row whose cells are all empty, or
    (in a table with no merged cells) a column whose cells are all empty.
    Remove them and use the table's cell spacing or padding instead."""
    facts = of(doc)
    if facts is None or facts.format not in _OFFICE:
        return

    def hits() -> Iterator[Hit]:
        for table in facts.tables:
            parts = []
            if table.blank_rows:
                parts.append(f"{table.blank_rows} empty row{'s' if table.blank_rows > 1 else ''}")
            if table.blank_columns:
                n = table.blank_columns
                parts.append(f"{n} empty column{'s' if n > 1 else ''}")
            if not parts:
                continue
            on_slide = f" on slide {table.page}" if facts.format == "pptx" and table.page else ""
            yield Hit.on(
                where(doc, table.paragraph, table.page),
                f"Table {table.number}{on_slide} has {' and '.join(parts)}. Screen readers "
                "read out each empty cell. Delete them and use cell spacing instead.",
            )

    yield from capped(hits(), _LIMIT, "{n} more tables have empty rows or columns.")


@rule(
    "AC461",
    "watermark",
    unit="document",
    severity="warning",
    summary="The document has a watermark",
    why="A watermark sits behind the text and lowers its contrast, which makes it harder to "
    "read for people with low vision or dyslexia. Screen readers do not read it, so its "
    "message (DRAFT, CONFIDENTIAL) is missed.",
    helps=("LV", "SpLD", "SR"),
)
def watermark(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word document has a picture watermark (`WordPictureWatermark`) or a
    text watermark (`PowerPlusWaterMarkObject`) in a header. Remove it
    (Design > Watermark > Remove Watermark) and, if it matters, say "Draft"
    in the title or the first line."""
    facts = of(doc)
    if facts is None or facts.format != "docx" or not facts.watermarks:
        return
    kinds = " and a ".join(sorted(facts.watermarks))
    yield Hit(
        f"This document has a {kinds} watermark behind its text, which makes the text harder "
        "to read and is not read out. Remove it (Design > Watermark > Remove Watermark) and "
        'put words such as "Draft" in the title instead.'
    )


@rule(
    "AC462",
    "media-captions",
    unit="document",
    severity="warning",
    summary="A video or sound clip has no captions",
    why="Deaf and hard of hearing people need captions to follow speech in a video or sound "
    "clip; captions also help people in a noisy room or listening in a second language.",
    helps=("BSL", "HoH", "DB", "EAL"),
)
def media_captions(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A video or sound clip in a PowerPoint presentation has no caption
    track (PowerPoint: select the video, then Playback > Insert Captions). A
    clip with captions burned into the picture, or no speech, is fine: then
    ignore this finding. An online video in a Word document (Insert > Online
    Video, `wp15:webVideoPr`) plays from the web, so Word cannot hold or see
    its captions: it gets a note to check them."""
    facts = of(doc)
    if facts is None or facts.format not in ("pptx", "docx"):
        return
    if facts.format == "docx":
        yield from capped(_word_videos(doc, facts), _LIMIT, "{n} more online videos.")
        return

    def hits() -> Iterator[Hit]:
        for picture in facts.pictures:
            if picture.kind != "video" or picture.captions is not False:
                continue
            name = f' "{picture.name}"' if picture.name else ""
            yield Hit.on(
                where(doc, picture.paragraph, picture.page),
                f"The video or sound clip{name} on slide {picture.page} has no captions. Add "
                "them (Playback > Insert Captions), unless the clip has no speech or shows "
                "captions in the picture.",
            )

    yield from capped(hits(), _LIMIT, "{n} more clips have no captions.")


def _word_videos(doc: AnalysedDocument, facts: Structure) -> Iterator[Hit]:
    for picture in facts.pictures:
        if picture.kind != "video":
            continue
        name = f' "{picture.name}"' if picture.name else ""
        yield Hit.on(
            where(doc, picture.paragraph, picture.page),
            f"Check that the online video{name} has captions: it plays from the web, so the "
            "captions must be on the video's own page (on YouTube, the CC button). Say in the "
            "text under it that captions are there, or link to a transcript.",
            severity=Severity.INFO,
        )
