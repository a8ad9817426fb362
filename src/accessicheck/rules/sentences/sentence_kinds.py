"""Is a "sentence" really a sentence? Headings, labels and lists run together.

Minutes and agendas copied from the web or a PDF often arrive as one block
of lines: a heading, a byline, an attendance list ("Nathan Meager (NM)
Chair, Maggie Blackmore (MB) Vice Chair ..."), an agenda line. Read as one
sentence they look long and hard, but a reader does not read them as a
sentence, and advice to "split the sentence" or "use everyday words" does
not help. The sentence rules (AC101, AC102, AC104) leave them alone.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from ...glossary.acronyms import SPEAKING_VERBS
from ...language import word_arrays
from ...language.analysis import Sentence
from ...language.readability import words as readability_words

#: More than this share of the words (after the first) start with a capital
#: letter: names, titles and labels, not running prose. Measured on 25 real
#: papers: every prose sentence worth flagging was under 0.48, the lists and
#: headings over 0.5.
MAX_CAPITALISED_SHARE = 0.5


def capitalised_share(sentence: Sentence) -> float:
    """The share of words after the first that start with a capital letter."""
    span = sentence.span
    arrays = word_arrays.of(span.doc)
    strings = arrays.strings
    rest = [strings[arrays.orth[i]] for i in range(span.start, span.end) if arrays.is_alpha[i]][1:]
    if not rest:
        return 0.0
    return sum(1 for w in rest if w[:1].isupper()) / len(rest)


_VERBS = frozenset({"VERB", "AUX"})


def has_verb(sentence: Sentence) -> bool:
    """True when the language model finds a verb (or auxiliary) in the sentence."""
    span = sentence.span
    arrays = word_arrays.of(span.doc)
    verbs = word_arrays.ids(arrays, _VERBS)
    return any(arrays.pos[i] in verbs for i in range(span.start, span.end))


#: The answers of `is_label_or_list`, for the life of each sentence: four rules ask.
_LABELS: WeakKeyDictionary[Sentence, bool] = WeakKeyDictionary()


def is_label_or_list(sentence: Sentence) -> bool:
    """A heading, label, byline or list of names rather than a sentence of prose."""
    known = _LABELS.get(sentence)
    if known is None:
        known = capitalised_share(sentence) > MAX_CAPITALISED_SHARE or not has_verb(sentence)
        _LABELS[sentence] = known
    return known


#: A word that starts a sentence, with a capital letter, straight after a word
#: with no full stop: "... review of actions The previous minutes ...". In a
#: copy of a web page or PDF this is where a line break was lost.
_LOST_BREAK = re.compile(
    r"(?<=[a-z0-9)]) (?=(?:The|This|These|It|As|We|There|Our|Following|When|If|After|"
    r"Before|Minutes|Resolved|Page|Next)\b)"
)


#: Someone's initials starting a new line of minutes inside a "sentence": a
#: table's Action column read into the text ("... this discussion LD presented
#: the survey", "... report LD to advise", "... Charity LD/JM to fund").
_INITIALS = re.compile(r"(?<=[a-z0-9)]) (?=[A-Z]{2,3}(?:/[A-Z]{2,3})* ([a-z]+)\b)")
#: After these words capitals are the thing talked about, not a person
#: starting a line: "asked the GP to call", "a letter from DH to the council".
_NOT_AFTER = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "your",
        "their",
        "this",
        "that",
        "each",
        "every",
        "any",
        "no",
        "its",
        "to",
        "by",
        "from",
        "with",
        "for",
        "of",
        "and",
        "or",
        "at",
        "in",
        "on",
    ]
)


def _breaks(text: str) -> list[int]:
    """Where line breaks seem to have been lost: the space before each new line."""
    cuts = {m.start() for m in _LOST_BREAK.finditer(text)}
    for m in _INITIALS.finditer(text):
        before = text[: m.start()].split()
        prev = before[-1].lower() if before else ""
        if (m.group(1) == "to" or m.group(1) in SPEAKING_VERBS) and prev not in _NOT_AFTER:
            cuts.add(m.start())
    return sorted(cuts)


def pieces(sentence: Sentence) -> list[str]:
    """The sentence split where a line break seems to have been lost."""
    text, out, last = sentence.text, [], 0
    for cut in _breaks(text):
        out.append(text[last:cut])
        last = cut + 1
    out.append(text[last:])
    return out


def longest_piece_words(sentence: Sentence) -> int:
    """Words in the longest piece: the real length of a sentence run into a heading."""
    return max(len(readability_words(p)) for p in pieces(sentence))
