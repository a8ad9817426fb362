"""PDF files, read with pypdfium2 (PDFium): text per page, split into paragraphs.

pypdfium2 is used for everything here, including the catalog facts
(`meta.tagged` from /MarkInfo /Marked via FPDFCatalog_IsTagged, `meta.language`
from /Lang): it is about 20 times faster than pypdf at extracting text, and
reading the catalog through the document PDFium already opened avoids parsing
the file twice.

Paragraphs. PDFium gives the page text as lines, and a box for each character.
A new paragraph starts at a blank line; when the next line is further down
than twice the text height or 1.3 times the page's usual line spacing; when
the text size changes by more than a fifth; when the text jumps up the page
(a new column); at a line that starts like a list item (a bullet, "1.",
"(a)"); or after a line that ends a sentence well short of the right-hand
edge of the text. Lines without a known box only break at blank lines and
list items.
List-like paragraphs become LIST_ITEM blocks (level 1) without their bullet
or number, as in the other formats; everything else is a PARAGRAPH.
Headings: a short group of lines (at most 3 lines, 15 words, not ending in
".", "," or ";") whose text is a sixth larger than the body text, or bold when
the body is not, is a HEADING; levels rank the document's heading styles
by size, then bold (see `_heading_level` and `_rank_headings`). The body
size is the size most of the document's text has.
Running headers and footers: lines at the very top or bottom of at least two
pages (numbers ignored, so "Page 2 of 3" matches) become HEADER and FOOTER
blocks, outside the reading flow.

A line that starts a field of its own (a time, "Venue: …"; see
`text.STARTS_FIELD`) under a line that ends short starts a new paragraph, so
an agenda laid out one field a line keeps its lines.

Joining lines: with a space, except at a hyphen. A soft hyphen always joins
the halves ("involve\u00ad|ment" -> "involvement"). A plain "-" joins the halves
without it only when a lowercase letter comes before it, the next line starts
lowercase, the part before the hyphen is at least 3 letters and not a common
prefix that keeps its hyphen (co-, non-, self-, re-, pre-, ...), and that word
has no other hyphen; otherwise the hyphen stays and the lines join without a
space ("co-|production" -> "co-production").

Scanned pages: a page with fewer than 10 non-space characters that has an
image (or many vector paths, as in outlined text) goes into
`meta.pages_without_text`. If no page has text, the document gets AC903.

Time: the file gets `time_budget` seconds, checked between pages. When it runs
out we keep the pages read so far and add AC908 saying how far we got.

Structure facts (tags, language, title, figures, headings, tables, fonts,
security, bookmarks) are read afterwards with pypdf by `pdf_facts` into
`meta.facts.structure` (with PDFium's word on encryption), within what is
left of the time budget (at least `MIN_STRUCTURE_SECONDS`, at most
`MAX_STRUCTURE_SECONDS`). What cannot be read is simply not known; when the
structure walk stops at its limit the document gets AC909, saying the check
stopped early.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accessicheck.core.bounds import stopped_early
from accessicheck.core.facts import PdfFileFacts
from accessicheck.core.model import BlockKind, Document, DocumentMeta, LoadProblem
from accessicheck.core.structure import Structure
from accessicheck.loaders import DEFAULT_TIME_BUDGET, Draft, LoaderError, number_blocks
from accessicheck.loaders.text import STARTS_FIELD

MIN_PAGE_CHARS = 10
MANY_PATHS = 50
MIN_STRUCTURE_SECONDS = 1.0
MAX_STRUCTURE_SECONDS = 10.0

# The private-use range U+F000-U+F0FF is where Word's Symbol and Wingdings
# bullets come out (U+F0B7 is Symbol's bullet).
_LIST_START = re.compile(
    r"^(?:[•◦▪▫●○■□‣⁃–\-*\uf000-\uf0ff]|\d{1,3}[.)]|\(?[a-zA-Z]\)|\([ivx]{1,4}\))\s"
)
_SENTENCE_END = tuple(".!?:;\"'”’)")
# Prefixes (3+ letters; shorter stems always keep the hyphen) that usually keep it.
_KEEP_HYPHEN_PREFIXES = frozenset(
    {
        "non", "self", "pre", "post", "well", "anti", "semi", "multi", "cross", "inter",
        "intra", "sub", "super", "part", "half", "full", "long", "short", "over", "under",
        "out", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "third", "low", "high", "mid", "age", "year", "month", "week",
    }
)  # fmt: skip
_SOFT_HYPHENS = ("\u00ad", "\x02")  # PDFium reports a hyphenation point as U+0002

_DAMAGED = (
    "The PDF is damaged, so we could not read it.",
    "Export or save the PDF again from the original document, then check the new copy.",
)


@dataclass
class _Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float
    size: float = 0.0  # font size of the line's first character (0 if unknown)
    bold: bool = False
    rows: int = 1  # PDFium joins a word hyphenated over two rows into one line

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)

    @property
    def has_box(self) -> bool:
        return bool(self.top or self.bottom)


def load(path: Path, *, time_budget: float = DEFAULT_TIME_BUDGET) -> Document:
    started = time.monotonic()
    pdf = _open(path)
    try:
        doc = Document(path=str(path), format="pdf", meta=DocumentMeta())
        security = _read_catalog(pdf, doc.meta)
        pages: list[tuple[int, list[_Line]]] = []
        bad_pages: list[int] = []
        scanned: list[int] = []
        page_count = len(pdf)
        doc.meta.pages = page_count
        read = 0
        for index in range(page_count):
            if time.monotonic() - started > time_budget:
                doc.problems.append(_too_slow(read, page_count))
                break
            number = index + 1
            try:
                lines, no_text = _read_page(pdf, index)
            except Exception:  # noqa: BLE001 - one bad page must not lose the others
                bad_pages.append(number)
            else:
                pages.append((number, lines))
                if no_text:
                    scanned.append(number)
            read += 1
    finally:
        pdf.close()

    doc.meta.pages_without_text = tuple(scanned)
    doc.blocks = number_blocks(str(path), _drafts(pages))
    if bad_pages:
        doc.problems.append(_bad_pages(bad_pages))
    readable_pages = read - len(bad_pages)
    if readable_pages and (not doc.blocks or len(scanned) == readable_pages):
        doc.problems.append(_no_text(bool(scanned)))
    left = time_budget - (time.monotonic() - started)
    structure = _structure(path, left, security)
    doc.meta.facts = PdfFileFacts(structure, pages_read=read)
    if structure.pdf is not None and not structure.pdf.complete:
        doc.problems.append(
            stopped_early(
                "check of the PDF's tags and structure",
                "the file's structure is very large or slow to read",
            )
        )
    no_text = any(p.code == "AC903" for p in doc.problems)
    facts = structure.pdf
    if no_text and facts is not None and facts.ua is not None and facts.readable_without_page_text:
        # Form field text, or pictures with alt text: not a scan. Their words are the text.
        doc.problems = [p for p in doc.problems if p.code != "AC903"]
        doc.meta.pages_without_text = ()
        off_page = [Draft(BlockKind.PARAGRAPH, t, page=n) for n, _, t in facts.ua.texts_off_page]
        doc.blocks = number_blocks(str(path), off_page)
    return doc


def _structure(path: Path, seconds: float, security: int | None) -> Structure:
    """The structure facts. `security` is PDFium's permission bits when the file is
    encrypted (None when it is not): PDFium can tell when pypdf cannot."""
    from accessicheck.loaders import pdf_facts

    seconds = min(max(seconds, MIN_STRUCTURE_SECONDS), MAX_STRUCTURE_SECONDS)
    facts = pdf_facts.read(path, seconds)
    if security is not None:
        facts.encrypted = True
        if facts.permissions is None:
            facts.permissions = security
    structure = Structure(format="pdf", pdf=facts, tables=list(facts.tables))
    if facts.error:
        structure.gaps.append(f"PDF structure: {facts.error}")
    if not facts.complete:
        structure.gaps.append("PDF structure: stopped at the time or size limit")
    return structure


def _open(path: Path) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if exc.err_code == raw.FPDF_ERR_PASSWORD:
            raise LoaderError(
                "AC902",
                "This PDF needs a password.",
                "Ask the author for a copy without a password.",
                detail=str(exc),
            ) from None
        if exc.err_code == raw.FPDF_ERR_SECURITY:
            raise LoaderError(
                "AC902",
                "This PDF is locked by a security system we cannot open.",
                "Ask the author for a copy without protection.",
                detail=str(exc),
            ) from None
        raise LoaderError("AC901", *_DAMAGED, detail=str(exc)) from None


def _read_catalog(pdf: Any, meta: DocumentMeta) -> int | None:
    """Title, tags and language into `meta`. Returns the permission bits when the file is
    encrypted (bit 10: text for accessibility), None when it is not."""
    import pypdfium2.raw as raw

    try:
        title = pdf.get_metadata_value("Title")
    except Exception:  # noqa: BLE001 - unreadable metadata is not a reason to stop
        title = ""
    meta.title = title.strip() or None
    meta.tagged = bool(raw.FPDFCatalog_IsTagged(pdf.raw))
    meta.language = _catalog_language(pdf)
    if raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
        return int(raw.FPDF_GetDocPermissions(pdf.raw)) & 0xFFFFFFFF
    return None


def _catalog_language(pdf: Any) -> str | None:
    import pypdfium2.raw as raw

    size = raw.FPDFCatalog_GetLanguage(pdf.raw, None, 0)
    if size <= 2 or size > 1000:
        return None
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFCatalog_GetLanguage(pdf.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    value = buffer.raw[: size - 2].decode("utf-16-le", errors="replace").strip()
    return value or None


# --- one page -------------------------------------------------------------------------


def _read_page(pdf: Any, index: int) -> tuple[list[_Line], bool]:
    """(the page's lines, True when the page has content but no text layer)."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage)
        finally:
            textpage.close()
        chars = sum(len("".join(line.text.split())) for line in lines)
        no_text = chars < MIN_PAGE_CHARS and _has_non_text_content(page)
    finally:
        page.close()
    return lines, no_text


def _drafts(pages: list[tuple[int, list[_Line]]]) -> list[Draft]:
    """Paragraphs, headings, running headers and footers for every page read."""
    body = _body_style(line for _, lines in pages for line in lines)
    running = _running_lines(pages)
    drafts: list[Draft] = []
    for number, lines in pages:
        text_lines = [line for line in lines if line.text]
        head = 0
        while head < len(text_lines) and _shape(text_lines[head].text) in running:
            head += 1
        foot = len(text_lines)
        while foot > head and _shape(text_lines[foot - 1].text) in running:
            foot -= 1
        for line in text_lines[:head]:
            drafts.append(Draft(BlockKind.HEADER, line.text, page=number, in_flow=False))
        middle = (
            lines[lines.index(text_lines[head]) : lines.index(text_lines[foot - 1]) + 1]
            if head < foot
            else []
        )
        for kind, text, level in paragraphs(middle, body):
            drafts.append(Draft(kind, text, level=level, page=number))
        for line in text_lines[foot:]:
            drafts.append(Draft(BlockKind.FOOTER, line.text, page=number, in_flow=False))
    return _rank_headings(drafts)


def _rank_headings(drafts: list[Draft]) -> list[Draft]:
    """Turn heading prominence (see `_heading_level`) into levels 1, 2, 3 …

    The most prominent heading style in the document is level 1, the next 2,
    and so on, up to 6.
    """
    keys = sorted(
        {d.level for d in drafts if d.kind is BlockKind.HEADING and d.level}, reverse=True
    )
    rank = {key: min(i + 1, 6) for i, key in enumerate(keys)}
    out = []
    for d in drafts:
        if d.kind is BlockKind.HEADING and d.level:
            d = d._replace(level=rank[d.level])
        out.append(d)
    return out


def _shape(text: str) -> str:
    """A line with its numbers blanked, so "Page 2 of 3" matches "Page 3 of 3"."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _running_lines(pages: list[tuple[int, list[_Line]]]) -> set[str]:
    """Lines at the very top or bottom of at least two pages: running headers and footers."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for _, lines in pages:
        text_lines = [line.text for line in lines if line.text]
        ends = {_shape(t) for t in text_lines[:2] + text_lines[-2:]}
        seen.update(ends)
    return {shape for shape, n in seen.items() if n >= 2 and len(shape) <= 120}


@dataclass(frozen=True)
class _Body:
    size: float  # the font size of most of the text
    bold: bool  # True when most of the text is bold


def _body_style(lines: Iterable[_Line]) -> _Body:
    sizes: Counter[float] = Counter()
    bold = plain = 0
    for line in lines:
        n = len(line.text)
        if line.size:
            sizes[line.size] += n
        if line.bold:
            bold += n
        else:
            plain += n
    size = sizes.most_common(1)[0][0] if sizes else 0.0
    return _Body(size, bold > plain)


def _lines(textpage: Any) -> list[_Line]:
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    if not text:
        return []
    lines: list[_Line] = []
    offset = 0  # in UTF-16 code units, as PDFium counts text positions
    for raw_line in text.split("\r\n"):
        units = len(raw_line.encode("utf-16-le")) // 2
        stripped = _join_marked_hyphens(" ".join(raw_line.split()))
        rows = 1 + raw_line.count(_LINE_END_HYPHEN)
        line = _Line(stripped, 0, 0, 0, 0, rows=rows)
        if stripped:
            # Text positions and character positions differ where PDFium adds
            # or drops characters, so translate before asking for boxes.
            lead = len(raw_line[: len(raw_line) - len(raw_line.lstrip())].encode("utf-16-le")) // 2
            trail = len(raw_line[len(raw_line.rstrip()) :].encode("utf-16-le")) // 2
            first = raw.FPDFText_GetCharIndexFromTextIndex(textpage.raw, offset + lead)
            last = raw.FPDFText_GetCharIndexFromTextIndex(textpage.raw, offset + units - trail - 1)
            if first >= 0 and last >= 0:
                left, bottom, _, top = textpage.get_charbox(first, loose=True)
                _, _, right, _ = textpage.get_charbox(last, loose=True)
                size = raw.FPDFText_GetFontSize(textpage.raw, first)
                line = _Line(
                    stripped, left, right, top, bottom, round(size, 1), _bold(textpage, first), rows
                )
        lines.append(line)
        offset += units + 2
    return lines


_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


def _bold(textpage: Any, index: int) -> bool:
    """Bold by weight or, as PDFium often reports 400 for bold fonts, by font name."""
    import pypdfium2.raw as raw

    if raw.FPDFText_GetFontWeight(textpage.raw, index) >= 600:
        return True
    flags = ctypes.c_int(0)
    n = raw.FPDFText_GetFontInfo(textpage.raw, index, None, 0, ctypes.byref(flags))
    if n <= 0 or n > 512:
        return False
    buffer = ctypes.create_string_buffer(n)
    raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, n, ctypes.byref(flags))
    return bool(_BOLD_NAME.search(buffer.value.decode("latin-1", "replace")))


