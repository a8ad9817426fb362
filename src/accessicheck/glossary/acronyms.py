"""Acronyms in a document: where each is used and where it is spelled out.

A word is an acronym when it is written in capitals ("ICB", "A&E", "PhD"),
also as a plural ("GPs") or before a possessive ("ICB's"). It is left out
when it is a roman numeral ("Phase II"), a unit after a number ("5 GB"), a
postcode ("LS1 4AP"), someone's initials ("Action: JK to send the notes"),
or part of a run of words in capitals ("PLEASE BRING YOUR FORM": rule AC106
deals with those) or a single everyday word in capitals ("AGENDA").

A definition is the long form and the acronym together, either order:
"Integrated Care Board (ICB)", "ICB (Integrated Care Board)", "ICB stands
for …", or an abbreviations table (a cell "ICB" next to a cell "Integrated
Care Board"). Long forms are checked with the Schwartz–Hearst method (the
acronym's letters must appear in order, the first at the start of a word),
or against the glossary's expansion.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .tokens import Tok, is_acronym_form
from .unknown import zipf

_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
#: Words before a number: "Phase II", "Part IV", "Type I".
_NUMBERED = frozenset(
    [
        "phase",
        "part",
        "type",
        "stage",
        "section",
        "chapter",
        "annex",
        "appendix",
        "schedule",
        "level",
        "class",
        "tier",
        "volume",
        "book",
        "article",
        "step",
        "grade",
        "wave",
        "year",
        "key",
    ]
)
#: Units that are written in capitals or mixed case, after a number.
_UNITS = frozenset(
    [
        "GB",
        "MB",
        "KB",
        "TB",
        "PB",
        "GHz",
        "MHz",
        "kHz",
        "kWh",
        "MW",
        "KW",
        "mmHg",
        "AM",
        "PM",
        "BST",
        "GMT",
        "UTC",
    ]
)
#: Words in capitals that are never acronyms to spell out in these papers
#: ("ID" is an everyday word: "meeting ID", "photo ID").
_NEVER = frozenset({"OK", "ID", "TV", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
#: Words after capitals that make them part of a company's or product's name:
#: "PA Consulting", "MS Teams", "AB Ltd".
_NAME_WORDS = frozenset(
    ["Consulting", "Consultancy", "Ltd", "Limited", "LLP", "plc", "PLC", "Inc", "Teams"]
)
#: Words that make a long form the name of an organisation, a plan or a role,
#: not a person: "Better Care Fund (BCF)" is an acronym, "Maggie Blackmore
#: (MB)" is someone's initials.
_ORG_WORDS = frozenset(
    [
        "act",
        "agency",
        "alliance",
        "association",
        "authority",
        "board",
        "care",
        "centre",
        "center",
        "charity",
        "clinical",
        "collective",
        "college",
        "commission",
        "committee",
        "community",
        "company",
        "council",
        "department",
        "director",
        "disability",
        "district",
        "england",
        "forum",
        "foundation",
        "framework",
        "fund",
        "grant",
        "group",
        "health",
        "healthwatch",
        "hospital",
        "institute",
        "integrated",
        "learning",
        "limited",
        "local",
        "manager",
        "meeting",
        "mental",
        "national",
        "network",
        "nhs",
        "office",
        "officer",
        "panel",
        "partnership",
        "plan",
        "policy",
        "practice",
        "primary",
        "programme",
        "project",
        "public",
        "research",
        "review",
        "scheme",
        "scotland",
        "service",
        "services",
        "social",
        "society",
        "strategy",
        "support",
        "surgery",
        "system",
        "team",
        "trust",
        "unit",
        "university",
        "voluntary",
        "wales",
    ]
)
#: Lines that list people, where capitals are initials.
_PEOPLE_LINE = re.compile(
    r"^\s*(present|attendees|attending|in attendance|apologies|apologies received|"
    r"members|chair|minutes taken by|notes taken by|action|actions|others|"
    r"also present|also attending|guests|facilitator|note-taker|note taker)\b",
    re.IGNORECASE,
)
#: A heading line on its own ("Attendees:", "Present") over a list of people.
_PEOPLE_HEADING = re.compile(_PEOPLE_LINE.pattern + r"\s*:?\s*$", re.IGNORECASE)
#: Verbs that follow a person's initials in minutes: "JK said", "AB to send".
_PERSON_VERBS = frozenset(
    [
        "said",
        "says",
        "asked",
        "asks",
        "agreed",
        "agrees",
        "noted",
        "notes",
        "explained",
        "thanked",
        "welcomed",
        "suggested",
        "reported",
        "presented",
        "confirmed",
        "offered",
        "will",
        "would",
        "to",
        "has",
        "had",
        "and",
        "introduced",
        "summarised",
        "summarized",
        "raised",
        "updated",
        "shared",
        "led",
        "chaired",
        "indicated",
        "indicted",
        "highlighted",
        "concurred",
        "informed",
        "stated",
        "commented",
        "added",
        "queried",
        "enquired",
        "advised",
        "proposed",
        "seconded",
        "invited",
        "drew",
        "is",
        "was",
    ]
)
#: Verbs that show capitals are a person even when they are also a known
#: acronym ("LD welcomed the members", where LD is someone's initials).
_STRONG_PERSON_VERBS = frozenset(
    [
        "said",
        "asked",
        "welcomed",
        "thanked",
        "presented",
        "explained",
        "introduced",
        "indicated",
        "highlighted",
        "concurred",
        "informed",
        "stated",
        "commented",
        "queried",
        "enquired",
        "advised",
        "chaired",
        "summarised",
    ]
)
#: Verbs of saying and doing that follow a person's initials in minutes.
SPEAKING_VERBS = _STRONG_PERSON_VERBS
_DETERMINERS = frozenset(
    ["the", "a", "an", "our", "your", "their", "this", "that", "each", "every", "any", "no", "its"]
)
#: Words that often follow an acronym in the name of an organisation.
_DEFINITION_VERBS = (("stands", "for"), ("means",), ("is", "short", "for"))
_MAX_LONG_FORM_WORDS = 12


@dataclass(frozen=True)
class Place:
    """Where an acronym is: the block (reading order), character span and word index."""

    block: int
    start: int
    end: int
    word: int


@dataclass(frozen=True)
class Definition:
    """A spelled-out acronym: where the acronym is, and the long form found."""

    place: Place
    long_form: str


@dataclass
class Acronym:
    """Everything about one acronym in a document (singular form: "GP")."""

    name: str
    uses: list[Place] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)


@dataclass(frozen=True)
class BlockWords:
    """A block's text and words, as the acronym finder needs them."""

    text: str
    toks: Sequence[Tok]
    kind: str = "paragraph"


