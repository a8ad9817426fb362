"""AC431-AC439 and AC450-AC454: PDF/UA machine checks on tagged PDFs.

PDF/UA-1 (ISO 14289-1) says how a tagged PDF must be built so that screen
readers can use it. These rules check the parts a program can check, from the
facts in `loaders/pdf_ua_facts.py` (pypdf). Each names its PDF/UA-1 clauses
(veraPDF's rule numbers); `scripts/measure_verapdf.py` measures agreement on
veraPDF's test files, per clause.

- AC431 pdf-ua-identification: the PDF/UA claim in the XMP metadata (5-t01..t05, 7.1-t08).
- AC432 pdf-role-map: tag types mapped to standard ones (7.1-t05..t07).
- AC433 pdf-table-structure: tables built of rows and cells, regular, with
  header cells tied to data (7.2-t03..t15, t36..t43, 7.5).
- AC434 pdf-list-structure: lists and tables of contents (7.2-t17..t20, t26, t27).
- AC435 pdf-heading-structure: one heading per section, H or H1-H6 (7.4.4).
- AC436 pdf-link-tags: links tagged as links, with a description (7.18.5).
- AC437 pdf-annotation-tags: comments and other annotations (7.18.1-t01/t02,
  7.18.2, 7.18.3, 7.18.6.2, 7.18.8).
- AC438 pdf-form-fields: form fields tagged and named (7.18.1-t03, 7.18.4, 7.15).
- AC439 pdf-optional-content: layers named (7.10).
- AC450 pdf-embedded-files: attached files named (7.11, 7.18.7).
- AC451 pdf-font-encoding: fonts whose characters can be mapped reliably
  (7.21.3.1-7.21.3.3, 7.21.6, 7.21.7-t02).
- AC452 pdf-content-tagging: everything on the page tagged or marked as
  decoration (7.1-t01..t04, 7.20).
- AC453 pdf-part-language: the language of alt text, link text, form
  tooltips, bookmarks and metadata (7.2-t02, t21-t25, t30-t33).
- AC454 pdf-note-ids: footnotes and endnotes with unique IDs (7.9).

Untagged PDFs get none of these: AC420 says they are not tagged at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from ...core.model import Severity
from ...core.structure import capped, page_anchor
from ...core.structure_pdfua import STANDARD_TYPES, PdfAnnot, PdfNode, PdfUaFacts
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from .pdf_structure import readable

_LIMIT = 20
_FIX = "Fix it in the original document and export the PDF again, or in Acrobat's Tags panel."
_TAG_HELP = (
    "Export the PDF again from the original document with tags on (in Word: Save As PDF > "
    "Options > Document structure tags for accessibility), or fix the tags in Acrobat."
)
#: CMaps every PDF reader has (ISO 32000-1, 9.7.5.2, Table 118): they need not be embedded.
PREDEFINED_CMAPS = frozenset(
    {
        f"{base}-{wm}"
        for base in (
            "GB-EUC", "GBpc-EUC", "GBK-EUC", "GBKp-EUC", "GBK2K", "UniGB-UCS2", "UniGB-UTF16",
            "B5pc", "HKscs-B5", "ETen-B5", "ETenms-B5", "CNS-EUC", "UniCNS-UCS2",
            "UniCNS-UTF16", "90ms-RKSJ", "90msp-RKSJ", "Add-RKSJ", "EUC", "Ext-RKSJ",
            "UniJIS-UCS2", "UniJIS-UCS2-HW", "UniJIS-UTF16", "KSC-EUC", "KSCms-UHC",
            "KSCms-UHC-HW", "UniKS-UCS2", "UniKS-UTF16", "Identity",
        )
        for wm in ("H", "V")
    }
    | {"83pv-RKSJ-H", "90pv-RKSJ-H", "KSCpc-EUC-H", "H", "V"}
)  # fmt: skip


def ua_facts(doc: AnalysedDocument) -> PdfUaFacts | None:
    """The PDF/UA facts of a tagged PDF, else None."""
    facts = readable(doc)
    if facts is None or facts.ua is None or not facts.struct_tree:
        return None
    return facts.ua


def _pages(pages: Iterable[int | None]) -> str:
    known = sorted({p for p in pages if p is not None})
    if not known:
        return ""
    shown = ", ".join(str(p) for p in known[:10]) + (" and more" if len(known) > 10 else "")
    return f"page{'s' if len(known) > 1 else ''} {shown}"


def _on(pages: Iterable[int | None]) -> str:
    where = _pages(pages)
    return f" on {where}" if where else ""


def _children(nodes: list[PdfNode]) -> dict[int, list[int]]:
    kids: dict[int, list[int]] = defaultdict(list)
    for n, node in enumerate(nodes):
        kids[node.parent].append(n)
    return kids


def _parent(nodes: list[PdfNode], node: PdfNode) -> str:
    return nodes[node.parent].std if node.parent >= 0 else "(the root)"


# --- AC431 identification -----------------------------------------------------------------------


@rule(
    "AC431",
    "pdf-ua-identification",
    unit="document",
    severity="warning",
    summary="The PDF's claim to meet PDF/UA is missing or wrongly written",
    why="PDF/UA is the accessibility standard for PDF. A file that says it meets it, in the "
    "standard way, tells readers and checkers to expect a fully tagged document.",
    helps=("SR",),
)
def pdf_ua_identification(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A tagged PDF's XMP metadata should say it meets PDF/UA with
    `pdfuaid:part` (veraPDF 5-t01), with the value 1 (or 2 in a PDF 2.0
    file, 5-t02), written with the `pdfuaid` prefix (also for `amd` and
    `corr`, 5-t03..t05); and the metadata must be a proper XMP stream
    (7.1-t08). A tagged PDF with no claim at all, or no XMP metadata to make
    one in, gets an information note: most PDFs make no claim; a wrong claim
    is a warning."""
    ua = ua_facts(doc)
    if ua is None:
        return
    if not ua.metadata or not ua.metadata_typed:
        what = "no XMP metadata" if not ua.metadata else "metadata that is not marked as XMP"
        yield Hit(
            f"The PDF has {what}, so it cannot say that it meets PDF/UA, the accessibility "
            "standard for PDF. If it should, export it again with PDF/UA switched on "
            "(LibreOffice: Export as PDF > Universal Accessibility (PDF/UA)).",
            severity=Severity.INFO,
        )
        return
    if ua.ua_part is None:
        yield Hit(
            "The PDF does not say that it meets PDF/UA, the accessibility standard for PDF. If "
            "it should, export it again with PDF/UA switched on (LibreOffice: Export as PDF > "
            "Universal Accessibility (PDF/UA)).",
            severity=Severity.INFO,
        )
        return
    part = ua.ua_part.strip()
    if part not in ("1", "2") or (part == "2" and not ua.version.startswith("2")):
        why = (
            f"PDF/UA-2 needs a PDF 2.0 file and this is PDF {ua.version or 'of an older version'}"
            if part == "2"
            else "there is no such part"
        )
        yield Hit(
            f'The PDF says it meets part "{part}" of PDF/UA, but {why}. The claim should be '
            "part 1. Export it again with PDF/UA switched on."
        )
    wrong = {name: prefix for name, prefix in ua.ua_prefixes.items() if prefix != "pdfuaid"}
    for name, prefix in sorted(wrong.items()):
        yield Hit(
            f'The PDF/UA claim\'s "{name}" is written with the prefix "{prefix or "(none)"}" '
            'instead of "pdfuaid", so checkers may not see it. Export the PDF again with '
            "PDF/UA switched on."
        )


