"""Helpers shared by the Word and PowerPoint loaders: namespaces, colours, alt text.

Colours come out as "RRGGBB" strings. DrawingML colours (`a:srgbClr`,
`a:schemeClr`, `a:sysClr`, `a:prstClr`) are resolved through the theme's
colour scheme (`a:clrScheme` in theme1.xml) and their `lumMod`/`lumOff`/
`tint`/`shade` modifiers; Word's `w:themeColor` with `w:themeTint`/
`w:themeShade` likewise. Tint and shade follow the usual simple formulas
(towards white and black); Office works in a slightly different colour
space, so a resolved theme colour can be a few units off.
"""

from __future__ import annotations

import colorsys
import re
import zipfile
from pathlib import Path
from typing import Any

from accessicheck.loaders import LoaderError

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
ADEC = "http://schemas.microsoft.com/office/drawing/2017/decorative"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def a(tag: str) -> str:
    return f"{{{A}}}{tag}"


# --- opening a package safely -------------------------------------------------------------

MAX_UNCOMPRESSED = 500_000_000
MAX_XML_PART = 50_000_000
#: All the XML parts together, counted as they are unpacked: the XML is what
#: the Word and PowerPoint libraries hold in memory as trees.
MAX_XML_TOTAL = 60_000_000
MAX_RATIO = 100
RATIO_MIN_SIZE = 10_000_000
MAX_ENTRIES = 20_000
_CHUNK = 1 << 20


