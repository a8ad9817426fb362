"""What a loader found about a file besides its text: one frozen type per format.

A `Document`'s `meta.facts` holds one of these (None when the file could not
be read). Rules, the agenda reader and the checklist read them by attribute,
so a misspelt name is an error rather than a silent None.

- `TextFacts`: plain text (how the file was encoded);
- `MarkdownFacts`: Markdown (encoding, links with their address, images);
- `DocxFacts`, `PptxFacts`: Word and PowerPoint (the `Structure` facts);
- `PdfFileFacts`: PDF (the `Structure` facts, which hold the `PdfFacts` of
  the catalog and tags, and how many pages were read).

Nothing here imports a parsing library or the language model.
"""

from __future__ import annotations

from dataclasses import dataclass

from .structure import Link, Structure


@dataclass(frozen=True)
class Image:
    """A Markdown image: its alt text, its address and the source line it is on."""

    alt: str
    src: str
    line: int | None = None


@dataclass(frozen=True)
class TextFacts:
    """A plain text file: the encoding its bytes were read with ("utf-8", "cp1252" ...)."""

    encoding: str


@dataclass(frozen=True)
class MarkdownFacts:
    """A Markdown file: its encoding, its links (text, address, line) and its images."""

    encoding: str
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()


@dataclass(frozen=True)
class DocxFacts:
    """A Word document: its structure (pictures, tables, links, text styles ...)."""

    structure: Structure

    @property
    def links(self) -> list[Link]:
        return self.structure.links


@dataclass(frozen=True)
class PptxFacts:
    """A PowerPoint file: its structure (slides, shapes, pictures, tables ...)."""

    structure: Structure


@dataclass(frozen=True)
class PdfFileFacts:
    """A PDF: its structure (with the catalog and tag facts in `structure.pdf`) and how
    many pages were read before the time limit."""

    structure: Structure
    pages_read: int


Facts = TextFacts | MarkdownFacts | DocxFacts | PptxFacts | PdfFileFacts


def structure_of(facts: Facts | None) -> Structure | None:
    """The structure facts of Word, PowerPoint and PDF files; None for other formats."""
    if isinstance(facts, DocxFacts | PptxFacts | PdfFileFacts):
        return facts.structure
    return None


def links_of(facts: Facts | None) -> tuple[Link, ...]:
    """The links a file holds with their address (Markdown and Word); () for others."""
    if isinstance(facts, MarkdownFacts):
        return facts.links
    if isinstance(facts, DocxFacts):
        return tuple(facts.links)
    return ()


def images_of(facts: Facts | None) -> tuple[Image, ...]:
    """The images of a Markdown file; () for other formats."""
    return facts.images if isinstance(facts, MarkdownFacts) else ()
