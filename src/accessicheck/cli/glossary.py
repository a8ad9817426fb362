"""`accessicheck glossary`: keep the group's glossary (jargon buster).

    accessicheck glossary validate meeting-glossary.csv
    accessicheck glossary suggest papers/ -o new-words.csv
    accessicheck glossary handout papers/ -o words.docx

Heavy libraries are imported inside the commands, so `--help` is instant.
Exit codes: 0 fine; 1 validate found errors (or warnings with --strict);
2 a usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from .common import (
    CONTEXT,
    PROFILE_CHOICE,
    config_option,
    exit_if_no_model,
    files_read,
    find_files,
    isolated_option,
    load_config,
    output_format,
    refuse_to_overwrite,
    word_tables,
    write_atomically,
    writing,
)
from .screen import Group, echo_wrapped

#: What the handout can be written as; Markdown on the screen.
HANDOUT_FORMATS = ["docx", "markdown", "html"]


@click.group("glossary", cls=Group, context_settings=CONTEXT)
def glossary() -> None:
    """Keep the group's glossary: check it, find new words, make a handout.

    The glossary is layered: the word lists that come with accessicheck, then
    the files in the `glossaries` setting (the organisation's, then this
    meeting's). Later ones can change or allow any term.
    """


def _config(
    config_file: Path | None, isolated: bool, extra: tuple[Path, ...], no_shipped: bool
) -> Any:
    cfg = load_config(config_file, isolated)
    cfg.data["glossaries"] = [*cfg["glossaries"], *(str(Path.cwd() / p) for p in extra)]
    if no_shipped:
        cfg.data["shipped_wordlists"] = False
    return cfg


def _analyse_each(paths: tuple[Path, ...], cfg: Any, view: Callable[[Any], None]) -> None:
    """Analyse the papers one at a time, with no rules run (the glossary only reads),
    and hand each analysis to `view` before it is let go: memory stays flat."""
    from .. import api
    from ..language import nlp

    files = find_files(list(paths), cfg)
    try:
        with word_tables():
            api.analyse_files(files, cfg, rules=[], view=lambda adoc, _findings: view(adoc))
    except nlp.ModelNotInstalled as e:
        exit_if_no_model(e)
        raise


def _glossary_problems(cfg: Any) -> None:
    from .. import glossary as gl

    for problem in gl.for_config(cfg.data).problems:
        if problem.level != "info":
            click.echo(f"Warning: glossary {problem}", err=True)


def _level_word(level: str) -> str:
    """A glossary problem's level as the reports say it ("note", not "info")."""
    return "note" if level == "info" else level


glossary_option = click.option(
    "--glossary",
    "extra",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Add a glossary file as the last layer (can be given more than once).",
)
no_shipped_option = click.option(
    "--no-shipped", is_flag=True, help="Leave out the word lists that come with accessicheck."
)


@glossary.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@no_shipped_option
@click.option("--strict", is_flag=True, help="Fail on warnings as well as errors.")
@click.option(
    "--profile",
    type=PROFILE_CHOICE,
    default="plain",
    show_default=True,
    help="Whose reading targets the explanations must meet.",
)
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), hidden=True)
def validate(
    files: tuple[Path, ...], no_shipped: bool, strict: bool, profile: str, today: Any
) -> None:
    """Check glossary files (CSV or YAML), listed in layer order.

    Finds rows that cannot be read, terms listed twice, changes to earlier
    layers, missing explanations, plain alternatives that are themselves
    flagged, explanations that are hard to read, and review dates that have
    passed.
    """
    from ..glossary.validate import validate as run

    day = today.date() if today else date.today()
    problems = run(list(files), shipped=not no_shipped, today=day, profile=profile)
    lines = []
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        lines.append(f"{where}: {_level_word(p.level)}: {p.message}")
    errors = sum(p.level == "error" for p in problems)
    warnings = sum(p.level == "warning" for p in problems)
    notes = sum(p.level == "info" for p in problems)
    n = len(files)
    lines.append(
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}, "
        f"{notes} note{'s' * (notes != 1)} in {n} glossary file{'s' * (n != 1)}."
    )
    echo_wrapped("\n".join(lines))
    sys.exit(1 if errors or (strict and warnings) else 0)


