"""The command line: a thin layer over `accessicheck.api`.

Heavy libraries (spaCy, rich, the document readers) are imported inside the
commands, so `accessicheck --help` and `accessicheck rules` start at once.

Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 a usage or
settings error, or no input could be read; 3 a fault in accessicheck itself
(a plain message asks the user to report it; --debug shows the traceback);
130 stopped with Ctrl+C.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

import click

from .. import __version__
from ..core import textsafe
from ..reporters import View
from . import ci as cli_ci
from .ci import JOBS, ci_options
from .common import (
    CONTEXT,
    config_option,
    exit_if_no_model,
    files_read,
    find_files,
    ignore_option,
    isolated_option,
    load_config,
    output_format,
    profile_option,
    refuse_to_overwrite,
    select_option,
    split_list,
    terminal_width,
    write_atomically,
)
from .screen import Group, echo_wrapped, wrap_lines


def _screen_format() -> str:
    """What 'auto' means on the screen: colour on a terminal, plain text otherwise."""
    if os.environ.get("NO_COLOR") or not sys.stdout.isatty():
        return "plain"
    return "rich"


def _render_json(report: Any, view: View) -> Iterable[str]:
    from ..reporters import json_output

    return json_output.chunks(report)  # one file at a time: see `_write`


def _render_rich(report: Any, view: View) -> str:
    from ..reporters import terminal

    return terminal.render(report, view)


def _render_plain(report: Any, view: View) -> str:
    from ..reporters import plain

    return plain.render(report, view)


def _render_html(report: Any, view: View) -> str:
    from ..reporters import html

    return html.render(report, view)


def _render_docx(report: Any, view: View) -> bytes:
    from ..reporters import report_docx

    return report_docx.render(report, view)


def _render_markdown(report: Any, view: View) -> str:
    from ..reporters import report_markdown

    return report_markdown.render(report, view)


#: Every report `check` can write, by format name. A renderer takes the report
#: and how the reader asked to see it, and returns text (str), the bytes of a
#: file (bytes), or text in pieces (an iterable of str) to write one after another.
RENDERERS: dict[str, Callable[[Any, View], str | bytes | Iterable[str]]] = {
    "rich": _render_rich,
    "plain": _render_plain,
    "json": _render_json,
    "html": _render_html,
    "docx": _render_docx,
    "markdown": _render_markdown,
    "sarif": lambda report, view: _reporter("sarif").render(report),
    "github": lambda report, view: _reporter("github").render(report),
    "gitlab": lambda report, view: _reporter("gitlab").render(report),
}


def _reporter(name: str) -> Any:
    import importlib

    return importlib.import_module(f"accessicheck.reporters.{name}")


#: The exit code for a fault in accessicheck itself (never for a problem in the papers).
INTERNAL_ERROR = 3
#: The exit code when the user stops a run with Ctrl+C (the shell's usual 128 + SIGINT).
INTERRUPTED = 130


class MainGroup(Group):
    """The top-level command: an unexpected error anywhere ends in exit code 3.

    Exit codes 0, 1 and 2 each mean one thing, so a crash must never borrow one
    of them. Python's traceback is only shown with --debug (or ACCESSICHECK_DEBUG=1).
    """

    debug = False

    def main(self, *args: Any, **kwargs: Any) -> Any:
        self.debug = False
        try:
            return super().main(*args, **kwargs)
        except Exception as error:  # SystemExit and KeyboardInterrupt are not Exceptions
            _internal_error(error, self.debug or _debug_from_environment())

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\nStopped before the end.", err=True)
            sys.exit(INTERRUPTED)


def _debug_from_environment() -> bool:
    return os.environ.get("ACCESSICHECK_DEBUG", "").strip().lower() in {"1", "true", "yes", "on"}


def _internal_error(error: BaseException, debug: bool) -> NoReturn:
    """Say plainly that accessicheck itself went wrong, and exit with code 3."""
    import platform
    import traceback

    if debug:
        traceback.print_exception(error)
    what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = [
        "accessicheck stopped because of a fault in accessicheck itself.",
        "This is not something you did wrong.",
        f"What went wrong: {what}",
        "Please report it on the accessicheck project's issue tracker.",
        "Say what command you ran, and copy in this line:",
        f"  accessicheck {__version__}, Python {platform.python_version()}, "
        f"{platform.system() or 'unknown system'}",
    ]
    if not debug:
        lines.append("To see the details for your report, run the command again with --debug.")
    echo_wrapped("\n".join(lines), err=True)
    sys.exit(INTERNAL_ERROR)


def _set_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and isinstance(ctx.command, MainGroup):
        ctx.command.debug = True


@click.group(cls=MainGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="accessicheck")
@click.option(
    "--debug",
    is_flag=True,
    envvar="ACCESSICHECK_DEBUG",
    expose_value=False,
    is_eager=True,
    callback=_set_debug,
    help="If accessicheck itself goes wrong, show the details (also ACCESSICHECK_DEBUG=1).",
)
def main() -> None:
    """Check meeting papers for accessibility and plain English before they go out.

    Start with:  accessicheck check PAPERS_FOLDER
    """
    # Everything echoed from here on passes through one filter for control characters.
    textsafe.install(sys)


def _fail_on_level(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--fail-on LEVEL; "info", the old name for "note", is still accepted."""
    if value is None:
        return None
    word = value.strip().lower()
    word = "note" if word == "info" else word
    if word not in {"error", "warning", "note", "never"}:
        raise click.BadParameter(f"'{value}' is not a level. Use error, warning, note or never.")
    return word


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", *RENDERERS]),
    default="auto",
    show_default=True,
    help="Report style. 'auto' takes it from the -o file name, or is plain when NO_COLOR "
    "is set or the output is not a terminal.",
)
@profile_option
@click.option(
    "--fail-on",
    metavar="[error|warning|note|never]",
    callback=_fail_on_level,
    help="Exit with code 1 when anything at this level or above is found (default: error).",
)
@select_option
@ignore_option
@click.option(
    "--jobs",
    type=JOBS,
    metavar="N|auto",
    help="Check this many papers at a time, one process each; 'auto': one per core.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of the screen.",
)
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@click.option(
    "--show-notes", is_flag=True, help="Show notes (the lowest level) too; they are counted anyway."
)
@ci_options
@config_option
@isolated_option
def check(
    paths: tuple[Path, ...],
    fmt: str,
    profile: str | None,
    fail_on: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    jobs: int | str | None,
    output: Path | None,
    no_progress: bool,
    show_notes: bool,
    config_file: Path | None,
    isolated: bool,
    **ci: Any,
) -> None:
    """Check papers (files or folders) and report what to fix."""
    from ..language import nlp
    from .progress import progress_bar, wanted

    overrides = {
        "profile": profile,
        "fail_on": fail_on,
        "select": split_list(select),
        "ignore": split_list(ignore),
        "jobs": jobs,
    }
    cfg = load_config(config_file, isolated, overrides)
    files = cli_ci.narrow(find_files(list(paths), cfg), list(paths), cfg, ci)
    refuse_to_overwrite(output, [*files, *files_read(cfg)])
    fmt = output_format(fmt, output, [f for f in RENDERERS if f != "rich"], _screen_format())
    show = wanted(fmt, sys.stderr, asked_not_to=no_progress)
    try:
        with progress_bar(show) as progress:
            report = cli_ci.run(files, cfg, progress, ci)
    except nlp.ModelNotInstalled as e:
        exit_if_no_model(e)
    report = cli_ci.finish(report, ci)
    view = View(show_notes=show_notes, width=terminal_width(), color=not os.environ.get("NO_COLOR"))
    text = RENDERERS[fmt](report, view)
    if output is not None:
        write_atomically(output, text)
        click.echo(f"Report written to {output}.", err=True)
    elif isinstance(text, (str, bytes)):
        click.echo(text, nl=False)
    else:
        for piece in text:
            click.echo(piece, nl=False)
    sys.exit(report.exit_code)


