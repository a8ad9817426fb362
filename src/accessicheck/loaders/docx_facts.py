"""Structure facts for Word documents (see `accessicheck.core.structure`).

Read from the same XML the Word loader walks, after it has numbered the
blocks, so every fact can say which block it is in (or follows):

- pictures, charts, diagrams, shapes and text boxes: `w:drawing/(wp:inline|
  wp:anchor)/wp:docPr/@descr` (alt text), `@title`, `@hidden`, decorative
  mark `a:extLst//adec:decorative/@val`; floating = `wp:anchor`. Old VML:
  `w:pict|w:object//v:*[v:imagedata|v:textbox]/@alt`, floating when its
  style has `position:absolute`. Anything inside `mc:Fallback` repeats the
  `mc:Choice` before it and is skipped, as are watermarks;
- tables: `w:tr[1]/w:trPr/w:tblHeader`, `w:tblPr/w:tblLook/@w:firstRow`
  (or the old `@w:val` bit mask 0x0020), merged cells (`w:gridSpan` > 1,
  `w:vMerge` restart, `w:hMerge`), rows that do not fill `w:tblGrid`
  (`w:gridBefore`/`w:gridAfter`, split cells), nested tables;
- links: `w:hyperlink` (`@r:id` to the relationship's target, or
  `@w:anchor`), `w:fldSimple` and complex `HYPERLINK` fields;
- text spans: size, bold, italic, underline, caps and colour of every run,
  resolved run -> character style -> paragraph style -> document defaults
  (see `docx.Reader.run_style`), and the background behind it: highlight,
  then run shading, paragraph shading, cell shading (a table style that
  shades cells makes the background unknown), text-box fill, then the page
  colour (`w:background`), else white. Theme colours are resolved through
  theme1.xml;
- empty paragraphs in a row among the body's paragraphs and tables.

Each kind of fact is collected on its own: if one fails on an odd file the
others are kept, and the failure is noted in `Structure.gaps`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from accessicheck.core.structure import (
    ContentControl,
    EmptyParagraphs,
    Link,
    Picture,
    Structure,
    Table,
    TextSpan,
)
from accessicheck.loaders import Draft
from accessicheck.loaders.docx import (
    BR,
    TBL,
    TC,
    TXBX,
    VAL,
    P,
    R,
    Reader,
    T,
    _block_elements,
    _cells,
    _int_val,
    _on_off,
    _rows,
    _w,
)
from accessicheck.loaders.ooxml import (
    HIGHLIGHTS,
    WORD_THEME_NAMES,
    a,
    hex_colour,
    in_fallback,
    is_decorative,
    mix,
    optional_text,
    shade,
    solid_fill,
    theme_colours,
    tint,
)

WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
#: Word 2013's drawing extensions: `wp15:webVideoPr` marks an online video
WP15 = "http://schemas.microsoft.com/office/word/2012/wordprocessingDrawing"
V = "urn:schemas-microsoft-com:vml"

_KINDS = {
    "drawingml/2006/picture": "picture",
    "drawingml/2006/chart": "chart",
    "drawingml/2006/diagram": "diagram",
    "wordprocessingGroup": "group",
    "wordprocessingCanvas": "drawing canvas",
    "drawingml/2006/lockedCanvas": "drawing canvas",
}
_WATERMARK = re.compile(r"^(PowerPlusWaterMarkObject|WordPictureWatermark)", re.IGNORECASE)
_HYPERLINK_FIELD = re.compile(
    r'^\s*HYPERLINK\s+(?:"([^"]*)"|(\S+))?(.*)$', re.IGNORECASE | re.DOTALL
)
_ANCHOR_SWITCH = re.compile(r'\\l\s+"([^"]*)"')


def collect(
    part: Any, body: Any, margins: list[Any], reader: Reader, drafts: list[Draft]
) -> Structure:
    """All the structure facts of one Word document. Never raises."""
    facts = Structure(format="docx")
    try:
        places = _Places(body, margins, reader, drafts)
        theme = theme_colours(_theme(part))
        facts.page_background = _page_background(body, theme)
    except Exception as exc:  # noqa: BLE001 - the text is still worth checking
        facts.gaps.append(f"structure: {type(exc).__name__}")
        return facts

    def safely(name: str, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception as exc:  # noqa: BLE001 - one odd part must not lose the other facts
            facts.gaps.append(f"{name}: {type(exc).__name__}")

    roots = [body, *margins]
    safely("pictures", lambda: facts.pictures.extend(_pictures(roots, places)))
    safely("tables", lambda: facts.tables.extend(_tables(body, places)))
    safely("links", lambda: facts.links.extend(_links(body, part, places)))
    safely(
        "text spans",
        lambda: facts.spans.extend(_spans(reader, places, theme, facts.page_background)),
    )
    safely("empty paragraphs", lambda: facts.empty_paragraphs.extend(_empty_runs(body, places)))
    safely("content controls", lambda: facts.content_controls.extend(_controls(body, places)))
    safely("watermarks", lambda: facts.watermarks.extend(_watermarks(margins)))
    return facts


# --- content controls and watermarks -------------------------------------------------------------

#: w:sdtPr children that say what kind of content control it is
_CONTROL_KINDS = {
    "text": "text", "richText": "text", "date": "date", "dropDownList": "drop-down",
    "comboBox": "drop-down", "checkbox": "check box", "picture": "picture",
}  # fmt: skip
#: content controls Word makes for itself (contents, cover pages, citations): not the author's
_BUILT_IN = {"docPartObj", "docPartList", "citation", "bibliography", "equation"}


def _controls(body: Any, places: _Places) -> Iterator[ContentControl]:
    """Content controls (`w:sdt`) in the body with their title (`w:sdtPr/w:alias/@w:val`)."""
    for sdt in body.iter(_w("sdt")):
        if in_fallback(sdt):
            continue
        props = sdt.find(_w("sdtPr"))
        names = {el.tag.split("}", 1)[-1] for el in props} if props is not None else set()
        if names & _BUILT_IN:
            continue
        kind = next((_CONTROL_KINDS[n] for n in names if n in _CONTROL_KINDS), "text")
        alias = props.find(_w("alias")) if props is not None else None
        title = optional_text(alias.get(VAL)) if alias is not None else None
        content = sdt.find(_w("sdtContent"))
        yield ContentControl(
            title=title, kind=kind, paragraph=places.of(content if content is not None else sdt)
        )


def _watermarks(margins: list[Any]) -> Iterator[str]:
    """Watermarks in the headers: Word names their shapes PowerPlusWaterMarkObject (text)
    and WordPictureWatermark (picture), in VML `@id` or a drawing's `wp:docPr/@name`."""
    seen: set[str] = set()
    for root in margins:
        for el in root.iter():
            tag = el.tag if isinstance(el.tag, str) else ""
            if not (tag.endswith("}shape") or tag.endswith("}docPr")):
                continue
            name = el.get("id", "") + " " + el.get("name", "")
            kind = (
                "text"
                if "PowerPlusWaterMarkObject" in name
                else "picture"
                if "WordPictureWatermark" in name
                else None
            )
            if kind is not None and kind not in seen:
                seen.add(kind)
                yield kind


