"""AC110: the paper, or a section of it, misses the readability targets."""

from __future__ import annotations

from collections.abc import Iterator

from ...core.model import Severity, Suggestion
from ...core.profiles import Targets, targets
from ...engine.registry import Hit, RuleContext, rule
from ...language.analysis import AnalysedDocument
from ...language.readability import MIN_WORDS, Scores

_PROFILE_NAMES = {
    "plain": "plain English",
    "easy-read": "Easy Read",
    "professional": "papers for staff",
}


def misses(scores: Scores, goal: Targets) -> list[str]:
    """Plain descriptions of each target these scores miss (rounded figures)."""
    out = []
    if scores.reading_age is not None and round(scores.reading_age) > goal.max_reading_age:
        out.append(
            f"reading age about {round(scores.reading_age)} "
            f"(target {goal.max_reading_age:g} or under)"
        )
    ease = scores.flesch_reading_ease
    if ease is not None and round(ease) < goal.min_reading_ease:
        out.append(f"Flesch reading ease {round(ease)} (target {goal.min_reading_ease:g} or more)")
    asl = scores.average_sentence_length
    if asl is not None and round(asl) > goal.max_average_sentence_length:
        out.append(
            f"sentences {round(asl)} words long on average "
            f"(target {goal.max_average_sentence_length:g} or fewer)"
        )
    return out


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "; ".join(parts[:-1]) + "; and " + parts[-1]


@rule(
    "AC110",
    "hard-to-read",
    unit="document",
    severity="info",
    summary="The paper or a section of it is hard to read (readability figures)",
    why="Papers that are hard to read shut people out of the meeting: people with a learning "
    "disability or dyslexia, people reading in a second language, and people who are tired or "
    "unwell. The readability figures give a quick sense of how hard a paper is.",
    helps=("LD", "SpLD", "COG", "EAL", "FAT", "MH", "NEW", "ALL"),
    fails=(
        "The implementation of the integrated care strategy necessitates comprehensive "
        "stakeholder engagement across organisational boundaries. Consequently, the "
        "partnership board anticipates considerable organisational transformation, "
        "particularly regarding commissioning arrangements and governance responsibilities. "
        "Additionally, representatives will evaluate the effectiveness of existing "
        "consultation methodologies, prioritising accessibility considerations and "
        "recognising the significance of experiential knowledge. Subsequently, recommendations "
        "concerning remuneration, reimbursement and administrative procedures will be "
        "formulated collaboratively, ensuring transparency, accountability and "
        "proportionality throughout the implementation programme. Furthermore, "
        "organisations participating in the initiative are expected to demonstrate "
        "measurable improvements in operational efficiency and population health outcomes. "
        "Independent evaluation will determine whether the anticipated organisational "
        "benefits materialise sufficiently to justify continuation beyond the initial period.",
    ),
    passes=(
        "We met on Tuesday. Ten people came. We talked about the new leaflet and how to make it "
        "easy to read. Sam said the words were too small. Jo said the pictures were good. We "
        "agreed to make the words bigger. We also talked about the next event. It will be in "
        "the park in June. There will be food and music. Everyone can bring a friend. We will "
        "pay for your bus or taxi. Please tell us if you need help to get there. The next "
        "meeting is on the first Tuesday in May. We hope to see you there. Thank you to "
        "everyone who came and shared their ideas with the group today.",
    ),
    options={"min_section_words": 100, "warn": False},
    profiles={"easy-read": {"warn": True}},
)
def hard_to_read(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """The readability figures for the whole paper, and for each section,
    miss the targets for the profile.

    Three figures are checked, from the running text only (not headings,
    tables, headers or footers):

    - reading age (the Flesch-Kincaid grade plus 5): plain English 11 or
      under, Easy Read 9, professional 14;
    - Flesch reading ease (higher is easier): plain 60 or more, Easy Read 70,
      professional 50;
    - average sentence length: plain 20 words or fewer, Easy Read 15,
      professional 25.

    The whole paper gets one finding with its figures. Each section (the
    text under a heading) with at least 100 words (setting
    `min_section_words`) gets its own finding at its heading, so you know
    where to start. A paper that meets all three targets gets no finding.

    These findings are notes, and warnings for Easy Read papers (setting
    `warn`): the reading age is an indicator beside the sentence and word
    findings, never a pass or fail on its own (see docs/defaults.md).

    The formulas were made for American school books. They are a guide, not
    a judge, and mean little for short texts: a paper with under 100 words
    of running text gets a note saying so instead. Look at the sentence and
    word findings too: they say what to change.
    """
    goal = targets(ctx.profile)
    level = Severity.WARNING if ctx.options["warn"] else None
    profile = _PROFILE_NAMES.get(ctx.profile, ctx.profile)
    counts = doc.counts
    if counts.words == 0:
        return
    if counts.words < MIN_WORDS:
        yield Hit(
            f"This paper has only {counts.words} words of running text: too few for the "
            "reading-age formulas to mean much. Use the sentence and word findings instead.",
            severity=Severity.INFO,
            suggestions=(Suggestion("Use the sentence and word findings instead."),),
        )
        return
    missed = misses(doc.scores, goal)
    if missed:
        fix = "Use shorter sentences and everyday words"
        fix += ", starting with the sections flagged." if len(doc.sections) > 1 else "."
        yield Hit(
            f"The paper is harder to read than the targets for {profile}: {_join(missed)}. "
            f"The formulas are a guide. {fix}",
            suggestions=(Suggestion(fix),),
            severity=level,
        )
    sections = [s for s in doc.sections if s.counts.words >= ctx.options["min_section_words"]]
    if len(doc.sections) == 1:
        return  # the section is the whole paper: its figures are the paper's
    for section in sections:
        missed = misses(section.scores, goal)
        if not missed:
            continue
        name = f"'{section.heading}'" if section.heading else "before the first heading"
        fix = "Use shorter sentences and everyday words in this section."
        yield Hit.on(
            section.blocks[0],  # its heading, or the first block before any heading
            f"The section {name} is hard to read: {_join(missed)}. The formulas are a guide. {fix}",
            suggestions=(Suggestion(fix),),
            severity=level,
        )
