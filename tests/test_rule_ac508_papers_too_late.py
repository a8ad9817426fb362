"""AC508 papers-too-late: notice for the papers against the time they take to read."""

from __future__ import annotations

import pytest

from accessicheck.core import config
from accessicheck.core.model import Severity
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine
from accessicheck.language import analysis

from .conftest import make_document

CODE = "AC508"


def run(text: str, **settings: object) -> list:  # type: ignore[type-arg]
    overrides = {"select": [CODE], **settings}
    cfg = config.load(overrides=overrides, rules=registry.all_rules(), isolated=True)
    rules = engine.active_rules(registry.all_rules(), cfg)
    doc = analysis.analyse_documents([make_document(text)])[0]
    return engine.run_rules(doc, rules, cfg, strict=True)


AGENDA = "Agenda for Thursday 12 March 2026. Papers sent: {sent}. 10:30 Welcome."


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        pytest.param("10 March 2026", [Severity.ERROR], id="one-clear-day"),
        pytest.param("7 March 2026", [Severity.ERROR], id="four-clear-days"),
        pytest.param("6 March 2026", [Severity.WARNING], id="five-clear-days-under-a-week"),
        pytest.param("5 March 2026", [], id="a-week"),
        pytest.param("2 March 2026", [], id="ten-days"),
        pytest.param("14 March 2026", [Severity.ERROR], id="after-the-meeting"),
    ],
)
def test_notice(sent: str, expected: list[Severity]) -> None:
    assert [f.severity for f in run(AGENDA.format(sent=sent))] == expected


def test_settings_give_the_dates() -> None:
    text = "Agenda: 10:30 Welcome. 11:00 Budget. 12:00 Close."
    assert run(text) == []
    found = run(text, meeting_date="2026-03-12", sent_date="2026-03-10")
    assert [f.severity for f in found] == [Severity.ERROR]


def test_a_setting_that_is_not_a_date_is_reported() -> None:
    found = run("Agenda: 10:30 Welcome.", meeting_date="next Tuesday", sent_date="2026-03-10")
    assert "is not a date" in found[0].message


def test_a_long_agenda_needs_more_days() -> None:
    words = " ".join(["word"] * 60_000)
    found = run(AGENDA.format(sent="2 March 2026") + "\n\n" + words)
    assert found and "need at least" in found[0].message
