"""`accessicheck checklist AGENDA [PAPERS...]`: the meeting access checklist.

Reads the agenda (or invitation) and the papers, works through the 51 items
of the access checklist, and prints it, or writes it as Markdown, JSON or a
Word document with tick boxes (-o checklist.docx).

Exit codes, as for `check`: 0 nothing the attendees need is missing; 1 an
attendee's need is not met, or something is badly out (a long stretch with
no break, papers sent too late); 2 a usage error, or the agenda cannot be read.

Heavy modules are imported inside the command, so `accessicheck --help`
stays quick.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .common import (
    CONTEXT,
    config_option,
    exit_if_no_model,
    files_read,
    isolated_option,
    load_config,
    output_format,
    refuse_to_overwrite,
    word_tables,
    write_atomically,
)
from .screen import Command, echo_wrapped

#: What checklist can write to a file named by -o.
FILE_FORMATS = ["docx", "markdown", "json", "plain", "html"]


def _date_option(value: str | None, flag: str) -> str | None:
    from ..agenda.dates import parse_iso

    if value is None:
        return None
    if parse_iso(value) is None:
        raise click.UsageError(f"{flag} '{value}' is not a date. Write it as 2026-03-12.")
    return str(parse_iso(value))


@click.command("checklist", cls=Command, context_settings=CONTEXT)
@click.argument("agenda", type=click.Path(path_type=Path))
@click.argument("papers", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--needs",
    "needs_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Attendees' access needs: a file with one code a line (LV,18pt / BSL / DIG …). "
    "Items those needs depend on become requirements.",
)
@click.option("--meeting-date", help="The meeting's date (2026-03-12), if the agenda does not say.")
@click.option("--sent-date", help="The date the papers were sent (2026-03-02).")
@click.option(
    "--mode",
    type=click.Choice(["in-person", "online", "hybrid"]),
    help="The kind of meeting, if the agenda does not make it clear.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "plain", "json", "markdown", "docx", "html"]),
    default="auto",
    show_default=True,
    help="'auto' takes it from the -o file name, or is plain text on the screen.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the checklist to a file: .docx (Word, with tick boxes), .md, .json or .txt.",
)
@click.option(
    "--large-print",
    is_flag=True,
    help="Word checklist in large print (18pt, or the size in the needs file for LV).",
)
@config_option
@isolated_option
def checklist(
    agenda: Path,
    papers: tuple[Path, ...],
    needs_file: Path | None,
    meeting_date: str | None,
    sent_date: str | None,
    mode: str | None,
    fmt: str,
    output: Path | None,
    large_print: bool,
    config_file: Path | None,
    isolated: bool,
) -> None:
    """Make the meeting's access checklist from its AGENDA and PAPERS (files or folders).

    Example:  accessicheck checklist agenda.docx papers/ --needs needs.csv -o checklist.docx
    """
    from ..checklist import ChecklistError, NeedsError, build_checklist, read_needs
    from ..run import discover

    overrides = {
        "meeting_date": _date_option(meeting_date, "--meeting-date"),
        "sent_date": _date_option(sent_date, "--sent-date"),
    }
    cfg = load_config(config_file, isolated, overrides)
    if not agenda.is_file():
        raise click.UsageError(f"There is no agenda file called '{agenda}'.")
    try:
        paper_files = discover.discover(list(papers), cfg["include"], cfg["exclude"])
    except discover.NotFound as e:
        raise click.UsageError(str(e)) from e
    paper_files = [p for p in paper_files if discover.real_path(p) != discover.real_path(agenda)]
    needs: tuple[Any, ...] = ()
    if needs_file is not None:
        try:
            needs = read_needs(needs_file)
        except NeedsError as e:
            raise click.UsageError(str(e)) from e
    kind = output_format(fmt, output, FILE_FORMATS, "plain")
    if output is not None:
        needs_files = [needs_file] if needs_file else []
        refuse_to_overwrite(output, [agenda, *paper_files, *needs_files, *files_read(cfg)])

    from .. import api
    from ..checklist import covered
    from ..checklist.items import load_items
    from ..language import nlp

    # One pack: each file read and analysed once, and only the rules the checklist reads run.
    rules = covered.rules_for(covered.codes(load_items()))
    try:
        with word_tables():
            pack = api.analyse_files([agenda, *paper_files], cfg, rules=rules, keep_documents=True)
    except nlp.ModelNotInstalled as e:
        exit_if_no_model(e)
    agenda_doc, *paper_docs = pack.documents
    if not agenda_doc.readable:
        for problem in agenda_doc.problems:
            click.echo(f"{agenda}: {problem.message} {problem.what_to_do}", err=True)
        click.echo("The agenda could not be read, so there is no checklist.", err=True)
        sys.exit(2)
    try:
        result = build_checklist(
            agenda_doc, paper_docs, needs, cfg, mode=mode, findings=pack.findings_by_path()
        )
    except ChecklistError as e:
        raise click.UsageError(str(e)) from e

    data = _render(result, kind, large_print)
    if output is not None:
        write_atomically(output, data)
        from ..reporters import checklist_words

        click.echo(f"Checklist written to {output}.", err=True)
        click.echo(checklist_words.summary_line(result), err=True)
        click.echo(checklist_words.outcome_line(result), err=True)
    elif kind == "plain":
        echo_wrapped(data.decode("utf-8"), nl=False)
    else:
        click.echo(data.decode("utf-8"), nl=False)
    sys.exit(result.exit_code)


def _render(result: Any, kind: str, large_print: bool) -> bytes:
    if kind == "docx":
        from ..reporters import checklist_docx

        size = max((n.size_pt or 0 for n in result.needs if n.code == "LV"), default=0) or None
        return checklist_docx.render(
            result, large_print=large_print, size=size if large_print else None
        )
    if kind == "json":
        from ..reporters import checklist_json

        return checklist_json.render(result).encode("utf-8")
    if kind == "html":
        from ..reporters import html

        return html.render_checklist(result).encode("utf-8")
    if kind == "markdown":
        from ..reporters import checklist_markdown

        return checklist_markdown.render(result).encode("utf-8")
    from ..reporters import checklist_text

    return checklist_text.render(result).encode("utf-8")
