"""Measure the rewrite engine: how many flagged sentences get a rewrite, how much
easier they get, and how many rewrites pass the safety checks.

    python scripts/measure_rewrites.py                 # hard sentences + examples/
    python scripts/measure_rewrites.py --json

Sources: tests/data/hard_sentences.txt (one sentence a paragraph) and every
paper in examples/. Reading age is Flesch-Kincaid grade + 5, per sentence
(the rewrite's own sentences counted as they are).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from accessicheck import analysis, api, config, discover, registry  # noqa: E402
from accessicheck.model import Block, BlockKind, Document, Location  # noqa: E402
from accessicheck.rewrite import SentenceRewrite, rewrite_documents  # noqa: E402

HARD = ROOT / "tests" / "data" / "hard_sentences.txt"
EXAMPLES = ROOT / "examples"


@dataclass
class Figures:
    """The measured figures for one set of papers."""

    name: str
    flagged: int
    rewritten: int
    tried: int
    passed: int
    share_rewritten: float
    share_passed: float
    mean_reading_age_drop: float

    def line(self) -> str:
        return (
            f"{self.name}: {self.flagged} flagged sentences; {self.rewritten} "
            f"({self.share_rewritten:.0%}) get a rewrite; {self.passed} of {self.tried} "
            f"rewrites tried ({self.share_passed:.0%}) pass the safety checks; reading age "
            f"of rewritten sentences drops by {self.mean_reading_age_drop:.1f} years on average."
        )


def hard_sentences(path: Path = HARD) -> Document:
    """The hard sentences as one document, a paragraph each."""
    lines = [
        ln.strip()
        for ln in path.read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    blocks = [
        Block(BlockKind.PARAGRAPH, text, Location(str(path.name), paragraph=i + 1))
        for i, text in enumerate(lines)
    ]
    return Document(path=path.name, format="text", blocks=blocks)


def figures(name: str, items: list[SentenceRewrite]) -> Figures:
    tried = [r for r in items if r.passed_safety is not None]
    done = [r for r in items if r.rewritten is not None]
    drops = [
        r.reading_age_before - r.reading_age_after
        for r in done
        if r.reading_age_before is not None and r.reading_age_after is not None
    ]
    return Figures(
        name=name,
        flagged=len(items),
        rewritten=len(done),
        tried=len(tried),
        passed=sum(1 for r in tried if r.passed_safety),
        share_rewritten=len(done) / len(items) if items else 0.0,
        share_passed=(sum(1 for r in tried if r.passed_safety) / len(tried)) if tried else 0.0,
        mean_reading_age_drop=sum(drops) / len(drops) if drops else 0.0,
    )


def measure() -> list[Figures]:
    cfg = config.load(rules=registry.all_rules(), isolated=True)
    docs = [hard_sentences()]
    files = discover.discover([EXAMPLES], cfg["include"], cfg["exclude"])
    examples = [d for d in api.load_documents(files, cfg) if d.readable]
    analysed = analysis.analyse_documents(docs + examples)
    results = rewrite_documents(analysed, cfg)
    return [
        figures("hard sentences", results[0]),
        figures("examples/", [r for rs in results[1:] for r in rs]),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    found = measure()
    if args.json:
        print(json.dumps([asdict(f) for f in found], indent=2))
    else:
        for f in found:
            print(f.line())


if __name__ == "__main__":
    main()
