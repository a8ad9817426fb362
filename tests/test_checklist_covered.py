"""Check and checklist never disagree: an item a rule answers reads that rule's findings.

Each case checks a real file (made by tests/data/structure/make_fixtures.py
or tests/data/loaders/make_fixtures.py) with `accessicheck check` (the
library's `check_paths`) and makes the checklist for a meeting with that
file as its paper, then asserts that the checklist item says "missing"
exactly when the check reports a warning or an error from the item's rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck import api, loaders
from accessicheck.checklist import build_checklist, covered, parse_needs
from accessicheck.checklist.items import load_items
from accessicheck.checklist.model import Checklist
from accessicheck.cli.checklist import checklist as checklist_command
from accessicheck.core import config
from accessicheck.core.model import Severity
from accessicheck.engine import registry

from .conftest import ROOT, make_document

STRUCTURE = ROOT / "tests" / "data" / "structure"
LOADERS = ROOT / "tests" / "data" / "loaders"
AGENDA = "# Agenda\n\n- 10:00 Welcome\n\n- 11:00 Close"


def _settings() -> config.Config:
    return config.load(rules=registry.all_rules(), isolated=True)


def _check_codes(path: Path) -> set[str]:
    """The codes `check` reports for a file at warning level or above."""
    report = api.check_paths([path], _settings())
    return {f.code for f in report.findings if f.severity >= Severity.WARNING}


def _checklist(paper: Path, needs: str = "") -> Checklist:
    agenda = make_document(AGENDA, path="agenda.md")
    return build_checklist(agenda, [loaders.load(paper)], parse_needs(needs), _settings())


def _item_status(c: Checklist, item_id: str) -> str:
    return next(r.status for r in c.results if r.item.id == item_id)


def _check_status(c: Checklist, need: str, starts: str) -> str:
    return next(
        ch.status for ch in c.document_checks if ch.need == need and ch.name.startswith(starts)
    )


def test_every_covered_code_is_a_rule() -> None:
    rules = registry.all_rules()
    wanted = covered.codes(load_items())
    assert {"AC204", "AC401", "AC406", "AC413", "AC420", "AC424", "AC903"} <= set(wanted)
    assert all(code in rules for code in wanted)
    by_id = {i.id: i.covered_by for i in load_items()}
    assert by_id["PLAN-16"] == ("AC420", "AC903") and by_id["PLAN-18"] == ("AC204",)


SCREEN_READER = [
    ("problems.docx", STRUCTURE, "AC406"),  # two pictures with no alt text
    ("no-headings.docx", STRUCTURE, "AC401"),
    ("export-untagged.pdf", STRUCTURE, "AC420"),
    ("export-tagged.pdf", STRUCTURE, "AC424"),  # a figure with no alt text
    ("scanned.pdf", LOADERS, "AC903"),
    ("good.docx", STRUCTURE, None),
]


@pytest.mark.parametrize(
    ("name", "folder", "code"), SCREEN_READER, ids=[c[0] for c in SCREEN_READER]
)
def test_screen_reader_check_agrees_with_check(name: str, folder: Path, code: str | None) -> None:
    reported = _check_codes(folder / name) & set(covered.DOCUMENT_CHECK_CODES["SR"])
    assert (code in reported) if code else not reported
    status = _check_status(_checklist(folder / name, "SR"), "SR", "Screen reader")
    assert status == ("missing" if reported else "found")


@pytest.mark.parametrize(("name", "justified"), [("problems.docx", True), ("good.docx", False)])
def test_dyslexia_justified_check_agrees_with_check(name: str, justified: bool) -> None:
    assert ("AC413" in _check_codes(STRUCTURE / name)) is justified
    status = _check_status(_checklist(STRUCTURE / name, "SpLD"), "SpLD", "Dyslexia")
    assert status == ("missing" if justified else "found")


@pytest.mark.parametrize(
    ("name", "folder", "editable"),
    [
        ("export-untagged.pdf", STRUCTURE, False),
        ("scanned.pdf", LOADERS, False),
        ("export-tagged.pdf", STRUCTURE, True),
        ("good.docx", STRUCTURE, True),
    ],
)
def test_editable_papers_item_agrees_with_check(name: str, folder: Path, editable: bool) -> None:
    reported = _check_codes(folder / name) & {"AC420", "AC903"}
    assert bool(reported) is not editable
    assert _item_status(_checklist(folder / name), "PLAN-16") == (
        "found" if editable else "missing"
    )


@pytest.mark.parametrize(
    ("text", "spelled_out"),
    [
        ("The ICB and the PCN will report to the partnership board next month.", False),
        ("The Integrated Care Board (ICB) will report to the board next month.", True),
        # Roman numerals and initials in minutes are not acronyms (AC204 ignores them;
        # the checklist used to flag them).
        ("Phase II of the plan starts in May.\n\nAction: JK to write to the members.", True),
    ],
)
def test_acronyms_item_agrees_with_check(tmp_path: Path, text: str, spelled_out: bool) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text("# Paper\n\n" + text + "\n", encoding="utf-8")
    assert ("AC204" in _check_codes(paper)) is not spelled_out
    result = next(r for r in _checklist(paper).results if r.item.id == "PLAN-18")
    assert result.status == ("found" if spelled_out else "missing")
    if not spelled_out:  # the evidence quotes the sentence, not just the acronym
        assert "will report to the partnership board" in result.evidence[0].text


def test_given_findings_are_used_and_no_rules_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the pack's findings, the checklist runs no rules of its own."""

    def no_second_pass(*args: object, **kwargs: object) -> None:
        raise AssertionError("the checklist ran the rules again")

    paper = STRUCTURE / "problems.docx"
    pack = api.analyse_files(
        [paper],
        _settings(),
        rules=covered.rules_for(covered.codes(load_items())),
        keep_documents=True,
    )
    monkeypatch.setattr(covered, "run", no_second_pass)
    c = build_checklist(
        make_document(AGENDA, path="agenda.md"),
        pack.documents,
        parse_needs("SR"),
        _settings(),
        findings=pack.findings_by_path(),
    )
    sr = next(ch for ch in c.document_checks if ch.need == "SR")
    assert sr.status == "missing" and "problems.docx" in sr.detail


def test_the_command_reports_the_pictures_check_reports(tmp_path: Path) -> None:
    """The case in the issue: a Word file whose two pictures `check` reports as AC406 errors."""
    agenda = tmp_path / "agenda.md"
    agenda.write_text(AGENDA + "\n", encoding="utf-8")
    needs = tmp_path / "needs.txt"
    needs.write_text("SR\n", encoding="utf-8")
    result = CliRunner().invoke(
        checklist_command,
        [
            "--isolated",
            str(agenda),
            str(STRUCTURE / "problems.docx"),
            "--needs",
            str(needs),
            "--format",
            "json",
        ],  # fmt: skip
    )
    data = json.loads(result.output)
    sr = next(c for c in data["document_checks"] if c["need"] == "SR")
    assert sr["status"] == "missing" and "problems.docx" in sr["detail"]
    assert result.exit_code == 1  # an attendee's need is not met