# --- where things are ---------------------------------------------------------------------------


class _Places:
    """Block numbers for paragraph elements: their own, or the nearest block before them."""

    def __init__(self, body: Any, margins: list[Any], reader: Reader, drafts: list[Draft]) -> None:
        self.own: dict[Any, tuple[int, int]] = {}  # w:p -> (block number, text offset)
        for number, draft in enumerate(drafts, start=1):
            for p, offset in reader.sources(draft):
                self.own[p] = (number, offset)
        self.near: dict[Any, int | None] = {}
        for root in (body, *margins):
            last: int | None = None
            waiting: list[Any] = []
            for p in root.iter(P):
                found = self.own.get(p)
                if found is not None:
                    last = found[0]
                    for earlier in waiting:  # paragraphs before the first block: use the first
                        self.near[earlier] = last
                    waiting = []
                    self.near[p] = last
                elif last is None:
                    waiting.append(p)
                else:
                    self.near[p] = last

    def of(self, element: Any) -> int | None:
        """The block number for any element: that of the paragraph it is in, or nearest before."""
        node = element
        while node is not None:
            if node.tag == P:
                return self.near.get(node)
            node = node.getparent()
        # Not inside a paragraph (a table, say): the first paragraph inside it.
        for p in element.iter(P):
            return self.near.get(p)
        return None


# --- pictures, shapes and text boxes -------------------------------------------------------------