@glossary.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the CSV to this file (NAME.csv) instead of the screen.",
)
@click.option("--limit", type=click.IntRange(1), help="Only the first N suggestions.")
@glossary_option
@no_shipped_option
@config_option
@isolated_option
def suggest(
    paths: tuple[Path, ...],
    output: Path | None,
    limit: int | None,
    extra: tuple[Path, ...],
    no_shipped: bool,
    config_file: Path | None,
    isolated: bool,
) -> None:
    """Find words in papers that are not in the glossary yet, as CSV rows.

    Lists acronyms, rare words and frequent phrases, most important first,
    with how often each appears and an example sentence. Paste the rows into
    the glossary spreadsheet and fill in the explanations together.
    """
    from .. import glossary as gl
    from ..glossary.suggest import Suggester, to_csv

    cfg = _config(config_file, isolated, extra, no_shipped)
    if output is not None:
        refuse_to_overwrite(output, [*find_files(list(paths), cfg), *files_read(cfg)])
    output_format("auto", output, ["csv"], "csv")
    _glossary_problems(cfg)
    suggester = Suggester(
        gl.for_config(cfg.data),
        threshold=float(cfg["jargon_zipf_threshold"]),
        well_known=cfg["well_known_acronyms"],
    )
    _analyse_each(paths, cfg, suggester.add)
    items = suggester.ranked()
    text = to_csv(items[:limit] if limit else items)
    if not items:
        click.echo(
            "No words to suggest: the papers have no acronyms, rare words or repeated "
            "phrases that the glossary does not have already.",
            err=True,
        )
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text)
        click.echo(
            f"{len(items[:limit] if limit else items)} suggestions written to {output}.", err=True
        )


@glossary.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file: .docx, .md or .html (Markdown on screen if not given).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", *HANDOUT_FORMATS]),
    default="auto",
    show_default=True,
    help="'auto' takes it from the -o file name, or is Markdown on the screen.",
)
@click.option(
    "--easy-read", is_flag=True, help="Use the Easy Read explanations where there are any."
)
@click.option("--title", default=None, help="The handout's title.")
@glossary_option
@no_shipped_option
@config_option
@isolated_option
def handout(
    paths: tuple[Path, ...],
    output: Path | None,
    fmt: str,
    easy_read: bool,
    title: str | None,
    extra: tuple[Path, ...],
    no_shipped: bool,
    config_file: Path | None,
    isolated: bool,
) -> None:
    """Make the "Words we use in this meeting" handout for some papers.

    Every glossary word that appears in the papers, with its plain
    explanation, in large print and in alphabetical order.
    """
    from .. import glossary as gl
    from ..glossary.handout import TITLE, Collector

    fmt = output_format(fmt, output, HANDOUT_FORMATS, "markdown")
    cfg = _config(config_file, isolated, extra, no_shipped)
    if output is not None:
        refuse_to_overwrite(output, [*find_files(list(paths), cfg), *files_read(cfg)])
    _glossary_problems(cfg)
    collector = Collector(gl.for_config(cfg.data))
    _analyse_each(paths, cfg, collector.add)
    data = collector.handout(easy_read=easy_read, title=title or TITLE)
    if fmt == "docx":
        from ..reporters import handout_docx

        assert output is not None  # output_format refuses Word on the screen
        with writing(output):
            handout_docx.write(data, output)
    else:
        if fmt == "html":
            from ..reporters import handout_html as writer
        else:
            from ..reporters import handout_md as writer  # type: ignore[no-redef]
        text = writer.render(data)
        if output is None:
            click.echo(text, nl=False)
            return
        write_atomically(output, text)
    click.echo(f"Handout with {len(data.items)} words written to {output}.", err=True)
