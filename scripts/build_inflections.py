"""Build the table of word forms shipped with accessicheck.

Run from the project root after changing the word lists:

    python scripts/build_inflections.py

The forms come from lemminflect; `accessicheck.language.inflect` explains why the
table exists. tests/test_inflect.py fails when the table is out of date.
"""

from __future__ import annotations

from pathlib import Path

from accessicheck.language import inflect

OUT = Path(__file__).resolve().parents[1] / "src" / "accessicheck" / "data" / inflect.TABLE


def main() -> None:
    data = inflect.build_table()
    OUT.write_bytes(data)
    print(f"wrote {OUT.name} ({len(data):,} bytes)")


if __name__ == "__main__":
    main()
