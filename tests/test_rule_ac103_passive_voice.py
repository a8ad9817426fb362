"""AC103 passive-voice: precise passive detection, measured on a labelled set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from accessicheck.core.model import Severity

CODE = "AC103"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def flagged(flagged_spans):
    """The text of each span this rule flags."""
    return lambda text, **kwargs: flagged_spans(CODE, text, **kwargs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The report was written by the panel.", ["was written"], id="agent"),
        pytest.param(
            "Travel expenses will be paid within two weeks.", ["will be paid"], id="modal"
        ),
        pytest.param(
            "The budget has not yet been agreed.", ["has not yet been agreed"], id="perfect"
        ),
        pytest.param("The draft is being revised.", ["is being revised"], id="progressive"),
        pytest.param("The notes have been sent out.", ["have been sent out"], id="has-been-done"),
        pytest.param("It was agreed that we meet monthly.", ["was agreed"], id="impersonal"),
        pytest.param(
            "People who are supported by carers can get involved.",
            ["are supported"],
            id="relative-clause-not-get-involved",
        ),
        pytest.param("The group was set up in 2019.", ["was set up"], id="phrasal-verb"),
        pytest.param("You will get paid for your time.", ["will get paid"], id="get-passive"),
        pytest.param(
            "Feedback is used to improve our services.", ["is used"], id="used-to-plus-verb"
        ),
        pytest.param(
            "The minutes were approved. The report was noted.",
            ["were approved", "was noted"],
            id="two-sentences",
        ),
    ],
)
def test_flags_this(flagged, text: str, expected: list[str]) -> None:
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We want to get involved in research.", id="get-involved"),
        pytest.param("It's not been the great start we hoped for.", id="perfect-of-be"),
        pytest.param("It has been a hard year for everyone.", id="has-been-noun"),
        pytest.param("We are interested in your views.", id="interested-in"),
        pytest.param("The charity is based in Leeds.", id="based-in"),
        pytest.param("The clinic is located on the second floor.", id="located"),
        pytest.param("We were pleased to welcome new members.", id="pleased"),
        pytest.param("We are committed to co-production.", id="committed-to"),
        pytest.param("I am concerned that the papers are late.", id="concerned"),
        pytest.param("The work on the website is done.", id="done-finished"),
        pytest.param("She was tired after the meeting.", id="tired"),
        pytest.param("They were worried about travel costs.", id="worried-about"),
        pytest.param("The report is attached.", id="attached"),
        pytest.param("The actions are listed at the end of this paper.", id="listed-at-end"),
        pytest.param("The actions are listed below.", id="listed-below"),
        pytest.param("Our next dates are shown overleaf.", id="shown-overleaf"),
        pytest.param("The panel is made up of twelve members.", id="made-up-of"),
        pytest.param("Members are used to meeting online.", id="used-to-accustomed"),
        pytest.param("The room is very crowded.", id="degree-adverb"),
        pytest.param("We have invited three charities.", id="active-perfect"),
        pytest.param("Please send your questions by Friday.", id="active-by-time"),
    ],
)
def test_leaves_this_alone(flagged, text: str) -> None:
    assert flagged(text) == []


def test_suggests_the_active_sentence_when_simple(lint) -> None:
    (finding,) = lint("The report was written by the panel.", select=CODE)
    assert "'The panel wrote the report.'" in finding.suggestions[0].text
    assert finding.suggestions[0].replacement is None


@pytest.mark.parametrize(
    ("text", "active"),
    [
        pytest.param("The minutes were approved by us.", "We approved the minutes.", id="pronoun"),
        pytest.param(
            "Each application will be reviewed by two members.",
            "Two members will review each application.",
            id="modal",
        ),
        pytest.param(
            "The plan has been agreed by the members.",
            "The members have agreed the plan.",
            id="perfect-plural",
        ),
        pytest.param(
            "The service is run by a charity.", "A charity runs the service.", id="present"
        ),
    ],
)
def test_active_forms(lint, text: str, active: str) -> None:
    (finding,) = lint(text, select=CODE)
    assert f"'{active}'" in finding.suggestions[0].text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Questions can be sent by email.", id="by-email"),
        pytest.param("Payment is made by bank transfer.", id="by-bank-transfer"),
        pytest.param("The minutes were approved.", id="no-by"),
    ],
)
def test_generic_hint_when_nobody_is_named(lint, text: str) -> None:
    (finding,) = lint(text, select=CODE)
    assert "Say who does it" in finding.suggestions[0].text
    assert "'" not in finding.suggestions[0].text  # no active sentence written out


def test_info_by_default_warning_for_easy_read(lint) -> None:
    text = "The minutes were approved."
    assert [f.severity for f in lint(text, select=CODE)] == [Severity.INFO]
    assert [f.severity for f in lint(text, select=CODE, profile="easy-read")] == [Severity.WARNING]


def _measure_module():
    """scripts/measure_rules.py, imported (scripts/ is not a package)."""
    name = "accessicheck_measure_rules"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "measure_rules.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up here
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_labelled_set_is_big_enough_and_well_formed() -> None:
    rows = _measure_module().read_labelled()
    assert len(rows) >= 60
    assert {label for _, label, _ in rows} == {"passive", "not"}
    assert len({s for s, _, _ in rows}) == len(rows), "duplicate sentences"


def test_precision_and_recall_on_labelled_set(lint) -> None:
    # `lint` makes sure the model is loaded once for the session.
    result = _measure_module().measure_passive()
    assert result.precision >= 0.9, result.wrong
    assert result.recall >= 0.6, result.wrong
