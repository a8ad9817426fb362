"""AC110 hard-to-read: readability figures for the paper and its sections."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Severity

CODE = "AC110"

HARD = (
    "The implementation of the integrated care strategy necessitates comprehensive "
    "stakeholder engagement across organisational boundaries. Consequently, the partnership "
    "board anticipates considerable organisational transformation, particularly regarding "
    "commissioning arrangements and governance responsibilities. Additionally, representatives "
    "will evaluate the effectiveness of existing consultation methodologies, prioritising "
    "accessibility considerations and recognising the significance of experiential knowledge. "
    "Subsequently, recommendations concerning remuneration, reimbursement and administrative "
    "procedures will be formulated collaboratively, ensuring transparency, accountability and "
    "proportionality throughout the programme. Furthermore, organisations participating in the "
    "initiative are expected to demonstrate measurable improvements in operational efficiency. "
    "Independent evaluation will determine whether anticipated organisational benefits "
    "materialise sufficiently to justify continuation. Representatives acknowledged "
    "considerable uncertainty regarding sustainability and the availability of recurrent "
    "investment."
)
EASY = (
    "We met on Tuesday. Ten people came. We talked about the new leaflet and how to make it "
    "easy to read. Sam said the words were too small. Jo said the pictures were good. We "
    "agreed to make the words bigger. We also talked about the next event. It will be in the "
    "park in June. There will be food and music. Everyone can bring a friend. We will pay for "
    "your bus or taxi. Please tell us if you need help to get there. The next meeting is on "
    "the first Tuesday in May. We hope to see you there. Thank you to everyone who came."
)


def test_easy_paper_passes(lint) -> None:
    assert lint(f"# Notes\n\n{EASY}", select=CODE) == []


def test_hard_paper_gets_one_document_finding(lint) -> None:
    findings = lint(HARD, select=CODE)
    assert [(f.code, f.severity, f.location.paragraph) for f in findings] == [
        (CODE, Severity.INFO, None)
    ]
    message = findings[0].message
    assert "reading age about" in message and "11 or under" in message
    assert "guide" in message


def test_hard_section_is_flagged_at_its_heading(lint) -> None:
    text = f"# Easy part\n\n{EASY}\n\n# Hard part\n\n{HARD}"
    findings = lint(text, select=CODE)
    sections = [f for f in findings if f.location.paragraph is not None]
    assert [(f.location.paragraph, f.location.start, f.location.end) for f in sections] == [
        (3, None, None)
    ]
    assert sections[0].excerpt == "Hard part"
    assert "'Hard part'" in sections[0].message


def test_short_section_is_not_judged(lint) -> None:
    text = f"# Easy part\n\n{EASY}\n\n# Hard part\n\nThe implementation necessitates engagement."
    sections = [f for f in lint(text, select=CODE) if f.location.paragraph is not None]
    assert sections == []


@pytest.mark.parametrize(
    ("text", "profile", "flagged"),
    [
        pytest.param(HARD, "easy-read", True, id="hard-is-a-warning-for-easy-read"),
        pytest.param(HARD, "plain", False, id="hard-is-a-note-for-plain"),
        pytest.param(EASY, "easy-read", False, id="easy-is-easy-read"),
        pytest.param(EASY, "plain", False, id="easy-is-plain"),
    ],
)
def test_profiles(lint, text: str, profile: str, flagged: bool) -> None:
    warnings = [
        f for f in lint(text, select=CODE, profile=profile) if f.severity is Severity.WARNING
    ]
    assert bool(warnings) is flagged


def test_hard_even_for_staff_is_noted(lint) -> None:
    (finding,) = lint(HARD, select=CODE, profile="professional")
    assert finding.severity is Severity.INFO


def test_short_paper_gets_a_note_not_a_score(lint) -> None:
    (finding,) = lint("The implementation necessitates engagement. Thank you.", select=CODE)
    assert finding.severity is Severity.INFO
    assert "6 words" in finding.message
    assert "reading age about" not in finding.message


def test_headings_only_gives_nothing(lint) -> None:
    assert lint("# Agenda", select=CODE) == []
