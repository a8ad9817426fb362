"""The whole hostile set through the command line, in one run of each command.

The papers come from `tests/hostile/make_hostile.py`, made fresh in a
temporary folder. A bad file must never stop the run: no traceback, every
file named in the report, exit code 0 or 1, and the bounds it passed said in
plain findings. Time limits are lowered with a settings file so the run stays
short; `benchmarks/bench_hostile.py` measures time and memory with the
defaults.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "hostile"))
from make_hostile import make_papers, make_side_files  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "accessicheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        errors="surrogateescape",
        timeout=900,
    )


def shown(path: Path) -> str:
    """How a report shows a path: names that are not UTF-8 get U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("hostile")
    papers = make_papers(folder / "papers")
    (folder / "fast.toml").write_text("file_seconds = 5\npdf_seconds = 5\n", encoding="utf-8")
    return folder, papers


@pytest.fixture(scope="module")
def side(hostile: tuple[Path, list[Path]]) -> Path:
    folder, _ = hostile
    make_side_files(folder / "side")
    return folder / "side"


@pytest.fixture(scope="module")
def report(hostile: tuple[Path, list[Path]]) -> dict[str, dict]:
    folder, _ = hostile
    result = run(
        "check", "papers", "--config", "fast.toml", "-o", "report.json", "--isolated", cwd=folder
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    return {f["path"]: f for f in data["files"]}


def codes(report: dict[str, dict], folder: Path, name: str) -> set[str]:
    """The codes of the findings for one paper."""
    return {f["code"] for f in report[str(Path("papers") / name)]["findings"]}


def test_every_file_is_named_in_the_report(
    hostile: tuple[Path, list[Path]], report: dict[str, dict]
) -> None:
    folder, papers = hostile
    expected = {shown(p.relative_to(folder)) for p in papers}
    assert expected <= set(report)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        pytest.param("long-paragraph.txt", "AC907", id="txt-over-the-text-cap"),
        pytest.param("long-paragraph.docx", "AC907", id="docx-over-the-text-cap"),
        pytest.param("long-paragraph.md", "AC907", id="md-over-the-source-cap"),
        pytest.param("wide-table.md", "AC907", id="table-too-wide"),
        pytest.param("many-parts.docx", "AC905", id="xml-parts-too-large-unpacked"),
        pytest.param("understated.docx", "AC901", id="zip-that-lies-about-sizes"),
        pytest.param("loop.md", "AC901", id="link-loop"),
        pytest.param("dangling.txt", "AC901", id="dangling-link"),
        pytest.param("pipe.txt", "AC901", id="pipe"),
        pytest.param("junk.docx", "AC901", id="junk-zip"),
        pytest.param("cut-short.pdf", "AC901", id="cut-short-pdf"),
        pytest.param("empty.md", "AC906", id="empty"),
    ],
)
def test_a_bound_passed_is_a_plain_finding(
    hostile: tuple[Path, list[Path]], report: dict[str, dict], name: str, code: str
) -> None:
    folder, _ = hostile
    assert code in codes(report, folder, name)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("equals.txt", id="run-of-equals"),
        pytest.param("backticks.md", id="run-of-backticks"),
        pytest.param("symbols.txt", id="run-of-symbols"),
        pytest.param("plain.docx", id="plain-word"),
        pytest.param("macro.docm", id="word-with-macros"),
        pytest.param("slides.ppsx", id="slide-show"),
        pytest.param("links.md", id="links-and-html"),
    ],
)
def test_short_files_are_checked_in_full(
    hostile: tuple[Path, list[Path]], report: dict[str, dict], name: str
) -> None:
    folder, _ = hostile
    found = codes(report, folder, name)
    assert not found & {"AC901", "AC904", "AC905", "AC907", "AC908"}, found


def test_text_cut_at_the_cap_still_gets_checked(
    hostile: tuple[Path, list[Path]], report: dict[str, dict]
) -> None:
    folder, _ = hostile
    entry = report[str(Path("papers") / "long-paragraph.txt")]
    assert entry["readability"] is not None  # the part that was read was analysed


