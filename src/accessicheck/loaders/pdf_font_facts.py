"""Font program facts (`structure_pdfua.PdfFontProgramFacts`) for the PDF/UA font rules.

`pdf_ua_facts` finds the fonts in the pages' resources and, while it scans
the page content, the character codes each font shows (`Shown`). Here each
embedded font program (`font_programs`) is compared with its font dictionary
(pypdf objects) and with those codes:

- 7.21.4.2: a Type 1 font's `/CharSet` names exactly the glyphs in the
  program (`.notdef` aside); a CID font's `/CIDSet` marks every CID that has
  a glyph, and none that has not (TrueType: a glyph with an outline, not
  counting the parts composite glyphs are built from; the empty glyphs of a
  subset are left out either way, as spaces are empty too);
- 7.21.5: for each code shown in visible text (render mode not 3), the width
  in `/Widths` (simple fonts) or `/W` and `/DW` (CIDFontType2) is within 1
  unit in 1000 of the TrueType program's advance width;
- 7.21.8: no code shown (any render mode) draws glyph 0, the .notdef glyph:
  a CID the CFF program lacks, a TrueType glyph index 0 or past the end, a
  simple TrueType code that none of its character maps finds, a Type 1 code
  whose glyph name the program lacks.

Composite fonts are read for the Identity-H and Identity-V character maps
(two bytes a code, the code is the CID); others are left alone. Widths are
compared for TrueType programs only (CFF widths sit inside the glyph code).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from accessicheck.core.structure_pdfua import PdfFontProgramFacts
from accessicheck.loaders import font_programs
from accessicheck.loaders.pdf_objects import get as _get

MAX_SHOWN = 65_536  # bytes of shown text kept per font
MAX_FONTS = 300  # font programs read per file
MAX_LISTED = 5
WIDTH_TOLERANCE = 1.0  # in 1000ths of the text size, as veraPDF

_PROGRAMS = (("/FontFile2", "truetype"), ("/FontFile3", "cff"), ("/FontFile", "type1"))


class Shown:
    """The bytes each font shows, in visible text and in any text."""

    def __init__(self) -> None:
        self.visible: dict[Any, bytearray] = {}
        self.any: dict[Any, bytearray] = {}

    def add(self, key: Any, data: bytes, visible: bool) -> None:
        for store, keep in ((self.any, True), (self.visible, visible)):
            if keep:
                kept = store.setdefault(key, bytearray())
                if len(kept) < MAX_SHOWN:
                    kept += data[: MAX_SHOWN - len(kept)]


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|(\r\n|\r|\n)|(.))", re.S)


def string_bytes(token: bytes) -> bytes | None:
    """The bytes of a content-stream string token, `(literal)` or `<hex>`; else None."""
    if token.startswith(b"("):

        def unescape(match: re.Match[bytes]) -> bytes:
            if match.group(1):
                return bytes([int(match.group(1), 8) & 0xFF])
            if match.group(2):
                return b""
            char = match.group(3)
            return _ESCAPES.get(char, char)

        return _ESCAPE.sub(unescape, token[1:-1])
    if token.startswith(b"<") and not token.startswith(b"<<"):
        digits = re.sub(rb"[^0-9A-Fa-f]", b"", token)
        if len(digits) % 2:
            digits += b"0"
        return bytes.fromhex(digits.decode("ascii"))
    return None


def _name(value: Any) -> str:
    return str(value).lstrip("/") if value is not None else ""


def _number(value: Any, default: float = 0.0) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def read(
    fonts: dict[Any, tuple[Any, int]], shown: Shown, check: Callable[[], None]
) -> list[PdfFontProgramFacts]:
    """Facts for each font (key -> (font dictionary, first page)) whose program disagrees."""
    out: list[PdfFontProgramFacts] = []
    for key, (font, page) in list(fonts.items())[:MAX_FONTS]:
        check()
        try:
            visible, shown_any = shown.visible.get(key, b""), shown.any.get(key, b"")
            facts = _font(font, page, bytes(visible), bytes(shown_any))
        except Exception:  # noqa: BLE001 - a broken font gives no facts
            continue
        if facts is not None:
            out.append(facts)
    return out


def _program(descriptor: Any) -> font_programs.FontProgram | None:
    for key, kind in _PROGRAMS:
        stream = _get(descriptor, key)
        if stream is None or not hasattr(stream, "get_data"):
            continue
        if kind == "cff" and _name(stream.get("/Subtype")) == "OpenType":
            return None
        length = _number(stream.get("/Length"), 0)
        if length > font_programs.MAX_PROGRAM:
            return None
        return font_programs.read(stream.get_data(), kind)
    return None


def _font(font: Any, page: int, visible: bytes, shown: bytes) -> PdfFontProgramFacts | None:
    if not shown and not _has_glyph_list(font):
        return None  # nothing shown and no glyph list: nothing to compare
    subtype = _name(font.get("/Subtype"))
    name = _name(font.get("/BaseFont")).split("+", 1)[-1] or "(unnamed)"
    if subtype == "Type0":
        descendants = _get(font, "/DescendantFonts")
        if not isinstance(descendants, list) or not descendants:
            return None
        cid = descendants[0].get_object()
        descriptor = _get(cid, "/FontDescriptor")
        program = _program(descriptor) if descriptor is not None else None
        if program is None:
            return None
        identity = _name(font.get("/Encoding")) in ("Identity-H", "Identity-V")
        if not identity:
            visible = shown = b""
        facts = _composite(cid, descriptor, program, visible, shown)
    elif subtype in ("TrueType", "Type1", "MMType1"):
        descriptor = _get(font, "/FontDescriptor")
        program = _program(descriptor) if descriptor is not None else None
        if program is None:
            return None
        facts = _simple(font, descriptor, program, visible, shown)
    else:
        return None
    if not any(facts.values()):
        return None
    return PdfFontProgramFacts(name=name, page=page, **facts)


def _has_glyph_list(font: Any) -> bool:
    if _name(font.get("/Subtype")) == "Type0":
        descendants = _get(font, "/DescendantFonts")
        if not isinstance(descendants, list) or not descendants:
            return False
        font = descendants[0].get_object()
    descriptor = _get(font, "/FontDescriptor")
    return descriptor is not None and ("/CharSet" in descriptor or "/CIDSet" in descriptor)


# --- composite fonts ----------------------------------------------------------------------------


def _codes2(data: bytes) -> list[int]:
    return [data[n] << 8 | data[n + 1] for n in range(0, len(data) - 1, 2)]


def _cid_widths(cid: Any, wanted: set[int]) -> tuple[dict[int, float], float]:
    """The /W widths of the CIDs in `wanted`, and /DW."""
    widths: dict[int, float] = {}
    array = _get(cid, "/W")
    items = list(array) if isinstance(array, list) else []
    n = 0
    while n < len(items) and n < 200_000:
        first = int(_number(items[n], -1))
        nxt = items[n + 1].get_object() if n + 1 < len(items) else None
        if isinstance(nxt, list):
            for code in wanted:
                if 0 <= code - first < len(nxt):
                    widths[code] = _number(nxt[code - first])
            n += 2
        elif n + 2 < len(items):
            last = int(_number(nxt, -1))
            width = _number(items[n + 2])
            for code in wanted:
                if first <= code <= last:
                    widths[code] = width
            n += 3
        else:
            break
    return widths, _number(cid.get("/DW"), 1000.0)


def _cid_to_gid(cid: Any) -> Callable[[int], int] | None:
    mapping = _get(cid, "/CIDToGIDMap")
    if mapping is None or _name(mapping) == "Identity":
        return lambda code: code
    if hasattr(mapping, "get_data"):
        data = mapping.get_data()[:140_000]

        def to_gid(code: int) -> int:
            at = 2 * code
            return data[at] << 8 | data[at + 1] if at + 1 < len(data) else 0

        return to_gid
    return None


def _cidset(descriptor: Any) -> set[int] | None:
    stream = _get(descriptor, "/CIDSet")
    if stream is None or not hasattr(stream, "get_data"):
        return None
    bits = stream.get_data()[:16_384]
    return {n for n in range(len(bits) * 8) if bits[n >> 3] & (0x80 >> (n & 7))}


def _composite(
    cid: Any, descriptor: Any, program: font_programs.FontProgram, visible: bytes, shown: bytes
) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    kind = _name(cid.get("/Subtype"))
    listed = _cidset(descriptor)
    if kind == "CIDFontType0" and program.cids is not None:
        has_glyph: Callable[[int], bool] = lambda c: c != 0 and c in program.cids  # noqa: E731
        present = set(program.cids)
    elif kind == "CIDFontType2" and program.kind == "truetype":
        to_gid = _cid_to_gid(cid)
        if to_gid is None:
            return facts
        count = program.glyph_count
        has_glyph = lambda c: 0 < to_gid(c) < count  # noqa: E731
        # parts of composite glyphs (accents) need not be listed: no text uses them alone
        outlined = (program.outlined or frozenset()) - program.components
        if _get(cid, "/CIDToGIDMap") is None or _name(_get(cid, "/CIDToGIDMap")) == "Identity":
            present = set(outlined)
        else:
            present = {c for c in range(70_000) if to_gid(c) in outlined - {0}}
    else:
        return facts
    if listed is not None:
        facts["cidset_unlisted"] = len(present - listed - {0})
        if kind == "CIDFontType0":
            facts["cidset_absent"] = len(listed - present)
        else:
            facts["cidset_absent"] = sum(1 for c in listed if c and not has_glyph(c))
    facts["notdef_codes"] = _first(c for c in dict.fromkeys(_codes2(shown)) if not has_glyph(c))
    if kind == "CIDFontType2":
        codes = list(dict.fromkeys(_codes2(visible)))
        widths, default = _cid_widths(cid, set(codes))
        found = []
        for code in codes:
            gid = to_gid(code)
            advance = program.advance(gid) if gid else None
            if advance is None:
                continue
            ours = advance * 1000.0 / program.units_per_em
            theirs = widths.get(code, default)
            if abs(ours - theirs) > WIDTH_TOLERANCE:
                found.append((code, theirs, round(ours, 1)))
        facts["widths"] = tuple(found[:MAX_LISTED])
    return facts


def _first(codes: Any) -> tuple[int, ...]:
    out = []
    for code in codes:
        out.append(code)
        if len(out) >= MAX_LISTED:
            break
    return tuple(out)


# --- simple fonts -------------------------------------------------------------------------------


@cache
def _names_by_char() -> dict[str, list[str]]:
    """Unicode character -> its Adobe Glyph List names."""
    from pypdf._codecs.adobe_glyphs import adobe_glyphs

    by_char: dict[str, list[str]] = {}
    for glyph, char in adobe_glyphs.items():
        by_char.setdefault(char, []).append(glyph.lstrip("/"))
    return by_char


def _glyph_names(font: Any, symbolic: bool) -> dict[int, list[str]] | None:
    """Code -> candidate glyph names from /Encoding (base encoding and /Differences);
    None when the font's own built-in encoding applies."""
    from pypdf._codecs import _mac_encoding, _std_encoding, _win_encoding

    encoding = _get(font, "/Encoding")
    differences: list[Any] = []
    if hasattr(encoding, "get"):
        base = _name(encoding.get("/BaseEncoding"))
        found = _get(encoding, "/Differences")
        differences = list(found) if isinstance(found, list) else []
    else:
        base = _name(encoding)
    tables = {"WinAnsiEncoding": _win_encoding, "MacRomanEncoding": _mac_encoding}
    table = tables.get(base)
    if table is None and (symbolic or base):
        if not differences:
            return None
        table = None
    elif table is None:
        table = _std_encoding
    by_char = _names_by_char()
    names: dict[int, list[str]] = {}
    if table is not None:
        for code, char in enumerate(table[:256]):
            if char and char != "\x00" and char in by_char:
                names[code] = by_char[char]
    code = 0
    for item in differences[:1000]:
        item = item.get_object() if hasattr(item, "get_object") else item
        if isinstance(item, int) or (hasattr(item, "__int__") and not str(item).startswith("/")):
            code = int(item)
        else:
            names[code] = [_name(item)]
            code += 1
    return names


