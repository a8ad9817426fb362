"""AC208: rare words that may be jargon."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_glossary_fixtures import glint, spans, write_glossary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The council runs a reablement service.", ["reablement"], id="rare"),
        pytest.param("We need domiciliary support.", ["domiciliary"], id="rare-adjective"),
        pytest.param("Reablement helps. We like reablement.", ["Reablement"], id="once-per-paper"),
        pytest.param("The plan is about getting well at home.", [], id="everyday"),
        pytest.param("Dr Oyelaran-Ssempebwa will speak.", [], id="name"),
        pytest.param("We met Mrs Featherstonehaugh in May.", [], id="capitalised-name"),
        pytest.param("Call 0113 496 0000 or read section 4b.", [], id="numbers"),
        pytest.param("Visit www.example.org/reablement today.", [], id="url"),
        pytest.param("The word 'reablement' confuses people.", [], id="quoted"),
        pytest.param("The CQC visited.", [], id="acronym"),
        pytest.param("Ask your clinician.", [], id="in-glossary"),
    ],
)
def test_possible_jargon(text: str, expected: list[str]) -> None:
    assert spans(glint(text, select=["AC208"])) == expected


def test_threshold_is_configurable() -> None:
    text = "We discussed interoperability."
    assert spans(glint(text, select=["AC208"])) == []  # Zipf 2.9 > 2.5
    assert spans(glint(text, select=["AC208"], jargon_zipf_threshold=3)) == ["interoperability"]


def test_allowed_glossary_word_is_not_flagged(tmp_path: Path) -> None:
    g = write_glossary(
        tmp_path / "g.csv",
        [
            {"term": "reablement", "category": "social-care-jargon", "status": "allowed"},
        ],
    )
    assert glint("The reablement team.", [g], select=["AC208"]) == []


def test_message_asks_for_a_glossary_entry() -> None:
    (f,) = glint("The reablement team.", select=["AC208"])
    assert "may be jargon" in f.message and "add it to the glossary" in f.message


@pytest.mark.parametrize(
    "word", ["care", "the", "commissioning", "domiciliary", "reablement", "zzzqx"]
)
def test_fast_frequencies_agree_with_wordfreq(word: str) -> None:
    from wordfreq import zipf_frequency

    from accessicheck.glossary.unknown import _centibels, zipf

    assert _centibels() is not None  # the fast path is in use
    assert zipf(word) == zipf_frequency(word, "en")


def test_the_whole_fast_table_agrees_with_wordfreq_on_a_sample_of_its_words() -> None:
    from wordfreq import zipf_frequency

    from accessicheck.glossary.unknown import _centibels, zipf

    table = _centibels()
    assert table is not None and len(table) > 100_000
    sample = [w for w in list(table)[::150] if w.isalpha() and w.islower()]
    assert len(sample) > 1_000
    assert [zipf(w) for w in sample] == [zipf_frequency(w, "en") for w in sample]
