"""AC404-AC405: the title and language of Word documents and PowerPoint presentations.

Both come from the file's properties: the title from `docProps/core.xml`
(`dc:title`), read only when the file really has that part; the language
from Word's default text language (`styles.xml`
`w:docDefaults/w:rPrDefault/w:rPr/w:lang`), PowerPoint's text (`a:rPr/@lang`)
or `dc:language`. PDF titles and languages are AC421-AC423.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath

from ...core.structure import of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument

#: Titles programs fill in by themselves, and file names: not a real title.
DEFAULT_TITLE = re.compile(
    r"^(?:word document|powerpoint presentation|presentation\d*|document\d*|slide \d+|"
    r"untitled.*|title|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pptx?|pdf|odt|odp))$",
    re.IGNORECASE,
)

_WHERE = {
    "docx": ("Word", "File > Info, then type it next to Title under Properties"),
    "pptx": ("PowerPoint", "File > Info, then type it next to Title under Properties"),
}
_LANGUAGE_HELP = {
    "docx": "In Word: select all the text, then Review > Language > Set Proofing Language, "
    "choose English (United Kingdom) and click Set As Default.",
    "pptx": "In PowerPoint: select the text on each slide, then Review > Language > Set "
    "Proofing Language, and choose English (United Kingdom).",
}


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def is_file_name(title: str, path: str) -> bool:
    """True when the title is only the file's own name written as a file name
    ("board-paper_v2" for board-paper_v2.docx): the same words, ignoring case and
    the extension, with no spaces or with underscores. A title of words that the
    file is also named after ("Carers support plan") is a real title."""
    title = title.strip()
    stem = PurePath(path).stem
    if not _plain(stem) or _plain(title) not in (_plain(stem), _plain(PurePath(path).name)):
        return False
    return " " not in title or "_" in title


def _office(doc: AnalysedDocument) -> str | None:
    facts = of(doc)
    return facts.format if facts is not None and facts.format in _WHERE else None


@rule(
    "AC404",
    "no-title",
    unit="document",
    severity="warning",
    summary="The document has no title in its properties",
    why="Screen readers, browsers and PDF readers show the document's title to say what it "
    "is. Without one they show the file name, or a default such as 'Word Document'.",
    helps=("SR", "COG", "DIG"),
)
def no_title(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word document or PowerPoint presentation has no title in its
    properties, or only a title a program made up ("Word Document",
    "PowerPoint Presentation", "Slide 1"), a file name, or the file's own
    name written as a file name ("board_paper_v2" for board_paper_v2.docx).
    The title is also what a PDF made from the file shows in its window."""
    fmt = _office(doc)
    if fmt is None:
        return
    app, how = _WHERE[fmt]
    title = doc.document.meta.title
    if not title:
        yield Hit(f"The file has no title in its properties. In {app}: {how}.")
    elif DEFAULT_TITLE.match(title.strip()) or is_file_name(title, doc.document.path):
        yield Hit(
            f'The title in the file\'s properties is "{title}", which does not say what the '
            f"paper is. In {app}: {how}."
        )


@rule(
    "AC405",
    "no-language",
    unit="document",
    severity="warning",
    summary="The document's language is not set",
    why="Screen readers choose their voice and pronunciation from the document's language. "
    "Without it, English may be read with the wrong accent or rules.",
    helps=("SR", "SpLD", "EAL"),
)
def no_language(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A Word document or PowerPoint presentation does not say what
    language its text is in: no default language in Word's styles, no
    language on PowerPoint's text, and none in the file's properties."""
    fmt = _office(doc)
    if fmt is None or doc.document.meta.language:
        return
    yield Hit(f"The language of the text is not set. {_LANGUAGE_HELP[fmt]}")