def _pictures(roots: list[Any], places: _Places) -> Iterator[Picture]:
    for root in roots:
        for element in root.iter(_w("drawing"), _w("pict"), _w("object")):
            if in_fallback(element):
                continue
            if element.tag == _w("drawing"):
                found = _drawing(element, places)
            else:
                found = _vml(element, places)
            if found is not None:
                yield found


def _drawing(drawing: Any, places: _Places) -> Picture | None:
    holder = next((c for c in drawing if c.tag in (f"{{{WP}}}inline", f"{{{WP}}}anchor")), None)
    if holder is None:
        return None
    doc_pr = holder.find(f"{{{WP}}}docPr")
    if doc_pr is not None and doc_pr.get("hidden", "").lower() in ("1", "true"):
        return None
    data = holder.find(f"{a('graphic')}/{a('graphicData')}")
    uri = data.get("uri", "") if data is not None else ""
    kind = next((k for key, k in _KINDS.items() if uri.endswith(key)), "object")
    text = ""
    if uri.endswith("wordprocessingShape"):
        box = holder.find(f".//{TXBX}")
        kind = "text box" if box is not None else "shape"
        if box is not None:
            text = " ".join("".join(t.text or "" for t in box.iter(T)).split())
    video = doc_pr is not None and doc_pr.find(f".//{{{WP15}}}webVideoPr") is not None
    if video:
        kind = "video"  # an online video: a poster picture that plays a web page's video
    alt = doc_pr.get("descr") if doc_pr is not None else None
    if alt is None and kind in ("picture", "video"):
        c_nv_pr = holder.find(f".//{{{PIC}}}cNvPr")
        alt = c_nv_pr.get("descr") if c_nv_pr is not None else None
    return Picture(
        kind=kind,
        name=doc_pr.get("name") if doc_pr is not None else None,
        alt=optional_text(alt),
        title=optional_text(doc_pr.get("title")) if doc_pr is not None else None,
        decorative=is_decorative(doc_pr),
        floating=holder.tag == f"{{{WP}}}anchor",
        paragraph=places.of(drawing),
        text=text,
    )


def _vml(holder: Any, places: _Places) -> Picture | None:
    shape = next(
        (
            el
            for el in holder.iter()
            if isinstance(el.tag, str)
            and el.tag.startswith(f"{{{V}}}")
            and (el.find(f"{{{V}}}imagedata") is not None or el.find(f"{{{V}}}textbox") is not None)
        ),
        None,
    )
    if shape is None:
        return None
    if _WATERMARK.match(shape.get("id", "")):
        return None
    box = shape.find(f"{{{V}}}textbox")
    kind = "text box" if box is not None else "picture"
    if holder.tag == _w("object"):
        kind = "object"
    style = shape.get("style", "").replace(" ", "").lower()
    text = " ".join("".join(t.text or "" for t in box.iter(T)).split()) if box is not None else ""
    return Picture(
        kind=kind,
        name=shape.get("id"),
        alt=optional_text(shape.get("alt")),
        floating="position:absolute" in style,
        paragraph=places.of(holder),
        text=text,
    )


# --- tables --------------------------------------------------------------------------------------


def _tables(body: Any, places: _Places) -> Iterator[Table]:
    number = 0
    for tbl in body.iter(TBL):
        if in_fallback(tbl):
            continue
        number += 1
        rows = list(_rows(tbl))
        grid = len(tbl.findall(f"{_w('tblGrid')}/{_w('gridCol')}"))
        merged = 0
        widths: list[int] = []
        gaps: list[bool] = []
        for tr in rows:
            trpr = tr.find(_w("trPr"))
            before = _int_val(trpr.find(_w("gridBefore"))) if trpr is not None else None
            after = _int_val(trpr.find(_w("gridAfter"))) if trpr is not None else None
            width = (before or 0) + (after or 0)
            for tc in _cells(tr):
                span = _cell_span(tc)
                merged += _is_merge_start(tc, span)
                width += span
            widths.append(width)
            gaps.append(bool(before or after))
        full = grid or max(widths, default=0)
        split = sum(1 for w, gap in zip(widths, gaps, strict=True) if gap or w != full)
        blank_rows, blank_columns = _blank_lines(
            [[_cell_blank(tc) for tc in _cells(tr)] for tr in rows], merged or split
        )
        style = tbl.find(f"{_w('tblPr')}/{_w('tblStyle')}")
        first = rows[0].find(_w("trPr")) if rows else None
        header = first is not None and _on_off(first.find(_w("tblHeader"))) is True
        yield Table(
            number=number,
            rows=len(rows),
            columns=full,
            header_row=header,
            style_first_row=_style_first_row(tbl),
            merged_cells=merged,
            split_rows=split,
            nested=any(inner is not tbl for inner in tbl.iter(TBL)),
            paragraph=places.of(tbl),
            blank_rows=blank_rows,
            blank_columns=blank_columns,
            style=style.get(VAL) if style is not None else None,
        )


