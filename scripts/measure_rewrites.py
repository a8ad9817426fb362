"""Measure the rewriter: how many flagged sentences get a rewrite, how much
easier they get, how many pass the safety checks, and how an editor grades them.

    python scripts/measure_rewrites.py                 # all the figures below
    python scripts/measure_rewrites.py --json
    python scripts/measure_rewrites.py --regrade       # rewrites that changed since grading
    python scripts/measure_rewrites.py --update        # write new rewrites into the
                                                       # graded file, grade left empty
    python scripts/measure_rewrites.py --template OUT.tsv FILE...   # grade other papers

Sources: tests/data/hard_sentences.txt (one sentence a paragraph), every paper
in examples/, and tests/data/rewrite_graded.tsv: over 300 sentences written by
the team, each with the rewrite the tool made and an editor's grade (good,
acceptable or bad) and reason. Each graded sentence is rewritten as a paper of
its own; the `we` column gives the organisation for `--we`. The graded figures
are the share of rewrites graded good or acceptable, and the share of flagged
sentences that get a rewrite. Reading age is Flesch-Kincaid grade + 5, per
sentence (the rewrite's own sentences counted as they are).

`--template` rewrites other papers (any format the tool reads) and writes a
table to grade by hand, in the same columns; `--grades FILE.tsv` then gives
the figures for a graded table (for papers that are not ours to commit).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from accessicheck import api  # noqa: E402
from accessicheck.core import config  # noqa: E402
from accessicheck.core.model import Block, BlockKind, Document, Location  # noqa: E402
from accessicheck.engine import registry  # noqa: E402
from accessicheck.language import analysis  # noqa: E402
from accessicheck.rewrite import SentenceRewrite, rewrite_documents  # noqa: E402
from accessicheck.run import discover  # noqa: E402

HARD = ROOT / "tests" / "data" / "hard_sentences.txt"
EXAMPLES = ROOT / "examples"
GRADED = ROOT / "tests" / "data" / "rewrite_graded.tsv"
COLUMNS = ("sentence", "we", "flagged", "rewrite", "grade", "reason")
GRADES = ("good", "acceptable", "bad")


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


@dataclass
class Graded:
    """An editor's grades of the rewrites of one set of sentences."""

    name: str
    sentences: int
    flagged: int
    rewritten: int
    grades: dict[str, int] = field(default_factory=dict)
    ungraded: int = 0

    @property
    def share_rewritten(self) -> float:
        return self.rewritten / self.flagged if self.flagged else 0.0

    @property
    def share_accepted(self) -> float:
        graded = sum(self.grades.values())
        ok = self.grades.get("good", 0) + self.grades.get("acceptable", 0)
        return ok / graded if graded else 0.0

    @property
    def share_flagged_accepted(self) -> float:
        ok = self.grades.get("good", 0) + self.grades.get("acceptable", 0)
        return ok / self.flagged if self.flagged else 0.0

    def line(self) -> str:
        g = self.grades
        return (
            f"{self.name}: {self.sentences} sentences, {self.flagged} flagged; "
            f"{self.rewritten} ({self.share_rewritten:.0%}) of the flagged get a rewrite; "
            f"graded {g.get('good', 0)} good, {g.get('acceptable', 0)} acceptable, "
            f"{g.get('bad', 0)} bad: {self.share_accepted:.0%} good or acceptable"
            f"{f', {self.ungraded} not graded yet' if self.ungraded else ''}; "
            f"{self.share_flagged_accepted:.0%} of flagged sentences end with a rewrite "
            "an editor accepts."
        )


