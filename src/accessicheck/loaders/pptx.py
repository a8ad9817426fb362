"""PowerPoint presentations (.pptx, and .pptm/.ppsx/.ppsm/.potx), read with python-pptx.

Blocks, slide by slide (`Location.page` is the slide number):

- the slide title (the `title` or `ctrTitle` placeholder) as a level-1
  HEADING, so the text on a slide has its title as heading context;
- then every shape in reading order (the order of the slide's shape tree,
  which is the order a screen reader uses), groups looked into: each
  paragraph of a text frame is a block: LIST_ITEM (level from `a:pPr/@lvl`)
  when it has a bullet or number (`a:buChar`, `a:buAutoNum`, or it sits in a
  body or content placeholder without `a:buNone`), else PARAGRAPH;
- table cells as TABLE_CELL blocks with style {"table", "row", "column",
  "header"} (merged-over cells are skipped, so a merged cell appears once);
- slide number, date and footer placeholders as FOOTER blocks (no heading
  context);
- the speaker notes as NOTE blocks after the slide's text.

Chart and SmartArt text is not read. A slide that cannot be read gives an
AC901 problem for that slide and the others are still read.

Structure facts (`meta.facts.structure`): the `Slide`s (title, shapes
with positions, hidden), pictures, charts, diagrams, video and embedded
objects with their alt text (`p:cNvPr/@descr`, decorative mark), tables
(`a:tblPr/@firstRow`, merged cells), links (`a:hlinkClick` on runs) and a
`TextSpan` per run. A run's size, bold, italic, underline, capitals and
colour come from its `a:rPr`, else the paragraph's `a:pPr/a:defRPr`, the
shape's `a:lstStyle`, the shape style's `a:fontRef` colour, then for
placeholders the layout's and master's placeholder and the master's
`p:txStyles` (title, body or other), then the presentation's
`p:defaultTextStyle`; 18 pt and the theme's dark text colour if nothing
says. `a:normAutofit/@fontScale` shrinks sizes. The background is the
shape's fill (or its layout/master placeholder's, or the shape style's
`a:fillRef`), else the slide's, layout's or master's background, else
white; picture, gradient and pattern fills and table-style fills leave it
unknown. Scheme colours go through the master's `p:clrMap` and theme1.xml.

Title and language: `docProps/core.xml` (`dc:title`, `dc:language`) read
only when the package really has that part (python-pptx invents a title
"PowerPoint Presentation" otherwise); the language falls back to the most
common `a:rPr/@lang` of the text, then the master's and presentation's
default text styles.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accessicheck.core.bounds import Clock, too_slow
from accessicheck.core.facts import PptxFacts
from accessicheck.core.model import BlockKind, Document, DocumentMeta, LoadProblem
from accessicheck.core.structure import Link, Picture, Shape, Slide, Structure, Table, TextSpan
from accessicheck.loaders import DEFAULT_TIME_BUDGET, Draft, LoaderError, number_blocks
from accessicheck.loaders.ooxml import (
    DEFAULT_COLOUR_MAP,
    R,
    a,
    check_zip,
    drawing_colour,
    is_decorative,
    optional_text,
    solid_fill,
    theme_colours,
)

P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart"
DGM_NS = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
TBL_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"


def p(tag: str) -> str:
    return f"{{{P_NS}}}{tag}"


_MAIN_CONTENT_TYPES = (
    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml",  # .ppsm
    "application/vnd.ms-powerpoint.template.macroEnabled.main+xml",  # .potm
)
_DAMAGED = (
    "The PowerPoint file is damaged, so we could not read it.",
    "Open it in PowerPoint and save it again as a .pptx file, then check the new copy.",
)
_TITLES = {"title", "ctrTitle"}
_FOOTERS = {"sldNum", "dt", "ftr"}
_BODY = {"body", "obj"}  # "obj": a placeholder without a type, for any content
DEFAULT_SIZE = 18.0


def load(path: Path, *, time_budget: float = DEFAULT_TIME_BUDGET) -> Document:
    clock = Clock(time_budget)
    check_zip(path, "PowerPoint file", "Open it in PowerPoint and save it again")
    prs = _open(path)
    doc = Document(path=str(path), format="pptx", meta=DocumentMeta())
    title, language = _core_properties(path)
    reader = Reader(prs)
    drafts: list[Draft] = []
    slides = list(prs.slides)
    bad: list[int] = []
    for number, slide in enumerate(slides, start=1):
        if clock.over():
            doc.problems.append(too_slow(time_budget, f"{number - 1} of {len(slides)} slides"))
            break
        mark = reader.mark()
        try:
            drafts.extend(reader.slide(slide, number, first=len(drafts) + 1))
        except Exception:  # noqa: BLE001 - one bad slide must not lose the others
            reader.rollback(mark)  # its facts would point at blocks that were never made
            bad.append(number)
    doc.meta.pages = len(slides)
    doc.meta.title = title
    doc.meta.language = language or reader.language()
    doc.blocks = number_blocks(str(path), drafts)
    reader.facts.sections = _section_names(prs)
    doc.meta.facts = PptxFacts(reader.facts)
    if bad:
        doc.problems.append(_bad_slides(bad))
    if not doc.blocks and len(bad) < len(slides):
        doc.problems.append(_no_text({picture.kind for picture in reader.facts.pictures}))
    elif not slides:
        doc.problems.append(
            LoadProblem(
                "AC906",
                "The presentation has no slides.",
                "Check you picked the right file, or save it again with its slides.",
            )
        )
    return doc


def _open(path: Path) -> Any:
    from pptx.opc.package import PartFactory
    from pptx.package import Package
    from pptx.parts.presentation import PresentationPart

    for content_type in _MAIN_CONTENT_TYPES:
        PartFactory.part_type_for.setdefault(content_type, PresentationPart)
    try:
        part = Package.open(str(path)).main_document_part
    except Exception as exc:  # noqa: BLE001 - python-pptx raises many kinds
        raise LoaderError("AC901", *_DAMAGED, detail=f"{type(exc).__name__}: {exc}") from None
    if not isinstance(part, PresentationPart):
        raise LoaderError(
            "AC904",
            "This file is not a PowerPoint presentation we can read.",
            "Open it in PowerPoint and save it as a .pptx file, then check that copy.",
            detail=f"main part content type {getattr(part, 'content_type', '?')}",
        )
    try:
        return part.presentation
    except Exception as exc:  # noqa: BLE001
        raise LoaderError("AC901", *_DAMAGED, detail=f"{type(exc).__name__}: {exc}") from None


def _core_properties(path: Path) -> tuple[str | None, str | None]:
    """dc:title and dc:language from docProps/core.xml, only when the package has the part."""
    from lxml import etree

    core_type = "/metadata/core-properties"
    try:
        with zipfile.ZipFile(path) as zf:
            rels = etree.fromstring(zf.read("_rels/.rels"), _parser())
            target = next(
                (r.get("Target") for r in rels if (r.get("Type") or "").endswith(core_type)), None
            )
            if not target:
                return None, None
            core = etree.fromstring(zf.read(target.lstrip("/")), _parser())
    except (KeyError, OSError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return None, None
    dc = "http://purl.org/dc/elements/1.1/"
    found = [core.find(f"{{{dc}}}{name}") for name in ("title", "language")]
    values = [" ".join((el.text or "").split()) or None if el is not None else None for el in found]
    return values[0], values[1]


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True)


def _bad_slides(slides: list[int]) -> LoadProblem:
    if len(slides) == 1:
        message = "We could not read one of the slides. It may be damaged."
    else:
        message = f"We could not read {len(slides)} of the slides, starting with this one. "
        message += "They may be damaged."
    return LoadProblem(
        "AC901",
        message,
        "Open the presentation in PowerPoint, save it again, then check the new copy.",
        page=slides[0],
    )


_OTHER_CONTENT = {"chart": "charts", "diagram": "SmartArt diagrams", "video": "videos"}


def _no_text(kinds: set[str]) -> LoadProblem:
    """AC903 for slides with pictures and no text; AC906 for slides with nothing.

    Charts, SmartArt and videos are not pictures of text: when they are all
    there is, say so rather than "the text may be in images".
    """
    if kinds and kinds <= set(_OTHER_CONTENT):
        what = [_OTHER_CONTENT[k] for k in sorted(kinds)]
        listed = " and ".join([", ".join(what[:-1]), what[-1]] if len(what) > 1 else what)
        return LoadProblem(
            "AC903",
            f"We could not find any text on the slides, only {listed}, whose own words are "
            "not checked here.",
            "Give each slide a title, and put its main points in text on the slide.",
        )
    if kinds:
        return LoadProblem(
            "AC903",
            "We could not find any text on the slides, only pictures. The text may be in images.",
            "Ask for the original presentation, or a version with real text.",
        )
    return LoadProblem(
        "AC906",
        "The presentation has no text in it.",
        "Check you picked the right file, or save it again with its text.",
    )


# --- text styles ------------------------------------------------------------------------------


@dataclass
class _Look:
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    colour: str | None = None
    lang: str | None = None

    def fill_from(self, rpr: Any | None, theme: dict[str, str], cmap: dict[str, str]) -> None:
        """Take every property this one lacks from an a:rPr / a:defRPr element."""
        if rpr is None:
            return
        if self.size is None and rpr.get("sz", "").isdigit():
            self.size = int(rpr.get("sz")) / 100
        for name, attr in (("bold", "b"), ("italic", "i")):
            if getattr(self, name) is None and rpr.get(attr) is not None:
                setattr(self, name, rpr.get(attr) in ("1", "true"))
        if self.underline is None and rpr.get("u") is not None:
            self.underline = rpr.get("u") != "none"
        if self.caps is None and rpr.get("cap") is not None:
            self.caps = rpr.get("cap") == "all"
        if self.colour is None:
            fill = rpr.find(a("solidFill"))
            if fill is not None and len(fill):
                self.colour = drawing_colour(fill[0], theme, cmap)
        if self.lang is None and rpr.get("lang"):
            self.lang = rpr.get("lang")


@dataclass
class _Frame:
    """Where a text frame's paragraphs take their defaults from."""

    levels: list[Any] = field(default_factory=list)  # a:lstStyle / p:*Style elements, in order
    font_colour: Any = None  # a:fontRef element of the shape style
    scale: float = 1.0  # a:normAutofit/@fontScale
    background: str | None = "FFFFFF"