def singular(word: str) -> str:
    """ "GPs" → "GP"; "ICB" → "ICB"."""
    if len(word) > 2 and word[-1] == "s" and is_acronym_form(word[:-1]):
        return word[:-1]
    return word


#: Letters then three or more digits: a code or reference ("AC901", "NHS111",
#: "A1234"), not an acronym to spell out.
_CODE = re.compile(r"[A-Z]{1,5}[0-9]{3,}")


def candidate(tok: Tok) -> bool:
    """Written like an acronym (a word in capitals, or its plural)."""
    return not tok.protected and _acronym_like(tok.text)


@lru_cache(maxsize=1 << 16)
def _acronym_like(word: str) -> bool:
    """`candidate` for a word's text (remembered: the same words come again and again)."""
    text = _bare(word)
    if not text[:1].isupper() or _CODE.fullmatch(text):
        return False
    return is_acronym_form(singular(text)) and any(c.isalpha() for c in text)


def is_roman(toks: Sequence[Tok], i: int) -> bool:
    word = toks[i].text
    if not word or not _ROMAN.fullmatch(word):
        return False
    if set(word) <= set("IVX"):
        return True
    return i > 0 and toks[i - 1].lower in _NUMBERED


def is_unit(toks: Sequence[Tok], i: int) -> bool:
    return toks[i].text in _UNITS and i > 0 and toks[i - 1].text[:1].isdigit()


