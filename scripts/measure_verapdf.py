"""Measure the PDF rules (AC42x, AC43x, AC45x) against veraPDF's PDF/UA-1 test files, per clause.

    python scripts/measure_verapdf.py [--show] [--markdown]

The veraPDF corpus (../shared/corpus/veraPDF-corpus/PDF_UA-1/) names each
file `<clause>-tNN-pass|fail-x.pdf`: the named PDF/UA-1 rule passes or fails
in that file, and only that rule is guaranteed. CLAUSES maps each clause we
claim to the rule (or rules) that answer to it. For each claimed clause:

- fail files caught: a fail file is caught when one of the clause's rules
  flags it;
- false alarms: pass files of the clause that one of its rules flags.

Then, over every pass file whatever clause it tests, which PDF rules flag
it at all (`pass_file_findings`). Clauses in UNCLAIMED are listed with the
reason we do not check them.

Each file is loaded as in a real run (`loaders.load`: PDFium text and the
pypdf structure facts) and the rules run through the engine. The PDF rules
read only the structure facts, so spaCy is not loaded. --show lists the fail
files missed; --markdown prints the table for docs/document-checks.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "veraPDF-corpus" / "PDF_UA-1"

#: Every PDF rule code.
PDF_CODES = frozenset([f"AC4{n}" for n in range(20, 40)] + [f"AC4{n}" for n in range(50, 58)])


def _claim(codes: str, *clauses: str) -> dict[str, tuple[str, ...]]:
    return {clause: tuple(codes.split()) for clause in clauses}


#: veraPDF PDF/UA-1 clause -> the rules that answer to it.
CLAUSES: dict[str, tuple[str, ...]] = {
    **_claim("AC431", "5-t01", "5-t02", "5-t03", "5-t04", "5-t05", "7.1-t08"),
    **_claim("AC452", "7.1-t01", "7.1-t02", "7.1-t03", "7.1-t04", "7.20-t01", "7.20-t02"),
    **_claim("AC432", "7.1-t05", "7.1-t06", "7.1-t07"),
    **_claim("AC422", "7.1-t09"),
    **_claim("AC423", "7.1-t10"),
    **_claim("AC420", "7.1-t11"),
    **_claim("AC453", "7.2-t02", "7.2-t21", "7.2-t22", "7.2-t23", "7.2-t24", "7.2-t25"),
    **_claim("AC453", "7.2-t33"),
    # In these fail files there is no language anywhere, which AC421 reports instead.
    **_claim("AC453 AC421", "7.2-t30", "7.2-t31", "7.2-t32"),
    **_claim(
        "AC433",
        *[f"7.2-t{n:02d}" for n in (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)],
        "7.2-t36",
        "7.2-t37",
        "7.2-t38",
        "7.2-t41",
        "7.2-t42",
        "7.2-t43",
        "7.5-t01",
        "7.5-t02",
    ),  # fmt: skip
    **_claim("AC434", "7.2-t17", "7.2-t18", "7.2-t19", "7.2-t20", "7.2-t26", "7.2-t27"),
    **_claim("AC421", "7.2-t29", "7.2-t34"),
    **_claim("AC424", "7.3-t01", "7.7-t01"),
    **_claim("AC425", "7.4.2-t01"),
    **_claim("AC435", "7.4.4-t01", "7.4.4-t02", "7.4.4-t03"),
    **_claim("AC454", "7.9-t01", "7.9-t02"),
    **_claim("AC439", "7.10-t01", "7.10-t02"),
    **_claim("AC450", "7.11-t01", "7.18.7-t01"),
    **_claim("AC438", "7.15-t01", "7.18.1-t03", "7.18.4-t01"),
    **_claim("AC429", "7.16-t01"),
    **_claim("AC437", "7.18.1-t01", "7.18.1-t02", "7.18.2-t01", "7.18.3-t01"),
    **_claim("AC437", "7.18.6.2-t01", "7.18.6.2-t02", "7.18.8-t01"),
    **_claim("AC436", "7.18.5-t01", "7.18.5-t02"),
    **_claim(
        "AC451",
        "7.21.3.1-t01",
        "7.21.3.2-t01",
        "7.21.3.3-t01",
        "7.21.3.3-t02",
        "7.21.3.3-t03",
        "7.21.6-t02",
        "7.21.6-t03",
        "7.21.7-t02",
    ),  # fmt: skip
    **_claim("AC427", "7.21.4.1-t01"),
    **_claim("AC428", "7.21.7-t01"),
    **_claim("AC455", "7.21.4.2-t01", "7.21.4.2-t02"),
    **_claim("AC456", "7.21.5-t01"),
    **_claim("AC457", "7.21.8-t01"),
}

#: Clauses we do not check, and why.
UNCLAIMED: dict[str, str] = {}

_NAME = re.compile(r"^(?P<clause>[\d.\-]+?-t\d+)-(?P<result>pass|fail)-[a-z]+\.pdf$")


@dataclass
class Row:
    """Agreement for one clause."""

    clause: str
    codes: tuple[str, ...]
    fail_caught: list[str] = field(default_factory=list)
    fail_missed: list[str] = field(default_factory=list)
    pass_flagged: list[str] = field(default_factory=list)
    pass_total: int = 0

    @property
    def fail_total(self) -> int:
        return len(self.fail_caught) + len(self.fail_missed)


def clause_of(path: Path) -> tuple[str, str] | None:
    """(veraPDF rule such as "7.18.3-t01", "pass" or "fail") from a file name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    clause = match["clause"]
    if clause.startswith("7-"):  # the corpus's "7-18.3-t01" typo
        clause = "7." + clause[2:]
    return clause, match["result"]


