"""`accessicheck rewrite`: suggested plain-English rewrites of flagged sentences.

    accessicheck rewrite paper.docx
    accessicheck rewrite paper.docx -o paper.suggested.docx
    accessicheck rewrite papers/ --format markdown -o rewrites.md

It never edits the papers. With `-o NAME.docx` (one Word paper only) it writes
a copy in which each rewrite is a tracked change with a comment, to accept or
reject in Word or LibreOffice. With `-o NAME.md` or `-o NAME.json` it writes
the report to that file.

Exit codes: 0 the rewrites were listed (rewrites are advice, so finding some
is not a failure); 2 a usage error, no paper could be read, or the language
model is missing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from ..reporters.rewrite_summary import counted
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
    word_tables,
    write_atomically,
    writing,
)
from .screen import Command, echo_wrapped

#: What rewrite can write to a file named by -o; "docx" is a Word copy of the
#: paper with each rewrite as a tracked change.
FILE_FORMATS = ["docx", "markdown", "json", "plain", "html"]


def _screen_format() -> str:
    """What 'auto' means on the screen: side by side on a terminal, else plain."""
    if os.environ.get("NO_COLOR") or not sys.stdout.isatty():
        return "plain"
    return "rich"


def _render(files: list[tuple[str, Any]], fmt: str) -> str:
    if fmt == "json":
        from ..reporters import rewrite_json

        return rewrite_json.render(files)
    if fmt == "html":
        from ..reporters import html

        return html.render_rewrites(files)
    if fmt == "markdown":
        from ..reporters import rewrite_markdown

        return rewrite_markdown.render(files)
    from ..reporters import rewrite_text

    if fmt == "rich":
        width = terminal_width()
        return rewrite_text.render_side_by_side(files, width=width)
    return rewrite_text.render_plain(files)


@click.command("rewrite", cls=Command, context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "rich", "plain", "markdown", "json", "docx", "html"]),
    default="auto",
    show_default=True,
    help="'rich' shows the old and new sentence side by side; 'plain' one under the other. "
    "'auto' takes it from the -o file name, or is plain when NO_COLOR is set or the output "
    "is not a terminal.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="NAME.docx: a Word copy with each rewrite as a tracked change (one .docx paper "
    "only). NAME.md, NAME.json or NAME.txt: write the report to this file.",
)
@click.option(
    "--we",
    "we_name",
    metavar="NAME",
    help='The organisation that writes the papers, such as "the Trust". Passive sentences '
    'then become "we" sentences: "The plan was agreed by the Trust" → "We agreed the plan". '
    "Setting: rewrite.we_name.",
)
@profile_option
@select_option
@ignore_option
@config_option
@isolated_option
def rewrite(
    paths: tuple[Path, ...],
    fmt: str,
    output: Path | None,
    we_name: str | None,
    profile: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: Path | None,
    isolated: bool,
) -> None:
    """Suggest plain-English rewrites for sentences that break a rule.

    Lists each sentence, a suggested rewrite and the reasons. The papers are
    never changed.
    """
    from .. import api
    from ..language import nlp
    from ..rewrite import rewriter

    overrides = {"profile": profile, "select": split_list(select), "ignore": split_list(ignore)}
    cfg = load_config(config_file, isolated, overrides)
    if we_name is not None:
        cfg.data["rewrite"] = {**cfg.data.get("rewrite", {}), "we_name": we_name.strip()}
    files = find_files(list(paths), cfg)
    refuse_to_overwrite(output, [*files, *files_read(cfg)])
    fmt = output_format(fmt, output, FILE_FORMATS, _screen_format())
    word_copy = fmt == "docx"
    if word_copy and (len(files) != 1 or files[0].suffix.lower() != ".docx"):
        raise click.UsageError(
            "A Word copy with tracked changes (-o NAME.docx) needs exactly one .docx paper."
        )

    def rewrites(adoc: Any, findings: list[Any]) -> Any:
        return rewriter.rewrite_document(adoc, cfg, findings) if adoc.document.readable else None

    try:
        with word_tables():
            pack = api.analyse_files(
                files, cfg, rules=rewriter.rules_for(cfg), keep_documents=True, view=rewrites
            )
    except nlp.ModelNotInstalled as e:
        exit_if_no_model(e)
    readable = [f for f in pack.files if f.result.readable]
    if not readable:
        for d in pack.documents:
            for problem in d.problems:
                click.echo(f"{d.path}: {problem.message} {problem.what_to_do}", err=True)
        sys.exit(2)
    results = [f.view for f in readable]
    pairs = [(f.result.path, f.view) for f in readable]
    if word_copy:
        from ..rewrite.docx_tracked import write_tracked

        assert output is not None
        with writing(output):
            placed = write_tracked(files[0], output, results[0])
        echo_wrapped(_render(pairs, _screen_format()), nl=False)
        click.echo(
            f"Wrote {output} with {counted(placed.placed, 'suggested rewrite')} as tracked"
            f" changes and {counted(placed.hints, 'hint')} as comments."
            + (
                f" {len(placed.skipped)} could not be placed in the Word copy."
                if placed.skipped
                else ""
            ),
            err=True,
        )
        return
    text = _render(pairs, fmt)
    if output is not None:
        write_atomically(output, text)
        click.echo(f"Report written to {output}.", err=True)
    elif fmt in ("rich", "plain"):
        echo_wrapped(text, nl=False)
    else:
        click.echo(text, nl=False)
