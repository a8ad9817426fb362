"""Word forms: ("decide", "VBD") → "decided".

lemminflect knows the forms of English words, but loading its table costs
about a third of a second, which is a tenth of checking a 10-page paper from
a cold start. The words accessicheck suggests most often (the first word of
each plain alternative and plain verb in the shipped word lists) are in a
small table built ahead of time by `scripts/build_inflections.py`. Any other
word (from a group's own glossary, or a verb in a passive sentence) falls back
to lemminflect, which gives the same answers.
"""

from __future__ import annotations

import csv
import gzip
import io
from collections.abc import Iterator
from functools import cache
from importlib import resources

from .wordlists import open_wordlist

#: The tags the table holds: verb forms and plural nouns.
TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NNS")
TABLE = "inflections.tsv.gz"
#: The word list of British forms that win over the table and lemminflect.
BRITISH = "british-forms.csv"

_GLOSSARY_LISTS = (
    "plain-english.csv",
    "health-social-care-jargon.csv",
    "acronyms.csv",
    "contested-terms.csv",
)


@cache
def _table() -> dict[tuple[str, str], str]:
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


def build_table() -> bytes:
    """The table's file contents, from lemminflect (see scripts/build_inflections.py)."""
    lines = ["# lemma\ttag\tform (empty: no such form). Built with lemminflect."]
    for word in sorted(set(shipped_words())):
        for tag in TAGS:
            lines.append(f"{word}\t{tag}\t{_lemminflect(word, tag) or ''}")
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
