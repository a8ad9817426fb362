"""The library entry point: analyse files once into a `Pack`, then look at it. No printing here.

    from accessicheck.api import analyse
    pack = analyse(["papers/"])
    report = pack.report()          # what `accessicheck check` shows
    for finding in report.findings:
        ...

`analyse` reads each file once, runs the language model over it once and
every selected rule once, and keeps what the commands need: each file's
findings and readability (`FileResult`), and, when asked, the loaded
document (its text and facts, for the checklist) and what a command's
`view` made of the analysed document (rewrites, for `rewrite`).

Files are analysed one at a time, and a file's language analysis (the
biggest thing in memory) is let go before the next file is read, so memory
stays flat however many papers there are. `check_paths` is `analyse(...).report()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import loaders
from .core import bounds, profiles
from .core.config import Config
from .core.config import load as load_config
from .core.model import Document, Finding, Severity
from .engine import registry
from .engine import run_rules as engine
from .engine.registry import Rule
from .engine.report import FileResult, Report, SectionResult
from .language import analysis
from .language.analysis import AnalysedDocument
from .run import discover

#: progress(stage, done, total): stage is "reading" (files), "analysing" (blocks
#: of text) or "checking" (rules run on files), so the bar moves within one file.
Progress = Callable[[str, int, int], None]
#: view(analysed document, its findings): what a command wants from a file while
#: its language analysis is still in memory (kept in `PackFile.view`).
View = Callable[[AnalysedDocument, list[Finding]], Any]


def _noop(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class PackFile:
    """One file of a pack: its result, and (when asked for) its loaded document and view."""

    result: FileResult
    document: Document | None = None
    view: Any = None


@dataclass
class Pack:
    """Files analysed once: each file's findings, and what the commands asked to keep."""

    files: list[PackFile]
    config: Config
    rules: list[Rule]
    analysed: list[AnalysedDocument] = field(default_factory=list)

    @property
    def results(self) -> list[FileResult]:
        return [f.result for f in self.files]

    @property
    def documents(self) -> list[Document]:
        """The loaded documents (analyse with keep_documents=True)."""
        return [f.document for f in self.files if f.document is not None]

    def findings_by_path(self) -> dict[str, list[Finding]]:
        return {f.result.path: f.result.findings for f in self.files}

    def report(self) -> Report:
        """The report `accessicheck check` shows for these files."""
        return make_report(self.config, self.results, self.rules)


def make_report(config: Config, results: list[FileResult], rules: list[Rule]) -> Report:
    fail_on = None if config["fail_on"] == "never" else Severity(config["fail_on"])
    return Report(
        results,
        config.profile,
        profiles.targets(config.profile),
        fail_on,
        rules,
        rules_page=config["rules_page"].strip(),
    )


def reading_seconds(path: Path, config: Config) -> float:
    """The seconds the settings give for reading one file: `pdf_seconds` for a PDF,
    `file_seconds` for anything else."""
    pdf = loaders.format_from_extension(path) == "pdf"
    return float(config["pdf_seconds"] if pdf else config["file_seconds"])


