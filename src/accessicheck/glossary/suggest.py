"""Draft glossary rows for terms in a pack of papers: `accessicheck glossary suggest`.

Three kinds of term that are not in the glossary yet, ranked in this order
and then by how often they appear:

1. acronyms (with the long form, when a paper spells one out);
2. rare words (wordfreq, the same check as rule AC208);
3. frequent noun phrases ("care navigator", "discharge pathway"): two or
   three nouns and adjectives that appear at least twice, with at least one
   word that is not an everyday word.

Each row has the glossary columns (ready to paste into the group's
spreadsheet) plus `count`, `example` (the first sentence it is in) and
`found_as`, which the glossary loader ignores.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..core.textsafe import for_file, spreadsheet_cell
from .acronyms import Place
from .lemmas import canonical
from .loaded import Glossary, block_words
from .model import COLUMNS
from .tokens import Tok
from .unknown import commonness, rare_words

EXTRA_COLUMNS = ("count", "example", "found_as")
#: A phrase needs a word rarer than this to be worth suggesting.
PHRASE_ZIPF = 4.0
MIN_PHRASE_COUNT = 2
_PHRASE_TAGS = frozenset({"NN", "NNS", "JJ"})
_KIND_ORDER = {"acronym": 0, "rare word": 1, "frequent phrase": 2}


@dataclass
class Suggested:
    """A term to add to the glossary, with how often and where it appears."""

    term: str
    found_as: str
    count: int = 0
    example: str = ""
    expansion: str = ""
    rarity: float = 0.0

    def row(self) -> dict[str, str]:
        out = dict.fromkeys(COLUMNS, "")
        out.update(
            term=self.term,
            category="acronym" if self.found_as == "acronym" else "group-specific",
            status="use-with-explanation",
            expansion=self.expansion,
            decision_how="suggested by accessicheck",
            count=str(self.count),
            example=self.example,
            found_as=self.found_as,
        )
        return out


def _sentence_at(ablock: Any, start: int) -> str:
    for s in ablock.sentences:
        if s.start <= start < s.end:
            return " ".join(s.text.split())
    return " ".join(ablock.text.split())


def _add(found: dict[str, Suggested], key: str, term: str, kind: str, example: str) -> Suggested:
    item = found.get(key)
    if item is None:
        item = found[key] = Suggested(term, kind, example=example)
    item.count += 1
    return item


def _phrases(toks: Sequence[Tok], covered: set[int]) -> Iterable[tuple[int, int]]:
    """(first, last) word indexes of lower-case noun phrases of two or three words."""
    run: list[int] = []
    for i, t in enumerate([*toks, None]):
        ok = (
            t is not None
            and i not in covered
            and t.tag in _PHRASE_TAGS
            and t.text.isalpha()
            and t.text.islower()
            and (not run or toks[run[-1]].sent == t.sent)
        )
        if ok:
            run.append(i)
            continue
        while len(run) >= 2 and toks[run[-1]].tag not in {"NN", "NNS"}:
            run.pop()
        if 2 <= len(run) <= 3:
            yield run[0], run[-1]
        run = []


class Suggester:
    """Collects suggestions one analysed document at a time (`add`), so the
    analyses of a pack need not all be in memory at once; `ranked` gives them."""

    def __init__(self, g: Glossary, *, threshold: float, well_known: Sequence[str] = ()) -> None:
        self.g, self.threshold, self.well_known = g, threshold, tuple(well_known)
        self._acronyms: dict[str, Suggested] = {}
        self._rare: dict[str, Suggested] = {}
        self._phrases: dict[str, Suggested] = {}

    def add(self, doc: Any) -> None:
        """Count the terms of one analysed document."""
        g, acronyms = self.g, self._acronyms
        for name, found in g.acronyms_in(doc, self.well_known).items():
            if name in g.acronyms or name in self.well_known:
                continue
            places: list[Place] = [*found.uses, *(d.place for d in found.definitions)]
            place = min(places, key=lambda p: (p.block, p.start))
            item = acronyms.get(name) or Suggested(
                name, "acronym", example=_sentence_at(doc.blocks[place.block], place.start)
            )
            acronyms[name] = item
            item.count += len(places)
            if found.definitions and not item.expansion:
                item.expansion = found.definitions[0].long_form
        for ablock in doc.blocks:
            toks = block_words(ablock)
            covered = {i for m in g.all_matches(ablock) for i in range(m.first, m.last + 1)}
            for i in rare_words(toks, self.threshold, covered, g.one_word):
                t = toks[i]
                item = _add(
                    self._rare,
                    canonical(t.lower),
                    t.lower,
                    "rare word",
                    _sentence_at(ablock, t.start),
                )
                item.rarity = commonness(t.lower)
            for lo, hi in _phrases(toks, covered):
                words = [toks[k].lower for k in range(lo, hi + 1)]
                if min(commonness(w) for w in words) >= PHRASE_ZIPF:
                    continue
                key = " ".join(canonical(w) for w in words)
                _add(
                    self._phrases,
                    key,
                    " ".join(words),
                    "frequent phrase",
                    _sentence_at(ablock, toks[lo].start),
                )

    def ranked(self) -> list[Suggested]:
        """Every suggestion so far, most important first."""
        ranked = [
            *self._acronyms.values(),
            *self._rare.values(),
            *(p for p in self._phrases.values() if p.count >= MIN_PHRASE_COUNT),
        ]
        ranked.sort(key=lambda s: (_KIND_ORDER[s.found_as], -s.count, s.rarity, s.term.lower()))
        return ranked


def to_csv(items: Iterable[Suggested]) -> str:
    """The suggestions as CSV with the glossary's columns first."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*COLUMNS, *EXTRA_COLUMNS], lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({key: _cell(value) for key, value in item.row().items()})
    return buffer.getvalue()


def _cell(value: object) -> object:
    """Text from papers made safe to open in a spreadsheet (see `textsafe`)."""
    if not isinstance(value, str):
        return value
    return spreadsheet_cell(for_file(value))
