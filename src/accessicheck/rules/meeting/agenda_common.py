"""Shared helpers for the AC5xx agenda rules (this module registers no rules).

The agenda rules run only on documents that look like agendas (see
`accessicheck.agenda.extract.looks_like_agenda`): the word "agenda" in the
title property, a heading or the first line, or three or more items that
begin with a time or give a length. On ordinary papers they say nothing,
and on minutes too (see `accessicheck.agenda.kinds`): minutes record a
meeting that has happened, so "no break" or "papers too late" is no use.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...agenda import Agenda, agenda_for, kind_for
from ...core.model import Location, Severity, Suggestion
from ...engine.registry import Hit
from ...language.analysis import AnalysedBlock, AnalysedDocument


def agenda_of(doc: AnalysedDocument) -> Agenda | None:
    """The document's agenda, or None when the document is not an agenda (or is minutes)."""
    kind = kind_for(doc.document)
    if not kind.is_agenda or kind.kind == "minutes":
        return None  # found out without reading the rest of the agenda
    return agenda_for(doc.document)


def block_at(doc: AnalysedDocument, location: Location) -> AnalysedBlock | None:
    """The analysed block a location points at (blocks are numbered in reading order)."""
    n = location.paragraph
    if n is not None and 1 <= n <= len(doc.blocks):
        ab = doc.blocks[n - 1]
        if ab.block.location.paragraph == n:
            return ab
    return next((ab for ab in doc.blocks if ab.block.location == location), None)


def hit_at(
    doc: AnalysedDocument,
    location: Location | None,
    message: str,
    *,
    severity: Severity | None = None,
    suggestions: Sequence[Suggestion] = (),
    span: tuple[int, int] | None = None,
) -> Hit:
    """A hit on the block at `location`, on `span` (or the location's own span) in it."""
    ab = block_at(doc, location) if location is not None else None
    start = end = None
    if ab is not None and location is not None:
        start, end = span if span is not None else (location.start, location.end)
        if start is not None and end is not None and not (0 <= start <= end <= len(ab.text)):
            start = end = None
    return Hit.on(ab, message, start, end, suggestions=tuple(suggestions), severity=severity)
