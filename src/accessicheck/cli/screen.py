"""Text that fits the terminal: help pages, long lines, the terminal's width.

Only command-line modules import this: it uses click.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap
from typing import Any

import click

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


def terminal_width() -> int:
    """The width of the terminal the report goes to (100 when it is not a terminal)."""
    if not sys.stdout.isatty():
        return 100
    return max(20, shutil.get_terminal_size((100, 24)).columns)


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
    try:
        return max(20, os.get_terminal_size(stream.fileno()).columns)
    except (AttributeError, OSError, ValueError):
        return max(20, shutil.get_terminal_size((100, 24)).columns)