def is_initials(block: BlockWords, i: int, known: Container[str], people: bool = False) -> bool:
    """Someone's initials: in a list of people, or doing something in minutes.

    `people` is True for a block under a heading such as "Attendees:".
    """
    toks = block.toks
    word = singular(_bare(toks[i].text))
    if len(word) > 3 or not word.isalpha():
        return False
    prev = toks[i - 1].lower if i > 0 else ""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if word in known:
        # "LD welcomed the members": a known acronym, but here a person.
        return len(word) == 2 and prev not in _DETERMINERS and nxt in _STRONG_PERSON_VERBS
    if people or _PEOPLE_LINE.match(block.text):
        return True
    # "Action: JB/KE", "DB to contact both"
    if i > 0 and toks[i - 1].text in {"/", "&"} and singular(toks[i - 2].text).isupper():
        return True
    if prev in _DETERMINERS:
        return False
    # Two letters doing something ("DB had", "HL is"); three letters only with
    # a verb of speaking ("IVC welcomed"), as "SGH and" may be a hospital.
    return nxt in (_PERSON_VERBS if len(word) == 2 else _STRONG_PERSON_VERBS)


def is_person(short: str, long_form: str) -> bool:
    """True when a "definition" is a person's name and initials: "Maggie Blackmore (MB)".

    The initials are two or three letters, one a word of the name, and the
    name's words all start with a capital letter (or are "van", "de" ...)
    and are not words of an organisation's name ("Care", "Board", "Fund").
    """
    letters = [c for c in short if c.isalpha()]
    if not 2 <= len(letters) <= 3 or len(short) != len(letters):
        return False
    words = [w for w in re.split(r"[\s/,]+", long_form) if any(c.isalpha() for c in w)]
    if len(words) != len(letters):
        return False
    for w, c in zip(words, letters, strict=True):
        if w[0].lower() != c.lower() or w.lower().strip(".") in _ORG_WORDS:
            return False
        if not (w[0].isupper() or w.lower() in {"van", "de", "von", "le", "da", "di"}):
            return False
    return True


def _bare(word: str) -> str:
    """The word without a full stop at its end: "HwH." → "HwH"."""
    return word[:-1] if len(word) > 2 and word.endswith(".") else word


def _ordinary(word: str, known: Container[str]) -> bool:
    """An everyday word written in capitals ("YOUR", "PLEASE"), not an acronym."""
    return word not in known and len(word) >= 2 and zipf(word.lower()) >= 3.0


def _emphasis(word: str) -> bool:
    """An everyday word written in capitals for emphasis or as a heading.

    "AGENDA", "SECONDED", "INTRODUCTIONS", "ONE": the longer the word, the
    rarer it may be and still be a word, not an acronym.
    """
    w = word.lower()
    if not w.isalpha():
        return False
    if len(w) >= 5:
        return zipf(w) >= 2.5
    if len(w) == 4:
        return zipf(w) >= 3.5
    return len(w) == 3 and zipf(w) >= 5.5


def shouted(toks: Sequence[Tok], known: Container[str]) -> set[int]:
    """Indexes of words in capitals that are shouting, not acronyms."""
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        words = [toks[k].text for k in run]
        ordinary = [w for w in words if _ordinary(w, known)]
        long_ordinary = [w for w in ordinary if len(w) >= 4]
        if (len(run) >= 3 and len(ordinary) >= 2) or len(long_ordinary) >= 2:
            out.update(k for k in run if toks[k].text not in known)
        elif len(run) == 1 and words[0] not in known and _emphasis(words[0]):
            out.add(run[0])  # one everyday word in capitals: "AGENDA", "ONE"

    for k, t in enumerate(toks):
        caps = t.is_word and (t.text.isupper() or (len(t.text) == 1 and t.text.isupper()))
        if caps and run and toks[run[-1]].sent == t.sent and k == run[-1] + 1:
            run.append(k)
            continue
        if run:
            close()
        run = [k] if caps else []
    if run:
        close()
    return out


