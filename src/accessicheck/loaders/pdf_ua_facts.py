"""PDF/UA facts (`structure_pdfua.PdfUaFacts`) read with pypdf, for the rules in
`rules/document/pdf_ua.py`.

Called by `pdf_facts.read` on an open `PdfReader`. Object paths read:

- XMP (`/Root /Metadata`, parsed with entities off): `pdfuaid:part`,
  `amd`, `corr` in the namespace http://www.aiim.org/pdfua/ns/id/ and the
  prefix each is written with; whether `dc:title` is there. The stream's
  `/Type /Metadata` and `/Subtype /XML`.
- `/Root /MarkInfo /Suspects`; `/Root /NeedsRendering` (dynamic XFA);
  `/Root /OCProperties /D` and `/Configs` (their `/Name`, `/AS`).
- the structure tree from `/StructTreeRoot /K` as a flat list of elements
  (type as written, standard type through `/RoleMap`, parent, page, `/Lang`,
  `/Alt`, `/ActualText`, `/E`, `/ID`, Table attributes `/Scope`, `/Headers`,
  `/RowSpan`, `/ColSpan` from `/A`), and which element holds each
  annotation (its `/OBJR` kid).
- each page's `/Annots` (subtype, `/Contents`, `/F` flags, `/Rect`, the
  field a widget belongs to and its `/TU`), `/Tabs`; Screen annotations'
  media clip data (`/MCD`: `/CT`, `/Alt`).
- file specifications with an embedded file (`/EF`): from `/Root /Names
  /EmbeddedFiles` and FileAttachment annotations; their `/F` and `/UF`.
- fonts in the pages' resources: a TrueType font's symbolic flag and
  `/Encoding`; a Type 0 font's CMap (`/Encoding` name or embedded stream:
  `/CIDSystemInfo`, `/WMode` in the dictionary and in the stream,
  `/UseCMap`), its CIDFont's `/CIDSystemInfo` and `/CIDToGIDMap`; whether a
  `/ToUnicode` map gives U+0000, U+FEFF or U+FFFE.
- the page content streams (and form XObjects they draw, 3 levels):
  marked content (`BDC`/`BMC`/`EMC`) around painting operators: Artifact
  inside tagged content, tagged content inside an Artifact, content that is
  neither; a Span with `/ActualText`, `/Alt` or `/E` but no `/Lang`;
  reference XObjects (`/Ref`); forms holding marked content drawn twice.

Limits are counts, so the answer does not depend on how busy the machine is:
`MAX_NODES` structure elements, `MAX_ANNOT_PAGES` pages of annotations,
`MAX_CONTENT_PAGES` pages and `MAX_CONTENT_BYTES` bytes of content stream,
`MAX_FONT_PAGES` pages of fonts. The caller's deadline is checked too, as a
last guard.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from accessicheck.core.structure_pdfua import PdfAnnot, PdfFontDetail, PdfNode, PdfUaFacts
from accessicheck.loaders import pdf_font_facts
from accessicheck.loaders.pdf_objects import get as _get

MAX_NODES = 200_000
MAX_ANNOT_PAGES = 2_000
MAX_ANNOTS = 20_000
MAX_CONTENT_PAGES = 100
MAX_CONTENT_BYTES = 4_000_000
MAX_FONT_PAGES = 500
MAX_FORM_DEPTH = 3
MAX_NAME_TREE = 10_000
MAX_TOUNICODE_BYTES = 1_000_000
MAX_XMP_BYTES = 2_000_000
MAX_LISTED = 50  # pages kept in each list of pages

UA_NS = "http://www.aiim.org/pdfua/ns/id/"
DC_NS = "http://purl.org/dc/elements/1.1/"


def read(
    reader: Any,
    root: Any,
    pages: list[Any],
    numbers: dict[int, int],
    standard: Callable[[str, dict[str, str]], str],
    check: Callable[[], None],
) -> PdfUaFacts:
    """The PDF/UA facts of an open file. `check()` raises when time is up."""
    facts, tree = read_tree(reader, root, numbers, standard, check)
    read_rest(pages, root, facts, tree, check)
    return facts


class TreeLinks:
    """What the structure walk learns for the later steps: which element holds each
    annotation (by object number), and which marked content (page, MCID) has a language."""

    def __init__(self) -> None:
        self.objr: dict[int, int] = {}
        self.lang_mcids: set[tuple[int | None, int]] = set()


def read_tree(
    reader: Any,
    root: Any,
    numbers: dict[int, int],
    standard: Callable[[str, dict[str, str]], str],
    check: Callable[[], None],
) -> tuple[PdfUaFacts, TreeLinks]:
    """The catalog and metadata facts and the structure tree: the first, cheaper part."""
    facts = PdfUaFacts()
    links = TreeLinks()
    header = str(getattr(reader, "pdf_header", "") or "")
    facts.version = header.removeprefix("%PDF-")[:3]
    _metadata(root, facts)
    mark_info = _get(root, "/MarkInfo")
    facts.suspects = mark_info is not None and mark_info.get("/Suspects") == True  # noqa: E712
    facts.dynamic_xfa = root.get("/NeedsRendering") == True  # noqa: E712
    _optional_content(root, facts)
    tree = _get(root, "/StructTreeRoot")
    if tree is not None:
        facts.role_map = _role_map(tree)
        _walk(tree, numbers, facts, links.objr, links.lang_mcids, standard, check)
    return facts, links


def read_rest(
    pages: list[Any], root: Any, facts: PdfUaFacts, links: TreeLinks, check: Callable[[], None]
) -> None:
    """Annotations, embedded files, fonts and the page content: the second part."""
    _annotations(pages, facts, links.objr, check)
    _embedded_files(root, facts)
    fonts = _fonts(pages, facts, check)
    shown = pdf_font_facts.Shown()
    _content(pages, facts, links.lang_mcids, check, shown)
    facts.font_programs = pdf_font_facts.read(fonts, shown, check)


def _name(value: Any) -> str:
    with contextlib.suppress(AttributeError):
        value = value.get_object()
    return str(value).lstrip("/") if value is not None else ""


def _text(value: Any) -> str:
    with contextlib.suppress(AttributeError):
        value = value.get_object()
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("latin-1", errors="replace")
    return str(value).replace("\x00", "").strip()


def _idnum(ref: Any) -> int | None:
    return getattr(ref, "idnum", None)


# --- XMP and the catalog ------------------------------------------------------------------------


def _metadata(root: Any, facts: PdfUaFacts) -> None:
    stream = _get(root, "/Metadata")
    if stream is None or not hasattr(stream, "get_data"):
        return
    facts.metadata = True
    facts.metadata_typed = stream.get("/Type") == "/Metadata" and stream.get("/Subtype") == "/XML"
    try:
        data = stream.get_data()[:MAX_XMP_BYTES]
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
        xmp = etree.fromstring(data.strip(b"\x00 \r\n\t"), parser)
    except Exception:  # noqa: BLE001 - unreadable metadata: no facts from it
        return
    if xmp is None:
        return
    for element in xmp.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == f"{{{DC_NS}}}title":
            langs = {
                li.get("{http://www.w3.org/XML/1998/namespace}lang", "x-default")
                for li in element.iter("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}li")
            }
            facts.xmp_title = True
            facts.xmp_title_lang = bool(langs - {"x-default", ""})
        if tag.startswith(f"{{{UA_NS}}}"):
            _ua_property(tag.split("}", 1)[1], element.prefix, (element.text or "").strip(), facts)
        for key, value in element.attrib.items():
            if key.startswith(f"{{{UA_NS}}}"):
                prefix = next((p for p, ns in element.nsmap.items() if ns == UA_NS), None)
                _ua_property(key.split("}", 1)[1], prefix, value.strip(), facts)


def _ua_property(name: str, prefix: str | None, value: str, facts: PdfUaFacts) -> None:
    if name not in ("part", "amd", "corr"):
        return
    facts.ua_prefixes.setdefault(name, prefix or "")
    if name == "part" and facts.ua_part is None:
        facts.ua_part = value


def _optional_content(root: Any, facts: PdfUaFacts) -> None:
    properties = _get(root, "/OCProperties")
    if properties is None:
        return
    configs = [_get(properties, "/D")]
    more = _get(properties, "/Configs")
    if isinstance(more, list):
        configs.extend(_deref(c) for c in more[:1000])
    for config in configs:
        if hasattr(config, "get"):
            name = _text(config.get("/Name")) if "/Name" in config else None
            facts.oc_configs.append((name, "/AS" in config))


def _deref(value: Any) -> Any:
    try:
        return value.get_object()
    except Exception:  # noqa: BLE001
        return None


# --- the structure tree -------------------------------------------------------------------------


def _role_map(tree: Any) -> dict[str, str]:
    mapping = _get(tree, "/RoleMap")
    out: dict[str, str] = {}
    if not hasattr(mapping, "items"):
        return out
    for key, value in list(mapping.items())[:10_000]:
        out[_name(key)] = _name(value)
    return out


def _table_attributes(obj: Any) -> dict[str, Any]:
    """The Table attributes (`/O /Table`) of a structure element's `/A`."""
    found: dict[str, Any] = {}
    attributes = _get(obj, "/A")
    if attributes is None:
        return found
    items = attributes if isinstance(attributes, list) else [attributes]
    for item in items[:50]:
        item = _deref(item)
        if hasattr(item, "get") and item.get("/O") == "/Table":
            for key in ("/Scope", "/Headers", "/RowSpan", "/ColSpan"):
                if key in item:
                    found[key] = _deref(item[key])
    return found


