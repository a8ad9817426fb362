"""Lemmas of single words without running the language model.

Glossary patterns ("suffering from", "service users") must match every form
of their words ("suffers from", "service user"). Running thousands of
patterns through spaCy costs over a second, so instead we apply the same
lookup and rule tables spaCy's English lemmatiser uses, read straight from
the installed model (about 20 ms, once per process). Without POS tags we
try the noun, verb and adjective rules and keep every answer: a word's
candidates are itself plus each lemma it could have.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

from ..core import word_table

_POS = ("noun", "verb", "adj")


Tables = tuple[
    dict[str, frozenset[str]], dict[str, dict[str, list[str]]], dict[str, list[tuple[str, str]]]
]


@cache
def _tables() -> Tables:
    """(index, exceptions, rules) per part of speech; empty if no model is installed.

    Read with spaCy from the model's files the first time, then kept as a file
    (`word_table.cached_json`): importing spaCy just for these costs about 0.4 s,
    too much for a process that does not load the model.
    """
    try:
        from ..language import nlp

        spec = importlib.util.find_spec(nlp.model_name())
        roots = list(spec.submodule_search_locations or []) if spec else []
        found = [p for r in roots for p in Path(r).glob("*/lemmatizer/lookups/lookups.bin")]
        if not found:
            return {}, {}, {}
        st = found[0].stat()
        source = f"{found[0]}:{st.st_size}:{st.st_mtime_ns}"
        data = word_table.cached_json("lemmas", source, lambda: _read(found[0].parent))
        try:
            return _shaped(data)
        except (KeyError, TypeError, ValueError, AttributeError):  # a kept file of another shape
            return _shaped(_read(found[0].parent))
    except Exception:  # noqa: BLE001 - no model: fall back to simple rules
        return {}, {}, {}


def _shaped(data: Any) -> Tables:
    index = {p: frozenset(data["index"][p]) for p in _POS}
    exc = {p: {w: list(f) for w, f in data["exc"][p].items()} for p in _POS}
    rules = {p: [(old, new) for old, new in data["rules"][p]] for p in _POS}
    return index, exc, rules


def _read(folder: Path) -> dict[str, Any]:
    """The three tables from the model's lookups folder, as JSON can hold them."""
    from ..language import spacy_import

    spacy_import.load()
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(folder)
    index_t = lookups.get_table("lemma_index")
    exc_t = lookups.get_table("lemma_exc")
    rules_t = lookups.get_table("lemma_rules")
    return {
        "index": {p: sorted(index_t.get(p, ())) for p in _POS},
        "exc": {p: {w: list(f) for w, f in exc_t.get(p, {}).items()} for p in _POS},
        "rules": {p: [list(r) for r in rules_t.get(p, ())] for p in _POS},
    }


def _rule_lemmas(word: str, pos: str) -> list[str]:
    """spaCy's rule lemmatiser for one part of speech, without a token."""
    index, exc, rules = _tables()
    if not rules:
        return [word[:-1]] if pos == "noun" and word.endswith("s") and len(word) > 3 else []
    forms: list[str] = []
    oov: list[str] = []
    for old, new in rules.get(pos, ()):
        if word.endswith(old):
            form = word[: len(word) - len(old)] + new
            if not form:
                continue
            (forms if form in index[pos] or not form.isalpha() else oov).append(form)
    for form in exc[pos].get(word, ()):
        if form not in forms:
            forms.insert(0, form)
    # Unknown stems are kept for nouns and verbs ("reablements" → "reablement"),
    # but not for adjectives, where "-er" would make "stammerer" → "stammer".
    return forms or (oov if pos != "adj" else [])


@cache
def candidates(word: str) -> frozenset[str]:
    """The word (lower-cased) and every lemma it could have: "users" → {users, user}."""
    w = word.lower()
    out = {w}
    if w.isalpha() and len(w) > 2:
        for pos in _POS:
            out.update(_rule_lemmas(w, pos))
    return frozenset(out)


@cache
def canonical(word: str) -> str:
    """One lemma to stand for the word when comparing glossary terms.

    The shortest candidate, then the first alphabetically: "users" and
    "user" both give "user"; "suffering" and "suffers" both give "suffer".
    """
    return min(candidates(word), key=lambda s: (len(s), s))


@cache
def verb_lemma(word: str) -> str:
    """The verb lemma of a word: "has" → "have", "lives" → "live", "start" → "start"."""
    w = word.lower()
    forms = _rule_lemmas(w, "verb") if w.isalpha() else []
    index = _tables()[0]
    known = [f for f in forms if not index or f in index.get("verb", ())]
    return known[0] if known else w
