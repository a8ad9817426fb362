"""A Word copy of the paper with each rewrite as a tracked change and a comment.

The original is opened with python-docx and its blocks are read again with the
Word loader's own reader, so block N here is block N of the analysed document
and we know which paragraph (w:p, including table cells) each sentence came
from. For each rewrite that passed the safety checks:

1. the words that change are found with a word-level diff of the original and
   the rewrite, so unchanged words stay as they were;
2. the runs are split at the edges of each change, each piece keeping its run
   properties (w:rPr), so bold, italics and the rest are untouched;
3. removed text goes into w:del (as w:delText) and new text into w:ins, both
   with w:author="accessicheck" and a fixed w:date; the new text takes the
   formatting of the first removed run (or of the run before it);
4. a Word comment (word/comments.xml, through python-docx's comments API) spans
   the changed words and gives the reasons, and what is still left to fix.

A flagged sentence with no safe rewrite (only a hint) gets a comment of its
own over the sentence, with the hint, and no tracked change.

A sentence is left out of the copy (and counted in `Placed.skipped`) when it
spans paragraphs, when its text does not match the file, or when a change
would cut through something other than plain text (a tab, a field, a
picture). The input is never written: the copy goes to a new file,
atomically.
"""

from __future__ import annotations

import copy
import difflib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..loaders.docx import Reader, Styles, collect_text, headers_and_footers, related_element
from .rewriter import SentenceRewrite

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "accessicheck"
#: Every change carries this date unless the caller gives another, so the same
#: input gives the same output.
DEFAULT_DATE = "2026-01-01T00:00:00Z"
_SIMPLE_RUN_CHILDREN = frozenset({"rPr", "t", "lastRenderedPageBreak"})
_TOKEN = re.compile(r"\s+|[\w’'-]+|[^\w\s]")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class SameFile(ValueError):
    """The output would overwrite the input."""


@dataclass
class Placed:
    """How many rewrites went into the Word copy, and which could not."""

    placed: int = 0
    skipped: list[str] = field(default_factory=list)
    hints: int = 0


# --- the word-level difference ---------------------------------------------------------


def changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start, end, new text) in `old` for each stretch that differs, left to right."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    a_at = [0]
    for tok in a:
        a_at.append(a_at[-1] + len(tok))
    ops: list[tuple[int, int, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end, text = a_at[i1], a_at[i2], "".join(b[j1:j2])
        if ops and not old[ops[-1][1] : start].strip():
            # Join changes that only a space separates: one change reads better.
            p_start, p_end, p_text = ops[-1]
            gap = old[p_end:start]
            ops[-1] = (p_start, end, p_text + gap + text)
        else:
            ops.append((start, end, text))
    return ops


# --- runs --------------------------------------------------------------------------------


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _layout(p: Any) -> list[tuple[int, int, Any]]:
    """(start, end, w:r) for the text of a paragraph, merging pieces of one run."""
    pieces: list[tuple[str, Any]] = []
    collect_text(p, pieces, [], None)
    out: list[tuple[int, int, Any]] = []
    at = 0
    for text, run in pieces:
        if out and out[-1][2] is run and out[-1][1] == at:
            out[-1] = (out[-1][0], at + len(text), run)
        else:
            out.append((at, at + len(text), run))
        at += len(text)
    return out


def _simple(run: Any) -> bool:
    return run is not None and all(_local(c) in _SIMPLE_RUN_CHILDREN for c in run)


def _run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(_w("t")))


def _set_text(run: Any, text: str, tag: str = "t") -> None:
    for old in list(run):
        if _local(old) in {"t", "delText", "lastRenderedPageBreak"}:
            run.remove(old)
    t = run.makeelement(_w(tag), {})
    t.text = text
    t.set(XML_SPACE, "preserve")
    run.append(t)


def _split_at(p: Any, offset: int) -> None:
    """Make sure a run boundary falls at `offset` in the paragraph's text."""
    for start, end, run in _layout(p):
        if start < offset < end:
            text = _run_text(run)
            cut = offset - start
            twin = copy.deepcopy(run)
            _set_text(run, text[:cut])
            _set_text(twin, text[cut:])
            run.addnext(twin)
            return


def _runs_in(p: Any, start: int, end: int) -> list[Any]:
    return [run for s, e, run in _layout(p) if start <= s and e <= end and s < e]


def _can_change(p: Any, start: int, end: int) -> bool:
    touched = [run for s, e, run in _layout(p) if s < end and start < e]
    return bool(touched) and all(_simple(r) for r in touched)


# --- tracked changes -----------------------------------------------------------------------


class _Tracker:
    """Makes w:ins / w:del elements with fresh ids, one author and one date."""

    def __init__(self, root: Any, date: str) -> None:
        ids = [int(v) for v in (el.get(_w("id")) for el in root.iter()) if v and v.isdigit()]
        self.next_id = max(ids, default=0) + 1000
        self.date = date

    def element(self, tag: str, like: Any) -> Any:
        el = like.makeelement(
            _w(tag), {_w("id"): str(self.next_id), _w("author"): AUTHOR, _w("date"): self.date}
        )
        self.next_id += 1
        return el


def _delete(tracker: _Tracker, runs: list[Any]) -> list[Any]:
    """Wrap runs in w:del, a group per run of adjacent siblings."""
    wrappers: list[Any] = []
    group: list[Any] = []
    for run in runs + [None]:
        if group and (run is None or run.getprevious() is not group[-1]):
            wrapper = tracker.element("del", group[0])
            group[0].addprevious(wrapper)
            for r in group:
                _set_text(r, _run_text(r), "delText")
                wrapper.append(r)
            wrappers.append(wrapper)
            group = []
        if run is not None:
            group.append(run)
    return wrappers


def _insert(tracker: _Tracker, text: str, like: Any, after: Any | None, before: Any | None) -> Any:
    run = like.makeelement(_w("r"), {})
    rpr = like.find(_w("rPr")) if like is not None else None
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    _set_text(run, text)
    ins = tracker.element("ins", like)
    ins.append(run)
    if after is not None:
        after.addnext(ins)
    elif before is not None:
        before.addprevious(ins)
    return ins


def _apply_change(tracker: _Tracker, p: Any, start: int, end: int, text: str) -> tuple[Any, Any]:
    """One change at paragraph offsets; returns the first and last new elements."""
    _split_at(p, start)
    _split_at(p, end)
    removed = _runs_in(p, start, end)
    layout = _layout(p)
    before = next((run for s, e, run in reversed(layout) if e <= start), None)
    following = next((run for s, e, run in layout if s >= end), None)
    like = removed[0] if removed else (before if before is not None else following)
    wrappers = _delete(tracker, removed) if removed else []
    first = wrappers[0] if wrappers else None
    last = wrappers[-1] if wrappers else None
    if text:
        anchor_after = last if last is not None else before
        ins = _insert(tracker, text, like, anchor_after, following)
        first = first if first is not None else ins
        last = ins
    return first, last


def _comment(document: Any, first: Any, last: Any, text: str, date: str) -> None:
    comment = document.comments.add_comment(text, author=AUTHOR, initials="AC")
    comment._comment_elm.set(_w("date"), date)
    cid = str(comment.comment_id)
    start = first.makeelement(_w("commentRangeStart"), {_w("id"): cid})
    end = last.makeelement(_w("commentRangeEnd"), {_w("id"): cid})
    first.addprevious(start)
    last.addnext(end)
    ref_run = last.makeelement(_w("r"), {})
    ref = ref_run.makeelement(_w("commentReference"), {_w("id"): cid})
    ref_run.append(ref)
    end.addnext(ref_run)


def _comment_text(item: SentenceRewrite) -> str:
    reasons = "\n".join(f"{code}: {reason}" for code, reason in item.reasons)
    text = f"Suggested by accessicheck. Accept or reject each change.\n{reasons}"
    if item.safety == "review":
        text += "\nRead this one first: it changes how the sentence is built."
    if item.remaining:
        text += "\nStill to fix: " + " ".join(f"{f.code}: {f.message}" for f in item.remaining)
    return text


def _hint_text(item: SentenceRewrite) -> str:
    codes = ", ".join(sorted({f.code for f in item.findings}))
    return f"accessicheck ({codes}): {item.hint or 'Reword this sentence by hand.'}"


def _comment_on(document: Any, p: Any, start: int, end: int, text: str, date: str) -> bool:
    """A comment over start:end of a paragraph, with no change to the text."""
    if not _can_change(p, start, end):
        return False
    _split_at(p, start)
    _split_at(p, end)
    runs = _runs_in(p, start, end)
    if not runs:
        return False
    _comment(document, runs[0], runs[-1], text, date)
    return True


# --- the document ----------------------------------------------------------------------------


def _paragraph_sources(document: Any) -> list[list[tuple[Any, int]]]:
    """For each block (as the loader numbers them), its (w:p, offset) pairs."""
    part = document.part
    styles = Styles(related_element(part, "styles"), related_element(part, "numbering"))
    reader = Reader(styles)
    body = part.element.find(_w("body"))
    drafts = list(reader.blocks(body)) if body is not None else []
    for kind, element in headers_and_footers(part, body):
        drafts.extend(reader.blocks(element, kind=kind))
    return [reader.sources(d) for d in drafts]


def _locate(sources: list[list[tuple[Any, int]]], item: SentenceRewrite) -> tuple[Any, int] | None:
    if item.block >= len(sources) or item.location.start is None:
        return None
    start, end = item.location.start, item.location.end or item.location.start
    for p, offset in sources[item.block]:
        text = "".join(t for t, _ in _layout_text(p))
        local = start - offset
        if local >= 0 and end - offset <= len(text) and text[local : end - offset] == item.original:
            return p, local
    return None


def _layout_text(p: Any) -> list[tuple[str, Any]]:
    pieces: list[tuple[str, Any]] = []
    collect_text(p, pieces, [], None)
    return pieces


def write_tracked(
    source: Path,
    target: Path,
    rewrites: Sequence[SentenceRewrite],
    *,
    date: str = DEFAULT_DATE,
) -> Placed:
    """Write `target`: a copy of `source` with each rewrite as a tracked change."""
    import docx

    if Path(target).resolve() == Path(source).resolve():
        raise SameFile(f"'{target}' is the paper itself. Choose another name for the copy.")
    document = docx.Document(str(source))
    sources = _paragraph_sources(document)
    tracker = _Tracker(document.part.element, date)
    result = Placed()
    ready = [r for r in rewrites if r.rewritten is not None or r.hint]
    located = []
    for item in ready:
        found = _locate(sources, item)
        if found is None:
            if item.rewritten is not None:
                result.skipped.append(item.original)
            continue
        located.append((found[0], found[1], item))
    # Right to left within each paragraph, so earlier offsets stay true.
    located.sort(key=lambda x: -x[1])
    for p, local, item in located:
        if item.rewritten is None:
            end = local + len(item.original)
            if _comment_on(document, p, local, end, _hint_text(item), date):
                result.hints += 1
            continue
        ops = changes(item.original, item.rewritten or "")
        if not ops or not all(
            _can_change(p, local + s, local + max(e, s + 1) if s == e else local + e)
            for s, e, _ in ops
        ):
            result.skipped.append(item.original)
            continue
        first = last = None
        for s, e, text in reversed(ops):
            f, l_ = _apply_change(tracker, p, local + s, local + e, text)
            first = f if f is not None else first
            last = last if last is not None else l_
        if first is not None and last is not None:
            _comment(document, first, last, _comment_text(item), date)
        result.placed += 1
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        document.save(str(tmp))
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return result