def _span(value: Any) -> int:
    try:
        return max(1, min(int(value), 10_000))
    except (TypeError, ValueError):
        return 1


def _walk(
    tree: Any,
    numbers: dict[int, int],
    facts: PdfUaFacts,
    objr: dict[int, int],
    lang_mcids: set[tuple[int | None, int]],
    standard: Callable[[str, dict[str, str]], str],
    check: Callable[[], None],
) -> None:
    seen: set[int] = set()
    # (kid, parent element, its page, whether it or an ancestor has a /Lang)
    stack: list[tuple[Any, int, int | None, bool]] = [(tree.get("/K"), -1, None, False)]
    pops = 0
    while stack:
        pops += 1
        if pops > 20 * MAX_NODES:  # kids, MCIDs and references too: a bound on the whole walk
            facts.content_complete = False
            return
        item, parent, page, has_lang = stack.pop()
        if isinstance(item, int):
            if has_lang and len(lang_mcids) < MAX_NODES:
                lang_mcids.add((page, int(item)))  # a marked-content ID
            continue
        key = _idnum(item)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        obj = _deref(item)
        if isinstance(obj, list):
            stack.extend((child, parent, page, has_lang) for child in reversed(obj[:100_000]))
            continue
        if isinstance(obj, int):
            if has_lang and len(lang_mcids) < MAX_NODES:
                lang_mcids.add((page, int(obj)))
            continue
        if not hasattr(obj, "get"):
            continue
        if obj.get("/Type") == "/OBJR":
            target = _idnum(obj.get("/Obj"))
            if target is not None and parent >= 0:
                objr.setdefault(target, parent)
            continue
        if "/S" not in obj:
            if "/MCID" in obj and has_lang and len(lang_mcids) < MAX_NODES:  # an MCR
                mcr_page = numbers.get(_idnum(obj.get("/Pg")) or -1, page)
                lang_mcids.add((mcr_page, int(obj.get("/MCID"))))
            continue
        if len(facts.nodes) >= MAX_NODES:
            facts.content_complete = False
            return
        if len(facts.nodes) % 256 == 0:
            check()
        page = numbers.get(_idnum(obj.get("/Pg")) or -1, page)
        role = _name(obj.get("/S"))
        std = standard(role, facts.role_map)
        # Attribute objects cost a parse each: read them for table cells only.
        table = _table_attributes(obj) if std in ("TH", "TD") else {}
        scope = table.get("/Scope")
        headers = table.get("/Headers")
        if headers is not None and not isinstance(headers, list):
            headers = [headers]
        lang = _text(obj.get("/Lang")) if "/Lang" in obj else None
        node = PdfNode(
            role=role,
            std=std,
            parent=parent,
            page=page,
            lang=lang,
            alt="/Alt" in obj and bool(_text(obj.get("/Alt"))),
            actual="/ActualText" in obj,
            expansion="/E" in obj,
            node_id=_text(obj.get("/ID")) or None if "/ID" in obj else None,
            scope=None if scope is None else _name(scope),
            headers=tuple(_text(h) for h in (headers or [])[:100]),
            row_span=_span(table.get("/RowSpan", 1)),
            col_span=_span(table.get("/ColSpan", 1)),
        )
        facts.nodes.append(node)
        if node.std in ("Figure", "Formula") and node.alt:
            _off_page(facts, page, "alt text", _text(obj.get("/Alt")))
        kids = obj.get("/K")
        if kids is not None:
            stack.append((kids, len(facts.nodes) - 1, page, has_lang or bool(lang)))


