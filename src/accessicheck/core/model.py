"""The core values every part of accessicheck shares.

Loaders make `Document`s of `Block`s; rules make `Finding`s. All of them are
plain data: frozen where they are results, so a reporter can never change what
a rule found.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facts import Facts

EMPTY: Mapping[str, Any] = MappingProxyType({})


class Severity(str, Enum):
    """How much a finding matters. Ordered: note < warning < error.

    The lowest level is called "note" everywhere users see it (reports, JSON,
    --fail-on). "info", its old name, is still accepted when reading a level
    (Severity("info") is Severity.NOTE), and Severity.INFO is the same member.
    """

    NOTE = "note"
    WARNING = "warning"
    ERROR = "error"
    INFO = "note"  # an alias of NOTE, for code written before the rename

    @classmethod
    def _missing_(cls, value: object) -> Severity | None:
        if isinstance(value, str):
            word = value.strip().lower()
            if word == "info":
                return cls.NOTE
            if word != value:
                return cls.__members__.get(word.upper())
        return None

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __ge__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __lt__(self, other: object) -> bool:  # type: ignore[override]
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class BlockKind(str, Enum):
    """What a piece of text is, in the reading order of its document."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    TABLE_CELL = "table-cell"
    CAPTION = "caption"
    NOTE = "note"
    HEADER = "header"
    FOOTER = "footer"
    TEXT_BOX = "text-box"


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is: the file, then as much detail as the format gives.

    `page` is the page (PDF) or slide (PowerPoint), counting from 1.
    `paragraph` is the block's number in reading order, counting from 1.
    `line` is the line in the source file, for text formats, and `column` the
    column in that line (counting characters from 1) where the text starts.
    `end_line` and `end_column` say where it ends: the column just after its
    last character, as SARIF counts (known only when `column` is).
    `heading` is the text of the nearest heading above.
    `start` and `end` are character offsets into the block's text.
    """

    path: str
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    heading: str | None = None
    start: int | None = None
    end: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None

    def describe(self) -> str:
        """A short, plain description such as "page 3, paragraph 12".

        The source line, when there is one, says more than the paragraph
        number, so it is shown instead.
        """
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        elif self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        return ", ".join(parts) if parts else "whole document"


@dataclass(frozen=True)
class Block:
    """One piece of text in reading order: a heading, paragraph, list item…

    `level` is the heading level (1 = top) or list nesting level (1 = top).
    `style` holds facts the document-structure checks need (style name, font
    size, bold …); it is empty for plain text formats.
    `lines` maps the text back to its source lines when a block was joined
    from several (a wrapped paragraph in Markdown or plain text): pairs of
    (offset in `text`, line number), in order; empty when the block is one line.
    `columns` maps the text to columns of those lines (see
    `loaders.source_columns`); empty when they are not known.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None
    style: Mapping[str, Any] = field(default_factory=lambda: EMPTY, compare=False)
    lines: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    columns: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    def line_at(self, offset: int) -> int | None:
        """The source line that holds character `offset` of the text."""
        line = self.location.line
        for start, number in self.lines:
            if start > offset:
                break
            line = number
        return line

    def column_at(self, offset: int) -> int | None:
        """The column of the source line where character `offset` of the text sits."""
        found = None
        for start, column in self.columns:
            if start > offset:
                break
            found = (start, column)
        if found is None or found[1] == 0:
            return None
        return found[1] + offset - found[0]

    @property
    def heading(self) -> str | None:
        return self.location.heading


@dataclass(frozen=True)
class LoadProblem:
    """Something that stopped a loader reading all or part of a file.

    `code` is an AC9xx rule code; `what_to_do` is a plain-English next step.
    """

    code: str
    message: str
    what_to_do: str
    page: int | None = None


@dataclass
class DocumentMeta:
    """Facts about the whole document.

    `facts` holds what the loader found besides the text, typed by format
    (see `core/facts.py`); None when the file could not be read. `load_error` is
    the technical detail of why a loader failed, for --debug.
    """

    title: str | None = None
    language: str | None = None
    pages: int | None = None
    pages_without_text: tuple[int, ...] = ()
    tagged: bool | None = None
    facts: Facts | None = None
    load_error: str | None = None


@dataclass
class Document:
    """A loaded file: its text as blocks in reading order, plus facts about it."""

    path: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    problems: list[LoadProblem] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """True when the loader got any text out of the file."""
        return any(b.text.strip() for b in self.blocks)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A possible fix. `replacement` replaces the finding's span when given.

    `safe` marks a fix a program may apply without a person checking it.
    """

    text: str
    replacement: str | None = None
    safe: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a rule found, with everything a reporter needs to show it.

    Two findings are equal when the rule, the file, the block and the span are
    equal: rewording a message never changes which findings a run produced.
    """

    code: str
    slug: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    location: Location
    excerpt: str = field(default="", compare=False)
    suggestions: tuple[Suggestion, ...] = field(default=(), compare=False)
    why: str = field(default="", compare=False)

    @property
    def span(self) -> tuple[int | None, int | None]:
        return (self.location.start, self.location.end)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def sort_key(self) -> tuple[Any, ...]:
        loc = self.location
        return (
            loc.path,
            loc.page or 0,
            loc.paragraph or 0,
            loc.line or 0,
            loc.start or 0,
            self.code,
        )
