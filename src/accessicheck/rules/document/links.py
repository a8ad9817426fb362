"""AC415-AC416: link text and typed lists in Word documents and on slides.

- AC415 unclear-link-text: a link whose text does not say where it goes
  ("click here", "read more", no text at all), or that is a bare web
  address. Word: `w:hyperlink` and HYPERLINK fields; PowerPoint:
  `a:hlinkClick` on a run.
- AC416 typed-list: paragraphs that start with a bullet or number typed as
  a character ("•", "-", "1.", "a)") instead of using list formatting
  (Word `w:numPr` or a list style; PowerPoint bullets).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core import wordlists
from ...core.model import BlockKind, Severity
from ...core.structure import block_at, capped, of
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedBlock, AnalysedDocument

_LIMIT = 20

#: Link texts that say nothing about where the link goes (lower case, no punctuation).
VAGUE = wordlists.column("vague-link-text.csv", "text")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@rule(
    "AC415",
    "unclear-link-text",
    unit="document",
    severity="warning",
    summary="Link text does not say where the link goes",
    why="Screen reader users often list the links on a page and hear only their text. 'Click "
    "here' or a long web address read out letter by letter tells them nothing.",
    helps=("SR", "COG", "LD", "SpLD"),
)
def unclear_link_text(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A link in a Word document or on a slide has no text, or text that
    only makes sense next to the words around it ("click here", "read
    more", "this link"). A link whose text is a bare web address is flagged
    for information: fine on paper, but long to listen to; say what the page
    is and keep the address short. Email addresses are fine."""
    facts = of(doc)
    if facts is None or facts.format not in ("docx", "pptx"):
        return

    def hits() -> Iterator[Hit]:
        for link in facts.links:
            if link.url.startswith("#") or link.url.lower().startswith("mailto:"):
                continue  # links inside the document, and email addresses
            ab = block_at(doc, link.paragraph)
            start, end = _span(ab, link.text)
            text = link.text.strip()
            if not text:
                yield Hit.on(
                    ab,
                    f"A link to {link.url or 'a web page'} has no text. Give it words that say "
                    "where it goes.",
                    excerpt=link.url,
                )
            elif _normal(text) in VAGUE:
                yield Hit.on(
                    ab,
                    f'The link text "{text}" does not say where the link goes. Use the name of '
                    'the page instead, for example "the council\'s transport plan".',
                    start,
                    end,
                )
            elif _URL.match(text) or text == link.url:
                yield Hit.on(
                    ab,
                    "This link's text is a web address, which screen readers read out letter "
                    "by letter. Say what the page is, and keep the address short if it must "
                    "be printed.",
                    start,
                    end,
                    severity=Severity.INFO,
                )

    yield from capped(hits(), _LIMIT, "{n} more links need clearer text.")


def _span(ab: AnalysedBlock | None, text: str) -> tuple[int | None, int | None]:
    if ab is None or not text.strip():
        return None, None
    at = ab.text.find(text.strip())
    return (at, at + len(text.strip())) if at >= 0 else (None, None)


_BULLET = re.compile(r"^\s*([•◦▪▫●○■□‣⁃➢►▶✓✔\uf0b7\uf0a7\uf0d8])\s*\S")
_MARKER = re.compile(
    r"^\s*(?:[-–*]|\d{1,2}[.)]|[a-zA-Z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))\s+\S"
)


def _typed(ab: AnalysedBlock) -> str | None:
    """The typed marker a paragraph starts with, or None."""
    if ab.kind is not BlockKind.PARAGRAPH:
        return None
    match = _BULLET.match(ab.text) or _MARKER.match(ab.text)
    return match.group(0).split()[0].strip() if match else None


def _typed_runs(blocks: list[AnalysedBlock]) -> Iterator[list[AnalysedBlock]]:
    """Runs of consecutive paragraphs that start with a typed marker."""
    run: list[AnalysedBlock] = []
    for ab in blocks:
        if _typed(ab) is not None:
            run.append(ab)
        elif run:
            yield run
            run = []
    if run:
        yield run


@rule(
    "AC416",
    "typed-list",
    unit="document",
    severity="warning",
    summary="A list is typed with bullet or number characters",
    why="Screen readers announce a real list and how many items it has, and let people skip "
    "it. A list typed with characters is read as separate paragraphs with odd symbols.",
    helps=("SR", "COG"),
)
def typed_list(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """Paragraphs in a Word document or on a slide that start with a typed
    bullet ("•", or a symbol-font bullet) or, two or more in a row, with a
    typed dash, number or letter ("-", "1.", "a)", "(ii)"). Use the Bullets
    or Numbering button instead: it also keeps the numbers right when items
    change."""
    facts = of(doc)
    if facts is None or facts.format not in ("docx", "pptx"):
        return

    def hits() -> Iterator[Hit]:
        for run in _typed_runs(doc.blocks):
            if len(run) < 2 and not _BULLET.match(run[0].text):
                continue  # one "1." or "-" paragraph alone is not yet a list
            first = run[0]
            items = (
                f"These {len(run)} paragraphs start" if len(run) > 1 else "This paragraph starts"
            )
            yield Hit.on(
                first,
                f'{items} with a typed "{_typed(first)}" instead of a real list, so screen '
                "readers do not announce a list. Select them and use the Bullets or "
                "Numbering button instead.",
                0,
                len(first.text),
            )

    yield from capped(hits(), _LIMIT, "{n} more typed lists.")
