"""AC104: sentences with a high share of long words (3 or more syllables)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import syllables
from ..analysis import Sentence
from ..model import BlockKind, Suggestion
from ..readability import LONG_WORD_SYLLABLES
from ..registry import Hit, RuleContext, rule


def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})

#: Long words almost every reader knows, and the right words for these papers
#: ("disability", "experience"): they are not counted.
FAMILIAR = _words(
    """
    activities activity agenda agendas already another anybody anyone anything anywhere
    appointment appointments area areas beautiful benefits certainly communities
    community company computer computers customer customers december difference
    different disabilities disability disabled easily eleven emergency every everybody
    everyday everyone everything everywhere experience experiences families family
    february finally following general government holiday holidays hospital hospitals
    however idea ideas important impossible information interested interesting internet
    january library manager medical medicine november october possible probably radio
    really remember saturday september seventeen seventy several telephone together
    tomorrow understand understanding usually video volunteer volunteers wednesday
    whatever whenever wonderful yesterday
    """
)

#: Shorter words for some long ones (our own list; British spellings).
SHORTER = {
    "accordingly": "so",
    "additional": "extra",
    "alternatively": "or",
    "anticipate": "expect",
    "approximately": "about",
    "ascertain": "find out",
    "assistance": "help",
    "beneficial": "helpful",
    "collaborate": "work together",
    "collaboration": "working together",
    "commencement": "start",
    "communicate": "talk, write or tell",
    "component": "part",
    "comprehensive": "full",
    "considerable": "large",
    "consequently": "so",
    "currently": "now",
    "deficiency": "lack",
    "demonstrate": "show",
    "determine": "decide or find out",
    "discontinue": "stop",
    "disseminate": "share",
    "eliminate": "remove",
    "endeavour": "try",
    "equivalent": "equal",
    "establish": "set up",
    "evaluate": "check",
    "expenditure": "spending",
    "facilitate": "help or run",
    "frequently": "often",
    "immediately": "now",
    "implement": "carry out",
    "implementation": "putting in place",
    "incorporate": "include",
    "indicate": "show",
    "individual": "person",
    "individuals": "people",
    "initiate": "start",
    "mandatory": "must",
    "methodology": "method",
    "modification": "change",
    "necessary": "needed",
    "numerous": "many",
    "objective": "aim",
    "operational": "working",
    "opportunity": "chance",
    "optimal": "best",
    "participants": "people taking part",
    "participate": "take part",
    "personnel": "staff",
    "preliminary": "first",
    "previously": "before",
    "primarily": "mainly",
    "prioritise": "put first",
    "remainder": "rest",
    "remuneration": "pay",
    "requirement": "need",
    "requirements": "needs",
    "stakeholders": "people involved",
    "subsequently": "later",
    "sufficient": "enough",
    "terminate": "end",
    "utilisation": "use",
    "utilise": "use",
}

_NAMES = frozenset({"NNP", "NNPS"})

#: Web and email addresses are not words to swap.
LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)


def long_words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The long words that count: not names, acronyms, numbers or familiar words."""
    tags = {t.idx: t.tag_ for t in sentence.span}
    links = [
        (sentence.start + m.start(), sentence.start + m.end()) for m in LINK.finditer(sentence.text)
    ]
    out = []
    for start, end, word in sentence.words():
        if any(a <= start < b for a, b in links):
            continue
        if word.isupper() or any(ch.isdigit() for ch in word):
            continue
        if word.lower() in FAMILIAR or tags.get(start) in _NAMES:
            continue
        if syllables.count(word) >= LONG_WORD_SYLLABLES:
            out.append((start, end, word))
    return out


@rule(
    "AC104",
    "long-words",
    unit="sentence",
    severity="warning",
    summary="Too many long words in one sentence",
    why="Long words are harder to read and to say, especially for people with dyslexia or a "
    "learning disability, and for people reading in a second language. Short, everyday words "
    "make a paper easier for everyone.",
    helps=("LD", "SpLD", "COG", "EAL", "NEW", "FAT"),
    fails=(
        "We will facilitate additional opportunities for individuals to participate in "
        "the evaluation.",
    ),
    passes=(
        "We will run more sessions so that more people can take part in the review.",
        "Everyone is welcome: the library and the hospital are both easy to get to.",
    ),
    options={"min_words": 10, "max_share": 0.3},
    profiles={
        "easy-read": {"min_words": 6, "max_share": 0.2},
        "professional": {"max_share": 0.4},
    },
)
def long_words_rule(sentence: Sentence, ctx: RuleContext) -> Iterator[Hit]:
    """A sentence where a large share of the words have 3 or more syllables.

    Plain English has some long words, but not many in one place: in everyday
    writing about 1 word in 10 has 3 or more syllables. This check flags a
    sentence of at least 10 words where 3 or more words in every 10 are long
    (plain English). Easy Read: 6 words, 2 in 10. Professional papers: 4 in
    10. Settings: `min_words` and `max_share` (0.3 means 3 in 10).

    It does not count names ("Birmingham"), acronyms, numbers, web and email
    addresses, or long words that nearly everyone knows ("everyone",
    "important", "hospital") or that are the right words for these papers
    ("disability", "experience").

    The finding lists up to 5 of the long words and suggests shorter words
    for some of them. The reading-age check for single sentences (AC102)
    looks at the whole sentence instead; a very dense sentence can get both.

    Before: "We will facilitate additional opportunities for individuals to
    participate."

    After: "We will run more sessions so that more people can take part."
    """
    if sentence.block.kind in SKIP_KINDS:
        return
    n = sentence.counts.words
    if n < ctx.options["min_words"]:
        return
    found = long_words(sentence)
    share = len(found) / n
    if not found or share < ctx.options["max_share"]:
        return
    names: list[str] = []
    for _, _, w in found:
        if w.lower() not in (x.lower() for x in names):
            names.append(w)
    listed = ", ".join(f"'{w}'" for w in names[:5])
    swaps = [f"'{SHORTER[w.lower()]}' for '{w}'" for w in names if w.lower() in SHORTER]
    if swaps:
        fix = "Try " + ", ".join(swaps[:3]) + "."
    else:
        fix = "Swap some of them for shorter, everyday words."
    per_ten = max(1, round(ctx.options["max_share"] * 10))
    yield Hit(
        f"{len(found)} of the {n} words in this sentence are long (3 or more syllables): "
        f"{listed}. Aim for fewer than {per_ten} in 10. {fix}",
        sentence.start,
        sentence.end,
        suggestions=(Suggestion(fix),),
    )
