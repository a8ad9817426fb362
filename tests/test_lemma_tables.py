"""The lemma tables glossary matching uses (`glossary.lemmas`), read with spaCy the
first time and kept as a file after that, so a process that never loads the model
(the second process of `run.prefetch`) does not import spaCy for them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from accessicheck.core import word_table
from accessicheck.glossary import lemmas

pytest.importorskip("spacy")


@pytest.fixture
def fresh_tables() -> Iterator[None]:
    lemmas._tables.cache_clear()
    lemmas.candidates.cache_clear()
    yield
    lemmas._tables.cache_clear()
    lemmas.candidates.cache_clear()


def _lookups_folder() -> Path:
    import importlib.util

    from accessicheck.language import nlp

    spec = importlib.util.find_spec(nlp.model_name())
    assert spec is not None
    roots = list(spec.submodule_search_locations or [])
    (found,) = [p for r in roots for p in Path(r).glob("*/lemmatizer/lookups/lookups.bin")]
    return found.parent


def test_the_kept_tables_are_spacys_tables(tmp_path: Path, fresh_tables: None) -> None:
    from spacy.lookups import Lookups

    real = Lookups().from_disk(_lookups_folder())
    with word_table.kept_in(tmp_path):
        lemmas._tables()  # made with spaCy and written
        lemmas._tables.cache_clear()
        index, exc, rules = lemmas._tables()  # read from the file
    assert list((tmp_path / word_table.FOLDER).glob("lemmas-*.json"))
    for pos in ("noun", "verb", "adj"):
        assert index[pos] == frozenset(real.get_table("lemma_index")[pos])
        assert exc[pos] == {w: list(f) for w, f in real.get_table("lemma_exc")[pos].items()}
        assert rules[pos] == [tuple(r) for r in real.get_table("lemma_rules")[pos]]
    assert len(index["noun"]) > 10_000 and exc["verb"]["was"] == ["be"]


def test_words_get_the_same_lemmas_from_the_kept_file(tmp_path: Path, fresh_tables: None) -> None:
    words = ["users", "suffering", "carers", "were", "better", "reablements", "stammerer"]
    with word_table.kept_in(None):
        from_spacy = {w: lemmas.candidates(w) for w in words}
    lemmas._tables.cache_clear()
    lemmas.candidates.cache_clear()
    with word_table.kept_in(tmp_path):
        lemmas._tables()
        lemmas._tables.cache_clear()
        from_file = {w: lemmas.candidates(w) for w in words}
    assert from_file == from_spacy
    assert from_file["users"] == {"users", "user"} and "be" in from_file["were"]


def test_a_kept_file_of_another_shape_is_not_used(tmp_path: Path, fresh_tables: None) -> None:
    import zlib

    with word_table.kept_in(None):
        expected = lemmas._tables()
    lemmas._tables.cache_clear()
    with word_table.kept_in(tmp_path):
        lemmas._tables()
        (kept,) = (tmp_path / word_table.FOLDER).glob("lemmas-*.json")
        body = json.dumps({"index": []}).encode()  # a sound file, but not these tables
        kept.write_bytes(word_table.JSON_MAGIC + b"%08x\n" % zlib.crc32(body) + body)
        lemmas._tables.cache_clear()
        assert lemmas._tables() == expected
        assert "suffer" in lemmas.candidates("suffering")


def test_with_the_file_kept_a_process_compiles_the_glossary_without_spacy(
    tmp_path: Path,
) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from accessicheck.core import word_table\n"
        "from accessicheck.glossary import loaded\n"
        "with word_table.kept_in(Path(sys.argv[1])):\n"
        "    g = loaded.load()\n"
        "print(len(g.entries), 'spacy' in sys.modules)\n"
    )

    def run() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=300,
            env=dict(os.environ),
            check=True,
        )
        return done.stdout.split()

    first, second = run(), run()
    assert first[1] == "True"  # made with spaCy the first time
    assert second == [first[0], "False"]  # the same glossary, and spaCy never imported
