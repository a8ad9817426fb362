"""Evidence as a phrase in context: the phrase list in wordlists/checklist-phrases.csv.

A keyword is not evidence: "allergens" does not say food is provided, "ground
floor" does not say there are no steps, and the "payment" in a register of
interests does not explain what people are paid. So each checklist item is
found by phrases, and a phrase counts only when its sentence does not deny
it and does not match one of the item's "ignore" phrases.

The file has one row a phrase: `item` (a checklist id, or PAPERS for papers
sent in advance), `kind` (`find` or `ignore`), `phrase`, `note`, `source`
and `licence`. A phrase is written as words with spaces between them:

- `word` matches the word in any case; `word*` any word it starts
  ("reimburse*" is "reimburse", "reimbursed", "reimbursement");
- `a|b|c` is one of several words; a hyphen matches a hyphen, a space or
  nothing ("step-free" is "step-free", "step free", "stepfree");
- `word?` may be left out;
- ` | ` (a bar with spaces round it) separates whole ways of saying one
  part ("let us know | tell us");
- `...` stands for up to eight words between the parts ("papers ...
  published ... before");
- a phrase starting `re:` is a regular expression, for the few things words
  cannot say ("£25 per session").

A match is denied when one of the four words before it in its sentence is a
negation ("no", "not", "without", "isn't", "cannot" …: "there is no
step-free access", "no hearing loop"), or when the words after it say so
("the hearing loop is not working", "is unavailable"). An `ignore` phrase
in the same sentence cancels the item's matches there ("details of any
payment or provision of any other financial benefit").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from ..core.wordlists import open_wordlist

PHRASE_FILE = "checklist-phrases.csv"
COLUMNS = ("item", "kind", "phrase", "note", "source", "licence")
KINDS = ("find", "ignore")
GAP_WORDS = 8

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|won't|won’t|"
    r"unable|unfortunately|neither|nor)\b",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(
    r"^\W*(?:(?:\w+\W+){0,2}(?:is|are|was|were|will be|has been)\s+(?:not|n['’]t)\b"
    r"|(?:\w+\W+){0,2}(?:isn['’]t|aren['’]t|wasn['’]t|won['’]t)\b"
    r"|(?:\w+\W+){0,1}(?:unavailable|broken|out of order|not (?:available|working|provided)))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n+")


class PhraseDataError(ValueError):
    """wordlists/checklist-phrases.csv is not as it should be (a row or a phrase is wrong)."""


@dataclass(frozen=True)
class Phrase:
    """One row of the phrase list, compiled."""

    item: str
    kind: str
    text: str
    pattern: re.Pattern[str]


def _token(token: str, text: str) -> str:
    alternatives = []
    for alt in token.split("|"):
        core = alt.rstrip("*")
        if not core:
            raise PhraseDataError(f"The phrase {text!r} has an empty choice in {token!r}.")
        core = "".join(
            r"[-\s]?" if ch == "-" else "['’]?" if ch in "'’" else re.escape(ch) for ch in core
        )
        alternatives.append(core + (r"\w*" if alt.endswith("*") else ""))
    return "(?:" + "|".join(alternatives) + ")"


def _words(words: str, text: str) -> str:
    """One way of saying a part of a phrase: words, some of them optional ("the?")."""
    tokens = words.split()
    if not tokens or all(t.endswith("?") for t in tokens):
        raise PhraseDataError(f"The phrase {text!r} has a part with no words.")
    out = ""
    for token in tokens:
        optional = token.endswith("?") and len(token) > 1
        body = _token(token.rstrip("?") if optional else token, text)
        if optional:
            out += rf"(?:\W+{body})?" if out else rf"(?:{body}\W+)?"
        else:
            needs_gap = out and not out.endswith(r"\W+)?")
            out += (r"\W+" if needs_gap else "") + body
    return out


def compile_phrase(text: str) -> re.Pattern[str]:
    """The regular expression for a phrase written as described in the module docstring."""
    text = text.strip()
    if text.startswith("re:"):
        return re.compile(text[3:], re.IGNORECASE)
    segments = [seg.strip() for seg in re.split(r"(?:^|\s)\.\.\.(?:\s|$)", text)]
    if any(not seg for seg in segments):
        raise PhraseDataError(f"The phrase {text!r} has nothing on one side of '...'.")
    gap = rf"(?:\W+\w+){{0,{GAP_WORDS}}}?\W+"
    body = gap.join(
        "(?:" + "|".join(_words(alt, text) for alt in seg.split(" | ")) + ")" for seg in segments
    )
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def _rows(text: str) -> list[tuple[int, dict[str, str]]]:
    """The phrase list's rows with their row numbers; raise PhraseDataError on wrong columns."""
    reader = csv.DictReader(io.StringIO(text))
    if tuple(reader.fieldnames or ()) != COLUMNS:
        raise PhraseDataError(f"{PHRASE_FILE} should have the columns {', '.join(COLUMNS)}.")
    return list(enumerate(reader, start=2))


