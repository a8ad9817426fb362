"""Structural facts about a document, for the document-accessibility checks (AC4xx).

Loaders gather these facts, without judging them, and put a `Structure` in
the document's typed facts (`Document.meta.facts`, see `core/facts.py`); the AC4xx
rules read it with `of(doc)`.

Where a fact sits in the document it says so with `paragraph` (the number
of the block it is in, or the nearest block before it: the same number as
`Location.paragraph`) and, for PDF and PowerPoint, `page` (the page or
slide, counting from 1). `block_at`, `page_anchor` and `where` turn those
into something a rule's `Hit` can point at (see `Hit.on`), so findings get
the usual locations.

Colours are six-digit hex strings ("1F3864") or None for "automatic" (Word's
auto colour, which is black on light backgrounds and white on dark ones).
`contrast_ratio` is WCAG 2's formula.

Nothing here imports a parsing library: rules can import this module freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .model import BlockKind, Location
from .structure_pdfua import PdfUaFacts

if TYPE_CHECKING:
    from ..language.analysis import AnalysedBlock, AnalysedDocument


# --- facts shared by Word, PowerPoint and PDF --------------------------------------------


@dataclass(frozen=True)
class Picture:
    """A picture, chart, diagram, shape, text box or embedded object.

    `alt` is the alternative text (Word and PowerPoint `descr`, markdown
    `![alt]`), None when the attribute is missing and "" when it is empty.
    `floating` is True for objects that text wraps around (Word `wp:anchor`,
    VML `position:absolute`) rather than objects that sit in a line of text.
    `text` is the text inside a text box, for messages.
    """

    kind: str  # "picture", "chart", "diagram", "shape", "group", "object", "text box", "video"
    name: str | None = None
    alt: str | None = None
    title: str | None = None
    decorative: bool = False
    floating: bool = False
    page: int | None = None
    paragraph: int | None = None
    text: str = ""
    #: for video and sound: whether a caption track is attached (None: not a media object)
    captions: bool | None = None


@dataclass(frozen=True)
class ContentControl:
    """A Word content control (`w:sdt`) and its title (`w:sdtPr/w:alias`), None when it has none."""

    title: str | None
    kind: str  # "text", "date", "drop-down", "check box", "picture", "other"
    paragraph: int | None = None


@dataclass(frozen=True)
class Table:
    """A table and how its header row and cells are marked.

    `header_row`: the first row is marked as a header (Word `w:tblHeader`,
    "Repeat as header row"; PowerPoint `a:tblPr/@firstRow`; PDF: the table
    has at least one TH cell). `style_first_row`: Word's table-style option
    "Header Row" (`w:tblLook/@w:firstRow`), None where the format has none.
    `merged_cells` counts cells merged across or down; `split_rows` counts
    rows whose cells do not fill the table's grid (split cells, cells left
    out). `nested` says a table sits inside one of this table's cells.
    """

    number: int
    rows: int
    columns: int
    header_row: bool
    style_first_row: bool | None = None
    merged_cells: int = 0
    split_rows: int = 0
    nested: bool = False
    page: int | None = None
    paragraph: int | None = None
    #: rows and columns whose cells are all empty (no text, no picture); tables without merged
    #: cells only (with merged cells a column is not well defined)
    blank_rows: int = 0
    blank_columns: int = 0
    #: Word: the table style's id (`w:tblStyle`), None for none (Table Normal)
    style: str | None = None


@dataclass(frozen=True)
class Link:
    """A hyperlink: the text a reader sees and where it goes (`line`: Markdown's source line)."""

    text: str
    url: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class TextSpan:
    """A stretch of one block's text that looks the same throughout.

    `start`/`end` are offsets into the text of block number `paragraph`.
    `size` is in points (None when unknown). `colour` is the text colour,
    None for automatic. `background` is the colour behind the text, after
    shading, highlight, cell, shape and page colours; None when it cannot
    be known (a picture or gradient behind the text, a table style's
    shading), in which case no contrast is worked out.
    """

    paragraph: int
    start: int
    end: int
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False
    colour: str | None = None
    background: str | None = "FFFFFF"


@dataclass(frozen=True)
class EmptyParagraphs:
    """Empty paragraphs in a row (blank lines typed for spacing), after block `paragraph`."""

    count: int
    paragraph: int | None = None


# --- PowerPoint ----------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """One object on a slide, in reading order (the order of the slide's shape tree).

    Positions are in EMU (914,400 to the inch), None when not known.
    `placeholder` is the placeholder type ("title", "body", "sldNum" ...)
    or None for an ordinary shape.
    """

    name: str
    kind: str  # "text", "picture", "table", "chart", "diagram", "group", "video", "shape"
    left: int | None = None
    top: int | None = None
    width: int | None = None
    height: int | None = None
    has_text: bool = False
    placeholder: str | None = None
    #: where the layout placeholder it inherits from sits in the layout's shape tree
    layout_rank: int | None = None

    @property
    def box(self) -> tuple[int, int, int, int] | None:
        if None in (self.left, self.top, self.width, self.height):
            return None
        return (self.left or 0, self.top or 0, self.width or 0, self.height or 0)


@dataclass(frozen=True)
class Slide:
    """A slide: its title and its shapes in reading order.

    `title` is the text of the title placeholder: None when the slide has no
    title placeholder, "" when it has one with no text.
    """

    number: int
    title: str | None
    shapes: tuple[Shape, ...] = ()
    hidden: bool = False
    text_chars: int = 0  # characters of slide text, titles and footers excluded


# --- PDF -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfFont:
    """A font the pages use. `unicode` is None when it cannot be told from the dictionaries."""

    name: str
    subtype: str
    embedded: bool
    unicode: bool | None
    page: int | None = None


@dataclass(frozen=True)
class PdfFigure:
    """A Figure or Formula structure element and whether it has a text alternative."""

    role: str  # "Figure" or "Formula"
    has_alt: bool
    page: int | None = None


@dataclass(frozen=True)
class PdfHeading:
    """A heading structure element: level 1-6 for H1-H6, 0 for the unnumbered H."""

    level: int
    page: int | None = None


@dataclass
class PdfFacts:
    """What the PDF's catalog, metadata, structure tree and fonts say.

    `complete` is False when the structure walk stopped at its time or size
    limit (the lists then hold what was read). `error` says why the facts
    could not be read at all (damaged or password-protected file).
    """

    tagged: bool = False  # /MarkInfo /Marked is true
    struct_tree: bool = False  # the catalog has a /StructTreeRoot
    lang: str | None = None  # catalog /Lang ("" when present but empty)
    lang_elsewhere: bool = False  # /Lang on a structure element or in marked content
    other_langs: list[str] = field(default_factory=list)  # distinct /Lang values found there
    info_title: str | None = None
    xmp_title: str | None = None
    display_doc_title: bool | None = None  # None: not set
    encrypted: bool = False
    permissions: int | None = None  # /Encrypt /P
    outline_items: int = 0
    pages: int = 0
    figures: list[PdfFigure] = field(default_factory=list)
    headings: list[PdfHeading] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    fonts: list[PdfFont] = field(default_factory=list)
    complete: bool = True
    error: str | None = None
    ua: PdfUaFacts | None = None  # the PDF/UA facts (core/structure_pdfua.py)

    @property
    def title(self) -> str | None:
        return self.xmp_title or self.info_title

    @property
    def readable_without_page_text(self) -> bool:
        """True when a PDF with no page text still has words for people: form fields that
        show text, or a tagged file whose pictures all have alt text."""
        if self.ua is None or not self.ua.texts_off_page:
            return False
        if self.ua.form_text:
            return True
        return self.tagged and bool(self.figures) and all(f.has_alt for f in self.figures)

    @property
    def accessibility_allowed(self) -> bool:
        """False when security settings forbid copying text for accessibility (P bit 10)."""
        if not self.encrypted or self.permissions is None:
            return True
        return bool(self.permissions & 512)


# --- everything together ----------------------------------------------------------------


@dataclass
class Structure:
    """Everything the loaders found about a document's structure.

    Lists stay empty where a format has no such thing. `gaps` lists, in
    plain words, what could not be read (for `accessicheck` developers and
    the docs; rules do not report them).
    """

    format: str
    pictures: list[Picture] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    spans: list[TextSpan] = field(default_factory=list)
    empty_paragraphs: list[EmptyParagraphs] = field(default_factory=list)
    page_background: str | None = None
    slides: list[Slide] = field(default_factory=list)
    content_controls: list[ContentControl] = field(default_factory=list)
    watermarks: list[str] = field(default_factory=list)  # Word: "picture" or "text"
    sections: list[str] = field(default_factory=list)  # PowerPoint section names, in order
    pdf: PdfFacts | None = None
    gaps: list[str] = field(default_factory=list)


def of(doc: AnalysedDocument) -> Structure | None:
    """The structure facts of an analysed document, or None when its loader gives none."""
    from .facts import structure_of

    return structure_of(doc.document.meta.facts)


def block_at(doc: AnalysedDocument, paragraph: int | None) -> AnalysedBlock | None:
    """The analysed block with this number (`Location.paragraph`), or None."""
    if paragraph is None or not 1 <= paragraph <= len(doc.blocks):
        return None
    found = doc.blocks[paragraph - 1]
    return found if found.block.location.paragraph == paragraph else None


def page_anchor(
    doc: AnalysedDocument, page: int | None, line: int | None = None
) -> Location | None:
    """The location of a page or source line, so the finding says "page N" (or "line N")
    and no more. Its heading context is the page's own heading (a slide's title) or the
    heading the page falls under. None when neither page nor line is known.
    """
    if page is None and line is None:
        return None
    return Location(doc.path, page=page, line=line, heading=_heading_for(doc, page))


def _heading_for(doc: AnalysedDocument, page: int | None) -> str | None:
    if page is None:
        return None
    heading: str | None = None
    for ab in doc.blocks:
        at = ab.block.location.page
        if at is None or at > page:
            break
        if at == page and ab.kind is BlockKind.HEADING:
            return " ".join(ab.text.split())
        heading = ab.block.location.heading
        if ab.kind is BlockKind.HEADING and at < page:
            heading = " ".join(ab.text.split())
    return heading


def where(
    doc: AnalysedDocument, paragraph: int | None = None, page: int | None = None
) -> AnalysedBlock | Location | None:
    """What to point a hit at: the paragraph's block if known, else the page, else None."""
    return block_at(doc, paragraph) or page_anchor(doc, page)


def capped(hits: Iterable[Any], limit: int, more: str) -> Iterator[Any]:
    """The first `limit` hits, then one more saying how many were left out.

    `more` is a message with `{n}` for the number left out. The last hit
    given is repeated for its location, with the new message.
    """
    from dataclasses import replace

    left_out = 0
    last = None
    for n, hit in enumerate(hits):
        if n < limit:
            yield hit
            last = hit
        else:
            left_out += 1
    if left_out and last is not None:
        yield replace(
            last, message=more.format(n=left_out), start=None, end=None, location=None, text=""
        )


# --- colour ----------------------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of an "RRGGBB" colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str | None, background: str) -> float:
    """WCAG contrast ratio, 1 to 21. Automatic text takes the better of black and white."""
    bg = luminance(background)
    if foreground is None:
        return max((1.05) / (bg + 0.05), (bg + 0.05) / 0.05)
    fg = luminance(foreground)
    light, dark = max(fg, bg), min(fg, bg)
    return (light + 0.05) / (dark + 0.05)


def is_large_text(size: float | None, bold: bool) -> bool:
    """WCAG "large scale" text: at least 18 pt, or 14 pt bold."""
    if size is None:
        return False
    return size >= 18 or (bold and size >= 14)
