"""The glossary in force for a run: loaded, layered and compiled once per process.

Rules call `for_config(ctx.config)`. The result is kept on the list of
glossary files with their modification times and sizes (`key`), so every rule
and every paper in a run shares one compiled glossary, and an edited file is
picked up by the next run in the same process. A glossary compiled by another
process (`run/prefetch.py`) travels by pickle and is kept the same way
(`compiled_elsewhere`). The words and matches of each block are cached too,
so the five glossary rules walk each block once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from .acronyms import Acronym, BlockWords, scan, singular
from .layers import Layer, Merged, merge, shipped_layer, user_layers
from .lemmas import candidates
from .matcher import Match, TermMatcher, is_use
from .model import Entry, Problem
from .tokens import Tok, from_doc, is_acronym_form

_WORDS: WeakKeyDictionary[Any, list[Tok]] = WeakKeyDictionary()
#: Whether the shipped lists are used, and each group glossary's (path, mtime, size).
Key = tuple[bool, tuple[tuple[str, int, int], ...]]
#: How many answers `Glossary.entries_for` and `allows` keep (a few megabytes at most).
_MEMO_SIZE = 50_000


def block_words(ablock: Any) -> list[Tok]:
    """The words of an analysed block (cached for the life of the block)."""
    toks = _WORDS.get(ablock)
    if toks is None:
        toks = from_doc(ablock.doc, ablock.text)
        _WORDS[ablock] = toks
    return toks


@dataclass(eq=False)
class Glossary:
    """Merged entries, the compiled matcher, and lookups the rules share."""

    merged: Merged
    matcher: TermMatcher
    acronyms: dict[str, Entry]
    one_word: frozenset[str]
    #: ids of the entries that stand for acronyms' long forms (see `uses`).
    shadows: frozenset[int] = frozenset()
    _matches: WeakKeyDictionary[Any, list[Match]] = field(default_factory=WeakKeyDictionary)
    _uses: WeakKeyDictionary[Any, list[Match]] = field(default_factory=WeakKeyDictionary)
    _scans: WeakKeyDictionary[Any, dict[str, Acronym]] = field(default_factory=WeakKeyDictionary)
    _longest_from: WeakKeyDictionary[Any, list[tuple[int, Entry] | None]] = field(
        default_factory=WeakKeyDictionary
    )
    _by_key: dict[str, list[Entry]] | None = None
    #: `entries_for` and `allows` answers by term: rules ask about the same words
    #: again and again.
    _entries: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    _allowed: dict[str, bool] = field(default_factory=dict)

    def __reduce__(self) -> tuple[Any, ...]:
        # What was compiled travels (to another process); the caches start empty
        # there. `shadows` holds object ids, so it travels as the entries themselves.
        shadows = [e for e in self.matcher.entries if id(e) in self.shadows]
        return (_rebuilt, (self.merged, self.matcher, self.acronyms, self.one_word, shadows))

    @cached_property
    def own_acronyms(self) -> frozenset[str]:
        """The acronyms of the group's own glossaries (not of the shipped lists)."""
        return frozenset(
            name for name, entry in self.acronyms.items() if entry.origin.layer != "shipped"
        )

    def entries_for(self, term: str) -> list[Entry]:
        """The entries with a form that is this word or phrase (any case or inflection)."""
        known = self._entries.get(term)
        if known is None:
            if len(self._entries) >= _MEMO_SIZE:
                self._entries.clear()
            known = self._entries[term] = tuple(self._find_entries(term))
        return list(known)

    def _find_entries(self, term: str) -> list[Entry]:
        if self._by_key is None:
            by_key: dict[str, list[Entry]] = {}
            for entry in self.merged.entries:
                for form in entry.forms:
                    for key in _keys(form):
                        found = by_key.setdefault(key, [])
                        if entry not in found:
                            found.append(entry)
            self._by_key = by_key
        out: list[Entry] = []
        for key in _keys(term):
            out.extend(e for e in self._by_key.get(key, ()) if e not in out)
        return out

    def allows(self, term: str) -> bool:
        """True when the glossary keeps this word or phrase: nothing may flag it.

        A term is kept when an entry for it (after layering, so the group's
        own glossary wins) has the status `preferred` or `allowed`. Any form
        of the entry counts, in any letter case and inflection ("services"
        for "service"). Every rule that advises against or replaces a word
        asks this first; so must the rewriter and the checklist.
        """
        known = self._allowed.get(term)
        if known is None:
            if len(self._allowed) >= _MEMO_SIZE:
                self._allowed.clear()
            known = self._allowed[term] = any(e.quiet for e in self.entries_for(term))
        return known

    @property
    def entries(self) -> list[Entry]:
        return self.merged.entries

    @property
    def problems(self) -> list[Problem]:
        return self.merged.problems

    def all_matches(self, ablock: Any) -> list[Match]:
        """Every glossary term in a block, including mentions and names."""
        found = self._matches.get(ablock)
        if found is None:
            found = self.matcher.find(
                block_words(ablock), ablock.text, longest=self._longest(ablock)
            )
            self._matches[ablock] = found
        return found

    def _longest(self, ablock: Any) -> list[tuple[int, Entry] | None]:
        """The longest form from each word of a block, for `all_matches` and `uses`."""
        found = self._longest_from.get(ablock)
        if found is None:
            found = self._longest_from[ablock] = self.matcher.longest_from_each(block_words(ablock))
        return found

    def uses(self, ablock: Any) -> list[Match]:
        """Glossary terms used in a block: not quoted mentions, not names.

        Acronyms' long forms ("Integrated Care Board") are matched so that no
        shorter term inside them ("integrated care") is reported, but are not
        returned themselves.
        """
        found = self._uses.get(ablock)
        if found is None:
            shadows = self.shadows

            def accept(toks: Sequence[Tok], m: Match, text: str) -> bool:
                return id(m.entry) in shadows or is_use(toks, m, text)

            toks = block_words(ablock)
            longest = self._longest(ablock)
            found = [
                m
                for m in self.matcher.find(toks, ablock.text, accept=accept, longest=longest)
                if id(m.entry) not in shadows
            ]
            self._uses[ablock] = found
        return found

    def expansion(self, acronym: str) -> str:
        """The long form the glossary gives for an acronym, or ""."""
        entry = self.acronyms.get(acronym)
        if entry is None:
            return ""
        if entry.expansion:
            return entry.expansion
        return "" if is_acronym_form(entry.term) else entry.term

    def acronyms_in(self, adoc: Any, well_known: Sequence[str]) -> dict[str, Acronym]:
        """Every acronym in a document with its uses and definitions (cached)."""
        found = self._scans.get(adoc)
        if found is None:
            known = set(self.acronyms) | set(well_known)
            blocks = [BlockWords(b.text, block_words(b), b.kind.value) for b in adoc.blocks]
            found = scan(blocks, known, self.expansion)
            self._scans[adoc] = found
        return found


