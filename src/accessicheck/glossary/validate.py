"""Check a group's glossary files: `accessicheck glossary validate FILE...`.

Problems found, each with the file and line:

- rows that cannot be read (error), and columns we do not know (warning);
- the same term twice in one glossary (warning);
- a later layer changing an earlier one's decision (info: it is allowed, but
  the group should know);
- a term to use with explanation that has no plain explanation (warning);
- a plain alternative that the glossary itself flags (warning);
- explanations that miss our own targets: plain explanations over 25 words a
  sentence or above the profile's reading age (leaving out the term itself,
  with 2 years' margin because formulas are unreliable on a sentence or
  two), Easy Read explanations over 15 words a sentence, or explanations
  that use flagged words (warning);
- review dates in the past (warning).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..core import profiles
from ..language import readability
from .layers import Layer, merge, shipped_layer, user_layers
from .matcher import TermMatcher
from .model import Entry, Problem
from .tokens import from_text

PLAIN_SENTENCE_WORDS = 25
EASY_READ_SENTENCE_WORDS = 15
#: Below this many words a reading age means little, so it is not checked.
MIN_WORDS_FOR_READING_AGE = 10
#: Formulas are unreliable on one or two sentences: allow this many years' margin.
READING_AGE_MARGIN = 2
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_FLAGGED = frozenset({"plain", "jargon", "inclusive", "contested"})


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def flagged_in(
    text: str, matcher: TermMatcher, entry: Entry, *, avoid_only: bool = False
) -> list[tuple[str, Entry]]:
    """Flagged glossary terms in a piece of text, other than `entry` itself.

    `avoid_only` keeps just the terms to avoid: an explanation may use a
    contested term correctly ("an annual health check for people with a
    learning disability").
    """
    toks = from_text(text)
    own = {f.lower() for f in entry.forms}
    return [
        (m.text, m.entry)
        for m in matcher.find(toks, text)
        if m.entry.kind in _FLAGGED
        and m.entry.term.lower() not in own
        and (not avoid_only or m.entry.status == "avoid")
    ]


def _without_term(sentence: str, entry: Entry) -> str:
    """The sentence without the term it explains and its official full name
    (an acronym's expansion): it cannot avoid using them."""
    names = [*entry.forms, *([entry.expansion] if entry.expansion else [])]
    for name in sorted(names, key=len, reverse=True):
        sentence = re.sub(rf"(?i)\b{re.escape(name)}\b", " ", sentence)
    return sentence


def _readability(entry: Entry, profile: str) -> list[str]:
    """What is wrong with an entry's explanations, in plain words."""
    out = []
    limit = profiles.targets(profile).max_reading_age
    if entry.plain_explanation:
        for s in _sentences(entry.plain_explanation):
            n = len(readability.words(s))
            if n > PLAIN_SENTENCE_WORDS:
                out.append(
                    f"a sentence of its plain explanation has {n} words; keep it to "
                    f"{PLAIN_SENTENCE_WORDS} or fewer"
                )
        counts = readability.Counts.total(
            readability.Counts.of_sentence(_without_term(s, entry))
            for s in _sentences(entry.plain_explanation)
        )
        age = readability.score(counts).reading_age
        if (
            counts.words >= MIN_WORDS_FOR_READING_AGE
            and age is not None
            and age > limit + READING_AGE_MARGIN
        ):
            out.append(
                f"its plain explanation has a reading age of about {round(age)} "
                f"(target {limit:g} or under): use shorter words and sentences"
            )
    if entry.easy_read_explanation:
        for s in _sentences(entry.easy_read_explanation):
            n = len(readability.words(s))
            if n > EASY_READ_SENTENCE_WORDS:
                out.append(
                    f"a sentence of its Easy Read explanation has {n} words; keep it to "
                    f"{EASY_READ_SENTENCE_WORDS} or fewer"
                )
    return out


def check_entry(
    entry: Entry, matcher: TermMatcher, *, today: date, profile: str = "plain"
) -> list[Problem]:
    """Everything worth telling the group about one entry."""
    path, line = entry.origin.path, entry.origin.line

    def warn(message: str) -> Problem:
        return Problem(path, line, f"'{entry.term}': {message}", "warning")

    out = []
    if entry.status == "use-with-explanation" and not (
        entry.plain_explanation or (entry.is_acronym and entry.expansion)
    ):
        out.append(warn("it is to be used with an explanation, but has no plain explanation."))
    for alt in entry.plain_alternatives:
        for text, other in flagged_in(alt, matcher, entry):
            out.append(
                warn(
                    f"the plain alternative '{alt}' uses '{text}', which "
                    f"{other.describe()} flags ({other.status})."
                )
            )
    for field_name in ("plain_explanation", "easy_read_explanation"):
        explanation = _without_term(getattr(entry, field_name), entry)
        for text, other in flagged_in(explanation, matcher, entry, avoid_only=True):
            out.append(
                warn(
                    f"the {field_name.replace('_', ' ')} uses '{text}', which "
                    f"{other.describe()} flags ({other.status})."
                )
            )
    out += [warn(m + ".") for m in _readability(entry, profile)]
    if entry.review_date is not None and entry.review_date < today:
        out.append(
            warn(
                f"its review date ({entry.review_date.isoformat()}) has passed. "
                "Ask the group to look at it again."
            )
        )
    return out


def validate(
    paths: Sequence[Path],
    *,
    shipped: bool = True,
    today: date | None = None,
    profile: str = "plain",
) -> list[Problem]:
    """Every problem in the given glossary files, in file and line order.

    The shipped lists are the first layer (unless `shipped` is False), so
    changes to them are reported as conflicts between layers; problems in
    the shipped lists themselves are not reported here.
    """
    today = today or date.today()
    layers: list[Layer] = ([shipped_layer()] if shipped else []) + user_layers(paths)
    merged = merge(layers)
    mine = {str(p) for p in paths}
    problems = [p for p in merged.problems if p.path in mine]
    matcher = TermMatcher(merged.entries)
    for layer in layers:
        for loaded in layer.files:
            if loaded.path not in mine:
                continue
            for entry in loaded.entries:
                problems += check_entry(entry, matcher, today=today, profile=profile)
    order = {str(p): i for i, p in enumerate(paths)}
    return sorted(problems, key=lambda p: (order.get(p.path, 0), p.line))
