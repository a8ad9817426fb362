"""The library entry point: check files and get a `Report`. No printing here.

from accessicheck.api import check_paths
report = check_paths(["papers/"])
for finding in report.findings:
    ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from . import analysis, discover, engine, loaders, profiles, registry
from .config import Config
from .config import load as load_config
from .model import Document, Severity
from .report import FileResult, Report, SectionResult

#: progress(stage, done, total): stage is "reading" (files), "analysing" (blocks
#: of text) or "checking" (rules run on files), so the bar moves within one file.
Progress = Callable[[str, int, int], None]


def _noop(stage: str, done: int, total: int) -> None:
    return None


def load_one(path: Path, config: Config) -> Document:
    """Load one file within the size and time limits the settings give."""
    fmt = loaders.format_from_extension(path)
    seconds = config["pdf_seconds"] if fmt == "pdf" else config["file_seconds"]
    return loaders.load(
        path, max_bytes=int(config["max_file_mb"]) * 1_000_000, time_budget=float(seconds)
    )


def load_documents(
    files: Sequence[Path], config: Config, progress: Progress = _noop
) -> list[Document]:
    """Load each file; a bad file becomes a Document with a load problem."""
    docs = []
    for i, path in enumerate(files):
        docs.append(load_one(path, config))
        progress("reading", i + 1, len(files))
    return docs


def check_documents(
    documents: Sequence[Document],
    config: Config,
    *,
    progress: Progress = _noop,
    strict: bool = False,
) -> Report:
    """Analyse loaded documents and run the selected rules over them."""
    rules = engine.active_rules(registry.all_rules(), config)
    needs = set().union(*(r.needs for r in rules)) if rules else set()
    blocks = sum(len(d.blocks) for d in documents)
    progress("analysing", 0, blocks)
    analysed = analysis.analyse_documents(
        documents,
        with_ner="ner" in needs,
        jobs=int(config["jobs"]),
        progress=lambda done, total: progress("analysing", done, total),
        seconds=float(config["file_seconds"]),
    )
    results = []
    steps, total = 0, len(analysed) * len(rules)
    progress("checking", 0, total)

    def rule_done() -> None:
        nonlocal steps
        steps += 1
        progress("checking", steps, total)

    for adoc in analysed:
        findings = engine.run_rules(adoc, rules, config, strict=strict, rule_done=rule_done)
        doc = adoc.document
        results.append(
            FileResult(
                path=doc.path,
                format=doc.format,
                findings=findings,
                meta=doc.meta,
                readable=doc.readable,
                scores=adoc.scores if doc.readable else None,
                sections=[SectionResult(s.heading, s.level, s.scores) for s in adoc.sections],
            )
        )
    fail_on = None if config["fail_on"] == "never" else Severity(config["fail_on"])
    return Report(results, config.profile, profiles.targets(config.profile), fail_on, rules)


def check_paths(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    progress: Progress = _noop,
    strict: bool = False,
) -> Report:
    """Find, load and check files and folders. Raises discover.NotFound."""
    config = config or load_config(rules=registry.all_rules())
    files = discover.discover([Path(p) for p in paths], config["include"], config["exclude"])
    documents = load_documents(files, config, progress)
    return check_documents(documents, config, progress=progress, strict=strict)
