"""--baseline / --write-baseline, --shard and --changed-since, through the command line."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.ci import shard
from accessicheck.cli.commands import main

LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)
LONG2 = (
    "The working group, having looked carefully at all of the feedback that was gathered "
    "through the surveys, the workshops and the many conversations held over the autumn, "
    "now proposes a different approach to how the meetings are arranged and paid for."
)
PAPER = f"# Plan\n\nWe meet on Monday. Bring your notes.\n\n{LONG}\n"


def run(*args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-cache", "--format", "json", *args]
    )
    data = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, data, result.stderr


def found(data: dict) -> Counter[tuple[str, str, int | None, int | None]]:  # type: ignore[type-arg]
    return Counter(
        (Path(f["location"]["path"]).name, f["code"], f["location"]["line"], f["location"]["start"])
        for file in data["files"]
        for f in file["findings"]
    )


# --- baseline ---------------------------------------------------------------


def test_baseline_reports_only_new_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paper = tmp_path / "paper.md"
    paper.write_text(PAPER, encoding="utf-8")
    code, data, err = run("--write-baseline", "baseline.json", "paper.md")
    assert code == 1 and "Baseline written to baseline.json" in err
    recorded = json.loads((tmp_path / "baseline.json").read_text())["findings"]
    assert len(recorded) == sum(found(data).values()) > 0

    code, data, err = run("--baseline", "baseline.json", "paper.md")
    assert code == 0 and not found(data)
    assert f"{len(recorded)} known findings not shown" in err

    paper.write_text(PAPER.replace("# Plan\n", f"# Plan\n\nNew text.\n\n{LONG2}\n"))
    code, data, _ = run("--baseline", "baseline.json", "paper.md")
    assert code == 1
    new = found(data)
    assert ("paper.md", "AC101", 5, 0) in new  # the new long sentence, at its line
    assert all(line == 5 for _, _, line, _ in new)  # the old sentence, now lower, stays hidden


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "There is no baseline file", id="missing"),
        pytest.param("{not json", "could not be read", id="not-json"),
        pytest.param('{"format": "other"}', "is not an accessicheck baseline", id="other-file"),
    ],
)
def test_a_bad_baseline_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str | None, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    if content is not None:
        (tmp_path / "b.json").write_text(content)
    result = CliRunner().invoke(main, ["check", "--isolated", "--baseline", "b.json", "paper.md"])
    assert result.exit_code == 2 and message in result.stderr
    assert "Traceback" not in result.output


# --- shards -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param("1/4", (1, 4), id="first"), pytest.param(" 4 / 4 ", (4, 4), id="spaces")],
)
def test_shard_parse(text: str, expected: tuple[int, int]) -> None:
    assert shard.parse(text) == expected


@pytest.mark.parametrize("text", ["0/4", "5/4", "1/0", "a/b", "2"])
def test_shard_parse_refuses(text: str) -> None:
    with pytest.raises(shard.ShardError):
        shard.parse(text)


def test_shard_is_stable_and_uses_the_relative_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    names = [f"papers/p{i}.md" for i in range(40)]
    relative = [shard.shard_of(n, 4) for n in names]
    absolute = [shard.shard_of(tmp_path / n, 4) for n in names]
    assert relative == absolute
    assert set(relative) == {1, 2, 3, 4}  # 40 files reach every shard


def test_shards_add_up_exactly_to_a_whole_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "papers"
    folder.mkdir()
    for i in range(7):
        text = PAPER if i % 2 else f"# Notes {i}\n\nWe use the KPI and utilise the MDT.\n"
        (folder / f"paper{i}.md").write_text(text, encoding="utf-8")
    _, whole, _ = run("papers")
    total: Counter[tuple[str, str, int | None, int | None]] = Counter()
    files: list[str] = []
    for i in (1, 2, 3):
        code, part, err = run("--shard", f"{i}/3", "papers")
        assert code in (0, 1) and f"Shard {i} of 3" in err
        total += found(part)
        files += [f["path"] for f in part["files"]]
    assert total == found(whole)
    assert sorted(files) == sorted(f["path"] for f in whole["files"])  # each file once


def test_an_empty_shard_is_not_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    mine = shard.shard_of("paper.md", 2)
    code, data, _ = run("--shard", f"{3 - mine}/2", "paper.md")
    assert code == 0 and data["files"] == []


# --- changed since a git ref ------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@needs_git
def test_changed_since_checks_changed_and_new_files_and_notes_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(PAPER, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "papers")
    (tmp_path / "a.md").write_text(PAPER + "\nOne more line.\n", encoding="utf-8")
    (tmp_path / "b.md").unlink()
    (tmp_path / "d.md").write_text(PAPER, encoding="utf-8")
    code, data, err = run("--changed-since", "HEAD", ".")
    assert sorted(Path(f["path"]).name for f in data["files"]) == ["a.md", "d.md"]
    assert "skipped b.md: it was deleted since HEAD" in err
    assert code == 1


@needs_git
def test_nothing_changed_is_not_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text(PAPER, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "papers")
    code, data, err = run("--changed-since", "HEAD", ".")
    assert code == 0 and data["files"] == []
    assert "No papers have changed since HEAD" in err


@needs_git
def test_changed_since_an_unknown_ref_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q")
    (tmp_path / "a.md").write_text(PAPER, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--changed-since", "no-such-branch", "."])
    assert result.exit_code == 2 and "git does not know 'no-such-branch'" in result.stderr


@needs_git
def test_changed_since_outside_a_repository_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "a.md").write_text(PAPER, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--changed-since", "HEAD", "."])
    assert result.exit_code == 2 and "only inside a git repository" in result.stderr
