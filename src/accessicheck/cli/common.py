"""What the command-line modules share: options, settings, files, safe writing.

Only the command-line modules (the `cli` package) import this: it uses click.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..core.profiles import PROFILES
from .screen import echo_wrapped
from .screen import terminal_width as terminal_width  # used by the commands

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

READS = ".docx, .pptx, .pdf, .md and .txt"

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Use this settings file as well as the one found in the folder.",
)
isolated_option = click.option(
    "--isolated", is_flag=True, help="Ignore settings files; use only the defaults and flags."
)
#: The profile names, from the profiles themselves.
PROFILE_CHOICE = click.Choice(list(PROFILES))
profile_option = click.option(
    "--profile", type=PROFILE_CHOICE, help="Who the papers are for (default: plain)."
)
select_option = click.option(
    "--select", multiple=True, help="Only these rules (codes or starts of codes, e.g. AC1)."
)
ignore_option = click.option(
    "--ignore", multiple=True, help="Leave out these rules (codes or starts of codes)."
)


def split_list(values: tuple[str, ...]) -> list[str] | None:
    """--select AC1,AC2 --select AC3 → [AC1, AC2, AC3]; None when not given."""
    if not values:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def load_config(
    config_file: Path | None, isolated: bool, overrides: Mapping[str, Any] | None = None
) -> Any:
    """The merged settings; a bad setting is a usage error, warnings go to stderr."""
    from ..core.config import ConfigError, load
    from ..engine import registry

    try:
        cfg = load(
            config_file=config_file,
            overrides=dict(overrides or {}),
            rules=registry.all_rules(),
            isolated=isolated,
        )
    except ConfigError as e:
        raise click.UsageError(str(e)) from e
    for warning in cfg.warnings:
        echo_wrapped(f"Warning: {warning}", err=True)
    return cfg


def find_files(paths: list[Path], cfg: Any) -> list[Path]:
    """The papers to read, or a usage error saying what is wrong."""
    from ..run import discover

    notes: list[str] = []
    try:
        files = discover.discover(paths, cfg["include"], cfg["exclude"], notes)
    except discover.NotFound as e:
        raise click.UsageError(str(e)) from e
    for note in notes:
        click.echo(f"Warning: {note}", err=True)
    if not files:
        raise click.UsageError(f"No papers were found to check. accessicheck reads {READS} files.")
    return files


def exit_if_no_model(error: Exception) -> None:
    """Print how to install the language model and stop with exit code 2."""
    click.echo(str(error), err=True)
    sys.exit(2)


def refuse_to_overwrite(output: Path | None, inputs: list[Path]) -> None:
    """A usage error when `output` is a file the run reads, or its folder is missing.

    `inputs` should hold every file the run reads: the papers found, the
    settings files, glossaries and needs files (see `files_read`).
    """
    if output is None:
        return
    folder = output.parent
    if not folder.is_dir():
        raise click.UsageError(
            f"The folder '{folder}' does not exist, so '{output.name}' cannot be written there. "
            "Make the folder first, or choose another place."
        )
    from ..run.discover import real_path

    target = real_path(output)
    for f in inputs:
        same = target == real_path(f)
        if not same and output.exists() and f.exists():
            try:
                same = os.path.samefile(output, f)
            except OSError:
                same = False
        if same:
            raise click.UsageError(
                f"'{output}' is one of the files being read, and accessicheck never writes "
                "over a file it reads. Choose another file name."
            )


def files_read(cfg: Any) -> list[Path]:
    """The settings files and glossaries a run reads (papers are listed separately)."""
    settings = [Path(s) for s in cfg.sources if s not in ("defaults", "command line")]
    return [*settings, *(Path(g) for g in cfg["glossaries"])]


#: What a report file's name says about its format: one table for every command.
SUFFIX_FORMATS = {
    ".json": "json",
    ".sarif": "sarif",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "plain",
    ".csv": "csv",
}

#: Each format's name in plain words, for messages.
FORMAT_NAMES = {
    "json": "JSON",
    "sarif": "SARIF",
    "html": "web page (HTML)",
    "docx": "Word",
    "markdown": "Markdown",
    "plain": "plain text",
    "csv": "spreadsheet (CSV)",
    "rich": "coloured terminal",
}

#: Formats that are files, never text for the screen.
FILE_ONLY = {"docx"}


def _suffixes(formats: list[str]) -> list[str]:
    """The usual file-name ending of each format, in the order given."""
    usual = {}
    for suffix, fmt in reversed(SUFFIX_FORMATS.items()):
        usual[fmt] = suffix  # the first suffix listed for a format wins
    return [usual[f] for f in formats if f in usual]


def _either(words: list[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


#: Formats that are written to a file whose name asks for another (GitLab's
#: Code Quality report is JSON, usually gl-code-quality-report.json).
ALSO_WRITES = {"json": ("gitlab", "sarif")}


def output_format(fmt: str, output: Path | None, formats: list[str], screen: str) -> str:
    """The one rule for --format and -o in every command.

    `formats` are the formats this command can write to a file; `screen` is
    what 'auto' means on the screen. With -o, the format comes from the file
    name unless --format says otherwise; a clash between the two is a usage
    error naming both. A Word file is only ever written to a file named by -o.
    """
    if output is None:
        chosen = screen if fmt == "auto" else fmt
        if chosen in FILE_ONLY:
            raise click.UsageError(
                f"A {FORMAT_NAMES[chosen]} report is a file, not text for the screen. "
                f"Name the file with -o, for example: -o report.{chosen}"
            )
        return chosen
    named = SUFFIX_FORMATS.get(output.suffix.lower())
    if fmt == "auto":
        if named is None or named not in formats:
            known = _either(_suffixes(formats))
            if named is None:
                start = f"accessicheck cannot tell what to write from the name '{output.name}'."
            else:
                start = f"This command cannot write a {FORMAT_NAMES[named]} file ('{output.name}')."
            choose = ", or choose with --format" if len(formats) > 1 else ""
            raise click.UsageError(f"{start} End the name with {known}{choose}.")
        return named
    if named is not None and named != fmt and fmt not in ALSO_WRITES.get(named, ()):
        raise click.UsageError(
            f"--format {fmt} does not match the file name '{output.name}', which asks for "
            f"{FORMAT_NAMES.get(named, named)} ({named}). Change one of them so they agree."
        )
    return fmt


class CannotWrite(click.ClickException):
    """A file could not be written (no such folder, no permission, disk full)."""

    exit_code = 2


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn a failure to write `path` into a plain message and exit code 2."""
    try:
        yield
    except OSError as e:
        if e.errno == errno.EPIPE:
            raise
        reason = e.strerror or str(e)
        raise CannotWrite(
            f"Could not write '{path}': {reason}. Check that the folder exists and that "
            "you can save files there."
        ) from e