def load_one(path: Path, config: Config) -> Document:
    """Load one file within the size and time limits the settings give."""
    return loaders.load(
        path,
        max_bytes=int(config["max_file_mb"]) * 1_000_000,
        time_budget=reading_seconds(path, config),
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


class _Checker:
    """Analyses and checks one document at a time with the same rules and settings."""

    def __init__(
        self,
        config: Config,
        rules: list[Rule],
        progress: Progress,
        strict: bool,
    ) -> None:
        self.config, self.rules, self.progress, self.strict = config, rules, progress, strict
        parts = registry.model_parts(rules)
        self.with_ner = "ner" in parts
        self.parse = "parser" in parts

    def analyse(self, document: Document) -> AnalysedDocument:
        progress = self.progress
        progress("analysing", 0, len(document.blocks))
        [adoc] = analysis.analyse_documents(
            [document],
            with_ner=self.with_ner,
            jobs=int(self.config["jobs"]),
            progress=lambda done, total: progress("analysing", done, total),
            seconds=float(self.config["file_seconds"]),
            parse=self.parse,
        )
        return adoc

    def check(self, adoc: AnalysedDocument) -> FileResult:
        steps, total = 0, len(self.rules)
        self.progress("checking", 0, total)

        def rule_done() -> None:
            nonlocal steps
            steps += 1
            self.progress("checking", steps, total)

        findings = engine.run_rules(
            adoc, self.rules, self.config, strict=self.strict, rule_done=rule_done
        )
        return file_result(adoc, findings)


def _memory_failure(path: Path, config: Config) -> FileResult:
    """The result of a file that needed more memory than one file may use."""
    from .run.parallel import failed_result

    problem = bounds.out_of_memory(int(config["file_memory_mb"]))
    return failed_result(path, config, problem, "MemoryError")


def file_result(adoc: AnalysedDocument, findings: list[Finding]) -> FileResult:
    doc = adoc.document
    return FileResult(
        path=doc.path,
        format=doc.format,
        findings=findings,
        meta=doc.meta,
        readable=doc.readable,
        scores=adoc.scores if doc.readable else None,
        sections=[SectionResult(s.heading, s.level, s.scores) for s in adoc.sections],
    )


def analyse_files(
    files: Sequence[Path],
    config: Config,
    *,
    rules: Sequence[Rule] | None = None,
    progress: Progress = _noop,
    strict: bool = False,
    keep_documents: bool = False,
    keep_analysed: bool = False,
    view: View | None = None,
    memory_mb: int | None = None,
    load: Callable[[Path, Config], Document] | None = None,
) -> Pack:
    """Read, analyse and check each file once, one file at a time, in the order given.

    `rules`: the rules to run (default: the ones the settings select).
    `keep_documents` keeps each loaded document (text and facts) in the pack;
    `keep_analysed` keeps every file's language analysis too (memory then
    grows with the papers: only for commands that look across all of them);
    `view(adoc, findings)` runs on each file while its analysis is in memory.
    `memory_mb` caps the memory one file may use (`bounds.memory_cap`): a file
    that needs more gets an AC905 finding and the next file is checked.
    `load(path, config)` reads a file (default: `load_one`).
    """
    read = load or load_one
    chosen = list(rules) if rules is not None else engine.active_rules(registry.all_rules(), config)
    checker = _Checker(config, chosen, progress, strict)
    out: list[PackFile] = []
    kept: list[AnalysedDocument] = []
    if memory_mb and files:
        from .run.warm_up import load_model

        load_model(checker.with_ner)  # what every file shares is not counted against one
    for i, path in enumerate(files):
        try:
            with bounds.memory_cap(memory_mb):
                document = read(path, config)
                progress("reading", i + 1, len(files))
                adoc = checker.analyse(document)
                result = checker.check(adoc)
        except MemoryError:
            out.append(PackFile(_memory_failure(path, config), None, None))
            continue
        made = view(adoc, result.findings) if view is not None else None
        out.append(PackFile(result, document if keep_documents else None, made))
        if keep_analysed:
            kept.append(adoc)
        else:
            adoc.release()  # the language analysis goes before the next file is read
    return Pack(out, config, chosen, kept)


def analyse(
    paths: Iterable[str | Path],
    config: Config | None = None,
    **options: Any,
) -> Pack:
    """Find the files in `paths` (files and folders) and analyse them: see `analyse_files`.

    Raises discover.NotFound.
    """
    config = config or load_config(rules=registry.all_rules())
    files = discover.discover([Path(p) for p in paths], config["include"], config["exclude"])
    return analyse_files(files, config, **options)


def check_documents(
    documents: Sequence[Document],
    config: Config,
    *,
    progress: Progress = _noop,
    strict: bool = False,
) -> Report:
    """Analyse loaded documents and run the selected rules over them, one at a time."""
    rules = engine.active_rules(registry.all_rules(), config)
    checker = _Checker(config, rules, progress, strict)
    results = []
    for doc in documents:
        adoc = checker.analyse(doc)
        results.append(checker.check(adoc))
        adoc.release()
    return make_report(config, results, rules)


def check_paths(
    paths: Iterable[str | Path],
    config: Config | None = None,
    *,
    progress: Progress = _noop,
    strict: bool = False,
) -> Report:
    """Find, load and check files and folders. Raises discover.NotFound."""
    return analyse(paths, config, progress=progress, strict=strict).report()
