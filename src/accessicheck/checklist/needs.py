"""Read an attendee needs file: one access-need code a line, with an optional detail.

    # needs.csv: anonymous, one line per need (names never go in this file)
    code,detail
    LV,18pt
    BSL
    LD
    DIG,phone only

Blank lines and lines starting with # are skipped; a first line "code,detail"
is a header. Codes are the ones in the domain notes (SR, LV, BSL, HoH, …) in
any case ("hoh" is HoH). A code can appear more than once (two BSL users).
A wrong code is an error that names the file and line and lists the codes.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..core.needs import NEED_NAMES
from ..core.small_files import MAX_NEEDS_BYTES, SmallFileError, read_bytes
from .model import Need

_BY_LOWER = {code.lower(): code for code in NEED_NAMES}


class NeedsError(ValueError):
    """The needs file cannot be used. The message says which file and line, and why."""


def valid_codes_text() -> str:
    """The codes and what they mean, for error messages and --help."""
    return "; ".join(f"{code} ({name})" for code, name in NEED_NAMES.items())


def parse_needs(text: str, source: str = "needs file") -> tuple[Need, ...]:
    """The needs in a needs file's text. Raises NeedsError."""
    needs: list[Need] = []
    first = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in next(csv.reader([line]))]
        code_text = fields[0] if fields else ""
        if first and code_text.lower() in {"code", "need", "needs", "access need"}:
            first = False
            continue
        first = False
        code = _BY_LOWER.get(code_text.lower())
        if code is None:
            raise NeedsError(
                f"{source}, line {number}: '{code_text}' is not an access-need code. "
                f"Use one of: {valid_codes_text()}."
            )
        detail = ", ".join(f for f in fields[1:] if f)
        needs.append(Need(code, detail, number))
    return tuple(needs)


def read_needs(path: Path) -> tuple[Need, ...]:
    """The needs in a file. Raises NeedsError for a file that cannot be read or used."""
    try:
        data = read_bytes(path, MAX_NEEDS_BYTES, "needs file")
    except SmallFileError as e:
        raise NeedsError(str(e)) from e
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_needs(text, str(path))
