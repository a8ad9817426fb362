"""The "Words we use in this meeting" handout: data for the handout reporters.

Every glossary term that appears in the pack and has something to say
(a plain explanation, an Easy Read explanation or an acronym's long form)
becomes one item. Items are sorted by term, ignoring case, so the handout is
the same every time for the same papers and glossary. The reporters in
`reporters/handout_*.py` turn a `Handout` into Markdown, HTML or Word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .loaded import Glossary
from .model import Entry
from .tokens import is_acronym_form

TITLE = "Words we use in this meeting"
INTRO = (
    "These words are in the papers for this meeting. Each one has a short explanation. "
    "If a word is not clear, please ask. Every question helps someone."
)


@dataclass(frozen=True)
class HandoutItem:
    """One word and what it means. `expansion` is an acronym's long form."""

    term: str
    explanation: str
    expansion: str = ""


@dataclass(frozen=True)
class Handout:
    """The handout's title, introduction and items, in order."""

    title: str
    intro: str
    items: tuple[HandoutItem, ...]


def item_for(entry: Entry, *, easy_read: bool = False) -> HandoutItem | None:
    """The handout item for an entry, or None when there is nothing to explain."""
    explanation = (easy_read and entry.easy_read_explanation) or entry.plain_explanation
    explanation = explanation or entry.easy_read_explanation
    term, expansion = entry.term, entry.expansion
    if entry.is_acronym and not is_acronym_form(term):
        # "patient and public involvement" with the variant "PPI"
        short = next((v for v in entry.variants if is_acronym_form(v)), "")
        term, expansion = (short, entry.term) if short else (term, expansion)
    if not explanation and not expansion:
        return None
    return HandoutItem(term, explanation, expansion)


class Collector:
    """Collects the glossary terms used in a pack one analysed document at a time
    (`add`), so the analyses need not all be in memory at once."""

    def __init__(self, g: Glossary) -> None:
        self.g = g
        self._found: dict[tuple[str, int, str], Entry] = {}

    def add(self, doc: Any) -> None:
        """Note the glossary terms one analysed document uses."""
        g, found = self.g, self._found
        for ablock in doc.blocks:
            for m in g.uses(ablock):
                e = m.entry
                found[(e.origin.path, e.origin.line, e.term)] = e
        for name in g.acronyms_in(doc, ()):
            entry = g.acronyms.get(name)
            if entry is not None:
                found[(entry.origin.path, entry.origin.line, entry.term)] = entry

    def handout(self, *, easy_read: bool = False, title: str = TITLE) -> Handout:
        """The handout of every term noted so far."""
        items = {}
        for entry in self._found.values():
            item = item_for(entry, easy_read=easy_read)
            if item is not None:
                items[item.term.casefold()] = item
        ordered = tuple(items[k] for k in sorted(items, key=lambda k: (k, items[k].term)))
        return Handout(title, INTRO, ordered)