def _rebuilt(
    merged: Merged,
    matcher: TermMatcher,
    acronyms: dict[str, Entry],
    one_word: frozenset[str],
    shadows: list[Entry],
) -> Glossary:
    return Glossary(merged, matcher, acronyms, one_word, frozenset(id(e) for e in shadows))


def _keys(term: str) -> set[str]:
    """Lookup keys for a term: lower case, hyphens as spaces, each word's lemmas."""
    text = " ".join(term.lower().replace("’", "'").split())
    keys = {text, text.replace("-", " "), text.replace("-", "")}
    words = text.split()
    if len(words) == 1:
        keys |= candidates(words[0])
    elif words:
        keys |= {" ".join([*words[:-1], lemma]) for lemma in candidates(words[-1])}
    return keys


def compile_glossary(layers: Sequence[Layer]) -> Glossary:
    """Merge layers and build the matcher and lookups."""
    merged = merge(layers)
    acronyms: dict[str, Entry] = {}
    one_word: set[str] = set()
    for entry in reversed(merged.entries):  # later layers overwrite earlier ones
        for form in entry.forms:
            words = form.split()
            if len(words) == 1 and is_acronym_form(singular(words[0])):
                acronyms[singular(words[0])] = entry
            elif len(words) == 1 and "-" not in form:
                one_word.update(candidates(form))
    shadows = _long_forms(merged.entries)
    matcher = TermMatcher([*merged.entries, *shadows])  # real entries win ties
    return Glossary(
        merged, matcher, acronyms, frozenset(one_word), frozenset(id(e) for e in shadows)
    )


