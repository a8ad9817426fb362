"""Word forms from the shipped table agree with lemminflect, and the table is up to date."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from accessicheck import inflect


def test_table_is_up_to_date_with_the_word_lists() -> None:
    shipped = resources.files("accessicheck.data").joinpath(inflect.TABLE).read_bytes()
    assert gzip.decompress(shipped) == gzip.decompress(inflect.build_table()), (
        "The word lists changed: run python scripts/build_inflections.py"
    )


@pytest.mark.parametrize(
    ("lemma", "tag", "form"),
    [
        pytest.param("start", "VBD", "started", id="past"),
        pytest.param("decide", "VBG", "deciding", id="ing"),
        pytest.param("help", "VBZ", "helps", id="third-person"),
        pytest.param("go", "VBN", "gone", id="irregular"),
        pytest.param("doctor", "NNS", "doctors", id="plural"),
    ],
)
def test_forms_from_the_table(lemma: str, tag: str, form: str) -> None:
    assert (lemma, tag) in inflect._table()
    assert inflect.inflect(lemma, tag) == form


def test_a_word_not_in_the_table_falls_back_to_lemminflect() -> None:
    assert ("photosynthesise", "VBD") not in inflect._table()
    assert inflect.inflect("photosynthesise", "VBD") == "photosynthesised"


def test_table_agrees_with_lemminflect() -> None:
    for (lemma, tag), form in list(inflect._table().items())[::50]:
        assert (form or None) == inflect._lemminflect(lemma, tag), (lemma, tag)
