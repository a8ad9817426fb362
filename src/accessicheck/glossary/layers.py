"""Layers: the shipped lists, then the organisation's glossary, then the meeting's.

Each later layer can change a term or allow it. Terms are compared the way
they are matched: by lemma, ignoring case (except for acronyms), hyphens and
spaces, so "service users" in a group's glossary replaces the shipped
"service user". When a later entry has the same term as an earlier one it
replaces it, keeping any field it leaves empty (variants are added
together). When it only shares a variant, just that variant moves to the
later entry. Every replaced entry is kept in `Entry.overrides`, and a change
of status between layers is recorded as a note for `glossary validate`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from ..core.small_files import SmallFileError
from .lemmas import canonical
from .load_csv import LoadedFile, load_csv, parse_csv
from .load_yaml import load_yaml
from .model import Entry, Problem
from .tokens import form_words, is_acronym_form

#: The shipped word lists, in layer order, with how messages name them.
SHIPPED: dict[str, str] = {
    "plain-english.csv": "the shipped plain English list",
    "health-social-care-jargon.csv": "the shipped health and social care jargon list",
    "acronyms.csv": "the shipped acronyms list",
    "contested-terms.csv": "the shipped inclusive and contested terms list",
    "gendered-language.csv": "the shipped gendered language list",
    "racially-loaded-terms.csv": "the shipped racially loaded terms list",
    "latin-words.csv": "the shipped Latin words list",
}
YOUR_GLOSSARY = "your glossary"

Key = tuple[str, ...]


@dataclass
class Layer:
    """One layer: "shipped", or a group's glossary file."""

    name: str
    files: list[LoadedFile] = field(default_factory=list)


@dataclass
class Merged:
    """The entries in force after layering, latest layer first, and every problem."""

    entries: list[Entry]
    problems: list[Problem]
    layers: list[Layer]


def form_keys(form: str) -> set[Key]:
    """How a form is compared between entries: canonical lemmas, exact capitals."""
    return {
        tuple(f"={w}" if is_acronym_form(w) else canonical(w) for w in words)
        for words in form_words(form)
    }


def entry_keys(entry: Entry) -> set[Key]:
    return {k for f in entry.forms for k in form_keys(f)}


def load_file(path: Path, layer: str | None = None, label: str = YOUR_GLOSSARY) -> LoadedFile:
    """Load one group glossary (.csv, .yaml or .yml)."""
    name = layer or path.stem
    if not path.exists():
        return LoadedFile(
            str(path), problems=[Problem(str(path), 0, "this glossary file was not found.")]
        )
    try:
        if path.suffix.lower() in {".yaml", ".yml"}:
            loaded = load_yaml(path, name, label)
        elif path.suffix.lower() == ".csv":
            loaded = load_csv(path, name, label)
        else:
            return LoadedFile(
                str(path),
                problems=[Problem(str(path), 0, "a glossary must be a .csv, .yaml or .yml file.")],
            )
    except SmallFileError as e:
        # The message names the file already; the problem names it again as its place.
        reason = str(e).removeprefix(f"{path}: ")
        return LoadedFile(str(path), problems=[Problem(str(path), 0, reason)])
    if loaded.name:  # a YAML glossary may name itself
        label = f"your glossary '{loaded.name}'"
        loaded.entries = [replace(e, origin=replace(e.origin, label=label)) for e in loaded.entries]
    return loaded


def shipped_layer() -> Layer:
    """The word lists that ship with accessicheck."""
    from ..core.wordlists import open_wordlist

    layer = Layer("shipped")
    for name, label in SHIPPED.items():
        try:
            text = open_wordlist(name)
        except FileNotFoundError as e:
            layer.files.append(LoadedFile(name, problems=[Problem(name, 0, str(e), "warning")]))
            continue
        layer.files.append(parse_csv(text, name, "shipped", label))
    return layer


def user_layers(paths: Iterable[Path]) -> list[Layer]:
    """One layer per group glossary file, in the order given (later wins)."""
    return [Layer(p.stem, [load_file(p)]) for p in paths]