def _has_non_text_content(page: Any) -> bool:
    import pypdfium2.raw as raw

    paths = 0
    for obj in page.get_objects(max_depth=3):
        if obj.type in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            return True
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= MANY_PATHS:
                return True
    return False


# --- lines to paragraphs ----------------------------------------------------------------


def paragraphs(
    lines: list[_Line], body: _Body | None = None
) -> list[tuple[BlockKind, str, int | None]]:
    """Group a page's lines into (kind, text, level) paragraphs (see the module docstring)."""
    body = body or _body_style(lines)
    boxed = [line for line in lines if line.text and line.has_box]
    layout = _Layout(
        right=max((line.right for line in boxed), default=0.0),
        width=max(
            max((line.right for line in boxed), default=0.0)
            - min((line.left for line in boxed), default=0.0),
            1.0,
        ),
        pitch=_usual_pitch(boxed),
    )

    groups: list[list[_Line]] = []
    previous: _Line | None = None
    for line in lines:
        if not line.text:
            previous = None  # a blank line ends the paragraph
            continue
        if previous is None or _starts_paragraph(previous, line, layout):
            groups.append([line])
        else:
            groups[-1].append(line)
        previous = line
    out: list[tuple[BlockKind, str, int | None]] = []
    for group in groups:
        text = join_lines([line.text for line in group])
        marker = _LIST_START.match(text)
        level = _heading_level(group, text, body)
        if level is not None:
            out.append((BlockKind.HEADING, text, level))
        elif marker:
            out.append((BlockKind.LIST_ITEM, text[marker.end() :].lstrip(), 1))
        else:
            out.append((BlockKind.PARAGRAPH, text, None))
    return out