class Reader:
    """Reads slides into drafts and collects the structure facts on the way."""

    def __init__(self, prs: Any) -> None:
        self.prs = prs
        self.facts = Structure(format="pptx")
        self.langs: Counter[str] = Counter()
        self.tables = 0
        master = prs.slide_masters[0] if len(prs.slide_masters) else None
        self.theme = theme_colours(_theme_element(master)) if master is not None else {}
        self.cmap = dict(DEFAULT_COLOUR_MAP)
        if master is not None:
            clr_map = master.element.find(p("clrMap"))
            if clr_map is not None:
                self.cmap.update(dict(clr_map.attrib))
        self.default_style = prs.part._element.find(p("defaultTextStyle"))

    def mark(self) -> tuple[int, ...]:
        """How many facts of each kind there are, to roll a failed slide back to."""
        f = self.facts
        return (len(f.pictures), len(f.tables), len(f.links), len(f.spans), len(f.slides))

    def rollback(self, mark: tuple[int, ...]) -> None:
        f = self.facts
        for facts, keep in zip(
            (f.pictures, f.tables, f.links, f.spans, f.slides), mark, strict=True
        ):
            del facts[keep:]

    def language(self) -> str | None:
        if self.langs:
            return self.langs.most_common(1)[0][0]
        for root in (self.default_style,):
            if root is not None:
                for rpr in root.iter(a("defRPr")):
                    if rpr.get("lang"):
                        return str(rpr.get("lang"))
        return None

    # --- one slide -----------------------------------------------------------------------

    def slide(self, slide: Any, number: int, first: int) -> list[Draft]:
        """The slide's drafts; `first` is the block number the first one will get."""
        self.number, self.slide_obj = number, slide
        self.drafts: list[Draft] = []
        self.first = first
        self.slide_bg = self._slide_background(slide)
        title_shape = _title_shape(slide)
        title: str | None = None
        if title_shape is not None:
            title = " ".join(_frame_text(title_shape.element).split())
        shapes: list[Shape] = []
        self.text_chars = 0
        if title_shape is not None:
            self._text_shape(title_shape, "title")
        for shape in slide.shapes:
            shapes.append(self._shape_fact(shape))
            if title_shape is not None and shape.element is title_shape.element:
                continue
            self._shape(shape)
        self._notes(slide)
        hidden = slide.element.get("show") in ("0", "false")
        self.facts.slides.append(Slide(number, title, tuple(shapes), hidden, self.text_chars))
        return self.drafts

    def _add(self, draft: Draft) -> int:
        self.drafts.append(draft)
        return self.first + len(self.drafts) - 1

    def _shape_fact(self, shape: Any) -> Shape:
        el = shape.element
        ph = _placeholder_type(el)
        kind = _shape_kind(el)
        box = _box(shape)
        if None in box and _is_placeholder(el):
            base = _base(shape)
            if base is not None:
                box = tuple(o if o is not None else b for o, b in zip(box, _box(base), strict=True))
        c_nv_pr = _cnvpr(el)
        return Shape(
            name=c_nv_pr.get("name", "") if c_nv_pr is not None else "",
            kind=kind,
            left=_int_or_none(box[0]),
            top=_int_or_none(box[1]),
            width=_int_or_none(box[2]),
            height=_int_or_none(box[3]),
            has_text=bool(_frame_text(el).strip()) or kind == "table",
            placeholder=ph if _is_placeholder(el) else None,
            layout_rank=layout_rank(shape),
        )

    def _shape(self, shape: Any) -> None:
        el = shape.element
        tag = el.tag
        if tag == p("grpSp"):
            for child in shape.shapes:
                self._shape(child)
            return
        if tag == p("graphicFrame") and el.find(f".//{a('tbl')}") is not None:
            self._table(shape)
            return
        kind = _shape_kind(el)
        if kind in ("picture", "chart", "diagram", "video", "object"):
            c_nv_pr = _cnvpr(el)
            self.facts.pictures.append(
                Picture(
                    kind=kind,
                    name=c_nv_pr.get("name") if c_nv_pr is not None else None,
                    alt=optional_text(c_nv_pr.get("descr")) if c_nv_pr is not None else None,
                    title=optional_text(c_nv_pr.get("title")) if c_nv_pr is not None else None,
                    decorative=is_decorative(c_nv_pr),
                    page=self.number,
                    paragraph=self.first + len(self.drafts) - 1 if self.drafts else None,
                    captions=_has_captions(el) if kind == "video" else None,
                )
            )
        if el.find(p("txBody")) is not None:
            ph = _placeholder_type(el) if _is_placeholder(el) else "none"
            self._text_shape(shape, ph)

    # --- text -----------------------------------------------------------------------------

    def _text_shape(self, shape: Any, ph: str | None) -> None:
        el = shape.element
        body = el.find(p("txBody"))
        if body is None:
            return
        frame = self._frame(shape, ph)
        if ph in _TITLES:
            kind: BlockKind | None = BlockKind.HEADING
        elif ph in _FOOTERS:
            kind = BlockKind.FOOTER
        else:
            kind = None
        if kind is BlockKind.HEADING:
            # The whole title is one heading, whatever its line breaks.
            self._paragraphs(body, frame, kind, ph, one_block=True)
        else:
            self._paragraphs(body, frame, kind, ph)

    def _frame(self, shape: Any, ph: str | None) -> _Frame:
        el = shape.element
        frame = _Frame()
        own = el.find(f"{p('txBody')}/{a('lstStyle')}")
        frame.levels.append(own)
        style = el.find(p("style"))
        if style is not None:
            frame.font_colour = style.find(a("fontRef"))
        autofit = el.find(f"{p('txBody')}/{a('bodyPr')}/{a('normAutofit')}")
        if autofit is not None and autofit.get("fontScale", "").isdigit():
            frame.scale = int(autofit.get("fontScale")) / 100_000
        fill = solid_fill(el.find(p("spPr")), self.theme, self.cmap)
        if _is_placeholder(el):
            base = _base(shape)
            while base is not None and len(frame.levels) < 4:
                frame.levels.append(base.element.find(f"{p('txBody')}/{a('lstStyle')}"))
                if fill is None:
                    fill = solid_fill(base.element.find(p("spPr")), self.theme, self.cmap)
                base = _base(base)
            frame.levels.append(self._master_style(ph))
        else:
            frame.levels.append(self._master_style("other"))
        if fill is None and style is not None:
            fill_ref = style.find(a("fillRef"))
            if fill_ref is not None and fill_ref.get("idx", "0") != "0" and len(fill_ref):
                fill = drawing_colour(fill_ref[0], self.theme, self.cmap) or "unknown"
        frame.levels.append(self.default_style)
        if fill in (None, "none"):
            frame.background = self.slide_bg
        elif fill == "unknown":
            frame.background = None
        else:
            frame.background = fill
        return frame

    def _master_style(self, ph: str | None) -> Any:
        master = self.slide_obj.slide_layout.slide_master
        styles = master.element.find(p("txStyles"))
        if styles is None:
            return None
        if ph in _TITLES:
            return styles.find(p("titleStyle"))
        if ph in _BODY or ph == "subTitle":
            return styles.find(p("bodyStyle"))
        return styles.find(p("otherStyle"))

    def _look(self, rpr: Any, ppr: Any, level: int, frame: _Frame) -> _Look:
        look = _Look()
        look.fill_from(rpr, self.theme, self.cmap)
        if ppr is not None:
            look.fill_from(ppr.find(a("defRPr")), self.theme, self.cmap)
        for source in frame.levels:
            if source is None:
                continue
            lvl = source.find(a(f"lvl{level}pPr"))
            if lvl is not None:
                look.fill_from(lvl.find(a("defRPr")), self.theme, self.cmap)
            if source is frame.levels[0] and look.colour is None and frame.font_colour is not None:
                for child in frame.font_colour:
                    look.colour = drawing_colour(child, self.theme, self.cmap)
        if look.colour is None:
            look.colour = self.theme.get(self.cmap.get("tx1", "dk1"))
        if look.size is not None:
            look.size = round(look.size * frame.scale, 1)
        return look

    def _paragraphs(
        self,
        body: Any,
        frame: _Frame,
        kind: BlockKind | None,
        ph: str | None,
        one_block: bool = False,
        style: dict[str, Any] | None = None,
    ) -> list[int]:
        """Add the text body's paragraphs as drafts; returns their block numbers."""
        pieces: list[tuple[str, list[tuple[int, int, _Look]], int, str | None, bool]] = []
        links: list[tuple[str, str]] = []
        for para in body.findall(a("p")):
            ppr = para.find(a("pPr"))
            level = _level(ppr)
            text, runs = self._runs(para, ppr, level, frame, links)
            if not text.strip():
                continue
            pieces.append((text, runs, level, _alignment(ppr), _bulleted(ppr, ph)))
        if one_block and pieces:
            joined, offset = "", 0
            runs_all: list[tuple[int, int, _Look]] = []
            for text, runs, _, _, _ in pieces:
                if joined:
                    joined += "\n"
                    offset += 1
                runs_all.extend((s + offset, e + offset, look) for s, e, look in runs)
                joined += text
                offset += len(text)
            pieces = [(joined, runs_all, 1, pieces[0][3], False)]
        numbers = []
        for text, runs, level, alignment, bulleted in pieces:
            block_kind, block_level = kind, None
            if kind is BlockKind.HEADING:
                block_level = 1
            elif kind is None:
                block_kind = BlockKind.LIST_ITEM if bulleted else BlockKind.PARAGRAPH
                block_level = level if bulleted else None
            if block_kind is None:
                block_kind = BlockKind.PARAGRAPH
            draft_style = dict(style or {})
            draft_style.update({"alignment": alignment})
            number = self._add(
                Draft(
                    block_kind,
                    text,
                    level=block_level,
                    page=self.number,
                    style=draft_style,
                    in_flow=block_kind is not BlockKind.FOOTER,
                )
            )
            numbers.append(number)
            if block_kind not in (BlockKind.HEADING, BlockKind.FOOTER, BlockKind.NOTE):
                self.text_chars += len(text.strip())
            for start, end, look in runs:
                self.facts.spans.append(
                    TextSpan(
                        paragraph=number,
                        start=start,
                        end=end,
                        size=look.size if look.size is not None else DEFAULT_SIZE * frame.scale,
                        bold=bool(look.bold),
                        italic=bool(look.italic),
                        underline=bool(look.underline),
                        caps=bool(look.caps),
                        colour=look.colour,
                        background=frame.background,
                    )
                )
        last = numbers[-1] if numbers else None
        for text, url in links:
            self.facts.links.append(Link(text, url, page=self.number, paragraph=last))
        return numbers

    def _runs(
        self, para: Any, ppr: Any, level: int, frame: _Frame, links: list[tuple[str, str]]
    ) -> tuple[str, list[tuple[int, int, _Look]]]:
        text = ""
        runs: list[tuple[int, int, _Look]] = []
        for child in para:
            if child.tag == a("br"):
                text += "\n"
                continue
            if child.tag not in (a("r"), a("fld")):
                continue
            piece = "".join(t.text or "" for t in child.findall(a("t")))
            if not piece:
                continue
            rpr = child.find(a("rPr"))
            look = self._look(rpr, ppr, level, frame)
            if look.lang:
                self.langs[look.lang] += len(piece)
            runs.append((len(text), len(text) + len(piece), look))
            text += piece
            link = rpr.find(a("hlinkClick")) if rpr is not None else None
            if link is not None:
                links.append((piece.strip(), self._target(link.get(f"{{{R}}}id"))))
        return text, runs

    def _target(self, rid: str | None) -> str:
        if not rid:
            return ""
        try:
            return str(self.slide_obj.part.rels[rid].target_ref)
        except (KeyError, AttributeError):
            return ""

    # --- tables and notes -------------------------------------------------------------------

    def _table(self, shape: Any) -> None:
        self.tables += 1
        number = self.tables
        tbl = shape.element.find(f".//{a('tbl')}")
        tbl_pr = tbl.find(a("tblPr"))
        first_row = tbl_pr is not None and tbl_pr.get("firstRow") in ("1", "true")
        styled = tbl_pr is not None and tbl_pr.find(a("tableStyleId")) is not None
        rows = tbl.findall(a("tr"))
        columns = len(tbl.findall(f"{a('tblGrid')}/{a('gridCol')}"))
        merged = 0
        numbers: list[int] = []
        frame = _Frame(levels=[None, self._master_style("other"), self.default_style])
        for r, tr in enumerate(rows, start=1):
            for c, tc in enumerate(tr.findall(a("tc")), start=1):
                if tc.get("hMerge") in ("1", "true") or tc.get("vMerge") in ("1", "true"):
                    continue
                if int(tc.get("gridSpan", "1") or 1) > 1 or int(tc.get("rowSpan", "1") or 1) > 1:
                    merged += 1
                fill = solid_fill(tc.find(a("tcPr")), self.theme, self.cmap)
                if fill in (None, "none"):
                    frame.background = None if styled else self.slide_bg
                else:
                    frame.background = None if fill == "unknown" else fill
                body = tc.find(a("txBody"))
                if body is None:
                    continue
                style = {"table": number, "row": r, "column": c, "header": first_row and r == 1}
                numbers += self._paragraphs(
                    body, frame, BlockKind.TABLE_CELL, None, one_block=True, style=style
                )
        self.text_chars += 1  # a table is content, whatever its text
        blank = [[_cell_blank(tc) for tc in tr.findall(a("tc"))] for tr in rows]
        blank_rows = sum(1 for row in blank if row and all(row))
        regular = not merged and blank and len({len(row) for row in blank}) == 1
        blank_columns = (
            sum(1 for c in range(len(blank[0])) if all(row[c] for row in blank)) if regular else 0
        )
        self.facts.tables.append(
            Table(
                number=number,
                rows=len(rows),
                columns=columns,
                header_row=first_row,
                merged_cells=merged,
                page=self.number,
                paragraph=numbers[0] if numbers else None,
                blank_rows=blank_rows,
                blank_columns=blank_columns,
            )
        )

    def _notes(self, slide: Any) -> None:
        if not slide.has_notes_slide:
            return
        frame = slide.notes_slide.notes_text_frame
        if frame is None:
            return
        for para in frame.paragraphs:
            text = " ".join(para.text.split())
            if text:
                self._add(Draft(BlockKind.NOTE, text, page=self.number))

    def _slide_background(self, slide: Any) -> str | None:
        """The slide's background colour (slide, then layout, then master); None if not plain."""
        layout = slide.slide_layout
        for holder in (slide, layout, layout.slide_master):
            bg = holder.element.find(f"{p('cSld')}/{p('bg')}")
            if bg is None:
                continue
            props = bg.find(p("bgPr"))
            if props is not None:
                fill = solid_fill(props, self.theme, self.cmap)
                return None if fill in (None, "unknown") else ("FFFFFF" if fill == "none" else fill)
            ref = bg.find(p("bgRef"))
            if ref is not None and ref.get("idx") == "1001" and len(ref):
                return drawing_colour(ref[0], self.theme, self.cmap)
            return None
        return "FFFFFF"


