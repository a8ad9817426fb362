"""`build_checklist(agenda_doc, papers, needs, config)`: the meeting checklist, as data.

For each item in data/checklist.csv:

1. not for this kind of meeting (its modes) → "not-applicable";
2. its `when` pattern is nowhere in the pack (no payment, so no benefits
   advice needed) → "not-applicable" (CALC items decide this themselves);
3. KW, ABSENT, RX: found → "found" with the sentence quoted, else
   "missing"; ASK: found if it is there, else "ask"; CALC: worked out in
   `calc.py`. "Found" means a phrase in context (`item_evidence`): the
   item's phrases in wordlists/checklist-phrases.csv, or every part of its
   pattern, in a sentence that does not deny it ("there is no hearing loop")
   and, for phrases, is not one of the item's "ignore" phrases (the
   "payment" in a register of interests).

A missing item is a note (KW: good practice), a warning (ABSENT, RX, CALC)
or, when an attendee's access need is one it serves, an error: "anything
asked for must be available" (Shaping Our Lives). The code ALL (everyone)
does not make an item required unless the needs file lists ALL.

The meeting's kind comes from the agenda, unless `mode` says otherwise; when
neither says, every item for in-person or online meetings is shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..agenda import MODES, Evidence, Mode, extract_agenda, has_phrases, parse_iso, phrases_for
from ..agenda import timing as T
from ..core.model import Document, Finding
from . import covered
from .calc import CALCULATIONS, Context, Outcome
from .docchecks import document_checks
from .items import Item, load_items
from .model import Checklist, Level, Need, Result
from .papers import MeetingPapers

_MISSING_LEVEL: dict[str, Level] = {"KW": "note", "ABSENT": "warning", "RX": "warning"}


class ChecklistError(ValueError):
    """The checklist cannot be made (for example, a date option that is not a date)."""


def _setting(config: Mapping[str, Any] | Any, key: str) -> Any:
    data = getattr(config, "data", config)
    return data.get(key) if isinstance(data, Mapping) else None


def _date_setting(config: Any, key: str) -> Any:
    value = str(_setting(config, key) or "").strip()
    if not value:
        return None
    parsed = parse_iso(value)
    if parsed is None:
        raise ChecklistError(
            f"The {key.replace('_', ' ')} '{value}' is not a date. Write it as 2026-03-12."
        )
    return parsed


def item_evidence(item: Item, pack: MeetingPapers) -> tuple[Evidence, ...]:
    """The evidence that an item is in the pack, as phrases in context; empty when it is not.

    An item with rows in wordlists/checklist-phrases.csv is found by those
    phrases; any other by its patterns in data/checklist.csv, every part of
    the pattern in a sentence that does not deny it.
    """
    if has_phrases(item.id):
        finds, ignores = phrases_for(item.id)
        found = pack.find_phrase(finds, ignores)
        return (found,) if found is not None else ()
    evidence = [pack.find_in_context(rx) for rx in item.patterns]
    if item.patterns and all(e is not None for e in evidence):
        return tuple(dict.fromkeys(e for e in evidence if e is not None))
    return ()


def _keyword(item: Item, pack: MeetingPapers) -> Outcome:
    found_all = item_evidence(item, pack)
    if found_all:
        return Outcome("found", "", found_all)
    several = len(item.patterns) > 1 and not has_phrases(item.id)
    evidence = [pack.find_in_context(rx) for rx in item.patterns] if several else []
    found = list(dict.fromkeys(e for e in evidence if e is not None))
    if item.detection == "ASK":
        return Outcome("ask", item.question)
    if found:
        return Outcome("missing", f"Only part of this was found. {item.question}", tuple(found))
    return Outcome("missing", "Not found in the agenda or papers.")


def _result(item: Item, outcome: Outcome, needs: frozenset[str]) -> Result:
    required_by = tuple(n for n in item.needs if n in needs and (n != "ALL" or "ALL" in needs))
    required = bool(required_by) and outcome.status != "not-applicable"
    if outcome.status == "found" or outcome.status == "not-applicable":
        level: Level = "ok"
    elif outcome.status == "ask":
        level = "ask"
    elif required:
        level = "error"
    else:
        level = outcome.level or _MISSING_LEVEL.get(item.detection, "warning")
    return Result(
        item, outcome.status, level, outcome.detail, outcome.evidence, required, required_by
    )


def check_item(item: Item, pack: MeetingPapers, ctx: Context) -> Result:
    """One item's result."""
    needs = ctx.needs
    if not item.applies_to(ctx.mode):
        kinds = {"in-person": "in person", "online": "online", "hybrid": "hybrid"}
        what = kinds.get(ctx.mode or "", "")
        return _result(
            item,
            Outcome(
                "not-applicable",
                f"Not needed for a meeting {what}." if what else "Not needed for this meeting.",
            ),
            needs,
        )
    if item.detection == "CALC":
        return _result(item, CALCULATIONS[item.id](item, ctx), needs)
    if item.when is not None and not pack.has(item.when):
        return _result(item, Outcome("not-applicable", "Does not apply to this meeting."), needs)
    if not item.patterns and not has_phrases(item.id):  # an ASK item with nothing to look for
        return _result(item, Outcome("ask", item.question), needs)
    return _result(item, _keyword(item, pack), needs)


