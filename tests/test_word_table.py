"""Word tables kept as files (`core.word_table`): same answers as a dict, safe to share."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessicheck.core import word_table
from accessicheck.core.word_table import WordTable

SAMPLE = {
    "care": 3,
    "co-production": 2,
    "carers'": 9,
    "café": 4,
    "naïve": 1,
    "a": 0,
    "zzz": 65535,
    "大": 7,
    "": 5,
}


def test_every_word_gets_its_own_value() -> None:
    table = WordTable(word_table.to_bytes(SAMPLE))
    assert len(table) == len(SAMPLE)
    assert {w: table[w] for w in SAMPLE} == SAMPLE
    assert dict(table) == SAMPLE
    assert list(table) == sorted(SAMPLE, key=lambda w: w.encode())


@pytest.mark.parametrize("missing", ["cares", "Care", "carer", "caf", "cafés", "\ud800", "b"])
def test_a_word_not_in_the_table_is_not_found(missing: str) -> None:
    table = WordTable(word_table.to_bytes(SAMPLE))
    assert missing not in table
    assert table.get(missing) is None
    assert table.get(missing, 0) == 0
    with pytest.raises(KeyError):
        table[missing]


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(st.text(max_size=12), st.integers(0, word_table.MAX_VALUE), max_size=60),
    st.lists(st.text(max_size=12), max_size=20),
)
def test_answers_as_a_dict_would(data: dict[str, int], others: list[str]) -> None:
    data = {w: v for w, v in data.items() if not any(0xD800 <= ord(c) <= 0xDFFF for c in w)}
    table = WordTable(word_table.to_bytes(data))
    for word in [*data, *others]:
        assert table.get(word) == data.get(word)
        assert (word in table) == (word in data)


def test_a_value_too_big_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        word_table.to_bytes({"care": word_table.MAX_VALUE + 1})


def test_a_damaged_or_short_file_is_not_read(tmp_path: Path) -> None:
    good = word_table.to_bytes(SAMPLE)
    path = tmp_path / "t.bin"
    path.write_bytes(good)
    assert word_table.read(path) is not None
    flipped = bytearray(good)
    flipped[-3] ^= 0x20  # a letter of a word changes case
    path.write_bytes(bytes(flipped))
    assert word_table.read(path) is None
    path.write_bytes(good[:-1])
    assert word_table.read(path) is None
    path.write_bytes(b"")
    assert word_table.read(path) is None
    path.write_bytes(b"something else entirely")
    assert word_table.read(path) is None
    assert word_table.read(tmp_path / "missing.bin") is None


def test_a_file_that_cannot_be_mapped_is_read_instead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.bin"
    path.write_bytes(word_table.to_bytes(SAMPLE))

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no mapping here")

    monkeypatch.setattr(word_table.mmap, "mmap", refuse)
    table = word_table.read(path)
    assert table is not None and dict(table) == SAMPLE


def _counting(data: dict[str, int]) -> tuple[list[int], object]:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return dict(data)

    return calls, build


def test_without_a_folder_the_table_is_made_each_time_and_nothing_written(tmp_path: Path) -> None:
    calls, build = _counting(SAMPLE)
    with word_table.kept_in(None):
        assert dict(word_table.cached("t", "v1", build)) == SAMPLE  # type: ignore[arg-type]
        assert dict(word_table.cached("t", "v1", build)) == SAMPLE  # type: ignore[arg-type]
    assert len(calls) == 2
    assert not list(tmp_path.iterdir())


def test_a_kept_table_is_made_once_then_read_from_its_file(tmp_path: Path) -> None:
    calls, build = _counting(SAMPLE)
    with word_table.kept_in(tmp_path):
        first = word_table.cached("t", "v1", build)  # type: ignore[arg-type]
        second = word_table.cached("t", "v1", build)  # type: ignore[arg-type]
    assert len(calls) == 1
    assert isinstance(second, WordTable)
    assert dict(first) == dict(second) == SAMPLE
    files = list((tmp_path / word_table.FOLDER).iterdir())
    assert len(files) == 1 and files[0].name.startswith("t-")


def test_a_new_source_makes_a_new_file_and_the_old_one_goes(tmp_path: Path) -> None:
    calls, build = _counting(SAMPLE)
    with word_table.kept_in(tmp_path):
        word_table.cached("t", "v1", build)  # type: ignore[arg-type]
        word_table.cached("other", "v1", build)  # type: ignore[arg-type]
        word_table.cached("t", "v2", build)  # type: ignore[arg-type]
    assert len(calls) == 3
    names = sorted(p.name.split("-")[0] for p in (tmp_path / word_table.FOLDER).iterdir())
    assert names == ["other", "t"]


def test_a_damaged_kept_file_is_made_again(tmp_path: Path) -> None:
    calls, build = _counting(SAMPLE)
    with word_table.kept_in(tmp_path):
        word_table.cached("t", "v1", build)  # type: ignore[arg-type]
        (kept,) = (tmp_path / word_table.FOLDER).iterdir()
        kept.write_bytes(kept.read_bytes()[:-2])
        again = word_table.cached("t", "v1", build)  # type: ignore[arg-type]
        assert dict(again) == SAMPLE
        assert isinstance(word_table.cached("t", "v1", build), WordTable)  # type: ignore[arg-type]
    assert len(calls) == 2


def test_a_folder_that_cannot_be_written_still_gives_the_table(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    calls, build = _counting(SAMPLE)
    with word_table.kept_in(not_a_folder):
        assert dict(word_table.cached("t", "v1", build)) == SAMPLE  # type: ignore[arg-type]
        assert dict(word_table.cached("t", "v1", build)) == SAMPLE  # type: ignore[arg-type]
    assert len(calls) == 2
    assert not_a_folder.read_text(encoding="utf-8") == "in the way"


def test_kept_in_restores_the_folder_before_it() -> None:
    with word_table.kept_in(Path("a")):
        with word_table.kept_in(None):
            assert word_table._folder is None
        assert word_table._folder == Path("a")


# --- tables of other shapes, kept as JSON (`cached_json`) -----------------------------------

SHAPED = {"index": {"noun": ["care", "café"]}, "rules": {"noun": [["s", ""], ["ies", "y"]]}}


def _counting_json(data: object) -> tuple[list[int], Callable[[], object]]:
    calls: list[int] = []

    def build() -> object:
        calls.append(1)
        return data

    return calls, build


def test_a_kept_json_table_is_made_once_then_read_in_the_same_shape(tmp_path: Path) -> None:
    # Tuples go in; lists come out, the first time as every time after.
    calls, build = _counting_json({**SHAPED, "pairs": [("a", "b")]})
    with word_table.kept_in(tmp_path):
        first = word_table.cached_json("j", "v1", build)
        second = word_table.cached_json("j", "v1", build)
    assert len(calls) == 1
    assert first == second == {**SHAPED, "pairs": [["a", "b"]]}
    (kept,) = (tmp_path / word_table.FOLDER).iterdir()
    assert kept.name.startswith("j-") and kept.suffix == ".json"


def test_without_a_folder_a_json_table_is_made_each_time_and_nothing_written(
    tmp_path: Path,
) -> None:
    calls, build = _counting_json(SHAPED)
    with word_table.kept_in(None):
        assert word_table.cached_json("j", "v1", build) == SHAPED
        assert word_table.cached_json("j", "v1", build) == SHAPED
    assert len(calls) == 2
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-3],  # cut short
        lambda b: b.replace(b"care", b"cure"),  # still JSON, wrong checksum
        lambda b: b"not a kept table\n" + b,
        lambda b: b"",
    ],
    ids=["cut-short", "changed", "no-header", "empty"],
)
def test_a_damaged_json_table_is_made_again(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    calls, build = _counting_json(SHAPED)
    with word_table.kept_in(tmp_path):
        word_table.cached_json("j", "v1", build)
        (kept,) = (tmp_path / word_table.FOLDER).iterdir()
        kept.write_bytes(damage(kept.read_bytes()))
        assert word_table.cached_json("j", "v1", build) == SHAPED
        assert word_table.cached_json("j", "v1", build) == SHAPED  # mended: read again
    assert len(calls) == 2


def test_a_json_table_from_a_new_source_replaces_the_old_file(tmp_path: Path) -> None:
    calls, build = _counting_json(SHAPED)
    with word_table.kept_in(tmp_path):
        word_table.cached_json("j", "v1", build)
        word_table.cached("j", "v1", _counting(SAMPLE)[1])  # type: ignore[arg-type]
        word_table.cached_json("j", "v2", build)
    suffixes = sorted(p.suffix for p in (tmp_path / word_table.FOLDER).iterdir())
    assert len(calls) == 2 and suffixes == [".bin", ".json"]  # another kind of file stays


def test_a_json_table_in_a_folder_that_cannot_be_written(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("in the way", encoding="utf-8")
    calls, build = _counting_json({"pairs": [("a", "b")]})
    with word_table.kept_in(not_a_folder):
        assert word_table.cached_json("j", "v1", build) == {"pairs": [["a", "b"]]}
    assert not_a_folder.read_text(encoding="utf-8") == "in the way"


def test_the_shipped_tables_read_from_files_give_the_same_numbers(tmp_path: Path) -> None:
    """wordfreq's list and the syllable table, read back from their files."""
    from accessicheck.glossary import unknown
    from accessicheck.language import syllables

    unknown._centibels.cache_clear()
    syllables.table.cache_clear()
    try:
        in_memory = [unknown._centibels(), syllables.table()]
        unknown._centibels.cache_clear()
        syllables.table.cache_clear()
        with word_table.kept_in(tmp_path):
            unknown._centibels()
            syllables.table()  # made and written
            unknown._centibels.cache_clear()
            syllables.table.cache_clear()
            from_files = [unknown._centibels(), syllables.table()]
    finally:
        unknown._centibels.cache_clear()
        syllables.table.cache_clear()
    rng = random.Random(7)
    for memory, kept in zip(in_memory, from_files, strict=True):
        assert isinstance(kept, WordTable) and isinstance(memory, dict)
        assert len(kept) == len(memory)
        for word in rng.sample(sorted(memory), 3000):
            assert kept[word] == memory[word]


