"""The analysed document: blocks split into sentences, with counts and scores.

`analyse_documents` runs the language model once over every block of every
document (one batched pass), then builds, for each document, the sentences,
the sections (the text under each heading) and their readability.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import nlp, readability
from .model import Block, BlockKind, Document
from .readability import Counts, Scores

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Kinds of block whose sentences count towards readability scores. Headings,
#: table cells, headers and footers are labels rather than prose.
PROSE = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.CAPTION,
        BlockKind.NOTE,
        BlockKind.TEXT_BOX,
    }
)


@dataclass(eq=False)
class Sentence:
    """One sentence. `start` and `end` are character offsets into the block's text."""

    block: AnalysedBlock
    span: Span
    start: int
    end: int
    counts: Counts

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    def words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) with offsets into the block's text."""
        return [(self.start + s, self.start + e, w) for s, e, w in readability.words(self.text)]

    @property
    def scores(self) -> Scores:
        return readability.score(self.counts)


@dataclass(eq=False)
class AnalysedBlock:
    """A block with its language analysis. `index` counts from 0 in reading order."""

    block: Block
    index: int
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    #: The document this block belongs to (set once it is built).
    document: AnalysedDocument | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.block.text

    @property
    def kind(self) -> BlockKind:
        return self.block.kind

    @property
    def is_prose(self) -> bool:
        return self.block.kind in PROSE

    @property
    def counts(self) -> Counts:
        return Counts.total(s.counts for s in self.sentences)


@dataclass(eq=False)
class Section:
    """The blocks under one heading (or before the first heading)."""

    heading: str | None
    level: int | None
    blocks: list[AnalysedBlock]

    @property
    def counts(self) -> Counts:
        return Counts.total(b.counts for b in self.blocks if b.is_prose)

    @property
    def scores(self) -> Scores:
        return readability.score(self.counts)


@dataclass(eq=False)
class AnalysedDocument:
    """A document, its analysed blocks, sections and readability."""

    document: Document
    blocks: list[AnalysedBlock]
    sections: list[Section]

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def counts(self) -> Counts:
        return Counts.total(s.counts for s in self.sections)

    @property
    def scores(self) -> Scores:
        return readability.score(self.counts)

    def sentences(self) -> Iterator[Sentence]:
        for b in self.blocks:
            yield from b.sentences


def _sentences(ablock: AnalysedBlock) -> list[Sentence]:
    out = []
    for sent in ablock.doc.sents:
        # Trim the spaces the splitter leaves at either end.
        start, end = sent.start_char, sent.end_char
        text = ablock.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        out.append(Sentence(ablock, sent, start, end, Counts.of_sentence(text[start:end])))
    return out


def _sections(blocks: list[AnalysedBlock]) -> list[Section]:
    sections: list[Section] = []
    current = Section(None, None, [])
    for ab in blocks:
        if ab.kind is BlockKind.HEADING:
            if current.blocks:
                sections.append(current)
            current = Section(ab.text.strip(), ab.block.level, [])
        current.blocks.append(ab)
    if current.blocks:
        sections.append(current)
    return sections


def build(document: Document, docs: Sequence[Doc]) -> AnalysedDocument:
    """Put one document together from its blocks' spaCy docs."""
    blocks = []
    for i, (block, doc) in enumerate(zip(document.blocks, docs, strict=True)):
        ab = AnalysedBlock(block, i, doc)
        ab.sentences = _sentences(ab)
        blocks.append(ab)
    analysed = AnalysedDocument(document, blocks, _sections(blocks))
    for ab in blocks:
        ab.document = analysed
    return analysed


def analyse_documents(
    documents: Sequence[Document],
    *,
    with_ner: bool = False,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[AnalysedDocument]:
    """Analyse all documents in one batched pass of the language model.

    `progress(done, total)`, if given, hears how many blocks are analysed.
    """
    texts = [b.text for d in documents for b in d.blocks]
    done = None if progress is None else (lambda n: progress(n, len(texts)))
    docs = nlp.analyse(texts, with_ner=with_ner, jobs=jobs, done=done)
    out, i = [], 0
    for d in documents:
        n = len(d.blocks)
        out.append(build(d, docs[i : i + n]))
        i += n
    return out
