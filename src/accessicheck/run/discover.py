"""Find the files to check: named files as given, folders walked with globs.

A file named on the command line is always checked. Inside a folder, a file
is checked when its name matches an `include` pattern and nothing in its path
matches an `exclude` pattern. An exclude pattern without a "/" matches any
single folder or file name (".git", "drafts"); one with a "/" matches the
path relative to the folder given ("old/*.docx").
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path


class NotFound(ValueError):
    """A path given on the command line does not exist."""


def _excluded(rel: Path, patterns: Iterable[str]) -> bool:
    rel_text = rel.as_posix()
    for pat in patterns:
        if "/" in pat:
            if fnmatch.fnmatchcase(rel_text, pat.strip("/")):
                return True
        elif any(fnmatch.fnmatchcase(part, pat) for part in rel.parts):
            return True
    return False


def _included(name: str, patterns: Iterable[str]) -> bool:
    lower = name.lower()
    return any(fnmatch.fnmatchcase(lower, p.lower()) for p in patterns)


def walk(
    folder: Path, include: list[str], exclude: list[str], notes: list[str] | None = None
) -> Iterator[Path]:
    """Files under `folder` to check, in a stable (sorted) order.

    Folders that cannot be opened are skipped, with a plain note added to
    `notes` when it is given.
    """

    def unreadable(error: OSError) -> None:
        if notes is not None:
            where = error.filename or folder
            notes.append(f"Could not look inside the folder '{where}' ({_reason(error)}); skipped.")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        here = Path(root)
        rel_root = here.relative_to(folder)
        dirs[:] = sorted(d for d in dirs if not _excluded(rel_root / d, exclude))
        for name in sorted(files):
            rel = rel_root / name
            if _included(name, include) and not _excluded(rel, exclude):
                yield here / name


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


def real_path(path: Path) -> Path:
    """The real file behind `path`, or `path` itself when a link leads nowhere or loops."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def discover(
    paths: Iterable[Path],
    include: list[str],
    exclude: list[str],
    notes: list[str] | None = None,
) -> list[Path]:
    """Expand paths into files. Raises NotFound for a path that does not exist.

    Plain notes about what was skipped go into `notes` when it is given.
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found = list(walk(path, include, exclude, notes))
        elif path.exists() or os.path.lexists(path):
            found = [path]  # a link that leads nowhere: the loader says so
        else:
            raise NotFound(f"There is no file or folder called '{path}'.")
        for f in found:
            key = real_path(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
