"""Split the files into N shards, so a CI matrix can share a large repository.

A file's shard comes from a hash of its path relative to the working folder,
so it does not change from run to run or machine to machine, and every file
is in exactly one shard. A finding belongs to one file, so the shards'
findings add up exactly to a whole run's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

from ..core.fingerprints import display_path

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


class ShardError(ValueError):
    """--shard is not in the form I/N."""


def parse(text: str) -> tuple[int, int]:
    """ "2/4" -> (2, 4). Shards count from 1."""
    m = _SHARD.fullmatch(text)
    if not m:
        raise ShardError(f"--shard needs the form I/N, such as 1/4, not '{text}'.")
    index, total = int(m.group(1)), int(m.group(2))
    if total < 1 or not 1 <= index <= total:
        raise ShardError(
            f"--shard {text}: the first number must be from 1 to the second, "
            f"such as 1/{max(total, 1)}."
        )
    return index, total


def shard_of(path: Path | str, total: int, root: Path | None = None) -> int:
    """Which shard (from 1) a file belongs to."""
    name = display_path(str(path), root).encode("utf-8")
    return int.from_bytes(hashlib.sha256(name).digest()[:8], "big") % total + 1


def pick(files: Sequence[Path], index: int, total: int, root: Path | None = None) -> list[Path]:
    """The files in shard `index` of `total`, in their original order."""
    return [f for f in files if shard_of(f, total, root) == index]
