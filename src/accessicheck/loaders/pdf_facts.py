"""Structure facts for PDF files, read with pypdf (see `accessicheck.core.structure.PdfFacts`).

Object paths read:

- tagged: `/Root /MarkInfo /Marked` (compared `== True`: pypdf's
  BooleanObject(False) is truthy) and the presence of `/Root /StructTreeRoot`;
- language: `/Root /Lang`; the `/Lang` values on structure elements; failing
  both, whether any page's content stream or `/Resources /Properties`
  mentions `/Lang` (marked content);
- title: `/Info /Title` and XMP `dc:title` (`/Root /Metadata`, non-empty
  `rdf:li`); shown in the window: `/Root /ViewerPreferences /DisplayDocTitle`;
- security: `/Encrypt /P` from the trailer, readable without the password;
- bookmarks: items under `/Root /Outlines /First`;
- the structure tree from `/StructTreeRoot /K`, with `/RoleMap` followed to
  a standard type: Figure and Formula elements with a non-empty `/Alt` or an
  `/ActualText` (even empty, as veraPDF accepts); headings H1-H6 and H in
  tree order; tables and whether any cell under them is a TH; the page of
  each from `/Pg` on the element or its nearest ancestor;
- fonts in each page's `/Resources /Font` and in form XObjects (3 levels):
  embedded = the font descriptor (a Type0 font's descendant's) has
  `/FontFile`, `/FontFile2` or `/FontFile3`; Type3 fonts count as embedded.
  Unicode map: `/ToUnicode`, or a Type0 font using an Adobe GB1, CNS1,
  Japan1 or Korea1 collection; other Type0 fonts without `/ToUnicode` have
  none; for simple fonts the answer is in the glyph names inside the font
  program, so it is left unknown (None).

Limits: the whole read has `seconds` (checked while walking), the structure
walk (`pdf_ua_facts.read_tree`, shared with the PDF/UA facts) stops after
`pdf_ua_facts.MAX_NODES` elements and never revisits an object, and
fonts are read from at most `MAX_FONT_PAGES` pages. A file pypdf cannot
read, or cannot decrypt without a password, gives facts with `error` set
(and the security facts, which the trailer still gives).
"""

from __future__ import annotations

import contextlib
import html
import logging
import re
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from accessicheck.core.structure import PdfFacts, PdfFigure, PdfFont, PdfHeading, Table
from accessicheck.core.structure_pdfua import STANDARD_TYPES, PdfNode
from accessicheck.loaders.pdf_objects import get as _get