# --- annotations, forms, media, embedded files ---------------------------------------------------


def _field_of(widget: Any) -> tuple[str | None, bool]:
    """The full name of the field a widget belongs to, and whether the field has a /TU."""
    parts: list[str] = []
    tooltip = False
    node = widget
    for _ in range(20):
        if node is None or not hasattr(node, "get"):
            break
        is_field = "/T" in node or "/FT" in node  # a widget's own /TU is not its field's
        if "/T" in node:
            parts.append(_text(node.get("/T")))
        if is_field and _text(node.get("/TU")):
            tooltip = True
        node = _get(node, "/Parent")
    name = ".".join(reversed([p for p in parts if p])) or None
    return name, tooltip


def _hidden(annot: Any) -> bool:
    try:
        flags = int(annot.get("/F", 0))
    except (TypeError, ValueError):
        flags = 0
    if flags & (2 | 32):  # Hidden, NoView
        return True
    rect = _deref(annot.get("/Rect"))
    try:
        x1, y1, x2, y2 = (float(v) for v in rect[:4])
    except Exception:  # noqa: BLE001 - no usable rectangle
        return False
    return x1 == x2 or y1 == y2


def _annotations(
    pages: list[Any], facts: PdfUaFacts, objr: dict[int, int], check: Callable[[], None]
) -> None:
    count = 0
    for number, page in enumerate(pages[:MAX_ANNOT_PAGES], start=1):
        annots = _get(page, "/Annots")
        if not isinstance(annots, list) or not annots:
            continue
        check()
        if page.get("/Tabs") != "/S" and len(facts.untabbed_pages) < MAX_LISTED:
            facts.untabbed_pages.append(number)
        for ref in annots:
            count += 1
            if count > MAX_ANNOTS:
                facts.content_complete = False
                return
            annot = _deref(ref)
            if not hasattr(annot, "get"):
                continue
            subtype = _name(annot.get("/Subtype"))
            node = objr.get(_idnum(ref) or -1)
            field, tooltip = _field_of(annot) if subtype == "Widget" else (None, False)
            if subtype == "Widget":
                facts.form_text = _shows_text(annot) or facts.form_text
                value = _field_value(annot)
                if value:
                    _off_page(facts, number, "form field", value)
            facts.annots.append(
                PdfAnnot(
                    subtype=subtype,
                    page=number,
                    node=node,
                    contents=bool(_text(annot.get("/Contents"))),
                    hidden=_hidden(annot),
                    field=field,
                    field_tu=tooltip,
                )
            )
            tagged_mark = subtype == "PrinterMark" and node is not None
            if tagged_mark and len(facts.printer_marks_tagged) < MAX_LISTED:
                facts.printer_marks_tagged.append(number)
            if subtype == "Screen":
                _media_clips(annot, number, facts)
            if subtype == "FileAttachment":
                _file_spec(_get(annot, "/FS"), _text(annot.get("/Contents")) or "", facts)


