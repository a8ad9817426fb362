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
rules that look at one document read it once.
"""

from __future__ import annotations

import weakref

from ..model import Document
from .extract import extract_agenda, looks_like_agenda
from .model import Agenda, AgendaItem, Evidence

__all__ = ["Agenda", "AgendaItem", "Evidence", "agenda_for", "extract_agenda", "looks_like_agenda"]

_CACHE: dict[int, tuple[weakref.ref[Document], Agenda]] = {}


def agenda_for(doc: Document) -> Agenda:
    """The agenda read from `doc`, read once per document object."""
    key = id(doc)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is doc:
        return hit[1]
    agenda = extract_agenda(doc)

    def forget(_ref: weakref.ref[Document]) -> None:
        _CACHE.pop(key, None)

    _CACHE[key] = (weakref.ref(doc, forget), agenda)
    return agenda
