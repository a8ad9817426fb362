"""Words that may be jargon: rare in everyday English and not in the glossary.

Frequencies come from wordfreq, whose data ships inside the package (no
download). A word's Zipf frequency is log10 of how often it appears per
billion words: 6 is "care", 3 is "commissioning", below 2.5 words such as
"reablement" or "domiciliary". Names, numbers, acronyms, capitalised words
in running text and words the glossary already covers are left out.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping, Sequence
from functools import cache
from pathlib import Path

from ..core import word_table
from .lemmas import candidates
from .tokens import Tok, is_acronym_form

#: The default Zipf frequency below which a word counts as rare.
DEFAULT_THRESHOLD = 2.5
MIN_LETTERS = 4
_NAME_TAGS = frozenset({"NNP", "NNPS"})


@cache
def _centibels() -> Mapping[str, int] | None:
    """wordfreq's English list read straight from its data file, or None.

    Importing wordfreq itself costs about 0.3 s (it sets up tokenisers for
    many languages); reading its packed list costs about 0.15 s, so the
    commands keep the list as a table file (`word_table`). The file is
    wordfreq's documented "cB" format: a header, then lists of words, the
    n-th list holding the words whose frequency is n centibels below 1.
    A test checks this agrees with `wordfreq.zipf_frequency`.
    """
    try:
        import importlib.util

        spec = importlib.util.find_spec("wordfreq")
        if spec is None or spec.origin is None:
            return None
        path = Path(spec.origin).parent / "data" / "large_en.msgpack.gz"
        st = path.stat()
        source = f"{path}:{st.st_size}:{st.st_mtime_ns}"
        return word_table.cached("wordfreq-en", source, lambda: _read_centibels(path))
    except Exception:  # noqa: BLE001 - any surprise: use wordfreq's own function
        return None


def _read_centibels(path: Path) -> dict[str, int]:
    import gzip
    from itertools import chain, repeat

    import msgpack

    data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    if not isinstance(data[0], dict) or data[0].get("format") != "cB":
        raise ValueError("not wordfreq's cB format")
    buckets = data[1:]
    # One dict in one go; a word in a later bucket wins, as in wordfreq.
    words = chain.from_iterable(buckets)
    values = chain.from_iterable(repeat(n, len(b)) for n, b in enumerate(buckets))
    return dict(zip(words, values, strict=True))


@cache
def zipf(word: str) -> float:
    """How common a lower-case word is in English (Zipf scale: 0 unknown … 7+ "the")."""
    table = _centibels()
    if table is None:
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, "en"))
    n = table.get(word)
    return 0.0 if n is None else round(9 - n / 100, 2)


def commonness(word: str) -> float:
    """The highest Zipf frequency of the word and its possible lemmas."""
    return max(zipf(w) for w in candidates(word.lower()))


def is_rare(word: str, threshold: float) -> bool:
    return commonness(word) < threshold


def could_be_jargon(tok: Tok) -> bool:
    """A word the rare-word check may look at: not a name, number or acronym."""
    text = tok.text
    if tok.protected or len(text) < MIN_LETTERS or not text.isalpha():
        return False
    if is_acronym_form(text) or text.isupper():
        return False
    if tok.tag in _NAME_TAGS:
        return False
    return not (text[:1].isupper() and not tok.first)


def rare_words(
    toks: Sequence[Tok], threshold: float, covered: Container[int], known: Container[str]
) -> Iterator[int]:
    """Indexes of rare words in a block.

    `covered` holds word indexes inside glossary matches; `known` holds the
    lemmas of one-word glossary terms.
    """
    for i, tok in enumerate(toks):
        if i in covered or not could_be_jargon(tok):
            continue
        lower = tok.lower
        if any(c in known for c in candidates(lower)):
            continue
        if is_rare(lower, threshold):
            yield i