MAX_OFF_PAGE = 200


def _off_page(facts: PdfUaFacts, page: int | None, what: str, text: str) -> None:
    if len(facts.texts_off_page) < MAX_OFF_PAGE:
        facts.texts_off_page.append((page, what, text[:2000]))


def _field_value(widget: Any) -> str:
    """The text a field holds (/V on the widget or the field above it), if it is a string."""
    node = widget
    for _ in range(20):
        if not hasattr(node, "get"):
            break
        value = _deref(node.get("/V"))
        if isinstance(value, str) and not hasattr(value, "idnum") and "/V" in node:
            text = _text(value)
            if text and not str(value).startswith("/"):
                return text
        node = _get(node, "/Parent")
    return ""


_SHOW_TEXT = re.compile(rb"(?:\)|>)\s*Tj|\]\s*TJ|(?:\)|>)\s*'")


def _shows_text(widget: Any) -> bool:
    """True when a form field shows text: a value (/V) that is a string, or an
    appearance stream (/AP /N) with a text operator."""
    node = widget
    for _ in range(20):
        if not hasattr(node, "get"):
            break
        value = _deref(node.get("/V"))
        if isinstance(value, str) and value.strip() and not str(value).startswith("/"):
            return True
        node = _get(node, "/Parent")
    appearance = _get(widget, "/AP")
    normal = _get(appearance, "/N") if appearance is not None else None
    streams = [normal] if hasattr(normal, "get_data") else []
    if hasattr(normal, "values") and not streams:
        streams = [_deref(v) for v in list(normal.values())[:10]]
    for stream in streams:
        try:
            if hasattr(stream, "get_data") and _SHOW_TEXT.search(stream.get_data()[:100_000]):
                return True
        except Exception:  # noqa: BLE001 - a broken appearance shows nothing we can read
            continue
    return False


