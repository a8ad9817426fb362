"""Rules: metadata plus one function, registered by a decorator.

A rule looks at one kind of unit (a sentence, a block or a whole document)
and yields `Hit`s: what it found and where (a `Location` and the text its
character span points into). The engine turns hits into `Finding`s. Rules only
find; they never print.

    @rule("AC101", "long-sentence", unit="sentence", severity="warning",
          summary="Sentence is too long", why="...", helps=("LD", "SpLD"),
          fails=("...",), passes=("...",), options={"warning_words": 25})
    def long_sentence(sentence, ctx):
        ...
        yield Hit(...)
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from ..core.model import Location, Severity, Suggestion

Unit = Literal["sentence", "block", "document"]
UNITS: tuple[Unit, ...] = ("sentence", "block", "document")

#: Parts of the language model a rule may ask for, beyond tags, lemmas and sentences.
MODEL_PARTS = frozenset({"parser", "ner"})


@dataclass(frozen=True)
class Hit:
    """What a rule found: where it is, and the text it quotes from.

    `location` is where (file, page, paragraph, line); `text` is the text
    that `start`/`end` point into (the block's text), which the finding
    quotes. For sentence and block rules the engine fills both in from the
    unit's block; a document rule sets them with `Hit.on` (or leaves them
    out for something about the whole document). `severity` overrides the
    rule's default, e.g. for a very long sentence. `excerpt` replaces the
    quote the finding would show.
    """

    message: str
    start: int | None = None
    end: int | None = None
    suggestions: tuple[Suggestion, ...] = ()
    severity: Severity | None = None
    location: Location | None = None
    text: str = ""
    excerpt: str | None = None

    @classmethod
    def on(
        cls,
        place: Any,
        message: str,
        start: int | None = None,
        end: int | None = None,
        *,
        suggestions: tuple[Suggestion, ...] = (),
        severity: Severity | None = None,
        excerpt: str | None = None,
    ) -> Hit:
        """A hit at `place`: an analysed block (its location and text), a `Location`
        (no text to quote, as for "page 3") or None (the whole document)."""
        location, text = None, ""
        if isinstance(place, Location):
            location = place
        elif place is not None:
            location, text = _where_in(place, start, end), place.text
        return cls(message, start, end, suggestions, severity, location, text, excerpt)

    def placed(self, block: Any) -> Hit:
        """This hit on `block` (an analysed block) unless it already says where it is."""
        if self.location is not None:
            return self
        return replace(self, location=_where_in(block, self.start, self.end), text=block.text)


def _where_in(block: Any, start: int | None, end: int | None = None) -> Location:
    """Where characters `start` to `end` of an analysed block's text are: the block's
    location, with the source line and column that hold `start` when the block was
    joined from several lines, and the line and column just after `end` when known."""
    b = block.block
    if start is None or not (b.lines or b.columns):
        return b.location
    column = b.column_at(start)
    where = replace(b.location, line=b.line_at(start), column=column)
    if column is None or end is None or end <= start:
        return where
    last = b.column_at(end - 1)
    if last is None:
        return where
    return replace(where, end_line=b.line_at(end - 1), end_column=last + 1)


@dataclass(frozen=True)
class RuleContext:
    """What a rule may read besides its unit: its options and the profile."""

    options: Mapping[str, Any]
    profile: str
    config: Mapping[str, Any] = field(default_factory=dict)

    def parse(self, texts: Iterable[str]) -> list[Any]:
        """Full dependency parses of some texts (slow: use only on candidates)."""
        from ..language import nlp

        return nlp.parse(list(texts))


Check = Callable[[Any, RuleContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A rule's metadata and its check function.

    `helps` lists the access-need codes (see the domain notes) of the people a
    rule helps most; `why` says why it matters in a sentence or two.
    `fails` and `passes` are examples: text the rule flags and text it leaves
    alone. A test runs every example. `options` are the defaults; `profiles`
    overrides them per profile (e.g. easy-read sentence limits).
    """

    code: str
    slug: str
    severity: Severity
    unit: Unit
    summary: str
    why: str
    check: Check
    helps: tuple[str, ...] = ()
    fails: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    profiles: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    model_parts: frozenset[str] = frozenset()

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def description(self) -> str:
        """The long description: the check function's docstring."""
        return inspect.cleandoc(self.check.__doc__ or self.summary)

    def options_for(
        self, profile: str, overrides: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        out = dict(self.options)
        out.update(self.profiles.get(profile, {}))
        if overrides:
            out.update(overrides)
        return out


class DuplicateRule(ValueError):
    pass


_REGISTRY: dict[str, Rule] = {}


def rule(
    code: str,
    slug: str,
    *,
    unit: Unit,
    severity: str,
    summary: str,
    why: str,
    helps: Iterable[str] = (),
    fails: Iterable[str] = (),
    passes: Iterable[str] = (),
    options: Mapping[str, Any] | None = None,
    profiles: Mapping[str, Mapping[str, Any]] | None = None,
    model_parts: Iterable[str] = (),
) -> Callable[[Check], Check]:
    """Register a check function as a rule. Refuses duplicate codes and slugs."""
    if unit not in UNITS:
        raise ValueError(f"{code}: unit must be one of {UNITS}")
    unknown_parts = set(model_parts) - MODEL_PARTS
    if unknown_parts:
        raise ValueError(f"{code}: unknown model parts {sorted(unknown_parts)}")

    def register(check: Check) -> Check:
        if code in _REGISTRY:
            raise DuplicateRule(f"rule code {code} is registered twice")
        if any(r.slug == slug for r in _REGISTRY.values()):
            raise DuplicateRule(f"rule name {slug} is registered twice")
        _REGISTRY[code] = Rule(
            code=code,
            slug=slug,
            severity=Severity(severity),
            unit=unit,
            summary=summary,
            why=why,
            check=check,
            helps=tuple(helps),
            fails=tuple(fails),
            passes=tuple(passes),
            options=MappingProxyType(dict(options or {})),
            profiles=MappingProxyType(
                {k: MappingProxyType(dict(v)) for k, v in (profiles or {}).items()}
            ),
            model_parts=frozenset(model_parts),
        )
        return check

    return register


def model_parts(rules: Iterable[Rule]) -> frozenset[str]:
    """The parts of the language model these rules ask for between them ("parser", "ner")."""
    return frozenset().union(*(r.model_parts for r in rules))


def _load_rule_modules() -> None:
    from .. import rules

    for info in pkgutil.walk_packages(rules.__path__, f"{rules.__name__}."):
        if not info.name.rpartition(".")[2].startswith("_"):
            importlib.import_module(info.name)


_loaded = False


def all_rules() -> dict[str, Rule]:
    """Every registered rule by code, in code order. Imports rule modules once."""
    global _loaded
    if not _loaded:
        _load_rule_modules()
        _loaded = True
    return dict(sorted(_REGISTRY.items()))


def get(code_or_slug: str) -> Rule | None:
    """A rule by code (AC101) or name (long-sentence), or None."""
    rules = all_rules()
    key = code_or_slug.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    return next((r for r in rules.values() if r.slug == key.lower()), None)


def select(rules: Mapping[str, Rule], select: Iterable[str], ignore: Iterable[str]) -> list[Rule]:
    """Rules whose code or name starts with a selected prefix and no ignored one.

    An empty `select` selects every rule. "AC1" selects AC100–AC199.
    """

    def matches(r: Rule, patterns: Iterable[str]) -> bool:
        return any(r.code.startswith(p.upper()) or r.slug == p.lower() for p in patterns)

    sel = list(select)
    ign = list(ignore)
    return [r for r in rules.values() if (not sel or matches(r, sel)) and not matches(r, ign)]
