"""Word documents (.docx, and .docm/.dotx/.dotm), read with python-docx.

python-docx opens the package and gives us its parts; the text itself is read
from the XML directly, because python-docx's paragraph and table objects do
not give document order across paragraphs, tables and content controls, and
repeat merged table cells.

Blocks, in reading order:

- body paragraphs, tables and content controls (w:sdt) in true document order;
- headings: style "Heading N" (or a custom style based on one), or an outline
  level on the paragraph or its style; the "Title" style is a level-1 heading;
- list items: numbering (w:numPr) on the paragraph or its style, or a "List",
  "List Bullet N", "List Number N" or "List Paragraph" style; level 1 = top,
  from w:ilvl, else the level numbering.xml links to the style, but at least
  the N in a "List Bullet N" style name;
- the "Caption" style gives CAPTION blocks;
- table cells: one TABLE_CELL block per non-empty w:tc (so a merged cell
  appears once), its paragraphs joined with newlines, style {"table", "row",
  "column", "header"}; nested tables follow their cell;
- text boxes (w:txbxContent) as TEXT_BOX blocks right after the paragraph
  that anchors them; their text is never part of that paragraph's text;
- headers and footers last, once per distinct part, with no heading context.

Empty paragraphs are skipped. `Block.style` for paragraphs holds
{"style", "bold", "font_size", "alignment"}: bold is True when every run with
text is bold; font_size is the size in points when all such runs share it,
else None (Word's 10 pt default applies when no size is set anywhere);
alignment is "left", "center", "right", "justify" or None when not set.
Bold is resolved run -> character style -> paragraph style -> document
defaults; Word's toggle rules for bold in nested styles are ignored.

Safety: before python-docx sees the file we check the zip's declared sizes
(total, each XML part, and compression ratio) so a zip bomb is refused (AC905). python-docx
parses XML with lxml using resolve_entities=False, and lxml's defaults do not
load DTDs or touch the network, so entity tricks (XXE, "billion laughs") are
not expanded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accessicheck.core.bounds import Clock, take_within, too_slow
from accessicheck.core.facts import DocxFacts
from accessicheck.core.model import BlockKind, Document, DocumentMeta, LoadProblem
from accessicheck.loaders import DEFAULT_TIME_BUDGET, Draft, LoaderError, number_blocks
from accessicheck.loaders.ooxml import check_zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, SDT, SDT_CONTENT, CUSTOM_XML = (
    _w(t) for t in ("p", "tbl", "sdt", "sdtContent", "customXml")
)
TR, TC, T, TAB, BR, CR = (_w(t) for t in ("tr", "tc", "t", "tab", "br", "cr"))
TXBX = _w("txbxContent")
NO_BREAK_HYPHEN = _w("noBreakHyphen")
PPR, RPR, R_TAG = _w("pPr"), _w("rPr"), _w("r")
VAL = _w("val")
ALTERNATE, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
# Inside a paragraph these hold text that is not shown or not prose.
_SKIP_INLINE = {_w(t) for t in ("del", "moveFrom", "instrText", "delText", "rPr", "pPr")}
_BLOCK_CONTAINERS = {SDT_CONTENT, CUSTOM_XML, _w("ins"), _w("moveTo")}

_MAIN_CONTENT_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
)
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_LIST_NAME = re.compile(
    r"^list(?: (?:bullet|number))?(?: ([2-9]))?$|^list paragraph$", re.IGNORECASE
)
_ALIGNMENT = {
    "left": "left",
    "start": "left",
    "right": "right",
    "end": "right",
    "center": "center",
    "both": "justify",
    "distribute": "justify",
}
_FALSE = {"0", "false", "off"}

_RESAVE = "Open it in Word and save it again as a .docx file"
_DAMAGED = (
    "The Word document is damaged, so we could not read it.",
    f"{_RESAVE}, then check the new copy.",
)


def load(path: Path, *, time_budget: float = DEFAULT_TIME_BUDGET) -> Document:
    clock = Clock(time_budget)
    check_zip(path, "Word document", _RESAVE)
    package = _open_package(path)
    part = package.main_document_part

    styles = Styles(related_element(part, "styles"), related_element(part, "numbering"))
    reader = Reader(styles)
    body = part.element.find(_w("body"))
    drafts: list[Draft] = list(take_within(reader.blocks(body), clock)) if body is not None else []
    margins = list(headers_and_footers(part, body))
    for kind, element in margins:
        drafts.extend(reader.blocks(element, kind=kind))

    doc = Document(path=str(path), format="docx", meta=DocumentMeta())
    doc.meta.title, core_language = _core_properties(package)
    doc.meta.language = styles.language or core_language
    doc.blocks = number_blocks(str(path), drafts)
    if clock.over():
        doc.problems.append(too_slow(time_budget, f"{len(drafts):,} paragraphs"))
    if not doc.blocks:
        doc.problems.append(_no_text_problem(body))
    if body is not None:
        from accessicheck.loaders import docx_facts

        structure = docx_facts.collect(
            part, body, [element for _, element in margins], reader, drafts
        )
        doc.meta.facts = DocxFacts(structure)
    return doc


def _no_text_problem(body: Any) -> LoadProblem:
    pictures = body.iter(_w("drawing"), _w("pict")) if body is not None else iter(())
    if next(pictures, None) is not None:
        return LoadProblem(
            "AC903",
            "We could not find any text, only pictures. The text may be in images.",
            "Ask for the original document, or a version with real text.",
        )
    return LoadProblem(
        "AC906",
        "The Word document has no text in it.",
        "Check you picked the right file, or save it again with its text.",
    )


# --- opening the package safely -------------------------------------------------------


def _open_package(path: Path) -> Any:
    from docx.opc.part import PartFactory
    from docx.package import Package
    from docx.parts.document import DocumentPart

    # python-docx only knows the .docx content type; macro-enabled documents
    # and templates have the same XML, so read their main part the same way.
    for content_type in _MAIN_CONTENT_TYPES:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    try:
        package = Package.open(str(path))
        part = package.main_document_part
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds
        raise LoaderError("AC901", *_DAMAGED, detail=f"{type(exc).__name__}: {exc}") from None
    if not isinstance(part, DocumentPart):
        raise LoaderError(
            "AC904",
            "This file is not a Word document we can read.",
            "Open it in Word and save it as a .docx file, then check that copy.",
            detail=f"main part content type {part.content_type}",
        )
    return package


def related_element(part: Any, name: str) -> Any | None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return part.part_related_by(getattr(RT, name.upper())).element
    except (KeyError, ValueError, AttributeError):
        return None


def _core_properties(package: Any) -> tuple[str | None, str | None]:
    """Title and language from docProps/core.xml, only if the file really has it.

    python-docx invents a core-properties part (title "Word Document" in some
    versions) when asked for one that is missing, so look for the
    relationship first.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = [
        r for r in package.rels.values() if r.reltype == RT.CORE_PROPERTIES and not r.is_external
    ]
    if not rels:
        return None, None
    try:
        props = rels[0].target_part.core_properties
        title, language = props.title, props.language
    except Exception:  # noqa: BLE001 - a damaged core.xml must not stop the load
        return None, None
    return _clean(title), _clean(language)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value else None


