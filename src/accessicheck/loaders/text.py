"""Plain text files: decode them, then split them into paragraphs.

Decoding order: a byte-order mark (UTF-8, UTF-16, UTF-32), then UTF-16
without a BOM when the NUL bytes say so, then strict UTF-8, then Windows-1252 (what
Word's "Save as plain text" and most UK office PCs write: 0x93/0x94 are
curly quotes, 0x96 an en dash, 0xA3 a pound sign). Only when Windows-1252
cannot decode the bytes do we ask charset-normalizer, and Latin-1 is the
last resort because it never fails.

Structure, kept deliberately simple:

- paragraphs are separated by blank lines (or form feeds); the lines inside a
  paragraph are joined with spaces; `Location.line` is the paragraph's first line;
- a paragraph whose every line starts like a list item ("- ", "* ", "• ",
  "1. ", "1) ", "a) ", "(a) ") becomes one LIST_ITEM block per line (level 1),
  without the bullet or number (as in the other formats);
- a paragraph with no letters or digits ("-----", "* * *") is dropped;
- a short line (at most 8 words, no final punctuation) underlined with ===
  or --- is a heading (level 1 for ===, 2 for ---), as in setext Markdown.
"""

from __future__ import annotations

import re
from pathlib import Path

from accessicheck.bounds import too_much_text
from accessicheck.loaders import Draft, LoaderError, number_blocks
from accessicheck.loaders.detect import utf16_without_bom
from accessicheck.model import BlockKind, Document, DocumentMeta

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # must be tested before UTF-16-LE
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_LIST_ITEM = re.compile(r"^\s*(?:[-*•▪◦‣–]|\d{1,3}[.)]|\(?[a-zA-Z]\))\s+\S")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_FINAL_PUNCTUATION = ".,;:!?"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode `data` and return (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding.replace("-sig", ""), errors="replace"), encoding
    # Before UTF-8: ASCII text in UTF-16 is also valid UTF-8, full of NULs.
    utf16 = utf16_without_bom(data[:65536])
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess
    return data.decode("latin-1"), "latin-1"


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError):
        return None


#: The most of a text or Markdown file we read (a few times the text we keep).
MAX_TEXT_BYTES = 4_000_000


def read_text(path: Path) -> tuple[str, str]:
    """Read and decode a text file, with line endings normalised to "\\n"."""
    text, encoding, _ = read_capped(path, None)
    return text, encoding


def read_capped(path: Path, max_bytes: int | None = MAX_TEXT_BYTES) -> tuple[str, str, bool]:
    """(text, encoding, cut): as `read_text`, reading at most `max_bytes`.

    When the file is longer, it is cut after the last line break within
    `max_bytes`, and `cut` is True.
    """
    with path.open("rb") as f:
        data = f.read() if max_bytes is None else f.read(max_bytes + 1)
    cut = max_bytes is not None and len(data) > max_bytes
    if cut:
        data = data[:max_bytes]
        newline = data.rfind(b"\n")
        data = data[: newline + 1] if newline > 0 else data
    text, encoding = decode_bytes(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip("\f"), encoding, cut


def load(path: Path) -> Document:
    text, encoding, cut = read_capped(path)
    if not text.strip():
        raise LoaderError(
            "AC906",
            "The file has no text in it.",
            "Check you picked the right file, or save it again with its text.",
        )
    doc = Document(path=str(path), format="text", meta=DocumentMeta())
    doc.meta.extra["encoding"] = encoding
    doc.blocks = number_blocks(str(path), paragraphs(text))
    if cut:
        doc.problems.append(too_much_text(len(text)))
    return doc


def paragraphs(text: str) -> list[Draft]:
    """Split normalised text into drafts (see the module docstring)."""
    drafts: list[Draft] = []
    group: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        # A form feed (page break) ends a paragraph but is not a line of its own.
        for index, segment in enumerate(line.split("\f")):
            if (index or not segment.strip()) and group:
                drafts.extend(_group_to_drafts(group))
                group = []
            if segment.strip():
                group.append((number, segment))
    if group:
        drafts.extend(_group_to_drafts(group))
    return drafts


def _group_to_drafts(group: list[tuple[int, str]]) -> list[Draft]:
    """Turn one run of non-blank lines into drafts."""
    drafts: list[Draft] = []
    start = 0
    # A setext heading can sit directly on top of its paragraph, so find every
    # "title line + underline" pair in the group, not just at the start.
    i = 0
    while i < len(group) - 1:
        (title_no, title), (_, under) = group[i], group[i + 1]
        mark = _UNDERLINE.match(under)
        if mark and _is_heading_text(title):
            drafts.extend(_body_drafts(group[start:i]))
            level = 1 if mark.group(1).startswith("=") else 2
            drafts.append(Draft(BlockKind.HEADING, _squash(title), level=level, line=title_no))
            i += 2
            start = i
        else:
            i += 1
    drafts.extend(_body_drafts(group[start:]))
    return drafts


def _body_drafts(group: list[tuple[int, str]]) -> list[Draft]:
    if not any(ch.isalnum() for _, line in group for ch in line):
        return []  # rules such as "-----" or "* * *" are decoration, not text
    if all(_LIST_ITEM.match(line) for _, line in group):
        return [
            Draft(BlockKind.LIST_ITEM, _without_marker(line), level=1, line=number)
            for number, line in group
        ]
    joined = _squash(" ".join(line for _, line in group))
    return [Draft(BlockKind.PARAGRAPH, joined, line=group[0][0])]


def _is_heading_text(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 8 and line.rstrip()[-1] not in _FINAL_PUNCTUATION


def _without_marker(line: str) -> str:
    match = _LIST_ITEM.match(line)
    return _squash(line[match.end() - 1 :]) if match else _squash(line)


def _squash(text: str) -> str:
    return " ".join(text.split())