def write_atomically(path: Path, data: str | bytes | Iterable[str]) -> None:
    """Write a new file in one step, so a reader never sees half of it.

    `data` is text, bytes, or text in pieces (written one after another).

    The temporary file is made by `tempfile` in the target's folder (a name
    nobody can guess, created only if it does not exist, never through a
    link), then renamed over the target in one step.
    """
    import tempfile

    folder = path.parent
    if not folder.is_dir():
        raise click.UsageError(
            f"The folder '{folder}' does not exist, so '{path.name}' cannot be written there. "
            "Make the folder first, or choose another place."
        )
    from ..core.textsafe import for_file

    if isinstance(data, str):
        pieces: Iterable[bytes] = [for_file(data).encode("utf-8")]
    elif isinstance(data, bytes):
        pieces = [data]
    else:
        pieces = (for_file(piece).encode("utf-8") for piece in data)
    with writing(path):
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                for piece in pieces:
                    f.write(piece)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def word_tables(keep: bool = True) -> contextlib.AbstractContextManager[None]:
    """Within the block, keep the big word tables as files in the cache folder, made
    once and read in place after that (`core.word_table`); `keep=False` (check's
    --no-cache) makes them in memory and writes nothing."""
    from ..core import word_table
    from ..run.cache import default_folder

    return word_table.kept_in(default_folder() if keep else None)
