"""The registry and the engine: selection, severities, and rule failures."""

from __future__ import annotations

import pytest

from accessicheck.core.model import Finding, Location, Severity
from accessicheck.engine import registry
from accessicheck.engine import run_rules as engine

from .conftest import make_config, make_document


def test_duplicate_codes_are_refused() -> None:
    registry.all_rules()
    with pytest.raises(registry.DuplicateRule):
        registry.rule(
            "AC901", "another-name", unit="document", severity="info", summary="x", why="x"
        )(lambda doc, ctx: iter(()))


def test_select_and_ignore_by_prefix_and_name() -> None:
    rules = registry.all_rules()
    chosen = registry.select(rules, ["AC90"], ["AC902", "empty-file"])
    codes = {r.code for r in chosen}
    assert "AC901" in codes
    assert "AC902" not in codes and "AC906" not in codes
    assert all(c.startswith("AC90") for c in codes)


def test_disabled_rules_do_not_run() -> None:
    cfg = make_config(options={"AC901": {"enabled": False}})
    assert "AC901" not in {r.code for r in engine.active_rules(registry.all_rules(), cfg)}


def test_findings_compare_on_rule_and_span_not_wording() -> None:
    loc = Location("a.txt", paragraph=2, start=3, end=9)
    a = Finding("AC101", "long-sentence", Severity.WARNING, "one wording", loc)
    b = Finding("AC101", "long-sentence", Severity.WARNING, "other wording", loc, excerpt="x")
    assert a == b


def test_severity_order() -> None:
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert max([Severity.INFO, Severity.ERROR, Severity.WARNING]) is Severity.ERROR


def test_a_failing_rule_becomes_a_finding_and_the_run_goes_on(analyse) -> None:  # type: ignore[no-untyped-def]
    def broken(doc, ctx):  # type: ignore[no-untyped-def]
        raise KeyError("boom")
        yield

    rule = registry.Rule(
        code="AC998",
        slug="broken",
        severity=Severity.INFO,
        unit="document",
        summary="x",
        why="x",
        check=broken,
    )
    doc = analyse("Some text.")
    cfg = make_config()
    findings = engine.run_rules(doc, [rule], cfg)
    assert [f.code for f in findings] == ["AC900"]
    with pytest.raises(KeyError):
        engine.run_rules(doc, [rule], cfg, strict=True)


def test_load_problems_become_findings(analyse) -> None:  # type: ignore[no-untyped-def]
    from accessicheck.core.model import LoadProblem
    from accessicheck.language import analysis

    doc = make_document("")
    doc.problems.append(LoadProblem("AC902", "This file needs a password.", "Ask for a copy."))
    adoc = analysis.analyse_documents([doc])[0]
    cfg = make_config(["AC9"])
    findings = engine.run_rules(adoc, engine.active_rules(registry.all_rules(), cfg), cfg)
    assert [(f.code, f.severity) for f in findings] == [("AC902", Severity.ERROR)]
    assert "Ask for a copy." in findings[0].message


def test_user_severity_wins(analyse) -> None:  # type: ignore[no-untyped-def]
    from accessicheck.core.model import LoadProblem
    from accessicheck.language import analysis

    doc = make_document("")
    doc.problems.append(LoadProblem("AC906", "The file is empty.", "Check it."))
    adoc = analysis.analyse_documents([doc])[0]
    cfg = make_config(["AC906"], options={"AC906": {"severity": "error"}})
    findings = engine.run_rules(adoc, engine.active_rules(registry.all_rules(), cfg), cfg)
    assert [f.severity for f in findings] == [Severity.ERROR]


def _document_rule(check):  # type: ignore[no-untyped-def]
    return registry.Rule(
        code="AC997",
        slug="test",
        severity=Severity.WARNING,
        unit="document",
        summary="x",
        why="x",
        check=check,
    )


def test_a_hit_carries_a_location_and_its_text_not_a_block(analyse) -> None:  # type: ignore[no-untyped-def]
    doc = analyse("# Money\n\nThe fee is ten pounds a year.")
    block = doc.blocks[1]

    def check(doc, ctx):  # type: ignore[no-untyped-def]
        yield registry.Hit.on(doc.blocks[1], "the fee", 4, 7)
        yield registry.Hit.on(Location(doc.path, page=3), "on a page")
        yield registry.Hit.on(None, "the whole file")

    hits = list(check(doc, None))
    assert hits[0].location == block.block.location and hits[0].text == block.text
    assert not hasattr(hits[0], "block")
    found = engine.run_rules(doc, [_document_rule(check)], make_config())
    by_message = {f.message: f for f in found}
    fee, page, whole = (by_message[m] for m in ("the fee", "on a page", "the whole file"))
    assert (fee.location.paragraph, fee.location.heading, fee.excerpt) == (2, "Money", "fee")
    assert (fee.location.start, fee.location.end) == (4, 7)
    assert (page.location.page, page.location.paragraph, page.excerpt) == (3, None, "")
    assert (whole.location, whole.excerpt) == (Location(doc.path), "")