def headers_and_footers(part: Any, body: Any) -> Iterator[tuple[BlockKind, Any]]:
    """(kind, root element) for each distinct header and footer, in section order."""
    if body is None:
        return
    seen: set[str] = set()
    refs = {_w("headerReference"): BlockKind.HEADER, _w("footerReference"): BlockKind.FOOTER}
    for sect in body.iter(_w("sectPr")):
        for ref in sect:
            kind = refs.get(ref.tag)
            if kind is None:
                continue
            try:
                target = part.related_parts[ref.get(f"{{{R}}}id")]
            except KeyError:
                continue  # a dangling reference: nothing to read
            name = str(target.partname)
            if name in seen or not hasattr(target, "element"):
                continue
            seen.add(name)
            yield kind, target.element


# --- styles -----------------------------------------------------------------------------


@dataclass
class _StyleFacts:
    """What a style (with everything it inherits) says about a paragraph."""

    name: str | None = None
    heading: int | None = None
    list_level: int | None = None  # from numbering or a list style name
    bold: bool | None = None
    half_points: int | None = None
    alignment: str | None = None
    # Run properties the structure checks need (italic, colour ...), see `run_look`.
    look: dict[str, Any] = field(default_factory=dict)
    shading: dict[str, str] | None = None  # the paragraph's w:pPr/w:shd attributes


