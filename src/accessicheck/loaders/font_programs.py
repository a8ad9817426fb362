"""What PDF/UA's font checks need from a font program embedded in a PDF.

A PDF font can carry its own font program (`/FontFile`, `/FontFile2`,
`/FontFile3`). PDF/UA-1 (7.21.4.2, 7.21.5, 7.21.8) asks that the font's
dictionary agree with that program: the glyph list (`/CharSet`, `/CIDSet`),
the glyph widths, and that no text uses the missing-glyph glyph (.notdef).
This module reads the program bytes with the standard library only:

- CFF (`/FontFile3` Type1C and CIDFontType0C; Adobe Technical Note #5176):
  the glyph names (name-keyed) or CIDs (CID-keyed) from the charset;
- TrueType (`/FontFile2`; the OpenType `head`, `maxp`, `hhea`, `hmtx`,
  `loca` and `cmap` tables): the glyph count, which glyphs have an outline,
  the advance widths and the character maps (formats 0, 4, 6, 12);
- Type 1 (`/FontFile`): the glyph names in `/CharStrings`, after the eexec
  decryption (Adobe Type 1 Font Format, chapter 7).

Untrusted input: every count and offset is checked, lengths are bounded
(`MAX_PROGRAM` bytes, `MAX_GLYPHS` glyphs), and anything that does not parse
gives None, never an exception.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

MAX_PROGRAM = 8_000_000
MAX_GLYPHS = 70_000
MAX_CMAP_CODES = 70_000


@dataclass(frozen=True)
class FontProgram:
    """The facts of one embedded font program."""

    kind: str  # "cff", "truetype" or "type1"
    glyph_count: int
    #: glyph names (name-keyed CFF and Type 1), without .notdef
    names: frozenset[str] | None = None
    #: CIDs with a glyph (CID-keyed CFF)
    cids: frozenset[int] | None = None
    #: TrueType: glyph indexes with an outline (a non-empty `loca` entry)
    outlined: frozenset[int] | None = None
    #: TrueType: glyphs that composite glyphs are built from (accents and the like)
    components: frozenset[int] = frozenset()
    units_per_em: int = 1000
    advances: tuple[int, ...] = ()  # TrueType advance widths by glyph index
    #: TrueType character maps: (platform, encoding) -> {code: glyph index}
    cmaps: dict[tuple[int, int], dict[int, int]] = field(default_factory=dict)

    def advance(self, glyph: int) -> int | None:
        """A TrueType glyph's advance width in font units (the last one repeats)."""
        if not self.advances or glyph < 0 or glyph >= self.glyph_count:
            return None
        return self.advances[min(glyph, len(self.advances) - 1)]


def read(data: bytes, kind: str) -> FontProgram | None:
    """The facts of a program of `kind` ("cff", "truetype", "type1"), or None."""
    if len(data) > MAX_PROGRAM:
        return None
    try:
        if kind == "cff":
            return _cff(data)
        if kind == "truetype":
            return _truetype(data)
        if kind == "type1":
            return _type1(data)
    except (struct.error, IndexError, ValueError, KeyError, OverflowError, RecursionError):
        return None
    return None


# --- CFF ----------------------------------------------------------------------------------------


@cache
def standard_strings() -> tuple[str, ...]:
    """The 391 CFF standard strings (SID 0-390), from `data/cff_standard_strings.txt`."""
    text = resources.files("accessicheck.data").joinpath("cff_standard_strings.txt")
    lines = text.read_text(encoding="ascii").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


def _index(data: bytes, pos: int) -> tuple[list[bytes], int]:
    """A CFF INDEX at `pos`: its items and the position after it."""
    count = struct.unpack_from(">H", data, pos)[0]
    if count == 0:
        return [], pos + 2
    size = data[pos + 2]
    if not 1 <= size <= 4 or count > MAX_GLYPHS:
        raise ValueError("bad INDEX")
    start = pos + 3
    offsets = [
        int.from_bytes(data[start + i * size : start + (i + 1) * size], "big")
        for i in range(count + 1)
    ]
    base = start + (count + 1) * size - 1
    if offsets[-1] + base > len(data) or any(
        b < a for a, b in zip(offsets, offsets[1:], strict=False)
    ):
        raise ValueError("bad INDEX offsets")
    items = [data[base + a : base + b] for a, b in zip(offsets, offsets[1:], strict=False)]
    return items, base + offsets[-1]


def _index_count(data: bytes, pos: int) -> int:
    return struct.unpack_from(">H", data, pos)[0]


