"""Reading agendas and meeting invitations: the meeting, its items and their times.

    from accessicheck.agenda import extract_agenda
    agenda = extract_agenda(document)      # a loaded Document
    agenda.date, agenda.start, agenda.mode, agenda.items …

Modules: `times`, `dates`, `places` (postcode, venue), `online` (platform,
link, dial-in), `parts` (an item's owner, purpose, length), `items` (tables,
lists, lines, prose), `mode`, `extract` (puts them together) and `timing`
(the sums the rules and the checklist share), `kinds` (agenda, invitation,
minutes or paper), `minutes` (attendance, apologies and actions, as facts)
and `phrases` (evidence as a phrase in context). Everything is pure: no
printing, no files.

`agenda_for(doc)` is `extract_agenda` with a cache, so the several AC5xx
rules that look at one document read it once. `kind_for(doc)` is its first
step alone (is it an agenda, or minutes?), so that the rules stay quick on
the papers that are not agendas.

The other features (the checklist) import only what `__all__` lists here,
never the modules inside (tests/test_architecture.py checks it).
"""

from __future__ import annotations

import weakref
from typing import Any

from ..core.model import Document
from . import timing
from .dates import parse_iso
from .dates import show as show_date
from .extract import Kind, document_kind_of, extract_agenda, looks_like_agenda
from .items import sentences
from .model import MODES, Agenda, AgendaItem, Evidence, Mode
from .phrases import Phrase, denied, find_in_text, has_phrases, phrases_for, sentence_spans
from .times import show as show_time
from .wording import explained, late_paper_mentions, unexplained_jargon

__all__ = [
    "MODES",
    "Agenda",
    "AgendaItem",
    "Evidence",
    "Mode",
    "Phrase",
    "agenda_for",
    "kind_for",
    "Kind",
    "denied",
    "explained",
    "extract_agenda",
    "find_in_text",
    "has_phrases",
    "late_paper_mentions",
    "looks_like_agenda",
    "parse_iso",
    "phrases_for",
    "sentence_spans",
    "sentences",
    "show_date",
    "show_time",
    "timing",
    "unexplained_jargon",
]

_CACHE: dict[int, tuple[weakref.ref[Document], Agenda]] = {}


_KINDS: dict[int, tuple[weakref.ref[Document], Kind]] = {}
_Cache = dict[int, tuple[weakref.ref[Document], Any]]


def _remember(cache: _Cache, doc: Document, value: Any) -> None:
    key = id(doc)

    def forget(_ref: weakref.ref[Document]) -> None:
        cache.pop(key, None)

    cache[key] = (weakref.ref(doc, forget), value)


def _recall(cache: _Cache, doc: Document) -> Any:
    hit = cache.get(id(doc))
    return hit[1] if hit is not None and hit[0]() is doc else None


def kind_for(doc: Document) -> Kind:
    """Whether `doc` is an agenda and what kind of document it is, read once per
    document object (the first step of `agenda_for`, which reuses it)."""
    known = _recall(_KINDS, doc)
    if known is None:
        known = document_kind_of(doc)
        _remember(_KINDS, doc, known)
    return known


def agenda_for(doc: Document) -> Agenda:
    """The agenda read from `doc`, read once per document object."""
    agenda = _recall(_CACHE, doc)
    if agenda is None:
        agenda = extract_agenda(doc, known=kind_for(doc))
        _remember(_CACHE, doc, agenda)
    return agenda
