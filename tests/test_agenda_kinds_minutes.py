"""Documents recognised by kind, and minutes read as minutes (attendance, apologies, actions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck import loaders
from accessicheck.agenda.extract import extract_agenda
from accessicheck.agenda.minutes import Person, person, read_minutes

from .conftest import make_document


def _kind(tmp_path: Path, text: str) -> str:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_agenda(loaders.load(path)).kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Minutes of the carers forum\nHeld on Tuesday 3 March 2026\n\nWe talked about buses.",
            "minutes",
            id="minutes-in-the-title",
        ),
        pytest.param(
            "Agenda and draft minutes\n\nCarers board\n\n1.\n\nApologies\n\n"
            "Apologies for absence were received from Sam Jones.",
            "minutes",
            id="agenda-and-minutes-page",
        ),
        pytest.param(
            "Patient group meeting\n\nPresent: Sam Jones, Priya Shah\n\nApologies: Lee Kim\n\n"
            "1. Welcome",
            "minutes",
            id="attendance-and-apologies",
        ),
        pytest.param(
            "Carers group\n\nLisa welcomed everyone to the group. It was agreed to meet monthly.",
            "minutes",
            id="reported-speech",
        ),
        pytest.param(
            "Dear members,\n\nYou are invited to the carers forum on Thursday 12 March 2026 at "
            "2pm at The Hub, Leeds LS2 7DZ.",
            "invitation",
            id="you-are-invited",
        ),
        pytest.param(
            "Carers forum agenda\nThursday 12 March 2026\n10:00 Welcome\n10:30 Bus passes\n"
            "11:00 Respite care\n12:00 Close",
            "agenda",
            id="agenda",
        ),
        pytest.param(
            "Public board meetings\n\nThe next board meeting will be held on 8 November 2026.",
            "invitation",
            id="a-meeting-to-come",
        ),
        pytest.param(
            "Annual report\n\nThe service helped 400 carers this year.", "paper", id="paper"
        ),
    ],
)
def test_document_kind(tmp_path: Path, text: str, kind: str) -> None:
    assert _kind(tmp_path, text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ms Alison Taylor (AT)", Person("Alison Taylor", "AT"), id="initials-bracket"),
        pytest.param(
            "Doug (DL) - Chairman", Person("Doug", "DL", "Chairman"), id="initials-and-role"
        ),
        pytest.param(
            "Mark Dodds (Practice Manager) MD",
            Person("Mark Dodds", "MD", "Practice Manager"),
            id="role-then-initials",
        ),
        pytest.param("JM", Person("JM", "JM"), id="initials-alone"),
        pytest.param(
            "Sylma van Wyk (SvW)", Person("Sylma van Wyk", "SvW"), id="mixed-case-initials"
        ),
    ],
)
def test_person(text: str, expected: Person) -> None:
    assert person(text) == expected


def test_not_a_person() -> None:
    assert person("The minutes were accepted as being a true record of the meeting.") is None


MINUTES = """Notes of a meeting of the patient group held on Monday 2 March 2026

Doug (DL) - Chair

Priya (PS)

Sam (SJ) - Practice Manager

Apologies: Lee Kim, Ann Roe

Minutes of the last meeting were accepted.

AP12 SJ to ask the GPs about evening appointments.

PS to draft a poster for the waiting room.

Ryan will send the form to everyone.                 Action Ryan

The group talked about parking.
"""


def test_minutes_attendance_apologies_and_actions() -> None:
    doc = make_document(MINUTES)
    agenda = extract_agenda(doc)
    assert agenda.kind == "minutes"
    m = agenda.minutes
    assert m is not None
    assert [(p.name, p.initials) for p in m.present] == [
        ("Doug", "DL"),
        ("Priya", "PS"),
        ("Sam", "SJ"),
    ]
    assert [p.name for p in m.apologies] == ["Lee Kim", "Ann Roe"]
    assert [a.owner for a in m.actions] == ["SJ", "PS", "Ryan"]
    assert m.initials == frozenset({"DL", "PS", "SJ"})
    texts = [doc.blocks[i].text for i in sorted(m.attendance_blocks)]
    assert texts[0] == "Doug (DL) - Chair" and texts[-1].startswith("Apologies")
    assert "The group talked about parking." not in {
        doc.blocks[i].text for i in m.action_blocks | m.attendance_blocks
    }


def test_apologies_in_a_sentence() -> None:
    m = read_minutes(
        make_document(
            "Apologies for absence were received from Graham Hill, James Vaughan and Ann Roe."
        ).blocks
    )
    assert [p.name for p in m.apologies] == ["Graham Hill", "James Vaughan", "Ann Roe"]


def test_an_agenda_has_no_minutes_facts() -> None:
    agenda = extract_agenda(make_document("Agenda\n\n10:00 Welcome\n\n10:30 Buses\n\n11:00 Close"))
    assert agenda.kind == "agenda" and agenda.minutes is None
