"""Plain text files: decode them, then split them into paragraphs.

Decoding order: a byte-order mark (UTF-8, UTF-16, UTF-32), then UTF-16
without a BOM when the NUL bytes say so, then strict UTF-8, then Windows-1252 (what
Word's "Save as plain text" and most UK office PCs write: 0x93/0x94 are
curly quotes, 0x96 an en dash, 0xA3 a pound sign). Only when Windows-1252
cannot decode the bytes do we ask charset-normalizer, and Latin-1 is the
last resort because it never fails.

Structure: a run of non-blank lines is one paragraph when it is prose
wrapped to a width, and one block a line when its lines carry meaning of
their own (an agenda written one field a line, a table laid out with spaces).
Between two lines of a run we keep the break when:

- the next line starts like a list item ("- ", "* ", "• ", "1. ", "1) ",
  "a) ", "(a) "), with a time ("10:30 Welcome", "1230"), with a label
  ("Venue: …", "Date: …"), or is an item number alone ("3.") or glued to its
  title ("4Minutes");
- either line is a rule with no letters or digits ("_____");
- either line is laid out in columns (a run of three or more spaces inside it);
- the line is short (well under the width of the run's longest line, or under
  40 characters) and the next line does not start in lower case (a lower-case
  start continues the sentence: "First line / same paragraph").

Otherwise the lines are joined with spaces (a wrapped paragraph). A label alone
("Date:") joins the line after it. Each block starting like a list item becomes
a LIST_ITEM (level 1) without its bullet or number, as in the other formats
(the bullet or number is kept in its style as "marker": "1.", "•");
`Location.line` is the block's first line. A block with no letters or digits
("-----", "* * *") is dropped; a short line (at most 8 words, no final
punctuation) underlined with === or --- is a heading (level 1 for ===, 2 for
---), as in setext Markdown.
"""

from __future__ import annotations

import re
from pathlib import Path

from accessicheck.core.bounds import DEFAULT_FILE_SECONDS, Clock, too_much_text, too_slow
from accessicheck.core.facts import TextFacts
from accessicheck.core.model import BlockKind, Document, DocumentMeta
from accessicheck.loaders import Draft, LoaderError, join_lines, number_blocks
from accessicheck.loaders.detect import utf16_without_bom

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # must be tested before UTF-16-LE
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_LIST_ITEM = re.compile(r"^\s*(?:[-*•▪◦‣–]|\d{1,3}[.)]|\(?[a-zA-Z]\))\s+\S")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
#: A line that starts a field of its own: a time ("10:30", "1.30pm", "1230") or a label.
STARTS_FIELD = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\b|\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?:\s?hrs\b|\s+(?=[A-Z])|$)"
    r"|[A-Z][\w’'/&() -]{0,30}:(?:\s|$))"
)
_NUMBER_ALONE = re.compile(r"^(?:item\s+)?\d{1,3}[a-z]?[.):]?$", re.IGNORECASE)
#: "4Minutes": an item number a web page glued to its title.
_NUMBER_GLUED = re.compile(r"^\d{1,3}[A-Z][a-z]")
_LABEL_ALONE = re.compile(r"^[A-Z][\w’'/&() -]{0,30}:-?$")
_COLUMNS = re.compile(r"\S {3,}\S|\S\t+\S")
#: A line shorter than this (or than this share of the run's widest line) is not wrapped prose.
_SHORT_LINE = 40
_WRAP_SHARE = 0.6
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


#: Lines read between two looks at the clock.
_LINES_PER_LOOK = 500