def _media_clips(annot: Any, page: int, facts: PdfUaFacts) -> None:
    """Media clip data dictionaries (/S /MCD) reachable from a Screen annotation's action."""
    stack: list[tuple[Any, int]] = [(_get(annot, "/A"), 0)]
    seen = 0
    while stack and seen < 200:
        obj, depth = stack.pop()
        seen += 1
        if isinstance(obj, list):
            stack.extend((_deref(v), depth + 1) for v in obj[:50] if depth < 6)
            continue
        if not hasattr(obj, "get"):
            continue
        if obj.get("/S") == "/MCD":
            alt = _deref(obj.get("/Alt"))
            texts = [_text(v) for v in alt[1::2]] if isinstance(alt, list) else []
            facts.media_clips.append((page, "/CT" in obj, any(texts)))
            continue
        if depth < 6:
            for key in ("/R", "/C", "/Next", "/BE", "/MH"):
                if key in obj:
                    stack.append((_get(obj, key), depth + 1))


def _file_spec(spec: Any, fallback: str, facts: PdfUaFacts) -> None:
    if not hasattr(spec, "get") or "/EF" not in spec:
        return
    name = _text(spec.get("/UF")) or _text(spec.get("/F")) or fallback or "(no name)"
    facts.file_specs.append((name, bool(_text(spec.get("/F"))), bool(_text(spec.get("/UF")))))


def _embedded_files(root: Any, facts: PdfUaFacts) -> None:
    names = _get(root, "/Names")
    tree = _get(names, "/EmbeddedFiles") if names is not None else None
    stack = [tree]
    visited = 0
    while stack and visited < MAX_NAME_TREE:
        node = stack.pop()
        visited += 1
        if not hasattr(node, "get"):
            continue
        pairs = _get(node, "/Names")
        if isinstance(pairs, list):
            for n in range(0, min(len(pairs), 2 * MAX_NAME_TREE) - 1, 2):
                _file_spec(_deref(pairs[n + 1]), _text(pairs[n]), facts)
        kids = _get(node, "/Kids")
        if isinstance(kids, list):
            stack.extend(_deref(k) for k in kids[:MAX_NAME_TREE])


# --- fonts --------------------------------------------------------------------------------------


def _system(info: Any) -> tuple[str, str, int] | None:
    if not hasattr(info, "get"):
        return None
    try:
        supplement = int(info.get("/Supplement", 0))
    except (TypeError, ValueError):
        supplement = 0
    return (_text(info.get("/Registry")), _text(info.get("/Ordering")), supplement)


_TOUNICODE_BAD = {b"0000", b"feff", b"fffe"}
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")


def _tounicode_bad(stream: Any) -> bool:
    try:
        data = stream.get_data()[:MAX_TOUNICODE_BYTES]
    except Exception:  # noqa: BLE001
        return False
    for block in _BFCHAR.findall(data):
        values = _HEX.findall(block)
        for dst in values[1::2]:
            if b"".join(dst.split()).lower() in _TOUNICODE_BAD:
                return True
    for block in _BFRANGE.findall(data):
        for line in block.splitlines():
            values = _HEX.findall(line)
            if len(values) == 3 and b"".join(values[2].split()).lower() in _TOUNICODE_BAD:
                return True
    return False


def _iter_fonts(resources: Any, seen: set[Any], depth: int) -> Iterator[tuple[Any, Any]]:
    if resources is None or depth > MAX_FORM_DEPTH:
        return
    fonts = _get(resources, "/Font")
    if hasattr(fonts, "values"):
        for ref in list(fonts.values())[:1000]:
            key = _font_key(ref)
            if key not in seen:
                seen.add(key)
                font = _deref(ref)
                if hasattr(font, "get"):
                    yield key, font
    xobjects = _get(resources, "/XObject")
    if hasattr(xobjects, "values"):
        for ref in list(xobjects.values())[:1000]:
            key = ("x", _idnum(ref) or id(ref))
            if key in seen:
                continue
            seen.add(key)
            xobject = _deref(ref)
            if hasattr(xobject, "get") and xobject.get("/Subtype") == "/Form":
                yield from _iter_fonts(_get(xobject, "/Resources"), seen, depth + 1)


