"""The rewriter: findings in, better sentences out.

For each document:

1. Run the selected rules of the sentence families (AC1xx readability, AC2xx
   jargon and acronyms, AC3xx inclusive language) with the normal engine, and
   put each finding in the sentence its span falls in. A sentence with a
   finding (or a redundant phrase, when AC201 is on) is *flagged*.
2. Parse the flagged sentences in one batch (the passive-voice rule's
   parses are reused), so every transformation sees tags and dependencies.
3. Ask every transformation for edits (see `transforms/`).
4. Compose them. A passive-to-active rewrite replaces the whole sentence, so
   it goes first; every word-level edit is then moved into the new sentence
   by finding its original words there once (an edit that cannot be placed
   is dropped), and splits are dropped. Otherwise the edits are applied
   together; where two overlap, the higher priority wins (contested terms,
   then plain words, acronyms, hidden verbs, redundant phrases, splits,
   "which" clauses; see `edits.PRIORITY`).
5. Re-parse every rewrite in one more batch, and run the safety checks. A
   rewrite that fails is dropped; when it had a split or passive change,
   its like-for-like edits alone are tried and checked once more. Otherwise
   the sentence keeps a hint from its findings.
6. Run the same rules again over the rewritten sentences, so the report can
   say what is still left to fix in each (`SentenceRewrite.remaining`).

Each rewrite says how sure it is (`safety`): "safe" when every change is
like-for-like (a plain word, a spelled-out acronym), "review" when a change
rebuilds the sentence (a split, passive to active), so read it first.

Headers and footers are never rewritten, nor is text in quotation marks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..core.model import Block, BlockKind, Document, Finding, Location
from ..engine import registry
from ..engine import run_rules as check_engine
from ..language import analysis, nlp, readability
from ..language.analysis import AnalysedDocument, Sentence
from . import safety
from .edits import Edit, apply, choose
from .transforms import Context, acronym, contested, nominal, passive, redundant, split, substitute

#: Rule families whose findings are about sentences and words.
FAMILIES = ("AC1", "AC2", "AC3")
SKIP_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})
#: Findings a rewritten sentence is checked for again wherever it stands;
#: the others (acronym first use, explain at first use) only when the
#: original had them, since they depend on what came earlier in the paper.
LOCAL_CODES = frozenset(
    {"AC101", "AC102", "AC103", "AC107", "AC108", "AC201", "AC202", "AC301", "AC302"}
)
#: Findings about a whole paragraph or paper, not a sentence.
NOT_SENTENCE_CODES = frozenset({"AC104", "AC105", "AC106"})
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
    #: Findings the rewritten sentence still has: what is left to fix by hand.
    remaining: tuple[Finding, ...] = ()

    @property
    def safety(self) -> str | None:
        """ "safe" or "review" for a rewrite (the least sure change decides); None otherwise."""
        if self.rewritten is None:
            return None
        return "review" if any(e.safety == "review" for e in self.edits) else "safe"

    @property
    def codes(self) -> list[str]:
        return sorted({f.code for f in self.findings} | {e.code for e in self.edits})

    @property
    def reasons(self) -> list[tuple[str, str]]:
        """(rule code, plain reason) for each change, or for each finding."""
        if self.rewritten is not None:
            return [(e.code, e.reason) for e in self.edits]
        return [(f.code, f.message) for f in self.findings]


def rules_for(config: Any) -> list[registry.Rule]:
    """The rules whose findings the rewrites answer: the selected ones of `FAMILIES`."""
    active = check_engine.active_rules(registry.all_rules(), config)
    return [r for r in active if r.code.startswith(FAMILIES)]


def _by_sentence(adoc: AnalysedDocument, findings: Sequence[Finding]) -> dict[Any, list[Finding]]:
    # A finding names its block by paragraph number (its line and column say where in the
    # block it starts, so they differ from the block's own).
    index = {(ab.block.location.path, ab.block.location.paragraph): ab for ab in adoc.blocks}
    out: dict[Any, list[Finding]] = {}
    for f in findings:
        start = f.location.start
        ab = index.get((f.location.path, f.location.paragraph))
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
    keep = [e for _, e in moved]
    if whole.drops:  # the safety checks must know which words went on purpose
        keep.append(replace(whole, start=len(text), end=len(text)))
    return rewritten, [whole, *inner], keep


def _parses(sentences: Sequence[Sentence]) -> dict[Any, Any]:
    from ..language.passive import parses

    docs = parses(s.text for s in sentences)
    return {s: docs[s.text] for s in sentences}


def we_name(config: Any) -> str:
    """The organisation that writes the papers as "we" (setting `rewrite.we_name`)."""
    section = config.data.get("rewrite") or {}
    return str(section.get("we_name") or "").strip()


def rewrite_document(
    adoc: AnalysedDocument, config: Any, findings: Sequence[Finding] | None = None
) -> list[SentenceRewrite]:
    """Every flagged sentence of one document, with a rewrite where one is safe.

    `findings` are the document's findings when they are already known (the
    pack's, from `api.analyse`); only those of `rules_for(config)` are used.
    Without them the rules are run here.
    """
    rules = rules_for(config)
    if findings is None:
        findings = check_engine.run_rules(adoc, rules, config)
    else:
        codes = {r.code for r in rules}
        findings = [f for f in findings if f.code in codes]
    flagged = _by_sentence(adoc, findings)
    if any(r.code == "AC201" for r in rules):
        for ab in adoc.blocks:
            for s in ab.sentences:
                if s not in flagged and redundant.edits(Context(s, [], config.data)):
                    flagged[s] = []
    order = [s for ab in adoc.blocks for s in ab.sentences if s in flagged]
    order = [s for s in order if s.block.kind not in SKIP_KINDS]
    parses = _parses(order)
    we = we_name(config)

    results: list[SentenceRewrite] = []
    pending: list[tuple[SentenceRewrite, list[Edit]]] = []
    found_edits: dict[int, list[Edit]] = {}
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
        ctx = Context(s, found, config.data, parses.get(s), we=we)
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
        found_edits[id(item)] = edits
    _check(pending, parses)
    _check(_safe_only(pending, found_edits), parses)
    _remaining([r for r in results if r.rewritten is not None], rules, config)
    return results


def _remaining(items: Sequence[SentenceRewrite], rules: Sequence[Any], config: Any) -> None:
    """Run the rules again over the rewritten sentences: what is still to fix."""
    if not items:
        return
    blocks = [
        Block(BlockKind.PARAGRAPH, item.rewritten or "", Location(item.path, paragraph=n + 1))
        for n, item in enumerate(items)
    ]
    analysed = analysis.analyse_documents(
        [Document(path=items[0].path, format="text", blocks=blocks)],
        parse="parser" in registry.model_parts(rules),
    )[0]
    found = check_engine.run_rules(analysed, list(rules), config)
    by_block: dict[int, list[Finding]] = {}
    for f in found:
        if f.location.paragraph is not None:
            by_block.setdefault(f.location.paragraph - 1, []).append(f)
    for n, item in enumerate(items):
        before = {f.code for f in item.findings}
        item.remaining = tuple(
            f
            for f in by_block.get(n, [])
            if f.code not in NOT_SENTENCE_CODES and (f.code in LOCAL_CODES or f.code in before)
        )


def _safe_only(
    pending: Sequence[tuple[SentenceRewrite, list[Edit]]], found: Mapping[int, list[Edit]]
) -> list[tuple[SentenceRewrite, list[Edit]]]:
    """A second try for rewrites that failed: only their like-for-like edits.

    A split or passive rewrite that fails the checks should not take the
    plain words of the same sentence down with it.
    """
    again = []
    for item, _ in pending:
        if item.passed_safety is not False:
            continue
        safe = [e for e in found[id(item)] if e.safety == "safe"]
        if not safe or len(safe) == len(found[id(item)]):
            continue
        rewritten, applied, original_spans = compose(item.original, safe)
        if rewritten == item.original:
            continue
        item.tried, item.edits = rewritten, tuple(applied)
        again.append((item, original_spans))
    return again


def _check(
    pending: Sequence[tuple[SentenceRewrite, list[Edit]]], parses: Mapping[Any, Any]
) -> None:
    """Re-parse the rewrites (and originals without a parse) in one batch; keep the safe ones."""
    if not pending:
        return
    by_text = {s.text: doc for s, doc in parses.items()}
    texts = [item.tried or "" for item, _ in pending]
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
