"""Checks on the papers that the attendees' access needs call for.

Where a rule of `accessicheck check` already answers the question, the
check reads that rule's findings (`covered.DOCUMENT_CHECK_CODES`), so the
two never disagree: headings, PDF tags, real text and pictures' descriptions
for screen readers, justified text for dyslexia. The print-size checks use
the size the attendee asked for, which no rule knows, so they measure the
font size of Word paragraphs (`Block.style`) themselves. These checks only
say, for the people coming to this meeting, whether the pack meets their need.

- LV (low vision): body text at least the size in the needs file ("18pt"),
  else 16pt (large print: at least 16pt, 18pt preferred);
- SR (screen reader): headings, tagged PDFs, no scanned pages, alt text;
- LD (learning disability): an Easy Read version, short sentences;
- SpLD (dyslexia): left-aligned text, at least 12pt;
- BSL and DB: the interpreters have the papers in advance (ask).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..agenda import Evidence
from ..core.model import BlockKind, Document, Location
from ..core.needs import NEED_NAMES
from ..language.readability import words
from .covered import DOCUMENT_CHECK_CODES
from .model import DocumentCheck, Need
from .papers import MeetingPapers

LARGE_PRINT_PT = 16.0
CLEAR_PRINT_PT = 12.0
_BODY = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.NOTE)


def _name(doc: Document) -> str:
    return doc.path.replace("\\", "/").rsplit("/", 1)[-1]


def _font_check(pack: MeetingPapers, need: str, size: float, label: str) -> DocumentCheck:
    small: list[tuple[Document, float, Location]] = []
    measured = 0
    for doc in pack.documents:
        if doc.format != "docx":
            continue
        for b in doc.blocks:
            pt = b.style.get("font_size") if b.kind in _BODY else None
            if isinstance(pt, (int, float)):
                measured += 1
                if pt < size:
                    small.append((doc, float(pt), b.location))
    name = f"{label}: body text at least {size:g}pt"
    if not measured:
        return DocumentCheck(
            need,
            name,
            "ask",
            "ask",
            f"We can only measure text size in Word files. Check the {label.lower()} copies use "
            f"at least {size:g}pt text.",
        )
    if small:
        smallest = min(pt for _d, pt, _l in small)
        docs = sorted({_name(d) for d, _pt, _l in small})
        evidence = tuple(Evidence(f"{_name(d)}: {pt:g}pt text", loc) for d, pt, loc in small[:3])
        return DocumentCheck(
            need,
            name,
            "missing",
            "error",
            f"{len(small)} of {measured} paragraphs are smaller than {size:g}pt (the smallest is "
            f"{smallest:g}pt), in {', '.join(docs)}. Make a copy with {size:g}pt text or larger.",
            evidence,
        )
    return DocumentCheck(
        need, name, "found", "ok", f"All {measured} measured paragraphs are {size:g}pt or larger."
    )


def low_vision(pack: MeetingPapers, need: Need) -> Iterator[DocumentCheck]:
    size = need.size_pt or LARGE_PRINT_PT
    yield _font_check(pack, "LV", size, "Large print")


#: What each rule the screen-reader check reads means for the attendee.
_SR_PROBLEMS = {
    "AC401": "No headings in {}: use Word's heading styles.",
    "AC420": 'Untagged PDF: {}. Export it again with tags ("accessible PDF").',
    "AC903": "Pages with no text (scanned?) in {}.",
    "AC406": "Pictures without a text description in {}.",
    "AC424": "Pictures without a text description in {}.",
}


def screen_reader(pack: MeetingPapers, need: Need) -> Iterator[DocumentCheck]:
    codes = DOCUMENT_CHECK_CODES["SR"]
    names: dict[str, list[str]] = {}
    evidence: list[Evidence] = []
    for doc, finding in pack.covered(codes):
        what = _SR_PROBLEMS[finding.code]
        if _name(doc) not in names.setdefault(what, []):
            names[what].append(_name(doc))
            evidence.append(Evidence(f"{_name(doc)}: {finding.code}", finding.location))
    problems = [what.format(", ".join(found)) for what, found in names.items()]
    name = "Screen reader: headings, tagged PDFs, real text, picture descriptions"
    if problems:
        yield DocumentCheck("SR", name, "missing", "error", " ".join(problems), tuple(evidence[:3]))
    else:
        yield DocumentCheck(
            "SR",
            name,
            "found",
            "ok",
            "Headings and text found. Check pictures have descriptions (alt text) too.",
        )


_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def learning_disability(pack: MeetingPapers, need: Need) -> Iterator[DocumentCheck]:
    lengths = [
        len(words(m.group()))
        for doc in pack.documents
        for b in doc.blocks
        if b.kind in _BODY
        for m in _SENTENCE.finditer(b.text)
        if len(words(m.group())) >= 3
    ]
    long = sum(1 for n in lengths if n > 15)
    name = "Easy Read: sentences of 15 words or fewer"
    if not lengths:
        yield DocumentCheck("LD", name, "ask", "ask", "There is no prose to measure.")
    elif long:
        yield DocumentCheck(
            "LD",
            name,
            "missing",
            "warning",
            f"{long} of {len(lengths)} sentences have more than 15 words. Check the papers with "
            "accessicheck check --profile easy-read, and make an Easy Read version.",
        )
    else:
        yield DocumentCheck("LD", name, "found", "ok", "Every sentence has 15 words or fewer.")
    pages = [(_name(d), d.meta.pages) for d in pack.documents if d.meta.pages and d.meta.pages > 24]
    if pages:
        yield DocumentCheck(
            "LD",
            "Easy Read: 24 pages or fewer",
            "missing",
            "warning",
            "Long for Easy Read: " + ", ".join(f"{n} ({p} pages)" for n, p in pages) + ".",
        )


def dyslexia(pack: MeetingPapers, need: Need) -> Iterator[DocumentCheck]:
    justified = pack.covered(DOCUMENT_CHECK_CODES["SpLD"])
    name = "Dyslexia: text aligned left, not justified"
    if justified:
        yield DocumentCheck(
            "SpLD",
            name,
            "missing",
            "error",
            f"Justified text in {', '.join(sorted({_name(d) for d, _f in justified}))}, which "
            "leaves uneven gaps between words. Align text to the left.",
            tuple(Evidence(f"{_name(d)}: justified text", f.location) for d, f in justified[:3]),
        )
    else:
        yield DocumentCheck("SpLD", name, "found", "ok", "No justified paragraphs found.")
    yield _font_check(pack, "SpLD", CLEAR_PRINT_PT, "Clear print")


def sign_language(pack: MeetingPapers, need: Need) -> Iterator[DocumentCheck]:
    yield DocumentCheck(
        need.code,
        "Interpreters have the papers in advance",
        "ask",
        "ask",
        "Have the interpreters been sent the agenda, the papers and the names of the speakers "
        "before the meeting?",
    )
    if need.code == "DB":
        yield DocumentCheck(
            "DB",
            "Deafblind communication support",
            "ask",
            "ask",
            "Is the right support booked (hands-on signing, a guide-communicator), and are the "
            "papers in the person's format (Braille, large print or electronic)?",
        )


CHECKS: dict[str, Callable[[MeetingPapers, Need], Iterator[DocumentCheck]]] = {
    "LV": low_vision,
    "SR": screen_reader,
    "LD": learning_disability,
    "SpLD": dyslexia,
    "BSL": sign_language,
    "DB": sign_language,
}


def document_checks(pack: MeetingPapers, needs: tuple[Need, ...]) -> list[DocumentCheck]:
    """The checks the needs call for, once per kind of need (the largest print size wins)."""
    out: list[DocumentCheck] = []
    seen: set[str] = set()
    ordered = sorted(needs, key=lambda n: -(n.size_pt or 0))
    for need in ordered:
        if need.code in seen or need.code not in CHECKS:
            continue
        seen.add(need.code)
        out.extend(CHECKS[need.code](pack, need))
    order = list(NEED_NAMES)
    return sorted(out, key=lambda c: order.index(c.need) if c.need in order else len(order))
