"""Big word tables kept in a file, read in place instead of loaded whole.

Some checks need a number for each of a few hundred thousand English words:
how often it is used (wordfreq's list, 321,000 words) or how many syllables
it has (125,000). Made into a Python dict, such a table costs about 0.06 to
0.15 s at every start and some 10 to 35 MB, though one paper looks up a few
thousand words at most.

So the commands keep each table, made once, in a file in the user's cache
folder (`kept_in`), with the words sorted, and looks a word up by binary
search in the file, mapped into memory: opening it costs about a
millisecond. The file's name carries a digest of where the table came from,
so a new wordfreq or a new accessicheck makes a new file (the old one is
removed). A damaged file fails its checksum and is made again; a folder
that cannot be written just means the table is made in memory, as before.

Without a folder (the library API, and `check --no-cache`) tables are made
in memory every time and nothing is written.

The file: `MAGIC`, then little-endian unsigned 32-bit numbers: the word
count n, the CRC-32 of everything after the header, then n + 1 offsets into
the words; then n 16-bit values; then the words, UTF-8, sorted by their bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import struct
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from itertools import accumulate
from pathlib import Path
from typing import Any

MAGIC = b"accessicheck word table 1\n"
_HEAD = struct.Struct("<II")
#: The largest value a table can hold.
MAX_VALUE = 0xFFFF
FOLDER = "tables-v1"
#: A kept table bigger than this is not ours (wordfreq's is about 4 MB).
MAX_FILE_BYTES = 64_000_000

_folder: Path | None = None


@contextlib.contextmanager
def kept_in(folder: Path | None) -> Iterator[None]:
    """Within the block, keep tables as files in `folder` (None: in memory only)."""
    global _folder
    before, _folder = _folder, folder
    try:
        yield
    finally:
        _folder = before


class WordTable(Mapping[str, int]):
    """A read-only word → number table over a file's bytes (see the module's notes)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        start = len(MAGIC) + _HEAD.size
        if len(data) < start or data[: len(MAGIC)] != MAGIC:
            raise ValueError("not a word table")
        n, crc = _HEAD.unpack_from(data, len(MAGIC))
        words_at = start + 4 * (n + 1) + 2 * n
        if len(data) < words_at:
            raise ValueError("word table cut short")
        if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
            raise ValueError("word tables are read on little-endian machines only")
        (size,) = struct.unpack_from("<I", data, start + 4 * n)
        if len(data) != words_at + size:
            raise ValueError("word table cut short")
        with memoryview(data) as whole, whole[start:] as body:
            if zlib.crc32(body) != crc:  # views let go before raising: mmap can close
                raise ValueError("word table damaged")
        view = memoryview(data)
        offsets = view[start : start + 4 * (n + 1)].cast("I")
        self._data = data
        self._n = n
        self._offsets = offsets
        self._values = view[start + 4 * (n + 1) : words_at].cast("H")
        self._words = view[words_at:]

    def _find(self, word: str) -> int:
        """The index of `word`, or -1."""
        try:
            key = word.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: never in a table
            return -1
        offsets, words = self._offsets, self._words
        lo, hi = 0, self._n
        while lo < hi:
            mid = (lo + hi) // 2
            found = words[offsets[mid] : offsets[mid + 1]].tobytes()
            if found < key:
                lo = mid + 1
            elif found > key:
                hi = mid
            else:
                return mid
        return -1

    def __getitem__(self, word: str) -> int:
        i = self._find(word) if isinstance(word, str) else -1
        if i < 0:
            raise KeyError(word)
        return int(self._values[i])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) >= 0

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        i = self._find(word) if isinstance(word, str) else -1
        return default if i < 0 else int(self._values[i])

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[str]:
        offsets, words = self._offsets, self._words
        for i in range(self._n):
            yield words[offsets[i] : offsets[i + 1]].tobytes().decode("utf-8")


