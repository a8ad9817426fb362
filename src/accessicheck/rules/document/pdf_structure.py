"""AC420-AC423 and AC429-AC430: PDF tags, language, title, security and bookmarks.

The facts come from `loaders/pdf_facts.py` (pypdf); each rule's docstring
names the object it reads. Where the PDF/UA-1 standard (ISO 14289-1) has a
matching rule, the veraPDF rule number is given; `scripts/measure_verapdf.py`
measures agreement on veraPDF's test files.

- AC420 pdf-not-tagged: no structure tree (veraPDF 7.1-t11), or not marked
  as tagged.
- AC421 pdf-no-language: no language anywhere (7.2-t34), or a language code
  that is empty or not valid (7.2-t29).
- AC422 pdf-no-title: no title in the metadata (7.1-t09, which wants XMP
  `dc:title`; the Info title also counts here).
- AC423 pdf-title-not-shown: the window shows the file name instead of the
  title (DisplayDocTitle, 7.1-t10).
- AC429 pdf-blocks-screen-readers: security settings forbid copying text for
  accessibility (the /P bit 10, 7.16-t01).
- AC430 pdf-no-bookmarks: a long PDF without bookmarks (no PDF/UA rule).

Pages with no text layer (scanned pages) are reported by AC903.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.structure import PdfFacts, of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

_LANG = re.compile(r"^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$")
_EXPORT_HELP = (
    "Export it again from the original document with tags switched on: in Word, Save As PDF "
    "> Options > Document structure tags for accessibility; in LibreOffice, Export as PDF > "
    "Universal Accessibility (PDF/UA) or Tagged PDF."
)


def pdf_facts(doc: AnalysedDocument) -> PdfFacts | None:
    """The PDF facts, or None for other formats."""
    facts = of(doc)
    return facts.pdf if facts is not None and facts.format == "pdf" else None


def readable(doc: AnalysedDocument) -> PdfFacts | None:
    """The PDF facts when pypdf could read the file's structure, else None."""
    facts = pdf_facts(doc)
    return facts if facts is not None and facts.error is None else None


@rule(
    "AC420",
    "pdf-not-tagged",
    unit="document",
    severity="error",
    summary="The PDF is not tagged",
    why="Tags tell screen readers what each part of a PDF is (headings, lists, tables, "
    "pictures) and in what order to read it. Without them the page is read as loose text, "
    "often in the wrong order, and pictures cannot have alt text.",
    helps=("SR", "LV", "SpLD", "DIG"),
)
def pdf_not_tagged(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The PDF has no structure tree (`/Root /StructTreeRoot`, veraPDF
    7.1-t11), or is not marked as tagged (`/Root /MarkInfo /Marked true`).
    When the file's structure cannot be read (it is encrypted in a way we
    cannot open), only the Marked flag is checked."""
    facts = pdf_facts(doc)
    if facts is None:
        return
    if facts.error is not None:
        if doc.document.meta.tagged is False:
            yield Hit(f"This PDF is not tagged, so screen readers cannot follow it. {_EXPORT_HELP}")
        return
    if not facts.struct_tree and not facts.tagged:
        yield Hit(f"This PDF is not tagged, so screen readers cannot follow it. {_EXPORT_HELP}")
    elif not facts.struct_tree:
        yield Hit(
            "This PDF says it is tagged but has no tags (no structure tree), so screen readers "
            f"cannot follow it. {_EXPORT_HELP}"
        )
    elif not facts.tagged:
        yield Hit(
            "This PDF has tags but is not marked as tagged, so some readers will ignore them. "
            f"{_EXPORT_HELP}"
        )


@rule(
    "AC421",
    "pdf-no-language",
    unit="document",
    severity="warning",
    summary="The PDF's language is not set, or is not a valid language code",
    why="Screen readers choose their voice and pronunciation from the document's language. "
    "Without it, English may be read with the wrong accent or rules.",
    helps=("SR", "SpLD", "EAL"),
)
def pdf_no_language(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The PDF says nothing about its language: no `/Lang` in the catalog,
    on any structure element, or in marked content (veraPDF 7.2-t34); or a
    `/Lang` in the catalog, on a structure element or in marked content on
    the first 50 pages is empty or not a valid language code such as
    "en-GB" (7.2-t29)."""
    facts = readable(doc)
    if facts is None:
        return
    if facts.lang is None and not facts.lang_elsewhere:
        yield Hit(
            "The PDF does not say what language it is in. Set the language in the original "
            "document (in Word: Review > Language) and export it again, or in Acrobat: File > "
            "Properties > Advanced > Language."
        )
        return
    found = [facts.lang] if facts.lang is not None else []
    bad = [lang for lang in [*found, *facts.other_langs] if not _LANG.match(lang)]
    if bad:
        what = (
            f'The language code "{bad[0]}" is not a valid code'
            if bad[0]
            else ("The PDF sets its language to an empty code")
        )
        yield Hit(
            f"{what}, so screen readers cannot use it. Use a code such as "
            '"en-GB" for English (United Kingdom).'
        )