def _heading_level(group: list[_Line], text: str, body: _Body) -> int | None:
    """How prominent a heading is (larger is more), or None when it is not one.

    A short group of lines (at most 3 lines and 15 words, not ending in ".",
    "," or ";") is a heading when its text is a sixth or more larger than the
    body text, or bold when the body is not. Prominence is the size in tenths
    of a point, plus 1 when bold; `_rank_headings` turns it into a level.
    """
    if not body.size or len(group) > 3 or len(text.split()) > 15:
        return None
    if text.endswith((".", ",", ";")) or not any(ch.isalpha() for ch in text):
        return None
    sizes = [line.size for line in group]
    if not all(sizes):
        return None
    size = min(sizes)
    bold = all(line.bold for line in group)
    larger = size >= 1.15 * body.size
    if larger or (bold and not body.bold and size >= 0.95 * body.size):
        return round(size * 10) * 2 + (1 if bold else 0)
    return None


@dataclass
class _Layout:
    right: float  # right-hand edge of the page's text
    width: float  # width of the page's text
    pitch: float  # the usual distance from one line to the next (0 if unknown)


def _usual_pitch(lines: list[_Line]) -> float:
    """The median distance between consecutive lines of similar size."""
    pitches = [
        a.top - b.top
        for a, b in zip(lines, lines[1:], strict=False)
        if a.top > b.top and abs(a.height - b.height) <= 0.2 * max(a.height, b.height)
    ]
    return statistics.median(pitches) if pitches else 0.0


