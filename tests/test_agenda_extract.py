"""Whole agendas: the fields read from the fixture agendas, and telling agendas from papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessicheck import loaders
from accessicheck.agenda import agenda_for, extract_agenda, looks_like_agenda
from accessicheck.agenda.times import show

from .conftest import ROOT, make_document

AGENDAS = ROOT / "tests" / "data" / "agendas"
EXAMPLES = ROOT / "examples"
LOADER_FIXTURES = ROOT / "tests" / "data" / "loaders"


def test_the_example_agenda() -> None:
    a = extract_agenda(loaders.load(EXAMPLES / "agenda.docx"))
    assert a.is_agenda
    assert a.title == "Carers' Voice Partnership Board: agenda"
    assert a.date is not None and a.date.isoformat() == "2026-03-12"
    assert (show(a.start), show(a.finish)) == ("10:30", "13:00")
    assert a.postcode == "LS2 7DZ" and a.platform == "Microsoft Teams" and a.mode == "hybrid"
    assert a.dial_in == "0113 496 0372"
    assert [i.title for i in a.breaks] == ["Comfort break"]
    assert a.items[3].papers == ("paper A",) and "paper A" in a.papers
    assert a.where("date") is not None and "12/03/2026" in a.where("date").text  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(EXAMPLES / "paper.pdf", id="paper.pdf"),
        pytest.param(EXAMPLES / "notes.md", id="notes.md"),
        pytest.param(LOADER_FIXTURES / "report.pdf", id="loader-report.pdf"),
        pytest.param(LOADER_FIXTURES / "notes.md", id="loader-notes.md"),
        pytest.param(LOADER_FIXTURES / "utf8.txt", id="loader-utf8.txt"),
    ],
)
def test_ordinary_papers_are_not_agendas(path: Path) -> None:
    doc = loaders.load(path)
    is_agenda, reason = looks_like_agenda(doc)
    assert not is_agenda, reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("# Board agenda\n\nSome text.", True, id="agenda-heading"),
        pytest.param("Agenda: 10:00 Welcome. 10:15 Budget.", True, id="agenda-first-line"),
        pytest.param(
            "# Plan\n\n- 10:00 Welcome\n\n- 10:15 Budget\n\n- 11:00 Plans",
            True,
            id="three-timed-items",
        ),
        pytest.param(
            "# Report\n\nAgenda item 7: quarterly figures. The board met at 10am.",
            False,
            id="agenda-item-number",
        ),
        pytest.param(
            "# Ward round\n\nAt 9am the team met. At 11am they reviewed notes. "
            "At 2pm the family came.",
            False,
            id="prose-with-times",
        ),
        pytest.param("# Notes\n\nThe meeting ran from 10:30 to 13:00.", False, id="minutes"),
        pytest.param(
            "# The checklist and the agenda rules\n\nSome text.", False, id="agenda-as-a-topic"
        ),
        pytest.param(
            "# Guide\n\nText.\n\nMore text.\n\n# Reading an agenda\n\nText.",
            False,
            id="later-heading-about-agendas",
        ),
        pytest.param(
            "# Carers forum\n\nAgenda – Tuesday 17 February 2026, 2pm to 4pm",
            True,
            id="agenda-line-near-the-top",
        ),
        pytest.param(
            "# Forum\n\n- Times. 10am, 10:00, 14:00–14:30\n\n- 10am, 10:00 and 10.00\n\n"
            "- 2pm, 3pm, 4pm",
            False,
            id="lists-of-times",
        ),
    ],
)
def test_looks_like_agenda(text: str, expected: bool) -> None:
    assert looks_like_agenda(make_document(text))[0] is expected


def test_agenda_for_reads_each_document_once() -> None:
    doc = make_document("# Agenda\n\n- 10:00 Welcome")
    assert agenda_for(doc) is agenda_for(doc)
    assert agenda_for(make_document("# Agenda\n\n- 10:00 Welcome")) is not agenda_for(doc)


def test_at_least_22_agendas_in_every_format_with_expectations() -> None:
    agendas = [p for p in AGENDAS.iterdir() if p.suffix in {".docx", ".pdf", ".md", ".txt"}]
    assert len(agendas) >= 22
    assert {p.suffix for p in agendas} == {".docx", ".pdf", ".md", ".txt"}
    assert sum(p.suffix == ".pdf" for p in agendas) >= 2
    for p in agendas:
        assert p.with_name(p.stem + ".expected.json").is_file(), p.name


def test_the_agenda_rules_read_only_the_kind_of_an_ordinary_paper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import accessicheck.agenda as agenda_package
    from accessicheck.core import config
    from accessicheck.engine import registry
    from accessicheck.engine import run_rules as engine
    from accessicheck.language import analysis

    def whole(*args: object, **kwargs: object) -> object:
        raise AssertionError("the whole agenda was read")

    cfg = config.load(overrides={"select": ["AC5"]}, rules=registry.all_rules(), isolated=True)
    rules = engine.active_rules(registry.all_rules(), cfg)
    assert len(rules) >= 8
    paper = loaders.load(EXAMPLES / "notes.md")
    [adoc] = analysis.analyse_documents([paper])
    monkeypatch.setattr(agenda_package, "extract_agenda", whole)
    assert engine.run_rules(adoc, rules, cfg, strict=True) == []
    assert not agenda_package.kind_for(paper).is_agenda


def test_an_agenda_is_read_whole_once_with_its_kind_reused() -> None:
    from accessicheck.agenda import kind_for

    doc = loaders.load(EXAMPLES / "agenda.docx")
    kind = kind_for(doc)
    assert kind.is_agenda and kind.kind != "minutes"
    agenda = agenda_for(doc)
    assert agenda.items is kind.found.items
    assert agenda == extract_agenda(doc)
