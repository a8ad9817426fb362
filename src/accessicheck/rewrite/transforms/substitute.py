"""Plain words for formal words and jargon (AC201, AC202), from the glossary.

The rules' findings carry the replacement already in the right form
("utilised" → "used", "facilitates" → "helps"). Only a suggestion the rule
marks safe is applied: the entry's first alternative, one word, the form
worked out cleanly, and the entry names no "fine when" exception (a whole
phrase that becomes its row's one-word alternative, "at all times" →
"always", counts as clean). Anything else stays a hint in the report.

A safe suggestion is still left alone when:

- the word is used as another part of speech than the row's
  `part_of_speech` column says ("impact" the noun is not "affect"; the
  adjective "remaining" is not "staying"), judged by the parser's tag;
- it is part of a name or a title-case phrase ("the Main Hall", "Provide
  Trust"), or the matched phrase is only the start of a longer noun phrase
  ("in the main room");
- the grammar around it would break: a phrase that becomes "to" needs a
  verb after it ("for the purpose of writing" → "to write", never "to
  writing" or "to the review"); a phrase that ends in a preposition ("in
  addition to the money") cannot become an adverb ("also"); a few verbs
  with a fixed partner ("provide members with", "cease to", "conclude
  that").
"""

from __future__ import annotations

from typing import Any

from ... import glossary
from ...glossary import Match
from ..edits import Edit, word_set
from . import Context

SAFETY = "safe"
CODES = ("AC201", "AC202")
#: (word's lemma, a word soon after it) where the plain word would not fit:
#: "provide members with an update" cannot become "give members with …".
_LEAVE_ALONE = {
    ("provide", "with"),
    ("supply", "with"),
    ("furnish", "with"),
    ("provide", "services"),  # "give services" is not English; "run" or "offer" is
    ("provide", "service"),
}
#: (lemma, the very next word): "provide for", "cease to", "concluded that".
_LEAVE_ALONE_NEXT = {
    ("provide", "for"),
    ("cease", "to"),
    ("conclude", "that"),
    ("subsequent", "to"),
    ("remain", "to"),
    ("determine", "whether"),
}
#: Words a phrase may end with that take an object after them.
PREPOSITIONS = word_set(
    """about above across after against along among around as at before behind below beside
    between beyond by despite during except for from in including inside into like near of
    off on onto out outside over past since than through throughout to toward towards under
    until up upon with within without"""
)
#: Dependants that show a word is working as a verb, not a preposition.
_VERB_PARTS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
#: Adverbs that go before the verb, not where a phrase like "at all times" stood.
_FREQUENCY = frozenset({"always", "usually", "often", "sometimes", "never"})
#: The parser's tags for each part of speech a word-list row may name.
_TAGS = {
    "noun": ("NN", "NNS"),
    "verb": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"),
    "adj": ("JJ", "JJR", "JJS"),
    "adv": ("RB", "RBR", "RBS", "WRB"),
}
#: Dependencies that make a participle work as an adjective ("remaining budget").
_ADJECTIVAL = frozenset({"amod", "compound"})
#: Dependencies that tie a word to a longer noun phrase after it.
_NP_PART = frozenset({"amod", "compound", "det", "nummod", "poss", "nmod"})


def _real_words(text: str) -> bool:
    """Every word of the replacement is an English word ("abouting" is not)."""
    from wordfreq import zipf_frequency

    return all(zipf_frequency(w, "en") > 0 for w in text.lower().split())


def _tokens(ctx: Context, start: int, end: int) -> list[Any]:
    """The tokens of the sentence's parse (or tagged span) inside start:end."""
    doc = ctx.parse if ctx.parse is not None else ctx.sentence.span
    base = 0 if ctx.parse is not None else ctx.sentence.span[0].idx if len(doc) else 0
    return [t for t in doc if start <= t.idx - base < end]


def _after(ctx: Context, end: int) -> Any | None:
    doc = ctx.parse
    if doc is None:
        return None
    return next((t for t in doc if t.idx >= end and not t.is_space), None)


def _awkward(ctx: Context, end: int, lemma: str) -> bool:
    after = [w.strip(",.;:!?()'\"‘’“”") for w in ctx.text[end:].lower().split()[:5]]
    if any((lemma, w) in _LEAVE_ALONE for w in after):
        return True
    return bool(after) and (lemma, after[0]) in _LEAVE_ALONE_NEXT


def _match_at(ctx: Context, start: int, end: int) -> Match | None:
    g = glossary.for_config(ctx.config)
    for m in g.uses(ctx.sentence.block):
        if m.start == start and m.end == end:
            return m
    return None


def in_name(tokens: list[Any]) -> bool:
    """True when the words are (part of) a name or a title-case phrase."""
    for tok in tokens:
        if tok.tag_ in {"NNP", "NNPS"} and tok.text[:1].isupper():
            return True
        if tok.text[:1].isupper() and not tok.is_sent_start and not tok.text.isupper():
            return True
    last = tokens[-1] if tokens else None
    if last is not None and last.i + 1 < len(last.doc):
        nxt = last.doc[last.i + 1]
        if nxt.text.istitle() and last.text.istitle() and not last.is_sent_start:
            return True
    return False


def pos_fits(part_of_speech: str, tok: Any) -> bool:
    """The word as used here is the part of speech the row is about."""
    if not part_of_speech or part_of_speech == "any":
        return True
    tag = tok.tag_
    if part_of_speech == "verb":
        if tag in {"VBG", "VBN"} and tok.dep_ in _ADJECTIVAL:
            return False  # "the remaining budget", "an acquired injury"
        return tag in _TAGS["verb"]
    if part_of_speech == "adj":
        if tag in {"VBG", "VBN"} and tok.dep_ in _ADJECTIVAL:
            return True
        return tag in _TAGS["adj"]
    return tag in _TAGS.get(part_of_speech, ())


