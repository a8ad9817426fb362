"""Word forms from the shipped table agree with lemminflect, and the table is up to date."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from accessicheck.language import inflect


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


@pytest.mark.parametrize(
    ("word", "word_class", "expected"),
    [
        pytest.param("start", "VERB", True, id="verb"),
        pytest.param("from", "VERB", False, id="preposition-is-no-verb"),
        pytest.param("about", "VERB", False, id="about-is-no-verb"),
        pytest.param("doctor", "NOUN", True, id="noun"),
        pytest.param("clear", "ADJ", True, id="adjective"),
    ],
)
def test_word_classes_from_the_table(word: str, word_class: str, expected: bool) -> None:
    assert (word, word_class) in inflect._rows()
    assert inflect.can_be(word, word_class) is expected


def test_plural_nouns_from_the_table() -> None:
    assert ("partners", inflect.PLURAL) in inflect._rows()
    assert inflect.is_plural("partners")
    assert inflect.is_plural("Partners")
    assert ("adult", inflect.PLURAL) in inflect._rows()
    assert not inflect.is_plural("adult")


def test_word_classes_of_a_word_not_in_the_table_come_from_lemminflect() -> None:
    assert ("snorkel", "VERB") not in inflect._rows()
    assert inflect.can_be("snorkel", "VERB")
    assert inflect.can_be("snorkel", "NOUN")
    assert not inflect.can_be("snorkel", "ADJ")
    assert ("snorkels", inflect.PLURAL) not in inflect._rows()
    assert inflect.is_plural("snorkels")
    assert not inflect.is_plural("snorkel")


def test_word_classes_agree_with_lemminflect() -> None:
    rows = [(k, v) for k, v in inflect._rows().items() if k[1] not in inflect.TAGS]
    assert rows
    for (word, kind), value in rows[::20]:
        if kind == inflect.PLURAL:
            assert (value == "1") == inflect._lemminflect_is_plural(word), word
        else:
            assert (value == "1") == inflect._lemminflect_can_be(word, kind), (word, kind)
