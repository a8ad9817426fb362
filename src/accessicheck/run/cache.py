"""The result cache: an unchanged file costs a hash, not a parse.

Each file's result is stored as JSON (see `resultdata`) under a key made
from the file's bytes, its path, the settings that change results, the
contents of the group's glossaries, and accessicheck's version and code (so
a new release, or a changed word list, never uses old results).

It lives in the user's cache folder (platformdirs; on Linux that honours
XDG_CACHE_HOME). Entries are written to a temporary file and moved into
place in one step, so two runs at once never see half an entry. A damaged
entry is ignored and made again. The cache is kept under a size limit: the
entries used least recently go first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .. import __version__
from ..core import small_files
from ..engine.report import FileResult
from ..engine.resultdata import from_data, to_data

#: Settings that do not change what a file's check finds.
NOT_IN_KEY = frozenset({"jobs", "fail_on", "include", "exclude"})
#: Largest total size of the cache, in bytes, before the oldest entries go.
MAX_BYTES = 200_000_000
FOLDER = "results-v1"


def default_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("accessicheck", appauthor=False))


def _code_digest() -> str:
    """A cheap digest of the installed package and its word lists (names, sizes, times)."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    roots = [package, package.parent.parent / "wordlists"]
    for root in roots:
        if not root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for name in sorted(filenames):
                if name.endswith((".py", ".csv", ".json", ".yaml", ".yml", ".txt", ".tsv")):
                    st = os.stat(os.path.join(dirpath, name))
                    h.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def settings_digest(settings: Mapping[str, Any], glossaries: Iterable[Path]) -> str:
    """A digest of everything besides the file itself that changes its result."""
    h = hashlib.sha256(_code_digest().encode())
    kept = {k: v for k, v in settings.items() if k not in NOT_IN_KEY}
    h.update(json.dumps(kept, sort_keys=True, default=str).encode("utf-8", "surrogateescape"))
    for path in glossaries:
        h.update(str(path).encode())
        try:
            data = small_files.read_bytes(
                Path(path), small_files.MAX_GLOSSARY_BYTES, "glossary file"
            )
            h.update(hashlib.sha256(data).digest())
        except small_files.SmallFileError:
            h.update(b"missing")
    return h.hexdigest()


class ResultCache:
    """Cached results for one set of settings."""

    def __init__(
        self,
        folder: Path,
        settings: Mapping[str, Any],
        glossaries: Iterable[Path] = (),
        *,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.folder = folder / FOLDER
        self.settings = settings_digest(settings, glossaries)
        self.max_bytes = max_bytes
        self.hits = 0
        self.misses = 0

    def key(self, path: Path, max_bytes: int | None = None) -> str | None:
        """The cache key for a file, or None when it cannot be read (or is too big)."""
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):  # a pipe or device would wait for ever
                return None
            if max_bytes is not None and info.st_size > max_bytes:
                return None
            with open(path, "rb") as f:
                content = hashlib.file_digest(f, "sha256").hexdigest()
        except OSError:
            return None
        text = "\n".join((self.settings, str(path), content))
        return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        """The stored result, or None (missing or damaged: a damaged entry is removed)."""
        entry = self._entry(key)
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            result = from_data(data)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            with contextlib.suppress(OSError):  # a folder in the way cannot be tidied
                entry.unlink(missing_ok=True)
            return None
        with contextlib.suppress(OSError):
            os.utime(entry)  # used now: the last to be evicted
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically. A cache that cannot be written is skipped quietly."""
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(to_data(result), f)
                os.replace(tmp, entry)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def trim(self) -> int:
        """Remove the least recently used entries beyond the size limit. Returns how many."""
        entries = []
        try:
            for sub in self.folder.iterdir():
                if sub.is_dir():
                    for p in sub.glob("*.json"):
                        try:
                            st = p.stat()
                        except OSError:
                            continue
                        entries.append((st.st_mtime_ns, st.st_size, p))
        except OSError:
            return 0
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, p in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            p.unlink(missing_ok=True)
            total -= size
            removed += 1
        return removed
