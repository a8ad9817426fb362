"""AC204-AC207: acronyms not spelled out, spelled out late, twice, or for nothing.

One scan of the whole paper finds every acronym with its uses and
definitions (see `glossary.acronyms`), shared by the four rules. The
glossary gives the long form to suggest. Roman numerals, units, postcodes,
people's initials and words in capitals are not acronyms. Acronyms on the
`well_known_acronyms` list (NHS, UK, GP …) or the shipped everyday list
(CEO, DVD …) get a note rather than a warning in public papers, and nothing
in the professional profile.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ... import glossary
from ...core.model import Severity, Suggestion
from ...core.wordlists import column
from ...engine.registry import Hit, RuleContext, rule
from ...glossary.acronyms import Acronym, Place
from ...glossary.model import Entry
from ...language.analysis import AnalysedDocument

_NOT_HERE = frozenset({"jargon", "contested", "inclusive", "plain"})


def _everyday(config: Mapping[str, Any]) -> frozenset[str]:
    """Acronyms most readers know ("CEO", "DVD"): wordlists/everyday-acronyms.csv.

    A shipped word list, so `shipped_wordlists = false` turns it off too.
    """
    if not config.get("shipped_wordlists", True):
        return frozenset()
    return column("everyday-acronyms.csv", "acronym")


def _acronyms(
    doc: AnalysedDocument, ctx: RuleContext
) -> Iterator[tuple[Acronym, str, Entry | None]]:
    """Acronyms the rules should look at, with the glossary's long form and entry."""
    g = glossary.for_config(ctx.config)
    well_known = set(glossary.well_known(ctx.config))
    found = g.acronyms_in(doc, tuple(well_known))
    for name in sorted(found, key=lambda n: _first(found[n])):
        acronym = found[name]
        entry = g.acronyms.get(name)
        if entry is not None and (entry.kind in _NOT_HERE):
            continue  # the glossary rules report it already
        if entry is not None and entry.quiet and entry.origin.layer != "shipped":
            continue  # the group has allowed it
        if entry is not None and entry.quiet and name not in well_known:
            continue
        yield acronym, g.expansion(name), entry


def _first(a: Acronym) -> tuple[int, int]:
    places = [p for p in a.uses] + [d.place for d in a.definitions]
    return min((p.block, p.start) for p in places)


def _where(doc: AnalysedDocument, place: Place) -> str:
    return doc.blocks[place.block].block.location.describe()


def _hit(doc: AnalysedDocument, place: Place, message: str, **kw: object) -> Hit:
    return Hit.on(doc.blocks[place.block], message, place.start, place.end, **kw)  # type: ignore[arg-type]


