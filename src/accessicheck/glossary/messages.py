"""What glossary findings say, and the fixes they suggest.

Every message names the glossary and the entry behind it ("the shipped plain
English list (plain-english.csv, line 12) says use 'start'"), so a group can
find the row and change it. A plain alternative becomes a replacement in the
form of the matched word ("commenced" → "started"); it is marked safe only
when it is the entry's first alternative, one word, the inflection worked,
and the entry names no exceptions.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..core.model import Suggestion
from .lemmas import verb_lemma
from .matcher import Match
from .model import Entry
from .tokens import Tok

#: Tags of inflected forms we can reproduce with lemminflect.
_INFLECTED = frozenset({"VBD", "VBG", "VBN", "VBZ", "NNS", "JJR", "JJS"})
_MAX_SUGGESTIONS = 3


def quoted(items: Sequence[str]) -> str:
    """'a', 'b' or 'c'."""
    q = [f"'{i}'" for i in items]
    if len(q) <= 1:
        return "".join(q)
    return ", ".join(q[:-1]) + " or " + q[-1]


def source(entry: Entry) -> str:
    """e.g. "your glossary (meeting.csv, line 12)"."""
    return entry.describe()


def _extra(entry: Entry) -> str:
    parts = []
    if entry.fine_when:
        parts.append(_fine_when(entry.fine_when.strip().rstrip(".")))
    if entry.rationale:
        parts.append(entry.rationale.rstrip(".") + ".")
    return (" " + " ".join(parts)) if parts else ""


#: How a 'fine when' note may start to follow "It is fine ..." ("in papers for staff").
_FINE_OPENERS = frozenset(
    {"if", "in", "when", "where", "after", "before", "about", "as", "for", "with"}
    | {"at", "on", "once", "while", "unless", "until"}
)


def _fine_when(note: str) -> str:
    """The 'fine when' note as a sentence: "It is fine in papers for staff."."""
    first = note.split(maxsplit=1)[0].lower() if note else ""
    if first in _FINE_OPENERS and note[:1].islower():
        return f"It is fine {note}."
    if note.lower() == "always":
        return "It is fine to use."
    return f"Note: {note[:1].upper()}{note[1:]}."


def avoid(m: Match) -> str:
    """A term the glossary says to avoid."""
    e = m.entry
    if e.plain_alternatives:
        advice = f"says use {quoted(e.plain_alternatives[:_MAX_SUGGESTIONS])}"
    elif e.expansion:
        advice = f"says write it out: '{e.expansion}'"
    else:
        advice = "says to avoid it: say what you mean in everyday words"
    return f"'{m.text}' — {source(e)} {advice}.{_extra(e)}"


def explain(m: Match) -> str:
    """A term the glossary says to keep but explain."""
    e = m.entry
    text = f"'{m.text}' — {source(e)} says to explain it the first time you use it"
    if e.plain_explanation:
        return f"{text}, for example: '{e.plain_explanation}'"
    return f"{text}. Add a plain explanation to the glossary too."


def contested(m: Match) -> str:
    """A term people disagree about: give both views."""
    e = m.entry
    parts = [f"'{m.text}' — {source(e)} lists it as contested: people disagree about it."]
    if e.view_for:
        parts.append(f"Why some people use it: {e.view_for.rstrip('.')}.")
    if e.view_against:
        parts.append(f"Why others do not: {e.view_against.rstrip('.')}.")
    if e.plain_alternatives:
        parts.append(f"Other words: {quoted(e.plain_alternatives[:_MAX_SUGGESTIONS])}.")
    parts.append("Your group can decide and record its decision in its glossary.")
    return " ".join(parts)


def _usable(alternative: str) -> bool:
    return (
        bool(alternative)
        and not any(c in alternative for c in "()[]…")
        and len(alternative.split()) <= 4
    )


def _inflect(word: str, tag: str) -> str | None:
    """The word in the form `tag` ("start", "VBD" → "started"), from its lemma."""
    from ..language.inflect import inflect

    if tag == "NNS" and _is_plural(word):
        return word  # "stakeholders" → "partners", not "partnerses"
    lemma = verb_lemma(word) if tag.startswith("VB") else word
    return inflect(lemma, tag)


@cache
def _is_plural(word: str) -> bool:
    """True for a noun that is already plural ("partners", "services")."""
    from ..language.inflect import is_plural

    return is_plural(word)


@cache
def _can_take_form(word: str, tag: str) -> bool:
    """True when `word` can be a verb (VB* tags), a noun (NNS) or an adjective (JJR, JJS)."""
    from ..language.inflect import can_be

    upos = "NOUN" if tag.startswith("NN") else "ADJ" if tag.startswith("JJ") else "VERB"
    return can_be(word, upos)


#: Forms of "be" that depend on who or what the sentence is about: "was" or
#: "were", "am" or "are".
_WHO_DECIDES_BE = frozenset({"VBD", "VBP"})


def replacement(alternative: str, toks: Sequence[Tok], m: Match) -> tuple[str, bool] | None:
    """The alternative in the form of the matched words, and whether that worked cleanly.

    One matched word: the alternative's first word takes its form ("commenced"
    → "started"; "clinicians" → "doctors"). Several words: only a verb at the
    start passes on its form ("suffers from" → "lives with"). Only a verb (or
    a noun) is inflected, never a preposition: "regarding" → "about", not
    "abouting". Returns None
    when the form cannot be made.
    """
    words = toks[m.first : m.last + 1]
    head = words[0] if len(words) == 1 or words[0].tag.startswith("VB") else None
    parts = alternative.split(" ")
    # "still be", "not be": the verb is "be", not the word before it ("stilled be").
    at = 1 if len(parts) > 1 and parts[1] == "be" and parts[0] != "be" else 0
    clean = not any(t.tag in _INFLECTED for t in words if t is not head)
    if head is not None and head.tag in _INFLECTED:
        if head.tag == "NNS" and len(parts) > 1:
            clean = False  # "care packages" → a phrase: leave its number alone
        elif not _can_take_form(parts[at], head.tag):
            # "going forward" → "from now on", "regarding" → "about": the
            # alternative does not start with a verb (or noun) to inflect, so
            # it is given as it is ("fromming now on" is not a word).
            clean = False
        elif parts[at] == "be" and head.tag in _WHO_DECIDES_BE:
            clean = False  # "remained" → "was" or "were"? That depends on who: left as "be"
        else:
            new = _inflect(parts[at], head.tag)
            if new is None:
                return None
            parts[at] = new
    text = " ".join(parts).strip()
    if m.text[:1].isupper() and not text[:1].isupper():
        text = text[:1].upper() + text[1:]
    return text, clean


def suggestions(
    m: Match, toks: Sequence[Tok], *, allow_safe: bool = True
) -> tuple[Suggestion, ...]:
    """Replacements from the plain alternatives, first one possibly safe."""
    e = m.entry
    out = []
    for n, alt in enumerate(e.plain_alternatives[:_MAX_SUGGESTIONS]):
        if not _usable(alt):
            out.append(Suggestion(f"Consider: {alt}"))
            continue
        done = replacement(alt, toks, m)
        if done is None:
            out.append(Suggestion(f"Write '{alt}' instead."))
            continue
        text, clean = done
        safe = allow_safe and n == 0 and clean and len(alt.split()) == 1 and not e.fine_when
        # "Write 'X' instead.", as the other rules put it: "Use 'use'." read oddly.
        out.append(Suggestion(f"Write '{text}' instead.", replacement=text, safe=safe))
    if not out and e.expansion:
        out.append(Suggestion(f"Write it out: '{e.expansion}'.", replacement=e.expansion))
    return tuple(out)