def _truetype_gid(
    code: int,
    program: font_programs.FontProgram,
    symbolic: bool,
    names: dict[int, list[str]] | None,
) -> int:
    """The glyph a simple TrueType font draws for a code (ISO 32000-1, 9.6.6.4), 0 if none."""
    from pypdf._codecs.adobe_glyphs import adobe_glyphs

    cmaps = program.cmaps
    if not symbolic and (3, 1) in cmaps and names is not None:
        for glyph in names.get(code, []):
            char = adobe_glyphs.get("/" + glyph)
            if char is None and re.fullmatch(r"uni[0-9A-F]{4}", glyph):
                char = chr(int(glyph[3:], 16))
            if char and len(char) == 1 and cmaps[(3, 1)].get(ord(char)):
                return cmaps[(3, 1)][ord(char)]
    for table in ((3, 0), (3, 1)):
        if table in cmaps:
            for base in (0, 0xF000, 0xF100, 0xF200):
                gid = cmaps[table].get(base + code)
                if gid:
                    return gid
    if (1, 0) in cmaps and cmaps[(1, 0)].get(code):
        return cmaps[(1, 0)][code]
    if not cmaps and 0 < code < program.glyph_count:
        return code  # no character map at all: codes are glyph indexes
    return 0


def _simple(
    font: Any, descriptor: Any, program: font_programs.FontProgram, visible: bytes, shown: bytes
) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    symbolic = bool(int(_number(descriptor.get("/Flags"), 0)) & 4)
    charset = descriptor.get("/CharSet")
    if charset is not None and program.names is not None:
        listed = {n for n in re.split(r"/", str(charset)) if n} - {".notdef"}
        facts["charset_unlisted"] = tuple(sorted(program.names - listed))[:MAX_LISTED]
        facts["charset_absent"] = tuple(sorted(listed - program.names))[:MAX_LISTED]
    names = _glyph_names(font, symbolic) if shown else None
    codes = list(dict.fromkeys(shown))
    if program.kind == "truetype":
        absent = (c for c in codes if not _truetype_gid(c, program, symbolic, names))
        facts["notdef_codes"] = _first(absent)
        first = int(_number(font.get("/FirstChar"), 0))
        widths = _get(font, "/Widths")
        widths = list(widths) if isinstance(widths, list) else []
        missing = _number(descriptor.get("/MissingWidth"), 0.0)
        found = []
        for code in dict.fromkeys(visible):
            gid = _truetype_gid(code, program, symbolic, names)
            advance = program.advance(gid) if gid else None
            if advance is None:
                continue
            at = code - first
            theirs = _number(widths[at], missing) if 0 <= at < len(widths) else missing
            ours = advance * 1000.0 / program.units_per_em
            if abs(ours - theirs) > WIDTH_TOLERANCE:
                found.append((code, theirs, round(ours, 1)))
        facts["widths"] = tuple(found[:MAX_LISTED])
    elif program.names is not None and names is not None:
        facts["notdef_codes"] = _first(
            c for c in codes if c in names and not set(names[c]) & program.names
        )
    return facts
