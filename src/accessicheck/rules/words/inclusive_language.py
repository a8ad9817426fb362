"""AC301-AC302: contested terms and language to avoid about people.

The terms come from the shipped inclusive and contested terms list (written
for UK health and social care from GOV.UK, NHS, Scope, Mind, Samaritans and
NIHR guidance, with sources) and from your group's glossaries. The group's
decision always wins: a term your glossary marks `preferred` or `allowed`
is never flagged, and a group can mark any term `contested` or `avoid`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import glossary
from ...core.model import Suggestion
from ...engine.registry import Hit, RuleContext, rule
from ...glossary import messages
from ...language.analysis import AnalysedBlock, AnalysedDocument


@rule(
    "AC301",
    "contested-term",
    unit="document",
    severity="info",
    summary="A term people disagree about",
    why="Words such as 'service user' or 'challenging behaviour' are used with pride by "
    "some people and felt as labels by others. The group should decide together, and the "
    "paper should follow that decision.",
    helps=("MH", "LD", "ND", "NEW", "ALL"),
    fails=("We asked service users what they thought.",),
    passes=("We asked people who use services what they thought.",),
)
def contested_term(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A contested term: the message gives both views, so the group can decide.

    Reported once per paper, at the first use. Record the group's decision in
    its glossary: status `preferred` or `allowed` keeps the term and stops
    this note; `avoid` with plain alternatives turns it into a warning
    (AC302) that suggests the group's words. Quoted mentions ("we will stop
    saying 'service users'") are not uses.
    """
    g = glossary.for_config(ctx.config)
    seen: set[str] = set()
    for ablock in doc.blocks:
        for m in g.uses(ablock):
            if g.allows(ablock.text[m.start : m.end]):
                continue
            if m.entry.kind != "contested" or m.entry.term.lower() in seen:
                continue
            seen.add(m.entry.term.lower())
            options = tuple(
                Suggestion(f"Consider '{alt}', if your group agrees.")
                for alt in m.entry.plain_alternatives[:3]
            )
            yield Hit.on(
                ablock,
                messages.contested(m),
                m.start,
                m.end,
                suggestions=options,
                severity=m.entry.severity,
            )


@rule(
    "AC302",
    "inclusive-language",
    unit="block",
    severity="warning",
    summary="Language about people that many find hurtful",
    why="Words such as 'wheelchair-bound' or 'suffers from' describe disabled people as "
    "tragic or passive. People notice, and it tells them whether the meeting is really "
    "for them. Slurs are errors.",
    helps=("ALL", "MH", "LD", "WC", "ND"),
    fails=("She is wheelchair-bound.", "He suffers from depression."),
    passes=("She is a wheelchair user.", "He has depression.", "He feels depressed today."),
)
def inclusive_language(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """A term about people that the glossary says to avoid, with better words.

    Widely discouraged terms are warnings; slurs are errors. Clinical words
    used correctly in health papers ("depressed", "bipolar") are not on the
    shipped list, and UK usage is followed ("disabled people", "stammer").
    Replacements are never applied automatically: the right words depend on
    the person, so check with them. Quoted mentions are not uses.

    Before: "She is wheelchair-bound."

    After: "She is a wheelchair user." (or "She uses a wheelchair.")
    """
    g = glossary.for_config(ctx.config)
    toks = glossary.block_words(ablock)
    for m in g.uses(ablock):
        if g.allows(ablock.text[m.start : m.end]):
            continue
        if m.entry.kind != "inclusive":
            continue
        yield Hit(
            messages.avoid(m),
            m.start,
            m.end,
            suggestions=messages.suggestions(m, toks, allow_safe=False),
            severity=m.entry.severity,
        )