def styled_name(word: str) -> bool:
    """A name written in mixed capitals ("POhWER"), not an acronym to spell out.

    Five or more letters with a small letter among the capitals. Short mixed
    forms ("HwH", "PhD") are usually acronyms, and real long ones ("LeDeR")
    are in the glossary, which is asked first.
    """
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 5 and any(c.islower() for c in letters)


def _in_a_name(block: BlockWords, i: int) -> bool:
    """Capitals that are part of a name or a word, not an acronym.

    "PA Consulting", "MS Teams": a company's or product's name.
    "CO-production": a capitalised prefix of an ordinary word.
    """
    toks = block.toks
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.text in _NAME_WORDS:
        return True
    gap = block.text[toks[i].end : nxt.start]
    return gap == "-" and nxt.text[:1].islower()


def matches_long_form(short: str, long: str) -> str | None:
    """The Schwartz–Hearst long form for `short` at the end of `long`, or None.

    Each letter of the acronym, from the last, must be found in the long form
    in order, and the first letter must start a word.
    """
    s, ln = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while ln >= 0 and (long[ln].lower() != c or (s == 0 and ln > 0 and long[ln - 1].isalnum())):
            ln -= 1
        if ln < 0:
            return None
        ln -= 1
        s -= 1
    start = long.rfind(" ", 0, ln + 1) + 1
    found = long[start:].strip()
    n_words = len(found.split())
    letters = sum(c.isalnum() for c in short)
    if n_words > min(letters + 5, letters * 2) or n_words < 2 and len(found) < 2 * letters:
        return None
    return found


def _long_form_before(text: str, toks: Sequence[Tok], k: int) -> str:
    """The words before the "(" at word k-1, in the same sentence, up to a limit."""
    first = k - 1
    while (
        first > 0
        and toks[first - 1].sent == toks[k].sent
        and toks[first - 1].text not in {"(", ")", "[", "]", ";", ":"}
        and k - first < _MAX_LONG_FORM_WORDS
    ):
        first -= 1
    return text[toks[first].start : toks[k - 1].start] if first < k - 1 else ""


def _part_of(long_form: str, pair: Sequence[Tok], k: int) -> str:
    """The words of a two-part long form that belong to part k of the pair.

    "North West London Integrated Care System" for "(NWL ICS)": NWL is
    "North West London", ICS "Integrated Care System". When the words do not
    line up one a letter, the whole long form is kept.
    """
    words = long_form.split()
    sizes = [len(t.text) if is_acronym_form(t.text) else 1 for t in pair]
    if len(words) != sum(sizes):
        return long_form
    start = sum(sizes[:k])
    return " ".join(words[start : start + sizes[k]])


def _find_definition(
    block: BlockWords, i: int, expansion: Callable[[str], str]
) -> tuple[str, int] | None:
    """(long form, index of the acronym word) if the acronym at word i is defined here."""
    toks, text = block.toks, block.text
    word = singular(_bare(toks[i].text))
    known = expansion(word)

    def ok(long: str) -> str | None:
        long = " ".join(long.split()).strip(" ,–-:")
        if known and long.lower().endswith(known.lower()):
            return long[len(long) - len(known) :]
        return matches_long_form(word, long)

    # "Integrated Care Board (ICB)"
    if 0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")":
        found = ok(_long_form_before(text, toks, i))
        if found:
            return found, i
    # "(CPP MC)", "(BCF Plan)", "(NHS REC)", "(A-LD)": two words in brackets.
    for p in (i - 1, i - 2):
        q = p + 3
        if p < 1 or q >= len(toks) or toks[p].text != "(" or toks[q].text != ")":
            continue
        if i not in (p + 1, p + 2):
            continue
        pair = toks[p + 1 : q]
        short = "".join(t.text if is_acronym_form(t.text) else t.text[:1] for t in pair)
        long = " ".join(_long_form_before(text, toks, p + 1).split()).strip(" ,–-:")
        found = matches_long_form(short, long) if long else None
        if found:
            return _part_of(found, pair, i - p - 1), i
    # "ICB (Integrated Care Board)"
    if i + 2 < len(toks) and toks[i + 1].text == "(":
        close = next(
            (
                j
                for j in range(i + 2, min(len(toks), i + 2 + _MAX_LONG_FORM_WORDS))
                if toks[j].text == ")"
            ),
            None,
        )
        if close is not None and close > i + 2:
            inner = text[toks[i + 2].start : toks[close - 1].end]
            found = ok(inner)
            if found and found.split()[0][:1].lower() == word[0].lower():
                return found, i
    # "ICB stands for Integrated Care Board", "ICB: Integrated Care Board" at a line start
    following = [t.lower for t in toks[i + 1 : i + 4]]
    for verb in _DEFINITION_VERBS:
        if tuple(following[: len(verb)]) == verb:
            after = [t for t in toks[i + 1 + len(verb) :] if t.sent == toks[i].sent]
            stop = next(
                (n for n, t in enumerate(after) if t.text in {".", ",", ";", "(", ")"}), len(after)
            )
            if stop:
                found = ok(text[after[0].start : after[stop - 1].end])
                if found:
                    return found, i
    if i == 0 and len(toks) > 2 and toks[1].text in {":", "–", "—", "-", "="}:
        found = ok(text[toks[2].start :])
        if found:
            return found, i
    return None


