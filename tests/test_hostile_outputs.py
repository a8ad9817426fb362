"""Never over an input; temporary files safe; discovery that survives odd folders."""

from __future__ import annotations

import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from accessicheck.cli.commands import main
from accessicheck.cli.common import refuse_to_overwrite, write_atomically
from accessicheck.run import discover

PAPER = "We will meet on Monday at ten in the small hall.\n"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "paper.md").write_text(PAPER, encoding="utf-8")
    (folder / "notes.txt").write_text(PAPER, encoding="utf-8")
    (tmp_path / "settings.toml").write_text('profile = "plain"\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["glossary", "suggest", "pack", "-o", "pack/notes.txt"], id="suggest-paper"),
        pytest.param(["glossary", "handout", "pack", "-o", "pack/paper.md"], id="handout-paper"),
        pytest.param(["check", "pack", "-o", "pack/paper.md"], id="check-paper"),
        pytest.param(
            [
                "check",
                "pack",
                "--config",
                "settings.toml",
                "-o",
                "settings.toml",
                "--format",
                "plain",
            ],
            id="check-own-settings",
        ),
        pytest.param(["rewrite", "pack", "-o", "pack/notes.txt"], id="rewrite-paper"),
    ],
)
def test_an_output_over_a_file_the_run_reads_is_refused(
    pack: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pack.parent)
    before = {p: p.read_bytes() for p in pack.parent.rglob("*") if p.is_file()}
    result = CliRunner().invoke(main, [*args, "--isolated"] if "--config" not in args else args)
    assert result.exit_code == 2, result.output
    assert "never writes over a file it reads" in result.output
    assert {p: p.read_bytes() for p in before} == before


def test_an_output_reached_through_a_link_is_refused(pack: Path) -> None:
    link = pack.parent / "report.md"
    link.symlink_to(pack / "paper.md")
    with pytest.raises(click.UsageError):
        refuse_to_overwrite(link, [pack / "paper.md"])


def test_an_output_that_is_a_hard_link_to_an_input_is_refused(pack: Path) -> None:
    other = pack.parent / "copy.md"
    os.link(pack / "paper.md", other)
    with pytest.raises(click.UsageError):
        refuse_to_overwrite(other, [pack / "paper.md"])


def test_a_missing_output_folder_is_a_usage_error(pack: Path) -> None:
    with pytest.raises(click.UsageError, match="does not exist"):
        refuse_to_overwrite(pack / "no-such-folder" / "report.json", [])
    with pytest.raises(click.UsageError, match="does not exist"):
        write_atomically(pack / "no-such-folder" / "report.json", "{}")


def test_the_temporary_file_never_follows_a_planted_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "out.txt"
    # The old predictable names, planted as links to the victim.
    for pid in range(os.getpid() - 2, os.getpid() + 3):
        (tmp_path / f".out.txt.tmp-{pid}").symlink_to(victim)
    write_atomically(target, "report")
    assert target.read_text(encoding="utf-8") == "report"
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not target.is_symlink()
    # Nothing is left behind but the planted links.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.is_symlink()) == [
        "out.txt",
        "victim.txt",
    ]


def test_writing_replaces_a_link_rather_than_writing_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "out.txt"
    target.symlink_to(victim)
    write_atomically(target, "report")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert target.read_text(encoding="utf-8") == "report" and not target.is_symlink()


def test_written_text_has_no_control_characters_and_no_bad_names(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomically(target, "a\x1b]52;c;aGk=\x07b \udcff c\n")
    assert target.read_text(encoding="utf-8") == "ab \ufffd c\n"


# --- discovery -------------------------------------------------------------------------------


def test_discovery_survives_loops_links_and_special_files(tmp_path: Path) -> None:
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "loop.md").symlink_to("loop.md")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    os.mkfifo(tmp_path / "pipe.txt")
    odd = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd, "wb") as f:
        f.write(PAPER.encode())
    notes: list[str] = []
    found = discover.discover([tmp_path], ["*.md", "*.txt"], [], notes)
    names = sorted(os.fsencode(p.name) for p in found)
    assert names == sorted([b"caf\xe9.txt", b"dangling.txt", b"loop.md", b"paper.md", b"pipe.txt"])
    assert notes == []


def test_a_link_loop_named_on_the_command_line_is_found_not_refused(tmp_path: Path) -> None:
    (tmp_path / "loop.md").symlink_to("loop.md")
    assert discover.discover([tmp_path / "loop.md"], ["*.md"], []) == [tmp_path / "loop.md"]


def test_an_unreadable_folder_is_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "paper.md").write_text(PAPER, encoding="utf-8")
    real_walk = os.walk

    def walk(top: object, onerror: object = None, **kwargs: object) -> object:
        assert callable(onerror)
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        return real_walk(top, onerror=onerror, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(discover.os, "walk", walk)
    notes: list[str] = []
    found = discover.discover([tmp_path], ["*.md"], [], notes)
    assert [p.name for p in found] == ["paper.md"]
    assert notes == [
        f"Could not look inside the folder '{tmp_path / 'locked'}' (permission denied); skipped."
    ]


def test_json_report_names_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    odd = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd, "wb") as f:
        f.write(PAPER.encode())
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "json", "--isolated"])
    assert result.exit_code in (0, 1), result.output
    assert "caf\ufffd.txt" in result.output