class Styles:
    """Style lookups with inheritance (w:basedOn), resolved once per style."""

    def __init__(self, root: Any | None, numbering: Any | None = None) -> None:
        self._raw: dict[str, Any] = {}
        self._style_levels: dict[str, int] = {}
        if numbering is not None:
            for lvl in numbering.iter(_w("lvl")):
                style = lvl.find(_w("pStyle"))
                level = lvl.get(_w("ilvl"))
                if style is not None and style.get(VAL) and level and level.isdigit():
                    self._style_levels.setdefault(style.get(VAL), int(level))
        self._cache: dict[str, _StyleFacts] = {}
        self.default_paragraph: str | None = None
        self.language: str | None = None
        self.defaults = _StyleFacts()
        if root is None:
            return
        for style in root.iter(_w("style")):
            style_id = style.get(_w("styleId"))
            if style_id is None:
                continue
            self._raw.setdefault(style_id, style)
            is_default = style.get(_w("default")) in ("1", "true", "on")
            if is_default and style.get(_w("type")) == "paragraph":
                self.default_paragraph = style_id
        rpr = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{RPR}")
        ppr = root.find(f"{_w('docDefaults')}/{_w('pPrDefault')}/{PPR}")
        if rpr is not None:
            self.defaults.bold = _on_off(rpr.find(_w("b")))
            self.defaults.half_points = _int_val(rpr.find(_w("sz")))
            self.defaults.look = run_look(rpr)
            lang = rpr.find(_w("lang"))
            if lang is not None:
                self.language = lang.get(VAL) or None
        if ppr is not None:
            self.defaults.alignment = _alignment(ppr)

    def element(self, style_id: str | None) -> Any | None:
        """The w:style element with this id, or None."""
        return self._raw.get(style_id) if style_id else None

    def facts(self, style_id: str | None) -> _StyleFacts:
        if style_id is None:
            return _StyleFacts()
        cached = self._cache.get(style_id)
        if cached is None:
            cached = self._resolve(style_id, depth=0)
            self._cache[style_id] = cached
        return cached

    def _resolve(self, style_id: str, depth: int) -> _StyleFacts:
        style = self._raw.get(style_id)
        if style is None or depth > 20:  # unknown id or a basedOn loop
            return _StyleFacts()
        based = style.find(_w("basedOn"))
        parent_id = based.get(VAL) if based is not None else None
        parent = self._resolve(parent_id, depth + 1) if parent_id else _StyleFacts()
        name_el = style.find(_w("name"))
        name = name_el.get(VAL) if name_el is not None else None
        facts = _StyleFacts(
            name=_display_name(name) if name else style_id,
            heading=parent.heading,
            list_level=parent.list_level,
            bold=parent.bold,
            half_points=parent.half_points,
            alignment=parent.alignment,
            look=dict(parent.look),
            shading=parent.shading,
        )
        ppr, rpr = style.find(PPR), style.find(RPR)
        heading_match = _HEADING_NAME.match(name or "")
        if heading_match:
            facts.heading = int(heading_match.group(1))
        elif (name or "").lower() == "title":
            facts.heading = 1
        if ppr is not None:
            outline = _int_val(ppr.find(_w("outlineLvl")))
            if outline is not None and facts.heading is None:
                facts.heading = outline + 1 if outline < 9 else None
            # A style's numbering usually leaves out the level: numbering.xml
            # links a level to the style instead ("List Bullet 2" -> level 2).
            numbered = _numbering_level(ppr, self._style_levels.get(style_id, 0))
            if numbered is not None:
                facts.list_level = numbered or None  # 0 means "numbering removed"
            facts.alignment = _alignment(ppr) or facts.alignment
            facts.shading = _attributes(ppr.find(_w("shd"))) or facts.shading
        list_match = _LIST_NAME.match(name or "")
        if list_match:
            # Word's "List Bullet 2" is often a one-level list of its own that is
            # only indented; the name says what the author meant: level 2.
            named = int(list_match.group(1) or 1)
            facts.list_level = max(facts.list_level or 0, named)
        if rpr is not None:
            bold = _on_off(rpr.find(_w("b")))
            facts.bold = facts.bold if bold is None else bold
            facts.half_points = _int_val(rpr.find(_w("sz"))) or facts.half_points
            facts.look.update(run_look(rpr))
        return facts


