"""How fast is accessicheck, and how much memory does it use, beside bare spaCy?

    python benchmarks/bench_check.py              # build the pack, measure, print a table
    python benchmarks/bench_check.py --no-build   # reuse the pack in benchmarks/out/
    python benchmarks/bench_check.py --profile    # also profile one in-process check

What it does (README.md in this folder explains why):

1. Builds a pack of about 50,000 words in benchmarks/out/pack/: a .docx
   (python-docx), a .pdf (LibreOffice from a .docx) and a .md, about a third of
   the words each, from hand-written sentence templates and a fixed seed
   (corpus.py). Also benchmarks/out/cold/paper10.pdf, a 10-page paper of about
   3,500 words, for the start-up test.
2. Throughput: `python -m accessicheck check benchmarks/out/pack --format json`
   against a baseline child that runs bare spaCy `nlp.pipe` over the same text
   (extracted beforehand with accessicheck's own loaders). Both are fresh
   processes; wall time and peak memory are measured from outside.
3. Start-up: checking paper10.pdf in a fresh process against a fresh process
   that only imports spaCy and loads the model; also `accessicheck --help` and
   Python doing nothing.
   Before timing, accessicheck is compiled to bytecode (`compileall`), as
   pip does when it installs it; spaCy's bytecode is there already.
4. Every timing is repeated (3 times by default, interleaved) and the median
   reported. Prints a Markdown table and writes benchmarks/out/results.json.

Needs LibreOffice (`soffice`, or set SOFFICE) to build the PDFs, and a Unix
system (peak memory comes from os.wait4).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from office_tools import convert, find_soffice  # noqa: E402

OUT = HERE / "out"
PACK = OUT / "pack"
COLD = OUT / "cold"
#: The cache folder (XDG_CACHE_HOME) of the cold check that keeps its word tables.
CACHE_HOME = OUT / "cache-home"
MD50 = OUT / "markdown"  # one plain Markdown file of about 50,000 words
CHILD = HERE / "_child.py"
TEXTS = OUT / "pack-texts.json"
MD50_TEXTS = OUT / "markdown-texts.json"
VERIFIED = OUT / "verified.json"
ROOT = HERE.parent

PACK_WORDS = 50_000
PAPER10_WORDS = 3_500
SEEDS = {"docx": 101, "pdf": 202, "md": 303, "paper10": 1010, "md50": 5050}


# --- building the pack ---------------------------------------------------------------


def write_docx(parts: list[corpus.Part], path: Path, title: str, font_pt: int = 12) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(font_pt)
    cp = d.core_properties
    cp.title = title
    cp.author = "accessicheck benchmark"
    cp.created = cp.modified = dt.datetime(2026, 1, 1, 9, 0)
    section = d.sections[0]
    section.header.paragraphs[0].text = title
    section.footer.paragraphs[0].text = "Benchmark paper, made-up text"
    d.add_heading(title, level=1)
    for part in parts:
        if part.kind == "heading":
            d.add_heading(part.text, level=part.level)
        elif part.kind == "paragraph":
            d.add_paragraph(part.text)
        elif part.kind == "bullets":
            for item in part.items:
                d.add_paragraph(item, style="List Bullet")
        elif part.kind == "table":
            table = d.add_table(rows=0, cols=len(part.rows[0]))
            table.style = "Table Grid"
            for row in part.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    d.save(str(path))


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def write_md(parts: list[corpus.Part], path: Path, title: str) -> None:
    lines = [f"# {title}", ""]
    for part in parts:
        if part.kind == "heading":
            lines += ["#" * part.level + " " + part.text, ""]
        elif part.kind == "paragraph":
            lines += [part.text, ""]
        elif part.kind == "bullets":
            lines += [f"- {item}" for item in part.items] + [""]
        elif part.kind == "table":
            header, *rows = part.rows
            lines.append("| " + " | ".join(map(_md_cell, header)) + " |")
            lines.append("|" + "---|" * len(header))
            lines += ["| " + " | ".join(map(_md_cell, r)) + " |" for r in rows]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def docx_to_pdf(source: Path, dest: Path, soffice: str) -> None:
    """Convert with LibreOffice (private profile), then move the PDF to `dest`."""
    with tempfile.TemporaryDirectory(prefix="accessicheck-bench-lo-") as tmp:
        pdf = convert([source], Path(tmp), soffice=soffice, timeout=600)[0]
        shutil.move(str(pdf), dest)


def pdf_pages(path: Path) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return len(doc)
    finally:
        doc.close()


def build(soffice: str) -> None:
    """Write the pack and the 10-page paper. Same seeds, same text, every time."""
    for folder in (PACK, COLD, MD50):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    third = PACK_WORDS // 3 + 1
    write_docx(
        corpus.Generator(SEEDS["docx"]).document(third),
        PACK / "board-papers.docx",
        "Partnership Board papers (benchmark)",
    )
    write_md(
        corpus.Generator(SEEDS["md"]).document(third),
        PACK / "meeting-notes.md",
        "Notes of Partnership Board meetings (benchmark)",
    )
    write_md(
        corpus.Generator(SEEDS["md50"]).document(PACK_WORDS),
        MD50 / "papers.md",
        "Partnership Board papers in one file (benchmark)",
    )
    with tempfile.TemporaryDirectory(prefix="accessicheck-bench-") as tmp:
        src = Path(tmp) / "research-report.docx"
        write_docx(
            corpus.Generator(SEEDS["pdf"]).document(third),
            src,
            "Research and involvement report (benchmark)",
        )
        docx_to_pdf(src, PACK / "research-report.pdf", soffice)
        src10 = Path(tmp) / "paper10.docx"
        write_docx(
            corpus.Generator(SEEDS["paper10"]).document(PAPER10_WORDS),
            src10,
            "Step-down care options: briefing paper (benchmark)",
            font_pt=11,  # 3,500 words in 11pt Arial come to about 10 pages
        )
        docx_to_pdf(src10, COLD / "paper10.pdf", soffice)


# --- measuring ------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    maxrss_mb: float
    exit_code: int
    stdout: bytes  # empty unless asked for
    stdout_size: int
    stderr: bytes


def byte_compile() -> None:
    """Compile the accessicheck being measured to bytecode first, as pip does when it
    installs a package: spaCy's bytecode is already there, and without ours (an
    editable install with PYTHONDONTWRITEBYTECODE set) every cold start would also
    time compiling our source."""
    code = "import accessicheck, os; print(os.path.dirname(accessicheck.__file__))"
    where = subprocess.run(
        [sys.executable, "-c", code], env=_env(), capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], env=_env(), check=True)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    return env


def run(
    cmd: list[str], cwd: Path = ROOT, keep_stdout: bool = False, env: dict[str, str] | None = None
) -> Run:
    """Run `cmd` to the end; wall time and the child's peak memory (os.wait4).

    On Linux a child's peak memory starts at this process's own peak (the
    kernel carries it across fork and exec), so this process keeps itself
    small: building, text extraction and reading the reports all happen in
    child processes, and a report is only read when `keep_stdout` is set.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=cwd, env={**_env(), **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        size = out.seek(0, os.SEEK_END)
        out.seek(0)
        err.seek(0)
        rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
        stdout = out.read() if keep_stdout else b""
        return Run(seconds, rss, proc.returncode, stdout, size, err.read())


def _fail(what: str, r: Run) -> None:
    raise SystemExit(
        f"{what} failed (exit code {r.exit_code}):\n{r.stderr.decode(errors='replace')[-3000:]}"
    )


def cli_works() -> bool:
    r = run([sys.executable, "-m", "accessicheck", "check", "--help"])
    return r.exit_code == 0


def accessicheck_cmd(target: Path, use_cli: bool) -> list[str]:
    """The command that checks `target` in a fresh process."""
    if use_cli:
        # --isolated: the default settings, whatever accessicheck.toml is nearby.
        # --no-cache: every run checks the files (the result cache would answer at once).
        return [sys.executable, "-m", "accessicheck", "check", str(target), "--format", "json",
                "--no-progress", "--isolated", "--no-cache"]  # fmt: skip
    return [sys.executable, str(CHILD.relative_to(ROOT)), "api-check", str(target)]


def check_ran(r: Run) -> None:
    """A timed run worked: exit code 0 or 1 (1 means it found problems) and a report."""
    if r.exit_code not in (0, 1) or not r.stdout_size:
        _fail("accessicheck", r)


def check_report(r: Run, use_cli: bool, expect_files: int) -> dict[str, object]:
    """Make sure a run really checked every file; return its summary."""
    check_ran(r)
    data = json.loads(r.stdout)
    if not use_cli:
        return data
    summary = data["summary"]
    if summary["files"] != expect_files or summary["readable_files"] != expect_files:
        raise SystemExit(f"accessicheck did not read every file: {summary}")
    problems = [
        f"{f['path']}: {x.get('code')}"
        for f in data["files"]
        for x in f["findings"]
        if str(x.get("code", "")).startswith("AC9")
    ]
    if problems:
        raise SystemExit(f"accessicheck could not read all of the pack: {problems}")
    return summary


def extract_texts(folder: Path) -> tuple[list[str], dict[str, int]]:
    """The block texts accessicheck's loaders give, and the words in each file."""
    from accessicheck.language.readability import words
    from accessicheck.loaders import load

    texts: list[str] = []
    per_file: dict[str, int] = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        doc = load(path)
        if doc.problems:
            raise SystemExit(f"{path.name}: {doc.problems}")
        blocks = [b.text for b in doc.blocks]
        texts += blocks
        per_file[path.name] = sum(len(words(t)) for t in blocks)
    return texts, per_file


def verify_stage() -> None:
    """Check the pack and the paper once, untimed, and make sure every file was read.

    Runs in its own process (reading a large report would make the measuring
    process big); it also warms the disk cache for the timed runs.
    """
    use_cli = cli_works()
    summaries = {}
    for target, n in ((PACK, 3), (COLD / "paper10.pdf", 1), (MD50, 1)):
        r = run(accessicheck_cmd(target.relative_to(ROOT), use_cli), keep_stdout=True)
        summaries[target.name] = check_report(r, use_cli, expect_files=n)
    VERIFIED.write_text(json.dumps(summaries), encoding="utf-8")


def extract_stage() -> None:
    """Write the pack's block texts and word counts (run in its own process)."""
    texts, per_file = extract_texts(PACK)
    _, paper_words = extract_texts(COLD)
    md_texts, md_words = extract_texts(MD50)
    MD50_TEXTS.write_text(json.dumps({"texts": md_texts, "per_file": md_words}), "utf-8")
    data = {
        "texts": texts,
        "per_file": per_file,
        "paper10": {"words": sum(paper_words.values()), "pages": pdf_pages(COLD / "paper10.pdf")},
    }
    TEXTS.write_text(json.dumps(data), encoding="utf-8")


def stage(name: str) -> None:
    """Run a stage of this script in a child, so this process stays small (see peak_mb)."""
    result = subprocess.run([sys.executable, str(Path(__file__)), "--stage", name], cwd=ROOT)
    if result.returncode:
        raise SystemExit(f"The {name} stage failed.")


def own_peak_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def median(values: list[float]) -> float:
    return statistics.median(values)


def measure(repeat: int, use_cli: bool) -> dict[str, object]:
    extracted = json.loads(TEXTS.read_text(encoding="utf-8"))
    per_file: dict[str, int] = extracted["per_file"]
    total_words = sum(per_file.values())
    texts_path = TEXTS

    # Paths relative to the repository (the children run there), as a person would type them.
    acc_pack = accessicheck_cmd(PACK.relative_to(ROOT), use_cli)
    acc_cold = accessicheck_cmd((COLD / "paper10.pdf").relative_to(ROOT), use_cli)
    # The same check as a person's second run on a new paper: without --no-cache, so the
    # word tables the first run kept are read from their files (core/word_table.py), but
    # with the result cache emptied first, so the paper is checked.
    acc_cold_kept = [a for a in acc_cold if a != "--no-cache"]
    kept_env = {"XDG_CACHE_HOME": str(CACHE_HOME)}
    child = str(CHILD.relative_to(ROOT))
    base_pack = [sys.executable, child, "baseline-pipe", str(texts_path.relative_to(ROOT))]
    acc_md = accessicheck_cmd(MD50.relative_to(ROOT), use_cli)
    base_md = [sys.executable, child, "baseline-pipe", str(MD50_TEXTS.relative_to(ROOT))]
    numpy_pack = [sys.executable, child, "baseline-pipe-numpy", str(texts_path.relative_to(ROOT))]
    numpy_md = [sys.executable, child, "baseline-pipe-numpy", str(MD50_TEXTS.relative_to(ROOT))]
    md_words = sum(json.loads(MD50_TEXTS.read_text(encoding="utf-8"))["per_file"].values())
    base_cold = [sys.executable, child, "baseline-load"]
    help_cmd = [sys.executable, "-m", "accessicheck", "--help"]
    bare_python = [sys.executable, "-c", "pass"]

    # One untimed run of each, so every timed run starts with the files in the disk cache.
    stage("verify")
    summary = json.loads(VERIFIED.read_text(encoding="utf-8"))[PACK.name]
    for cmd in (base_cold, help_cmd):
        r = run(cmd)
        if r.exit_code:
            _fail(" ".join(cmd[1:4]), r)
    shutil.rmtree(CACHE_HOME, ignore_errors=True)
    check_ran(run(acc_cold_kept, env=kept_env))  # keeps the tables

    keys = ("acc_pack", "base_pack", "acc_cold", "acc_cold_kept", "base_cold", "help", "python",
            "acc_md", "base_md", "numpy_pack", "numpy_md")  # fmt: skip
    samples: dict[str, list[Run]] = {k: [] for k in keys}
    md_stages: list[dict[str, object]] = []
    child_stages: list[dict[str, object]] = []
    for i in range(repeat):
        print(f"  round {i + 1} of {repeat} ...", file=sys.stderr, flush=True)
        r = run(acc_pack)
        check_ran(r)
        samples["acc_pack"].append(r)
        r = run(base_pack, keep_stdout=True)  # one short line of JSON
        if r.exit_code:
            _fail("baseline", r)
        child_stages.append(json.loads(r.stdout))
        samples["base_pack"].append(r)
        r = run(acc_md)
        check_ran(r)
        samples["acc_md"].append(r)
        r = run(base_md, keep_stdout=True)
        if r.exit_code:
            _fail("baseline", r)
        md_stages.append(json.loads(r.stdout))
        samples["base_md"].append(r)
        r = run(acc_cold)
        check_ran(r)
        samples["acc_cold"].append(r)
        shutil.rmtree(CACHE_HOME / "accessicheck" / "results-v1", ignore_errors=True)
        r = run(acc_cold_kept, env=kept_env)
        check_ran(r)
        samples["acc_cold_kept"].append(r)
        for key, cmd in (
            ("numpy_pack", numpy_pack),
            ("numpy_md", numpy_md),
            ("base_cold", base_cold),
            ("help", help_cmd),
            ("python", bare_python),
        ):
            r = run(cmd)
            if r.exit_code:
                _fail(key, r)
            samples[key].append(r)

    def secs(key: str) -> float:
        return median([r.seconds for r in samples[key]])

    def mem(key: str) -> float:
        return median([r.maxrss_mb for r in samples[key]])

    pipe_s = median([float(s["pipe_s"]) for s in child_stages])  # type: ignore[arg-type]
    model_load_s = median([float(s["load_s"]) for s in child_stages])  # type: ignore[arg-type]
    return {
        "words": {"total": total_words, "per_file": per_file, "blocks": len(extracted["texts"])},
        "paper10": extracted["paper10"],
        "launcher_peak_mb": own_peak_mb(),
        "accessicheck_summary": summary,
        "baseline_model": child_stages[0]["model"],
        "baseline_pipes": child_stages[0]["pipes"],
        "pack": {
            "accessicheck_s": secs("acc_pack"),
            "baseline_s": secs("base_pack"),
            "accessicheck_words_per_s": total_words / secs("acc_pack"),
            "baseline_words_per_s": total_words / secs("base_pack"),
            "baseline_pipe_only_s": pipe_s,
            "baseline_pipe_only_words_per_s": total_words / pipe_s,
            "baseline_model_load_s": model_load_s,
            "accessicheck_peak_mb": mem("acc_pack"),
            "baseline_peak_mb": mem("base_pack"),
            "time_ratio": secs("acc_pack") / secs("base_pack"),
            "memory_ratio": mem("acc_pack") / mem("base_pack"),
            "numpy_baseline_s": secs("numpy_pack"),
            "numpy_time_ratio": secs("acc_pack") / secs("numpy_pack"),
        },
        "markdown": {
            "words": md_words,
            "accessicheck_s": secs("acc_md"),
            "baseline_s": secs("base_md"),
            "baseline_pipe_only_s": median([float(s["pipe_s"]) for s in md_stages]),  # type: ignore[arg-type]
            "accessicheck_peak_mb": mem("acc_md"),
            "baseline_peak_mb": mem("base_md"),
            "time_ratio": secs("acc_md") / secs("base_md"),
            "numpy_baseline_s": secs("numpy_md"),
            "numpy_time_ratio": secs("acc_md") / secs("numpy_md"),
        },
        "cold": {
            "accessicheck_s": secs("acc_cold_kept"),
            "baseline_s": secs("base_cold"),
            "difference_s": secs("acc_cold_kept") - secs("base_cold"),
            "ratio": secs("acc_cold_kept") / secs("base_cold"),
            "accessicheck_peak_mb": mem("acc_cold_kept"),
            "nothing_kept_s": secs("acc_cold"),
            "nothing_kept_ratio": secs("acc_cold") / secs("base_cold"),
            "nothing_kept_peak_mb": mem("acc_cold"),
            "baseline_peak_mb": mem("base_cold"),
            "help_s": secs("help"),
            "help_peak_mb": mem("help"),
            "python_s": secs("python"),
        },
        "commands": {
            "accessicheck_pack": acc_pack[1:],
            "baseline_pack": base_pack[1:],
            "accessicheck_cold": acc_cold_kept[1:],
            "accessicheck_cold_nothing_kept": acc_cold[1:],
            "baseline_cold": base_cold[1:],
            "help": help_cmd[1:],
        },
        "samples": {
            k: [{"seconds": round(r.seconds, 3), "peak_mb": round(r.maxrss_mb, 1)} for r in v]
            for k, v in samples.items()
        },
        "baseline_stages": child_stages,
    }


# --- reporting -------------------------------------------------------------------------


def _version(package: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def machine() -> dict[str, object]:
    # Versions from package metadata: importing spaCy here would make this process big.
    info: dict[str, object] = {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "accessicheck": _version("accessicheck"),
    }
    try:
        soffice = find_soffice(required=True)
        version = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60)
        info["libreoffice"] = version.stdout.strip().split("\n")[0]
    except (SystemExit, OSError, subprocess.SubprocessError):
        info["libreoffice"] = None
    return info


def table(results: dict[str, object], info: dict[str, object], repeat: int) -> str:
    w = results["words"]
    p = results["pack"]
    c = results["cold"]
    p10 = results["paper10"]
    # A child's peak cannot be measured below this process's own (see `run`).
    floor = float(results["launcher_peak_mb"])  # type: ignore[arg-type]
    help_mb = f"{c['help_peak_mb']:,.0f}"
    if c["help_peak_mb"] <= floor + 0.5:
        help_mb = f"≤ {floor:,.0f}"
    per = ", ".join(f"{name} {n:,}" for name, n in w["per_file"].items())  # type: ignore[union-attr]
    lines = [
        f"Measured {info['date']} on {info['cores']} cores ({info['platform']}), "
        f"Python {info['python']}, spaCy {info['spacy']} with {results['baseline_model']}. "
        f"Median of {repeat} runs.",
        "",
        f"**Throughput:** the pack has {w['total']:,} words ({per}).",  # type: ignore[index]
        "",
        "| Measure | accessicheck | spaCy baseline | accessicheck ÷ baseline |",
        "|---|---:|---:|---:|",
        f"| Time for the whole pack, fresh process (s) | {p['accessicheck_s']:.1f} "
        f"| {p['baseline_s']:.1f} | {p['time_ratio']:.2f} |",
        f"| Words a second | {p['accessicheck_words_per_s']:,.0f} "
        f"| {p['baseline_words_per_s']:,.0f} | {1 / p['time_ratio']:.2f} |",
        f"| Peak memory (MB) | {p['accessicheck_peak_mb']:,.0f} "
        f"| {p['baseline_peak_mb']:,.0f} | {p['memory_ratio']:.2f} |",
        "",
        f"The baseline's `nlp.pipe` alone took {p['baseline_pipe_only_s']:.1f} s "
        f"({p['baseline_pipe_only_words_per_s']:,.0f} words a second); loading its model took "
        f"{p['baseline_model_load_s']:.1f} s.",
        "",
        _numpy_line(p),
        "",
        f"**Start-up:** a fresh process each time; paper10.pdf has {p10['pages']} pages and "  # type: ignore[index]
        f"{p10['words']:,} words.",  # type: ignore[index]
        "",
        "| Measure | Time (s) | Peak memory (MB) |",
        "|---|---:|---:|",
        f"| `accessicheck check paper10.pdf --format json`, word tables kept from an "
        f"earlier run | {c['accessicheck_s']:.2f} | {c['accessicheck_peak_mb']:,.0f} |",
        f"| The same with `--no-cache` (nothing kept: every table made again) "
        f"| {c['nothing_kept_s']:.2f} | {c['nothing_kept_peak_mb']:,.0f} |",
        f"| Baseline: import spaCy and load the model | {c['baseline_s']:.2f} "
        f"| {c['baseline_peak_mb']:,.0f} |",
        f"| Difference (accessicheck − baseline) | {c['difference_s']:.2f} "
        f"| {c['accessicheck_peak_mb'] - c['baseline_peak_mb']:,.0f} |",
        f"| `accessicheck --help` | {c['help_s']:.2f} | {help_mb} |",
        f"| `python -c pass` (Python starting up) | {c['python_s']:.2f} | |",
        "",
        f"Cold check ÷ loading the model: {c['ratio']:.2f} (aim: at most 1.5); "
        f"with nothing kept, {c['nothing_kept_ratio']:.2f}.",
    ]
    m = results.get("markdown")
    if isinstance(m, dict):
        lines += [
            "",
            f"**One plain Markdown file** of {m['words']:,} words (markdown/papers.md):",
            "",
            "| Measure | accessicheck | spaCy baseline | accessicheck ÷ baseline |",
            "|---|---:|---:|---:|",
            f"| Time, fresh process (s) | {m['accessicheck_s']:.1f} | {m['baseline_s']:.1f} "
            f"| {m['time_ratio']:.2f} |",
            f"| Peak memory (MB) | {m['accessicheck_peak_mb']:,.0f} "
            f"| {m['baseline_peak_mb']:,.0f} | "
            f"{m['accessicheck_peak_mb'] / m['baseline_peak_mb']:.2f} |",
            "",
            f"The baseline's `nlp.pipe` alone took {m['baseline_pipe_only_s']:.1f} s.",
            "",
            _numpy_line(m),
        ]
    return "\n".join(lines)


def _numpy_line(r: dict[str, float]) -> str:
    """How accessicheck compares with the baseline run on numpy's BLAS, as it runs its model."""
    return (
        f"The same baseline with the model's sums on numpy's BLAS in one thread, as "
        f"accessicheck runs them: {r['numpy_baseline_s']:.1f} s; accessicheck ÷ that "
        f"baseline: {r['numpy_time_ratio']:.2f}."
    )


def stage_breakdown() -> str:
    """Time each stage of one in-process check of the pack, with no profiler overhead.

    Uses accessicheck's internal modules, so it may need updating when they change.
    The model loads first (timed on its own); then each rule runs on its own. Call
    this before any other in-process check, so that rules' caches start empty.
    """
    from accessicheck import api
    from accessicheck.core.config import load as load_config
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine
    from accessicheck.language import analysis, nlp
    from accessicheck.reporters import json_output
    from accessicheck.run import discover

    rows: list[tuple[str, float]] = []

    def timed(name: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        rows.append((name, time.perf_counter() - start))
        return result

    timed("load the language model", nlp.pipeline, False)
    config = load_config(rules=registry.all_rules(), isolated=True)
    files = discover.discover([PACK], config["include"], config["exclude"])
    documents = timed("read the 3 files", api.load_documents, files, config)
    analysed = timed("language pass and sentences", analysis.analyse_documents, documents)
    for rule in engine.active_rules(registry.all_rules(), config):
        start = time.perf_counter()
        for adoc in analysed:
            engine.run_rules(adoc, [rule], config)
        rows.append((f"rule {rule.code} {rule.slug}", time.perf_counter() - start))
    report = api.check_documents(documents, config)  # rule caches now warm; for the report
    timed("write the JSON report", json_output.render, report)
    total = sum(t for _, t in rows)
    lines = ["| Stage (one in-process check of the pack) | Seconds | Share |", "|---|---:|---:|"]
    for name, t in sorted(rows, key=lambda r: -r[1]):
        if t >= 0.01:
            lines.append(f"| {name} | {t:.2f} | {t / total:.0%} |")
    lines.append(f"| total | {total:.2f} | |")
    return "\n".join(lines)


def profile_in_process(top: int = 25) -> str:
    """cProfile one in-process check of the pack (model already loaded), top costs."""
    import cProfile
    import io
    import pstats

    from accessicheck.api import check_paths
    from accessicheck.language import nlp

    nlp.pipeline(False)  # load the model first: we want the cost of checking
    profiler = cProfile.Profile()
    profiler.enable()
    check_paths([PACK])
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark accessicheck against bare spaCy.")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing (median)")
    parser.add_argument("--no-build", action="store_true", help="reuse benchmarks/out/")
    parser.add_argument("--profile", action="store_true", help="also cProfile one check")
    parser.add_argument("--stage", choices=["build", "extract", "verify"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage == "build":
        build(find_soffice(required=True))
        return 0
    if args.stage == "extract":
        extract_stage()
        return 0
    if args.stage == "verify":
        verify_stage()
        return 0
    if not hasattr(os, "wait4"):
        raise SystemExit("This benchmark needs a Unix system (it uses os.wait4).")

    if not args.no_build or not (PACK.exists() and (COLD / "paper10.pdf").exists()):
        print("Building the pack ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        find_soffice(required=True)
        stage("build")
        print(f"  built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    # Extract the text before any timing, with accessicheck's own loaders.
    stage("extract")
    byte_compile()

    use_cli = cli_works()
    if not use_cli:
        print("The command line is not working; using the library API.", file=sys.stderr)
    print("Measuring ...", file=sys.stderr, flush=True)
    results = measure(args.repeat, use_cli)
    info = machine()
    info["method"] = "cli" if use_cli else "api"
    info["repeat"] = args.repeat
    text = table(results, info, args.repeat)
    (OUT / "results.json").write_text(
        json.dumps({"machine": info, **results}, indent=2) + "\n", encoding="utf-8"
    )
    print(text)
    print(f"\nFull results: {(OUT / 'results.json').relative_to(HERE.parent)}", file=sys.stderr)
    if args.profile:
        print("\n" + stage_breakdown() + "\n")
        print(profile_in_process())
    return 0


if __name__ == "__main__":
    sys.exit(main())