# --- small helpers ---------------------------------------------------------------------------


def _theme_element(master: Any) -> Any | None:
    from lxml import etree
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        blob = master.part.part_related_by(RT.THEME).blob
        return etree.fromstring(blob, _parser())
    except Exception:  # noqa: BLE001 - no theme: scheme colours stay unknown
        return None


def _cnvpr(el: Any) -> Any | None:
    for child in el:
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{P_NS}}}nv"):
            return child.find(p("cNvPr"))
    return None


def _nv_pr(el: Any) -> Any | None:
    for child in el:
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{P_NS}}}nv"):
            return child.find(p("nvPr"))
    return None


def _is_placeholder(el: Any) -> bool:
    nv = _nv_pr(el)
    return nv is not None and nv.find(p("ph")) is not None


def _placeholder_type(el: Any) -> str | None:
    nv = _nv_pr(el)
    ph = nv.find(p("ph")) if nv is not None else None
    return ph.get("type", "obj") if ph is not None else None


def _shape_kind(el: Any) -> str:
    tag = el.tag
    if tag == p("pic"):
        nv = _nv_pr(el)
        if nv is not None and (
            nv.find(a("videoFile")) is not None or nv.find(a("audioFile")) is not None
        ):
            return "video"
        return "picture"
    if tag == p("graphicFrame"):
        data = el.find(f"{a('graphic')}/{a('graphicData')}")
        uri = data.get("uri", "") if data is not None else ""
        if uri == TBL_URI:
            return "table"
        if uri == C_NS or uri.endswith("/chart"):
            return "chart"
        if uri == DGM_NS:
            return "diagram"
        return "object"
    if tag == p("grpSp"):
        return "group"
    if tag == p("sp"):
        return "text" if el.find(p("txBody")) is not None else "shape"
    return "shape"


