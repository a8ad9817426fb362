"""Read the small files a run depends on (settings, glossaries, needs) safely.

These files are untrusted like papers are. `read_bytes` opens a file only if
it is an ordinary file (never a pipe, which would wait for ever, or a device
such as /dev/zero, which never ends) and reads at most a set number of bytes.
`yaml_loader` gives a YAML loader that refuses aliases (a few hundred bytes
of aliases can stand for gigabytes of data) and very deep nesting. Every
problem is a `SmallFileError` whose message names the file and says what to do.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

#: Limits for each kind of file, in bytes.
MAX_SETTINGS_BYTES = 1_000_000
MAX_GLOSSARY_BYTES = 10_000_000
MAX_NEEDS_BYTES = 1_000_000
#: The deepest nesting of lists and tables we accept in YAML.
MAX_DEPTH = 50


class SmallFileError(ValueError):
    """A settings, glossary or needs file we will not read; the message says why."""


def read_bytes(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path` if it is an ordinary file of at most `limit` bytes.

    `what` names the kind of file in messages ("settings file").
    """
    try:
        # O_NONBLOCK: opening a pipe must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise SmallFileError(f"{path}: could not read the {what} ({_reason(e)}).") from e
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SmallFileError(
                f"{path}: this is not an ordinary file (it may be a folder, a pipe or a device), "
                f"so it cannot be used as the {what}. Give the name of a saved file."
            )
        if info.st_size > limit:
            raise SmallFileError(_too_big(path, what, limit))
        try:
            data = f.read(limit + 1)
        except OSError as e:
            raise SmallFileError(f"{path}: could not read the {what} ({_reason(e)}).") from e
    if len(data) > limit:
        raise SmallFileError(_too_big(path, what, limit))
    return data


def _too_big(path: Path, what: str, limit: int) -> str:
    return (
        f"{path}: the {what} is too large to be right (the limit is {limit // 1_000_000} MB). "
        "Check you named the right file."
    )


def _reason(error: OSError) -> str:
    return (error.strerror or type(error).__name__).lower()


def yaml_loader() -> Any:
    """A SafeLoader class that refuses aliases and nesting deeper than `MAX_DEPTH`."""
    import yaml
    from yaml.composer import ComposerError

    class NoAliasLoader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise ComposerError(
                    None,
                    None,
                    "aliases (*name) are not allowed here; write the value out in full",
                    event.start_mark,
                )
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    event = self.peek_event()
                    raise ComposerError(
                        None,
                        None,
                        f"the lists and fields are nested more than {MAX_DEPTH} deep",
                        event.start_mark,
                    )
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return NoAliasLoader