def check_zip(path: Path, noun: str, resave: str) -> None:
    """Refuse damaged, encrypted and zip-bomb packages before a library parses them.

    `noun` names the file in messages ("PowerPoint file"); `resave` says how
    to save it again ("Open it in PowerPoint and save it again").
    """
    damaged = f"The {noun} is damaged, so we could not read it."
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise LoaderError(
            "AC901", damaged, f"{resave}, then check the new copy.", detail=f"{exc}"
        ) from None
    if any(info.flag_bits & 0x1 for info in infos):
        raise LoaderError(
            "AC902",
            f"The {noun} is protected with a password, so we could not read it.",
            "Save a copy without a password and check that copy.",
        )
    total = sum(info.file_size for info in infos)
    bomb = any(
        info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    huge_xml = any(
        info.file_size > MAX_XML_PART for info in infos if info.filename.endswith((".xml", ".rels"))
    )
    too_large = LoaderError(
        "AC905",
        f"The {noun} is too large to check: it unpacks to far more data than usual.",
        f"{resave} with pictures compressed, or split it into smaller files.",
        detail=f"{len(infos)} entries, {total} bytes uncompressed, bomb={bomb}",
    )
    if len(infos) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or bomb or huge_xml:
        raise too_large
    # The sizes above are what the package says about itself. Unpack it once,
    # a piece at a time, and count what really comes out.
    try:
        _count_unpacked(path, infos)
    except _TooLarge:
        raise too_large from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise LoaderError(
            "AC901", damaged, f"{resave}, then check the new copy.", detail=f"{exc}"
        ) from None


class _TooLarge(Exception):
    pass


def _count_unpacked(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Unpack every part in pieces, stopping as soon as a limit is passed."""
    total = xml_total = 0
    with zipfile.ZipFile(path) as zf:
        for info in infos:
            if info.is_dir():
                continue
            xml = info.filename.endswith((".xml", ".rels"))
            part = 0
            with zf.open(info) as member:
                while chunk := member.read(_CHUNK):
                    part += len(chunk)
                    total += len(chunk)
                    if xml:
                        xml_total += len(chunk)
                    if (
                        total > MAX_UNCOMPRESSED
                        or xml_total > MAX_XML_TOTAL
                        or (xml and part > MAX_XML_PART)
                    ):
                        raise _TooLarge


# --- colours -------------------------------------------------------------------------------

_HEX = re.compile(r"^[0-9A-Fa-f]{6}$")

#: Word's highlight colour names (w:highlight/@w:val).
HIGHLIGHTS = {
    "black": "000000",
    "blue": "0000FF",
    "cyan": "00FFFF",
    "green": "00FF00",
    "magenta": "FF00FF",
    "red": "FF0000",
    "yellow": "FFFF00",
    "white": "FFFFFF",
    "darkBlue": "000080",
    "darkCyan": "008080",
    "darkGreen": "008000",
    "darkMagenta": "800080",
    "darkRed": "800000",
    "darkYellow": "808000",
    "darkGray": "808080",
    "lightGray": "C0C0C0",
}

#: A few DrawingML preset colour names (a:prstClr); unknown names give None.
_PRESETS = {"black": "000000", "white": "FFFFFF", "red": "FF0000", "green": "008000",
            "blue": "0000FF", "yellow": "FFFF00", "gray": "808080", "grey": "808080"}  # fmt: skip

#: Word's w:themeColor names -> theme colour-scheme slots.
WORD_THEME_NAMES = {
    "dark1": "dk1", "light1": "lt1", "dark2": "dk2", "light2": "lt2",
    "text1": "dk1", "background1": "lt1", "text2": "dk2", "background2": "lt2",
    "accent1": "accent1", "accent2": "accent2", "accent3": "accent3",
    "accent4": "accent4", "accent5": "accent5", "accent6": "accent6",
    "hyperlink": "hlink", "followedHyperlink": "folHlink",
}  # fmt: skip

#: The usual colour map (p:clrMap) when a master gives none.
DEFAULT_COLOUR_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}


def hex_colour(value: str | None) -> str | None:
    """ "RRGGBB" upper-case, or None for anything that is not a hex colour ("auto")."""
    if value and _HEX.match(value):
        return value.upper()
    return None


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(r: float, g: float, b: float) -> str:
    return "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in (r, g, b))


def mix(colour: str, other: str, share: float) -> str:
    """`share` of `colour` over (1 - share) of `other`."""
    c, o = _rgb(colour), _rgb(other)
    return _hex(*(share * x + (1 - share) * y for x, y in zip(c, o, strict=True)))


def tint(colour: str, amount: float) -> str:
    """Keep `amount` (0-1) of the colour and lighten the rest towards white."""
    return mix(colour, "FFFFFF", amount)


def shade(colour: str, amount: float) -> str:
    """Keep `amount` (0-1) of the colour and darken the rest towards black."""
    return mix(colour, "000000", amount)


def luminance_mod(colour: str, mod: float, off: float) -> str:
    """DrawingML lumMod/lumOff: scale then shift the HSL lightness."""
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    lightness = max(0.0, min(1.0, lightness * mod + off))
    return _hex(*colorsys.hls_to_rgb(h, lightness, s))


def theme_colours(theme: Any | None) -> dict[str, str]:
    """Slot name ("dk1", "accent1" ...) -> "RRGGBB" from a theme part's a:clrScheme."""
    out: dict[str, str] = {}
    if theme is None:
        return out
    scheme = theme.find(f".//{a('clrScheme')}")
    if scheme is None:
        return out
    for slot in scheme:
        if not isinstance(slot.tag, str):
            continue
        name = slot.tag.rsplit("}", 1)[-1]
        for child in slot:
            value = _base_colour(child, {}, {})
            if value:
                out[name] = value
                break
    return out


def drawing_colour(
    element: Any | None, theme: dict[str, str], colour_map: dict[str, str] | None = None
) -> str | None:
    """The colour of a DrawingML colour element (a:srgbClr, a:schemeClr ...), or None."""
    if element is None:
        return None
    base = _base_colour(element, theme, colour_map or DEFAULT_COLOUR_MAP)
    if base is None:
        return None
    mod, off = 1.0, 0.0
    for child in element:
        name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        try:
            amount = int(child.get("val", "100000")) / 100_000
        except ValueError:
            continue
        if name == "lumMod":
            mod = amount
        elif name == "lumOff":
            off = amount
        elif name == "tint":
            base = tint(base, amount)
        elif name == "shade":
            base = shade(base, amount)
    return luminance_mod(base, mod, off) if (mod, off) != (1.0, 0.0) else base


def _base_colour(element: Any, theme: dict[str, str], colour_map: dict[str, str]) -> str | None:
    tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
    if tag == "srgbClr":
        return hex_colour(element.get("val"))
    if tag == "sysClr":
        return hex_colour(element.get("lastClr")) or (
            "000000" if element.get("val") == "windowText" else "FFFFFF"
        )
    if tag == "schemeClr":
        name = element.get("val", "")
        return theme.get(colour_map.get(name, name))
    if tag == "prstClr":
        return _PRESETS.get(element.get("val", ""))
    if tag == "scrgbClr":
        try:
            parts = [int(element.get(k, "0")) / 100_000 for k in ("r", "g", "b")]
        except ValueError:
            return None
        return _hex(*(c ** (1 / 2.2) for c in parts))
    return None


def solid_fill(sp_pr: Any | None, theme: dict[str, str], colour_map: dict[str, str]) -> str | None:
    """What a shape-properties element says about its fill.

    "RRGGBB" for a solid fill, "none" for a:noFill, "unknown" for a
    gradient, picture or pattern fill, None when it sets no fill.
    """
    if sp_pr is None:
        return None
    if sp_pr.find(a("noFill")) is not None:
        return "none"
    solid = sp_pr.find(a("solidFill"))
    if solid is not None:
        for child in solid:
            value = drawing_colour(child, theme, colour_map)
            if value:
                return value
        return "unknown"
    if any(sp_pr.find(a(t)) is not None for t in ("gradFill", "blipFill", "pattFill", "grpFill")):
        return "unknown"
    return None


# --- alt text ---------------------------------------------------------------------------------


def is_decorative(c_nv_pr: Any | None) -> bool:
    """True when a non-visual properties element (wp:docPr, p:cNvPr) is marked decorative."""
    if c_nv_pr is None:
        return False
    for mark in c_nv_pr.iter(f"{{{ADEC}}}decorative"):
        if mark.get("val", "1").lower() in ("1", "true", "on"):
            return True
    return False


def optional_text(value: str | None) -> str | None:
    """Attribute text with surrounding space removed; None stays None."""
    return value.strip() if value is not None else None


def in_fallback(element: Any) -> bool:
    """True inside mc:Fallback: the same content as the mc:Choice before it, in an older form."""
    parent = element.getparent()
    while parent is not None:
        if parent.tag == f"{{{MC}}}Fallback":
            return True
        parent = parent.getparent()
    return False