P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"


def _cell_blank(tc: Any) -> bool:
    """True when a table cell holds no text (merged-away cells count as blank)."""
    return not any((t.text or "").strip() for t in tc.iter(a("t")))


def _section_names(prs: Any) -> list[str]:
    """The names of the presentation's sections (`p14:sectionLst/p14:section/@name`)."""
    try:
        root = prs.part._element
    except AttributeError:
        return []
    return [str(el.get("name", "")) for el in root.iter() if el.tag == f"{{{P14}}}section"][:1000]


def _has_captions(el: Any) -> bool:
    """True when a video or sound object carries a caption track (a `trackLst` or `track`
    element in its extensions, as PowerPoint writes for inserted captions)."""
    return any(
        isinstance(child.tag, str) and child.tag.rsplit("}", 1)[-1] in ("trackLst", "track")
        for child in el.iter()
    )


def _box(shape: Any) -> tuple[Any, Any, Any, Any]:
    try:
        return (shape.left, shape.top, shape.width, shape.height)
    except Exception:  # noqa: BLE001 - inherited positions can be missing
        return (None, None, None, None)


def _title_shape(slide: Any) -> Any | None:
    """The slide's title placeholder, found by its type (`title` or `ctrTitle`).

    python-pptx's `shapes.title` looks for index 0 only; a title written with
    `idx="4294967295"` (the largest number: "no index", as some programs write
    it) is still the slide's title for PowerPoint and screen readers.
    """
    for shape in slide.shapes:
        if _is_placeholder(shape.element) and _placeholder_type(shape.element) in _TITLES:
            return shape
    return slide.shapes.title


