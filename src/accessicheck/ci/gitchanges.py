"""The files changed since a git ref, for --changed-since.

Changed means: different from the point where HEAD and the ref meet (git
merge-base; the ref itself when that cannot be found, as in a shallow
clone), counting staged and unstaged changes and new files git does not
ignore. Deleted files are listed apart so the run can say it skipped them.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


class GitError(RuntimeError):
    """git could not answer. The message says what to do."""


@dataclass(frozen=True)
class Changes:
    changed: frozenset[Path]  # resolved paths of files that exist
    deleted: tuple[Path, ...]  # paths of files deleted since the ref


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, and git is not installed here.") from None
    if done.returncode != 0:
        raise GitError(done.stderr.strip() or f"git {' '.join(args)} failed.")
    return done.stdout


def changed_since(ref: str, cwd: Path | None = None) -> Changes:
    """Files changed since `ref`. Raises GitError."""
    cwd = cwd or Path.cwd()
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except GitError:
        raise GitError(
            "--changed-since works only inside a git repository, and this folder is not in one."
        ) from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except GitError:
        raise GitError(
            f"git does not know '{ref}'. Check the name; in CI, fetch more history "
            "(for example fetch-depth: 0)."
        ) from None
    try:
        base = _git(["merge-base", ref, "HEAD"], cwd).strip() or ref
    except GitError:
        base = ref
    diff = ["diff", "--name-only", "-z", "--no-renames"]
    changed = _git([*diff, "--diff-filter=d", base, "--"], top).split("\0")
    deleted = _git([*diff, "--diff-filter=D", base, "--"], top).split("\0")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top).split("\0")
    return Changes(
        changed=frozenset((top / n).resolve() for n in [*changed, *untracked] if n),
        deleted=tuple(top / n for n in deleted if n),
    )
