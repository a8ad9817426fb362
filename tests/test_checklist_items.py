"""The checklist items in data/checklist.csv: complete, valid, and traceable to the research."""

from __future__ import annotations

import re

import pytest

from accessicheck.checklist.calc import CALCULATIONS
from accessicheck.checklist.items import (
    COLUMNS,
    GROUPS,
    ChecklistDataError,
    load_items,
    parse_items,
)
from accessicheck.core.needs import NEED_NAMES

ITEMS = load_items()


#: Source keys listed in §1.2 of the research (meetings-guidance.md), plus the
#: ones its table cites from elsewhere in the report.
def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


SOURCE_KEYS = _words(
    """SCIE-PLAN SCIE-VENUE SCIE-TIMING SCIE-HOUSE SCIE-TRAFFIC SOL-EVENTS SOL-TIMING
    NIHR-PAY-PUB NIHR-PAY-RES NIHR-JCP NIHR-CED NIHR-DC NETSCC DRUK-PAY GOVUK-ACF GOVUK-ER
    ODI-STD EHRC-AF NHSE-LD-MEET MLMC LPFT MERSEY DONC LITTLECOG LIR CBM-F2F CBM-VIRT EDF
    ED-BSL UCL-DCAL ULSTER IDRC-HYBRID TURING-SCHED TURING-COMMS SCOPE-EVT XR WIDEAWARE SABE
    JLA AIS SI-2002-715 COPRO-COLL EXPERTLINK VOICE-TABLE EPIC MIND-MEDIA DORSET AUTENTIC
    GOVUK-IL NHS-AZ RNIB-CP HANTS NHSD-WORDS INVOLVE-JB PEOPLEFIRST-ER"""
)


def test_every_research_item_is_there() -> None:
    assert len(ITEMS) >= 45
    ids = [i.id for i in ITEMS]
    expected = (
        [f"PLAN-{n:02d}" for n in range(1, 28)]
        + [f"VEN-{n:02d}" for n in range(1, 12)]
        + [f"ONL-{n:02d}" for n in range(1, 9)]
        + ["HYB-01", "HYB-02"]
        + [f"AFT-{n:02d}" for n in range(1, 4)]
    )
    assert sorted(ids) == sorted(expected)


def test_every_group_has_items() -> None:
    assert {i.group for i in ITEMS} == set(GROUPS)


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i.id)
def test_item_is_well_formed(item) -> None:  # type: ignore[no-untyped-def]
    assert set(item.needs) <= set(NEED_NAMES)
    assert set(item.sources) <= SOURCE_KEYS, set(item.sources) - SOURCE_KEYS
    assert item.question.endswith("?") or item.question.endswith("."), item.question
    assert item.why.endswith("."), item.why
    if item.detection == "CALC":
        assert item.id in CALCULATIONS
    if item.detection in {"KW", "ABSENT", "RX"}:
        assert item.patterns


def test_calculations_all_have_items() -> None:
    assert set(CALCULATIONS) <= {i.id for i in ITEMS if i.detection == "CALC"}


@pytest.mark.parametrize(
    ("item_id", "text", "matches"),
    [
        ("PLAN-01", "Tell us about any access requirements.", True),
        ("PLAN-11", "Members are paid £25 for each meeting.", True),
        ("PLAN-12", "Payment can affect Universal Credit.", True),
        ("PLAN-15", "Ask us for an Easy Read or large print copy.", True),
        ("VEN-02", "The building is step-free, with a lift.", True),
        ("VEN-03", "There is an accessible toilet on each floor.", True),
        ("VEN-04", "The room has a hearing loop.", True),
        ("ONL-03", "Live captions will be on.", True),
        ("ONL-06", "Cameras are optional.", True),
        ("VEN-02", "Tea will be served.", False),
        ("PLAN-24", "The notes were agreed as a true record.", False),
        ("AFT-03", "It is not uncommon to wait 6 weeks for an operation.", False),
    ],
)
def test_patterns(item_id: str, text: str, matches: bool) -> None:
    item = next(i for i in ITEMS if i.id == item_id)
    assert all(rx.search(text) for rx in item.patterns) is matches


def test_mode_applies() -> None:
    venue = next(i for i in ITEMS if i.id == "VEN-02")
    hybrid = next(i for i in ITEMS if i.id == "HYB-01")
    assert venue.applies_to("in-person") and not venue.applies_to("online")
    assert venue.applies_to(None) and not hybrid.applies_to(None)


@pytest.mark.parametrize(
    ("row", "says"),
    [
        pytest.param("X-01,before,n,all,ALL,KW,a,,q?,w.,S,", "id", id="bad-id"),
        pytest.param("AAA-01,during,n,all,ALL,KW,a,,q?,w.,S,", "group", id="bad-group"),
        pytest.param("AAA-01,before,n,all,XX,KW,a,,q?,w.,S,", "need codes", id="bad-need"),
        pytest.param("AAA-01,before,n,all,ALL,KW,(,,q?,w.,S,", "not valid", id="bad-regex"),
        pytest.param("AAA-01,before,n,all,ALL,KW,,,q?,w.,S,", "needs patterns", id="no-pattern"),
        pytest.param("AAA-01,before,n,all,ALL,KW,a,,q?,w.,S", "columns", id="short-row"),
        pytest.param("AAA-01,before,n,all,ALL,KW,a,,q?,w.,S,X1", "rule codes", id="bad-cover"),
    ],
)
def test_bad_data_is_refused_with_the_line(row: str, says: str) -> None:
    text = ",".join(COLUMNS) + "\n" + row + "\n"
    with pytest.raises(ChecklistDataError, match=re.escape(says)):
        parse_items(text)
