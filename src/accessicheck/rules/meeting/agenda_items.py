"""AC504, AC506, AC509: what an agenda says about its items — explanations, jargon, late papers.

Like the other AC5xx rules these run only on documents that look like
agendas (see `agenda_common`). AC506 covers meeting-procedure words only
("AOB", "matters arising", "for noting"); general health and care jargon
and acronyms belong to the AC2xx rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ... import glossary
from ...agenda.wording import explained, late_paper_mentions, unexplained_jargon
from ...core.model import BlockKind, Suggestion
from ...engine import registry
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from .agenda_common import agenda_of, hit_at


@rule(
    "AC504",
    "item-not-explained",
    unit="document",
    severity="warning",
    summary="Agenda item is only a title, with nothing about what will happen",
    why='A title such as "Budget" does not tell people what will happen or what they are '
    "asked to do, so people new to meetings, people with a learning disability and people "
    "reading in a second language cannot prepare.",
    helps=("LD", "NEW", "ND", "EAL", "COG"),
    fails=("Agenda: - 10:00 Welcome - 10:15 Budget - 10:45 Close",),
    passes=(
        "Agenda: - 10:00 Welcome - 10:15 Budget: we will decide how to spend next year's "
        "money - 10:45 Close",
    ),
)
def item_not_explained(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An agenda item gives only a title ("Budget", "Carers' week plans") with no
    sentence saying what will happen and what people are asked to do: decide,
    discuss, or just hear about it. Shaping Our Lives asks for a short
    paragraph under each item. A title that says what will happen ("Choosing
    a name for the study", "Panel membership: how we can reach more people")
    is enough, and welcome, apologies, breaks and the close need nothing."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    for item in agenda.topics:
        if explained(item.title, item.description):
            continue
        yield hit_at(
            doc,
            item.location,
            f"“{item.title}” is only a title. Add a sentence saying what will happen and what "
            "people are asked to do: decide, discuss, or just hear about it.",
        )


def meeting_jargon_spans(doc: AnalysedDocument, ctx: RuleContext) -> set[tuple[int, int, int]]:
    """(block index, start, end) of each word AC506 reports in this paper.

    Empty when AC506 is not selected or the paper is not an agenda. The
    glossary rule AC203 leaves these words to AC506: one finding for one span.
    """
    settings = ctx.config.get("rules", {}).get("AC506", {})
    selected = registry.select(
        registry.all_rules(), ctx.config.get("select") or [], ctx.config.get("ignore") or []
    )
    if not settings.get("enabled", True) or all(r.code != "AC506" for r in selected):
        return set()
    return {(blocks_i, m.start(), m.end()) for blocks_i, m in _jargon(doc, ctx)}


def _jargon(doc: AnalysedDocument, ctx: RuleContext) -> list[tuple[int, Any]]:
    """(block index, match) for each unexplained meeting word on an agenda."""
    if agenda_of(doc) is None:
        return []
    blocks = [ab for ab in doc.blocks if ab.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    g = glossary.for_config(ctx.config)
    return [
        (blocks[i].index, m)
        for i, m, _ in unexplained_jargon([ab.text for ab in blocks])
        if not g.allows(m.group().strip())  # the group's glossary keeps the words
    ]


@rule(
    "AC506",
    "meeting-jargon",
    unit="document",
    severity="warning",
    summary='Meeting jargon such as "AOB" or "matters arising" with no explanation',
    why='Words like "AOB", "matters arising" and "for noting" are committee habits. '
    "They shut out people who are new to meetings, and people with a learning disability "
    "or reading in a second language.",
    helps=("NEW", "LD", "EAL", "COG"),
    fails=("Agenda: - 10:00 Welcome - 10:10 Matters arising - 10:30 AOB - 10:45 Close",),
    passes=(
        "Agenda: - 10:00 Welcome - 10:10 What happened about last time's actions - "
        "10:30 AOB (anything else people want to raise) - 10:45 Close",
    ),
)
def meeting_jargon(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The agenda uses meeting-procedure words without saying what they mean:
    AOB, any other business, matters arising, for noting, for ratification,
    for assurance, verbal update, declarations of interest, quorum, in camera,
    standing items, terms of reference, chair's action ("tabled" papers are
    AC509's). Words the group's glossary keeps (`preferred` or `allowed`) are
    left alone. Say it plainly
    ("Anything else people want to raise"), or explain it next to the word, in
    brackets or in a "what the words mean" list. Each word is flagged once."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    blocks = [ab for ab in doc.blocks if ab.kind not in (BlockKind.HEADER, BlockKind.FOOTER)]
    g = glossary.for_config(ctx.config)
    for i, m, plain in unexplained_jargon([ab.text for ab in blocks]):
        if g.allows(m.group().strip()):
            continue  # the group's glossary keeps the words
        yield Hit.on(
            blocks[i],
            f"“{m.group().strip()}” is meeting jargon. Say it plainly, for example "
            f"“{plain}”, or explain it next to the words.",
            m.start(),
            m.end(),
            suggestions=(Suggestion(f"Say “{plain}”, or explain the words."),),
        )


@rule(
    "AC509",
    "late-papers",
    unit="document",
    severity="warning",
    summary="A paper will come late or only at the meeting",
    why="Papers handed out on the day, or sent late, leave no time to read, convert into "
    "Easy Read, large print or Braille, or send to BSL interpreters. People who need "
    "time to read and think are shut out of that item.",
    helps=("LD", "SpLD", "SR", "LV", "ND", "COG", "FAT", "EAL", "BSL"),
    fails=("Agenda: - 10:00 Welcome - 10:15 Budget report (paper to follow) - 11:00 Close",),
    passes=("Agenda: - 10:00 Welcome - 10:15 Budget report (paper B, attached) - 11:00 Close",),
)
def late_papers(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The agenda says a paper is "to follow", "will be tabled", or will be handed
    out at the meeting or "on the day". Send every paper with the agenda, at
    least a week before the meeting, so people can read it and alternative
    formats can be made in time. A verbal update is not flagged here."""
    agenda = agenda_of(doc)
    if agenda is None:
        return
    for ab in doc.blocks:
        if ab.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            continue
        for start, end, m in late_paper_mentions(ab.text):
            sentence = ab.text[start:end]
            yield Hit.on(
                ab,
                f"“{sentence.strip()[:80]}”: a paper that comes late or on the day leaves no "
                "time to read it or to make Easy Read, large print or Braille copies. Send it "
                "with the agenda.",
                start + m.start(),
                start + m.end(),
            )
