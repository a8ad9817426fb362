"""The `check` options a CI job uses: cache, jobs, shards, changed files, baseline.

`ci_options` adds them all to a command; `narrow` picks the files to check;
`run` checks them; `finish` applies and writes the baseline. The work itself
is in library modules (runner, cache, shard, gitchanges, baseline).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..core.config import MAX_JOBS
from .common import write_atomically


class _Jobs(click.ParamType):
    """`--jobs`: a whole number from 1 to MAX_JOBS (64), or "auto" (one per core; the
    setting resolves it, so a settings file can say `jobs = "auto"` too)."""

    name = "N|auto"

    def convert(self, value: Any, param: Any, ctx: Any) -> int | str:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        if text == "auto":
            return "auto"
        if text.isdigit() and 1 <= int(text) <= MAX_JOBS:
            return int(text)
        self.fail(f"{value!r} is not a number from 1 to {MAX_JOBS}, or 'auto'.", param, ctx)


JOBS = _Jobs()

_OPTIONS = [
    click.option(
        "--no-cache",
        is_flag=True,
        help="Check every file again, without the result cache, and keep no word tables.",
    ),
    click.option(
        "--changed-since",
        metavar="REF",
        help="Only check papers changed since this git commit or branch (for example origin/main).",
    ),
    click.option(
        "--shard",
        metavar="I/N",
        help="Check only part I of N of the papers, for a CI matrix (for example 1/4).",
    ),
    click.option(
        "--baseline",
        "baseline_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Report only findings that are not in this baseline file.",
    ),
    click.option(
        "--write-baseline",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Record today's findings in this file, to use later with --baseline.",
    ),
]

CI_KEYS = ("no_cache", "changed_since", "shard", "baseline_file", "write_baseline")


def ci_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the CI options to a command (in the order they show in --help)."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def narrow(files: list[Path], paths: list[Path], cfg: Any, ci: dict[str, Any]) -> list[Path]:
    """The files this run checks, after --changed-since and --shard."""
    from ..ci import baseline, shard

    if ci.get("baseline_file"):
        try:
            ci["known"] = baseline.load(ci["baseline_file"])
        except baseline.BaselineError as e:
            raise click.UsageError(str(e)) from e
    if ci.get("changed_since"):
        files = _changed(files, paths, cfg, ci["changed_since"])
    if ci.get("shard"):
        try:
            index, total = shard.parse(ci["shard"])
        except shard.ShardError as e:
            raise click.UsageError(str(e)) from e
        files = shard.pick(files, index, total)
        click.echo(f"Shard {index} of {total}: {_papers(len(files))}.", err=True)
    return files


def _changed(files: list[Path], paths: list[Path], cfg: Any, ref: str) -> list[Path]:
    from ..ci import gitchanges

    try:
        changes = gitchanges.changed_since(ref)
    except gitchanges.GitError as e:
        raise click.UsageError(str(e)) from e
    roots = [p.resolve() for p in paths]
    for gone in changes.deleted:
        inside = any(gone == r or r in gone.parents for r in roots)
        if inside and any(fnmatch.fnmatch(gone.name.lower(), p.lower()) for p in cfg["include"]):
            click.echo(f"Note: skipped {gone.name}: it was deleted since {ref}.", err=True)
    kept = [f for f in files if f.resolve() in changes.changed]
    if not kept:
        click.echo(f"No papers have changed since {ref}. Nothing to check.", err=True)
    return kept


def run(files: list[Path], cfg: Any, progress: Any, ci: dict[str, Any]) -> Any:
    """Check the files: the report, with the baseline applied when asked."""
    from ..run import check_files as runner
    from ..run.cache import ResultCache, default_folder
    from .common import word_tables

    if not files:
        return runner.empty_report(cfg)
    cache = None
    if not ci.get("no_cache"):
        cache = ResultCache(default_folder(), cfg.data, [Path(g) for g in cfg["glossaries"]])
    # The big word tables are kept beside the results, unless --no-cache.
    with word_tables(keep=cache is not None):
        return runner.check_files(files, cfg, cache=cache, jobs=int(cfg["jobs"]), progress=progress)


def finish(report: Any, ci: dict[str, Any]) -> Any:
    """Write the baseline (--write-baseline) and leave out known findings (--baseline)."""
    from ..ci import baseline

    known = ci.get("known")
    if ci.get("write_baseline"):
        write_atomically(ci["write_baseline"], baseline.render(report))
        n = _findings(len(report.findings))
        click.echo(f"Baseline written to {ci['write_baseline']}: {n}.", err=True)
    if known is not None:
        before = len(report.findings)
        report = baseline.without_known(report, known)
        hidden = before - len(report.findings)
        click.echo(f"Baseline: {_findings(hidden, 'known ')} not shown.", err=True)
    return report


def _papers(n: int) -> str:
    return f"{n} paper" if n == 1 else f"{n} papers"


def _findings(n: int, kind: str = "") -> str:
    return f"{n} {kind}finding" if n == 1 else f"{n} {kind}findings"
