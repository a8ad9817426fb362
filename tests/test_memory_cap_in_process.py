"""With one job, each file is still checked under a memory cap (file_memory_mb).

A file that needs more memory than the cap gets an AC905 finding naming the
setting, the other files are checked, and the cap is lifted after the run.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

import pytest

from accessicheck import api
from accessicheck.core import bounds, config
from accessicheck.engine import registry

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not bounds.data_kb(),
    reason="the memory cap needs Linux's /proc",
)


def _papers(folder: Path) -> list[Path]:
    folder.mkdir()
    names = ["a.md", "hog.md", "c.md"]
    for name in names:
        (folder / name).write_text("# Notes\n\nWe met on Monday and agreed the plan.\n")
    return [folder / n for n in names]


def test_a_hungry_file_is_stopped_and_the_others_are_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _papers(tmp_path / "papers")
    settings = config.load(
        overrides={"file_memory_mb": 300}, rules=registry.all_rules(), isolated=True
    )
    real = api.load_one

    def hungry(path: Path, cfg: config.Config):  # type: ignore[no-untyped-def]
        if path.name == "hog.md":
            hoard = bytearray(1200 * 1024 * 1024)  # four times the cap
            hoard[-1] = 1
        return real(path, cfg)

    monkeypatch.setattr(api, "load_one", hungry)
    before = resource.getrlimit(resource.RLIMIT_DATA)
    a, hog, c = api.analyse_files(files, settings, memory_mb=300).results
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
    assert a.readable and c.readable
    assert not hog.readable
    (finding,) = hog.findings
    assert finding.code == "AC905"
    assert "file_memory_mb" in finding.message + " ".join(s.text for s in finding.suggestions)


def test_without_a_cap_nothing_is_limited() -> None:
    before = resource.getrlimit(resource.RLIMIT_DATA)
    with bounds.memory_cap(None):
        assert resource.getrlimit(resource.RLIMIT_DATA) == before