def _base(shape: Any) -> Any | None:
    """The placeholder this one inherits from: the layout's for a slide placeholder,
    the master's for a layout one. python-pptx matches a slide placeholder to its
    layout's by index; when that finds nothing (an index of 4294967295, "none"),
    PowerPoint matches by type, and so do we."""
    try:
        base = shape._base_placeholder
    except Exception:  # noqa: BLE001 - no layout or master placeholder to inherit from
        base = None
    if base is None and _is_placeholder(shape.element):
        base = _layout_placeholder_by_type(shape)
    return base


def _layout_placeholder_by_type(shape: Any) -> Any | None:
    kind = _placeholder_type(shape.element)
    kinds = _TITLES if kind in _TITLES else {kind}
    try:
        layout = shape.part.slide_layout  # only slide placeholders have one
        candidates = list(layout.placeholders)
    except Exception:  # noqa: BLE001 - a layout placeholder, or no layout
        return None
    return next((c for c in candidates if _placeholder_type(c.element) in kinds), None)


def layout_rank(shape: Any) -> int | None:
    """Where the placeholder this shape inherits from sits in its layout's shape tree
    (0 first), or None for a shape that is not a placeholder or has no layout one."""
    if not _is_placeholder(shape.element):
        return None
    base = _base(shape)
    if base is None:
        return None
    try:
        tree = base.element.getparent()
        return list(tree).index(base.element)
    except Exception:  # noqa: BLE001 - a detached element
        return None


