"""The rewrite engine: findings in, better sentences out.

For each document:

1. Run the selected rules of the sentence families (AC1xx readability, AC2xx
   jargon and acronyms, AC3xx inclusive language) with the normal engine, and
   put each finding in the sentence its span falls in. A sentence with a
   finding (or a redundant phrase, when AC201 is on) is *flagged*.
2. Parse, in one batch, only the flagged sentences that need the parser:
   long or hard ones (splits) and passive ones (passive to active).
3. Ask every transformation for edits (see `transforms/`).
4. Compose them. A passive-to-active rewrite replaces the whole sentence, so
   it goes first; every word-level edit is then moved into the new sentence
   by finding its original words there once (an edit that cannot be placed
   is dropped), and splits are dropped. Otherwise the edits are applied
   together; where two overlap, the higher priority wins (contested terms,
   then plain words, acronyms, hidden verbs, redundant phrases, splits,
   "which" clauses; see `edits.PRIORITY`).
5. Re-parse every original that has no parse yet and every rewrite in one
   more batch, and run the safety checks. A rewrite that fails is dropped;
   the sentence keeps a hint from its findings instead.

Headers and footers are never rewritten, nor is text in quotation marks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .. import engine as check_engine
from .. import nlp, readability, registry
from ..analysis import AnalysedDocument, Sentence
from ..model import BlockKind, Finding, Location
from . import safety
from .edits import Edit, apply, choose
from .transforms import Context, acronym, contested, nominal, passive, redundant, split, substitute

#: Rule families whose findings are about sentences and words.
FAMILIES = ("AC1", "AC2", "AC3")
SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})
#: Findings that need the parser to act on.
PARSE_CODES = frozenset({"AC101", "AC102", "AC103"})
WORD_TRANSFORMS = (contested, substitute, acronym, nominal, redundant)


@dataclass
class SentenceRewrite:
    """One flagged sentence: what it said, the suggested rewrite and why.

    `rewritten` is None when no safe rewrite was found; `hint` then says what
    to do by hand. `passed_safety` is None when no rewrite was tried.
    """

    path: str
    block: int
    location: Location
    original: str
    findings: tuple[Finding, ...]
    rewritten: str | None = None
    edits: tuple[Edit, ...] = ()
    passed_safety: bool | None = None
    problems: tuple[str, ...] = ()
    hint: str = ""
    tried: str | None = field(default=None, repr=False)
    reading_age_before: float | None = None
    reading_age_after: float | None = None

    @property
    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings} | {e.code for e in self.edits})

    @property
    def reasons(self) -> list[tuple[str, str]]:
        """(rule code, plain reason) for each change, or for each finding."""
        if self.rewritten is not None:
            return [(e.code, e.reason) for e in self.edits]
        return [(f.code, f.message) for f in self.findings]


def _rules(config: Any) -> list[registry.Rule]:
    active = check_engine.active_rules(registry.all_rules(), config)
    return [r for r in active if r.code.startswith(FAMILIES)]


def _by_sentence(adoc: AnalysedDocument, findings: Sequence[Finding]) -> dict[Any, list[Finding]]:
    index = {ab.block.location: ab for ab in adoc.blocks}
    out: dict[Any, list[Finding]] = {}
    for f in findings:
        start = f.location.start
        ab = index.get(replace(f.location, start=None, end=None))
        if ab is None or start is None:
            continue
        for s in ab.sentences:
            if s.start <= start < s.end:
                out.setdefault(s, []).append(f)
                break
    return out


def _reading_age(texts: Sequence[str]) -> float | None:
    counts = readability.Counts.total(readability.Counts.of_sentence(t) for t in texts)
    return readability.score(counts).reading_age


def _hint(findings: Sequence[Finding]) -> str:
    seen: list[str] = []
    for f in findings:
        text = f.suggestions[0].text if f.suggestions else f.message
        if text not in seen:
            seen.append(text)
    return " ".join(seen)


def _move(edit: Edit, old: str, new: str) -> Edit | None:
    """The edit placed in a rewritten sentence, if its words appear there once."""
    words = old[edit.start : edit.end]
    if not words.strip() or new.count(words) != 1:
        return None
    at = new.index(words)
    return replace(edit, start=at, end=at + len(words))


def compose(text: str, found: Sequence[Edit]) -> tuple[str, list[Edit], list[Edit]]:
    """(rewritten text, edits applied, the same edits with original offsets)."""
    whole = next((e for e in found if e.kind == "passive"), None)
    if whole is None:
        chosen = choose(found)
        return apply(text, chosen), chosen, chosen
    words = choose(e for e in found if e.kind not in {"passive", "split", "which"})
    moved = [(m, e) for e in words if (m := _move(e, text, whole.replacement)) is not None]
    inner = [m for m, _ in moved]
    rewritten = apply(whole.replacement, inner)
    return rewritten, [whole, *inner], [e for _, e in moved]


def _parses(sentences: Sequence[Sentence], flagged: Mapping[Any, list[Finding]]) -> dict[Any, Any]:
    from ..rules import passive_voice

    need = [s for s in sentences if PARSE_CODES & {f.code for f in flagged[s]}]
    docs = passive_voice.parses(need)
    return {s: docs[s.text] for s in need}


def rewrite_document(adoc: AnalysedDocument, config: Any) -> list[SentenceRewrite]:
    """Every flagged sentence of one document, with a rewrite where one is safe."""
    rules = _rules(config)
    findings = check_engine.run_rules(adoc, rules, config)
    flagged = _by_sentence(adoc, findings)
    if any(r.code == "AC201" for r in rules):
        for ab in adoc.blocks:
            for s in ab.sentences:
                if s not in flagged and redundant.edits(Context(s, [], config.data)):
                    flagged[s] = []
    order = [s for ab in adoc.blocks for s in ab.sentences if s in flagged]
    order = [s for s in order if s.block.kind not in SKIP_KINDS]
    parses = _parses(order, flagged)

    results: list[SentenceRewrite] = []
    pending: list[tuple[SentenceRewrite, list[Edit]]] = []
    for s in order:
        found = flagged[s]
        item = SentenceRewrite(
            path=adoc.path,
            block=s.block.index,
            location=replace(s.block.block.location, start=s.start, end=s.end),
            original=s.text,
            findings=tuple(found),
            hint=_hint(found),
            reading_age_before=_reading_age([s.text]),
        )
        results.append(item)
        ctx = Context(s, found, config.data, parses.get(s))
        edits: list[Edit] = []
        for transform in (*WORD_TRANSFORMS, split, passive):
            if transform is contested and not ctx.with_code("AC301", "AC302"):
                continue
            edits += transform.edits(ctx)
        if not edits:
            continue
        rewritten, applied, original_spans = compose(s.text, edits)
        if rewritten == s.text:
            continue
        item.tried, item.edits = rewritten, tuple(applied)
        pending.append((item, original_spans))
    _check(pending, parses)
    return results


def _check(
    pending: Sequence[tuple[SentenceRewrite, list[Edit]]], parses: Mapping[Any, Any]
) -> None:
    """Re-parse the rewrites (and originals without a parse) in one batch; keep the safe ones."""
    if not pending:
        return
    by_text = {s.text: doc for s, doc in parses.items()}
    texts = [item.tried for item, _ in pending]
    texts += [item.original for item, _ in pending if item.original not in by_text]
    unique = list(dict.fromkeys(texts))
    docs = dict(zip(unique, nlp.parse(unique), strict=True))
    for item, spans in pending:
        new = docs[item.tried]
        old = by_text.get(item.original) or docs[item.original]
        verdict = safety.check(item.original, item.tried or "", spans, old, new)
        item.passed_safety = verdict.passed
        item.problems = verdict.problems
        if verdict.passed:
            item.rewritten = item.tried
            item.reading_age_after = _reading_age([sent.text for sent in new.sents])
        else:
            item.edits = ()


def rewrite_documents(
    documents: Sequence[AnalysedDocument], config: Any
) -> list[list[SentenceRewrite]]:
    """`rewrite_document` for each analysed document, in order."""
    return [rewrite_document(d, config) for d in documents]
