"""The meeting pack as the checklist sees it: the agenda first, then the papers.

`MeetingPapers.find(pattern)` returns the first sentence that matches, as evidence
with its place; `MeetingPapers.find_phrase` and `MeetingPapers.find_in_context` do the same for
phrases in context (see `agenda.phrases`), so a sentence that denies a
phrase ("there is no hearing loop") is not evidence for it. All look in the
agenda before the papers: the invitation is
where people look for joining details, payment and access information.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..agenda import Agenda, Evidence, Phrase, denied, find_in_text, sentence_spans, sentences
from ..core.model import Block, BlockKind, Document, Finding
from ..language.readability import words

QUOTE_CHARS = 200
_PROSE = frozenset(
    {
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.NOTE,
        BlockKind.TEXT_BOX,
        BlockKind.CAPTION,
    }
)


@dataclass(frozen=True)
class MeetingPapers:
    """The agenda (read as an agenda) and the other papers, all loaded, with the
    findings of the rules the checklist reads (see `covered`), by path."""

    agenda: Agenda
    agenda_doc: Document
    papers: tuple[Document, ...] = ()
    findings: Mapping[str, Sequence[Finding]] = field(default_factory=dict)

    def covered(self, codes: Sequence[str]) -> list[tuple[Document, Finding]]:
        """The findings of these rules that count against an item (warnings and errors),
        agenda first, then each paper, in reading order."""
        from .covered import counts

        return [
            (doc, f)
            for doc in self.documents
            for f in self.findings.get(doc.path, ())
            if f.code in codes and counts(f)
        ]

    @property
    def documents(self) -> tuple[Document, ...]:
        return (self.agenda_doc, *self.papers)

    def blocks(self) -> Iterator[tuple[Document, Block]]:
        """Every block with text: the agenda's first, then each paper's. Within a
        document, sentences (paragraphs, list items) come before headings and table
        cells, so evidence quotes a sentence when there is one."""
        for doc in self.documents:
            for prose in (True, False):
                for b in doc.blocks:
                    if b.text.strip() and (b.kind in _PROSE) is prose:
                        yield doc, b

    def find(self, rx: re.Pattern[str]) -> Evidence | None:
        """The first sentence in the pack that matches, with where it is."""
        for _doc, b in self.blocks():
            m = rx.search(b.text)
            if m:
                return evidence_for(b, m.start(), m.end())
        return None

    def find_all(self, patterns: Sequence[re.Pattern[str]]) -> list[Evidence | None]:
        """Evidence for each pattern (None where a pattern is nowhere in the pack)."""
        return [self.find(rx) for rx in patterns]

    def find_phrase(
        self, finds: Sequence[Phrase], ignores: Sequence[Phrase] = ()
    ) -> Evidence | None:
        """The first sentence where a phrase stands in context (not denied, not ignored)."""
        for _doc, b in self.blocks():
            at = find_in_text(b.text, tuple(finds), tuple(ignores))
            if at is not None:
                return evidence_for(b, *at)
        return None

    def find_in_context(self, rx: re.Pattern[str]) -> Evidence | None:
        """Like `find`, but a match its sentence denies ("no hearing loop") does not count."""
        for _doc, b in self.blocks():
            if not rx.search(b.text):
                continue
            for s0, s1 in sentence_spans(b.text):
                sentence = b.text[s0:s1]
                for m in rx.finditer(sentence):
                    if not denied(sentence, m.start(), m.end()):
                        return evidence_for(b, s0 + m.start(), s0 + m.end())
        return None

    def has(self, rx: re.Pattern[str]) -> bool:
        return any(rx.search(b.text) for _d, b in self.blocks())

    @property
    def word_count(self) -> int:
        return sum(len(words(b.text)) for _d, b in self.blocks())


def evidence_for(block: Block, start: int, end: int) -> Evidence:
    """The sentence around a match in a block, as evidence (shortened if long)."""
    text = block.text
    for s0, s1 in sentences(text):
        if s0 <= start < s1 or (start >= s1 and end <= s1):
            text, start, end = text[s0:s1], start - s0, end - s0
            break
    quote = " ".join(text.split())
    if len(quote) > QUOTE_CHARS:
        offset = max(0, min(start - 60, len(quote) - QUOTE_CHARS))
        quote = ("…" if offset else "") + quote[offset : offset + QUOTE_CHARS].strip() + "…"
    return Evidence(quote, replace(block.location, start=None, end=None))


def evidence_for_finding(doc: Document, finding: Finding) -> Evidence:
    """A finding as evidence: the sentence it is in when it points into a block."""
    loc = finding.location
    if loc.start is not None and loc.end is not None and loc.paragraph is not None:
        for b in doc.blocks:
            at = b.location
            same = (at.path, at.page, at.paragraph) == (loc.path, loc.page, loc.paragraph)
            if same and loc.end <= len(b.text):
                return evidence_for(b, loc.start, loc.end)
    return Evidence(finding.excerpt or finding.message, replace(loc, start=None, end=None))
