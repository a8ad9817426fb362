"""The command line, through click's CliRunner: exit codes, formats, files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from accessicheck.cli.commands import main

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
    assert data["schema_version"] == "2.2"
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


# Exit codes that cannot lie: 3 for a fault in accessicheck itself.


def _break_the_rules(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    from accessicheck.engine import registry

    def broken() -> None:
        raise error

    monkeypatch.setattr(registry, "all_rules", broken)


def test_a_fault_inside_exits_three_with_a_plain_message(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accessicheck import __version__

    monkeypatch.delenv("ACCESSICHECK_DEBUG", raising=False)
    _break_the_rules(monkeypatch, RuntimeError("the registry fell over"))
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 3
    assert "fault in accessicheck itself" in result.stderr
    assert "RuntimeError: the registry fell over" in result.stderr
    assert f"accessicheck {__version__}" in result.stderr
    assert "issue tracker" in result.stderr and "--debug" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "env"),
    [
        pytest.param(["--debug", "rules"], {}, id="flag"),
        pytest.param(["rules"], {"ACCESSICHECK_DEBUG": "1"}, id="environment"),
    ],
)
def test_debug_shows_the_traceback(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str]
) -> None:
    _break_the_rules(monkeypatch, RuntimeError("the registry fell over"))
    result = runner.invoke(main, args, env=env)
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "the registry fell over" in result.stderr


def test_ctrl_c_exits_130_not_1(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    _break_the_rules(monkeypatch, KeyboardInterrupt())
    result = runner.invoke(main, ["rules"])
    assert result.exit_code == 130 and "Stopped" in result.stderr


#: Runs the command the way the installed `accessicheck` script does
#: (`sys.exit(run())`, from [project.scripts]), with one part broken first.
BROKEN_SCRIPT = """
import sys
from accessicheck.engine import registry

def broken():
    raise ValueError("made to fail")

