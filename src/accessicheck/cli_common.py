"""What the command-line modules share: options, settings, files, safe writing.

Only command-line modules (cli.py and cli_*.py) import this: it uses click.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .profiles import PROFILES

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Below this width, --help puts each option's text under the option, not beside it.
NARROW = 60


class HelpFormatter(click.HelpFormatter):
    """Click's help layout, made to fit a narrow terminal (40 columns) too.

    Click never lays help out narrower than 50 columns, and beside each option
    it leaves a column of 10 characters on a small screen. Here the help fits
    the terminal, and on a narrow one each option's text goes under it.
    """

    def __init__(
        self, indent_increment: int = 2, width: int | None = None, max_width: int | None = None
    ) -> None:
        if width is None:
            import shutil

            columns = shutil.get_terminal_size().columns
            width = max(min(columns, max_width or 80) - 2, 20)
        super().__init__(indent_increment, width, max_width)

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        start = "Usage: " if prefix is None else prefix
        if self.width >= NARROW or len(start) + len(prog) + 20 <= self.width:
            super().write_usage(prog, args, prefix)
            return
        self.write(" " * self.current_indent + start.rstrip() + "\n")
        indent = " " * (self.current_indent + 2)
        self.write(
            click.wrap_text(f"{prog} {args}".strip(), self.width, indent, indent + "  ") + "\n"
        )

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        if self.width >= NARROW:
            super().write_dl(rows, col_max, col_spacing)
            return
        room = self.width - self.current_indent
        for term, text in rows:
            for i, line in enumerate(_wrap_term(term, room)):
                self.write(" " * (self.current_indent + 2 * (i > 0)) + line + "\n")
            if text:
                body = click.wrap_text(text, room - 4, preserve_paragraphs=True)
                for line in body.splitlines():
                    self.write(" " * (self.current_indent + 4) + line + "\n")


def _wrap_term(term: str, width: int) -> list[str]:
    """An option and its choices ("--format [a|b|c]"), broken after a space or '|'."""
    lines = [""]
    for piece in re.split(r"(?<=[| ])", term):
        if lines[-1] and len(lines[-1]) + len(piece.rstrip()) > width - 2 * (len(lines) > 1):
            lines[-1] = lines[-1].rstrip()
            lines.append("")
        lines[-1] += piece
    return [line.rstrip() for line in lines]


class Context(click.Context):
    formatter_class = HelpFormatter


class Command(click.Command):
    """Every accessicheck command: help that fits the terminal."""

    context_class = Context


class Group(click.Group):
    """Every accessicheck command group: help that fits the terminal."""

    context_class = Context
    command_class = Command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if formatter.width >= NARROW:
            super().format_commands(ctx, formatter)
            return
        rows = []  # on a narrow terminal the summary goes under the name: no need to cut it
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=200)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


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
    from . import registry
    from .config import ConfigError, load

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
    from . import discover

    try:
        files = discover.discover(paths, cfg["include"], cfg["exclude"])
    except discover.NotFound as e:
        raise click.UsageError(str(e)) from e
    if not files:
        raise click.UsageError(f"No papers were found to check. accessicheck reads {READS} files.")
    return files


def exit_if_no_model(error: Exception) -> None:
    """Print how to install the language model and stop with exit code 2."""
    click.echo(str(error), err=True)
    sys.exit(2)


def refuse_to_overwrite(output: Path | None, inputs: list[Path]) -> None:
    """A usage error when `output` is one of the input files: inputs are never written."""
    if output is None:
        return
    target = output.resolve()
    if any(target == f.resolve() for f in inputs):
        raise click.UsageError(
            f"'{output}' is one of the papers being checked, and accessicheck never writes "
            "over a paper. Choose another file name."
        )


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
    if named is not None and named != fmt:
        raise click.UsageError(
            f"--format {fmt} does not match the file name '{output.name}', which asks for "
            f"{FORMAT_NAMES.get(named, named)} ({named}). Change one of them so they agree."
        )
    return fmt


def terminal_width() -> int:
    """The width of the terminal the report goes to (100 when it is not a terminal)."""
    import shutil

    if not sys.stdout.isatty():
        return 100
    return max(20, shutil.get_terminal_size((100, 24)).columns)


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


_BULLET = re.compile(r"(?:[-*•] |\d+[.)] )")


def wrap_lines(text: str, width: int, hang: int = 2) -> str:
    """Wrap each line longer than `width`, keeping its indent.

    The lines a line wraps onto are indented `hang` more (list items line up
    after their bullet), so each entry still starts at the left. Lines that
    fit, and lines with colour codes in them, are left as they are.
    """
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or "\x1b" in line:
            out.append(line)
            continue
        body = line.lstrip(" ")
        indent = line[: len(line) - len(body)]
        bullet = _BULLET.match(body)
        after = indent + " " * (len(bullet.group(0)) if bullet else hang)
        if len(after) > width // 2:
            indent = after = ""
        out.extend(
            textwrap.wrap(
                body,
                width,
                initial_indent=indent,
                subsequent_indent=after,
                break_on_hyphens=False,
            )
            or [line]
        )
    return "\n".join(out)


def echo_wrapped(text: str, nl: bool = True, err: bool = False) -> None:
    """Print text for people: on a terminal, long lines wrap at its width.

    Piped or redirected output is left as it is, one idea a line.
    """
    stream = sys.stderr if err else sys.stdout
    if stream.isatty():
        text = wrap_lines(text, _width_of(stream))
    click.echo(text, nl=nl, err=err)


def _width_of(stream: Any) -> int:
    import shutil

    try:
        return max(20, os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, OSError, ValueError):
        return max(20, shutil.get_terminal_size((100, 24)).columns)


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write a new file in one step, so a reader never sees half of it."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with writing(path):
        try:
            if isinstance(data, str):
                tmp.write_text(data, encoding="utf-8", newline="")
            else:
                tmp.write_bytes(data)
            os.replace(tmp, path)
        finally:
            if tmp.exists():
                tmp.unlink()