def _fonts(
    pages: list[Any], facts: PdfUaFacts, check: Callable[[], None]
) -> dict[Any, tuple[Any, int]]:
    """Read each font's dictionary facts; return the fonts by key (`_font_key`) with their
    first page."""
    seen: set[Any] = set()
    found: dict[Any, tuple[Any, int]] = {}
    for number, page in enumerate(pages[:MAX_FONT_PAGES], start=1):
        check()
        for key, font in _iter_fonts(_get(page, "/Resources"), seen, 0):
            found[key] = (font, number)
            try:
                facts.fonts.append(_font_detail(font, number))
            except Exception:  # noqa: BLE001 - a broken font dictionary gives no facts
                continue
    return found


def _font_key(ref: Any) -> Any:
    """The same key for a font however it is reached: its object number, else the object."""
    return _idnum(ref) or id(_deref(ref))


def _font_detail(font: Any, page: int) -> PdfFontDetail:
    subtype = _name(font.get("/Subtype"))
    name = _name(font.get("/BaseFont")) or "(unnamed)"
    tounicode = _get(font, "/ToUnicode")
    bad = tounicode is not None and hasattr(tounicode, "get_data") and _tounicode_bad(tounicode)
    if subtype == "Type0":
        descendants = _get(font, "/DescendantFonts")
        cid = _deref(descendants[0]) if isinstance(descendants, list) and descendants else None
        encoding = _get(font, "/Encoding")
        cmap: str | None = None
        cmap_system = None
        wmode: tuple[int | None, int | None] = (None, None)
        uses = None
        if hasattr(encoding, "get_data"):
            cmap = "stream:" + _name(encoding.get("/CMapName"))
            cmap_system = _system(_get(encoding, "/CIDSystemInfo"))
            uses = _name(encoding.get("/UseCMap")) or None
            try:
                body = encoding.get_data()[:MAX_TOUNICODE_BYTES]
            except Exception:  # noqa: BLE001
                body = b""
            match = re.search(rb"/WMode\s+(\d+)", body)
            in_dict = encoding.get("/WMode")
            wmode = (
                int(in_dict) if in_dict is not None else 0,
                int(match.group(1)) if match else 0,
            )
        elif encoding is not None:
            cmap = _name(encoding)
        no_map = False
        if hasattr(cid, "get") and cid.get("/Subtype") == "/CIDFontType2":
            descriptor = _get(cid, "/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor
            mapping = _deref(cid.get("/CIDToGIDMap"))
            valid = hasattr(mapping, "get_data") or _name(mapping) == "Identity"
            no_map = embedded and not valid
        return PdfFontDetail(
            name=name,
            subtype=subtype,
            page=page,
            cid_system=_system(_get(cid, "/CIDSystemInfo")) if cid is not None else None,
            cmap=cmap,
            cmap_system=cmap_system,
            cmap_wmode=wmode,
            cmap_uses=uses,
            cid_type2_embedded_no_map=no_map,
            tounicode_bad=bad,
        )
    descriptor = _get(font, "/FontDescriptor")
    symbolic: bool | None = None
    if descriptor is not None:
        try:
            symbolic = bool(int(descriptor.get("/Flags", 0)) & 4)
        except (TypeError, ValueError):
            symbolic = None
    encoding = _get(font, "/Encoding")
    unknown: tuple[str, ...] = ()
    if hasattr(encoding, "get"):
        described = "dict:" + _name(encoding.get("/BaseEncoding"))
        differences = _get(encoding, "/Differences")
        if isinstance(differences, list):
            unknown = _unknown_glyphs(differences)
    elif encoding is not None:
        described = _name(encoding)
    else:
        described = None
    return PdfFontDetail(
        name=name,
        subtype=subtype,
        page=page,
        symbolic=symbolic,
        encoding=described,
        unknown_glyphs=unknown,
        tounicode_bad=bad,
    )


_GLYPH_FORM = re.compile(r"^(?:uni(?:[0-9A-F]{4})+|u[0-9A-F]{4,6})(?:\..*)?$")


def _unknown_glyphs(differences: list[Any]) -> tuple[str, ...]:
    """Glyph names in an encoding's /Differences that are not in the Adobe Glyph List."""
    from pypdf._codecs.adobe_glyphs import adobe_glyphs

    unknown = []
    for item in differences[:1000]:
        name = _name(item) if not isinstance(item, int) else ""
        known = not name or f"/{name}" in adobe_glyphs or name == ".notdef"
        if not known and not _GLYPH_FORM.match(name):
            unknown.append(name)
    return tuple(unknown[:10])


# --- the page content ---------------------------------------------------------------------------

_TOKEN = re.compile(
    rb"""(?P<skip>\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)   # a literal string
        |<[0-9A-Fa-f\s]*>|[\[\]{}]|%[^\r\n]*|[+\-.0-9][^\s/\[\]()<>{}%]*)
    |(?P<open><<)|(?P<close>>>)
    |(?P<name>/[^\s/\[\]()<>{}%]*)
    |(?P<op>[^\s/\[\]()<>{}%]+)""",
    re.X | re.S,
)
_END_IMAGE = re.compile(rb"\sEI(?=\s|$)")
_PAINT = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"sh"}
_SPAN_TEXT = re.compile(rb"/(?:ActualText|Alt|E)\b")
_MCID = re.compile(rb"/MCID\s+(\d+)")