def _phrase(n: int, row: dict[str, str]) -> Phrase:
    """Row `n` compiled; raise PhraseDataError naming the row when it is wrong."""
    kind = (row["kind"] or "").strip()
    if kind not in KINDS:
        raise PhraseDataError(f"{PHRASE_FILE} row {n}: kind should be find or ignore.")
    try:
        pattern = compile_phrase(row["phrase"] or "")
    except (re.error, PhraseDataError) as e:
        raise PhraseDataError(f"{PHRASE_FILE} row {n}: {e}") from e
    return Phrase(row["item"].strip(), kind, row["phrase"].strip(), pattern)


def parse_phrases(text: str) -> tuple[Phrase, ...]:
    """Read the phrase list; raise PhraseDataError naming the row when it is wrong."""
    return tuple(_phrase(n, row) for n, row in _rows(text))


@cache
def load_phrases() -> tuple[Phrase, ...]:
    """The shipped phrase list, read once."""
    return parse_phrases(open_wordlist(PHRASE_FILE))


@cache
def _shipped_by_item() -> dict[str, list[tuple[int, dict[str, str]]]]:
    """The shipped list's rows by item, not yet compiled."""
    out: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for n, row in _rows(open_wordlist(PHRASE_FILE)):
        out.setdefault((row["item"] or "").strip(), []).append((n, row))
    return out


@cache
def phrases_for(item: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """(find phrases, ignore phrases) for a checklist item id (or "PAPERS").

    Only that item's phrases are compiled: `check` needs only PAPERS, and
    compiling all of them costs a cold start about a twentieth of a second.
    """
    rows = [_phrase(n, row) for n, row in _shipped_by_item().get(item, ())]
    return (
        tuple(p for p in rows if p.kind == "find"),
        tuple(p for p in rows if p.kind == "ignore"),
    )


def has_phrases(item: str) -> bool:
    return item in _shipped_by_item()


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line in a block's text."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if text[pos : m.start()].strip():
            yield pos, m.start()
        pos = m.end()
    if text[pos:].strip():
        yield pos, len(text)


def denied(sentence: str, start: int, end: int) -> bool:
    """True when the words around a match deny it ("no hearing loop", "is not working")."""
    before = re.findall(r"[\w'’]+", sentence[:start])[-4:]
    if any(_NEGATION.fullmatch(w) for w in before):
        return True
    return bool(_DENIED_AFTER.match(sentence[end:]))


def find_in_text(
    text: str, finds: tuple[Phrase, ...], ignores: tuple[Phrase, ...] = ()
) -> tuple[int, int] | None:
    """The first (start, end) in `text` where a find phrase stands, in context."""
    if not any(p.pattern.search(text) for p in finds):
        return None  # most blocks: no need to look sentence by sentence
    for s0, s1 in sentence_spans(text):
        sentence = text[s0:s1]
        if any(p.pattern.search(sentence) for p in ignores):
            continue
        for phrase in finds:
            for m in phrase.pattern.finditer(sentence):
                if not denied(sentence, m.start(), m.end()):
                    return s0 + m.start(), s0 + m.end()
    return None