def _dict(data: bytes) -> dict[int, list[float]]:
    """A CFF DICT: operator (12 x as 1200 + x) -> operands."""
    out: dict[int, list[float]] = {}
    operands: list[float] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b <= 21:
            op = b
            if b == 12:
                i += 1
                op = 1200 + data[i]
            out[op] = operands
            operands = []
            i += 1
        elif b == 28:
            operands.append(struct.unpack_from(">h", data, i + 1)[0])
            i += 3
        elif b == 29:
            operands.append(struct.unpack_from(">i", data, i + 1)[0])
            i += 5
        elif b == 30:  # a real number, in nibbles: its value is not needed here
            i += 1
            while i < len(data) and (data[i] & 0x0F) != 0x0F and (data[i] >> 4) != 0x0F:
                i += 1
            i += 1
            operands.append(0.0)
        elif 32 <= b <= 246:
            operands.append(b - 139)
            i += 1
        elif 247 <= b <= 250:
            operands.append((b - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b <= 254:
            operands.append(-(b - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            raise ValueError("bad DICT byte")
    return out


def _charset(data: bytes, offset: int, glyphs: int) -> list[int]:
    """The SIDs (or CIDs) of glyphs 1 .. glyphs-1 from a charset at `offset`."""
    fmt = data[offset]
    pos = offset + 1
    out: list[int] = []
    if fmt == 0:
        out = list(struct.unpack_from(f">{glyphs - 1}H", data, pos))
    elif fmt in (1, 2):
        while len(out) < glyphs - 1:
            first = struct.unpack_from(">H", data, pos)[0]
            left = data[pos + 2] if fmt == 1 else struct.unpack_from(">H", data, pos + 2)[0]
            pos += 3 if fmt == 1 else 4
            out.extend(range(first, first + left + 1))
        out = out[: glyphs - 1]
    else:
        raise ValueError("bad charset format")
    return out


def _cff(data: bytes) -> FontProgram | None:
    if len(data) < 4 or data[0] != 1:
        return None
    pos = data[2]  # header size
    _names, pos = _index(data, pos)
    tops, pos = _index(data, pos)
    strings, pos = _index(data, pos)
    if not tops:
        return None
    top = _dict(tops[0])
    if 17 not in top or not top[17]:
        return None
    glyphs = _index_count(data, int(top[17][0]))
    if glyphs == 0 or glyphs > MAX_GLYPHS:
        return None
    offset = int(top.get(15, [0])[0])
    cid_keyed = 1230 in top  # ROS
    if offset in (0, 1, 2):
        if cid_keyed or offset != 0:
            return None  # the Expert charsets: never in PDF text fonts
        sids = list(range(1, glyphs))
    else:
        sids = _charset(data, offset, glyphs)
    if cid_keyed:
        return FontProgram("cff", glyphs, cids=frozenset([0, *sids]))
    std = standard_strings()
    names = set()
    for sid in sids:
        if sid < len(std):
            names.add(std[sid])
        elif sid - len(std) < len(strings):
            names.add(strings[sid - len(std)].decode("latin-1"))
    names.discard(".notdef")
    return FontProgram("cff", glyphs, names=frozenset(names))


# --- TrueType -----------------------------------------------------------------------------------


def _tables(data: bytes) -> dict[bytes, bytes]:
    version = data[:4]
    if version not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
        raise ValueError("not a TrueType font")
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {}
    for n in range(min(count, 100)):
        tag, _sum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * n)
        if offset + length > len(data):
            length = max(0, len(data) - offset)  # a cut-off table: read what is there
        tables[tag] = data[offset : offset + length]
    return tables


def _truetype(data: bytes) -> FontProgram | None:
    tables = _tables(data)
    head, maxp = tables.get(b"head"), tables.get(b"maxp")
    if not head or not maxp:
        return None
    units = struct.unpack_from(">H", head, 18)[0] or 1000
    long_loca = struct.unpack_from(">h", head, 50)[0] == 1
    glyphs = min(struct.unpack_from(">H", maxp, 4)[0], MAX_GLYPHS)
    advances: tuple[int, ...] = ()
    hhea, hmtx = tables.get(b"hhea"), tables.get(b"hmtx")
    if hhea and hmtx:
        metrics = min(struct.unpack_from(">H", hhea, 34)[0], glyphs, len(hmtx) // 4)
        advances = struct.unpack_from(f">{2 * metrics}H", hmtx)[::2]
    outlined = None
    components: frozenset[int] = frozenset()
    loca = tables.get(b"loca")
    if loca is not None and b"glyf" in tables:
        step, fmt, scale = (4, "L", 1) if long_loca else (2, "H", 2)
        count = min(glyphs + 1, len(loca) // step)
        offsets = [n * scale for n in struct.unpack_from(f">{count}{fmt}", loca)]
        outlined = frozenset(n for n in range(count - 1) if offsets[n + 1] > offsets[n])
        components = _components(tables[b"glyf"], offsets, outlined)
    cmaps = _cmaps(tables.get(b"cmap", b""))
    return FontProgram(
        "truetype",
        glyphs,
        outlined=outlined,
        components=components,
        units_per_em=units,
        advances=advances,
        cmaps=cmaps,
    )


def _components(glyf: bytes, offsets: list[int], outlined: frozenset[int]) -> frozenset[int]:
    """The glyphs that composite glyphs (a negative contour count) are made of."""
    found: set[int] = set()
    for glyph in outlined:
        at = offsets[glyph]
        if at + 10 > len(glyf) or struct.unpack_from(">h", glyf, at)[0] >= 0:
            continue
        at += 10
        for _ in range(64):  # components of one glyph
            flags, part = struct.unpack_from(">HH", glyf, at)
            found.add(part)
            at += 4 + (4 if flags & 0x0001 else 2)
            at += 2 if flags & 0x0008 else 4 if flags & 0x0040 else 8 if flags & 0x0080 else 0
            if not flags & 0x0020:
                break
    return frozenset(found)


def _cmaps(cmap: bytes) -> dict[tuple[int, int], dict[int, int]]:
    out: dict[tuple[int, int], dict[int, int]] = {}
    if len(cmap) < 4:
        return out
    count = struct.unpack_from(">H", cmap, 2)[0]
    for n in range(min(count, 20)):
        platform, encoding, offset = struct.unpack_from(">HHL", cmap, 4 + 8 * n)
        try:
            table = _cmap_table(cmap, offset)
        except (struct.error, IndexError, ValueError):
            continue
        if table is not None:
            out.setdefault((platform, encoding), table)
    return out


def _cmap_table(cmap: bytes, offset: int) -> dict[int, int] | None:
    fmt = struct.unpack_from(">H", cmap, offset)[0]
    if fmt == 0:
        return {code: cmap[offset + 6 + code] for code in range(256)}
    if fmt == 6:
        first, count = struct.unpack_from(">HH", cmap, offset + 6)
        ids = struct.unpack_from(f">{count}H", cmap, offset + 10)
        return {first + n: gid for n, gid in enumerate(ids)}
    if fmt == 4:
        return _cmap_format4(cmap, offset)
    if fmt == 12:
        groups = struct.unpack_from(">L", cmap, offset + 12)[0]
        out: dict[int, int] = {}
        for g in range(min(groups, MAX_CMAP_CODES)):
            start, end, gid = struct.unpack_from(">LLL", cmap, offset + 16 + 12 * g)
            for code in range(start, min(end + 1, start + MAX_CMAP_CODES)):
                out[code] = gid + code - start
                if len(out) >= MAX_CMAP_CODES:
                    return out
        return out
    return None


def _cmap_format4(cmap: bytes, offset: int) -> dict[int, int]:
    segs = struct.unpack_from(">H", cmap, offset + 6)[0] // 2
    ends_at = offset + 14
    starts_at = ends_at + 2 * segs + 2
    deltas_at = starts_at + 2 * segs
    ranges_at = deltas_at + 2 * segs
    ends = struct.unpack_from(f">{segs}H", cmap, ends_at)
    starts = struct.unpack_from(f">{segs}H", cmap, starts_at)
    deltas = struct.unpack_from(f">{segs}h", cmap, deltas_at)
    ranges = struct.unpack_from(f">{segs}H", cmap, ranges_at)
    out: dict[int, int] = {}
    for s in range(segs):
        if starts[s] > ends[s]:
            continue
        for code in range(starts[s], ends[s] + 1):
            if code == 0xFFFF:
                break
            if ranges[s] == 0:
                gid = (code + deltas[s]) & 0xFFFF
            else:
                at = ranges_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                gid = struct.unpack_from(">H", cmap, at)[0]
                if gid:
                    gid = (gid + deltas[s]) & 0xFFFF
            if gid:
                out[code] = gid
            if len(out) >= MAX_CMAP_CODES:
                return out
    return out


# --- Type 1 -------------------------------------------------------------------------------------

_EEXEC = re.compile(rb"eexec\s*")
_GLYPH_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+\d+\s+(?:RD|-\|)\s")


def _decrypt(data: bytes, key: int = 55665) -> bytes:
    out = bytearray(len(data))
    for n, byte in enumerate(data):
        out[n] = byte ^ (key >> 8)
        key = ((byte + key) * 52845 + 22719) & 0xFFFF
    return bytes(out[4:])


def _type1(data: bytes) -> FontProgram | None:
    match = _EEXEC.search(data)
    if match is None:
        return None
    body = data[match.end() :]
    if re.fullmatch(rb"[0-9A-Fa-f\s]{8,}", body[:64]):  # hex form of the encrypted part
        text = re.sub(rb"[^0-9A-Fa-f]", b"", body)
        body = bytes.fromhex(text[: len(text) // 2 * 2].decode("ascii"))
    plain = _decrypt(body)
    start = plain.find(b"/CharStrings")
    if start < 0:
        return None
    names = set()
    pos = start
    # Each glyph is "/name length RD <length bytes> ND": skip the binary bytes.
    while len(names) < MAX_GLYPHS:
        found = _GLYPH_NAME.search(plain, pos)
        if found is None:
            break
        length = int(plain[found.start() : found.end()].split()[1])
        names.add(found.group(1).decode("latin-1"))
        pos = found.end() + length
    if not names:
        return None
    count = len(names)
    names.discard(".notdef")
    return FontProgram("type1", count, names=frozenset(names))
