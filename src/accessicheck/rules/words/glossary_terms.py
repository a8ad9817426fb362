"""AC200-AC203: terms from the glossary — problems, plain English, jargon, explain.

The glossary is the shipped word lists with the organisation's and the
meeting's glossaries layered on top (setting `glossaries`). Each finding
names the glossary and the entry that triggered it, so the group can change
the entry. Terms in quotes ("we will stop saying 'service users'") and in
names of people and organisations are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import glossary
from ...core.model import Severity
from ...engine.registry import Hit, RuleContext, rule
from ...glossary import messages
from ...glossary.layers import SHIPPED
from ...glossary.matcher import Match
from ...language.analysis import AnalysedBlock, AnalysedDocument
from ..meeting.agenda_items import meeting_jargon_spans

#: Words after a term that show it is being explained: "safeguarding (keeping …)".
_EXPLAINED_AFTER = re.compile(
    r"^\s*,?\s*(?:\(|means\b|is when\b|is where\b|is how\b|is the\b|is a\b|is an\b|"
    r"refers to\b|[–—:]|-\s)",
    re.IGNORECASE,
)
_EXPLAINED_BEFORE = re.compile(r"(?:called|known as|we call (?:this|it))\s*$", re.IGNORECASE)


def _term_hits(ablock: AnalysedBlock, ctx: RuleContext, kind: str) -> Iterator[Hit]:
    g = glossary.for_config(ctx.config)
    toks = glossary.block_words(ablock)
    for m in g.uses(ablock):
        if m.entry.kind != kind or g.allows(ablock.text[m.start : m.end]):
            continue
        allow_safe = kind in {"plain", "jargon"}
        yield Hit(
            messages.avoid(m),
            m.start,
            m.end,
            suggestions=messages.suggestions(m, toks, allow_safe=allow_safe),
            severity=m.entry.severity,
        )


@rule(
    "AC200",
    "glossary-problem",
    unit="document",
    severity="warning",
    summary="A glossary file has a problem",
    why="A row the tool cannot read is left out, so a term the group agreed on may not be "
    "checked. Fixing the glossary keeps the group's decisions in force.",
    helps=("ALL",),
)
def glossary_problem(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A glossary file named in the settings could not be read, or has bad rows.

    The glossaries are the files in the `glossaries` setting (CSV or YAML).
    A bad row (an unknown status, a date that is not a date, an empty term)
    is left out and reported here with the file and line, so you can fix it.
    Run `accessicheck glossary validate FILE` for a full check of a glossary.
    A word list missing from the installation is reported here too.
    """
    for problem in glossary.for_config(ctx.config).problems:
        if problem.level == "info" or (problem.path in SHIPPED and problem.line):
            continue  # rows of the shipped lists are checked by their own tests
        yield Hit(
            f"Glossary {problem}. That row was left out of the checks."
            if problem.line
            else f"Glossary {problem}",
            severity=Severity.WARNING if problem.level == "warning" else Severity.ERROR,
        )


@rule(
    "AC201",
    "plain-words",
    unit="block",
    severity="warning",
    summary="A word with a plainer alternative",
    why="Formal words such as 'commence' or 'prior to' make a paper harder to read for "
    "everyone, and much harder for people with a learning disability, dyslexia or English "
    "as an additional language. An everyday word says the same thing.",
    helps=("LD", "SpLD", "COG", "EAL", "NEW"),
    fails=("The meeting will commence at 10am.", "Please read the papers prior to the meeting."),
    passes=("The meeting will start at 10am.", "We will stop saying 'commence' in our papers."),
)
def plain_words(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """A formal or bureaucratic word that the glossary says to replace.

    The words come from the plain English list that ships with accessicheck
    (from plainlanguage.gov, CC0, and GOV.UK's words to avoid, OGL) and from
    your own glossaries, which can change or allow any of them. The message
    says which glossary and which line. Every form of the word is found
    ("commenced", "commencing"), and the suggestion keeps the form
    ("started"). A suggestion is marked safe to apply only when it is one
    word and the entry lists no exceptions.

    Before: "The meeting will commence at 10am."

    After: "The meeting will start at 10am."
    """
    yield from _term_hits(ablock, ctx, "plain")


@rule(
    "AC202",
    "jargon",
    unit="block",
    severity="warning",
    summary="Jargon the glossary says to avoid",
    why="Health, care and research jargon shuts people out of the conversation. People "
    "with lived experience should not need a professional's vocabulary to take part.",
    helps=("LD", "COG", "EAL", "NEW", "MH"),
    fails=("Ask your clinician about the results.",),
    passes=("Ask your doctor or nurse about the results.",),
)
def jargon(ablock: AnalysedBlock, ctx: RuleContext) -> Iterator[Hit]:
    """Health, social care, research or legal jargon the glossary says to avoid.

    The terms come from the shipped health and social care jargon list (much
    of it from the NHS "A to Z of NHS health writing", OGL) and from your own
    glossaries. The message names the glossary and line and gives the plain
    alternatives. Names of organisations ("the Clinical Commissioning Group
    Forum") and terms in quotes are left alone. If your group decides to keep
    a term, add it to your glossary with status `allowed` or `preferred`.

    Before: "Ask your clinician about the results."

    After: "Ask your doctor or nurse about the results."
    """
    yield from _term_hits(ablock, ctx, "jargon")


def _explained(ablock: AnalysedBlock, m: Match) -> bool:
    text = ablock.text
    return bool(_EXPLAINED_AFTER.match(text[m.end :]) or _EXPLAINED_BEFORE.search(text[: m.start]))


@rule(
    "AC203",
    "explain-term",
    unit="document",
    severity="info",
    summary="A term to explain the first time it is used",
    why="Some words are worth keeping ('safeguarding', 'co-production') but not everyone "
    "knows them. Explaining them once, where they first appear, lets everyone follow.",
    helps=("LD", "COG", "EAL", "NEW"),
    fails=("Safeguarding is everyone's business.",),
    passes=("Safeguarding means keeping people safe from harm and abuse.",),
)
def explain_term(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """A term the glossary says to keep but explain, used without an explanation.

    Only the first use in each paper is reported. It counts as explained when
    an explanation follows it ("safeguarding (keeping people safe)",
    "safeguarding means …", "safeguarding: …") or comes just before it
    ("this is called safeguarding"). Meeting words on an agenda ("for
    noting") are left to AC506 when it is on, so they are reported once. The
    message quotes the glossary's plain
    explanation, which also goes into the "Words we use" handout
    (`accessicheck glossary handout`).

    Before: "Safeguarding is everyone's business."

    After: "Safeguarding means keeping people safe from harm and abuse. It is everyone's
    business."
    """
    g = glossary.for_config(ctx.config)
    seen: set[str] = set()
    agenda_words = meeting_jargon_spans(doc, ctx)
    for ablock in doc.blocks:
        for m in g.uses(ablock):
            if g.allows(ablock.text[m.start : m.end]):
                continue
            if m.entry.kind != "explain":
                continue
            if any(b == ablock.index and s < m.end and m.start < e for b, s, e in agenda_words):
                continue  # AC506 reports these meeting words on an agenda: once is enough
            key = m.entry.term.lower()
            if key in seen:
                continue
            seen.add(key)
            if _explained(ablock, m):
                continue
            yield Hit.on(ablock, messages.explain(m), m.start, m.end, severity=m.entry.severity)
