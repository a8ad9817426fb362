"""The checklist builder: statuses, evidence, requirements from needs, modes, dates, checks."""

from __future__ import annotations

import pytest

from accessicheck import loaders
from accessicheck.checklist import ChecklistError, build_checklist, parse_needs
from accessicheck.checklist.model import Checklist, Result
from accessicheck.core.model import Block, BlockKind, Document, Location

from .conftest import ROOT, make_document

EXAMPLES = ROOT / "examples"
AGENDAS = ROOT / "tests" / "data" / "agendas"


def _result(c: Checklist, item_id: str) -> Result:
    return next(r for r in c.results if r.item.id == item_id)


@pytest.fixture(scope="module")
def example() -> Checklist:
    agenda = loaders.load(EXAMPLES / "agenda.docx")
    papers = [loaders.load(EXAMPLES / "paper.pdf"), loaders.load(EXAMPLES / "notes.md")]
    return build_checklist(agenda, papers, parse_needs("LV,18pt\nBSL\n"), {})


def test_every_item_gets_a_result(example: Checklist) -> None:
    assert len(example.results) >= 45
    assert {r.status for r in example.results} <= {"found", "missing", "ask", "not-applicable"}
    assert [g for g, _t, _r in example.groups()] == ["before", "venue", "online", "hybrid", "after"]


def test_found_items_quote_their_evidence(example: Checklist) -> None:
    access = _result(example, "PLAN-01")
    assert access.status == "found"
    (ev,) = access.evidence
    assert "access requirements" in ev.text and ev.where() == "agenda.docx, paragraph 54"


def test_sums_come_from_the_agenda(example: Checklist) -> None:
    breaks = _result(example, "PLAN-09")
    assert breaks.status == "missing" and breaks.level == "error"
    assert "1 hour 45 minutes" in breaks.detail
    assert _result(example, "PLAN-03").status == "found"
    assert _result(example, "ONL-01").status == "found"


def test_a_listed_need_makes_an_item_required(example: Checklist) -> None:
    bsl = _result(example, "ONL-04")
    assert bsl.required and bsl.required_by == ("BSL",) and bsl.level == "error"
    assert example.exit_code == 1


def test_without_needs_missing_items_are_notes_or_warnings() -> None:
    c = build_checklist(loaders.load(EXAMPLES / "agenda.docx"), [], (), {})
    bsl = _result(c, "ONL-04")
    assert not bsl.required and bsl.level == "warning"
    assert _result(c, "PLAN-20").level == "note"  # KW: good practice
    assert _result(c, "VEN-02").level == "warning"  # ABSENT: should be there


def test_everyone_items_are_not_required_by_other_needs() -> None:
    c = build_checklist(make_document("# Agenda\n\n- 10:00 Welcome"), [], parse_needs("LV"), {})
    assert not _result(c, "PLAN-11").required  # serves ALL, BEN, CAR
    c = build_checklist(make_document("# Agenda\n\n- 10:00 Welcome"), [], parse_needs("ALL"), {})
    assert _result(c, "PLAN-11").required


def test_mode_decides_what_applies() -> None:
    doc = make_document("# Agenda\n\nJoin on Zoom: https://zoom.us/j/123456789")
    online = build_checklist(doc, [], (), {})
    assert online.mode == "online" and online.mode_source == "agenda"
    assert _result(online, "VEN-02").status == "not-applicable"
    forced = build_checklist(doc, [], (), {}, mode="in-person")
    assert forced.mode_source == "option"
    assert _result(forced, "VEN-02").status == "missing"
    assert _result(forced, "ONL-03").status == "not-applicable"


def test_conditions() -> None:
    unpaid = build_checklist(make_document("# Agenda\n\n- 10:00 Welcome"), [], (), {})
    assert _result(unpaid, "PLAN-12").status == "not-applicable"
    paid = build_checklist(make_document("# Agenda\n\nYou will be paid £20."), [], (), {})
    assert _result(paid, "PLAN-12").status == "missing"
    topic = build_checklist(make_document("# Agenda\n\nSuicide prevention plan"), [], (), {})
    assert _result(topic, "PLAN-25").status == "missing"


def test_dates_from_settings_win() -> None:
    doc = make_document("# Agenda\n\nThursday 12 March 2026\n\n- 10:00 Welcome")
    c = build_checklist(doc, [], (), {"meeting_date": "2026-03-12", "sent_date": "2026-03-10"})
    papers = _result(c, "PLAN-06")
    assert papers.status == "missing" and papers.level == "error"
    assert "1 clear days" in papers.detail or "(1 clear" in papers.detail
    with pytest.raises(ChecklistError, match="not a date"):
        build_checklist(doc, [], (), {"meeting_date": "soon"})


def test_whole_pack_reading_time() -> None:
    doc = make_document("# Agenda\n\nThursday 12 March 2026\n\nPapers sent: 2 March 2026")
    big = make_document(" ".join(["word"] * 80_000), path="report.txt")
    c = build_checklist(doc, [big], (), {})
    result = _result(c, "PLAN-06")
    assert result.status == "missing" and "14 days" in result.detail
    assert c.reading_minutes >= 400


def _docx(font_size: float, alignment: str | None = None) -> Document:
    style = {"style": "Normal", "font_size": font_size, "alignment": alignment}
    return Document(
        "paper.docx",
        "docx",
        [
            Block(BlockKind.HEADING, "Paper", Location("paper.docx", paragraph=1), 1),
            Block(
                BlockKind.PARAGRAPH, "Some text.", Location("paper.docx", paragraph=2), style=style
            ),
        ],
    )


def test_large_print_check_uses_the_size_asked_for() -> None:
    agenda = make_document("# Agenda\n\n- 10:00 Welcome")
    c = build_checklist(agenda, [_docx(16)], parse_needs("LV,18pt"), {})
    (check,) = c.document_checks
    assert check.need == "LV" and check.status == "missing" and "18pt" in check.detail
    c = build_checklist(agenda, [_docx(18)], parse_needs("LV,18pt"), {})
    assert c.document_checks[0].status == "found"
    c = build_checklist(agenda, [_docx(16)], parse_needs("LV"), {})
    assert c.document_checks[0].status == "found"  # large print is 16pt at least


STRUCTURE = ROOT / "tests" / "data" / "structure"


def test_screen_reader_and_dyslexia_checks() -> None:
    # Real files (tests/data/structure/make_fixtures.py): the checks read the
    # findings of AC420 (untagged PDF) and AC413 (justified text), as `check` does.
    agenda = make_document("# Agenda\n\n- 10:00 Welcome")
    untagged = loaders.load(STRUCTURE / "export-untagged.pdf")
    c = build_checklist(agenda, [untagged], parse_needs("SR"), {})
    (sr,) = c.document_checks
    assert sr.status == "missing" and "Untagged PDF: export-untagged.pdf" in sr.detail
    c = build_checklist(
        agenda, [loaders.load(STRUCTURE / "problems.docx")], parse_needs("SpLD"), {}
    )
    assert [ch.status for ch in c.document_checks][0] == "missing"
    c = build_checklist(agenda, [loaders.load(STRUCTURE / "good.docx")], parse_needs("SpLD"), {})
    assert [ch.status for ch in c.document_checks][0] == "found"


def test_held_out_invite_with_late_papers() -> None:
    c = build_checklist(loaders.load(AGENDAS / "h03-patient-safety-invite.txt"), [], (), {})
    assert _result(c, "PLAN-06").status == "missing"
    assert "to follow" in _result(c, "PLAN-06").evidence[0].text.lower()
    assert _result(c, "ONL-01").status == "found"
