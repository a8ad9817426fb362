"""Turn a file on disk into a `Document`, whatever state the file is in.

`load` is the only entry point the rest of accessicheck needs. It never raises
for a bad document: anything that stops us reading a file becomes a
`LoadProblem` (an AC9xx code, a plain-English message and a next step).

Format modules (`docx`, `pdf`, `pptx`, `markdown`, `text`) are imported only when a
file of that format is loaded, so importing this package stays cheap. They
raise `LoaderError` for problems they recognise and report partial problems
(for example a PDF that took too long) in `Document.problems` themselves.

Numbering is shared by every format (see `number_blocks`): for Word, PDF and
PowerPoint, `Location.paragraph` is the 1-based position of the block among
the blocks the loader emitted, in reading order (PDF adds `page`, PowerPoint
the slide number as `page`); Markdown and plain
text give the 1-based source `line` instead. `Location.heading` is the text
of the nearest heading above (None before the first heading, and for headers
and footers).
"""

from __future__ import annotations

import importlib
import re
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from accessicheck.core.bounds import MAX_TEXT_CHARS, too_much_text
from accessicheck.core.model import EMPTY, Block, BlockKind, Document, LoadProblem, Location
from accessicheck.loaders.detect import detect_format, format_from_extension

__all__ = ["SUPPORTED", "LoaderError", "Draft", "load", "number_blocks"]

SUPPORTED = frozenset({"docx", "pdf", "pptx", "markdown", "text"})

DEFAULT_MAX_BYTES = 200_000_000
DEFAULT_TIME_BUDGET = 30.0


