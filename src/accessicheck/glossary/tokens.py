"""The words of a block as the glossary sees them, and text never to match.

The glossary matches word sequences, not characters. `Tok` is one word with
its offsets into the block's text and the keys it can match under: its lower
case form, every lemma it could have, and, for words in capitals such as
"ICB" or "ICBs", an exact-case key ("=ICB"), so "ICB" never matches "icb".

Hyphens inside a word split it ("co-production" → "co", "production"), so a
term written with a hyphen or a space matches either way. URLs, e-mail
addresses, code, file names, handles and postcodes are "protected": no
match may touch them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ..language import word_arrays
from .lemmas import candidates

#: Text no glossary match, acronym or rare-word check may touch.
PROTECTED = re.compile(
    r"""
      (?:https?://|ftp://|www\.)[^\s<>"'()]+             # URLs
    | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+                     # e-mail addresses
    | (?<![\w@.])(?:[a-z0-9\-]+\.)+(?:uk|com|org|net|gov|nhs|scot|wales|io|info|ac|co)
      \b(?:/[^\s<>"'()]*)?                                # bare domains: nhs.uk/conditions
    | ```.*?```                                           # code blocks
    | `[^`\n]+`                                           # inline code
    | (?<![\w@])[@\#][A-Za-z_]\w*                         # handles and hashtags
    | \b[\w\-]+\.(?:docx?|pdf|csv|xlsx?|pptx?|txt|md|html?|ya?ml|json|zip)\b  # file names
    | \b[A-Z]{1,2}[0-9][A-Z0-9]?\ ?[0-9][A-Z]{2}\b        # UK postcodes: LS1 4AP
    """,
    re.VERBOSE | re.DOTALL,
)
_TRAILING = ".,;:!?)]}'\""
_HYPHENS = "-‐‑"
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9&]+(?:['’][A-Za-z]+)?|['’]s\b")
_HYPHEN_SPLIT = re.compile(f"[{_HYPHENS}]")
_CURLY = str.maketrans({"’": "'", "‘": "'"})


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of URLs, e-mail addresses, code, file names and postcodes."""
    spans = []
    for m in PROTECTED.finditer(text):
        end = m.end()
        while end > m.start() + 1 and text[end - 1] in _TRAILING:
            end -= 1
        spans.append((m.start(), end))
    return spans


@lru_cache(maxsize=1 << 16)
def has_letter(text: str) -> bool:
    """True when the text has a letter in it (remembered: the same words come again
    and again)."""
    return any(c.isalpha() for c in text)


@cache
def is_acronym_form(word: str) -> bool:
    """Written like an acronym: two or more capitals, more capitals than small letters.

    "ICB", "A&E", "PhD", "NIHR" → True; "Care", "I", "iPad" → False.
    """
    upper = sum(c.isupper() for c in word)
    lower = sum(c.islower() for c in word)
    return upper >= 2 and upper > lower and word[:1].isupper()


@cache
def word_keys(word: str) -> frozenset[str]:
    """The keys a pattern word matches: lemma candidates, or the exact capitals."""
    word = word.translate(_CURLY)
    if is_acronym_form(word):
        return frozenset({"=" + word})
    return candidates(word)


@cache
def token_keys(text: str, lemma: str) -> frozenset[str]:
    """The keys a word in a paper offers: lower case, lemmas, exact capitals."""
    text = text.translate(_CURLY)
    keys = set(candidates(text)) | {lemma.translate(_CURLY).lower()}
    if is_acronym_form(text):
        keys.add("=" + text)
    if len(text) > 2 and text[-1] == "s" and is_acronym_form(text[:-1]):
        keys.add("=" + text[:-1])  # plural: "ICBs", "GPs"
    return frozenset(keys)


class Tok(NamedTuple):
    """One word: offsets into the block text, text, keys and a few facts.

    `tag` is the Penn tag (empty for text not run through the model);
    `sent` numbers the sentence; `first` is True for a sentence's first word.
    (A named tuple: a block has thousands of words, and a tuple is made fastest.)
    """

    start: int
    end: int
    text: str
    keys: frozenset[str]
    tag: str = ""
    sent: int = 0
    first: bool = False
    protected: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return has_letter(self.text)

    @property
    def capitalised(self) -> bool:
        """Starts with a capital and is not written in capitals ("Care", not "CARE")."""
        return self.text[:1].isupper() and not is_acronym_form(self.text) and len(self.text) > 1


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    # Most blocks have no protected spans: answer at once rather than build a generator.
    return bool(spans) and any(s < end and start < e for s, e in spans)


def _split_hyphens(text: str, start: int) -> list[tuple[int, int, str]]:
    """'co-production' at 10 → [(10, 12, 'co'), (13, 23, 'production')]."""
    parts, pos = [], 0
    for piece in _HYPHEN_SPLIT.split(text):
        if piece:
            parts.append((start + pos, start + pos + len(piece), piece))
        pos += len(piece) + 1
    return parts


#: The pieces of each word (see `_pieces`) by its text's and lemma's string ids:
#: papers use the same words again and again.
_PIECES: dict[tuple[int, int], tuple[tuple[int, int, str, frozenset[str]], ...]] = {}
#: At most this many words are remembered (then the table starts again): about
#: 20 MB at most, and the everyday words come back at once.
_MAX_REMEMBERED = 30_000


def _pieces(word: str, lemma: str) -> tuple[tuple[int, int, str, frozenset[str]], ...]:
    """(start, end, text, keys) of each piece of a word, offsets within the word.

    Spaces and a lone hyphen have none; hyphens inside a word split it, and
    then each piece is its own lemma.
    """
    if word.isspace() or (len(word) == 1 and word in _HYPHENS):
        return ()
    if len(word) > 1 and any(h in word for h in _HYPHENS):
        parts = _split_hyphens(word, 0)
    else:
        parts = [(0, len(word), word)]
    if len(parts) == 1:
        s, e, piece = parts[0]
        return ((s, e, piece, token_keys(piece, lemma)),)
    return tuple((s, e, piece, token_keys(piece, piece)) for s, e, piece in parts)


def from_doc(doc: Any, text: str) -> list[Tok]:
    """The words of a spaCy doc, hyphens split off, with sentence numbers."""
    spans = protected_spans(text)
    words = word_arrays.of(doc)  # one array read for all the rules, not a Token a word
    strings = words.strings
    out: list[Tok] = []
    sent = -1
    for orth, lemma, start, tag_id, sent_start in zip(
        words.orth, words.lemma, words.idx, words.tag, words.sent_start, strict=True
    ):
        if sent_start == 1 or sent < 0:
            sent += 1
            first = True
        else:
            first = False
        pieces = _PIECES.get((orth, lemma))
        if pieces is None:
            if len(_PIECES) >= _MAX_REMEMBERED:
                _PIECES.clear()
            pieces = _PIECES[orth, lemma] = _pieces(strings[orth], strings[lemma])
        if not pieces:
            continue
        tag = strings[tag_id]
        for s, e, piece, keys in pieces:
            s, e = start + s, start + e
            out.append(Tok(s, e, piece, keys, tag, sent, first, _overlaps(s, e, spans)))
            first = False
    return out


def from_text(text: str) -> list[Tok]:
    """The words of plain text, without the language model (for glossary checks)."""
    spans = protected_spans(text)
    out: list[Tok] = []
    for m in _WORD.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        if w.lower().translate(_CURLY) != "'s" and w.translate(_CURLY).lower().endswith("'s"):
            out.append(
                Tok(
                    s,
                    e - 2,
                    w[:-2],
                    token_keys(w[:-2], w[:-2]),
                    "",
                    0,
                    not out,
                    _overlaps(s, e, spans),
                )
            )
            out.append(Tok(e - 2, e, "'s", frozenset({"'s"}), "", 0, False, False))
            continue
        out.append(Tok(s, e, w, token_keys(w, w), "", 0, not out, _overlaps(s, e, spans)))
    return out


def _split_possessive(words: list[str]) -> list[str]:
    """ "people's" → "people", "'s", as the language model splits it."""
    out = []
    for w in words:
        if len(w) > 2 and w.lower().endswith("'s"):
            out += [w[:-2], "'s"]
        else:
            out.append(w)
    return out


@cache
def form_words(form: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a glossary form stands for.

    "hard-to-reach" → (("hard", "to", "reach"),); "co-production" →
    (("co", "production"), ("coproduction",)) (written joined up too).
    """
    words: list[str] = []
    joined: list[str] = []
    hyphenated = False
    for chunk in form.translate(_CURLY).split():
        pieces = [p for p in _HYPHEN_SPLIT.split(chunk) if p]
        hyphenated |= len(pieces) > 1
        for piece in pieces:
            words += _split_possessive(_WORD.findall(piece))
        joined += _split_possessive(_WORD.findall("".join(pieces)))
    out = [tuple(words)] if words else []
    if hyphenated and joined and joined != words:
        out.append(tuple(joined))
    return tuple(out)


def sentence_of(toks: Sequence[Tok], i: int) -> Iterable[Tok]:
    """The words of the sentence that word i is in."""
    n = toks[i].sent
    return (t for t in toks if t.sent == n)
