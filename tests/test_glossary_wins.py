"""The group's glossary wins everywhere: a term it keeps is never flagged.

A group marks a term `preferred` or `allowed` in its own glossary. Then no
rule may flag it, advise against it or offer to replace it: not the word
advice of AC102, not AC104's long words, not the glossary rules AC201-AC208,
not the inclusive-language rules AC3xx, not the agenda jargon rule AC506.
`Glossary.allows(term)` is the one question every rule (and the rewrite
engine and the checklist) asks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck import glossary
from accessicheck.core import config
from accessicheck.core.model import Block, BlockKind, Document, Location
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.language import analysis

HEADER = (
    "term,variants,category,status,severity,plain_alternatives,plain_explanation,"
    "easy_read_explanation,expansion,fine_when,view_for,view_against,rationale,related,"
    "source,licence,decision_by,decision_date,decision_how,dissent,review_date\n"
)


def write_glossary(folder: Path, rows: list[tuple[str, str, str]]) -> Path:
    """A group glossary with (term, category, status) rows."""
    path = folder / "our-words.csv"
    lines = [HEADER] + [
        f"{term},,{category},{status},,,Our agreed word.,,,,,,,,our group,CC0-1.0,"
        "the co-production group,2026-01-10,agreed at a meeting,,\n"
        for term, category, status in rows
    ]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def findings(text: str, select: list[str], glossaries: list[Path], kind=BlockKind.PARAGRAPH):
    doc = Document(path="paper.md", format="markdown", blocks=[])
    doc.blocks.append(Block(kind, text, Location("paper.md", paragraph=1)))
    cfg = config.load(
        overrides={"select": select, "glossaries": [str(p) for p in glossaries]},
        rules=registry.all_rules(),
        isolated=True,
    )
    rules = engine.active_rules(registry.all_rules(), cfg)
    adoc = analysis.analyse_documents([doc])[0]
    return engine.run_rules(adoc, rules, cfg, strict=True)


def test_allows_matches_any_case_hyphen_and_inflection(tmp_path: Path) -> None:
    path = write_glossary(tmp_path, [("co-production", "group-specific", "preferred")])
    g = glossary.load([path])
    assert g.allows("co-production")
    assert g.allows("Co-Production")
    assert g.allows("coproduction")
    assert not g.allows("production")


def test_allows_follows_the_layers(tmp_path: Path) -> None:
    """A shipped word to avoid becomes allowed when the group allows it."""
    assert not glossary.load([]).allows("facilitate")
    path = write_glossary(tmp_path, [("facilitate", "bureaucratic", "allowed")])
    assert glossary.load([path]).allows("facilitate")
    assert glossary.load([path]).allows("facilitated")


@pytest.mark.parametrize(
    ("text", "codes", "term", "category"),
    [
        pytest.param(
            "We will facilitate the session for the group next week in the hall.",
            ["AC201"],
            "facilitate",
            "bureaucratic",
            id="AC201-plain-words",
        ),
        pytest.param(
            "Everyone on the ward knows what a domiciliary visit involves.",
            ["AC2"],
            "domiciliary",
            "social-care-jargon",
            id="AC2xx-jargon",
        ),
        pytest.param(
            "Several service users joined the meeting this week.",
            ["AC3"],
            "service user",
            "inclusive-language",
            id="AC3xx-inclusive",
        ),
        pytest.param(
            "We will facilitate additional opportunities for individuals to participate in "
            "the evaluation.",
            ["AC104"],
            "evaluation",
            "research-jargon",
            id="AC104-long-words",
        ),
    ],
)
def test_a_kept_term_is_never_flagged(
    tmp_path: Path, text: str, codes: list[str], term: str, category: str
) -> None:
    before = findings(text, codes, [])
    assert before, "the term should be flagged without the group's glossary"
    path = write_glossary(tmp_path, [(term, category, "allowed")])
    after = findings(text, codes, [path])
    for f in after:
        assert term not in f.message.lower(), f.message


def test_ac102_never_names_a_kept_word(tmp_path: Path) -> None:
    text = (
        "The implementation of the integrated care strategy necessitates comprehensive "
        "stakeholder engagement."
    )
    (before,) = findings(text, ["AC102"], [])
    assert "'implementation'" in before.message
    path = write_glossary(tmp_path, [("implementation", "bureaucratic", "preferred")])
    (after,) = findings(text, ["AC102"], [path])
    assert "'implementation'" not in after.message


def test_ac506_meeting_jargon_kept_by_the_group(tmp_path: Path) -> None:
    agenda = "Agenda\n\n1. Matters arising (10:00)\n\n2. Any other business (10:30)\n"
    before = findings(agenda, ["AC506"], [])
    path = write_glossary(tmp_path, [("matters arising", "group-specific", "preferred")])
    after = findings(agenda, ["AC506"], [path])
    assert any("matters arising" in f.message.lower() for f in before)
    assert not any("matters arising" in f.message.lower() for f in after)


def test_ac106_group_acronyms_are_not_shouting(tmp_path: Path) -> None:
    """A group's own acronym that is also a word ("CARE") stays in capitals."""
    text = "Please come to the CARE GROUP FORUM MEETING TODAY."
    path = write_glossary(tmp_path, [("CARE", "acronym", "allowed")])
    before = findings(text, ["AC106"], [])
    after = findings(text, ["AC106"], [path])
    (shouting,) = before
    assert shouting.suggestions[0].replacement == "care group forum meeting today"
    (kept,) = after
    assert kept.suggestions[0].replacement == "CARE group forum meeting today"


def test_acronym_rules_leave_a_kept_acronym_alone(tmp_path: Path) -> None:
    text = "The QZX met on Tuesday and agreed the plan."
    assert findings(text, ["AC204"], [])
    path = write_glossary(tmp_path, [("QZX", "acronym", "allowed")])
    assert findings(text, ["AC204"], [path]) == []