def corpus_files(corpus: Path = CORPUS) -> Iterator[tuple[Path, str, str]]:
    for path in sorted(corpus.rglob("*.pdf")):
        found = clause_of(path)
        if found is not None:
            yield path, *found


def flagged_codes(path: Path, codes: set[str] | frozenset[str] = PDF_CODES) -> set[str]:
    """The codes among `codes` our rules report for one file, run as in a real check."""
    from accessicheck.core import config
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine
    from accessicheck.language.analysis import AnalysedDocument
    from accessicheck.loaders import load

    rules = registry.all_rules()
    cfg = config.load(overrides={"select": sorted(codes)}, rules=rules, isolated=True)
    chosen = engine.active_rules(rules, cfg)
    document = load(path)
    findings = engine.run_rules(AnalysedDocument(document, [], []), chosen, cfg, strict=True)
    return {f.code for f in findings}


@dataclass
class Measured:
    rows: list[Row]
    #: every pass file that any PDF rule flags: file name -> codes
    pass_file_findings: dict[str, set[str]]
    #: every fail file (claimed or not) that no PDF rule flags
    fail_files_silent: list[str]
    fail_files: int


def measure(corpus: Path = CORPUS) -> Measured:
    rows = {clause: Row(clause, codes) for clause, codes in CLAUSES.items()}
    pass_findings: dict[str, set[str]] = {}
    silent: list[str] = []
    fail_files = 0
    for path, clause, result in corpus_files(corpus):
        found = flagged_codes(path)
        if result == "pass" and found:
            pass_findings[path.name] = found
        if result == "fail":
            fail_files += 1
            if not found:
                silent.append(path.name)
        row = rows.get(clause)
        if row is None:
            continue
        hit = bool(found & set(row.codes))
        if result == "pass":
            row.pass_total += 1
            if hit:
                row.pass_flagged.append(path.name)
        else:
            (row.fail_caught if hit else row.fail_missed).append(path.name)
    return Measured(list(rows.values()), pass_findings, silent, fail_files)


def table(rows: list[Row]) -> str:
    lines = [
        "| Clause | Rule | Failing files | Caught | Passing files | False alarms |",
        "|---|---|---|---|---|---|",
    ]
    for row in sorted(rows, key=lambda r: _order(r.clause)):
        lines.append(
            f"| {row.clause} | {', '.join(row.codes)} | {row.fail_total} | "
            f"{len(row.fail_caught)} | {row.pass_total} | {len(row.pass_flagged)} |"
        )
    return "\n".join(lines)


def _order(clause: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", clause)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list missed fail files")
    parser.add_argument("--markdown", action="store_true", help="only the per-clause table")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"The veraPDF corpus is not at {args.corpus}.", file=sys.stderr)
        return 2
    measured = measure(args.corpus)
    print(table(measured.rows))
    if args.markdown:
        return 0
    caught = sum(len(r.fail_caught) for r in measured.rows)
    claimed = sum(r.fail_total for r in measured.rows)
    print(f"\nClaimed clauses: {len(measured.rows)}; their fail files caught: {caught} / {claimed}")
    got = measured.fail_files - len(measured.fail_files_silent)
    print(f"All fail files with any PDF finding: {got} / {measured.fail_files}")
    print(f"Pass files with any PDF finding: {len(measured.pass_file_findings)}")
    for name, codes in sorted(measured.pass_file_findings.items()):
        print(f"  {name}: {', '.join(sorted(codes))}")
    for row in measured.rows:
        if row.pass_flagged:
            print(f"{row.clause} FALSE ALARMS: {', '.join(row.pass_flagged)}")
        if args.show and row.fail_missed:
            print(f"{row.clause} missed: {', '.join(row.fail_missed)}")
    if args.show:
        for clause, why in UNCLAIMED.items():
            print(f"{clause} not checked: {why}")
    return 1 if any(row.pass_flagged for row in measured.rows) else 0


if __name__ == "__main__":
    sys.exit(main())