def _long_forms(entries: Sequence[Entry]) -> list[Entry]:
    """Quiet stand-ins for acronyms' long forms that are not entries themselves."""
    terms = {f.lower() for e in entries for f in e.forms}
    out = []
    for e in entries:
        long = e.expansion
        if (
            long
            and (e.is_acronym or is_acronym_form(e.term))
            and long.lower() not in terms
            and not is_acronym_form(long)
        ):
            out.append(replace(e, term=long, variants=(), status="allowed", overrides=()))
            terms.add(long.lower())
    return out


def glossary_paths(config: Mapping[str, Any]) -> list[Path]:
    """The group glossaries a configuration names, in layer order."""
    return [Path(p) for p in config.get("glossaries", []) or []]


def _stamp(path: Path) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


#: Compiled glossaries by (shipped lists used, each glossary file's stamp), oldest first.
_COMPILED: dict[Key, Glossary] = {}
#: How many compiled glossaries a process keeps.
_KEEP = 8


def key(paths: Sequence[Path] = (), *, shipped: bool = True) -> Key:
    """What a compiled glossary depends on: the shipped lists, and each file's stamp
    (path, modification time, size), so an edited file is compiled again."""
    return (shipped, tuple(_stamp(p) for p in paths))


def compiled(k: Key) -> Glossary:
    """The glossary for a key: kept from earlier in this process, else compiled."""
    found = _COMPILED.get(k)
    if found is None:
        shipped, stamps = k
        layers = ([shipped_layer()] if shipped else []) + user_layers(Path(s[0]) for s in stamps)
        found = compiled_elsewhere(k, compile_glossary(layers))
    return found


def kept(k: Key) -> bool:
    """Whether this process has the glossary for `k` compiled already."""
    return k in _COMPILED


def compiled_elsewhere(k: Key, glossary: Glossary) -> Glossary:
    """Keep a glossary compiled for `k` (here, or by another process) for this process."""
    if len(_COMPILED) >= _KEEP:
        del _COMPILED[next(iter(_COMPILED))]
    _COMPILED[k] = glossary
    return glossary


def load(paths: Sequence[Path] = (), *, shipped: bool = True) -> Glossary:
    """The compiled glossary for these files (kept while the files do not change)."""
    return compiled(key(paths, shipped=shipped))


def key_for(config: Mapping[str, Any]) -> Key:
    """The key of the glossary a configuration asks for (see `key`)."""
    return key(glossary_paths(config), shipped=bool(config.get("shipped_wordlists", True)))


def for_config(config: Mapping[str, Any]) -> Glossary:
    """The compiled glossary a configuration asks for."""
    return compiled(key_for(config))


def well_known(config: Mapping[str, Any]) -> tuple[str, ...]:
    from ..core.config import DEFAULTS

    return tuple(config.get("well_known_acronyms", DEFAULTS["well_known_acronyms"]))


def check_config(config: Mapping[str, Any]) -> list[Problem]:
    """Problems with the glossaries a configuration names (for the command line)."""
    return [p for p in for_config(config).problems if p.level == "error"]
