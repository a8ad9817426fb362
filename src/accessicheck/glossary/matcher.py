"""Find glossary terms in text: a word trie over lemma keys, longest match first.

Every form of every entry (term and variants) becomes one or more paths in a
trie whose edges are word keys (see `tokens.word_keys`). A word in a paper
offers several keys (its lower case form and its possible lemmas), so
"suffers from", "suffering from" and "suffered from" all reach the end of
"suffer from". Building the trie needs no language model: about 3,000
patterns compile in well under 0.1 s.

Matching walks the trie from each word, keeps the longest match, and moves
past it (leftmost-longest, no overlaps). A match never crosses a sentence
end or touches a URL, e-mail address, code or postcode. `is_use` then
leaves out mentions in quotes ("we will stop saying 'service users'") and
names of people and organisations ("Leeds Service Users Forum").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Entry
from .tokens import Tok, form_words, sentence_of, word_keys

_END = ""  # the trie key that holds the entries ending at a node
MAX_PATHS = 64  # key combinations one form may add (guards odd inputs)

#: Quote marks that may open and close a mention.
_QUOTES = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}
#: Words that introduce a mention: "the word X", "the term X".
_MENTION_WORDS = frozenset(
    [
        "word",
        "words",
        "term",
        "terms",
        "phrase",
        "phrases",
        "label",
        "labels",
        "expression",
        "saying",
        "acronym",
        "abbreviation",
    ]
)
#: Short quotations: "we should stop saying bed blocking", a report's title.
_QUOTATION = re.compile(
    r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"|‘[^’\n]{1,200}’(?!\w)|(?<!\w)'[^'\n]{1,200}'(?!\w)"
)
MAX_QUOTED_WORDS = 12
#: Titles before a person's name: "Dr Patel", "Ms Jones".
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "cllr",
        "councillor",
        "lord",
        "lady",
        "rev",
    ]
)
#: Short words a title-case heading leaves in lower case.
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "for",
        "to",
        "in",
        "on",
        "with",
        "at",
        "by",
        "or",
        "from",
        "as",
        "is",
        "are",
        "our",
        "your",
    ]
)
#: Tags after "the X" that show "X" describes something: "the disabled toilet".
_NOUNISH = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "CD"})


@dataclass(frozen=True)
class Match:
    """A glossary entry found in a block: token range, character span and text."""

    first: int  # index of the first word in the block's word list
    last: int  # index of the last word, inclusive
    start: int
    end: int
    text: str
    entry: Entry


class TermMatcher:
    """A compiled trie of glossary forms. Build once per glossary; share freely."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self.root: dict[str, Any] = {}
        self.patterns = 0
        for index, entry in enumerate(self.entries):
            for form in entry.forms:
                for words in form_words(form):
                    self._add(words, index)
        #: The keys a form can start with: most words start none, and are passed over at once.
        self.first_keys = frozenset(self.root)

    def _add(self, words: Sequence[str], index: int) -> None:
        key_sets = [sorted(word_keys(w)) for w in words]  # sorted: the same trie every run
        for path in itertools.islice(itertools.product(*key_sets), MAX_PATHS):
            node = self.root
            for key in path:
                node = node.setdefault(key, {})
            ends = node.setdefault(_END, [])
            if index not in ends:
                ends.append(index)
            self.patterns += 1

    def longest_at(self, toks: Sequence[Tok], i: int) -> tuple[int, Entry] | None:
        """The longest form starting at word i: (last word index, entry), or None."""
        best: tuple[int, int] | None = None
        stack: list[tuple[dict[str, Any], int]] = [(self.root, i)]
        sent = toks[i].sent
        while stack:
            node, j = stack.pop()
            if j >= len(toks) or toks[j].protected or toks[j].sent != sent:
                continue
            for key in toks[j].keys:
                child = node.get(key)
                if child is None:
                    continue
                ends = child.get(_END)
                if ends and (best is None or j > best[0] or (j == best[0] and min(ends) < best[1])):
                    best = (j, min(ends))
                if len(child) > (1 if ends else 0):
                    stack.append((child, j + 1))
        if best is None:
            return None
        return best[0], self.entries[best[1]]

    def longest_from_each(self, toks: Sequence[Tok]) -> list[tuple[int, Entry] | None]:
        """`longest_at` for each word: the words no form can start with are skipped."""
        first = self.first_keys
        return [
            None if tok.protected or tok.keys.isdisjoint(first) else self.longest_at(toks, i)
            for i, tok in enumerate(toks)
        ]

    def find(
        self,
        toks: Sequence[Tok],
        text: str,
        accept: Callable[[Sequence[Tok], Match, str], bool] | None = None,
        longest: Sequence[tuple[int, Entry] | None] | None = None,
    ) -> list[Match]:
        """Every match in a block, left to right, longest first, not overlapping.

        With `accept`, a match it refuses is dropped and the search goes on
        from the next word, so in "the disabled toilet" a refused "the
        disabled" still lets "disabled toilet" match. `longest` is
        `longest_from_each(toks)`, if the caller already has it.
        """
        out: list[Match] = []
        if longest is None:
            longest = self.longest_from_each(toks)
        i = 0
        while i < len(toks):
            found = longest[i]
            if found is None:
                i += 1
                continue
            last, entry = found
            start, end = toks[i].start, toks[last].end
            match = Match(i, last, start, end, text[start:end], entry)
            if accept is not None and not accept(toks, match, text):
                i += 1
                continue
            out.append(match)
            i = last + 1
        return out


