"""The command line, through click's CliRunner: exit codes, formats, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli import main

LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)
GOOD = "We will meet on Monday. Bring your notes. Tea is at eleven."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def run_json(runner: CliRunner, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    result = runner.invoke(main, ["check", "--isolated", "--format", "json", *args])
    return result.exit_code, json.loads(result.stdout)


def test_help_and_version(runner: CliRunner) -> None:
    assert runner.invoke(main, ["--help"]).exit_code == 0
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and "accessicheck" in result.stdout


def test_clean_paper_exits_zero(runner: CliRunner, tmp_path: Path) -> None:
    code, data = run_json(runner, str(write(tmp_path, "good.md", f"# Plan\n\n{GOOD}\n")))
    assert code == 0
    assert data["schema_version"] == "2.0"
    assert data["summary"]["error"] == 0
    assert data["files"][0]["readability"]["words"] == 12
    assert data["files"][0]["readability"]["too_short"] is True


def test_error_finding_exits_one(runner: CliRunner, tmp_path: Path) -> None:
    code, data = run_json(runner, str(write(tmp_path, "long.txt", LONG + "\n")))
    assert code == 1
    found = {(f["code"], f["severity"]) for f in data["files"][0]["findings"]}
    assert ("AC101", "error") in found


def test_fail_on_sets_the_threshold(runner: CliRunner, tmp_path: Path) -> None:
    p = str(write(tmp_path, "long.txt", LONG + "\n"))
    assert run_json(runner, p, "--fail-on", "never")[0] == 0
    assert run_json(runner, p, "--ignore", "AC101,AC102,AC104,AC110")[0] == 0


def test_json_finding_shape(runner: CliRunner, tmp_path: Path) -> None:
    _, data = run_json(runner, str(write(tmp_path, "long.txt", LONG + "\n")), "--select", "AC101")
    (f,) = data["files"][0]["findings"]
    assert f["rule"] == "long-sentence"
    loc = f["location"]
    assert loc["path"].endswith("long.txt") and loc["line"] == 1
    assert (loc["start"], loc["end"]) == (0, len(LONG))
    assert f["excerpt"].startswith("The committee") and f["why"]


def test_unreadable_file_is_reported_and_others_still_checked(
    runner: CliRunner, tmp_path: Path
) -> None:
    write(tmp_path, "good.md", f"{GOOD}\n")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage that is not a pdf")
    code, data = run_json(runner, str(tmp_path))
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert by_name["good.md"]["readable"] is True
    assert [f["code"] for f in by_name["broken.pdf"]["findings"]] == ["AC901"]
    assert code == 1  # AC901 is an error


def test_nothing_readable_exits_two(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n garbage")
    result = runner.invoke(main, ["check", "--isolated", str(tmp_path / "broken.pdf")])
    assert result.exit_code == 2
    assert "AC901" in result.stdout


def test_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["check", str(tmp_path / "nope.docx")])
    assert result.exit_code == 2
    assert "no file or folder" in result.stderr
    assert "Traceback" not in result.output


def test_empty_folder_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "No papers were found" in result.stderr


def test_bad_config_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    cfg = write(tmp_path, "a.toml", 'profile = "nope"\n')
    result = runner.invoke(main, ["check", "--config", str(cfg), str(tmp_path)])
    assert result.exit_code == 2 and "Profile 'nope'" in result.stderr


def test_plain_format_has_no_box_drawing_or_colour(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "long.txt", LONG + "\n")
    result = runner.invoke(main, ["check", "--isolated", "--format", "plain", str(p)])
    out = result.stdout
    assert "Error AC101 long-sentence, line 1:" in out
    assert not any(ch in out for ch in "─│┃━┏┡└╭\x1b")
    assert out.index("Checked 1 file") < out.index("File 1 of 1")  # summary first


def test_auto_format_is_plain_when_not_a_terminal(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "long.txt", LONG + "\n")
    result = runner.invoke(main, ["check", "--isolated", str(p)])
    assert "Error AC101" in result.stdout and "\x1b" not in result.stdout


def test_rich_format_respects_no_color(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "long.txt", LONG + "\n")
    result = runner.invoke(
        main, ["check", "--isolated", "--format", "rich", str(p)], env={"NO_COLOR": "1"}
    )
    assert "Error" in result.stdout and "\x1b[" not in result.stdout
    assert "Summary" in result.stdout


def test_output_file_and_never_over_an_input(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "notes.md", f"{GOOD}\n")
    before = p.read_bytes()
    result = runner.invoke(main, ["check", "--isolated", str(p), "-o", str(p)])
    assert result.exit_code == 2 and p.read_bytes() == before
    out = tmp_path / "report.json"
    result = runner.invoke(
        main, ["check", "--isolated", str(p), "-o", str(out), "--format", "json"]
    )
    assert result.exit_code == 0
    assert json.loads(out.read_text())["summary"]["files"] == 1


def test_rules_lists_every_family(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 0
    assert "AC101  long-sentence" in result.stdout and "AC901" in result.stdout
    data = json.loads(runner.invoke(main, ["rules", "--format", "json"]).stdout)
    assert {"AC101", "AC901"} <= {r["code"] for r in data}


def test_explain_shows_examples(runner: CliRunner) -> None:
    result = runner.invoke(main, ["explain", "ac101"])
    assert result.exit_code == 0
    assert "AC101 long-sentence" in result.stdout
    assert "Flags text like this:" in result.stdout and "easy-read" in result.stdout
    assert runner.invoke(main, ["explain", "long-sentence"]).exit_code == 0
    bad = runner.invoke(main, ["explain", "AC777"])
    assert bad.exit_code == 2 and "no rule called" in bad.stderr


def test_config_and_init(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["init"]).exit_code == 0
    assert Path("accessicheck.toml").read_text().startswith("# accessicheck settings")
    assert runner.invoke(main, ["init"]).exit_code == 2  # never overwrites
    Path("accessicheck.toml").write_text('profile = "easy-read"\nmystery = 1\n')
    result = runner.invoke(main, ["config"])
    assert result.exit_code == 0
    assert 'profile = "easy-read"' in result.stdout
    assert "mystery" in result.stderr


def test_profile_changes_limits(runner: CliRunner, tmp_path: Path) -> None:
    text = (
        "We will meet in the main hall on Monday morning "
        "to talk about the new plan for carers and the money.\n"
    )
    p = str(write(tmp_path, "p.txt", text))
    _, plain = run_json(runner, p, "--select", "AC101")
    _, easy = run_json(runner, p, "--select", "AC101", "--profile", "easy-read")
    assert plain["files"][0]["findings"] == []
    assert [f["code"] for f in easy["files"][0]["findings"]] == ["AC101"]


def test_output_format_comes_from_the_file_name(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "notes.md", f"{GOOD}\n")
    out = tmp_path / "report.json"
    result = runner.invoke(main, ["check", "--isolated", str(p), "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text())["summary"]["files"] == 1


def test_output_format_clash_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    p = write(tmp_path, "notes.md", f"{GOOD}\n")
    out = tmp_path / "report.txt"
    result = runner.invoke(
        main, ["check", "--isolated", str(p), "-o", str(out), "--format", "json"]
    )
    assert result.exit_code == 2
    assert "--format json" in result.output and "report.txt" in result.output
    assert not out.exists()
