"""AC204-AC207: acronyms not spelled out, spelled out late, twice, or never used."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Block, BlockKind, Document, Location, Severity
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.language import analysis

from .test_glossary_fixtures import glint, glossary_config

ACRONYM_RULES = ["AC204", "AC205", "AC206", "AC207"]


def found(text: str, **kw: object) -> list[tuple[str, str]]:
    """(code, text) of each acronym finding."""
    return [(f.code, f.excerpt) for f in glint(text, select=ACRONYM_RULES, **kw)]  # type: ignore[arg-type]


FLAGS = [
    pytest.param("The ICB will decide in May.", [("AC204", "ICB")], id="not-spelled-out"),
    pytest.param("The ICB's plan is out.", [("AC204", "ICB")], id="possessive"),
    pytest.param(
        "The ICBs in the north met. The ICB chair spoke.", [("AC204", "ICBs")], id="plural-first"
    ),
    pytest.param("Talk to the PCN. The PCN can help.", [("AC204", "PCN")], id="only-first-use"),
    pytest.param("Ask the A&E team.", [("AC204", "A&E")], id="ampersand"),
    pytest.param(
        "The ICB meets monthly. The Integrated Care Board (ICB) plans services.",
        [("AC205", "ICB")],
        id="used-before-definition",
    ),
    pytest.param(
        "The Integrated Care Board (ICB) plans care. "
        "Later, the Integrated Care Board (ICB) decides. "
        "The ICB agreed.",
        [("AC206", "ICB")],
        id="defined-twice",
    ),
    pytest.param("The Care Quality Commission (CQC) visited.", [("AC207", "CQC")], id="never-used"),
    pytest.param(
        "The Patient Participation Group (PPG) met.",
        [("AC207", "PPG")],
        id="never-used-not-in-glossary",
    ),
]

LEAVES = [
    pytest.param("The Integrated Care Board (ICB) met. The ICB agreed.", id="long-form-first"),
    pytest.param("ICB (Integrated Care Board) members met. The ICB agreed.", id="acronym-first"),
    pytest.param("The local authority (LA) will write. The LA is busy.", id="lower-case-long-form"),
    pytest.param("PCN stands for primary care network. The PCN is new.", id="stands-for"),
    pytest.param(
        "The National Institute for Health and Care Excellence (NICE) decides. NICE is careful.",
        id="long-form-with-small-words",
    ),
    pytest.param(
        "The Mental Capacity Act 2005 (MCA) applies. The MCA is law.", id="year-in-long-form"
    ),
    pytest.param("The trial is in Phase II. Part IV has the costs. Type III is rare.", id="roman"),
    pytest.param("The file is 12 MB. Bring 5 GB. Start at 10 AM.", id="units"),
    pytest.param("The venue is at LS1 4AP. Post it to M1 1AE.", id="postcodes"),
    pytest.param("J. R. Smith chaired the meeting.", id="dotted-initials"),
    pytest.param("Action: JK to send the notes by Friday.", id="action-initials"),
    pytest.param("AB said the leaflet was clear. CD agreed.", id="initials-doing-things"),
    pytest.param("Present: AB, CD, EF and GH.", id="list-of-people"),
    pytest.param("PLEASE BRING YOUR PAYMENT FORM TO THE MEETING.", id="capitals-run"),
    pytest.param("IMPORTANT: read this first.", id="one-word-in-capitals"),
    pytest.param("Is that OK with everyone?", id="ok"),
    pytest.param("In 2024 we met on the 1st of May.", id="numbers"),
    pytest.param("Email icb@nhs.net or see www.icb.nhs.uk/PCN.", id="email-and-url"),
]


@pytest.mark.parametrize(("text", "expected"), FLAGS)
def test_flags(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", LEAVES)
def test_leaves_alone(text: str) -> None:
    assert found(text) == []


def test_glossary_supplies_the_expansion() -> None:
    (f,) = glint("The ICB will decide.", select=["AC204"])
    assert f.severity is Severity.WARNING
    assert "Integrated Care Board (ICB)" in f.message
    assert f.suggestions[0].replacement == "Integrated Care Board (ICB)"
    assert not f.suggestions[0].safe


def test_unknown_acronym_asks_for_a_glossary_entry() -> None:
    (f,) = glint("Talk to the PCN.", select=["AC204"])
    assert "add it to the glossary" in f.message
    assert f.suggestions == ()


def test_used_before_definition_says_where() -> None:
    text = "The ICB meets.\n\nThe Integrated Care Board (ICB) plans services."
    (f,) = glint(text, select=["AC205"])
    assert f.location.paragraph == 1
    assert "paragraph 2" in f.message


def test_well_known_acronyms_get_a_note_in_public_papers() -> None:
    (f,) = glint("Ask your GP.", [], select=["AC204"])
    assert f.severity is Severity.INFO and "well known" in f.message
    assert glint("Ask your GP.", [], select=["AC204"], profile="professional") == []


def test_well_known_list_is_configurable() -> None:
    (f,) = glint("Ask the PCN.", [], select=["AC204"], well_known_acronyms=["PCN"])
    assert f.severity is Severity.INFO
    (g,) = glint("Ask your GP.", [], select=["AC204"], well_known_acronyms=[])
    assert g.severity is Severity.WARNING


def test_group_can_allow_an_acronym() -> None:
    # base.csv (a group layer in these tests) marks NHS as allowed.
    assert glint("The NHS is busy.", select=["AC204"]) == []


def test_glossary_acronym_to_avoid_is_left_to_ac202() -> None:
    codes = [f.code for f in glint("PPI matters.")]
    assert codes == ["AC202"]


def test_abbreviations_table_defines_acronyms() -> None:
    path = "t.docx"
    cells = ["PCN", "Primary care network", "ICB", "Integrated Care Board"]
    blocks = [
        Block(BlockKind.TABLE_CELL, t, Location(path, paragraph=i + 1)) for i, t in enumerate(cells)
    ]
    blocks.append(
        Block(BlockKind.PARAGRAPH, "The PCN and the ICB met.", Location(path, paragraph=5))
    )
    doc = analysis.analyse_documents([Document(path, "docx", blocks)])[0]
    cfg = glossary_config(select=ACRONYM_RULES)
    assert (
        engine.run_rules(doc, engine.active_rules(registry.all_rules(), cfg), cfg, strict=True)
        == []
    )


def test_a_defined_acronym_that_is_also_a_word_is_still_an_acronym() -> None:
    text = "The National Institute for Health and Care Excellence (NICE) met in May."
    assert found(text, glossaries=[]) == [("AC207", "NICE")]
    assert found("NICE is careful. The AGENDA is long.", glossaries=[]) == []


def test_codes_with_numbers_are_not_acronyms(lint) -> None:  # type: ignore[no-untyped-def]
    text = "Rule AC901 reports damaged files. Ask the ICB, or quote reference A1234."
    flagged = [f.excerpt for f in lint(text, select="AC204")]
    assert flagged == ["ICB"]  # the rule is on, and only the real acronym is flagged
