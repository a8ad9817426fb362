"""The rewrite command's reports: plain, side by side, Markdown, JSON; exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from accessicheck.cli.rewrite import rewrite

TEXT = "The panel utilised the new form.\n\nTea and biscuits will be there.\n"


def _paper(tmp_path: Path) -> Path:
    paper = tmp_path / "paper.md"
    paper.write_text(TEXT, encoding="utf-8")
    return paper


def test_plain(tmp_path: Path) -> None:
    result = CliRunner().invoke(rewrite, [str(_paper(tmp_path)), "--isolated", "--format", "plain"])
    assert result.exit_code == 0
    assert "Was: The panel utilised the new form." in result.output
    assert "Now: The panel used the new form." in result.output
    assert "Why: AC201" in result.output


def test_side_by_side(tmp_path: Path) -> None:
    result = CliRunner().invoke(rewrite, [str(_paper(tmp_path)), "--isolated", "--format", "rich"])
    assert result.exit_code == 0
    line = next(ln for ln in result.output.splitlines() if "utilised" in ln)
    assert "|" in line and "used" in line.split("|")[1]


def test_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(rewrite, [str(_paper(tmp_path)), "--isolated", "--format", "json"])
    data = json.loads(result.output)
    assert data["summary"] == {"flagged": 1, "rewritten": 1, "failed_safety": 0}
    item = data["files"][0]["sentences"][0]
    assert item["rewritten"] == "The panel used the new form."
    assert item["reasons"][0]["code"] == "AC201" and item["passed_safety"] is True


def test_markdown_to_file(tmp_path: Path) -> None:
    out = tmp_path / "rewrites.md"
    result = CliRunner().invoke(rewrite, [str(_paper(tmp_path)), "--isolated", "-o", str(out)])
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Suggested rewrites")
    assert "**Suggested:** The panel used the new form." in text
    assert (tmp_path / "paper.md").read_text(encoding="utf-8") == TEXT


def test_word_copy_needs_one_docx(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        rewrite, [str(_paper(tmp_path)), "--isolated", "-o", str(tmp_path / "x.docx")]
    )
    assert result.exit_code == 2
    assert "one .docx paper" in result.output


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(rewrite, [str(tmp_path / "nope.docx"), "--isolated"])
    assert result.exit_code == 2


def test_what_is_still_left_is_listed(tmp_path: Path) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text("The panel utilised the form, which was facilitated by staff.\n")
    result = CliRunner().invoke(rewrite, [str(paper), "--isolated", "--format", "json"])
    item = json.loads(result.output)["files"][0]["sentences"][0]
    assert item["rewritten"] and "used" in item["rewritten"]
    assert any(s["code"] == "AC201" and "facilitat" in s["message"] for s in item["still_to_fix"])


def test_we_option_turns_the_passive_round(tmp_path: Path) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text("The plan was agreed by the Trust.\n")
    plain = CliRunner().invoke(rewrite, [str(paper), "--isolated", "--format", "plain"])
    assert "Now: The Trust agreed the plan." in plain.output
    we = CliRunner().invoke(
        rewrite, [str(paper), "--isolated", "--format", "plain", "--we", "the Trust"]
    )
    assert "Now: We agreed the plan." in we.output
    assert "read this one first" in we.output


def test_a_finding_on_a_later_line_of_a_wrapped_paragraph_is_rewritten(tmp_path: Path) -> None:
    # The finding names line 2 and its own column; the rewrite still finds its sentence.
    paper = tmp_path / "wrapped.md"
    paper.write_text("We met at ten.\nThe panel utilised the new form.\n", encoding="utf-8")
    result = CliRunner().invoke(rewrite, [str(paper), "--isolated", "--format", "json"])
    data = json.loads(result.output)
    (item,) = data["files"][0]["sentences"]
    assert item["rewritten"] == "The panel used the new form."