def _frame_text(el: Any) -> str:
    body = el.find(p("txBody"))
    if body is None:
        return ""
    return "\n".join(
        "".join(t.text or "" for t in para.iter(a("t"))) for para in body.findall(a("p"))
    )


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, int) else None


def _alignment(ppr: Any | None) -> str | None:
    value = ppr.get("algn") if ppr is not None else None
    return {"l": "left", "ctr": "center", "r": "right", "just": "justify", "dist": "justify",
            "justLow": "justify", "thaiDist": "justify"}.get(value or "")  # fmt: skip


def _level(ppr: Any | None) -> int:
    """The paragraph's outline level, 1 to 9, from a:pPr/@lvl (0-based)."""
    value = ppr.get("lvl", "0") if ppr is not None else "0"
    return min(int(value) + 1, 9) if value.isdigit() else 1


def _bulleted(ppr: Any | None, ph: str | None) -> bool:
    """True when a paragraph shows a bullet or number.

    Its own a:buNone / a:buChar / a:buAutoNum / a:buBlip decide; otherwise
    paragraphs in body and content placeholders have the master's bullets.
    """
    if ppr is not None:
        if ppr.find(a("buNone")) is not None:
            return False
        if any(ppr.find(a(t)) is not None for t in ("buChar", "buAutoNum", "buBlip")):
            return True
    return ph in _BODY