# --- AC432 role map -----------------------------------------------------------------------------


@rule(
    "AC432",
    "pdf-role-map",
    unit="document",
    severity="error",
    summary="The PDF uses its own tag names without saying what they mean",
    why="Screen readers know the standard tags (heading, paragraph, list, table). A tag the "
    "PDF made up must be mapped to a standard one, or it is read as plain text or skipped.",
    helps=("SR",),
)
def pdf_role_map(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Every tag type that is not a standard PDF type must be mapped to one
    in the role map (veraPDF 7.1-t05), without a loop (7.1-t06; a standard
    type mapped to itself is such a loop, but harmless, so it is only an
    information note), and the
    standard types must not be mapped to something else (7.1-t07)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    unmapped: Counter[str] = Counter()
    pages: dict[str, int | None] = {}
    for node in ua.nodes:
        if node.std not in STANDARD_TYPES:
            unmapped[node.role] += 1
            pages.setdefault(node.role, node.page)
    looped = sorted(role for role in ua.role_map if _loops(role, ua.role_map))
    # LibreOffice maps standard types to themselves: a loop by the letter of PDF/UA, which
    # screen readers take in their stride.
    itself = [r for r in looped if r in STANDARD_TYPES and ua.role_map[r] == r]
    looped = [r for r in looped if r not in itself]
    remapped = sorted(
        role for role in ua.role_map if role in STANDARD_TYPES and ua.role_map[role] != role
    )
    for role in sorted(unmapped)[:5]:
        target = ua.role_map.get(role)
        how = (
            f'is mapped to "{target}", which is not a standard tag either'
            if target
            else ("is not mapped to a standard tag")
        )
        yield Hit.on(
            page_anchor(doc, pages[role]),
            f'The tag "{role}" ({unmapped[role]} in the document) {how}, so screen readers do '
            f"not know what it is. Map it to a standard tag such as P, H1 or Div. {_FIX}",
        )
    if looped:
        yield Hit(
            f"The role map goes round in a circle ({', '.join(looped[:5])}), so those tags "
            f"never reach a standard tag. {_FIX}"
        )
    if itself:
        yield Hit(
            f"The role map maps standard tags to themselves ({', '.join(itself[:5])}). Screen "
            "readers cope, but the PDF does not meet PDF/UA, which counts this as a loop.",
            severity=Severity.INFO,
        )
    if remapped:
        shown = ", ".join(f"{r} to {ua.role_map[r]}" for r in remapped[:5])
        yield Hit(
            f"The role map changes the meaning of standard tags ({shown}), which screen "
            f"readers do not expect. Remove those entries from the role map. {_FIX}"
        )


def _loops(role: str, mapping: dict[str, str]) -> bool:
    """True when following the role map from `role` comes back round without reaching a
    standard type (a type mapped to itself included)."""
    seen = {role}
    while role in mapping:
        role = mapping[role]
        if role in seen:
            return True
        seen.add(role)
    return False


# --- AC433 tables -------------------------------------------------------------------------------

_TABLE_KIDS = {"TR", "THead", "TBody", "TFoot", "Caption"}
_ROW_PARENTS = {"Table", "THead", "TBody", "TFoot"}
_SCOPES = {"Row", "Column", "Both"}


def _rows(table: int, nodes: list[PdfNode], kids: dict[int, list[int]]) -> list[int]:
    rows: list[int] = []
    for kid in kids.get(table, []):
        if nodes[kid].std == "TR":
            rows.append(kid)
        elif nodes[kid].std in ("THead", "TBody", "TFoot"):
            rows.extend(k for k in kids.get(kid, []) if nodes[k].std == "TR")
    return rows


def _grid_problem(rows: list[list[PdfNode]]) -> str | None:
    """Overlapping cells, or rows or columns of different lengths, with spans counted."""
    taken: set[tuple[int, int]] = set()
    widths = [0] * len(rows)
    for r, cells in enumerate(rows):
        column = 0
        for cell in cells:
            while (r, column) in taken:
                column += 1
            for dr in range(min(cell.row_span, 1000)):
                for dc in range(min(cell.col_span, 1000)):
                    spot = (r + dr, column + dc)
                    if spot in taken:
                        return "two of its cells overlap"
                    taken.add(spot)
                    if r + dr < len(rows):
                        widths[r + dr] = max(widths[r + dr], column + dc + 1)
            column += cell.col_span
        if r < len(rows):
            widths[r] = max(widths[r], column)
    if any(r >= len(rows) for r, _ in taken):
        return "a cell spans more rows than the table has"
    if len(set(widths)) > 1:
        shown = ", ".join(str(w) for w in widths[:8]) + (" ..." if len(widths) > 8 else "")
        return f"its rows have different numbers of cells ({shown})"
    return None


def _caption_problem(kids: list[str], *, last_allowed: bool) -> str | None:
    """A second caption, or one in the wrong place (a table's may come first or last;
    a list's and a table of contents' first)."""
    places = [n for n, kind in enumerate(kids) if kind == "Caption"]
    if len(places) > 1:
        return f"has {len(places)} captions instead of one"
    if places and places[0] != 0 and not (last_allowed and places[0] == len(kids) - 1):
        return "has its caption " + ("in the middle" if last_allowed else "after its items")
    return None


def _table_problems(
    table: int, nodes: list[PdfNode], kids: dict[int, list[int]], ids: set[str]
) -> list[str]:
    problems: list[str] = []
    own = [nodes[k].std for k in kids.get(table, [])]
    odd = sorted({s for s in own if s not in _TABLE_KIDS})
    if odd:
        problems.append(f"it holds {', '.join(odd[:3])} tags directly instead of rows (TR)")
    caption = _caption_problem(own, last_allowed=True)
    if caption:
        problems.append(f"it {caption}")
    for part in ("THead", "TFoot"):
        if own.count(part) > 1:
            problems.append(f"it has {own.count(part)} {part} sections instead of one")
    if ("THead" in own or "TFoot" in own) and "TBody" not in own:
        problems.append("it has a header or footer section but no body section (TBody)")
    for kid in kids.get(table, []):
        if nodes[kid].std in ("THead", "TBody", "TFoot"):
            inner = sorted({nodes[k].std for k in kids.get(kid, []) if nodes[k].std != "TR"})
            if inner:
                problems.append(f"its {nodes[kid].std} holds {', '.join(inner[:3])}, not rows")
    rows = _rows(table, nodes, kids)
    cells: list[list[PdfNode]] = []
    for row in rows:
        inner = [nodes[k] for k in kids.get(row, [])]
        bad = sorted({c.std for c in inner if c.std not in ("TH", "TD")})
        if bad:
            problems.append(f"a row holds {', '.join(bad[:3])} instead of cells (TH or TD)")
        cells.append([c for c in inner if c.std in ("TH", "TD")])
    if rows:
        grid = _grid_problem(cells)
        if grid:
            problems.append(grid)
    all_cells = [c for row in cells for c in row]
    if any(c.headers for c in all_cells):
        # A data cell's Headers must name header cells that exist (PDF/UA 7.5 checks data
        # cells: a header cell may name a heading above the table).
        missing = sorted({h for c in all_cells if c.std == "TD" for h in c.headers if h not in ids})
        if missing:
            problems.append(
                f"its cells name header cells that do not exist ({', '.join(missing[:3])})"
            )
    else:
        unscoped = [c for c in all_cells if c.std == "TH" and c.scope not in _SCOPES]
        if unscoped:
            problems.append(
                f"{len(unscoped)} of its header cells (TH) do not say whether they head a row "
                "or a column (Scope)"
            )
    return list(dict.fromkeys(problems))


@rule(
    "AC433",
    "pdf-table-structure",
    unit="document",
    severity="error",
    summary="A table in the PDF is not tagged as rows and cells screen readers can follow",
    why="Screen readers move through a table cell by cell and read each cell's row and column "
    "headers. That works only when the table is tagged as rows of cells, every row has the "
    "same number of cells, and each header cell says what it heads.",
    helps=("SR", "LV", "COG"),
)
def pdf_table_structure(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Table holds only rows (TR), THead, TBody, TFoot and a Caption; at most
    one THead and one TFoot, and a TBody when it has either; those sections
    hold only rows; rows hold only TH and TD cells; rows, row and table parts
    and cells sit in their proper parents (veraPDF 7.2-t03..t14, t36..t38);
    counting row and column spans, no cells overlap and every row has the
    same number of cells (7.2-t15, t41..t43). Header cells (TH) say what they
    head with Scope, unless the cells name their headers (Headers and ID), in
    which case the IDs they name must exist (7.5)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    nodes = ua.nodes
    kids = _children(nodes)
    ids = {n.node_id for n in nodes if n.node_id}

    def hits() -> Iterator[Hit]:
        number = 0
        for index, node in enumerate(nodes):
            if node.std == "Table":
                number += 1
                problems = _table_problems(index, nodes, kids, ids)
                if problems:
                    yield Hit.on(
                        page_anchor(doc, node.page),
                        f"Table {number}{_on([node.page])} is not tagged so that screen readers "
                        f"can follow it: {'; '.join(problems[:3])}. {_FIX}",
                    )
        strays = [
            node
            for node in nodes
            if (node.std == "TR" and _parent(nodes, node) not in _ROW_PARENTS)
            or (node.std in ("TH", "TD") and _parent(nodes, node) != "TR")
            or (node.std in ("THead", "TBody", "TFoot") and _parent(nodes, node) != "Table")
        ]
        if strays:
            kinds = ", ".join(sorted({n.std for n in strays}))
            yield Hit.on(
                page_anchor(doc, strays[0].page),
                f"Parts of a table ({kinds}) are tagged outside a table"
                f"{_on(n.page for n in strays)}, so screen readers cannot read them as a "
                f"table. {_FIX}",
            )

    yield from capped(hits(), _LIMIT, "{n} more tables are not tagged properly.")


# --- AC434 lists and contents -------------------------------------------------------------------


@rule(
    "AC434",
    "pdf-list-structure",
    unit="document",
    severity="error",
    summary="A list or table of contents in the PDF is not tagged properly",
    why="Screen readers say how many items a list has and where each starts. That works only "
    "when the list is tagged as a list of items, each with its label and body.",
    helps=("SR", "COG"),
)
def pdf_list_structure(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """List items (LI) sit in a list (L), item bodies (LBody) in an item; a
    list holds only lists, items and a Caption; an item holds only a label
    (Lbl) and a body (LBody) (veraPDF 7.2-t17..t20). Contents entries (TOCI)
    sit in a table of contents (TOC), which holds only contents, entries and
    a Caption (7.2-t26, t27)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    nodes = ua.nodes
    kids = _children(nodes)
    found: dict[str, list[int | None]] = defaultdict(list)
    for index, node in enumerate(nodes):
        parent = _parent(nodes, node)
        inner = {nodes[k].std for k in kids.get(index, [])}
        if node.std == "LI" and parent != "L":
            found["a list item (LI) is not inside a list (L)"].append(node.page)
        elif node.std == "LBody" and parent != "LI":
            found["a list item's body (LBody) is not inside a list item (LI)"].append(node.page)
        elif node.std in ("L", "TOC") and _caption_problem(
            [nodes[k].std for k in kids.get(index, [])], last_allowed=False
        ):
            what = "a list" if node.std == "L" else "a table of contents"
            problem = _caption_problem(
                [nodes[k].std for k in kids.get(index, [])], last_allowed=False
            )
            found[f"{what} {problem}"].append(node.page)
        elif node.std == "L" and inner - {"L", "LI", "Caption"}:
            shown = ", ".join(sorted(inner - {"L", "LI", "Caption"})[:3])
            found[f"a list holds {shown} instead of list items (LI)"].append(node.page)
        elif node.std == "LI" and inner - {"Lbl", "LBody"}:
            shown = ", ".join(sorted(inner - {"Lbl", "LBody"})[:3])
            found[f"a list item holds {shown} instead of a label and body"].append(node.page)
        elif node.std == "TOCI" and parent != "TOC":
            found["a contents entry (TOCI) is not inside a table of contents (TOC)"].append(
                node.page
            )
        elif node.std == "TOC" and inner - {"TOC", "TOCI", "Caption"}:
            shown = ", ".join(sorted(inner - {"TOC", "TOCI", "Caption"})[:3])
            found[f"a table of contents holds {shown} instead of entries (TOCI)"].append(node.page)
    for problem, pages in list(found.items())[:_LIMIT]:
        yield Hit.on(
            page_anchor(doc, min((p for p in pages if p), default=None)),
            f"In the PDF's tags, {problem}{_on(pages)}, so screen readers cannot read it as "
            f"a list. {_FIX}",
        )


# --- AC435 headings -----------------------------------------------------------------------------


@rule(
    "AC435",
    "pdf-heading-structure",
    unit="document",
    severity="warning",
    summary="The PDF's heading tags are mixed or doubled",
    why="Screen reader users jump from heading to heading. Headings that mix two systems, or "
    "two headings in one section, make the outline confusing.",
    helps=("SR", "COG"),
)
def pdf_heading_structure(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A PDF uses either numbered headings (H1-H6) or unnumbered ones (H)
    nested in sections, not both (veraPDF 7.4.4-t02, t03); and no element
    holds more than one unnumbered H heading (7.4.4-t01)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    nodes = ua.nodes
    plain = [n for n in nodes if n.std == "H"]
    numbered = [n for n in nodes if n.std in {"H1", "H2", "H3", "H4", "H5", "H6"}]
    if plain and numbered:
        yield Hit.on(
            page_anchor(doc, plain[0].page),
            "The PDF mixes numbered heading tags (H1 to H6) with unnumbered ones (H)"
            f"{_on(n.page for n in plain[:5])}. Use numbered headings throughout. {_FIX}",
        )
    counts = Counter(n.parent for n in plain)
    doubled = [parent for parent, count in counts.items() if count > 1]
    if doubled:
        pages = [n.page for n in plain if n.parent in doubled]
        yield Hit.on(
            page_anchor(doc, min((p for p in pages if p), default=None)),
            f"A section of the PDF has more than one unnumbered heading (H){_on(pages)}. Each "
            f"section should have one heading. {_FIX}",
        )


# --- AC436 links, AC437 annotations, AC438 forms -------------------------------------------------


@rule(
    "AC436",
    "pdf-link-tags",
    unit="document",
    severity="error",
    summary="A link in the PDF is not tagged as a link, or has no description",
    why="Screen readers list the links on a page and read out where each goes. A link that "
    "is not tagged is missed, and one without a description is read as 'link'.",
    helps=("SR", "MOB"),
)
def pdf_link_tags(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Every visible link annotation sits in a Link tag (veraPDF 7.18.5-t01)
    and has a description in its Contents (7.18.5-t02)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    links = [a for a in ua.annots if a.subtype == "Link" and not a.hidden]
    untagged = [a for a in links if a.node is None or ua.nodes[a.node].std != "Link"]
    undescribed = [a for a in links if not a.contents]
    if untagged:
        yield Hit.on(
            page_anchor(doc, untagged[0].page),
            f"{len(untagged)} link{'s are' if len(untagged) > 1 else ' is'} not tagged as "
            f"a link{_on(a.page for a in untagged)}, so screen readers may miss "
            f"{'them' if len(untagged) > 1 else 'it'}. Make links with the program's link tool "
            f"(Insert > Link), then {_TAG_HELP[0].lower()}{_TAG_HELP[1:]}",
        )
    if undescribed:
        yield Hit.on(
            page_anchor(doc, undescribed[0].page),
            f"{len(undescribed)} link{'s have' if len(undescribed) > 1 else ' has'} no "
            f"description{_on(a.page for a in undescribed)}. Word and LibreOffice add one "
            "from the link text when they export with tags on; in Acrobat, edit the link's "
            "properties and fill in its description (Contents).",
        )


_NOT_ANNOT_TAG = {"Widget", "Link", "PrinterMark", "Popup"}


@rule(
    "AC437",
    "pdf-annotation-tags",
    unit="document",
    severity="warning",
    summary="A comment, note or media annotation in the PDF is not tagged or described",
    why="Comments, sticky notes, stamps and video in a PDF are read by screen readers only "
    "when they are tagged and described, and in the right order on the page.",
    helps=("SR",),
)
def pdf_annotation_tags(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Visible annotations other than form fields, links and printer's marks
    sit in an Annot tag (veraPDF 7.18.1-t01) and have a description: a
    Contents entry or alt text on their tag (7.18.1-t02). Pages with
    annotations set their tab order to follow the tags (/Tabs /S, 7.18.3).
    No TrapNet annotations (7.18.2); printer's marks are not tagged (7.18.8);
    video and sound clips say their type (CT) and have alt text (7.18.6.2)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    nodes = ua.nodes
    visible = [a for a in ua.annots if not a.hidden]
    untagged = [
        a
        for a in visible
        if a.subtype not in _NOT_ANNOT_TAG and (a.node is None or nodes[a.node].std != "Annot")
    ]
    if untagged:
        kinds = ", ".join(sorted({a.subtype for a in untagged})[:3])
        yield Hit.on(
            page_anchor(doc, untagged[0].page),
            f"Some annotations ({kinds}) are not tagged{_on(a.page for a in untagged)}, so "
            f"screen readers miss them. {_TAG_HELP}",
        )
    undescribed = [
        a
        for a in visible
        if a.subtype not in ("Widget", "Popup", "PrinterMark")
        and not a.contents
        and (a.node is None or not nodes[a.node].alt)
    ]
    undescribed = [a for a in undescribed if a.subtype != "Link"]  # AC436 says it for links
    if undescribed:
        kinds = ", ".join(sorted({a.subtype for a in undescribed})[:3])
        yield Hit.on(
            page_anchor(doc, undescribed[0].page),
            f"Some annotations ({kinds}) have no description{_on(a.page for a in undescribed)}, "
            "so screen readers have nothing to read. In Acrobat, give each one a description "
            "(its Contents) or alt text on its tag.",
        )
    if ua.untabbed_pages:
        yield Hit.on(
            page_anchor(doc, ua.untabbed_pages[0]),
            f"The tab order does not follow the tags{_on(ua.untabbed_pages)}, so keyboard "
            "users move through links and fields in a different order from screen readers. "
            "In Acrobat: Page Thumbnails > Page Properties > Tab Order > Use Document "
            "Structure.",
        )
    traps = [a for a in ua.annots if a.subtype == "TrapNet"]
    if traps:
        yield Hit.on(
            page_anchor(doc, traps[0].page),
            f"The PDF has printing trap annotations (TrapNet){_on(a.page for a in traps)}, "
            "which PDF/UA does not allow. Export it again without prepress trapping.",
        )
    if ua.printer_marks_tagged:
        yield Hit.on(
            page_anchor(doc, ua.printer_marks_tagged[0]),
            f"Printer's marks are tagged as content{_on(ua.printer_marks_tagged)}, so screen "
            "readers read them out. Mark them as artifacts (decoration) in Acrobat.",
        )
    clips = [(page, ct, alt) for page, ct, alt in ua.media_clips if not ct or not alt]
    if clips:
        what = (
            "say what kind of media they are (CT) or have alt text"
            if any(not ct for _, ct, _ in clips)
            else "have alt text"
        )
        yield Hit.on(
            page_anchor(doc, clips[0][0]),
            f"Video or sound clips{_on(p for p, _, _ in clips)} do not {what}, so screen "
            "reader users do not know what they are. Describe each clip in Acrobat's media "
            "properties.",
        )


def _field_names(widgets: list[PdfAnnot]) -> str:
    named = sorted({f'"{a.field}"' for a in widgets if a.field})
    word = "The form field" if len(widgets) == 1 else "The form fields"
    if not named:
        return "A form field" if len(widgets) == 1 else f"{len(widgets)} form fields"
    return f"{word} {', '.join(named[:5])}" + (" and others" if len(named) > 5 else "")


@rule(
    "AC438",
    "pdf-form-fields",
    unit="document",
    severity="error",
    summary="A form field in the PDF is not tagged or has no name screen readers can read",
    why="Screen reader users fill in a form by hearing each field's name. A field that is not "
    "tagged is missed, and one without a tooltip is read only as 'edit text'.",
    helps=("SR", "MOB", "DIG"),
)
def pdf_form_fields(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Each visible form field widget sits in a Form tag (veraPDF 7.18.4) and
    its field has a tooltip (TU) or its tag has alt text (7.18.1-t03); the
    form is not a dynamic XFA form (7.15)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    nodes = ua.nodes
    widgets = [a for a in ua.annots if a.subtype == "Widget" and not a.hidden]
    untagged = [a for a in widgets if a.node is None or nodes[a.node].std != "Form"]
    unnamed = [a for a in widgets if not a.field_tu and (a.node is None or not nodes[a.node].alt)]
    if untagged:
        names = _field_names(untagged)
        yield Hit.on(
            page_anchor(doc, untagged[0].page),
            f"{names} {'is' if len(untagged) == 1 else 'are'} not tagged as form fields"
            f"{_on(a.page for a in untagged)}, so screen readers may miss them. In Acrobat: "
            "Accessibility > Autotag Form Fields.",
        )
    if unnamed:
        names = _field_names(unnamed)
        yield Hit.on(
            page_anchor(doc, unnamed[0].page),
            f"{names} {'has' if len(unnamed) == 1 else 'have'} no tooltip"
            f"{_on(a.page for a in unnamed)}, so screen readers cannot say what to type. In "
            "Acrobat: Prepare Form > field Properties > General > Tooltip.",
        )
    if ua.dynamic_xfa:
        yield Hit(
            "The PDF is a dynamic XFA form, which most PDF readers and screen readers cannot "
            "show. Ask for an ordinary PDF form, or a Word version."
        )


# --- AC439 optional content, AC450 embedded files ------------------------------------------------


@rule(
    "AC439",
    "pdf-optional-content",
    unit="document",
    severity="warning",
    summary="A layer setting in the PDF has no name, or switches layers on its own",
    why="Layers (optional content) can hide or show parts of a page. People need to know what "
    "each set of layers is called, and what they see should not change by itself.",
    helps=("SR", "COG"),
)
def pdf_optional_content(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Each optional content configuration (the default, `/D`, and each in
    `/Configs`) has a non-empty Name (veraPDF 7.10-t01) and no AS entry,
    which switches layers automatically (7.10-t02)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    unnamed = sum(1 for name, _ in ua.oc_configs if not name)
    automatic = sum(1 for _, has_as in ua.oc_configs if has_as)
    if unnamed:
        yield Hit(
            f"{unnamed} layer setting{'s have' if unnamed > 1 else ' has'} no name. Name "
            f"{'them' if unnamed > 1 else 'it'} in the program that made the layers, or "
            "flatten the layers and export again."
        )
    if automatic:
        yield Hit(
            "The PDF switches layers on or off by itself (an AS entry), so what people see "
            "can change without warning. Flatten the layers and export again."
        )


@rule(
    "AC450",
    "pdf-embedded-files",
    unit="document",
    severity="warning",
    summary="A file attached to the PDF has no proper name",
    why="Screen readers and PDF readers list attached files by name. Without both kinds of "
    "file name, some readers show a blank or garbled name.",
    helps=("SR", "DIG"),
)
def pdf_embedded_files(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Each attached (embedded) file's file specification has a non-empty F
    and UF (Unicode) file name (veraPDF 7.11-t01, 7.18.7-t01)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    bad = [name for name, has_f, has_uf in ua.file_specs if not has_f or not has_uf]
    if bad:
        shown = ", ".join(f'"{name}"' for name in bad[:5])
        one = len(bad) == 1
        yield Hit(
            f"The attached file{'' if one else 's'} {shown} "
            f"{'lacks' if one else 'lack'} one of the two file names a PDF keeps (F and UF), "
            f"so some readers cannot show {'its name' if one else 'their names'}. Attach "
            f"{'it' if one else 'them'} again in Acrobat (Attachments > Add File)."
        )


# --- AC451 fonts --------------------------------------------------------------------------------


def _font_problems(ua: PdfUaFacts) -> list[tuple[str, str, int | None]]:
    """(font, problem, page) for each font dictionary problem."""
    found: list[tuple[str, str, int | None]] = []
    for font in ua.fonts:
        name = font.name.split("+", 1)[-1]
        problem = None
        if font.subtype == "Type0":
            cmap = font.cmap or ""
            if cmap and not cmap.startswith("stream:") and cmap not in PREDEFINED_CMAPS:
                problem = f'uses the character map "{cmap}", which is not in the file'
            elif font.cmap_uses and font.cmap_uses not in PREDEFINED_CMAPS:
                problem = f'uses the character map "{font.cmap_uses}", which is not in the file'
            elif font.cmap_system and font.cid_system:
                if font.cmap_system[:2] != font.cid_system[:2]:
                    problem = "has a character map for a different character collection"
                elif font.cid_system[2] > font.cmap_system[2]:
                    problem = "has a character map older than its character collection"
            wmode = font.cmap_wmode
            if problem is None and None not in wmode and wmode[0] != wmode[1]:
                problem = "says two different things about its writing direction"
            if problem is None and font.cid_type2_embedded_no_map:
                problem = "has no map from its characters to its glyphs (CIDToGIDMap)"
        elif font.subtype == "TrueType" and font.symbolic is not None:
            base = (font.encoding or "").removeprefix("dict:")
            if font.symbolic and font.encoding is not None:
                problem = "is a symbol font with a text encoding"
            elif not font.symbolic and base not in ("WinAnsiEncoding", "MacRomanEncoding"):
                problem = "is a text font without a standard encoding"
            elif not font.symbolic and font.unknown_glyphs:
                shown = ", ".join(font.unknown_glyphs[:3])
                problem = f"names characters that no standard list knows ({shown})"
        if problem is None and font.tounicode_bad:
            problem = "maps characters to invalid Unicode values (0, FEFF or FFFE)"
        if problem is not None:
            found.append((name, problem, font.page))
    return found


@rule(
    "AC451",
    "pdf-font-encoding",
    unit="document",
    severity="error",
    summary="A font in the PDF is set up so its characters may be read wrongly",
    why="Screen readers and copy and paste turn the characters in a PDF into letters through "
    "the font's encoding and character maps. When those are wrong or missing, text can be "
    "read as the wrong letters or as nothing.",
    helps=("SR", "SpLD", "DIG"),
)
def pdf_font_encoding(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A composite font's character map is one every reader has or is in the
    file, refers only to such maps, matches the font's character collection
    (veraPDF 7.21.3.1, 7.21.3.3) and its writing mode; an embedded CIDFontType2
    has a CIDToGIDMap (7.21.3.2); a TrueType text font uses WinAnsi or
    MacRoman encoding, with only Adobe Glyph List names in its Differences,
    and a TrueType symbol font none (7.21.6); a ToUnicode
    map gives no U+0000, U+FEFF or U+FFFE (7.21.7-t02). Fonts are named."""
    ua = ua_facts(doc)
    if ua is None:
        return
    for name, problem, page in _font_problems(ua)[:_LIMIT]:
        yield Hit.on(
            page_anchor(doc, page),
            f'The font "{name}"{_on([page])} {problem}, so its text may be read out wrongly. '
            "Export the PDF again from the original document, using a common font (such as "
            "Arial) if the problem stays.",
        )


# --- AC452 content tagging ----------------------------------------------------------------------


@rule(
    "AC452",
    "pdf-content-tagging",
    unit="document",
    severity="error",
    summary="Some of what is on the PDF's pages is neither tagged nor marked as decoration",
    why="Screen readers read only tagged content. Text or pictures that are neither tagged "
    "nor marked as decoration are skipped or read out of order.",
    helps=("SR",),
)
def pdf_content_tagging(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Everything drawn on a page is inside tagged content (marked content
    with an MCID) or an Artifact, never an Artifact inside tagged content
    or tagged content inside an Artifact (veraPDF 7.1-t01..t03); the file
    does not say its tags are suspect (7.1-t04); no reference XObjects and
    no tagged form XObject drawn twice (7.20). The content of the first 100
    pages is read (a count limit, not a clock)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    if ua.untagged_content:
        yield Hit.on(
            page_anchor(doc, ua.untagged_content[0]),
            f"Some text or graphics are not tagged and not marked as decoration"
            f"{_on(ua.untagged_content)}, so screen readers skip them or read them in the "
            f"wrong place. {_TAG_HELP}",
        )
    if ua.artifact_in_tagged or ua.tagged_in_artifact:
        pages = [*ua.artifact_in_tagged, *ua.tagged_in_artifact]
        yield Hit.on(
            page_anchor(doc, min(pages)),
            f"Decoration and real content are nested inside each other{_on(pages)}, so "
            f"screen readers may read decoration or skip content. {_TAG_HELP}",
        )
    if ua.suspects:
        yield Hit(
            "The PDF says its own tags may be wrong (Suspects), as after an automatic "
            f"tagging. Check and fix the tags. {_TAG_HELP}"
        )
    if ua.reference_xobjects:
        yield Hit.on(
            page_anchor(doc, ua.reference_xobjects[0]),
            f"Some page content is pulled in from another file (a reference XObject)"
            f"{_on(ua.reference_xobjects)}, which screen readers cannot follow. Export the "
            "PDF again with everything included.",
        )
    if ua.shared_tagged_forms:
        yield Hit.on(
            page_anchor(doc, ua.shared_tagged_forms[0]),
            f"The same tagged graphic is drawn more than once{_on(ua.shared_tagged_forms)}, "
            "so its tags cannot belong to each copy. Export the PDF again from the original "
            "document.",
        )


# --- AC453 language of parts, AC454 notes --------------------------------------------------------


def _lang_known(index: int, nodes: list[PdfNode]) -> bool:
    steps = 0
    while index >= 0 and steps < 1000:
        if nodes[index].lang:
            return True
        index = nodes[index].parent
        steps += 1
    return False


@rule(
    "AC453",
    "pdf-part-language",
    unit="document",
    severity="warning",
    summary="The PDF does not say what language its alt text, links or bookmarks are in",
    why="Screen readers pick their voice from the language. Text that is not on the page, "
    "such as alt text, link descriptions, field tooltips and bookmarks, gets the document's "
    "language, and when there is none the reader has to guess.",
    helps=("SR", "EAL"),
)
def pdf_part_language(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """When the document has no language (`/Root /Lang`), each piece of
    text that is not page content must have its own: alt text, actual text
    and expansions on tags (veraPDF 7.2-t21..t23) and in marked content
    (7.2-t30..t32), annotation descriptions (7.2-t24), form field tooltips
    (7.2-t25), bookmarks (7.2-t02) and the metadata title, unless it names
    its language (7.2-t33). A PDF
    with no language anywhere gets AC421 instead."""
    facts = readable(doc)
    ua = ua_facts(doc)
    if facts is None or ua is None or facts.lang:
        return
    nodes = ua.nodes
    parts: list[str] = []
    pages: list[int | None] = []
    tagged = [
        (n, node)
        for n, node in enumerate(nodes)
        if (node.alt or node.actual or node.expansion) and not _lang_known(n, nodes)
    ]
    if tagged:
        parts.append("alt text or replacement text on tags")
        pages.extend(node.page for _, node in tagged)
    if ua.span_text_without_lang:
        parts.append("replacement text in the page content")
        pages.extend(ua.span_text_without_lang)
    annots = [
        a for a in ua.annots if a.contents and (a.node is None or not _lang_known(a.node, nodes))
    ]
    if annots:
        parts.append("descriptions of links and comments")
        pages.extend(a.page for a in annots)
    fields = [
        a
        for a in ua.annots
        if a.subtype == "Widget"
        and a.field_tu
        and (a.node is None or not _lang_known(a.node, nodes))
    ]
    if fields:
        parts.append("form field tooltips")
        pages.extend(a.page for a in fields)
    if facts.outline_items:
        parts.append("bookmarks")
    if ua.xmp_title and not ua.xmp_title_lang:
        parts.append("the title in the metadata")
    if not parts:
        return
    if not facts.lang_elsewhere and not tagged and not annots and not fields:
        return  # no language anywhere: AC421 says so once
    yield Hit.on(
        page_anchor(doc, min((p for p in pages if p), default=None)),
        f"The PDF does not say what language these are in{_on(pages)}: {', '.join(parts)}. "
        "Set the document's language (in Word: Review > Language; in Acrobat: "
        "File > Properties > Advanced > Language) and export it again.",
    )


@rule(
    "AC454",
    "pdf-note-ids",
    unit="document",
    severity="warning",
    summary="A footnote or endnote in the PDF has no ID, or shares one",
    why="Screen readers link a footnote mark to its note through the note's ID. Without a "
    "unique ID, people cannot jump to the note and back.",
    helps=("SR", "COG"),
)
def pdf_note_ids(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Each Note tag has an ID (veraPDF 7.9-t01), and no two share one (7.9-t02)."""
    ua = ua_facts(doc)
    if ua is None:
        return
    notes = [n for n in ua.nodes if n.std == "Note"]
    missing = [n for n in notes if not n.node_id]
    counts = Counter(n.node_id for n in notes if n.node_id)
    shared = [n for n in notes if n.node_id and counts[n.node_id] > 1]
    if missing:
        yield Hit.on(
            page_anchor(doc, missing[0].page),
            f"{len(missing)} footnote{'s have' if len(missing) > 1 else ' has'} no ID"
            f"{_on(n.page for n in missing)}. Make notes with the program's footnote tool "
            "(Word: References > Insert Footnote) and export again with tags on.",
        )
    if shared:
        yield Hit.on(
            page_anchor(doc, shared[0].page),
            f"Footnotes share the same ID{_on(n.page for n in shared)}, so a screen reader "
            "cannot tell them apart. Export the PDF again from the original document.",
        )