def defined_in(blocks: Sequence[BlockWords], expansion: Callable[[str], str]) -> set[str]:
    """Acronyms spelled out somewhere in the document."""
    out = set()
    for block in blocks:
        for i, tok in enumerate(block.toks):
            if not candidate(tok):
                continue
            found = _find_definition(block, i, expansion)
            word = singular(_bare(tok.text))
            if found and not is_person(word, found[0]):
                out.add(word)
    return out


def scan(
    blocks: Sequence[BlockWords],
    known: Iterable[str],
    expansion: Callable[[str], str],
) -> dict[str, Acronym]:
    """Every acronym in a document with its uses and definitions, in reading order.

    `known` holds acronyms from the glossary and the well-known list; with
    the acronyms the document spells out, they are never taken for shouting
    ("NICE") or initials. `expansion` gives the glossary's long form for an
    acronym ("" when there is none).
    """
    known = set(known) | defined_in(blocks, expansion)
    found: dict[str, Acronym] = {}
    initials: set[str] = set()
    previous_cell: tuple[int, str] | None = None
    people = False
    for b, block in enumerate(blocks):
        toks = block.toks
        loud = shouted(toks, known)
        for i, tok in enumerate(toks):
            if not candidate(tok) or i in loud or _bare(tok.text) in _NEVER:
                continue
            if is_roman(toks, i) or is_unit(toks, i) or _in_a_name(block, i):
                continue
            word = singular(_bare(tok.text))
            if word not in known and styled_name(word):
                continue
            if is_initials(block, i, known, people):
                initials.add(word)
                continue
            definition = _find_definition(block, i, expansion)
            if definition is not None and is_person(word, definition[0]):
                initials.add(word)
                continue
            entry = found.setdefault(word, Acronym(word))
            end = tok.end - (1 if tok.text != _bare(tok.text) else 0)
            place = Place(b, tok.start, end, i)
            if definition is None and i == 0 and len(toks) == 1 and block.kind == "table-cell":
                previous_cell = (b, word)
            if definition is not None:
                entry.definitions.append(Definition(place, definition[0]))
            else:
                entry.uses.append(place)
        # An abbreviations table: a cell "ICB" followed by the cell "Integrated Care Board".
        if previous_cell and previous_cell[0] == b - 1 and block.kind == "table-cell":
            word = previous_cell[1]
            long = matches_long_form(word, block.text.strip()) or (
                block.text.strip()
                if expansion(word).lower() == block.text.strip().lower()
                else None
            )
            entry = found[word]
            if long and entry.uses and entry.uses[-1].block == b - 1:
                place = entry.uses.pop()
                entry.definitions.append(Definition(place, long))
            previous_cell = None
        people = bool(_PEOPLE_HEADING.match(block.text)) or (people and len(toks) <= 3)
    for word in initials:
        found.pop(word, None)
    return found