def test_a_macro_part_is_ignored_and_the_text_read(hostile: tuple[Path, list[Path]]) -> None:
    from accessicheck import loaders

    folder, _ = hostile
    macro = loaders.load(folder / "papers" / "macro.docm")
    plain = loaders.load(folder / "papers" / "plain.docx")
    assert macro.format == "docx"
    assert [b.text for b in macro.blocks] == [b.text for b in plain.blocks]
    assert not macro.problems
    # Nothing in the loaded document comes from the vbaProject part.
    assert "vbaProject" not in repr(macro.meta)


def test_terminal_output_has_no_escape_sequences(hostile: tuple[Path, list[Path]]) -> None:
    folder, _ = hostile
    result = run("check", "papers/escapes.txt", "papers/links.md", "--format", "plain", cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "papers/escapes.txt" in result.stdout


def test_rewrite_markdown_escapes_html_and_links(hostile: tuple[Path, list[Path]]) -> None:
    folder, _ = hostile
    result = run("rewrite", "papers/links.md", "-o", "rewrites.md", cwd=folder)
    assert result.returncode in (0, 1), result.stderr
    text = (folder / "rewrites.md").read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "](javascript:" not in text and "](data:" not in text


def test_glossary_suggest_csv_cells_never_start_a_formula(
    hostile: tuple[Path, list[Path]],
) -> None:
    import csv
    import io

    folder, _ = hostile
    result = run("glossary", "suggest", "papers/escapes.txt", "-o", "new.csv", cwd=folder)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO((folder / "new.csv").read_text(encoding="utf-8"))))
    cells = [cell for row in rows for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)  # the text did get through
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not [c for c in cells if "\x1b" in c]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        pytest.param(("--config", "{side}/pipe.toml"), "not an ordinary file", id="config-pipe"),
        pytest.param(("--config", "/dev/zero"), "not an ordinary file", id="config-dev-zero"),
        pytest.param(("--config", "{side}/deep.toml"), "nested far too deep", id="config-deep"),
    ],
)
def test_bad_settings_files_are_plain_usage_errors(
    hostile: tuple[Path, list[Path]], side: Path, args: tuple[str, ...], words: str
) -> None:
    folder, _ = hostile
    filled = [a.format(side=side) for a in args]
    result = run("check", "papers/plain.docx", *filled, cwd=folder)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert words in result.stderr


@pytest.mark.parametrize(
    ("name", "words"),
    [
        pytest.param("alias-bomb.yaml", "aliases", id="yaml-alias-bomb"),
        pytest.param("deep.yaml", "nested more than", id="yaml-deep"),
        pytest.param("many-rows.csv", "more than 50,000 entries", id="csv-many-rows"),
        pytest.param("huge.csv", "too large", id="csv-too-large"),
        pytest.param("pipe.csv", "not an ordinary file", id="csv-pipe"),
    ],
)
def test_bad_glossaries_are_plain_problems(
    hostile: tuple[Path, list[Path]], side: Path, name: str, words: str
) -> None:
    folder, _ = hostile
    result = run("glossary", "validate", str(side / name), cwd=folder)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
    assert words in result.stdout + result.stderr


def test_needs_file_that_is_a_pipe(hostile: tuple[Path, list[Path]], side: Path) -> None:
    folder, _ = hostile
    result = run("checklist", "papers/plain.docx", "--needs", str(side / "pipe.csv"), cwd=folder)
    assert result.returncode == 2
    assert "not an ordinary file" in result.stderr


def test_two_jobs_check_every_file_the_same_way(
    hostile: tuple[Path, list[Path]], report: dict[str, dict]
) -> None:
    folder, _ = hostile
    result = run(
        "check", "papers", "--config", "fast.toml", "-o", "report2.json", "--isolated",
        "--jobs", "2", cwd=folder,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    data = json.loads((folder / "report2.json").read_text(encoding="utf-8"))
    two = {f["path"]: f for f in data["files"]}
    assert list(two) == list(report)  # every file, in the same order
    for path, one in report.items():
        timed = {"AC908", "AC909"} & {f["code"] for f in one["findings"] + two[path]["findings"]}
        if not timed:  # a time bound can stop at another point on a busy machine
            assert two[path]["findings"] == one["findings"], path