@main.command(context_settings=CONTEXT)
@click.option("--format", "fmt", type=click.Choice(["plain", "json"]), default="plain")
def rules(fmt: str) -> None:
    """List every rule, with its code, name, level and summary."""
    from ..engine import registry

    all_rules = registry.all_rules().values()
    if fmt == "json":
        import json

        data = [
            {
                "code": r.code,
                "rule": r.slug,
                "severity": r.severity.value,
                "unit": r.unit,
                "summary": r.summary,
                "why": r.why,
                "helps": list(r.helps),
                "options": dict(r.options),
            }
            for r in all_rules
        ]
        click.echo(json.dumps(data, indent=2))
        return
    family = ""
    lines = []
    for r in all_rules:
        if r.family != family:
            family = r.family
            lines += ["", FAMILIES.get(family, family)]
        lines.append(f"  {r.code}  {r.slug}  ({r.severity.value}): {r.summary}")
    lines += ["", "For more about one rule: accessicheck explain CODE"]
    echo_wrapped("\n".join(lines))


FAMILIES = {
    "AC1": "AC1xx  Readability and sentences",
    "AC2": "AC2xx  Jargon, glossary and acronyms",
    "AC3": "AC3xx  Inclusive and contested language",
    "AC4": "AC4xx  Document structure",
    "AC5": "AC5xx  Agenda and meeting",
    "AC9": "AC9xx  Problems reading files",
}


