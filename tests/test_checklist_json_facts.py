"""The checklist JSON carries every fact the checklist used (docs/json-output.md)."""

from __future__ import annotations

import json

from accessicheck.checklist.build import build_checklist
from accessicheck.reporters.checklist_json import render

from .conftest import make_document

INVITE = (
    "Carers forum agenda\n\nThursday 12 March 2026\n\nPapers sent: 2 March 2026\n\n"
    "The papers are sent out a week before each meeting.\n\n"
    "10:00 Welcome\n\n11:00 Break\n\n11:15 Bus passes\n\n12:30 Close"
)


def test_the_json_has_the_facts_the_checklist_used() -> None:
    data = json.loads(render(build_checklist(make_document(INVITE), [], (), {})))
    meeting = data["meeting"]
    assert meeting["kind"] == "agenda" and meeting["kind_reason"]
    assert "a week before" in meeting["papers_in_advance"]["text"]
    assert meeting["timing"] == {
        "length_minutes": 150,
        "longest_without_break": {"minutes": 75, "start": "11:15", "end": "12:30"},
        "breaks": ["11:00"],
    }
    assert meeting["notice"]["days"] == 10 and meeting["notice"]["clear_days"] == 9
    assert meeting["minutes"] is None


def test_minutes_facts_in_the_json() -> None:
    text = "Minutes of the carers forum\n\nPresent: Sam Jones (SJ), Priya Shah (PS)\n\n" + (
        "Apologies: Lee Kim\n\nSJ to write to the council.\n\nThe group talked about buses."
    )
    data = json.loads(render(build_checklist(make_document(text), [], (), {})))
    minutes = data["meeting"]["minutes"]
    assert data["meeting"]["kind"] == "minutes"
    assert [p["initials"] for p in minutes["present"]] == ["SJ", "PS"]
    assert [p["name"] for p in minutes["apologies"]] == ["Lee Kim"]
    assert [a["owner"] for a in minutes["actions"]] == ["SJ"]
    assert minutes["initials"] == ["PS", "SJ"]
    assert data["meeting"]["papers_in_advance"] is None and data["meeting"]["notice"] is None