def load(path: Path, *, time_budget: float = DEFAULT_FILE_SECONDS) -> Document:
    clock = Clock(time_budget)
    text, encoding, cut = read_capped(path)
    if not text.strip():
        raise LoaderError(
            "AC906",
            "The file has no text in it.",
            "Check you picked the right file, or save it again with its text.",
        )
    doc = Document(path=str(path), format="text", meta=DocumentMeta(facts=TextFacts(encoding)))
    lines = text.split("\n")
    drafts, read = paragraphs_within(lines, clock)
    doc.blocks = number_blocks(str(path), drafts, lines)
    if cut:
        doc.problems.append(too_much_text(len(text)))
    if read < len(lines):
        total = text.count("\n") + (not text.endswith("\n"))
        doc.problems.append(too_slow(time_budget, f"{read:,} of {total:,} lines"))
    return doc


def paragraphs(text: str) -> list[Draft]:
    """Split normalised text into drafts (see the module docstring)."""
    return paragraphs_within(text.split("\n"), None)[0]


def paragraphs_within(lines: list[str], clock: Clock | None) -> tuple[list[Draft], int]:
    """(drafts, lines read): the lines' drafts, stopping when `clock` runs out.

    When it runs out, the paragraph being read is left out, and "lines read"
    counts the lines up to the end of the last paragraph kept.
    """
    drafts: list[Draft] = []
    group: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        if clock is not None and number % _LINES_PER_LOOK == 0 and clock.over():
            done = group[0][0] - 1 if group else number - 1
            return drafts, done
        # A form feed (page break) ends a paragraph but is not a line of its own.
        for index, segment in enumerate(line.split("\f")):
            if (index or not segment.strip()) and group:
                drafts.extend(_group_to_drafts(group))
                group = []
            if segment.strip():
                group.append((number, segment))
    if group:
        drafts.extend(_group_to_drafts(group))
    return drafts, len(lines)


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
    drafts: list[Draft] = []
    for unit in _units(group):
        if not any(ch.isalnum() for _, line in unit for ch in line):
            continue  # rules such as "-----" or "* * *" are decoration, not text
        first_no, first = unit[0]
        if _LIST_ITEM.match(first):
            marker = first.split(None, 1)[0]
            text, lines = join_lines([(first_no, _without_marker(first)), *unit[1:]])
            drafts.append(
                Draft(
                    BlockKind.LIST_ITEM,
                    text,
                    level=1,
                    line=first_no,
                    style={"marker": marker},
                    lines=lines,
                )
            )
        else:
            text, lines = join_lines(unit)
            drafts.append(Draft(BlockKind.PARAGRAPH, text, line=first_no, lines=lines))
    return drafts


def _units(group: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Cut a run of lines where a line break carries meaning (see the module docstring)."""
    if not group:
        return []
    widest = max(len(line.strip()) for _, line in group)
    short = max(_SHORT_LINE, round(_WRAP_SHARE * widest))
    units: list[list[tuple[int, str]]] = [[group[0]]]
    for (_, before), (number, line) in zip(group, group[1:], strict=False):
        if _keeps_break(before, line, short):
            units.append([(number, line)])
        else:
            units[-1].append((number, line))
    return units


def _keeps_break(before: str, line: str, short: int) -> bool:
    head, tail = before.strip(), line.strip()
    if not any(ch.isalnum() for ch in head + " " + tail[:1]) or not any(
        ch.isalnum() for ch in tail
    ):
        return True  # a rule of "____" or "-----" stands apart from the text
    if _LIST_ITEM.match(line) or STARTS_FIELD.match(tail) or _NUMBER_ALONE.match(tail):
        return True
    if _NUMBER_GLUED.match(tail):
        return True
    if _COLUMNS.search(head) or _COLUMNS.search(tail):
        return True
    if _LABEL_ALONE.match(head):
        return False  # "Date:" then the date on the next line
    if _NUMBER_ALONE.match(head):
        return True  # "3." then the item's title
    return len(head) < short and not tail[:1].islower()


def _is_heading_text(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 8 and line.rstrip()[-1] not in _FINAL_PUNCTUATION


def _without_marker(line: str) -> str:
    match = _LIST_ITEM.match(line)
    return _squash(line[match.end() - 1 :]) if match else _squash(line)


def _squash(text: str) -> str:
    return " ".join(text.split())