def to_bytes(table: Mapping[str, int]) -> bytes:
    """The file's bytes for a table. Words that are not valid UTF-8 are left out."""
    keys: dict[bytes, int] = {}
    for word, value in table.items():
        if not 0 <= value <= MAX_VALUE:
            raise ValueError(f"{word!r}: {value} does not fit in a word table")
        try:
            keys[word.encode("utf-8")] = value
        except UnicodeEncodeError:  # a lone surrogate
            continue
    words = sorted(keys)
    offsets = array("I", [0])
    offsets.extend(accumulate(map(len, words)))
    values = array("H", map(keys.__getitem__, words))
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        offsets.byteswap()
        values.byteswap()
    body = offsets.tobytes() + values.tobytes() + b"".join(words)
    return MAGIC + _HEAD.pack(len(words), zlib.crc32(body)) + body


def read(path: Path) -> WordTable | None:
    """The table in `path`, or None if there is none or it is damaged."""
    data: bytes | mmap.mmap
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size == 0 or size > MAX_FILE_BYTES:
                return None
            try:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # a file system that cannot map files
                data = f.read()
    except OSError:
        return None
    try:
        return WordTable(data)
    except ValueError:
        if isinstance(data, mmap.mmap):
            data.close()
        return None


def write(path: Path, table: Mapping[str, int]) -> None:
    """Write a table file in one step (a reader never sees half a file)."""
    _write_bytes(path, to_bytes(table))


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _kept_path(name: str, source: str, suffix: str) -> Path | None:
    """Where the table `name` made from `source` is kept, or None (not kept: `kept_in`)."""
    if _folder is None:
        return None
    digest = hashlib.sha256(f"{name}\n{source}\n".encode() + MAGIC).hexdigest()[:20]
    return _folder / FOLDER / f"{name}-{digest}{suffix}"


def _remove_others(path: Path, name: str) -> None:
    """Remove the files of table `name` made from other sources."""
    for old in path.parent.glob(f"{name}-*{path.suffix}"):
        if old != path:
            with contextlib.suppress(OSError):  # in use elsewhere (Windows): next time
                old.unlink()


def cached(name: str, source: str, build: Callable[[], Mapping[str, int]]) -> Mapping[str, int]:
    """The table `name`, made by `build` from `source` (a text naming where it comes from).

    From its file when one was made from the same source; otherwise made now
    and, when a folder is set (`kept_in`), written for next time.
    """
    path = _kept_path(name, source, ".bin")
    if path is None:
        return build()
    found = read(path)
    if found is not None:
        return found
    table = build()
    try:
        write(path, table)
    except (OSError, ValueError):
        return table
    _remove_others(path, name)
    return table


#: The first line of a kept JSON table, followed by the CRC-32 of the rest in hex.
JSON_MAGIC = b"accessicheck kept table 1 "


def read_json(path: Path) -> Any:
    """The data kept in `path` by `cached_json`, or None if there is none or it is damaged."""
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size > MAX_FILE_BYTES:
                return None
            data = f.read()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    if not head.startswith(JSON_MAGIC) or head[len(JSON_MAGIC) :] != b"%08x" % zlib.crc32(body):
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def cached_json(name: str, source: str, build: Callable[[], Any]) -> Any:
    """Like `cached`, for a table of another shape: whatever JSON can hold, given
    back as `json.loads` gives it (lists, not tuples), made now or read.

    For tables the whole of which is wanted at once (read in about 30 ms for a
    megabyte), when making them costs much more. The caller checks the shape
    of what it gets back.
    """
    path = _kept_path(name, source, ".json")
    if path is None:
        return build()
    found = read_json(path)
    if found is not None:
        return found
    body = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        _write_bytes(path, JSON_MAGIC + b"%08x\n" % zlib.crc32(body) + body)
    except OSError:
        pass
    else:
        _remove_others(path, name)
    return json.loads(body)  # the same shape whether made now or read
