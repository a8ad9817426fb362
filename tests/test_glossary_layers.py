"""Layers: shipped lists < the organisation's glossary < the meeting's glossary."""

from __future__ import annotations

from pathlib import Path

from accessicheck import glossary
from accessicheck.core.model import Severity
from accessicheck.glossary.layers import Layer, load_file, merge

from .test_glossary_fixtures import BASE, GLOSSARIES, glint, spans, write_glossary

ORG = GLOSSARIES / "organisation.csv"
MEETING = GLOSSARIES / "meeting.yaml"


def _merged(*paths: Path):
    return merge([Layer(p.stem, [load_file(p)]) for p in paths])


def test_a_later_layer_changes_a_term() -> None:
    # base: contested (info); organisation: avoid (warning) with its own alternatives.
    found = glint("We asked service users what they thought.", [BASE, ORG])
    assert [f.code for f in found] == ["AC302"]
    assert found[0].severity is Severity.WARNING
    assert "your glossary (organisation.csv, line 2)" in found[0].message
    assert "people who use services" in found[0].message


def test_the_meeting_layer_wins_and_can_allow() -> None:
    # base: contested; organisation: avoid; meeting: preferred -> nothing at all.
    text = "We asked service users what they thought. We had a good agenda."
    assert glint(text, [BASE, ORG, MEETING]) == []
    # Without the meeting layer the organisation's decision applies.
    assert [f.code for f in glint(text, [BASE, ORG])] == ["AC302"]


def test_order_of_layers_matters() -> None:
    text = "We asked service users what they thought."
    assert [f.code for f in glint(text, [BASE, MEETING, ORG])] == ["AC302"]


def test_meeting_layer_changes_severity_and_names_itself() -> None:
    found = glint("The meeting will commence at noon.", [BASE, MEETING])
    assert [f.code for f in found] == ["AC201"]
    assert found[0].severity is Severity.ERROR
    assert (
        "your glossary 'Peer support pilot meeting glossary' (meeting.yaml, line 16)"
        in found[0].message
    )


def test_allowed_suppresses_a_term(tmp_path: Path) -> None:
    allow = write_glossary(
        tmp_path / "allow.csv",
        [
            {"term": "clinicians", "category": "health-jargon", "status": "allowed"},
        ],
    )
    assert spans(glint("Ask your clinician.", [BASE])) == ["clinician"]
    assert glint("Ask your clinician.", [BASE, allow]) == []


def test_later_entry_keeps_fields_it_leaves_empty(tmp_path: Path) -> None:
    change = write_glossary(
        tmp_path / "change.csv",
        [
            {
                "term": "Commence",
                "category": "plain-english",
                "status": "avoid",
                "severity": "info",
            },
        ],
    )
    merged = _merged(BASE, change)
    entry = next(e for e in merged.entries if e.term == "Commence")
    assert entry.plain_alternatives == ("start", "begin")  # from the base layer
    assert entry.severity is Severity.INFO
    assert entry.origin.file_name == "change.csv"
    assert [o.file_name for o in entry.overrides] == ["base.csv"]
    assert sum(e.term.lower() == "commence" for e in merged.entries) == 1


def test_a_shared_variant_moves_to_the_later_entry(tmp_path: Path) -> None:
    # "SU" is a variant of "service user" in base; allowing "SU" leaves "service user" alone.
    allow = write_glossary(
        tmp_path / "su.csv",
        [
            {"term": "SU", "category": "acronym", "status": "allowed"},
        ],
    )
    merged = _merged(BASE, allow)
    service_user = next(e for e in merged.entries if e.term == "service user")
    assert "SU" not in service_user.variants
    assert [f.code for f in glint("We asked service users.", [BASE, allow])] == ["AC301"]


def test_terms_compare_by_lemma_case_and_hyphen(tmp_path: Path) -> None:
    other = write_glossary(
        tmp_path / "o.csv",
        [
            {"term": "Service Users", "category": "inclusive-language", "status": "allowed"},
            {"term": "coproduction", "category": "social-care-jargon", "status": "allowed"},
        ],
    )
    merged = _merged(BASE, other)
    terms = {e.term for e in merged.entries}
    assert "service user" not in terms and "Service Users" in terms
    assert "co-production" not in terms  # "coproduction" is its variant


def test_status_changes_between_layers_are_noted() -> None:
    merged = _merged(BASE, ORG, MEETING)
    notes = [p for p in merged.problems if p.level == "info"]
    assert any(
        "changes your glossary (organisation.csv, line 2) from avoid to preferred" in p.message
        and p.line == 4
        for p in notes
    )


def test_duplicates_in_one_layer_are_reported(tmp_path: Path) -> None:
    dup = write_glossary(
        tmp_path / "dup.csv",
        [
            {"term": "triage", "category": "health-jargon", "status": "avoid"},
            {"term": "Triage", "category": "health-jargon", "status": "allowed"},
        ],
    )
    merged = _merged(dup)
    assert [e.status for e in merged.entries] == ["allowed"]  # the later row is used
    assert any(p.line == 3 and "already in this glossary" in p.message for p in merged.problems)


def test_glossary_is_cached_until_a_file_changes(tmp_path: Path) -> None:
    path = write_glossary(
        tmp_path / "g.csv",
        [
            {"term": "triage", "category": "health-jargon", "status": "avoid"},
        ],
    )
    first = glossary.load([path], shipped=False)
    assert glossary.load([path], shipped=False) is first
    write_glossary(
        path,
        [
            {"term": "triage", "category": "health-jargon", "status": "allowed"},
            {"term": "respite", "category": "social-care-jargon", "status": "avoid"},
        ],
    )
    again = glossary.load([path], shipped=False)
    assert again is not first
    assert {e.term for e in again.entries} == {"triage", "respite"}


def test_glossaries_setting_is_relative_to_the_settings_file(tmp_path: Path) -> None:
    from accessicheck.core import config
    from accessicheck.engine import registry

    folder = tmp_path / "meeting"
    (folder / "papers").mkdir(parents=True)
    (folder / "accessicheck.toml").write_text('glossaries = ["words.csv"]\n', encoding="utf-8")
    cfg = config.load(cwd=folder / "papers", rules=registry.all_rules())
    assert cfg["glossaries"] == [str(folder / "words.csv")]
    flags = config.load(
        cwd=folder / "papers", overrides={"glossaries": ["mine.csv"]}, isolated=True
    )
    assert flags["glossaries"] == [str(folder / "papers" / "mine.csv")]


def test_problems_reach_the_report(tmp_path: Path) -> None:
    found = glint("Nothing to see.", [GLOSSARIES / "bad.csv"], select=["AC200"])
    messages = [f.message for f in found]
    assert any("bad.csv, line 4" in m and "avodi" in m for m in messages)
    assert all(f.code == "AC200" for f in found)