def run_look(rpr: Any) -> dict[str, Any]:
    """The run properties set in one w:rPr that the structure checks read.

    Keys appear only when set: "italic", "underline", "caps" (bool);
    "color" and "shd" (the element's attributes without namespace);
    "highlight" (a colour name).
    """
    look: dict[str, Any] = {}
    for key, tag in (("italic", "i"), ("caps", "caps")):
        value = _on_off(rpr.find(_w(tag)))
        if value is not None:
            look[key] = value
    underline = rpr.find(_w("u"))
    if underline is not None:
        look["underline"] = underline.get(VAL, "single") != "none"
    for key in ("color", "shd"):
        attrs = _attributes(rpr.find(_w(key)))
        if attrs:
            look[key] = attrs
    highlight = rpr.find(_w("highlight"))
    if highlight is not None and highlight.get(VAL):
        look["highlight"] = highlight.get(VAL)
    return look


def _attributes(element: Any | None) -> dict[str, str] | None:
    """An element's attributes by local name ({"val": "FF0000", "themeColor": ...})."""
    if element is None:
        return None
    return {key.rsplit("}", 1)[-1]: value for key, value in element.attrib.items()}


def _display_name(name: str) -> str:
    # Built-in style names are stored lower-case ("heading 1"); show them as Word does.
    if name.islower():
        return name[0].upper() + name[1:]
    return name


def _on_off(element: Any | None) -> bool | None:
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in _FALSE


def _int_val(element: Any | None) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(VAL, ""))
    except ValueError:
        return None


def _alignment(ppr: Any) -> str | None:
    jc = ppr.find(_w("jc"))
    if jc is None or not jc.get(VAL):
        return None
    value = jc.get(VAL)
    if value in _ALIGNMENT:
        return _ALIGNMENT[value]
    # Other values (thaiDistribute, lowKashida, ...) are forms of justification.
    return "justify" if "distribute" in value.lower() or "kashida" in value.lower() else value


def _numbering_level(ppr: Any, default_ilvl: int = 0) -> int | None:
    """1-based list level from w:numPr, 0 when numbering is switched off, None if absent."""
    num = ppr.find(_w("numPr"))
    if num is None:
        return None
    num_id = num.find(_w("numId"))
    if num_id is not None and num_id.get(VAL) == "0":
        return 0
    if num_id is None and num.find(_w("ilvl")) is None:
        return None
    level = _int_val(num.find(_w("ilvl")))
    return max(0, min(default_ilvl if level is None else level, 8)) + 1


# --- reading blocks ---------------------------------------------------------------------


