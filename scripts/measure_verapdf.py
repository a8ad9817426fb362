"""Measure the PDF rules (AC42x) against veraPDF's PDF/UA-1 test files.

    python scripts/measure_verapdf.py [--show]

The veraPDF corpus (../shared/corpus/veraPDF-corpus/PDF_UA-1/) names each
file `<clause>-tNN-pass|fail-x.pdf`: the named PDF/UA-1 rule passes or fails
in that file, and only that rule is guaranteed. For each of our PDF rules,
MAPPING lists the veraPDF rules it corresponds to ("claims": it should flag
their fail files) and rules whose files are only checked for false alarms
("silent": their pass files must not be flagged; their fail files fail for a
reason the rule does not test). For every mapped rule we count:

- pass files flagged: false failures. These must be 0;
- fail files caught, for the claimed rules.

Each file is loaded as in a real run (`loaders.load`: PDFium text and the
pypdf structure facts) and the rule runs through the engine. The PDF rules
read only the structure facts, not the language analysis, so spaCy is not
loaded. --show lists the fail files each rule misses.
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

#: Our rule -> the veraPDF PDF/UA-1 rules it answers to.
MAPPING: dict[str, dict[str, tuple[str, ...]]] = {
    "AC420": {"claims": ("7.1-t11",), "silent": ()},
    "AC421": {"claims": ("7.2-t34", "7.2-t29"), "silent": ()},
    "AC422": {"claims": ("7.1-t09",), "silent": ()},
    "AC423": {"claims": ("7.1-t10",), "silent": ()},
    "AC424": {"claims": ("7.3-t01", "7.7-t01"), "silent": ()},
    "AC425": {"claims": ("7.4.2-t01",), "silent": ("7.4.4-t01", "7.4.4-t02", "7.4.4-t03")},
    "AC426": {
        "claims": (),
        "silent": ("7.5-t01", "7.5-t02", "7.2-t03", "7.2-t15", "7.2-t41", "7.2-t42", "7.2-t43"),
    },
    "AC427": {"claims": ("7.21.4.1-t01",), "silent": ()},
    "AC428": {"claims": ("7.21.7-t01",), "silent": ()},
    "AC429": {"claims": ("7.16-t01",), "silent": ()},
}

_NAME = re.compile(r"^(?P<clause>[\d.\-]+?-t\d+)-(?P<result>pass|fail)-[a-z]+\.pdf$")


@dataclass
class Row:
    """Agreement for one rule."""

    code: str
    clauses: tuple[str, ...]
    pass_flagged: list[str] = field(default_factory=list)
    pass_total: int = 0
    fail_caught: list[str] = field(default_factory=list)
    fail_missed: list[str] = field(default_factory=list)

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


def flagged_codes(path: Path, codes: set[str]) -> set[str]:
    """The codes among `codes` our rules report for one file, run as in a real check."""
    from accessicheck import config, engine, registry
    from accessicheck.analysis import AnalysedDocument
    from accessicheck.loaders import load

    rules = registry.all_rules()
    cfg = config.load(overrides={"select": sorted(codes)}, rules=rules, isolated=True)
    chosen = engine.active_rules(rules, cfg)
    document = load(path)
    findings = engine.run_rules(AnalysedDocument(document, [], []), chosen, cfg, strict=True)
    return {f.code for f in findings}


def measure(corpus: Path = CORPUS) -> list[Row]:
    rows = {code: Row(code, spec["claims"] + spec["silent"]) for code, spec in MAPPING.items()}
    interested: dict[str, set[str]] = {}
    for code, spec in MAPPING.items():
        for clause in spec["claims"] + spec["silent"]:
            interested.setdefault(clause, set()).add(code)
    for path, clause, result in corpus_files(corpus):
        codes = interested.get(clause)
        if not codes:
            continue
        found = flagged_codes(path, codes)
        for code in codes:
            row = rows[code]
            if result == "pass":
                row.pass_total += 1
                if code in found:
                    row.pass_flagged.append(path.name)
            elif clause in MAPPING[code]["claims"]:
                (row.fail_caught if code in found else row.fail_missed).append(path.name)
    return list(rows.values())


def table(rows: list[Row]) -> str:
    lines = [
        "| Rule | veraPDF rules | Pass files flagged | Fail files caught |",
        "|---|---|---|---|",
    ]
    for row in rows:
        claims = MAPPING[row.code]["claims"]
        silent = MAPPING[row.code]["silent"]
        clauses = ", ".join(claims) + (f" (silent: {', '.join(silent)})" if silent else "")
        caught = f"{len(row.fail_caught)} / {row.fail_total}" if claims else "not claimed"
        lines.append(
            f"| {row.code} | {clauses} | {len(row.pass_flagged)} / {row.pass_total} | {caught} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="list missed fail files")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"The veraPDF corpus is not at {args.corpus}.", file=sys.stderr)
        return 2
    rows = measure(args.corpus)
    print(table(rows))
    for row in rows:
        if row.pass_flagged:
            print(f"{row.code} FALSE FAILURES: {', '.join(row.pass_flagged)}")
        if args.show and row.fail_missed:
            print(f"{row.code} missed: {', '.join(row.fail_missed)}")
    return 1 if any(row.pass_flagged for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