def _inside(stack: list[str], kind: str) -> bool:
    return any(k.split("+", 1)[0] == kind for k in stack)


class _Scan:
    """Marked content in one page's content streams (and the forms it draws)."""

    def __init__(
        self,
        facts: PdfUaFacts,
        page: int,
        budget: list[int],
        lang_mcids: set[tuple[int | None, int]],
        shown: pdf_font_facts.Shown | None = None,
    ) -> None:
        self.facts = facts
        self.shown = shown
        # the text state: (font key, render mode), saved by q and restored by Q
        self.text: tuple[Any, int] = (None, 0)
        self.saved: list[tuple[Any, int]] = []
        self.page = page
        self.lang_mcids = lang_mcids
        self.budget = budget  # bytes left, shared by all pages
        self.found: set[str] = set()
        self.forms: Counter[int] = Counter()
        self.tagged_forms: set[int] = set()

    def run(self, data: bytes, resources: Any, stack: list[str], depth: int) -> None:
        if self.budget[0] <= 0:
            self.facts.content_complete = False
            return
        data = data[: self.budget[0]]
        self.budget[0] -= len(data)
        names: list[bytes] = []
        strings: list[bytes] = []
        numbers: list[bytes] = []
        last_dict: bytes | None = None
        dict_depth = 0
        dict_start = 0
        skip_to = 0  # the end of an inline image's data
        for match in _TOKEN.finditer(data):
            kind = match.lastgroup
            if match.start() < skip_to:
                continue
            if kind == "skip":
                if not dict_depth and self.shown is not None:
                    first = match.group()[:1]
                    if first in (b"(", b"<"):
                        strings.append(match.group())
                    elif first not in (b"[", b"]", b"%", b"{", b"}"):
                        numbers.append(match.group())
                continue
            if kind == "open":
                if dict_depth == 0:
                    dict_start = match.start()
                dict_depth += 1
                continue
            if kind == "close":
                dict_depth = max(0, dict_depth - 1)
                if dict_depth == 0:
                    last_dict = data[dict_start : match.end()]
                continue
            if dict_depth:
                continue
            token = match.group()
            if kind == "name":
                names.append(token[1:])
                continue
            self._operator(token, names, last_dict, resources, stack, depth)
            if self.shown is not None:
                self._text_state(token, names, strings, numbers, resources)
            strings = []
            numbers = []
            if token == b"ID":
                end = _END_IMAGE.search(data, match.end())
                skip_to = end.end() if end else len(data)
                self._paint(stack)
            names = []
            last_dict = None

    def _operator(
        self,
        op: bytes,
        names: list[bytes],
        props: bytes | None,
        resources: Any,
        stack: list[str],
        depth: int,
    ) -> None:
        if op in (b"BDC", b"BMC"):
            tag = names[0] if names else b""
            if op == b"BDC" and props is None and len(names) > 1:
                props = self._named_properties(resources, names[1])
            kind = "other"
            if tag == b"Artifact":
                kind = "artifact"
                if _inside(stack, "tagged"):
                    self._note("artifact_in_tagged")
            elif props is not None and b"/MCID" in props:
                kind = "tagged"
                if _inside(stack, "artifact"):
                    self._note("tagged_in_artifact")
            has_lang = props is not None and b"/Lang" in props
            mcid = _MCID.search(props) if props is not None and depth == 0 else None
            if mcid is not None and (self.page, int(mcid.group(1))) in self.lang_mcids:
                has_lang = True  # the tag that owns this content has a language
            if (
                tag == b"Span"
                and props
                and _SPAN_TEXT.search(props)
                and not has_lang
                and not any(k.endswith("+lang") for k in stack)
            ):
                self._note("span_text_without_lang")
            stack.append(kind + ("+lang" if has_lang else ""))
        elif op == b"EMC":
            if stack:
                stack.pop()
        elif op in _PAINT:
            self._paint(stack)
        elif op == b"Do" and names:
            self._draw(names[-1], resources, stack, depth)

    def _text_state(
        self,
        op: bytes,
        names: list[bytes],
        strings: list[bytes],
        numbers: list[bytes],
        resources: Any,
    ) -> None:
        """Follow the font and render mode; give the text shown to `self.shown`."""
        if op == b"q":
            self.saved.append(self.text)
        elif op == b"Q":
            if self.saved:
                self.text = self.saved.pop()
        elif op == b"Tf" and names:
            fonts = _get(resources, "/Font") if resources is not None else None
            ref = fonts.get("/" + names[0].decode("latin-1")) if hasattr(fonts, "get") else None
            self.text = (_font_key(ref) if ref is not None else None, self.text[1])
        elif op == b"Tr" and numbers:
            with contextlib.suppress(ValueError, OverflowError):
                self.text = (self.text[0], int(float(numbers[-1])))
        elif op in (b"Tj", b"TJ", b"'", b'"') and strings and self.text[0] is not None:
            assert self.shown is not None
            for token in strings if op == b"TJ" else strings[-1:]:
                data = pdf_font_facts.string_bytes(token)
                if data:
                    self.shown.add(self.text[0], data, self.text[1] != 3)

    def _named_properties(self, resources: Any, name: bytes) -> bytes | None:
        properties = _get(resources, "/Properties") if resources is not None else None
        entry = _get(properties, "/" + name.decode("latin-1")) if properties is not None else None
        if not hasattr(entry, "keys"):
            return None
        return b" ".join(str(k).encode("latin-1") for k in entry)

    def _paint(self, stack: list[str]) -> None:
        if not _inside(stack, "tagged") and not _inside(stack, "artifact"):
            self._note("untagged_content")

    def _draw(self, name: bytes, resources: Any, stack: list[str], depth: int) -> None:
        xobjects = _get(resources, "/XObject") if resources is not None else None
        ref = xobjects.get("/" + name.decode("latin-1")) if hasattr(xobjects, "get") else None
        xobject = _deref(ref)
        if not hasattr(xobject, "get"):
            return
        if xobject.get("/Subtype") != "/Form":
            self._paint(stack)
            return
        if "/Ref" in xobject:
            self._note("reference_xobjects")
        key = _idnum(ref) or id(xobject)
        self.forms[key] += 1
        if depth >= MAX_FORM_DEPTH:
            return
        try:
            data = xobject.get_data()
        except Exception:  # noqa: BLE001 - a broken form draws nothing we can read
            return
        if b"/MCID" in data:
            self.tagged_forms.add(key)
        inner = _get(xobject, "/Resources")
        state = (self.text, len(self.saved))
        self.run(data, inner if inner is not None else resources, list(stack), depth + 1)
        self.text, self.saved = state[0], self.saved[: state[1]]

    def _note(self, what: str) -> None:
        self.found.add(what)

    def finish(self) -> None:
        if any(self.forms[key] > 1 for key in self.tagged_forms):
            self.found.add("shared_tagged_forms")
        for what in self.found:
            pages: list[int] = getattr(self.facts, what)
            if len(pages) < MAX_LISTED:
                pages.append(self.page)


def _page_data(page: Any) -> bytes:
    contents = _get(page, "/Contents")
    if isinstance(contents, list):
        parts = []
        for part in contents[:1000]:
            part = _deref(part)
            if hasattr(part, "get_data"):
                parts.append(part.get_data())
        return b"\n".join(parts)
    return contents.get_data() if hasattr(contents, "get_data") else b""


def _content(
    pages: list[Any],
    facts: PdfUaFacts,
    lang_mcids: set[tuple[int | None, int]],
    check: Callable[[], None],
    shown: pdf_font_facts.Shown | None = None,
) -> None:
    budget = [MAX_CONTENT_BYTES]
    if len(pages) > MAX_CONTENT_PAGES:
        facts.content_complete = False
    for number, page in enumerate(pages[:MAX_CONTENT_PAGES], start=1):
        check()
        scan = _Scan(facts, number, budget, lang_mcids, shown)
        try:
            scan.run(_page_data(page), _get(page, "/Resources"), [], 0)
        except Exception:  # noqa: BLE001 - a broken page says nothing about its marks
            continue
        scan.finish()
        if budget[0] <= 0:
            facts.content_complete = False
            break