registry.all_rules = broken
from accessicheck.cli import run
sys.argv = ["accessicheck", "rules"]
sys.exit(run())
"""


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_a_fault_in_a_real_process_exits_three(tmp_path: Path, debug: bool) -> None:
    import os
    import subprocess
    import sys
    import tomllib

    root = Path(__file__).resolve().parents[1]
    scripts = tomllib.loads((root / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["accessicheck"] == "accessicheck.cli:run"
    env = {k: v for k, v in os.environ.items() if k != "ACCESSICHECK_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root / "src"), env.get("PYTHONPATH")]))
    if debug:
        env["ACCESSICHECK_DEBUG"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", BROKEN_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr
    assert "ValueError: made to fail" in done.stderr
    assert ("Traceback" in done.stderr) is debug
    assert done.stdout == ""


def test_an_output_file_that_cannot_be_written_exits_two(runner: CliRunner, tmp_path: Path) -> None:
    agenda = write(tmp_path, "agenda.md", "# Meeting\n\n10:00 Welcome\n")
    out = tmp_path / "no-such-folder" / "checklist.md"
    result = runner.invoke(main, ["checklist", "--isolated", str(agenda), "-o", str(out)])
    assert "does not exist" in result.stderr and "checklist.md" in result.stderr
    assert "Traceback" not in result.output


# One rule for -o in every command.

AGENDA = "# Carers' board\n\nDate: 12 March 2026, 10:00 to 11:00.\n\n- 10:00 Welcome\n"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    write(tmp_path, "paper.md", f"# Plan\n\n{LONG}\n\n{GOOD}\n")
    write(tmp_path, "agenda.md", AGENDA)
    return tmp_path


#: Each command, with the arguments before -o.
COMMANDS = {
    "check": ["check", "--isolated", "paper.md"],
    "rewrite": ["rewrite", "--isolated", "paper.md"],
    "checklist": ["checklist", "--isolated", "agenda.md"],
    "suggest": ["glossary", "suggest", "--isolated", "paper.md"],
    "handout": ["glossary", "handout", "--isolated", "paper.md"],
}


def run_in(runner: CliRunner, folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(folder)
    return runner.invoke(main, list(args))


@pytest.mark.parametrize(
    ("command", "name", "check"),
    [
        pytest.param("check", "report.json", lambda t: json.loads(t)["summary"], id="check-json"),
        pytest.param("check", "report.txt", lambda t: "Checked 1 file" in t, id="check-txt"),
        pytest.param("rewrite", "rewrites.json", lambda t: json.loads(t)["files"],
                     id="rewrite-json"),
        pytest.param("rewrite", "rewrites.md", lambda t: t.startswith("#"), id="rewrite-md"),
        pytest.param("rewrite", "rewrites.txt", lambda t: "paper.md" in t and "{" not in t,
                     id="rewrite-txt"),
        pytest.param("checklist", "checklist.json", lambda t: json.loads(t)["items"],
                     id="checklist-json"),
        pytest.param("checklist", "checklist.md", lambda t: t.startswith("#"),
                     id="checklist-md"),
        pytest.param("suggest", "new-words.csv", lambda t: t.startswith("term,"),
                     id="suggest-csv"),
        pytest.param("handout", "words.html", lambda t: "<html" in t, id="handout-html"),
        pytest.param("handout", "words.md", lambda t: t.startswith("# "), id="handout-md"),
    ],
)  # fmt: skip
def test_the_format_comes_from_the_file_name(
    runner: CliRunner,
    pack: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    name: str,
    check: Any,
) -> None:
    result = run_in(runner, pack, monkeypatch, *COMMANDS[command], "-o", name)
    assert result.exit_code in (0, 1), result.output
    assert check((pack / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("command", "fmt", "name"),
    [
        pytest.param("check", "json", "report.txt", id="check"),
        # Never plain text inside a Word file.
        pytest.param("check", "plain", "report.docx", id="check-plain-docx"),
        pytest.param("rewrite", "json", "rewrites.md", id="rewrite"),
        pytest.param("rewrite", "plain", "paper.suggested.docx", id="rewrite-plain-docx"),
        pytest.param("checklist", "markdown", "checklist.json", id="checklist"),
        pytest.param("checklist", "plain", "checklist.docx", id="checklist-plain-docx"),
        pytest.param("handout", "markdown", "words.docx", id="handout-md-docx"),
        pytest.param("handout", "html", "words.md", id="handout"),
    ],
)
def test_a_clash_between_format_and_name_is_a_usage_error(
    runner: CliRunner,
    pack: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    fmt: str,
    name: str,
) -> None:
    result = run_in(runner, pack, monkeypatch, *COMMANDS[command], "--format", fmt, "-o", name)
    assert result.exit_code == 2
    assert f"--format {fmt}" in result.stderr and name in result.stderr
    assert not (pack / name).exists()


@pytest.mark.parametrize(
    ("command", "name", "offers"),
    [
        pytest.param("check", "report.pdf", ".json", id="check"),
        pytest.param("rewrite", "rewrites.pdf", ".docx", id="rewrite"),
        pytest.param("checklist", "checklist.odt", ".docx", id="checklist"),
        pytest.param("suggest", "new-words.txt", ".csv", id="suggest-txt"),
        pytest.param("suggest", "new-words.docx", ".csv", id="suggest-docx"),
        pytest.param("handout", "words.pdf", ".html", id="handout"),
    ],
)
def test_an_unknown_file_name_is_a_usage_error(
    runner: CliRunner,
    pack: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    name: str,
    offers: str,
) -> None:
    result = run_in(runner, pack, monkeypatch, *COMMANDS[command], "-o", name)
    assert result.exit_code == 2
    assert name in result.stderr and offers in result.stderr
    assert not (pack / name).exists()


@pytest.mark.parametrize("command", ["rewrite", "checklist", "handout"])
def test_a_word_file_is_never_printed_on_the_screen(
    runner: CliRunner, pack: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    result = run_in(runner, pack, monkeypatch, *COMMANDS[command], "--format", "docx")
    assert result.exit_code == 2 and "-o" in result.stderr
    assert result.stdout == ""


# One word for the lowest level: "note" ("info" is still read as "note").

PASSIVE = "The plan was agreed by the board. We meet on Monday.\n"


@pytest.mark.parametrize(
    ("level", "code"),
    [
        pytest.param("note", 1, id="note"),
        pytest.param("info", 1, id="info-is-note"),
        pytest.param("INFO", 1, id="any-case"),
        pytest.param("warning", 0, id="warning"),
    ],
)
def test_fail_on_note_and_its_old_name(
    runner: CliRunner, tmp_path: Path, level: str, code: int
) -> None:
    p = str(write(tmp_path, "p.txt", PASSIVE))
    exit_code, data = run_json(runner, p, "--select", "AC103", "--fail-on", level)
    assert [f["severity"] for f in data["files"][0]["findings"]] == ["note"]
    assert exit_code == code
    assert data["summary"]["note"] == 1 and "info" not in data["summary"]
    if level.lower() in {"note", "info"}:
        assert data["fail_on"] == "note"


def test_fail_on_refuses_a_word_it_does_not_know(runner: CliRunner, tmp_path: Path) -> None:
    p = str(write(tmp_path, "p.txt", PASSIVE))
    result = runner.invoke(main, ["check", "--isolated", p, "--fail-on", "loud"])
    assert result.exit_code == 2 and "error, warning, note or never" in result.stderr


def test_rules_and_explain_say_note(runner: CliRunner) -> None:
    assert "AC103  passive-voice  (note)" in runner.invoke(main, ["rules"]).stdout
    assert "Level: note." in runner.invoke(main, ["explain", "AC103"]).stdout


# Unknown rule codes get a warning naming the code and the nearest real one.


@pytest.mark.parametrize(
    ("args", "says"),
    [
        pytest.param(["--select", "AC1O1"], ["'AC1O1'", "AC101"], id="select-letter-o"),
        pytest.param(["--select", "AC101,long-sentance"], ["'long-sentance'", "long-sentence"],
                     id="select-name"),
        pytest.param(["--ignore", "AC1011"], ["'AC1011'", "AC101"], id="ignore"),
        pytest.param(["--ignore", "XYZ"], ["'XYZ'", "accessicheck rules"], id="nothing-near"),
    ],
)  # fmt: skip
def test_unknown_rule_codes_get_a_warning(
    runner: CliRunner, tmp_path: Path, args: list[str], says: list[str]
) -> None:
    p = str(write(tmp_path, "p.txt", f"{GOOD}\n"))
    result = runner.invoke(main, ["check", "--isolated", "--format", "json", p, *args])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == 1
    assert all(word in warnings[0] for word in says), warnings


def test_known_rule_codes_and_families_get_no_warning(runner: CliRunner, tmp_path: Path) -> None:
    p = str(write(tmp_path, "p.txt", f"{GOOD}\n"))
    args = ["--select", "AC1,AC204,long-words", "--ignore", "ac9"]
    result = runner.invoke(main, ["check", "--isolated", "--format", "json", p, *args])
    assert result.exit_code == 0 and "Warning" not in result.stderr


def test_an_unknown_rule_in_the_settings_gets_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    cfg = write(tmp_path, "a.toml", "ignore = ['AC2O4']\n[rules.AC1O1]\nwarning_words = 30\n")
    p = str(write(tmp_path, "p.txt", f"{GOOD}\n"))
    result = runner.invoke(main, ["check", "--config", str(cfg), "--format", "json", p])
    assert "'AC2O4'" in result.stderr and "AC204" in result.stderr
    assert "'AC1O1'" in result.stderr and "AC101" in result.stderr


# The progress bar.


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("fmt", "tty", "env", "asked_not_to", "shown"),
    [
        pytest.param("rich", True, {}, False, True, id="colour-on-a-terminal"),
        pytest.param("rich", False, {}, False, False, id="not-a-terminal"),
        pytest.param("rich", True, {"NO_COLOR": "1"}, False, False, id="no-color"),
        pytest.param("rich", True, {"TERM": "dumb"}, False, False, id="dumb-terminal"),
        pytest.param("rich", True, {}, True, False, id="no-progress"),
        pytest.param("plain", True, {}, False, False, id="plain"),
        pytest.param("json", True, {}, False, False, id="json"),
    ],
)
def test_when_the_progress_bar_shows(
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
    tty: bool,
    env: dict[str, str],
    asked_not_to: bool,
    shown: bool,
) -> None:
    from accessicheck.cli.progress import wanted

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert wanted(fmt, _Stream(tty), asked_not_to=asked_not_to) is shown  # type: ignore[arg-type]


def test_the_progress_bar_moves_within_one_file(tmp_path: Path) -> None:
    from accessicheck import api
    from accessicheck.core import config
    from accessicheck.engine import registry

    paragraphs = [f"Paragraph {i}. {GOOD}" for i in range(150)]
    p = write(tmp_path, "long.md", "\n\n".join(paragraphs) + "\n")
    cfg = config.load(rules=registry.all_rules(), isolated=True, overrides={"select": ["AC1"]})
    seen: dict[str, list[tuple[int, int]]] = {}
    report = api.check_paths(
        [p], cfg, progress=lambda s, d, t: seen.setdefault(s, []).append((d, t))
    )
    assert report.files[0].readable
    analysing = seen["analysing"]
    assert analysing[-1] == (150, 150)  # every block of the one file
    assert len({done for done, _ in analysing}) >= 3  # it moved along the way
    checking = seen["checking"]
    assert checking[-1][0] == checking[-1][1] > 1 and len(checking) > 2


def test_the_readme_passes_its_own_check(runner: CliRunner) -> None:
    readme = Path(__file__).resolve().parents[1] / "README.md"
    code, data = run_json(runner, str(readme))
    assert code == 0 and data["summary"]["error"] == 0


COMMAND_PATHS = [
    [],
    ["check"],
    ["rewrite"],
    ["checklist"],
    ["glossary"],
    ["glossary", "suggest"],
    ["glossary", "handout"],
    ["glossary", "validate"],
    ["rules"],
    ["explain"],
    ["config"],
    ["init"],
]


@pytest.mark.parametrize("columns", [40, 80, 200])
@pytest.mark.parametrize("command", COMMAND_PATHS, ids=lambda c: " ".join(c) or "main")
def test_help_fits_the_terminal(runner: CliRunner, command: list[str], columns: int) -> None:
    result = runner.invoke(
        main, [*command, "--help"], env={"COLUMNS": str(columns)}, prog_name="accessicheck"
    )
    assert result.exit_code == 0
    too_wide = [line for line in result.stdout.splitlines() if len(line) > columns]
    assert not too_wide, too_wide
    assert "Usage:" in result.stdout and "--help" in result.stdout


def test_help_on_a_narrow_terminal_keeps_each_summary_whole(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"], env={"COLUMNS": "40"})
    text = " ".join(result.stdout.split())
    assert "Check papers (files or folders) and report what to fix." in text
    assert "..." not in text.replace("[ARGS]...", "")


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        pytest.param("Short line.", 40, "Short line.", id="fits"),
        pytest.param(
            "  Missing: PLAN-01 Access requirements asked.",
            30,
            "  Missing: PLAN-01 Access\n    requirements asked.",
            id="indent-and-hang",
        ),
        pytest.param(
            "  - AC101: This sentence has 48 words.",
            24,
            "  - AC101: This sentence\n    has 48 words.",
            id="bullet-lines-up",
        ),
        pytest.param("\x1b[1mA coloured line that is long\x1b[0m", 10,
                     "\x1b[1mA coloured line that is long\x1b[0m", id="colour-left-alone"),
        pytest.param("one\n\ntwo", 3, "one\n\ntwo", id="blank-lines-kept"),
    ],
)  # fmt: skip
def test_wrap_lines(text: str, width: int, expected: str) -> None:
    from accessicheck.cli.screen import wrap_lines

    assert wrap_lines(text, width) == expected