def quoted_span(text: str, start: int, end: int) -> bool:
    """The span is the whole of a quotation: 'service users', “hard to reach”."""
    before = text[:start].rstrip()
    if not before or before[-1] not in _QUOTES:
        return False
    opener = before[-1]
    if opener in "'’" and len(before) > 1 and before[-2].isalnum():
        return False  # an apostrophe inside a word, not a quote mark
    after = text[end:].lstrip()
    while after[:1] and after[0] in ",.;:!?":
        after = after[1:]
    return bool(after) and after[0] in _QUOTES[opener]


def in_short_quotation(text: str, start: int, end: int) -> bool:
    """The span is inside a short quotation (a quoted remark or a title)."""
    for q in _QUOTATION.finditer(text):
        if q.start() < start and end < q.end():
            return len(q.group().split()) <= MAX_QUOTED_WORDS
    return False


def is_mention(toks: Sequence[Tok], m: Match, text: str) -> bool:
    """Not the writer's own use: in quotes, in a short quotation, or "the term X"."""
    if quoted_span(text, m.start, m.end) or in_short_quotation(text, m.start, m.end):
        return True
    return m.first > 0 and toks[m.first - 1].lower in _MENTION_WORDS


def looks_like_name(toks: Sequence[Tok], m: Match) -> bool:
    """Part of the name of a person or organisation, judged by capitals.

    A match is a name when its words start with capitals in running text
    ("Leeds Teaching Hospitals", "the Carers Trust") or follow a title ("Dr
    Patel"). At the start of a sentence a capital says nothing, so there the
    capitalised run must go on past the match ("Service Users Forum"). In a
    heading in title case (no lower-case words but short ones like "of")
    capitals say nothing at all.
    """
    words = [t for t in toks[m.first : m.last + 1] if t.is_word]
    if not words or not all(t.capitalised for t in words):
        return False
    if m.first > 0 and toks[m.first - 1].lower.rstrip(".") in _TITLES:
        return True
    sentence = [t for t in sentence_of(toks, m.first) if t.is_word and t.text.isalpha()]
    content = [t for t in sentence[1:] if t.lower not in _SMALL_WORDS]
    if len(content) >= 2 and not any(t.text.islower() for t in content):
        return False  # a heading in title case: capitals tell us nothing
    if not toks[m.first].first:
        return True
    nxt = m.last + 1
    return nxt < len(toks) and toks[nxt].sent == toks[m.first].sent and toks[nxt].capitalised


def describes_a_thing(toks: Sequence[Tok], m: Match) -> bool:
    """ "the disabled toilet": a "the X" group-noun form followed by a noun."""
    if toks[m.first].lower != "the":
        return False
    nxt = m.last + 1
    return nxt < len(toks) and toks[nxt].sent == toks[m.last].sent and toks[nxt].tag in _NOUNISH


def is_use(toks: Sequence[Tok], m: Match, text: str) -> bool:
    """True when a match is a real use of the term, not a mention or a name."""
    return not (is_mention(toks, m, text) or looks_like_name(toks, m) or describes_a_thing(toks, m))