def read_graded(path: Path = GRADED) -> list[dict[str, str]]:
    """The rows of a graded table (tab-separated, a header row, # comments)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{c: (r.get(c) or "").strip() for c in COLUMNS} for r in rows]


def rewrite_each(rows: list[dict[str, str]]) -> list[SentenceRewrite | None]:
    """Rewrite each sentence as a paper of its own (with its `we`), in order."""
    docs = [
        Document(
            path=f"sentence-{n + 1}",
            format="text",
            blocks=[Block(BlockKind.PARAGRAPH, r["sentence"], Location(f"sentence-{n + 1}", 1))],
        )
        for n, r in enumerate(rows)
    ]
    analysed = analysis.analyse_documents(docs)
    by_we: dict[str, list[int]] = {}
    for n, r in enumerate(rows):
        by_we.setdefault(r["we"], []).append(n)
    results: dict[int, SentenceRewrite | None] = {}
    for we, indexes in by_we.items():
        cfg = config.load(rules=registry.all_rules(), isolated=True)
        cfg.data["rewrite"] = {"we_name": we}
        for n, items in zip(
            indexes, rewrite_documents([analysed[i] for i in indexes], cfg), strict=True
        ):
            results[n] = items[0] if items else None
    return [results[n] for n in range(len(rows))]


def compare(rows: list[dict[str, str]], items: list[SentenceRewrite | None]) -> list[str]:
    """Sentences whose rewrite (or whether it is flagged) differs from the graded one."""
    changed = []
    for r, item in zip(rows, items, strict=True):
        flagged = "yes" if item is not None else "no"
        now = (item.rewritten or "") if item is not None else ""
        if flagged != r["flagged"] or now != r["rewrite"]:
            changed.append(
                f"{r['sentence']}\n  graded: {r['rewrite'] or '-'}\n  now:    {now or '-'}"
            )
    return changed


def graded_figures(name: str, rows: list[dict[str, str]]) -> Graded:
    flagged = [r for r in rows if r["flagged"] == "yes"]
    rewritten = [r for r in flagged if r["rewrite"]]
    grades = Counter(r["grade"] for r in rewritten if r["grade"] in GRADES)
    return Graded(
        name=name,
        sentences=len(rows),
        flagged=len(flagged),
        rewritten=len(rewritten),
        grades={g: grades.get(g, 0) for g in GRADES},
        ungraded=sum(1 for r in rewritten if r["grade"] not in GRADES),
    )


def write_table(path: Path, rows: list[dict[str, str]], head: str = "") -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        if head:
            fh.write(head)
        fh.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(r[c].replace("\t", " ") for c in COLUMNS) + "\n")


def _header(path: Path) -> str:
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(ln + "\n" for ln in lines if ln.startswith("#"))


def update(path: Path = GRADED) -> int:
    """Write the tool's current rewrites into the graded table; keep grades that still fit."""
    rows = read_graded(path)
    items = rewrite_each(rows)
    changed = 0
    for r, item in zip(rows, items, strict=True):
        flagged = "yes" if item is not None else "no"
        now = (item.rewritten or "") if item is not None else ""
        if flagged != r["flagged"] or now != r["rewrite"]:
            changed += 1
            r.update(flagged=flagged, rewrite=now, grade="" if now else "", reason="")
    write_table(path, rows, _header(path))
    return changed


def template(out: Path, paths: list[Path], we: str = "") -> int:
    """Rewrite other papers and write a table to grade by hand."""
    cfg = config.load(rules=registry.all_rules(), isolated=True)
    cfg.data["rewrite"] = {"we_name": we}
    files = discover.discover(paths, cfg["include"], cfg["exclude"])
    docs = [d for d in api.load_documents(files, cfg) if d.readable]
    results = rewrite_documents(analysis.analyse_documents(docs), cfg)
    rows = [
        {
            "sentence": " ".join(item.original.split()),
            "we": we,
            "flagged": "yes",
            "rewrite": " ".join((item.rewritten or "").split()),
            "grade": "",
            "reason": "",
        }
        for items in results
        for item in items
    ]
    write_table(out, rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--regrade", action="store_true", help="list rewrites that changed")
    parser.add_argument("--update", action="store_true", help="write new rewrites to the table")
    parser.add_argument("--template", type=Path, help="write a table to grade for FILES")
    parser.add_argument("--we", default="", help="the organisation, for --template")
    parser.add_argument("--grades", type=Path, help="figures for a graded table")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    if args.template:
        n = template(args.template, args.files, args.we)
        print(f"Wrote {n} flagged sentences to {args.template}: grade each rewrite by hand.")
        return
    if args.grades:
        print(graded_figures(args.grades.name, read_graded(args.grades)).line())
        return
    if args.update:
        print(f"{update()} rewrites changed; grade them in {GRADED.name}.")
        return
    rows = read_graded()
    if args.regrade:
        changed = compare(rows, rewrite_each(rows))
        print("\n".join(changed) or "Every graded rewrite is still the same.")
        return
    found = measure()
    graded = graded_figures("graded sentences", rows)
    if args.json:
        data = [asdict(f) for f in found]
        data.append({**asdict(graded), "share_accepted": graded.share_accepted})
        print(json.dumps(data, indent=2))
    else:
        for f in found:
            print(f.line())
        print(graded.line())


if __name__ == "__main__":
    main()