MAX_FONT_PAGES = 500
MAX_LANG_PAGES = 50
MAX_OUTLINE_ITEMS = 10_000
MAX_XMP_BYTES = 2_000_000
_STANDARD = STANDARD_TYPES
_CJK_COLLECTIONS = {"GB1", "CNS1", "Japan1", "Korea1"}
_DC_TITLE = re.compile(rb"<dc:title\b[^>]*>(.*?)</dc:title\s*>", re.DOTALL)
_LI = re.compile(rb"<rdf:li\b[^>]*>(.*?)</rdf:li\s*>", re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")


class _OutOfTime(Exception):
    pass


def read(path: Path, seconds: float) -> PdfFacts:
    """The structure facts of the PDF at `path`, within about `seconds`. Never raises."""
    facts = PdfFacts()
    deadline = time.monotonic() + seconds
    with _quiet():
        try:
            _read(path, facts, deadline)
        except _OutOfTime:
            facts.complete = False
        except Exception as exc:  # noqa: BLE001 - a damaged file gives partial facts, never an error
            facts.error = facts.error or f"{type(exc).__name__}: {exc}"[:200]
    return facts


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep pypdf's complaints about damaged files out of the output and the warnings."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _check(deadline: float) -> None:
    if time.monotonic() > deadline:
        raise _OutOfTime


def _read(path: Path, facts: PdfFacts, deadline: float) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        facts.encrypted = True
        encrypt = reader.trailer.get("/Encrypt")
        encrypt = encrypt.get_object() if encrypt is not None else None
        if encrypt is not None and "/P" in encrypt:
            facts.permissions = int(encrypt["/P"]) & 0xFFFFFFFF
        try:
            opened = reader.decrypt("")
        except Exception as exc:  # noqa: BLE001 - e.g. AES without the cryptography package
            facts.error = f"encrypted: {type(exc).__name__}"
            return
        if not opened:
            facts.error = "encrypted: needs a password"
            return
    root: Any = reader.trailer["/Root"].get_object()
    mark_info = _get(root, "/MarkInfo")
    facts.tagged = mark_info is not None and mark_info.get("/Marked") == True  # noqa: E712
    facts.struct_tree = "/StructTreeRoot" in root
    if "/Lang" in root:
        facts.lang = _text(root.get("/Lang")) or ""
    viewer = _get(root, "/ViewerPreferences")
    if viewer is not None and "/DisplayDocTitle" in viewer:
        facts.display_doc_title = viewer.get("/DisplayDocTitle") == True  # noqa: E712
    facts.info_title = _info_title(reader)
    facts.xmp_title = _xmp_title(root)
    facts.outline_items = _outline_items(root, deadline)
    pages = list(reader.pages)
    facts.pages = len(pages)
    numbers = {
        page.indirect_reference.idnum: n
        for n, page in enumerate(pages, start=1)
        if page.indirect_reference is not None
    }
    links = None
    if facts.struct_tree:
        from accessicheck.loaders import pdf_ua_facts

        facts.ua, links = pdf_ua_facts.read_tree(
            reader, root, numbers, _standard, lambda: _check(deadline)
        )
        _from_nodes(facts.ua.nodes, facts)
        if not facts.ua.content_complete:
            facts.complete = False
    if facts.tagged or (facts.lang is None and not facts.lang_elsewhere):
        for lang in _langs_in_content(pages, deadline):
            _note_lang(facts, lang)
    facts.fonts = list(_fonts(pages, deadline))
    if facts.ua is not None and links is not None:  # the PDF/UA facts: tagged PDFs only
        from accessicheck.loaders import pdf_ua_facts

        pdf_ua_facts.read_rest(pages, root, facts.ua, links, lambda: _check(deadline))


def _text(value: Any) -> str | None:
    if value is None:
        return None
    with contextlib.suppress(AttributeError):
        value = value.get_object()
    if isinstance(value, bytes):
        value = value.decode("latin-1", errors="replace")
    text = str(value).replace("\x00", "").strip()
    return text or None


def _info_title(reader: Any) -> str | None:
    try:
        info = reader.metadata
        return _text(info.title) if info is not None else None
    except Exception:  # noqa: BLE001 - unreadable Info dictionary
        return None


def _xmp_title(root: Any) -> str | None:
    stream = _get(root, "/Metadata")
    if stream is None:
        return None
    try:
        data = stream.get_data()[:MAX_XMP_BYTES]
    except Exception:  # noqa: BLE001 - a broken metadata stream
        return None
    match = _DC_TITLE.search(data)
    if match is None:
        return None
    # The first non-empty language alternative, else all the text inside dc:title.
    for part in [*_LI.findall(match.group(1)), match.group(1)]:
        text = _TAG.sub(b" ", part).decode("utf-8", errors="replace")
        text = " ".join(html.unescape(text).split())
        if text:
            return text
    return None


def _outline_items(root: Any, deadline: float) -> int:
    outlines = _get(root, "/Outlines")
    if outlines is None:
        return 0
    count = 0
    seen: set[int] = set()
    stack = [outlines.get("/First")]
    while stack and count < MAX_OUTLINE_ITEMS:
        ref = stack.pop()
        while ref is not None and count < MAX_OUTLINE_ITEMS:
            key = getattr(ref, "idnum", None)
            if key is not None:
                if key in seen:
                    break
                seen.add(key)
            item = ref.get_object()
            if not hasattr(item, "get"):
                break
            count += 1
            if count % 256 == 0:
                _check(deadline)
            stack.append(item.get("/First"))
            ref = item.get("/Next")
    return count


# --- the structure tree ---------------------------------------------------------------------


def _standard(role: str, mapping: dict[str, str]) -> str:
    """Follow the role map to a standard structure type (at most 10 steps, no loops)."""
    seen = {role}
    while role not in _STANDARD and role in mapping and len(seen) < 10:
        role = mapping[role]
        if role in seen:
            break
        seen.add(role)
    return role


def _from_nodes(nodes: list[PdfNode], facts: PdfFacts) -> None:
    """Figures, headings, tables and languages from the structure elements (in tree order)."""
    table_of: list[int | None] = []  # the nearest Table at or above each element
    tables: dict[int, dict[str, Any]] = {}
    for index, node in enumerate(nodes):
        above = table_of[node.parent] if node.parent >= 0 else None
        role = node.std
        if node.lang is not None:
            _note_lang(facts, node.lang)
        if role in ("Figure", "Formula"):
            facts.figures.append(PdfFigure(role, node.alt or node.actual, node.page))
        elif role == "H" or re.fullmatch(r"H[1-6]", role):
            facts.headings.append(PdfHeading(int(role[1:] or 0), node.page))
        elif role == "Table":
            tables[index] = {"page": node.page, "rows": 0, "th": False, "inner": False}
            if above is not None:
                tables[above]["inner"] = True
            above = index
        elif role == "TR" and above is not None:
            tables[above]["rows"] += 1
        elif role == "TH" and above is not None:
            tables[above]["th"] = True
        table_of.append(above)
    for number, found in enumerate(tables.values(), start=1):
        facts.tables.append(
            Table(
                number=number,
                rows=found["rows"],
                columns=0,
                header_row=found["th"],
                nested=found["inner"],
                page=found["page"],
            )
        )


def _note_lang(facts: PdfFacts, lang: str) -> None:
    facts.lang_elsewhere = True
    if lang not in facts.other_langs and len(facts.other_langs) < 50:
        facts.other_langs.append(lang)


_CONTENT_LANG = re.compile(rb"/Lang\s*(?:\(((?:[^()\\]|\\.)*)\)|<([0-9A-Fa-f\s]*)>)")


def _langs_in_content(pages: list[Any], deadline: float) -> Iterator[str]:
    """/Lang values set in marked content on the first pages (property lists and content)."""
    for page in pages[:MAX_LANG_PAGES]:
        _check(deadline)
        try:
            resources = _get(page, "/Resources")
            properties = _get(resources, "/Properties") if resources is not None else None
            if properties is not None:
                for value in properties.values():
                    value = value.get_object()
                    if "/Lang" in value:
                        yield _text(value.get("/Lang")) or ""
            contents = page.get_contents()
            data = contents.get_data() if contents is not None else b""
        except _OutOfTime:
            raise
        except Exception:  # noqa: BLE001 - a broken page says nothing about language
            continue
        for literal, hexa in _CONTENT_LANG.findall(data):
            yield _decode_string(literal, hexa)


def _decode_string(literal: bytes, hexa: bytes) -> str:
    if hexa:
        try:
            raw = bytes.fromhex(hexa.decode("ascii"))
        except ValueError:
            return ""
    else:
        raw = re.sub(rb"\\(.)", rb"\1", literal)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace").strip()
    return raw.decode("latin-1").strip()


# --- fonts ------------------------------------------------------------------------------------


def _fonts(pages: list[Any], deadline: float) -> Iterator[PdfFont]:
    seen: set[Any] = set()
    for number, page in enumerate(pages[:MAX_FONT_PAGES], start=1):
        _check(deadline)
        try:
            resources = _get(page, "/Resources")
        except Exception:  # noqa: BLE001
            continue
        for font in _fonts_in(resources, seen, depth=0):
            fact = _font_fact(font, number)
            if fact is not None:
                yield fact


def _fonts_in(resources: Any, seen: set[Any], depth: int) -> Iterator[Any]:
    if resources is None or depth > 3:
        return
    fonts = _get(resources, "/Font")
    if fonts is not None:
        for ref in fonts.values():
            key = getattr(ref, "idnum", None) or id(ref)
            if key in seen:
                continue
            seen.add(key)
            try:
                yield ref.get_object()
            except Exception:  # noqa: BLE001
                continue
    xobjects = _get(resources, "/XObject")
    if xobjects is None:
        return
    for ref in xobjects.values():
        key = ("x", getattr(ref, "idnum", None) or id(ref))
        if key in seen:
            continue
        seen.add(key)
        try:
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _fonts_in(_get(xobject, "/Resources"), seen, depth + 1)
        except Exception:  # noqa: BLE001
            continue


def _font_fact(font: Any, page: int) -> PdfFont | None:
    if not hasattr(font, "get"):
        return None
    subtype = str(font.get("/Subtype", "")).lstrip("/")
    name = str(font.get("/BaseFont", "")).lstrip("/") or "(unnamed)"
    if subtype == "Type3":
        return PdfFont(
            name, subtype, embedded=True, unicode=True if "/ToUnicode" in font else None, page=page
        )
    holder = font
    if subtype == "Type0":
        descendants = _get(font, "/DescendantFonts")
        if not descendants:
            return None
        holder = descendants[0].get_object()
    descriptor = _get(holder, "/FontDescriptor")
    embedded = descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )
    unicode: bool | None = None
    if "/ToUnicode" in font:
        unicode = True
    elif subtype == "Type0":
        info = _get(holder, "/CIDSystemInfo")
        registry = str(info.get("/Registry", "")) if info is not None else ""
        ordering = str(info.get("/Ordering", "")) if info is not None else ""
        unicode = registry == "Adobe" and ordering in _CJK_COLLECTIONS
    return PdfFont(name, subtype, embedded, unicode, page)