def _cell_blank(tc: Any) -> bool:
    """True when a cell holds no text and no picture or object."""
    if any((t.text or "").strip() for t in tc.iter(T)):
        return False
    return not any(el.tag in (_w("drawing"), _w("pict"), _w("object")) for el in tc.iter())


def _blank_lines(cells: list[list[bool]], irregular: int) -> tuple[int, int]:
    """(blank rows, blank columns) of a grid of "is this cell blank"; columns only for a
    regular table (no merged or split cells)."""
    rows = sum(1 for row in cells if row and all(row))
    if irregular or not cells or len({len(row) for row in cells}) != 1:
        return rows, 0
    columns = sum(1 for c in range(len(cells[0])) if all(row[c] for row in cells))
    return rows, columns


def _cell_span(tc: Any) -> int:
    tcpr = tc.find(_w("tcPr"))
    if tcpr is None:
        return 1
    return max(_int_val(tcpr.find(_w("gridSpan"))) or 1, 1)


def _is_merge_start(tc: Any, span: int) -> int:
    """1 for a cell merged across (w:gridSpan, w:hMerge) or the first of cells merged down."""
    if span > 1:
        return 1
    tcpr = tc.find(_w("tcPr"))
    if tcpr is None:
        return 0
    for tag in ("vMerge", "hMerge"):
        mark = tcpr.find(_w(tag))
        if mark is not None and mark.get(VAL) == "restart":
            return 1
    return 0


def _style_first_row(tbl: Any) -> bool | None:
    """The table-style option "Header Row": w:tblLook/@w:firstRow, or bit 0x0020 of @w:val."""
    look = tbl.find(f"{_w('tblPr')}/{_w('tblLook')}")
    if look is None:
        return None
    first = look.get(_w("firstRow"))
    if first is not None:
        return first.lower() in ("1", "true", "on")
    value = look.get(VAL)
    if value:
        try:
            return bool(int(value, 16) & 0x0020)
        except ValueError:
            return None
    return None


# --- links ---------------------------------------------------------------------------------


def _links(body: Any, part: Any, places: _Places) -> Iterator[Link]:
    rels = getattr(part, "rels", {})
    for link in body.iter(_w("hyperlink")):
        if in_fallback(link):
            continue
        rid = link.get(f"{{{R}}}id")
        url = ""
        if rid and rid in rels:
            url = str(getattr(rels[rid], "target_ref", "") or "")
        elif link.get(_w("anchor")):
            url = "#" + link.get(_w("anchor"))
        yield Link(_text_of(link), url, paragraph=places.of(link))
    for simple in body.iter(_w("fldSimple")):
        parsed = _hyperlink_target(simple.get(_w("instr"), ""))
        if parsed is not None and not in_fallback(simple):
            yield Link(_text_of(simple), parsed, paragraph=places.of(simple))
    yield from _complex_field_links(body, places)


def _complex_field_links(body: Any, places: _Places) -> Iterator[Link]:
    """HYPERLINK fields written as w:fldChar begin / w:instrText / separate / result / end."""
    stack: list[dict[str, Any]] = []
    for el in body.iter(_w("fldChar"), _w("instrText"), T):
        if in_fallback(el):
            continue
        if el.tag == _w("fldChar"):
            kind = el.get(_w("fldCharType"))
            if kind == "begin":
                stack.append({"instr": "", "result": "", "in_result": False, "at": el})
            elif kind == "separate" and stack:
                stack[-1]["in_result"] = True
            elif kind == "end" and stack:
                field = stack.pop()
                url = _hyperlink_target(field["instr"])
                if url is not None:
                    yield Link(field["result"], url, paragraph=places.of(field["at"]))
                if stack and stack[-1]["in_result"]:
                    stack[-1]["result"] += field["result"]
        elif el.tag == _w("instrText") and stack and not stack[-1]["in_result"]:
            stack[-1]["instr"] += el.text or ""
        elif el.tag == T and stack and stack[-1]["in_result"]:
            stack[-1]["result"] += el.text or ""


