"""Markdown files, parsed with markdown-it-py (CommonMark plus tables).

What becomes a block, in source order:

- headings (level from the number of #, or 1/2 for setext underlines);
- paragraphs, including paragraphs inside block quotes;
- list items, one block per item holding the text of the item's own
  paragraphs; a nested list's items are their own blocks, one level deeper
  (top level = 1) and placed after their parent item;
- table cells (TABLE_CELL), with style {"table", "row", "column", "header"}
  as for Word tables (1-based numbers; the header row is row 1).

What is left out: code blocks and fences, inline code (removed from the text,
because code is not prose to judge for plain English), raw HTML blocks and
inline HTML (including comments), and YAML front matter at the very top.

Inline markup is dropped and links keep their link text; each link is also
listed in `meta.facts.links` as a `Link` (text, url, line): a joining link
behind "Join the meeting" is still found. Images are left out of the text
but listed in `meta.facts.images` as an `Image` (alt, src, line) for the
alt-text checks. `Location.line` is the 1-based source line where the
block starts.

Bounds: at most `MAX_SOURCE_CHARS` of the source is parsed, and tables wider
than `MAX_TABLE_COLUMNS` are read as plain text (AC907 for each). Reading
stops when the file's `time_budget` runs out (AC908), keeping the blocks
before the one being read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accessicheck.core.bounds import (
    DEFAULT_FILE_SECONDS,
    Clock,
    take_within,
    too_much_text,
    too_slow,
)
from accessicheck.core.facts import Image, MarkdownFacts
from accessicheck.core.model import BlockKind, Document, DocumentMeta, LoadProblem
from accessicheck.core.structure import Link
from accessicheck.loaders import Draft, LoaderError, join_lines, number_blocks
from accessicheck.loaders.text import read_capped

#: The most Markdown source we parse, in bytes: the parser's time and memory grow fast on
#: some odd inputs (thousands of unclosed "*"), so it never sees more than this.
MAX_SOURCE_CHARS = 500_000
#: Wider tables are read as plain text: every row of a table is padded to the
#: width of its header, so a very wide header costs memory for every row.
MAX_TABLE_COLUMNS = 200

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)\s*$")
_SPACES = re.compile(r"\s+")


@dataclass
class _Item:
    """A list item being collected: its texts arrive as its paragraphs close."""

    index: int  # where its draft goes in the output
    level: int
    line: int | None
    texts: list[tuple[int | None, str]] = field(default_factory=list)


def load(path: Path, *, time_budget: float = DEFAULT_FILE_SECONDS) -> Document:
    from markdown_it import MarkdownIt

    clock = Clock(time_budget)
    source, encoding, cut = read_capped(path, MAX_SOURCE_CHARS)
    problems: list[LoadProblem] = []
    if cut:
        problems.append(too_much_text(len(source)))
    source = blank_front_matter(source)
    if not source.strip():
        raise LoaderError(
            "AC906",
            "The file has no text in it.",
            "Check you picked the right file, or save it again with its text.",
        )
    parser = MarkdownIt("commonmark")
    if _widest_row(source) <= MAX_TABLE_COLUMNS:
        parser.enable("table")
    else:
        problems.append(_table_too_wide())
    timed = _TimedInline(clock)
    parser.core.ruler.at("inline", timed)
    images: list[Image] = []
    links: list[Link] = []
    tokens = parser.parse(source)
    walked = list(take_within(tokens, clock))
    drafts = _drafts(walked, images, links)
    if len(walked) < len(tokens):  # stopped while turning the blocks into text
        read = max((t.map[1] for t in walked if t.map), default=0)
    else:  # stopped while reading the blocks' emphasis and links, or not at all
        read = None if timed.stopped_at is None else timed.stopped_at - 1
    if read is not None:
        lines = source.count("\n") + (not source.endswith("\n"))
        problems.append(too_slow(clock.seconds, f"{read:,} of {lines:,} lines"))

    facts = MarkdownFacts(encoding, links=tuple(links), images=tuple(images))
    doc = Document(
        path=str(path), format="markdown", meta=DocumentMeta(facts=facts), problems=problems
    )
    doc.blocks = number_blocks(str(path), drafts, _without_marks(source))
    return doc


class _TimedInline:
    """markdown-it's "inline" step (emphasis, links, code in each block), within a clock.

    When the clock runs out, the block being read and everything after it are
    dropped from the token stream; `stopped_at` is that block's first line.
    """

    #: Blocks parsed between two looks at the clock.
    EVERY = 20

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.stopped_at: int | None = None

    def __call__(self, state: Any) -> None:
        seen = 0
        for i, token in enumerate(state.tokens):
            if token.type != "inline":
                continue
            seen += 1
            if seen % self.EVERY == 0 and self.clock.over():
                self.stopped_at = _line(token) or 1
                del state.tokens[i:]
                return
            if token.children is None:
                token.children = []
            state.md.inline.parse(token.content, state.md, state.env, token.children)


def _widest_row(source: str) -> int:
    """The most "|" characters on one line (a table's column count, give or take one)."""
    if source.count("|") <= MAX_TABLE_COLUMNS:
        return 0
    return max(line.count("|") for line in source.split("\n"))


def _table_too_wide() -> LoadProblem:
    return LoadProblem(
        "AC907",
        f"A table has more than {MAX_TABLE_COLUMNS} columns, which is far more than anyone can "
        "read, so we read the tables in this file as plain text.",
        "Split the table into smaller tables, or put the data in a spreadsheet.",
    )


def blank_front_matter(source: str) -> str:
    """Replace a leading "--- ... ---" YAML block with blank lines.

    Blank lines rather than removal, so every later line keeps its number.
    """
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        return source
    for end in range(1, len(lines)):
        if _FRONT_MATTER_END.match(lines[end]):
            return "\n" * end + "\n" + "\n".join(lines[end + 1 :])
    return source  # no closing fence: it was a thematic break, not front matter


def _drafts(tokens: list[Any], images: list[Image], links: list[Link]) -> list[Draft]:
    walker = _Walker(images, links)
    for token in tokens:
        walker.visit(token)
    return [d for d in walker.out if d is not None and d.text]


class _Walker:
    """Turns markdown-it's flat token stream into drafts, tracking nesting."""

    def __init__(self, images: list[Image], links: list[Link]) -> None:
        self.images = images
        self.links = links
        self.out: list[Draft | None] = []  # None: a list item waiting for its text
        self.items: list[_Item] = []  # open list items, innermost last
        self.list_depth = 0
        # The open containers, innermost last: a paragraph belongs to a list
        # item only when the item is its nearest container (not a quote in it).
        self.containers: list[str] = []
        self.heading_level: int | None = None
        self.tables = 0
        self.row = 0
        self.column = 0
        self.cell: dict[str, Any] | None = None  # style of the open table cell

    def visit(self, token: Any) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.list_depth += 1
            if self.items:
                _flush(self.items[-1], self.out)  # the parent item goes before its children
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
        elif kind == "list_item_open":
            self.items.append(_Item(len(self.out), self.list_depth, _line(token)))
            self.out.append(None)
            self.containers.append("item")
        elif kind == "list_item_close":
            _flush(self.items.pop(), self.out)
            self.containers.pop()
        elif kind == "blockquote_open":
            self.containers.append("quote")
        elif kind == "blockquote_close":
            self.containers.pop()
        elif kind == "heading_open":
            self.heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            self.heading_level = None
        elif kind == "table_open":
            self.tables += 1
            self.row = 0
        elif kind == "tr_open":
            self.row += 1
            self.column = 0
        elif kind in ("th_open", "td_open"):
            self.column += 1
            self.cell = {
                "table": self.tables,
                "row": self.row,
                "column": self.column,
                "header": kind == "th_open",
            }
        elif kind in ("th_close", "td_close"):
            self.cell = None
        elif kind == "inline":
            self.inline(token)
        # fence, code_block, html_block, hr: nothing to read

    def inline(self, token: Any) -> None:
        pieces = _inline_pieces(token, self.images, self.links)
        text, lines = join_lines(pieces)
        line = _line(token)
        if self.heading_level is not None:
            self.out.append(Draft(BlockKind.HEADING, text, level=self.heading_level, line=line))
        elif self.cell is not None:
            self.out.append(Draft(BlockKind.TABLE_CELL, text, line=line, style=self.cell))
        elif self.containers and self.containers[-1] == "item":
            item = self.items[-1]
            if text:
                if not item.texts and self.out[item.index] is not None:
                    item.line = line  # continuation text after a nested list
                item.texts.extend(pieces)
        else:
            self.out.append(Draft(BlockKind.PARAGRAPH, text, line=line, lines=lines))


def _flush(item: _Item, out: list[Draft | None]) -> None:
    """Write an item's collected text into its placeholder.

    Text that comes after a nested list (a loose list item) cannot go back
    into the placeholder without breaking the order, so it becomes another
    block for the same item, after the nested items.
    """
    if not item.texts:
        return
    text, lines = join_lines(item.texts)
    draft = Draft(BlockKind.LIST_ITEM, text, level=item.level, line=item.line, lines=lines)
    if out[item.index] is None:
        out[item.index] = draft
    else:
        out.append(draft)
    item.texts = []


#: What Markdown shows none of in the text: code in backticks, pictures, link
#: addresses and HTML tags.
_NOT_TEXT = re.compile(
    # Each part stops at the next mark of its kind, so a line full of unclosed
    # marks is still read in one pass.
    r"``[^`]*+``|`[^`]*+`"
    r"|!\[[^\]]*+\]\([^)\]]*+\)"
    r"|\]\([^)\]]*+\)"
    r"|</?[A-Za-z][A-Za-z0-9-]*+(?:\s[^<>]*+)?/?>"
)


def _without_marks(source: str) -> list[str]:
    """The source lines with what never reaches the text blanked out (same lengths),
    so the text can be matched to its columns (`loaders.source_columns`)."""
    return [
        _NOT_TEXT.sub(lambda m: "\0" * len(m.group(0)), line)
        if "`" in line or "](" in line or "<" in line
        else line
        for line in source.split("\n")
    ]


def _line(token: Any) -> int | None:
    return token.map[0] + 1 if token.map else None


def _inline_pieces(
    token: Any, images: list[Image], links: list[Link]
) -> list[tuple[int | None, str]]:
    """The inline text, one (source line, text) piece per line it spans."""
    parts: list[str] = []
    link: tuple[int, str] | None = None  # where the open link's text starts, and its address
    for child in token.children or ():
        kind = child.type
        if kind == "link_open":
            link = (len(parts), str(child.attrs.get("href", "")))
        elif kind == "link_close" and link is not None:
            text = _SPACES.sub(" ", "".join(parts[link[0] :])).strip()
            links.append(Link(text, link[1], line=_line(token)))
            link = None
        elif kind == "text":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "image":
            images.append(Image(child.content, str(child.attrs.get("src", "")), _line(token)))
        # code_inline, html_inline and markup tokens (em, strong, link) add nothing
    first = _line(token)
    return [
        (None if first is None else first + k, piece)
        for k, piece in enumerate("".join(parts).split("\n"))
    ]
