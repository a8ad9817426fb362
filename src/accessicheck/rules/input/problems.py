"""AC9xx: problems reading a file.

Loaders never stop the run: a damaged, locked or unsupported file becomes a
load problem, and these rules report it in plain English with what to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_EVERYONE = ("ALL",)


def _problems(doc: AnalysedDocument, code: str) -> Iterator[Hit]:
    for p in doc.document.problems:
        if p.code == code:
            where = f" (page {p.page})" if p.page else ""
            yield Hit(f"{p.message}{where} {p.what_to_do}".strip())


@rule(
    "AC901",
    "unreadable-file",
    unit="document",
    severity="error",
    summary="The file is damaged or cannot be opened",
    why="If accessicheck cannot open a file, some people's software may not open it either, "
    "and none of its text has been checked.",
    helps=_EVERYONE,
)
def unreadable_file(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file could not be read: it may be damaged, cut short, or not what
    its name says. Save or export it again from the program that made it."""
    yield from _problems(doc, "AC901")


@rule(
    "AC902",
    "password-protected",
    unit="document",
    severity="error",
    summary="The file is locked with a password",
    why="A locked file cannot be opened by screen readers or by people without the password, "
    "and it cannot be checked.",
    helps=("SR", "LV", "ALL"),
)
def password_protected(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file needs a password to open. Ask the author for a copy without a
    password before it goes out with the meeting papers."""
    yield from _problems(doc, "AC902")


@rule(
    "AC903",
    "no-text",
    unit="document",
    severity="error",
    summary="No text could be found (it may be a scanned picture of pages)",
    why="Screen readers, text-to-speech and translation tools can only read real text. "
    "A scanned page is a picture that they cannot read.",
    helps=("SR", "LV", "SpLD", "EAL"),
)
def no_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file, or some of its pages, has no text that software can read:
    often a scanned paper. Ask for the original document, or a version with
    real text."""
    yield from _problems(doc, "AC903")
    pages = doc.document.meta.pages_without_text
    whole = any(p.code == "AC903" for p in doc.document.problems)
    if pages and not whole:
        listed = ", ".join(str(p) for p in pages[:20]) + (" and more" if len(pages) > 20 else "")
        word = "Page" if len(pages) == 1 else "Pages"
        yield Hit(
            f"{word} {listed} may be scanned pictures: no text could be found on "
            f"{'it' if len(pages) == 1 else 'them'}. Ask for the original document or a "
            "version with real text."
        )


@rule(
    "AC904",
    "unsupported-format",
    unit="document",
    severity="warning",
    summary="accessicheck cannot read this kind of file yet",
    why="Files that cannot be checked may hold barriers that nobody has spotted.",
    helps=_EVERYONE,
)
def unsupported_format(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """accessicheck reads Word (.docx), PowerPoint (.pptx), PDF, Markdown and
    plain text files. Save other files in one of these formats to check them."""
    yield from _problems(doc, "AC904")


@rule(
    "AC905",
    "too-large",
    unit="document",
    severity="warning",
    summary="The file is too large, or took too long, to check in full",
    why="Very large files are hard to download and open on slow connections and older "
    "devices, and parts of this one were not checked.",
    helps=("DIG", "ALL"),
)
def too_large(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file is bigger than the size limit (setting `max_file_mb`), took
    longer than the time limit (`pdf_seconds`), or needed more memory than
    one file may use (setting `file_memory_mb`, on Linux), so
    only part of it was checked, or none."""
    yield from _problems(doc, "AC905")


@rule(
    "AC906",
    "empty-file",
    unit="document",
    severity="warning",
    summary="The file is empty",
    why="An empty file in a meeting pack is usually a mistake: a paper may be missing.",
    helps=_EVERYONE,
)
def empty_file(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file has nothing in it. Check that the right version was saved."""
    yield from _problems(doc, "AC906")


@rule(
    "AC907",
    "too-much-text",
    unit="document",
    severity="warning",
    summary="The file has more text than is checked in one file",
    why="A very long paper is hard for anyone to read before a meeting, and the end of this "
    "one was not checked.",
    helps=("LD", "SpLD", "ALL"),
)
def too_much_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The file holds more text than accessicheck checks in one file (about
    300 pages), or a table far too wide to read, so only the first part was
    checked. Split it into smaller papers."""
    yield from _problems(doc, "AC907")


@rule(
    "AC908",
    "too-slow",
    unit="document",
    severity="warning",
    summary="The file took too long to check, so only part of it was checked",
    why="Parts of this file were not checked, so barriers in them may not have been found.",
    helps=_EVERYONE,
)
def too_slow(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Reading or analysing the file took longer than the time limit (setting
    `file_seconds`, or `pdf_seconds` for reading a PDF), so the check stopped
    part of the way through. Split the file, or raise the limit."""
    yield from _problems(doc, "AC908")


@rule(
    "AC909",
    "check-stopped-early",
    unit="document",
    severity="info",
    summary="One of the checks stopped early on this file",
    why="A check that stopped early may have missed some problems, such as pictures without "
    "alt text in a tagged PDF.",
    helps=("SR", "ALL"),
)
def check_stopped_early(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """One of the checks (for example of a PDF's tags) stopped at its limit,
    so what it reports may not be everything. Check the rest by hand."""
    yield from _problems(doc, "AC909")