def _hyperlink_target(instr: str) -> str | None:
    match = _HYPERLINK_FIELD.match(instr)
    if match is None:
        return None
    anchor = _ANCHOR_SWITCH.search(match.group(3) or "")
    target = match.group(1) or match.group(2) or ""
    if anchor and not target:
        return "#" + anchor.group(1)
    return target


def _text_of(element: Any) -> str:
    return " ".join("".join(t.text or "" for t in element.iter(T)).split())


# --- text spans -------------------------------------------------------------------------------


def _spans(
    reader: Reader, places: _Places, theme: dict[str, str], page: str | None
) -> Iterator[TextSpan]:
    for p, (number, offset) in places.own.items():
        found = reader.paragraphs.get(p)
        if found is None:
            continue
        runs, facts = found
        behind = _paragraph_background(p, facts.shading, reader, theme, page)
        position = offset
        current: TextSpan | None = None
        for text, run in runs:
            bold, half_points, look = reader.run_style(run, facts)
            span = TextSpan(
                paragraph=number,
                start=position,
                end=position + len(text),
                size=half_points / 2,
                bold=bold,
                italic=bool(look.get("italic")),
                underline=bool(look.get("underline")),
                caps=bool(look.get("caps")),
                colour=_word_colour(look.get("color"), theme),
                background=_run_background(look, behind, theme),
            )
            position += len(text)
            if current is not None and _same_look(current, span):
                current = TextSpan(**{**current.__dict__, "end": span.end})
                continue
            if current is not None:
                yield current
            current = span
        if current is not None:
            yield current


def _same_look(one: TextSpan, other: TextSpan) -> bool:
    keys = ("size", "bold", "italic", "underline", "caps", "colour", "background")
    return one.end == other.start and all(getattr(one, k) == getattr(other, k) for k in keys)


_UNKNOWN = "unknown"


def _word_colour(attrs: dict[str, str] | None, theme: dict[str, str]) -> str | None:
    """A w:color's colour: the hex value, else the theme colour with tint or shade; None = auto."""
    if not attrs:
        return None
    value = hex_colour(attrs.get("val"))
    if value:
        return value
    return _theme_colour(
        attrs.get("themeColor"), attrs.get("themeTint"), attrs.get("themeShade"), theme
    )


def _theme_colour(
    name: str | None, tint_hex: str | None, shade_hex: str | None, theme: dict[str, str]
) -> str | None:
    base = theme.get(WORD_THEME_NAMES.get(name or "", ""))
    if base is None:
        return None
    try:
        if tint_hex:
            base = tint(base, int(tint_hex, 16) / 255)
        if shade_hex:
            base = shade(base, int(shade_hex, 16) / 255)
    except ValueError:
        pass
    return base


def _shading(attrs: dict[str, str] | None, theme: dict[str, str]) -> str | None:
    """The colour a w:shd paints: "RRGGBB", None for none, "unknown" for stripes and the like."""
    if not attrs:
        return None
    pattern = attrs.get("val", "clear")
    fill = hex_colour(attrs.get("fill")) or _theme_colour(
        attrs.get("themeFill"), attrs.get("themeFillTint"), attrs.get("themeFillShade"), theme
    )
    colour = hex_colour(attrs.get("color"))
    if pattern in ("nil", "none"):
        return None
    if pattern == "clear":
        return fill
    if pattern == "solid":
        return colour or "000000"
    share = re.fullmatch(r"pct(\d+)", pattern)
    if share:
        return mix(colour or "000000", fill or "FFFFFF", int(share.group(1)) / 100)
    return _UNKNOWN


def _run_background(look: dict[str, Any], behind: str | None, theme: dict[str, str]) -> str | None:
    highlight = look.get("highlight")
    if highlight and highlight != "none":
        return HIGHLIGHTS.get(highlight)
    shaded = _shading(look.get("shd"), theme)
    if shaded == _UNKNOWN:
        return None
    return shaded or behind


