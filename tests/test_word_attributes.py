"""The main pass looks up parts of speech, grammar features and lemmas.

`language.word_attributes` stands in for spaCy's attribute ruler and
lemmatizer in the main pass. Its answers come from those two components, a
word at a time, so every word must come out exactly as spaCy's own pipeline
tags it: checked here on every block of real papers (the examples, the test
papers and the public documents of the shared corpus) and on the two-word
patterns the ruler has ("gon na", "let 's").
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessicheck.language import nlp

from .real_papers import CORPUS_PAPERS, PAPERS, block_texts

TRICKY = [
    "Y'all gon na love this, let's go. I ain't sure. C'm on! We got ta leave.",
    "y all\n\n  got ta see\t\tit  ",
    "Let 's meet. LET'S MEET. I gotta go, gonna be late.",
    "That is that. Those who can, do; those who can't, don't. But I do.",
    "Someone said nothing to anybody; everything is fine, I'd say.",
    " ",
    "",
]


def _words(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.is_sent_start) for t in doc]


def _spacy_own(texts: list[str]):  # type: ignore[no-untyped-def]
    model = nlp.pipeline(False)
    with model.select_pipes(disable=["parser"]):
        return list(model.pipe(texts))


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(lambda: TRICKY, id="two-word patterns"),
        pytest.param(lambda: block_texts(PAPERS), id="examples and test papers"),
        pytest.param(lambda: block_texts(CORPUS_PAPERS), id="shared corpus"),
    ],
)
def test_every_word_is_tagged_as_spacys_own_components_tag_it(texts) -> None:  # type: ignore[no-untyped-def]
    texts = texts()
    if not texts:
        pytest.skip("no papers found")
    ours = nlp.analyse(texts)
    theirs = _spacy_own(texts)
    different = [
        (a, b)
        for ours_doc, theirs_doc in zip(ours, theirs, strict=True)
        for a, b in zip(_words(ours_doc), _words(theirs_doc), strict=True)
        if a != b
    ]
    assert sum(len(d) for d in ours) > 0
    assert different == []


def test_the_two_word_patterns_are_spacys_answers() -> None:
    # The ruler, not the lemmatizer, gives these lemmas: they show the doc went to
    # spaCy's own components and was not looked up a word at a time.
    (doc,) = nlp.analyse(["We are gon na see, let 's go."])
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["'s"] == "us"


def test_a_word_after_a_first_look_up_is_answered_the_same() -> None:
    first = _words(nlp.analyse(["The minutes were agreed."])[0])
    again = _words(nlp.analyse(["The minutes were agreed."])[0])
    assert first == again
    assert [w[4] for w in first] == ["the", "minute", "be", "agree", "."]


def test_the_table_stays_bounded_and_right_when_it_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    from accessicheck.language import word_attributes

    monkeypatch.setattr(word_attributes, "_MAX_REMEMBERED", 12)
    lookup = word_attributes.WordAttributes(nlp.pipeline(False))
    texts = [
        "The minutes of the last meeting were agreed as a true record.",
        "Carers said the new travel payments arrived late again this month.",
        "We asked the trust to publish the papers a week before each meeting.",
    ]
    model = nlp.pipeline(False)
    with model.select_pipes(disable=["parser", *word_attributes.COMPONENTS]):
        bare = list(model.pipe(texts))
    ours = [_words(lookup(doc)) for doc in bare]
    assert ours == [_words(doc) for doc in _spacy_own(texts)]
    assert len(lookup._known) <= 20  # one doc's words at most, never the whole run's


#: Words people write, in capitals or not, with punctuation and the two-word
#: patterns' words among them, joined by spaces and line breaks.
_VOCABULARY = (
    "the a minutes were was agreed AGREED let 's gon na got ta y' all ai n't I me you it "
    "that this those can could will 'd someone nothing ICB NHS co-production re-ablement "
    "Dr. 10:30 £25 5pm – — ( ) , . ; : ! ? \" ' … ½ café naïve 😀"
)
_WORDS = st.sampled_from([*_VOCABULARY.split(), "\t"])
_TEXTS = st.lists(
    st.lists(_WORDS | st.text(min_size=1, max_size=8), min_size=1, max_size=25).map(" ".join),
    min_size=1,
    max_size=4,
).map("\n".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_TEXTS, min_size=1, max_size=3))
def test_any_text_is_tagged_as_spacys_own_components_tag_it(texts: list[str]) -> None:
    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # no lone surrogates
    ours = nlp.analyse(texts)
    theirs = _spacy_own(texts)
    for ours_doc, theirs_doc in zip(ours, theirs, strict=True):
        assert _words(ours_doc) == _words(theirs_doc)
