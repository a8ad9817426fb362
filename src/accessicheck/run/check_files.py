"""Check a list of files the way a CI job wants it: cached, in parallel, filtered.

`check_files` is `api.analyse_files(...).report()` plus:
- the result cache (`cache`): a file whose result is cached is not read or
  analysed, and when every file is cached the language model is never loaded;
- `parallel`: one file at a time in this process, or (jobs > 1) a process for
  each file, jobs at a time, with its memory capped;
- inline suppression comments (`suppression`) in Markdown and text files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .. import api
from ..core import small_files, suppression
from ..core.config import Config
from ..core.model import Severity
from ..engine import registry
from ..engine import run_rules as engine
from ..engine.report import FileResult, Report
from .cache import ResultCache


@dataclass
class NothingToCheck(Report):
    """A run with no files, because none changed or this shard has none: not a failure."""

    @property
    def exit_code(self) -> int:
        return 0


def _noop(stage: str, done: int, total: int) -> None:
    return None


def _report(config: Config, files: list[FileResult], cls: type[Report] = Report) -> Report:
    report = api.make_report(config, files, engine.active_rules(registry.all_rules(), config))
    return report if cls is Report else cls(**vars(report))


def empty_report(config: Config) -> Report:
    return _report(config, [], NothingToCheck)


def _check_uncached(
    files: Sequence[Path], config: Config, jobs: int, progress: api.Progress
) -> list[FileResult]:
    if not files:
        return []
    if jobs > 1 and len(files) > 1:
        from . import parallel

        rules = engine.active_rules(registry.all_rules(), config)
        with_ner = "ner" in registry.model_parts(rules)
        return parallel.check_each(files, config, jobs, with_ner=with_ner, progress=progress)
    cap = int(config["file_memory_mb"])
    from . import prefetch

    # The first paper is read, and the glossary compiled, alongside loading the model,
    # where that can save time.
    ahead = prefetch.start(files[0], config) if prefetch.worth_it(files) else None
    try:
        load = ahead.load if ahead is not None else None
        return api.analyse_files(files, config, progress=progress, memory_mb=cap, load=load).results
    finally:
        if ahead is not None:
            ahead.close()


def _suppress(result: FileResult, config: Config, active: set[str]) -> FileResult:
    if result.format not in suppression.FORMATS:
        return result
    limit = int(config["max_file_mb"]) * 1_000_000
    try:
        data = small_files.read_bytes(Path(result.path), limit, "paper")
    except small_files.SmallFileError:  # a pipe, a device, too large or gone
        return result
    source = data.decode("utf-8", errors="replace")
    rule = registry.all_rules().get(suppression.UNUSED_CODE)
    severity = Severity(
        config.rule_settings(suppression.UNUSED_CODE).get(
            "severity", rule.severity.value if rule else "warning"
        )
    )
    findings = suppression.apply(
        result.findings,
        source,
        result.path,
        active_codes=active,
        report_unused=suppression.UNUSED_CODE in active,
        severity=severity,
    )
    return replace(result, findings=findings)


def check_files(
    files: Sequence[Path],
    config: Config,
    *,
    cache: ResultCache | None = None,
    jobs: int = 1,
    progress: api.Progress = _noop,
) -> Report:
    """Check files and return the report, in the order the files were given."""
    results: list[FileResult | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    max_bytes = int(config["max_file_mb"]) * 1_000_000
    if cache is not None:
        for i, path in enumerate(files):
            keys[i] = cache.key(path, max_bytes)
            if keys[i] is not None:
                results[i] = cache.get(keys[i])  # type: ignore[arg-type]
    todo = [i for i, r in enumerate(results) if r is None]
    fresh = _check_uncached([files[i] for i in todo], config, jobs, progress)
    for i, result in zip(todo, fresh, strict=True):
        results[i] = result
        key = keys[i]
        if cache is not None and key is not None and not _has_internal_error(result):
            cache.put(key, result)
    if cache is not None and todo:
        cache.trim()
    active = {r.code for r in engine.active_rules(registry.all_rules(), config)}
    done = [_suppress(r, config, active) for r in results if r is not None]
    return _report(config, done)


def _has_internal_error(result: FileResult) -> bool:
    """A check that failed (AC900) may work next time: do not keep that result."""
    return any(f.code == "AC900" for f in result.findings)