def build_checklist(
    agenda_doc: Document,
    papers: Sequence[Document],
    needs: Iterable[Need],
    config: Mapping[str, Any] | Any,
    *,
    mode: str | None = None,
    items: Sequence[Item] | None = None,
    findings: Mapping[str, Sequence[Finding]] | None = None,
) -> Checklist:
    """The checklist for one meeting from its agenda, papers and attendees' needs.

    `config` is the merged configuration (a `Config` or its data): the
    settings `meeting_date` and `sent_date` win over the agenda's own dates,
    and `profile` "easy-read" slows the reading speed. `mode` ("in-person",
    "online", "hybrid") overrides the kind of meeting read from the agenda.
    `findings` are the findings, by path, of the rules the checklist reads
    (`covered.codes`), from the pack the caller analysed; without them those
    rules are run here. Raises ChecklistError for a date setting that is not a date.
    """
    if mode is not None and mode not in MODES:
        raise ChecklistError(f"The kind of meeting should be one of {', '.join(MODES)}.")
    needs = tuple(needs)
    codes = frozenset(n.code for n in needs)
    agenda = extract_agenda(agenda_doc)
    meeting = _date_setting(config, "meeting_date") or agenda.date
    sent = _date_setting(config, "sent_date") or agenda.sent_date
    item_list = tuple(items or load_items())
    if findings is None:
        findings = covered.run((agenda_doc, *papers), config, covered.codes(item_list))
    pack = MeetingPapers(agenda, agenda_doc, tuple(papers), findings)
    easy = _setting(config, "profile") == "easy-read" or "LD" in codes
    chosen: Mode | None = mode if mode is not None else agenda.mode  # type: ignore[assignment]
    ctx = Context(
        pack=pack,
        mode=chosen,
        needs=codes,
        meeting_date=meeting,
        sent_date=sent,
        words_per_minute=T.EASY_READ_WORDS_PER_MINUTE if easy else T.WORDS_PER_MINUTE,
    )
    results = tuple(check_item(item, pack, ctx) for item in item_list)
    problems = tuple(
        f"{p.path}: {problem.message} {problem.what_to_do}"
        for p in pack.documents
        for problem in p.problems
    )
    words = pack.word_count
    longest = T.longest_without_break(agenda)
    notice = (
        T.notice(meeting, sent, words, words_per_minute=ctx.words_per_minute)
        if meeting is not None and sent is not None
        else None
    )
    return Checklist(
        agenda=agenda,
        mode=chosen,
        mode_source="option" if mode is not None else ("agenda" if agenda.mode else "unknown"),
        needs=needs,
        results=results,
        document_checks=tuple(document_checks(pack, needs)),
        papers=tuple(p.path for p in papers),
        meeting_date=meeting,
        sent_date=sent,
        words=words,
        reading_minutes=-(-words // ctx.words_per_minute),
        problems=problems,
        length_minutes=T.meeting_minutes(agenda),
        longest_without_break=None
        if longest is None
        else (longest.minutes, T.clock(longest.start), T.clock(longest.end)),
        notice=notice,
    )


__all__ = ["ChecklistError", "Evidence", "build_checklist", "check_item", "item_evidence"]
