"""The language model's sums run on numpy's BLAS, and give what BLIS gives.

`nlp.pipeline` loads the model with thinc's NumpyOps without BLIS (see
`nlp.USE_BLIS`): on the machines we measured, numpy's BLAS did the model's
matrix products in about half the time. The products may differ in the last
bits of a float, so this checks that every word gets the same tag and
sentence start, and every sentence the same parse, as spaCy's default BLIS
gives, on real papers: the examples, the test papers and the public
documents of the shared corpus.
"""

from __future__ import annotations

from functools import cache

import pytest

from accessicheck.language import nlp

from .real_papers import CORPUS_PAPERS, PAPERS, block_texts


@cache
def _blis_model():  # type: ignore[no-untyped-def]
    import spacy
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=True):
        return spacy.load(nlp.model_name(), exclude=["ner"])


def _tagged(model, texts):  # type: ignore[no-untyped-def]
    with model.select_pipes(disable=["parser", "attribute_ruler", "lemmatizer"]):
        if "senter" in model.disabled:
            model.enable_pipe("senter")
        return [[(t.text, t.tag_, t.is_sent_start) for t in d] for d in model.pipe(texts)]


def _parsed(model, texts):  # type: ignore[no-untyped-def]
    with model.select_pipes(disable=["senter"]):
        return [[(t.text, t.dep_, t.head.i) for t in d] for d in model.pipe(texts)]


def test_the_model_runs_on_numpys_blas() -> None:
    ops = nlp.pipeline(False).get_pipe("tok2vec").model.ops
    assert type(ops).__name__ == "NumpyOps"
    assert ops.use_blis is False


@pytest.mark.parametrize(
    "paths",
    [
        pytest.param(lambda: PAPERS, id="examples and test papers"),
        pytest.param(lambda: CORPUS_PAPERS, id="shared corpus"),
    ],
)
def test_tags_sentences_and_parses_are_the_same_as_with_blis(paths) -> None:  # type: ignore[no-untyped-def]
    texts = block_texts(paths())
    if not texts:
        pytest.skip("no papers found")
    ours, blis = nlp.pipeline(False), _blis_model()
    assert blis.get_pipe("tok2vec").model.ops.use_blis is True
    assert _tagged(ours, texts) == _tagged(blis, texts)
    # Parse a sample of the texts (the parser is slower): every fifth block.
    sample = texts[::5]
    assert _parsed(ours, sample) == _parsed(blis, sample)