@rule(
    "AC204",
    "acronym-not-spelled-out",
    unit="document",
    severity="warning",
    summary="An acronym is never spelled out",
    why="Acronyms are one of the biggest barriers in health and care papers. Someone new "
    "to the group, or reading with a learning disability or in a second language, may not "
    "know what 'ICB' or 'PCN' stand for, and may not feel able to ask.",
    helps=("LD", "COG", "EAL", "NEW", "SR"),
    fails=("The ICB will decide in May.",),
    passes=(
        "The Integrated Care Board (ICB) will decide in May. The ICB meets monthly.",
        "Phase II starts at LS1 4AP. Bring 5 GB of photos.",
    ),
)
def acronym_not_spelled_out(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An acronym used in a paper that never says what it stands for.

    Spell it out the first time: "Integrated Care Board (ICB)" or "ICB
    (Integrated Care Board)". The suggestion uses the long form from the
    glossary when there is one; otherwise add the acronym to your glossary.
    Only the first use is reported. Plurals and possessives ("GPs",
    "ICB's") count as the acronym. Roman numerals ("Phase II"), units
    ("5 GB"), postcodes ("LS1 4AP"), initials in minutes ("Action: JK") and
    words in capitals ("PLEASE BRING YOUR FORM") are not acronyms.

    Acronyms on the `well_known_acronyms` list (by default NHS, UK, GP, BBC,
    TV) or on the shipped list of everyday acronyms (CEO, DVD, PhD ...) get a
    note, not a warning, and none in the professional profile. The everyday
    list is wordlists/everyday-acronyms.csv; `shipped_wordlists = false` turns
    it off with the other shipped lists.
    """
    well_known = set(glossary.well_known(ctx.config)) | _everyday(ctx.config)
    for acronym, expansion, entry in _acronyms(doc, ctx):
        if acronym.definitions or not acronym.uses:
            continue
        name, place = acronym.name, acronym.uses[0]
        shown = doc.blocks[place.block].text[place.start : place.end]
        known = name in well_known
        if known and ctx.profile == "professional":
            continue
        opening = (
            f"'{shown}' is well known, but not to everyone."
            if known
            else f"'{shown}' is not spelled out anywhere in this paper."
        )
        suggestions: tuple[Suggestion, ...] = ()
        if expansion:
            fix = f"{expansion} ({shown})"
            where = entry.describe() if entry is not None else "the glossary"
            message = (
                f"{opening} Write it in full the first time: '{fix}'. "
                f"The long form is from {where}."
            )
            suggestions = (Suggestion(f"Write '{fix}'.", replacement=fix, safe=False),)
        else:
            message = (
                f"{opening} Write it in full the first time you use it, and add it to the glossary."
            )
        yield _hit(
            doc, place, message, suggestions=suggestions, severity=Severity.INFO if known else None
        )


@rule(
    "AC205",
    "acronym-used-before-definition",
    unit="document",
    severity="warning",
    summary="An acronym is used before it is spelled out",
    why="Readers meet an acronym at its first use. If the explanation comes later, they "
    "have to guess or search back and forth, which is hard for people with a learning "
    "disability, dyslexia or memory difficulties.",
    helps=("LD", "SpLD", "COG", "NEW"),
    fails=("The ICB meets monthly. The Integrated Care Board (ICB) plans services.",),
    passes=("The Integrated Care Board (ICB) plans services. The ICB meets monthly.",),
)
def acronym_used_before_definition(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An acronym is used first and spelled out only later in the paper.

    Move the spelled-out form to the first use. Only the first use is
    reported; the message says where the acronym is spelled out.
    """
    for acronym, _, _ in _acronyms(doc, ctx):
        if not acronym.definitions or not acronym.uses:
            continue
        use, definition = acronym.uses[0], acronym.definitions[0]
        if (use.block, use.start) > (definition.place.block, definition.place.start):
            continue
        yield _hit(
            doc,
            use,
            f"'{acronym.name}' is used here before it is spelled out "
            f"({_where(doc, definition.place)}). Spell it out here instead: "
            f"'{definition.long_form} ({acronym.name})'.",
        )


@rule(
    "AC206",
    "acronym-defined-twice",
    unit="document",
    severity="info",
    summary="An acronym is spelled out more than once",
    why="Spelling out an acronym once, at its first use, is enough; repeating it adds "
    "words. In a long paper, a glossary of terms helps more than repeated definitions.",
    helps=("SpLD", "COG"),
    fails=(
        "The Integrated Care Board (ICB) plans care. Later, the Integrated Care Board (ICB) "
        "will decide.",
    ),
    passes=("The Integrated Care Board (ICB) plans care. Later, the ICB will decide.",),
)
def acronym_defined_twice(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An acronym is spelled out again after its first definition.

    Keep the first definition and use the acronym alone after that. In a long
    paper with separate sections, a short "words we use" list (see
    `accessicheck glossary handout`) may help more.
    """
    for acronym, _, _ in _acronyms(doc, ctx):
        first = acronym.definitions[0] if acronym.definitions else None
        for again in acronym.definitions[1:]:
            yield _hit(
                doc,
                again.place,
                f"'{acronym.name}' is spelled out again here; it was spelled out already "
                f"({_where(doc, first.place)}). Once is enough.",  # type: ignore[union-attr]
            )


@rule(
    "AC207",
    "acronym-not-used",
    unit="document",
    severity="info",
    summary="An acronym is spelled out but never used",
    why="An acronym the reader never meets again is one more thing to remember for "
    "nothing. Leaving it out makes the sentence shorter and easier.",
    helps=("LD", "COG", "SpLD"),
    fails=("The Care Quality Commission (CQC) visited the ward in March.",),
    passes=("The Care Quality Commission (CQC) visited in March. The CQC report is out.",),
)
def acronym_not_used(doc: AnalysedDocument, ctx: RuleContext) -> Iterator[Hit]:
    """An acronym is spelled out, but the paper never uses it again.

    Write the long form alone and leave out the acronym in brackets.
    """
    for acronym, _, _ in _acronyms(doc, ctx):
        if not acronym.definitions or acronym.uses:
            continue
        d = acronym.definitions[0]
        yield _hit(
            doc,
            d.place,
            f"'{acronym.name}' is spelled out but never used again. Write '{d.long_form}' "
            f"and leave out '({acronym.name})'.",
        )
