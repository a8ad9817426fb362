"""--jobs: worker processes give the same findings, in the same order, as one process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from accessicheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected."
)


@pytest.mark.slow
def test_two_jobs_give_the_same_report_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a.md").write_text(f"# Plan\n\n{LONG}\n\nWe utilise the KPI.\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Minutes\n\nThe MDT met. {LONG}\n", encoding="utf-8")
    (folder / "c.md").write_text("# Notes\n\nThe service user was sectioned.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n not a pdf")
    for example in ("agenda.docx", "paper.pdf"):
        (folder / example).write_bytes((ROOT / "examples" / example).read_bytes())

    def report(jobs: str) -> dict:  # type: ignore[type-arg]
        result = CliRunner().invoke(
            main,
            ["check", "--isolated", "--no-cache", "--format", "json", "--jobs", jobs, str(folder)],
        )
        assert result.exit_code == 1, result.output
        return json.loads(result.stdout)

    one, two = report("1"), report("2")
    assert [f["path"] for f in one["files"]] == [f["path"] for f in two["files"]]
    assert one == two  # every finding, score and section, in the same order
    assert sum(len(f["findings"]) for f in one["files"]) > 5