@main.command(context_settings=CONTEXT)
@click.argument("code")
def explain(code: str) -> None:
    """Explain one rule, with examples. CODE is a code (AC101) or name."""
    from ..core.needs import NEED_NAMES
    from ..core.profiles import PROFILES
    from ..engine import registry

    r = registry.get(code)
    if r is None:
        raise click.UsageError(
            f"There is no rule called '{code}'. See the list with: accessicheck rules"
        )
    lines = [
        f"{r.code} {r.slug}: {r.summary}",
        f"Level: {r.severity.value}. Looks at each {r.unit}.",
        "",
        _reflow(r.description),
        "",
        f"Why it matters: {r.why}",
    ]
    if r.helps:
        lines.append(f"Helps most: {', '.join(NEED_NAMES.get(h, h) for h in r.helps)}.")
    if r.fails:
        lines += ["", "Flags text like this:"] + [f"  - {e}" for e in r.fails]
    if r.passes:
        lines += ["", "Leaves text like this alone:"] + [f"  - {e}" for e in r.passes]
    if r.options:
        lines += ["", "Settings (in [rules." + r.code + "]):"]
        for name, default in r.options.items():
            by_profile = [
                f"{p} {r.profiles[p][name]}" for p in PROFILES if name in r.profiles.get(p, {})
            ]
            extra = f" ({'; '.join(by_profile)})" if by_profile else ""
            lines.append(f"  {name} = {default!r}{extra}")
        lines.append("  enabled = true")
        lines.append(f'  severity = "{r.severity.value}"')
    click.echo(wrap_lines("\n".join(lines), terminal_width(), hang=0))


def _reflow(text: str) -> str:
    """Join the lines of each paragraph (or list item), to wrap again at any width."""
    paragraphs = []
    for paragraph in text.split("\n\n"):
        items: list[str] = []
        for line in paragraph.splitlines():
            words = line.strip()
            if items and not words.startswith("- "):
                items[-1] += " " + words
            else:
                items.append(words)
        paragraphs.append("\n".join(items))
    return "\n\n".join(paragraphs)


@main.command("config", context_settings=CONTEXT)
@config_option
@isolated_option
def show_config(config_file: Path | None, isolated: bool) -> None:
    """Print the settings in use, after merging every settings file."""
    from ..core.config import to_toml

    cfg = load_config(config_file, isolated)
    click.echo("# Settings in use, merged from: " + ", ".join(cfg.sources))
    click.echo(to_toml(cfg.data), nl=False)


@main.command(context_settings=CONTEXT)
@click.option("--force", is_flag=True, help="Replace an existing accessicheck.toml.")
def init(force: bool) -> None:
    """Write a starter accessicheck.toml with comments in this folder."""
    from ..core.config import STARTER

    target = Path("accessicheck.toml")
    if target.exists() and not force:
        raise click.UsageError("accessicheck.toml already exists here. Use --force to replace it.")
    write_atomically(target, STARTER)
    echo_wrapped("Wrote accessicheck.toml. Open it to change the settings.")


def _register() -> None:
    """Commands with many options live in their own modules (click only at import)."""
    from .checklist import checklist
    from .glossary import glossary
    from .rewrite import rewrite

    main.add_command(glossary)
    main.add_command(rewrite)
    main.add_command(checklist)


_register()


if __name__ == "__main__":  # pragma: no cover
    main()