class Reader:
    """Walks block-level XML (body, cell, header, text box) into drafts.

    For the structure facts it remembers where each draft came from:
    `origins[id(draft)]` is (draft, [(w:p element, offset of its text in the
    draft's text)]), and `paragraphs[p]` is (runs, style facts) for each
    paragraph with text.
    """

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.tables = 0
        self.origins: dict[int, tuple[Draft, list[tuple[Any, int]]]] = {}
        self.paragraphs: dict[Any, tuple[list[tuple[str, Any]], _StyleFacts]] = {}

    def _remember(self, draft: Draft, sources: list[tuple[Any, int]]) -> Draft:
        # The draft itself is kept so its id cannot be reused by another object.
        self.origins[id(draft)] = (draft, sources)
        return draft

    def sources(self, draft: Draft) -> list[tuple[Any, int]]:
        """The (w:p, offset) pairs a draft's text came from."""
        found = self.origins.get(id(draft))
        return found[1] if found is not None and found[0] is draft else []

    def blocks(self, root: Any, kind: BlockKind | None = None) -> Iterator[Draft]:
        """Drafts for every block-level element under `root`, in order.

        `kind` forces a kind (HEADER, FOOTER, TEXT_BOX) on paragraphs and cells.
        """
        for element in _block_elements(root):
            if element.tag == P:
                draft, boxes = self.paragraph(element, kind)
                if draft is not None:
                    yield draft
                yield from self._boxes(boxes, kind)
            else:
                yield from self.table(element, kind)

    def _boxes(self, boxes: list[Any], kind: BlockKind | None) -> Iterator[Draft]:
        for box in boxes:
            for draft in self.blocks(box, BlockKind.TEXT_BOX):
                # A text box in a header or footer is outside the main flow too.
                if _in_flow(kind):
                    yield draft
                else:
                    yield self._remember(draft._replace(in_flow=False), self.sources(draft))

    def paragraph(self, p: Any, kind: BlockKind | None) -> tuple[Draft | None, list[Any]]:
        """The paragraph's draft (None when it has no text) and its text boxes."""
        runs: list[tuple[str, Any]] = []
        boxes: list[Any] = []
        collect_text(p, runs, boxes, None)
        text = "".join(t for t, _ in runs)
        if not text.strip():
            return None, boxes
        draft = self._paragraph_draft(p, text, runs, kind)
        return self._remember(draft, [(p, 0)]), boxes

    def _paragraph_draft(
        self, p: Any, text: str, runs: list[tuple[str, Any]], kind: BlockKind | None
    ) -> Draft:
        ppr = p.find(PPR)
        style_el = ppr.find(_w("pStyle")) if ppr is not None else None
        style_id = style_el.get(VAL) if style_el is not None else self.styles.default_paragraph
        facts = self.styles.facts(style_id)
        self.paragraphs[p] = (runs, facts)

        heading = facts.heading
        list_level = facts.list_level
        alignment = facts.alignment or self.styles.defaults.alignment
        if ppr is not None:
            outline = _int_val(ppr.find(_w("outlineLvl")))
            if outline is not None:
                heading = outline + 1 if outline < 9 else None
            numbered = _numbering_level(ppr)
            if numbered is not None:
                list_level = numbered or None
            alignment = _alignment(ppr) or alignment

        bold, font_size = self._run_summary(runs, facts)
        style = {"style": facts.name, "bold": bold, "font_size": font_size, "alignment": alignment}
        level: int | None = None
        if kind is not None:
            block_kind = kind
        elif heading is not None:
            block_kind, level = BlockKind.HEADING, heading
        elif (facts.name or "").lower() == "caption":
            block_kind = BlockKind.CAPTION
        elif list_level is not None:
            block_kind, level = BlockKind.LIST_ITEM, list_level
        else:
            block_kind = BlockKind.PARAGRAPH
        return Draft(block_kind, text, level=level, style=style, in_flow=_in_flow(kind))

    def _run_summary(
        self, runs: list[tuple[str, Any]], para: _StyleFacts
    ) -> tuple[bool, float | None]:
        """(every run with text is bold, the shared size in points or None)."""
        all_bold = True
        sizes: set[int] = set()
        seen: set[int] = set()
        for text, run in runs:
            if not text.strip() or id(run) in seen:
                continue
            seen.add(id(run))
            bold, half_points = self._run_facts(run, para)
            all_bold = all_bold and bold
            sizes.add(half_points)
        size = sizes.pop() / 2 if len(sizes) == 1 else None
        return all_bold and bool(seen), size

    def _run_facts(self, run: Any, para: _StyleFacts) -> tuple[bool, int]:
        bold, half_points, _ = self.run_style(run, para)
        return bold, half_points

    def run_style(self, run: Any, para: _StyleFacts) -> tuple[bool, int, dict[str, Any]]:
        """(bold, size in half-points, look) of a run, through its styles and the defaults.

        The look (see `run_look`) is merged from the document defaults, the
        paragraph style, the character style and the run itself, in that order.
        """
        rpr = run.find(RPR) if run is not None else None
        char = _StyleFacts()
        bold = size = None
        own: dict[str, Any] = {}
        if rpr is not None:
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                char = self.styles.facts(rstyle.get(VAL))
            bold = _on_off(rpr.find(_w("b")))
            size = _int_val(rpr.find(_w("sz")))
            own = run_look(rpr)
        defaults = self.styles.defaults
        bolds = (bold, char.bold, para.bold, defaults.bold)
        resolved_bold = next((b for b in bolds if b is not None), False)
        # Word's own default is 10 pt (w:sz 20) when nothing sets a size.
        half_points = size or char.half_points or para.half_points or defaults.half_points or 20
        look = {**defaults.look, **para.look, **char.look, **own}
        return resolved_bold, half_points, look

    def table(self, tbl: Any, kind: BlockKind | None) -> Iterator[Draft]:
        self.tables += 1
        table_no = self.tables
        for row_no, tr in enumerate(_rows(tbl), start=1):
            trpr = tr.find(_w("trPr"))
            header = trpr is not None and _on_off(trpr.find(_w("tblHeader"))) is True
            column = 1
            for tc in _cells(tr):
                span = _int_val(tc.find(f"{_w('tcPr')}/{_w('gridSpan')}")) or 1
                texts: list[str] = []
                sources: list[tuple[Any, int]] = []
                after: list[Draft] = []  # nested tables and text boxes follow their cell
                for element in _block_elements(tc):
                    if element.tag == TBL:
                        after.extend(self.table(element, kind))
                        continue
                    draft, boxes = self.paragraph(element, kind)
                    if draft is not None:
                        sources.append((element, sum(len(t) + 1 for t in texts)))
                        texts.append(draft.text)
                    after.extend(self._boxes(boxes, kind))
                if texts:
                    style = {"table": table_no, "row": row_no, "column": column, "header": header}
                    cell = Draft(
                        kind or BlockKind.TABLE_CELL,
                        "\n".join(texts),
                        style=style,
                        in_flow=_in_flow(kind),
                    )
                    yield self._remember(cell, sources)
                yield from after
                column += max(span, 1)