def _paragraph_background(
    p: Any,
    style_shading: dict[str, str] | None,
    reader: Reader,
    theme: dict[str, str],
    page: str | None,
) -> str | None:
    """The colour behind a paragraph, or None when it cannot be known."""
    ppr = p.find(_w("pPr"))
    own = ppr.find(_w("shd")) if ppr is not None else None
    attrs = {k.rsplit("}", 1)[-1]: v for k, v in own.attrib.items()} if own is not None else None
    shaded = _shading(attrs or style_shading, theme)
    if shaded is not None:
        return None if shaded == _UNKNOWN else shaded
    node = p.getparent()
    while node is not None:
        if node.tag == TC:
            cell = node.find(f"{_w('tcPr')}/{_w('shd')}")
            if cell is not None:
                shaded = _shading({k.rsplit("}", 1)[-1]: v for k, v in cell.attrib.items()}, theme)
                if shaded is not None:
                    return None if shaded == _UNKNOWN else shaded
        elif node.tag == TBL:
            if _table_style_shades(node, reader):
                return None
        elif node.tag == f"{{{WPS}}}wsp":
            fill = solid_fill(node.find(f"{{{WPS}}}spPr"), theme, {})
            if fill == _UNKNOWN or (fill is None and node.find(f"{{{WPS}}}style") is not None):
                return None
            if fill not in (None, "none"):
                return fill
        elif _vml_filled_box(node):
            # An unknown colour name gives None: the background cannot be known.
            return (
                hex_colour(node.get("fillcolor", "").lstrip("#"))
                if node.get("fillcolor")
                else "FFFFFF"
            )
        node = node.getparent()
    return page or "FFFFFF"


def _vml_filled_box(node: Any) -> bool:
    """A VML shape holding a text box, and filled (VML shapes are filled unless told not to be)."""
    return (
        isinstance(node.tag, str)
        and node.tag.startswith(f"{{{V}}}")
        and node.find(f"{{{V}}}textbox") is not None
        and node.get("filled", "t").lower() not in ("f", "false")
    )


def _table_style_shades(tbl: Any, reader: Reader) -> bool:
    """True when the table's style (or a style it is based on) shades cells."""
    style = tbl.find(f"{_w('tblPr')}/{_w('tblStyle')}")
    style_id = style.get(VAL) if style is not None else None
    for _ in range(10):
        element = reader.styles.element(style_id)
        if element is None:
            return False
        for shd in element.iter(_w("shd")):
            fill = shd.get(_w("fill"), "auto")
            if fill.lower() not in ("auto", "ffffff") or shd.get(_w("themeFill")):
                return True
        based = element.find(_w("basedOn"))
        style_id = based.get(VAL) if based is not None else None
    return False


def _page_background(body: Any, theme: dict[str, str]) -> str | None:
    document = body.getparent()
    background = document.find(_w("background")) if document is not None else None
    if background is None:
        return None
    return hex_colour(background.get(_w("color"))) or _theme_colour(
        background.get(_w("themeColor")),
        background.get(_w("themeTint")),
        background.get(_w("themeShade")),
        theme,
    )


def _theme(part: Any) -> Any | None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from lxml import etree

    try:
        theme = part.part_related_by(RT.THEME)
        blob = theme.blob
    except (KeyError, ValueError, AttributeError):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None


# --- empty paragraphs -------------------------------------------------------------------------


def _empty_runs(body: Any, places: _Places) -> Iterator[EmptyParagraphs]:
    """Runs of empty paragraphs among the body's paragraphs and tables."""
    count = 0
    last: int | None = None
    for element in _block_elements(body):
        if element.tag == P and _is_empty(element):
            count += 1
            continue
        if count:
            yield EmptyParagraphs(count, last)
        count = 0
        if element.tag == P:
            last = places.near.get(element, last)
        else:
            numbers = [places.own[p][0] for p in element.iter(P) if p in places.own]
            last = max(numbers) if numbers else last
    if count:
        yield EmptyParagraphs(count, last)


_CONTENT = {_w("drawing"), _w("pict"), _w("object"), TXBX, _w("sectPr"), _w("fldChar")}


def _is_empty(p: Any) -> bool:
    """No text, no picture, no page or section break: a blank line typed for space."""
    for el in p.iter():
        if el.tag == T and (el.text or "").strip():
            return False
        if el.tag in _CONTENT:
            return False
        if el.tag == BR and el.get(_w("type")) in ("page", "column"):
            return False
        if el.tag == _w("pageBreakBefore") and _on_off(el) is not False:
            return False
    return True
