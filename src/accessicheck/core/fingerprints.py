"""Fingerprints: a name for each finding that stays the same when lines move.

A fingerprint is a hash of the rule code, the file's path (relative to the
working folder, with "/" between folders), the normalised text the finding is
about, and which occurrence of that same text it is in the file. It leaves out
the line, page and paragraph, so adding a paragraph above a finding does not
change it. SARIF's `partialFingerprints`, GitLab's `fingerprint` and the
baseline file all use it.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePath

from .model import Finding

#: Changes when the way fingerprints are made changes (old baselines then stop matching).
VERSION = "v1"


def display_path(path: str, root: Path | None = None) -> str:
    """The path relative to `root` (the working folder) when it is inside it, with "/"."""
    p = Path(path)
    if p.is_absolute():
        base = (root or Path.cwd()).resolve()
        try:
            p = p.resolve().relative_to(base)
        except ValueError:
            return p.as_posix()
    parts = [part for part in PurePath(os.path.normpath(p)).parts if part != "."]
    return PurePath(*parts).as_posix() if parts else p.as_posix()


def normalise(text: str) -> str:
    """Text as it matters to a fingerprint: case, spacing and a trailing "…" ignored."""
    return " ".join(text.casefold().rstrip("…").split())


def fingerprints(findings: Iterable[Finding], root: Path | None = None) -> list[str]:
    """One fingerprint for each finding, in the same order.

    Give the findings in report order: the occurrence count among identical
    findings follows that order.
    """
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in findings:
        base = (f.code, display_path(f.location.path, root), normalise(f.excerpt))
        index = seen[base]
        seen[base] += 1
        text = "\x1f".join((VERSION, *base, str(index)))
        out.append(hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32])
    return out