def _in_flow(kind: BlockKind | None) -> bool:
    return kind not in (BlockKind.HEADER, BlockKind.FOOTER)


def _block_elements(root: Any) -> Iterator[Any]:
    """w:p and w:tbl elements under `root`, looking through content controls."""
    for child in root:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _block_elements(content)
        elif tag in _BLOCK_CONTAINERS:
            yield from _block_elements(child)


def _rows(tbl: Any) -> Iterator[Any]:
    yield from _children(tbl, TR)


def _cells(tr: Any) -> Iterator[Any]:
    yield from _children(tr, TC)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Children with `tag`, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, tag)


def collect_text(element: Any, runs: list[tuple[str, Any]], boxes: list[Any], run: Any) -> None:
    """Gather (text, run element) pairs and text boxes from inside a paragraph."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            continue
        if tag == T:
            # Unexpanded entity references are child nodes: keep the text around them.
            text = (child.text or "") + "".join(sub.tail or "" for sub in child)
            if text:
                runs.append((text, run))
        elif tag == R_TAG:
            collect_text(child, runs, boxes, child)
        elif tag == TAB:
            runs.append(("\t", run))
        elif tag in (BR, CR):
            runs.append(("\n", run))
        elif tag == NO_BREAK_HYPHEN:
            runs.append(("-", run))
        elif tag == TXBX:
            boxes.append(child)
        elif tag == ALTERNATE:
            # The same content twice (new and old form): read only one of them.
            chosen = child.find(CHOICE)
            if chosen is None:
                chosen = child.find(FALLBACK)
            if chosen is not None:
                collect_text(chosen, runs, boxes, run)
        elif tag != P:  # a stray nested paragraph is not this paragraph's text
            collect_text(child, runs, boxes, run)