class LoaderError(Exception):
    """A known reason a file cannot be read, already worded for the reader."""

    def __init__(self, code: str, message: str, what_to_do: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.what_to_do = what_to_do
        # Technical detail for people debugging accessicheck; never shown as the message.
        self.detail = detail

    def problem(self) -> LoadProblem:
        return LoadProblem(self.code, self.message, self.what_to_do)


class Draft(NamedTuple):
    """A block before numbering: what a format loader produces."""

    kind: BlockKind
    text: str
    level: int | None = None
    page: int | None = None
    line: int | None = None
    style: Mapping[str, Any] = EMPTY
    # False for text outside the main flow (headers, footers): it gets no
    # heading context and does not become the heading context of what follows.
    in_flow: bool = True
    # (offset in text, source line) where each joined source line starts.
    lines: tuple[tuple[int, int], ...] = ()


def join_lines(pieces: Iterable[tuple[int | None, str]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Join source lines into one block's text, keeping where each line starts.

    `pieces` are (line number, text) pairs. Spaces are squeezed and the
    pieces joined with one space. Returns the text and the (offset, line)
    pairs for every piece after the first that starts on a new line, so a
    finding deep in a wrapped paragraph can name its own line.
    """
    parts: list[str] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    last: int | None = None
    for number, piece in pieces:
        words = " ".join(piece.split())
        if not words:
            continue
        if parts:
            pos += 1  # the space between pieces
            if number is not None and number != last:
                lines.append((pos, number))
        parts.append(words)
        pos += len(words)
        last = number if number is not None else last
    return " ".join(parts), tuple(lines)


def source_columns(
    text: str, line: int, lines: tuple[tuple[int, int], ...], source: Sequence[str]
) -> tuple[tuple[int, int], ...]:
    """Where a block's text sits in its source lines, as (offset, column) pairs.

    `line` is the block's first source line and `lines` where each later line
    starts in `text` (as `join_lines` gives them); `source` holds the file's
    lines. The text is matched against each source line in order, skipping
    what the loader left out (Markdown marks, list markers, extra spaces).
    Each pair says that character `offset` of the text, and those after it
    up to the next pair, start at `column` (counting from 1) of their line.
    A column of 0 means the place is not known from there on.
    """
    out: list[tuple[int, int]] = []
    starts = [(0, line), *lines]
    for k, (begin, number) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        if not 0 < number <= len(source):
            out.append((begin, 0))
            break
        raw = source[number - 1]
        j = _after_marker(raw, text[begin:end]) if k == 0 else 0
        piece = text[begin:end].rstrip(" ")
        found = raw.find(piece, j)
        if found >= 0:  # the text stands in the line as it is (most plain lines)
            out.append((begin, found + 1))
            continue
        shift: int | None = None
        for i in range(begin, end):
            ch = text[i]
            if ch.isspace():
                while j < len(raw) and not raw[j].isspace():
                    j += 1
            else:
                while j < len(raw) and raw[j] != ch:
                    j += 1
            if j >= len(raw):
                if i == end - 1 and ch == " ":
                    break  # the space that joins this line to the next
                out.append((i, 0))
                return tuple(out)
            if j - i != shift:
                shift = j - i
                out.append((i, j + 1))
            j += 1
            if ch.isspace():
                while j < len(raw) and raw[j].isspace():
                    j += 1
    return tuple(out)


#: A list marker, heading mark or quote mark at the start of a source line.
_MARKER = re.compile(r"\s*(?:>\s*)*(?:[-*+•]|\d{1,9}[.)]|[A-Za-z][.)]|#{1,6})\s+")


def _after_marker(raw: str, text: str) -> int:
    """Where a block's text may start in its first source line: after a list marker,
    heading mark or quote mark that the loader took off ("1. ", "## ", "> ")."""
    m = _MARKER.match(raw)
    if m is None:
        return 0
    first = text.split(" ", 1)[0]
    return 0 if first and raw.lstrip().startswith(first) else m.end()


_CELL_BORDER = re.compile(r"(?<!\\)\|")


def _only_cell(row: str, column: Any) -> str | None:
    """A table row with everything but cell `column` (from 1) blanked out, so the
    cell's text is matched in its own cell; None when the row has no such cell."""
    if not isinstance(column, int):
        return None
    borders = [m.start() for m in _CELL_BORDER.finditer(row)]
    if borders and not row[: borders[0]].strip():
        borders = borders[1:]  # the row's opening "|"
    edges = [-1, *borders, len(row)]
    if column >= len(edges):
        return None
    left, right = edges[column - 1] + 1, edges[column]
    return "\0" * left + row[left:right] + "\0" * (len(row) - right)


def number_blocks(
    path: str, drafts: Iterable[Draft], source: Sequence[str] | None = None
) -> list[Block]:
    """Give drafts their paragraph numbers and heading context, in order.

    Every block gets a paragraph number (its place in reading order), so two
    blocks on one source line (Markdown table cells) stay distinct. Text
    formats also carry the source line, which reports show instead, and,
    given the file's `source` lines, the column each part of the text starts
    at (a Markdown table cell is looked for in its own part of the row).
    """
    blocks: list[Block] = []
    heading: str | None = None
    for number, draft in enumerate(drafts, start=1):
        if draft.in_flow and draft.kind is BlockKind.HEADING:
            # A heading starts its own section: it sits under itself.
            heading = " ".join(draft.text.split())
        context = heading if draft.in_flow else None
        location = Location(
            path=path, page=draft.page, paragraph=number, line=draft.line, heading=context
        )
        columns: tuple[tuple[int, int], ...] = ()
        if source is not None and draft.line is not None:
            if draft.kind is not BlockKind.TABLE_CELL:
                columns = source_columns(draft.text, draft.line, draft.lines, source)
            elif 0 < draft.line <= len(source):  # one line: match it against its cell alone
                cell = _only_cell(source[draft.line - 1], draft.style.get("column"))
                columns = source_columns(draft.text, 1, (), [cell]) if cell is not None else ()
        blocks.append(
            Block(draft.kind, draft.text, location, draft.level, draft.style, draft.lines, columns)
        )
    return blocks


# --- problems load() reports itself --------------------------------------------------

_UNSUPPORTED: dict[str | None, tuple[str, str]] = {
    "doc-legacy": (
        "This is an old Word or PowerPoint format (.doc or .ppt), which we cannot read.",
        "Open it and save it as a .docx file (or, for slides, as a PDF), then check that copy.",
    ),
    "xlsx": (
        "Spreadsheets are not supported.",
        "Put the content in a Word document or save it as a PDF, then check that.",
    ),
    "odf": (
        "OpenDocument files (.odt, .odp) are not supported yet.",
        "Save it as a .docx file or as a PDF, then check that copy.",
    ),
    None: (
        "We cannot read this kind of file.",
        "Save it as a Word document (.docx), a PDF, a PowerPoint file (.pptx), Markdown or "
        "plain text, then check it.",
    ),
}

_ENCRYPTED_OFFICE = LoadProblem(
    "AC902",
    "The document is protected with a password, so we could not read it.",
    "Save a copy without a password and check that copy.",
)


def _fail(path: Path, fmt: str, problem: LoadProblem, detail: str = "") -> Document:
    doc = Document(path=str(path), format=fmt, problems=[problem])
    if detail:
        doc.meta.load_error = detail
    return doc


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.0f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} KB"


def _guess_format_from_name(path: Path) -> str:
    return format_from_extension(path) or "unknown"


def cap_text(doc: Document, max_chars: int = MAX_TEXT_CHARS) -> Document:
    """Keep at most `max_chars` characters of a document's text (AC907 if cut)."""
    total = 0
    for i, block in enumerate(doc.blocks):
        if total + len(block.text) > max_chars:
            keep = max_chars - total
            kept = [*doc.blocks[:i], replace(block, text=block.text[:keep])] if keep else []
            doc.blocks[:] = kept if keep else doc.blocks[:i]
            doc.problems.append(too_much_text(max_chars))
            break
        total += len(block.text)
    return doc


def load(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_budget: float = DEFAULT_TIME_BUDGET,
    max_chars: int = MAX_TEXT_CHARS,
) -> Document:
    """Read `path` into a `Document`. Never raises for a bad document.

    `max_bytes` refuses larger files up front (AC905). `time_budget` is the
    number of seconds reading the file may take, in every format, before we
    stop and keep what was read so far (AC908). At most `max_chars`
    characters of text are kept (AC907).
    """
    path = Path(path)
    try:
        info = path.stat()
    except (OSError, RuntimeError) as exc:
        problem = LoadProblem(
            "AC901",
            "We could not open the file. It may have been moved, or it is a link that leads "
            "nowhere or back to itself.",
            "Check the file name and location, then try again.",
        )
        return _fail(path, _guess_format_from_name(path), problem, f"{type(exc).__name__}: {exc}")
    if not stat.S_ISREG(info.st_mode):
        problem = LoadProblem(
            "AC901",
            "This is not an ordinary file (it is a folder, a pipe or a device), so we did not "
            "read it.",
            "Check the name, and give accessicheck the paper itself.",
        )
        return _fail(path, _guess_format_from_name(path), problem)
    size = info.st_size

    if size == 0:
        problem = LoadProblem(
            "AC906", "The file is empty.", "Check you picked the right file, or save it again."
        )
        return _fail(path, _guess_format_from_name(path), problem)
    if size > max_bytes:
        problem = LoadProblem(
            "AC905",
            f"The file is too large to check ({_mb(size)}; the limit is {_mb(max_bytes)}).",
            "Split it into smaller files, or compress its pictures, then check again.",
        )
        return _fail(path, _guess_format_from_name(path), problem)

    try:
        fmt = detect_format(path)
    except Exception as exc:  # noqa: BLE001 - e.g. the file vanished or is locked
        problem = LoadProblem(
            "AC901",
            "We could not read the file.",
            "Check you can open it yourself, then try again.",
        )
        return _fail(path, _guess_format_from_name(path), problem, f"{type(exc).__name__}: {exc}")

    if fmt == "office-encrypted":
        return _fail(path, _guess_format_from_name(path), _ENCRYPTED_OFFICE)
    if fmt not in SUPPORTED:
        message, what_to_do = _UNSUPPORTED.get(fmt, _UNSUPPORTED[None])
        return _fail(path, fmt or "unknown", LoadProblem("AC904", message, what_to_do))

    try:
        # Format modules are named after their format: accessicheck.loaders.pdf ...
        module = importlib.import_module(f"accessicheck.loaders.{fmt}")
        # Every format's loader looks at the clock between pages, slides, blocks or lines.
        doc: Document = module.load(path, time_budget=time_budget)
        return cap_text(doc, max_chars)
    except LoaderError as exc:
        return _fail(path, fmt, exc.problem(), exc.detail)
    except MemoryError:
        problem = LoadProblem(
            "AC905",
            "The file is too large to read with the memory available.",
            "Split it into smaller files, then check again.",
        )
        return _fail(path, fmt, problem)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop a run
        problem = LoadProblem(
            "AC901",
            "We could not read the file. It may be damaged.",
            "Open it in the program that made it, save or export it again, "
            "then check the new copy.",
        )
        return _fail(path, fmt, problem, f"{type(exc).__name__}: {exc}")