def _starts_paragraph(prev: _Line, line: _Line, layout: _Layout) -> bool:
    if _LIST_START.match(line.text):
        return True
    if not (prev.has_box and line.has_box):
        return False
    height = max(prev.height, line.height)
    step = prev.top - line.top  # how far down the page this line is from the last
    if step < -0.5 * height:
        return True  # moved up the page: a new column or a new region
    rows = prev.rows
    if step > 2.0 * height * rows or (layout.pitch and step > 1.3 * layout.pitch * rows):
        return True  # more space than between the lines of a paragraph
    if abs(prev.height - line.height) > 0.2 * height:
        return True  # a change of text size, such as heading to body
    if prev.size and line.size and abs(prev.size - line.size) > 0.1 * max(prev.size, line.size):
        return True  # a change of font size
    if prev.bold != line.bold and len(prev.text.split()) <= 15:
        return True  # a bold line on its own, such as a heading
    ends_short = prev.right < layout.right - 0.15 * layout.width
    if ends_short and STARTS_FIELD.match(line.text.strip()):
        return True  # a line of its own: "10:30 Welcome", "Venue: …" under a short line
    return ends_short and prev.text.endswith(_SENTENCE_END)


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph, undoing hyphenation where it is safe."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out.endswith(_SOFT_HYPHENS):
            out = out[:-1] + line
        elif out.endswith("-") and not out.endswith(" -"):
            out = out[:-1] + line if _drop_hyphen(out, line) else out + line
        else:
            out = f"{out} {line}"
    return out.replace("\u00ad", "").replace("\x02", "")