@rule(
    "AC422",
    "pdf-no-title",
    unit="document",
    severity="warning",
    summary="The PDF has no title",
    why="PDF readers and screen readers show the title to say what the document is. Without "
    "one they show the file name, which is often a code.",
    helps=("SR", "COG", "DIG"),
)
def pdf_no_title(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The PDF has no title in its XMP metadata (`dc:title`, veraPDF
    7.1-t09) or in its document information (`/Info /Title`)."""
    facts = readable(doc)
    if facts is None or facts.title:
        return
    yield Hit(
        "The PDF has no title. Give the original document a title (in Word: File > Info > "
        "Title) and export it again, or in Acrobat: File > Properties > Description > Title."
    )


@rule(
    "AC423",
    "pdf-title-not-shown",
    unit="document",
    severity="warning",
    summary="The PDF shows its file name instead of its title",
    why="The title bar is the first thing a screen reader reads. A file name such as "
    "'Item7_v3_FINAL.pdf' tells people much less than the title.",
    helps=("SR", "COG"),
)
def pdf_title_not_shown(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The PDF has a title but its viewer preferences do not ask for it to be
    shown in the window's title bar (`/Root /ViewerPreferences
    /DisplayDocTitle` is missing or false; veraPDF 7.1-t10)."""
    facts = readable(doc)
    if facts is None or not facts.title or facts.display_doc_title is True:
        return
    yield Hit(
        f'The PDF\'s title ("{facts.title[:80]}") is not shown in the window: its file name is '
        "shown instead. In Acrobat: File > Properties > Initial View > Show Document Title. "
        "Word and LibreOffice exports do this when the document has a title."
    )


@rule(
    "AC429",
    "pdf-blocks-screen-readers",
    unit="document",
    severity="error",
    summary="The PDF's security settings stop screen readers reading it",
    why="Some PDF security settings forbid copying text for accessibility, which stops screen "
    "readers and other assistive software from reading the document.",
    helps=("SR", "LV", "SpLD"),
)
def pdf_blocks_screen_readers(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The PDF is encrypted with permissions that do not allow text to be
    extracted for accessibility (bit 10 of `/Encrypt /P` is off; veraPDF
    7.16-t01)."""
    facts = pdf_facts(doc)
    if facts is None:
        return
    permissions = facts.permissions
    if not facts.encrypted or permissions is None or permissions & 512:
        return
    yield Hit(
        "The PDF's security settings do not allow screen readers to read its text. Save it "
        "again without security, or allow 'text access for screen reader devices'."
    )


@rule(
    "AC430",
    "pdf-no-bookmarks",
    unit="document",
    severity="warning",
    summary="A long PDF has no bookmarks",
    why="Bookmarks let people jump to a section of a long document. Without them, readers "
    "who cannot skim have to page through everything.",
    helps=("SR", "LV", "COG", "MOB"),
    options={"min_pages": 20},
)
def pdf_no_bookmarks(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A PDF of `min_pages` pages or more has no bookmarks (no items under
    `/Root /Outlines`). Word and LibreOffice make bookmarks from headings when
    asked to (Word: Save As PDF > Options > Create bookmarks using headings)."""
    facts = readable(doc)
    if facts is None or facts.pages < int(ctx.options["min_pages"]) or facts.outline_items:
        return
    yield Hit(
        f"This PDF has {facts.pages} pages and no bookmarks. Export it again with bookmarks made "
        "from the headings (in Word: Save As PDF > Options > Create bookmarks using Headings)."
    )
