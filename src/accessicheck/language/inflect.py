"""Word forms: ("decide", "VBD") → "decided".

lemminflect knows the forms of English words, but loading its table costs
about a third of a second, which is a tenth of checking a 10-page paper from
a cold start. The words accessicheck suggests most often (the first word of
each plain alternative and plain verb in the shipped word lists, and the
verbs of wordlists/passive-verbs.csv, which the passive-voice rewrites put
back in the active: "was written by" → "wrote") are in a small table built
ahead of time by `scripts/build_inflections.py`. Any other word (from a
group's own glossary, or another verb in a passive sentence) falls back to
lemminflect, which gives the same answers.

The table also says, for the same words, whether lemminflect knows each as
a verb, a noun or an adjective (`can_be`) and whether a noun is already
plural (`is_plural`): asking lemminflect that loads its other table, which
costs about another quarter of a second.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from functools import cache
from importlib import resources

from ..core.wordlists import open_wordlist

#: The tags the table holds: verb forms and plural nouns.
TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NNS")
#: The word classes the table says a word can be (lemminflect's `getAllLemmas`).
CLASSES = ("VERB", "NOUN", "ADJ")
#: The table's row for "this noun is already plural" (lemminflect's `getLemma`).
PLURAL = "PLURAL"
TABLE = "inflections.tsv.gz"
#: The word list of British forms that win over the table and lemminflect.
BRITISH = "british-forms.csv"
#: Verbs often found in passive sentences in meeting papers ("was chaired by").
PASSIVE_VERBS = "passive-verbs.csv"

_GLOSSARY_LISTS = (
    "plain-english.csv",
    "health-social-care-jargon.csv",
    "acronyms.csv",
    "contested-terms.csv",
)


@cache
def _rows() -> dict[tuple[str, str], str]:
    """Every row of the shipped table: (word, kind) → value; kind is a tag, a class or PLURAL."""
    try:
        raw = resources.files("accessicheck.data").joinpath(TABLE).read_bytes()
    except FileNotFoundError:
        return {}
    out = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            lemma, tag, form = line.split("\t")
            out[(lemma, tag)] = form
    return out


@cache
def _table() -> dict[tuple[str, str], str]:
    """The word forms: (lemma, tag) → form, empty when there is no such form."""
    return {key: form for key, form in _rows().items() if key[1] in TAGS}


def _lemminflect_can_be(word: str, word_class: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word, upos=word_class))


def _lemminflect_is_plural(word: str) -> bool:
    from lemminflect import getLemma

    lemmas = getLemma(word, upos="NOUN")
    return bool(lemmas) and lemmas[0] != word


def can_be(word: str, word_class: str) -> bool:
    """True when lemminflect knows `word` as a VERB, NOUN or ADJ ("from" is none)."""
    word = word.lower()
    known = _rows().get((word, word_class))
    if known is not None:
        return known == "1"
    return _lemminflect_can_be(word, word_class)


def is_plural(word: str) -> bool:
    """True for a noun that is already plural ("partners", "services")."""
    word = word.lower()
    known = _rows().get((word, PLURAL))
    if known is not None:
        return known == "1"
    return _lemminflect_is_plural(word)


def _lemminflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag)
    return forms[0] if forms else None


@cache
def _british() -> dict[tuple[str, str], str]:
    """Forms British English uses where lemminflect gives the American one."""
    rows = csv.DictReader(io.StringIO(open_wordlist(BRITISH)))
    return {(r["word"], r["tag"]): r["form"] for r in rows}


def inflect(lemma: str, tag: str) -> str | None:
    """`lemma` in the form `tag`, or None when it has no such form."""
    british = _british().get((lemma, tag))
    if british is not None:
        return british
    known = _table().get((lemma, tag))
    if known is not None:
        return known or None
    return _lemminflect(lemma, tag)


def shipped_words() -> Iterator[str]:
    """The words whose forms the table holds: the first word of each plain
    alternative, plain verb and shorter phrase in the shipped word lists."""
    seen: set[str] = set()

    def first_words(text: str) -> Iterator[str]:
        for option in text.split("|"):
            word = option.strip().split(" ")[0].lower() if option.strip() else ""
            if word.isalpha() and word not in seen:
                seen.add(word)
                yield word

    for name in _GLOSSARY_LISTS:
        for row in csv.DictReader(io.StringIO(open_wordlist(name))):
            yield from first_words(row.get("plain_alternatives") or "")
    for row in csv.DictReader(io.StringIO(open_wordlist("nominalisations.csv"))):
        yield from first_words(row.get("plain_verb") or "")
    for row in csv.DictReader(io.StringIO(open_wordlist("redundant-phrases.csv"))):
        yield from first_words(row.get("plain") or "")
    for row in csv.DictReader(io.StringIO(open_wordlist(PASSIVE_VERBS))):
        yield from first_words(row.get("word") or "")


def build_table() -> bytes:
    """The table's file contents, from lemminflect (see scripts/build_inflections.py)."""
    lines = [
        "# lemma\ttag\tform (empty: no such form). Built with lemminflect.",
        "# lemma\tVERB, NOUN or ADJ\t1 when the word can be one, else empty.",
        "# lemma\tPLURAL\t1 when the word is a plural noun, else empty.",
    ]
    for word in sorted(set(shipped_words())):
        for tag in TAGS:
            lines.append(f"{word}\t{tag}\t{_lemminflect(word, tag) or ''}")
        for word_class in CLASSES:
            can = "1" if _lemminflect_can_be(word, word_class) else ""
            lines.append(f"{word}\t{word_class}\t{can}")
        lines.append(f"{word}\t{PLURAL}\t{'1' if _lemminflect_is_plural(word) else ''}")
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
