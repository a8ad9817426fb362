"""Inline suppression comments in Markdown and text files, and AC910."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli.commands import main
from accessicheck.core.model import Finding, Location, Severity
from accessicheck.core.suppression import apply

ACTIVE = {"AC101", "AC102", "AC201", "AC204", "AC910"}


def at(code: str, line: int | None) -> Finding:
    return Finding(code, "x", Severity.WARNING, "m", Location("p.md", line=line))


def kept(source: str, findings: list[Finding]) -> list[tuple[str, int | None]]:
    out = apply(findings, source, "p.md", active_codes=ACTIVE, report_unused=True)
    return [(f.code, f.location.line) for f in out]


HIDES = [
    pytest.param(
        "<!-- accessicheck-disable-next-line AC101 -->\nLong one.\n", at("AC101", 2), id="next-line"
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line AC101 -->\n\nLong one.\n",
        at("AC101", 3),
        id="next-line-skips-blank-lines",
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line AC101 -->\nLong one.\n",
        at("AC101", 1),
        id="next-line-glued-into-a-text-paragraph",
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line -->\nText.\n", at("AC204", 2), id="no-codes-means-all"
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line AC2 -->\nText.\n", at("AC204", 2), id="family-prefix"
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line AC102, ac101 -->\nText.\n",
        at("AC101", 2),
        id="list-with-comma-any-case",
    ),
    pytest.param(
        "a\n<!-- accessicheck-disable AC101 -->\nb\nc\n<!-- accessicheck-enable AC101 -->\n",
        at("AC101", 4),
        id="inside-a-range",
    ),
    pytest.param("a\n<!-- accessicheck-disable AC101 -->\nb\nc\n", at("AC101", 4), id="to-the-end"),
    pytest.param(
        "<!-- accessicheck-disable AC110 -->\n# Title\n", at("AC110", None), id="whole-file"
    ),
]

LEAVES = [
    pytest.param(
        "<!-- accessicheck-disable-next-line AC101 -->\nA.\nB.\n", at("AC101", 3), id="line-after"
    ),
    pytest.param(
        "<!-- accessicheck-disable-next-line AC101 -->\nA.\n", at("AC102", 2), id="other-rule"
    ),
    pytest.param(
        "a\n<!-- accessicheck-disable AC101 -->\nb\n<!-- accessicheck-enable AC101 -->\nc\n",
        at("AC101", 5),
        id="after-enable",
    ),
    pytest.param(
        "a\n<!-- accessicheck-disable -->\nb\n<!-- accessicheck-enable -->\nc\n",
        at("AC201", 5),
        id="after-enable-all",
    ),
    pytest.param(
        "a\n<!-- accessicheck-disable AC101 -->\nb\n", at("AC101", 1), id="before-disable"
    ),
    pytest.param(
        "# Title\n<!-- accessicheck-disable AC110 -->\n", at("AC110", None), id="whole-file-late"
    ),
    pytest.param("<!-- a comment -->\nText.\n", at("AC101", 2), id="other-comment"),
]


@pytest.mark.parametrize(("source", "finding"), HIDES)
def test_hides(source: str, finding: Finding) -> None:
    assert (finding.code, finding.location.line) not in kept(source, [finding])


@pytest.mark.parametrize(("source", "finding"), LEAVES)
def test_leaves(source: str, finding: Finding) -> None:
    assert (finding.code, finding.location.line) in kept(source, [finding])


def test_a_comment_that_hides_nothing_is_a_finding() -> None:
    source = "a\n<!-- accessicheck-disable-next-line AC101 -->\nshort\n"
    assert kept(source, [at("AC201", 3)]) == [("AC910", 2), ("AC201", 3)]  # in line order


def test_no_unused_finding_when_the_rule_did_not_run() -> None:
    source = "<!-- accessicheck-disable-next-line AC301 -->\nshort\n"
    assert kept(source, []) == []


def test_no_unused_finding_when_ac910_is_off() -> None:
    source = "<!-- accessicheck-disable-next-line AC101 -->\nshort\n"
    out = apply([], source, "p.md", active_codes=ACTIVE - {"AC910"}, report_unused=False)
    assert out == []


LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)


@pytest.mark.parametrize("name", ["paper.md", "paper.txt"])
def test_suppression_through_the_command_line(tmp_path: Path, name: str) -> None:
    paper = tmp_path / name
    paper.write_text(
        f"Plan\n\n<!-- accessicheck-disable-next-line AC101 AC102 AC104 -->\n{LONG}\n\n"
        f"<!-- accessicheck-disable-next-line AC406 -->\n\nWe meet on Monday.\n\n{LONG}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-cache", "--format", "json", "--select",
               "AC101,AC910", str(paper)],
    )  # fmt: skip
    findings = json.loads(result.stdout)["files"][0]["findings"]
    got = [(f["code"], f["location"]["line"]) for f in findings]
    assert ("AC101", 10) in got  # the second long sentence is still found
    assert not any(code == "AC101" and line in (3, 4) for code, line in got)
    assert ("AC910", 6) not in got  # AC406 did not run, so the comment is not called unused
    assert len([c for c, _ in got if c == "AC101"]) == 1
