"""AC424-AC428: what is inside a tagged PDF: figures, headings, tables and fonts.

- AC424 pdf-figure-alt: a Figure or Formula element without alternative
  text (veraPDF 7.3-t01, 7.7-t01).
- AC425 pdf-heading-order: numbered headings (H1-H6) that do not start at
  H1 or skip a level (7.4.2-t01).
- AC426 pdf-table-headers: a table with no header cell (TH) at all. This is
  Acrobat's "TH and TD" check; PDF/UA's table rule (7.5) asks more (that
  every cell can be tied to its headers), which is not checked here.
- AC427 pdf-font-not-embedded: a font the pages use is not embedded
  (7.21.4.1-t01).
- AC428 pdf-font-no-unicode: a font has no map from its characters to
  Unicode, so the text cannot be read out or copied (7.21.7-t01, for
  composite fonts only: simple fonts need glyph-level checks).

The facts come from the structure tree and page resources (see
`loaders/pdf_facts.py`); untagged PDFs have no figures, headings or tables
to check, which AC420 reports.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...core.structure import PdfFont, capped, page_anchor
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from .pdf_structure import readable

_LIMIT = 20


def _pages(pages: list[int | None]) -> str:
    known = sorted({p for p in pages if p is not None})
    if not known:
        return ""
    shown = ", ".join(str(p) for p in known[:10]) + (" and more" if len(known) > 10 else "")
    return f" (page{'s' if len(known) > 1 else ''} {shown})"


@rule(
    "AC424",
    "pdf-figure-alt",
    unit="document",
    severity="error",
    summary="A figure in the PDF has no alternative text",
    why="Screen reader users hear the alt text instead of seeing the picture. Without it they "
    "miss what the picture, chart or formula shows.",
    helps=("SR", "LV", "DB"),
)
def pdf_figure_alt(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Figure or Formula structure element (after the role map) has no
    `/Alt` text, or an empty one, and no `/ActualText` (veraPDF 7.3-t01 and
    7.7-t01). Add alt text in the original document and export again, or in
    Acrobat: Accessibility > Set Alternate Text."""
    facts = readable(doc)
    if facts is None:
        return

    def hits() -> Iterator[Hit]:
        for figure in facts.figures:
            if figure.has_alt:
                continue
            what = "picture" if figure.role == "Figure" else "formula"
            yield Hit.on(
                page_anchor(doc, figure.page),
                f"A {what} has no alt text, so screen reader users do not know what it shows. "
                "Add alt text in the original document and export it again.",
            )

    yield from capped(hits(), _LIMIT, "{n} more pictures or formulas have no alt text.")


@rule(
    "AC425",
    "pdf-heading-order",
    unit="document",
    severity="warning",
    summary="The PDF's headings skip a level",
    why="Heading levels show how a document is organised. A skipped level makes screen "
    "reader users think they have missed a section.",
    helps=("SR", "COG"),
)
def pdf_heading_order(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The numbered heading tags (H1 to H6), in the order of the structure
    tree, must start at H1 and go down one level at a time (veraPDF
    7.4.2-t01). Unnumbered H tags are left alone. The message shows the
    sequence around the first problem."""
    facts = readable(doc)
    if facts is None:
        return
    numbered = [h for h in facts.headings if h.level]
    previous = 0
    for n, heading in enumerate(numbered):
        if heading.level > previous + 1:
            sequence = " ".join(f"H{h.level}" for h in numbered[max(0, n - 3) : n + 1])
            if previous == 0:
                message = (
                    f"The first heading is H{heading.level}, not H1. Headings should start "
                    "at level 1 and go down one level at a time."
                )
            else:
                message = (
                    f"The headings go from H{previous} to H{heading.level} ({sequence}), "
                    "skipping a level. Fix the heading levels in the original document and "
                    "export it again."
                )
            yield Hit.on(page_anchor(doc, heading.page), message)
            return
        previous = heading.level


@rule(
    "AC426",
    "pdf-table-headers",
    unit="document",
    severity="error",
    summary="A table in the PDF has no header cells",
    why="Screen readers read a table's header cell before each data cell, so listeners know "
    "which column they are in. Without header cells they hear a list of values.",
    helps=("SR", "LV", "COG"),
)
def pdf_table_headers(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Table structure element with two or more rows has no TH (header)
    cell. Mark the header row in the original document (in Word: Repeat as
    header row) and export it again."""
    facts = readable(doc)
    if facts is None:
        return

    def hits() -> Iterator[Hit]:
        for table in facts.tables:
            if table.header_row or table.rows < 2:
                continue
            yield Hit.on(
                page_anchor(doc, table.page),
                f"Table {table.number} has no header cells. Mark its header row in the original "
                "document (in Word: Table Properties > Row > Repeat as header row) and export "
                "it again.",
            )

    yield from capped(hits(), _LIMIT, "{n} more tables have no header cells.")


def _font_list(fonts: list[PdfFont]) -> str:
    names = sorted({f.name.split("+", 1)[-1] for f in fonts})
    return ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")


@rule(
    "AC427",
    "pdf-font-not-embedded",
    unit="document",
    severity="warning",
    summary="A font in the PDF is not embedded",
    why="A font that is not embedded is replaced by another on some computers and devices, "
    "which can change the layout and make characters unreadable.",
    helps=("LV", "DIG", "ALL"),
)
def pdf_font_not_embedded(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A font used on the pages has no embedded font program: its font
    descriptor (a composite font's descendant's) has no `/FontFile`,
    `/FontFile2` or `/FontFile3` (veraPDF 7.21.4.1-t01). Type 3 fonts are
    always embedded. Export again with "embed fonts" on (Word: Save As PDF >
    Options > ISO 19005-1 compliant; LibreOffice does this by default)."""
    facts = readable(doc)
    if facts is None:
        return
    missing = [f for f in facts.fonts if not f.embedded]
    if missing:
        yield Hit.on(
            page_anchor(doc, min((f.page for f in missing if f.page), default=None)),
            f"These fonts are not embedded: {_font_list(missing)}"
            f"{_pages([f.page for f in missing])}. Export the PDF again with fonts embedded.",
        )


@rule(
    "AC428",
    "pdf-font-no-unicode",
    unit="document",
    severity="error",
    summary="Text in the PDF cannot be turned back into letters",
    why="Screen readers, copying and searching need to know which letter each character "
    "is. Without a Unicode map the text reads as nonsense or not at all.",
    helps=("SR", "SpLD", "DIG"),
)
def pdf_font_no_unicode(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A composite (Type 0) font has no `/ToUnicode` map and does not use one
    of Adobe's Chinese, Japanese or Korean character collections, so its
    characters cannot be mapped to letters (veraPDF 7.21.7-t01). Simple
    fonts are not checked: that needs the glyph names inside the font."""
    facts = readable(doc)
    if facts is None:
        return
    missing = [f for f in facts.fonts if f.unicode is False]
    if missing:
        yield Hit.on(
            page_anchor(doc, min((f.page for f in missing if f.page), default=None)),
            f"The text in these fonts cannot be read out or copied, because the PDF does not "
            f"say which letters they show: {_font_list(missing)}"
            f"{_pages([f.page for f in missing])}. Export the PDF again from the original "
            "document.",
        )
