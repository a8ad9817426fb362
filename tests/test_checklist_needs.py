"""The attendee needs file: codes, details, comments and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck.checklist.model import Need
from accessicheck.checklist.needs import NeedsError, parse_needs, read_needs


def test_codes_details_comments_and_header() -> None:
    text = "# anonymous: no names here\ncode,detail\nLV,18pt\n\nhoh\nBSL\nBSL\nDIG, phone only\n"
    needs = parse_needs(text, "needs.csv")
    assert [(n.code, n.detail) for n in needs] == [
        ("LV", "18pt"),
        ("HoH", ""),
        ("BSL", ""),
        ("BSL", ""),
        ("DIG", "phone only"),
    ]
    assert needs[0].line == 3


def test_unknown_code_names_the_file_and_line_and_lists_the_codes() -> None:
    with pytest.raises(NeedsError) as e:
        parse_needs("LV\nWHEELCHAIR\n", "needs.csv")
    message = str(e.value)
    assert "needs.csv, line 2" in message and "'WHEELCHAIR'" in message
    assert "WC (wheelchair users)" in message


@pytest.mark.parametrize(
    ("detail", "size"),
    [("18pt", 18.0), ("20 point", 20.0), ("16", 16.0), ("", None), ("bold text", None)],
)
def test_print_size(detail: str, size: float | None) -> None:
    assert Need("LV", detail).size_pt == size


def test_read_needs_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "needs.csv"
    path.write_bytes("\ufeffSR\nLD\n".encode())
    assert [n.code for n in read_needs(path)] == ["SR", "LD"]
    with pytest.raises(NeedsError, match="could not read"):
        read_needs(tmp_path / "missing.csv")
