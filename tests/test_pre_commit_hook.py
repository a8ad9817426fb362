"""The pre-commit hook (.pre-commit-hooks.yaml), run for real with `pre-commit try-repo`.

pre-commit installs accessicheck into an environment of its own, which needs
the package index: without a network the test is skipped, saying so. The
project's files (as they are now, committed or not) are copied into a new
git repository, because try-repo reads a hook repository from git.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
LONG = (
    "The committee, which has been meeting regularly since the beginning of the year to "
    "consider the many different options that have been proposed by members of the public "
    "and by staff, will publish its final recommendations in the spring after a further "
    "period of consultation with everyone who is affected, which will take until the autumn."
)
NO_NETWORK = (
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "No matching distribution found",
    "Could not find a version that satisfies",
    "Network is unreachable",
)


def test_hook_file_covers_every_format() -> None:
    import re

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "accessicheck" and hook["entry"].startswith("accessicheck check")
    pattern = re.compile(hook["files"])
    for name in ("a.md", "b.txt", "c.docx", "d.pptx", "e.pdf", "F.DOCX"):
        assert pattern.search(name), name
    for name in ("a.py", "b.docx.bak", "c.xlsx"):
        assert not pattern.search(name), name


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        tracked = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        tracked = tracked.split("\0")
    except subprocess.CalledProcessError:
        pytest.skip("the project is not a git checkout, so its files cannot be listed")
    hooks_repo = tmp_path / "accessicheck"
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (hooks_repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, hooks_repo / name)
    git(hooks_repo, "init", "-q")
    git(hooks_repo, "add", "-A")
    git(hooks_repo, "commit", "-qm", "snapshot")

    papers = tmp_path / "papers"
    papers.mkdir()
    git(papers, "init", "-q")
    (papers / "good.md").write_text("# Plan\n\nWe meet on Monday. Bring your notes.\n")
    (papers / "long.md").write_text(f"# Plan\n\n{LONG}\n")
    (papers / "script.py").write_text("print('not a paper')\n")
    git(papers, "add", "-A")

    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.setdefault("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks_repo), "accessicheck"]
        return subprocess.run(
            [*cmd, "--files", *files], cwd=papers, env=env, capture_output=True, text=True
        )

    good = try_repo("good.md", "script.py")
    if good.returncode != 0 and any(s in good.stdout + good.stderr for s in NO_NETWORK):
        pytest.skip("pre-commit could not install accessicheck: no network to the package index")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    bad = try_repo("long.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout and "AC101" in bad.stdout
