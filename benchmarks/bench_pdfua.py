"""accessicheck's PDF/UA checks beside page-validation, on veraPDF's PDF/UA-1 test files.

    python benchmarks/bench_pdfua.py              # per-clause table, both tools, and timings
    python benchmarks/bench_pdfua.py --repeat 3   # time each file 3 times (median)

page-validation (`pip install page-validation`, imported as `page`) is a PDF
accessibility and conformance checker with Python bindings. It is not one of
accessicheck's dependencies: install it into the same environment to run
this benchmark. Without it, only accessicheck's side is printed.

For every veraPDF clause (the file names say which clause each file passes
or fails, ../shared/corpus/veraPDF-corpus/PDF_UA-1):

- accessicheck: a fail file is caught when one of the clause's rules
  (scripts/measure_verapdf.py CLAUSES) flags it; a false alarm is a pass file
  of the clause that one of them flags. Clauses we do not claim count a fail
  file as caught when any PDF rule flags it.
- page-validation: its report lists failures by its own rule names, not by
  veraPDF clause, so a fail file counts as caught when the report has any
  failure, and a pass file as a false alarm when it has any. That is the
  more generous count.

Then, file by file, the font-program checks of both tools side by side
(`SAME_CHECK`: a page-validation rule and the accessicheck rule that checks
the same thing): every file where one reports the problem and the other does
not, with both results, so each can be checked by hand.

Timing, side by side in the same run, file by file and interleaved:
accessicheck's PDF structure reading (`pdf_facts.read`, which holds every
PDF/UA fact) and its whole load (PDFium text as well), against
`page.validate_pdf(path, profile="ua1")`. Ratios are accessicheck ÷ page.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _measure_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_verapdf", ROOT / "scripts" / "measure_verapdf.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: page-validation rule -> the accessicheck rule that checks the same thing (font programs)
SAME_CHECK = {
    "PDFUA1-FONT-TYPE1-CHARSET-001": "AC455",
    "PDFUA1-CID-SUBSET-CIDSET-001": "AC455",
    "PDFUA1-FONT-GLYPH-WIDTH-001": "AC456",
    "PDFUA1-NOTDEF-GLYPH-001": "AC457",
    "PDFUA1-FONT-GLYPH-PRESENCE-001": "AC457",
}


def _page() -> Any | None:
    try:
        import page  # page-validation
    except ImportError:
        return None
    return page


def _timed(call: Any, repeat: int) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="timings per file (median)")
    args = parser.parse_args()
    measure = _measure_script()
    from accessicheck.loaders import load, pdf_facts

    page = _page()
    if not measure.CORPUS.is_dir():
        print(f"The veraPDF corpus is not at {measure.CORPUS}.", file=sys.stderr)
        return 2
    rows: dict[str, dict[str, list[int]]] = {}
    times = {"facts": 0.0, "load": 0.0, "page": 0.0}
    errors = 0
    differ: list[str] = []
    for path, clause, result in measure.corpus_files():
        codes = set(measure.CLAUSES.get(clause, ())) or set(measure.PDF_CODES)
        found = measure.flagged_codes(path)
        ours = bool(found & codes)
        spent, _ = _timed(lambda p=path: pdf_facts.read(p, 10.0), args.repeat)
        times["facts"] += spent
        spent, _ = _timed(lambda p=path: load(p), args.repeat)
        times["load"] += spent
        theirs = None
        if page is not None:
            try:
                spent, report = _timed(
                    lambda p=path: page.validate_pdf(str(p), profile="ua1"), args.repeat
                )
                theirs = bool(report.failures)
                differ.extend(_differences(path.name, report.failures, found))
            except Exception:  # noqa: BLE001 - a file page cannot read counts as flagged
                spent, theirs = 0.0, True
                errors += 1
            times["page"] += spent
        row = rows.setdefault(clause, {"fail": [0, 0, 0], "pass": [0, 0, 0]})
        counts = row[result]
        counts[0] += 1
        counts[1] += int(ours)
        counts[2] += int(bool(theirs))
    claimed = set(measure.CLAUSES)
    print(
        "| Clause | Claimed | Failing files | accessicheck caught | page caught | "
        "Passing files | accessicheck false alarms | page false alarms |"
    )
    print("|---|---|---|---|---|---|---|---|")
    totals = [0] * 6
    for clause in sorted(rows, key=measure._order):
        fail, ok = rows[clause]["fail"], rows[clause]["pass"]
        shown_page = (fail[2], ok[2]) if page is not None else ("-", "-")
        print(
            f"| {clause} | {'yes' if clause in claimed else 'no'} | {fail[0]} | {fail[1]} | "
            f"{shown_page[0]} | {ok[0]} | {ok[1]} | {shown_page[1]} |"
        )
        for n, value in enumerate((fail[0], fail[1], fail[2], ok[0], ok[1], ok[2])):
            totals[n] += value
    print(
        f"| all | | {totals[0]} | {totals[1]} | {totals[2] if page else '-'} | {totals[3]} | "
        f"{totals[4]} | {totals[5] if page else '-'} |"
    )
    print()
    print(f"accessicheck structure facts (pdf_facts.read): {times['facts']:.2f} s")
    print(f"accessicheck whole load (text and structure):  {times['load']:.2f} s")
    if page is None:
        print("page-validation is not installed: pip install page-validation")
        return 0
    print(f"page-validation (validate_pdf, ua1):           {times['page']:.2f} s")
    if times["page"]:
        print(f"ratio, structure facts ÷ page: {times['facts'] / times['page']:.1f}")
        print(f"ratio, whole load ÷ page:      {times['load'] / times['page']:.1f}")
    if errors:
        print(f"page-validation could not read {errors} files (counted as flagged)")
    print()
    print("Font-program checks where the two differ (check each by hand):")
    for line in differ or ["  none"]:
        print(line)
    return 0


def _differences(name: str, failures: Any, found: set[str]) -> list[str]:
    """One line for each font-program check that one tool reports on a file and the other not."""
    theirs: dict[str, list[str]] = {}
    for failure in failures:
        code = SAME_CHECK.get(failure.rule_id)
        if code is not None:
            theirs.setdefault(code, []).append(f"{failure.rule_id}: {failure.message}")
    lines = []
    for code in sorted(set(SAME_CHECK.values())):
        if (code in found) != (code in theirs):
            page_says = "; ".join(theirs.get(code, [])) or "nothing"
            ours = f"{code} reported" if code in found else f"no {code} finding"
            lines.append(f"  {name}: accessicheck {ours}; page-validation: {page_says}")
    return lines


if __name__ == "__main__":
    sys.exit(main())