def _dictionary_says(stem: str, after: str) -> bool | None:
    """Whether to drop the hyphen, when an English dictionary can tell.

    "involve-|ment": "involvement" is a word, so drop it. "block-|purchased":
    "blockpurchased" is not, but "block" and "purchased" are, so keep it.
    """
    from accessicheck.language import syllables

    words = syllables.table()
    nxt = re.match(r"[A-Za-z]+", after)
    if not nxt or not stem.isalpha():
        return None
    first, second = stem.lower(), nxt.group().lower()
    if first + second in words:
        return True
    if first in words and second in words:
        return False
    return None


#: PDFium puts U+FFFE where a word was hyphenated at the end of a row, and
#: joins the two rows into one line of text.
_LINE_END_HYPHEN = "\ufffe"


def _join_marked_hyphens(text: str) -> str:
    """Undo PDFium's marked hyphenation with the same rule as `join_lines`."""
    while _LINE_END_HYPHEN in text:
        before, _, after = text.partition(_LINE_END_HYPHEN)
        text = before + after if _drop_hyphen(before + "-", after) else f"{before}-{after}"
    return text


def _drop_hyphen(before: str, after: str) -> bool:
    word = before.rsplit(maxsplit=1)[-1][:-1]  # the word the hyphen ends, without it
    stem = word.rsplit("-", 1)[-1]
    if stem.lower() in _KEEP_HYPHEN_PREFIXES:
        return False
    known = _dictionary_says(stem, after)
    if known is not None:
        return known
    return (
        len(word) >= 2
        and word[-1].islower()
        and after[:1].islower()
        and "-" not in word
        and len(stem) >= 3
        and stem.isalpha()
        and stem.lower() not in _KEEP_HYPHEN_PREFIXES
    )


# --- problems -----------------------------------------------------------------------------


def _too_slow(read: int, total: int) -> LoadProblem:
    # No `page`: the message already says how far we got.
    return LoadProblem(
        "AC908",
        f"We stopped after reading {read} of {total} pages because the file took too long "
        "to read. The rest was not checked.",
        "Split the PDF into smaller files and check each one, or check the remaining pages "
        "by hand.",
    )


def _bad_pages(pages: list[int]) -> LoadProblem:
    # Reports show `page` after the message, so the message leaves the number out.
    if len(pages) == 1:
        message = "We could not read one of the pages. It may be damaged."
    else:
        message = f"We could not read {len(pages)} of the pages, starting with this one. "
        message += "They may be damaged."
    return LoadProblem(
        "AC901",
        message,
        "Export the PDF again from the original document, then check the new copy.",
        page=pages[0],
    )


def _no_text(scanned: bool) -> LoadProblem:
    if scanned:
        message = "We could not find any text. The pages may be scanned images."
    else:
        message = "We could not find any text in this PDF."
    return LoadProblem(
        "AC903", message, "Ask for the original document, or a version with real text."
    )