def _inherit(new: Entry, old: Entry) -> Entry:
    """The later entry, with anything it leaves empty taken from the earlier one."""
    changes = {}
    for f in fields(Entry):
        if f.name in {"term", "origin", "overrides", "severity", "severity_given", "variants"}:
            continue
        if getattr(new, f.name) in ("", (), None) and getattr(old, f.name) not in ("", (), None):
            changes[f.name] = getattr(old, f.name)
    seen = {k for k in form_keys(new.term)}
    variants = list(new.variants)
    for v in (*new.variants, old.term, *old.variants):
        keys = form_keys(v)
        if not keys & seen:
            variants.append(v)
        seen |= keys
    changes["variants"] = tuple(dict.fromkeys(variants))
    if not new.severity_given and new.status == old.status:
        changes["severity"] = old.severity
    changes["overrides"] = (old.origin, *old.overrides)
    return replace(new, **changes)


def exact_keys(entry: Entry) -> set[Key]:
    """The entry's forms ignoring only case, hyphens and spaces."""
    return {tuple(w.lower() for w in words) for f in entry.forms for words in form_words(f)}


def merge(layers: Sequence[Layer]) -> Merged:
    """Apply the layers in order. Later layers change or allow earlier terms.

    Between layers, terms are compared by lemma ("service users" replaces
    "service user"). Within one layer only the same words count as a
    duplicate, so "evidence base" and "evidence-based" can both stay.
    """
    problems: list[Problem] = []
    live: dict[int, Entry] = {}
    layer_of: dict[int, int] = {}
    index: dict[Key, set[int]] = {}
    next_id = 0

    def unindex(entry_id: int, keys: Iterable[Key]) -> None:
        for k in keys:
            ids = index.get(k)
            if ids is not None:
                ids.discard(entry_id)
                if not ids:
                    del index[k]

    def add(entry: Entry, n_layer: int) -> None:
        nonlocal next_id
        live[next_id] = entry
        layer_of[next_id] = n_layer
        for k in entry_keys(entry):
            index.setdefault(k, set()).add(next_id)
        next_id += 1

    for n_layer, layer in enumerate(layers):
        seen_here: dict[Key, int] = {}
        for loaded in layer.files:
            problems += loaded.problems
            for entry in loaded.entries:
                exact = exact_keys(entry)
                same = {seen_here[k] for k in exact if k in seen_here and seen_here[k] in live}
                for old_id in sorted(same):
                    other = live[old_id]
                    problems.append(
                        Problem(
                            entry.origin.path,
                            entry.origin.line,
                            f"'{entry.term}' is already in this glossary as '{other.term}' "
                            f"({other.origin.file_name}, line {other.origin.line}). "
                            "Keep one row; the later row is used.",
                            "warning",
                        )
                    )
                keys = entry_keys(entry)
                earlier = {i for k in keys for i in index.get(k, ()) if layer_of[i] < n_layer}
                new = entry
                for old_id in sorted(same | earlier):
                    old = live[old_id]
                    if old_id in same or form_keys(old.term) & keys:
                        if old.origin.layer != entry.origin.layer and old.status != entry.status:
                            problems.append(
                                Problem(
                                    entry.origin.path,
                                    entry.origin.line,
                                    f"'{entry.term}' changes {old.describe()} from "
                                    f"{old.status} to {entry.status}.",
                                    "info",
                                )
                            )
                        new = _inherit(new, old)
                        unindex(old_id, entry_keys(old))
                        del live[old_id]
                    else:  # only a variant is shared: move it to the new entry
                        kept = tuple(v for v in old.variants if not form_keys(v) & keys)
                        unindex(old_id, entry_keys(old))
                        live[old_id] = replace(old, variants=kept)
                        for k in entry_keys(live[old_id]):
                            index.setdefault(k, set()).add(old_id)
                for k in exact:
                    seen_here[k] = next_id
                add(new, n_layer)
    entries = [live[i] for i in sorted(live, reverse=True)]
    return Merged(entries, problems, list(layers))