def _check(paper: Path, cache_home: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    args = ["-m", "accessicheck", "check", "--isolated", "--format", "json", *extra, str(paper)]
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_command_keeps_its_tables_unless_told_not_to(tmp_path: Path) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# Notes\n\nThe domiciliary reablement pathway was commissioned by the ICB.\n",
        encoding="utf-8",
    )
    untouched = _check(paper, tmp_path / "none", "--no-cache")
    assert not (tmp_path / "none").exists()
    first = _check(paper, tmp_path / "xdg")
    tables = tmp_path / "xdg" / "accessicheck" / word_table.FOLDER
    names = sorted(p.name.split("-")[0] for p in tables.iterdir())
    assert names == ["lemmas", "syllables", "wordfreq"]
    # Again with the results cleared: the tables come from their files, and the
    # findings are the same as with none kept.
    for entry in (tmp_path / "xdg" / "accessicheck" / "results-v1").rglob("*.json"):
        entry.unlink()
    second = _check(paper, tmp_path / "xdg")
    assert untouched.stdout == first.stdout == second.stdout
    assert json.loads(second.stdout)["files"][0]["findings"]


@pytest.mark.parametrize(
    "command",
    [
        ["rewrite", "--isolated"],
        ["checklist", "--isolated", "{paper}"],
        ["glossary", "suggest", "--isolated"],
    ],
    ids=["rewrite", "checklist", "glossary-suggest"],
)
def test_the_other_commands_keep_the_tables_too(tmp_path: Path, command: list[str]) -> None:
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# Agenda\n\n10:00 Welcome\n\nThe reablement pathway was commissioned by the ICB.\n",
        encoding="utf-8",
    )
    args = [a.format(paper=paper) for a in command]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    done = subprocess.run(
        [sys.executable, "-m", "accessicheck", *args, str(paper)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    tables = tmp_path / "xdg" / "accessicheck" / word_table.FOLDER
    assert any(p.name.startswith("syllables-") for p in tables.iterdir())
