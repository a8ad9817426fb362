"""Put the real first lines of the plain report on the examples into the README.

    PYTHONPATH=src python scripts/refresh_readme_sample.py [--lines 20]

The README shows a few lines of the report between the markers
`<!-- sample report: start ... -->` and `<!-- sample report: end -->`.
This script runs `accessicheck check examples/ --format plain` and writes its
first lines there. tests/test_readme_sample.py fails when the README's lines
are no longer what the command prints, so the README never shows a report
the tool does not make.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SAMPLE = re.compile(
    r"(<!-- sample report: start[^\n]*-->\n.*?```text\n)(.*?)(```\n.*?<!-- sample report: end -->)",
    re.S,
)


def report_lines() -> list[str]:
    """The plain report on the examples, as the README's command prints it."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "accessicheck", "check", "examples/", "--format", "plain"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.splitlines()


def shown_lines(text: str) -> list[str]:
    """The report lines the README shows now."""
    match = SAMPLE.search(text)
    if match is None:
        raise SystemExit("README.md has no sample report markers.")
    return match.group(2).splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20)
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    lines = report_lines()[: args.lines]
    while lines and not lines[-1].strip():
        lines.pop()
    new = SAMPLE.sub(lambda m: m.group(1) + "\n".join(lines) + "\n" + m.group(3), text)
    README.write_text(new, encoding="utf-8")
    print(f"README.md now shows the first {len(lines)} lines of the report.")


if __name__ == "__main__":
    main()
