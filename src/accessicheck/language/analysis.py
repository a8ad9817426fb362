"""The analysed document: blocks split into sentences, with counts and scores.

`analyse_documents` runs the language model over every block of every
document (batched passes, within each file's bounds: see `bounds`), then
builds, for each document, the sentences, the sections (the text under each
heading) and their readability. Sentences that may be passive (see
`passive.candidates`) are parsed in the same pass and kept with their block
(`AnalysedBlock.parses`), so no rule runs the model again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..core import bounds
from ..core.model import Block, BlockKind, Document
from . import nlp, passive, readability
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

#: The model pipelines (with or without named entities) already loaded and warmed up.
_WARM: set[bool] = set()

#: How many pieces, and how many characters, go to the model at once.
_BATCH_PIECES = 64
_BATCH_CHARS = 50_000


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

    @property
    def parse(self) -> Doc | None:
        """The sentence's full parse if the main pass made one, else None."""
        return self.block.parses.get((self.start, self.end))


@dataclass(eq=False)
class AnalysedBlock:
    """A block with its language analysis. `index` counts from 0 in reading order."""

    block: Block
    index: int
    doc: Doc
    sentences: list[Sentence] = field(default_factory=list)
    #: The document this block belongs to (set once it is built).
    document: AnalysedDocument | None = field(default=None, repr=False)
    #: Full parses of the sentences the main pass parsed, by (start, end) in the text.
    parses: dict[tuple[int, int], Doc] = field(default_factory=dict, repr=False)

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

    def release(self) -> None:
        """Let the language analysis go now, once nothing will read it again.

        Blocks, sentences and the document point at each other, so without
        this Python frees them only when its cycle collector next runs, and
        the analyses of several papers can pile up in memory before it does.
        """
        for ab in self.blocks:
            ab.sentences = []
            ab.parses = {}
            ab.document = None
        self.blocks = []
        self.sections = []


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
    seconds: float = bounds.DEFAULT_FILE_SECONDS,
    parse: bool = True,
) -> list[AnalysedDocument]:
    """Analyse all documents in batched passes of the language model.

    Each block is defused and cut into pieces of at most `bounds.CHUNK_CHARS`
    characters; the pieces' docs are joined again, so offsets are into the
    block's own text. Each document gets `seconds` of the model's time: when
    they run out, the blocks not yet analysed are left out of that document
    and it gets an AC908 problem; the other documents go on.
    `progress(done, total)`, if given, hears how many pieces are analysed.
    `parse`: parse the sentences that may be passive in the same pass (for
    the rules that need the parser).
    """
    parse_if = passive.candidate_sentences if parse else None
    pieces: list[tuple[int, int, str]] = []  # (document, block, text)
    expected: list[list[int]] = []  # how many pieces each block has
    for d, document in enumerate(documents):
        expected.append([])
        for b, block in enumerate(document.blocks):
            parts = bounds.split_text(bounds.defuse(block.text))
            expected[d].append(len(parts))
            pieces.extend((d, b, piece) for piece in parts)
    if jobs > 1:
        done_pieces = None if progress is None else (lambda n: progress(n, len(pieces)))
        docs = nlp.analyse(
            [t for _, _, t in pieces],
            with_ner=with_ner,
            jobs=jobs,
            done=done_pieces,
            parse_if=parse_if,
        )
        results = list(zip(pieces, docs, strict=True))
    else:
        results = _analyse_within(
            pieces,
            len(documents),
            with_ner=with_ner,
            seconds=seconds,
            progress=progress,
            parse_if=parse_if,
        )

    per_block: list[dict[int, list[Doc]]] = [{} for _ in documents]
    for (d, b, _), doc in results:
        per_block[d].setdefault(b, []).append(doc)
    out = []
    for d, document in enumerate(documents):
        done = 0
        while done < len(document.blocks) and len(per_block[d].get(done, ())) == expected[d][done]:
            done += 1
        if done < len(document.blocks):
            total = len(document.blocks)
            partial = per_block[d].get(done)
            if partial:  # keep the part of this block that was analysed
                block = document.blocks[done]
                kept = sum(len(doc.text) for doc in partial)
                document.blocks[done] = replace(block, text=block.text[:kept])
                done += 1
            document.problems.append(bounds.too_slow(seconds, f"{done:,} of {total:,} paragraphs"))
            del document.blocks[done:]
        parses = [_parses(per_block[d][b]) for b in range(done)]
        analysed = build(document, [nlp.join(per_block[d][b]) for b in range(done)])
        for ab, found in zip(analysed.blocks, parses, strict=True):
            ab.parses = found
        out.append(analysed)
    return out


def _parses(pieces: list[Doc]) -> dict[tuple[int, int], Doc]:
    """Take the parses the main pass left in a block's pieces, with offsets into the block."""
    out: dict[tuple[int, int], Doc] = {}
    offset = 0
    for doc in pieces:
        for (start, end), parsed in doc.user_data.pop(nlp.PARSES, {}).items():
            out[offset + start, offset + end] = parsed
        offset += nlp.text_length(doc)
    return out


def _analyse_within(
    pieces: list[tuple[int, int, str]],
    n_documents: int,
    *,
    with_ner: bool,
    seconds: float,
    progress: Callable[[int, int], None] | None = None,
    parse_if: Callable[[Doc], Iterable[Span]] | None = None,
) -> list[tuple[tuple[int, int, str], Doc]]:
    """Run the pieces through the model in batches, within each document's seconds.

    A batch's time is shared among its documents by their share of its text.
    """
    if not pieces:  # nothing to read (an unreadable file): no need for the model
        return []
    spent = [0.0] * n_documents
    # Load and warm up the model first (once per process): that time belongs to no one file.
    if with_ner not in _WARM:
        nlp.analyse(["Ready."], with_ner=with_ner)
        _WARM.add(with_ner)
    results: list[tuple[tuple[int, int, str], Doc]] = []
    i = 0
    while i < len(pieces):
        batch: list[tuple[int, int, str]] = []
        chars = 0
        while i < len(pieces) and len(batch) < _BATCH_PIECES and chars < _BATCH_CHARS:
            piece = pieces[i]
            i += 1
            if spent[piece[0]] > seconds:
                continue
            batch.append(piece)
            chars += len(piece[2])
        if not batch:
            continue
        started = time.monotonic()
        docs = nlp.analyse([t for _, _, t in batch], with_ner=with_ner, parse_if=parse_if)
        took = time.monotonic() - started
        for piece, doc in zip(batch, docs, strict=True):
            spent[piece[0]] += took * len(piece[2]) / max(chars, 1)
            results.append((piece, doc))
        if progress is not None:
            progress(i, len(pieces))
    return results