def _phrase_edit(
    ctx: Context, start: int, end: int, tokens: list[Any], replacement: str
) -> tuple[int, int, str] | None:
    """(start, end, replacement) for a phrase that keeps the grammar, or None."""
    found = ctx.text[start:end].lower().split()
    new = replacement.lower().split()
    nxt = _after(ctx, end)
    if ctx.parse is None or found[0] == "it":
        return None  # "It is essential that all members …" needs rebuilding, not "Must all …"
    if new[-1] in _FREQUENCY and (nxt is None or not nxt.tag_.startswith("VB")):
        return None  # "muted at all times" → "muted always" is not English; "always muted" is
    inside = {t.i for t in tokens}
    for tok in tokens:
        if tok.head.i not in inside and tok.head.i > max(inside) and tok.dep_ in _NP_PART:
            return None  # "in the main room": only the start of a noun phrase
    if new and new[-1] == "to":
        if nxt is not None and nxt.tag_ == "VBG":
            base = nxt.lemma_.lower()
            return start, nxt.idx + len(nxt.text), f"{replacement} {base}"
        if nxt is not None and nxt.tag_ == "VB":
            return start, end, replacement
        return None  # "for the purpose of the review" is not "to the review"
    if found[-1] in PREPOSITIONS and new[-1] not in PREPOSITIONS:
        return None  # "in addition to the money" is not "also the money"
    if nxt is not None and nxt.lower_ in {"to", "of"} and new[-1] not in PREPOSITIONS:
        return None  # "in addition" + "to …": the phrase goes on
    return start, end, replacement


def _plain_first(ctx: Context, finding: Any) -> tuple[int, str] | None:
    """(words matched, the row's first alternative in lower case) for a finding
    whose row has no exception, or None."""
    m = _match_at(ctx, *finding.span)
    if m is None or m.entry.fine_when or not m.entry.plain_alternatives:
        return None
    return len(m.text.split()), m.entry.plain_alternatives[0].lower()


def _safe_phrase(ctx: Context, finding: Any, replacement: str) -> bool:
    """A phrase swapped whole for its row's first alternative, word for word.

    The rule marks "at all times" → "always" report-only because "times" is
    a plural, but nothing is inflected when a whole phrase becomes one
    word: the row is as safe as any other.
    """
    first = _plain_first(ctx, finding)
    if first is None or first[0] < 2:
        return False
    return len(first[1].split()) == 1 and replacement.lower() == first[1]


def _safe_preposition(ctx: Context, finding: Any, replacement: str) -> bool:
    """One word swapped for a preposition that takes no ending.

    The rule marks "regarding" → "about" report-only because the matched word
    is a participle and "about" has no participle; but "regarding the budget"
    works as a preposition, and "about the budget" needs no ending.
    """
    first = _plain_first(ctx, finding)
    if first is None or first[0] != 1:
        return False
    if first[1] not in PREPOSITIONS or replacement.lower() != first[1]:
        return False
    tokens = _tokens(ctx, *ctx.local(finding))
    if len(tokens) != 1:
        return False
    tok = tokens[0]
    # "He was regarding the sky" uses the verb: "was about the sky" is wrong.
    return tok.dep_ != "ROOT" and not any(c.dep_ in _VERB_PARTS for c in tok.children)


def edits(ctx: Context) -> list[Edit]:
    out: list[Edit] = []
    for finding in ctx.with_code(*CODES):
        span = ctx.local(finding)
        first = next((s for s in finding.suggestions if s.replacement), None)
        if span is None or first is None or first.replacement is None:
            continue
        if not (
            first.safe
            or _safe_phrase(ctx, finding, first.replacement)
            or _safe_preposition(ctx, finding, first.replacement)
        ):
            continue  # a report-only suggestion stays a hint
        start, end = span
        word = ctx.text[start:end]
        tokens = _tokens(ctx, start, end)
        if not tokens or in_name(tokens):
            continue
        lemma = tokens[0].lemma_.lower() if len(tokens) == 1 else word.lower()
        m = _match_at(ctx, *finding.span)  # type: ignore[arg-type]
        entry = m.entry if m is not None else None
        replacement = first.replacement
        if not _real_words(replacement) and entry is not None and entry.plain_alternatives:
            # "regarding" → "about", not "abouting": a preposition takes no ending.
            plain = entry.plain_alternatives[0]
            if plain.lower() in PREPOSITIONS and len(tokens) == 1:
                replacement = plain if word[:1].islower() else plain.capitalize()
        if not _real_words(replacement) or _awkward(ctx, end, lemma):
            continue
        if len(tokens) == 1:
            if entry is not None and not pos_fits(entry.part_of_speech, tokens[0]):
                continue
            tok = tokens[0]
            prev = tok.doc[tok.i - 1] if tok.i else None
            after_noun = prev is not None and prev.tag_.startswith("NN")
            if tok.lemma_.lower() == "provide" and tok.tag_ == "VBN" and after_noun:
                continue  # "the envelope provided" is not "the envelope given"
        else:
            placed = _phrase_edit(ctx, start, end, tokens, replacement)
            if placed is None:
                continue
            start, end, replacement = placed
        out.append(
            Edit(
                start,
                end,
                replacement,
                "substitute",
                finding.code,
                f"'{word}' → '{replacement}': a plainer word.",
            )
        )
    return out
