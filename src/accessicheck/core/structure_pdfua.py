"""The PDF/UA facts of a tagged PDF: what `loaders/pdf_ua_facts.py` reads for the AC431-AC439
and AC45x rules (see `rules/document/pdf_ua.py`).

These are facts, not verdicts: the structure tree as a flat list of elements,
the annotations and form fields, the XMP identification, optional content,
embedded files, font dictionaries and what the page content streams mark.
The rules decide what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4).
STANDARD_TYPES = frozenset({
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI",
    "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L",
    "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span",
    "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
    "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
})  # fmt: skip


@dataclass(frozen=True)
class PdfNode:
    """One structure element. `parent` is an index into `PdfUaFacts.nodes` (-1: the root's)."""

    role: str  # the type as written (/S), without the slash
    std: str  # the standard type the role map leads to (or `role`)
    parent: int
    page: int | None = None
    lang: str | None = None  # its own /Lang
    alt: bool = False  # has /Alt
    actual: bool = False  # has /ActualText
    expansion: bool = False  # has /E
    node_id: str | None = None  # /ID
    scope: str | None = None  # Table attribute /Scope ("" when present but not a name)
    headers: tuple[str, ...] = ()  # Table attribute /Headers
    row_span: int = 1
    col_span: int = 1


@dataclass(frozen=True)
class PdfAnnot:
    """An annotation on a page and where the structure tree holds it."""

    subtype: str
    page: int
    node: int | None  # the structure element holding it (an OBJR kid), None when untagged
    contents: bool  # has a non-empty /Contents
    hidden: bool  # the Hidden or NoView flag, or no width or height
    field: str | None = None  # for a widget: its field's full name
    field_tu: bool = False  # for a widget: its field has a /TU tooltip


@dataclass(frozen=True)
class PdfFontDetail:
    """The dictionary facts of one font that PDF/UA's font rules (7.21) read."""

    name: str
    subtype: str
    page: int | None
    symbolic: bool | None = None  # FontDescriptor /Flags bit 3
    encoding: str | None = None  # a name, "dict:<BaseEncoding or none>", or None
    unknown_glyphs: tuple[str, ...] = ()  # /Differences names not in the Adobe Glyph List
    cid_system: tuple[str, str, int] | None = None  # the CIDFont's Registry, Ordering, Supplement
    cmap: str | None = None  # a Type 0 font's /Encoding name, or "stream:<CMapName>"
    cmap_system: tuple[str, str, int] | None = None  # an embedded CMap's CIDSystemInfo
    cmap_wmode: tuple[int | None, int | None] = (None, None)  # (dictionary, stream)
    cmap_uses: str | None = None  # an embedded CMap's /UseCMap name
    cid_type2_embedded_no_map: bool = False  # CIDFontType2, embedded, no stream or Identity map
    tounicode_bad: bool = False  # maps a code to U+0000, U+FEFF or U+FFFE


@dataclass(frozen=True)
class PdfFontProgramFacts:
    """How one embedded font program agrees with its font dictionary and the text shown
    with it (PDF/UA 7.21.4.2, 7.21.5, 7.21.8). Read by `loaders/pdf_font_facts.py`."""

    name: str
    page: int | None
    #: glyph names in the program that /CharSet leaves out, and names it lists that
    #: the program lacks (a Type 1 font with a /CharSet; a few of each)
    charset_unlisted: tuple[str, ...] = ()
    charset_absent: tuple[str, ...] = ()
    #: CIDs with a glyph that /CIDSet leaves out, and CIDs it lists with no glyph (counts)
    cidset_unlisted: int = 0
    cidset_absent: int = 0
    #: character codes shown whose width in the PDF differs from the program's by more
    #: than 1 unit in 1000: (code, width in the PDF, width in the program), a few
    widths: tuple[tuple[int, float, float], ...] = ()
    #: character codes shown that draw the missing-glyph glyph (.notdef), a few
    notdef_codes: tuple[int, ...] = ()


@dataclass
class PdfUaFacts:
    """What a PDF/UA check reads, beyond `PdfFacts`."""

    version: str = ""  # from the file header: "1.7", "2.0"
    metadata: bool = False  # the catalog has a /Metadata stream
    metadata_typed: bool = False  # ... with /Type /Metadata and /Subtype /XML
    ua_part: str | None = None  # pdfuaid:part's value
    ua_prefixes: dict[str, str] = field(default_factory=dict)  # part/amd/corr -> prefix used
    xmp_title: bool = False  # dc:title is present
    xmp_title_lang: bool = False  # ... with a language of its own (not only "x-default")
    suspects: bool = False  # /MarkInfo /Suspects true
    role_map: dict[str, str] = field(default_factory=dict)
    nodes: list[PdfNode] = field(default_factory=list)
    annots: list[PdfAnnot] = field(default_factory=list)
    untabbed_pages: list[int] = field(default_factory=list)  # annotations, /Tabs not /S
    printer_marks_tagged: list[int] = field(default_factory=list)  # pages
    dynamic_xfa: bool = False
    oc_configs: list[tuple[str | None, bool]] = field(default_factory=list)  # (Name, has /AS)
    file_specs: list[tuple[str, bool, bool]] = field(default_factory=list)  # (name, F, UF)
    media_clips: list[tuple[int | None, bool, bool]] = field(default_factory=list)  # CT, Alt
    fonts: list[PdfFontDetail] = field(default_factory=list)
    font_programs: list[PdfFontProgramFacts] = field(default_factory=list)
    form_text: bool = False  # a form field shows a value, or its widget's appearance has text
    #: words people get that are not page text: (page, "form field" or "alt text", the words)
    #: from form field values and Figure alt text (the first ones only)
    texts_off_page: list[tuple[int | None, str, str]] = field(default_factory=list)
    # Marked content in the page content streams (pages listed, first ones only)
    artifact_in_tagged: list[int] = field(default_factory=list)
    tagged_in_artifact: list[int] = field(default_factory=list)
    untagged_content: list[int] = field(default_factory=list)
    span_text_without_lang: list[int] = field(default_factory=list)
    reference_xobjects: list[int] = field(default_factory=list)
    shared_tagged_forms: list[int] = field(default_factory=list)  # forms with MCIDs drawn twice
    content_complete: bool = True  # False when the content scan stopped at a limit
