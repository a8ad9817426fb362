"""Load a glossary from CSV: one row per term, columns as in wordlists/README.md.

Spreadsheet-first groups keep their jargon buster in Excel or Google Sheets
and save it as CSV. We accept UTF-8 (with or without the byte-order mark
Excel adds) and, failing that, Windows-1252. Columns may come in any order;
the header names them. Every problem names the file and the line.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..core.small_files import MAX_GLOSSARY_BYTES, read_bytes
from .model import Entry, Origin, Problem
from .parse import parse_row, unknown_columns


@dataclass
class LoadedFile:
    """The entries of one glossary file and any problems with it."""

    path: str
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    name: str = ""


#: The most entries read from one glossary file (a group's has a few hundred).
MAX_ROWS = 50_000


def too_many_rows(path: str, line: int) -> Problem:
    return Problem(
        path,
        line,
        f"this glossary has more than {MAX_ROWS:,} entries, which is far more than a group's "
        f"glossary should; only the first {MAX_ROWS:,} were read. Check it is the right file.",
    )


def read_text(path: Path) -> tuple[str, list[Problem]]:
    """The file's text, and a warning if it was not UTF-8.

    Raises SmallFileError for a file that is not an ordinary file or is
    larger than `MAX_GLOSSARY_BYTES` (see `small_files`).
    """
    data = read_bytes(path, MAX_GLOSSARY_BYTES, "glossary file")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        note = Problem(
            str(path),
            0,
            "this file is not saved as UTF-8, so it was read as Windows text. "
            "Save it as 'CSV UTF-8' to keep accents and curly quotes right.",
            level="warning",
        )
        return data.decode("cp1252", errors="replace"), [note]


def parse_csv(text: str, path: str, layer: str, label: str) -> LoadedFile:
    """Parse glossary CSV text. `path` is only used to name the file in messages."""
    out = LoadedFile(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        out.problems.append(Problem(path, 0, "the file is empty. It needs a header row."))
        return out
    except csv.Error as e:
        out.problems.append(Problem(path, 1, f"the header row cannot be read ({e})."))
        return out
    names = [h.strip() for h in header]
    if "term" not in {n.lower() for n in names}:
        out.problems.append(
            Problem(path, 1, "the first row must be the column names, starting with 'term'.")
        )
        return out
    for column in unknown_columns(names):
        out.problems.append(
            Problem(
                path,
                1,
                f"the column '{column}' is not a glossary column; it was ignored.",
                level="warning",
            )
        )
    previous_end = reader.line_num
    rows = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            out.problems.append(Problem(path, previous_end + 1, f"this row cannot be read ({e})."))
            break
        line = previous_end + 1
        previous_end = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if rows >= MAX_ROWS:
            out.problems.append(too_many_rows(path, line))
            break
        rows += 1
        if len(cells) > len(names) and any(c.strip() for c in cells[len(names) :]):
            out.problems.append(
                Problem(
                    path,
                    line,
                    f"this row has {len(cells)} cells but the header has "
                    f"{len(names)} columns. Check for a stray comma.",
                )
            )
            continue
        row = dict(zip(names, cells, strict=False))
        entry, problems = parse_row(row, Origin(path, line, layer, label))
        out.problems += problems
        if entry is not None:
            out.entries.append(entry)
    return out


def load_csv(path: Path, layer: str, label: str) -> LoadedFile:
    """Load a glossary CSV file."""
    text, notes = read_text(path)
    out = parse_csv(text, str(path), layer, label)
    out.problems[:0] = notes
    return out
