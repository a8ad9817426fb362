"""The checklist items worked out from the agenda (detection CALC): times, dates, files.

Each function takes the item and a `Context` and returns an `Outcome`. The
sums are the ones the AC5xx rules use (`accessicheck.agenda.timing`), so the
checklist and `accessicheck check` never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..agenda import (
    Evidence,
    Mode,
    explained,
    has_phrases,
    late_paper_mentions,
    phrases_for,
    show_date,
    show_time,
    unexplained_jargon,
)
from ..agenda import timing as T
from ..core.model import BlockKind, Location
from ..language.readability import words
from .items import Item
from .model import Level, Status
from .papers import MeetingPapers, evidence_for, evidence_for_finding


@dataclass(frozen=True)
class Outcome:
    """A CALC item's result before the engine adds requirements. `level` is for a
    missing item whose seriousness the sums decide (None: the usual level)."""

    status: Status
    detail: str
    evidence: tuple[Evidence, ...] = ()
    level: Level | None = None


@dataclass(frozen=True)
class Context:
    """What the CALC items may use."""

    pack: MeetingPapers
    mode: Mode | None
    needs: frozenset[str]
    meeting_date: date | None
    sent_date: date | None
    words_per_minute: int = T.WORDS_PER_MINUTE


def _ev(ctx: Context, *names: str) -> tuple[Evidence, ...]:
    found = (ctx.pack.agenda.where(n) for n in names)
    return tuple(dict.fromkeys(e for e in found if e is not None))


def _mention(item: Item, ctx: Context) -> Evidence | None:
    """Where the pack mentions an item, as a phrase in context (see `agenda.phrases`)."""
    if has_phrases(item.id):
        return ctx.pack.find_phrase(*phrases_for(item.id))
    return ctx.pack.find_in_context(item.patterns[0]) if item.patterns else None


def _list(things: list[str], limit: int = 5) -> str:
    shown = [f"“{t}”" for t in things[:limit]]
    more = f" and {len(things) - limit} more" if len(things) > limit else ""
    return ", ".join(shown) + more


# --- before the meeting --------------------------------------------------------------------


def date_and_times(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    missing = []
    date_ev = a.where("date")
    if a.date is None:
        missing.append("the date")
    elif date_ev and not re.search(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", date_ev.text, re.I):
        missing.append(f"the day of the week ({a.date:%A})")
    if a.start is None:
        missing.append("the start time")
    if a.finish is None:
        missing.append("the finish time")
    evidence = _ev(ctx, "date", "start", "finish")
    if missing:
        return Outcome("missing", "Add " + " and ".join(missing) + ".", evidence)
    return Outcome(
        "found",
        f"{show_date(a.date)}, {show_time(a.start)} to {show_time(a.finish)}.",
        evidence,
    )


def reachable_times(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    start, finish = T.meeting_span(a)
    if start is None:
        return Outcome("ask", "We could not find the start time. " + item.question)
    problems = T.time_problems(a)
    if problems:
        return Outcome(
            "missing", " ".join(p.message for p in problems), _ev(ctx, "start", "finish")
        )
    until = f" to {T.clock(finish)}" if finish is not None else ""
    return Outcome("found", f"Runs from {T.clock(start)}{until}.", _ev(ctx, "start", "finish"))


def meeting_notice(item: Item, ctx: Context) -> Outcome:
    saved = _mention(item, ctx)
    if ctx.meeting_date is None or ctx.sent_date is None:
        if saved:
            return Outcome("found", "A “save the date” was sent.", (saved,))
        return Outcome(
            "ask",
            "We could not find when the invitation went out. Give at least two weeks' notice "
            "(use --sent-date and --meeting-date to check).",
        )
    days = (ctx.meeting_date - ctx.sent_date).days
    detail = f"Sent {show_date(ctx.sent_date)}, {days} days before the meeting."
    if days >= T.MEETING_NOTICE_DAYS:
        return Outcome("found", detail, _ev(ctx, "sent_date"))
    return Outcome(
        "missing",
        detail + f" Give at least {T.MEETING_NOTICE_DAYS} days' notice next time.",
        _ev(ctx, "sent_date"),
    )


def papers_in_time(item: Item, ctx: Context) -> Outcome:
    late = []
    for _doc, b in ctx.pack.blocks():
        for s0, _s1, m in late_paper_mentions(b.text):
            late.append(evidence_for(b, s0 + m.start(), s0 + m.end()))
    if late:
        return Outcome(
            "missing",
            "Some papers will come late or on the day. Send every paper with the agenda.",
            tuple(late[:3]),
        )
    if ctx.meeting_date is None or ctx.sent_date is None:
        said = ctx.pack.agenda.papers_in_advance
        if said is not None:
            return Outcome(
                "ask",
                "The agenda says the papers go out before the meeting. Check they go at least "
                "a week before (use --sent-date and --meeting-date to work it out).",
                (said,),
            )
        return Outcome(
            "ask",
            "We could not find when the papers were sent. Use --sent-date and --meeting-date, "
            'or add "Papers sent: …" to the agenda. Send papers at least a week before.',
        )
    n = T.notice(
        ctx.meeting_date,
        ctx.sent_date,
        ctx.pack.word_count,
        words_per_minute=ctx.words_per_minute,
    )
    reading = T.duration_phrase(max(n.reading_minutes, 1))
    facts = (
        f"Sent {show_date(ctx.sent_date)} for {show_date(ctx.meeting_date)}: {n.days} days "
        f"({n.clear_days} clear days). About {n.words} words, {reading} of reading."
    )
    ev = _ev(ctx, "sent_date")
    if n.too_late:
        return Outcome("missing", facts + " The papers are dated after the meeting.", ev, "error")
    if n.clear_days < T.MIN_CLEAR_DAYS:
        return Outcome(
            "missing",
            facts
            + f" Send papers at least {T.MIN_CLEAR_DAYS} clear days before; a week is better.",
            ev,
            "error",
        )
    if n.days < n.days_needed:
        return Outcome(
            "missing",
            facts + f" People need at least {n.days_needed} days for this much reading.",
            ev,
        )
    return Outcome("found", facts, ev)


def items_explained(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    if not a.topics:
        return Outcome("ask", "We could not find the agenda items. " + item.question)
    bare = [i for i in a.topics if not explained(i.title, i.description)]
    texts = [b.text for b in ctx.pack.agenda_doc.blocks]
    jargon = unexplained_jargon(texts)
    problems = []
    evidence: list[Evidence] = []
    if bare:
        problems.append(
            f"{len(bare)} of {len(a.topics)} items are only a title: "
            f"{_list([i.title for i in bare])}."
        )
        evidence += [i.evidence for i in bare[:3]]
    if jargon:
        problems.append(
            f"Meeting jargon with no explanation: "
            f"{_list([m.group().strip() for _i, m, _p in jargon])}."
        )
        blocks = ctx.pack.agenda_doc.blocks
        evidence += [evidence_for(blocks[i], m.start(), m.end()) for i, m, _p in jargon[:2]]
    if problems:
        return Outcome("missing", " ".join(problems), tuple(evidence))
    return Outcome("found", f"All {len(a.topics)} items say what will happen.")


def timed_agenda(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    if not a.items:
        return Outcome("ask", "We could not find the agenda items. " + item.question)
    slots = T.schedule(a)
    untimed = [s.item for s in slots if s.start is None and s.item.duration is None]
    clashes = T.clashes(a)
    problems = []
    if untimed:
        problems.append(
            f"{len(untimed)} of {len(a.items)} items have no time: "
            f"{_list([i.title for i in untimed])}."
        )
    problems += [c.message for c in clashes]
    evidence = tuple([i.evidence for i in untimed[:2]] + [c.item.evidence for c in clashes[:2]])
    if problems:
        return Outcome("missing", " ".join(problems), evidence)
    return Outcome("found", f"All {len(a.items)} items have times that add up.")


def breaks(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    longest = T.longest_without_break(a)
    said = [b.evidence for b in a.breaks]
    if longest is None:
        mention = _mention(item, ctx)
        if mention:
            return Outcome(
                "ask",
                "A break is mentioned, but we could not work out the times. Check there is a "
                "break at least every hour.",
                (mention,),
            )
        return Outcome("ask", "We could not work out the times. " + item.question)
    run = (
        f"The longest stretch without a break is {T.duration_phrase(longest.minutes)} "
        f"({T.clock(longest.start)} to {T.clock(longest.end)})."
    )
    if longest.minutes > T.BREAK_ERROR_MINUTES:
        return Outcome(
            "missing", run + " Add a break at least every hour.", tuple(said[:2]), "error"
        )
    if longest.minutes > T.BREAK_WARNING_MINUTES:
        return Outcome("missing", run + " Add a break at least every hour.", tuple(said[:2]))
    return Outcome("found", run, tuple(said[:2]))


def meeting_length(item: Item, ctx: Context) -> Outcome:
    minutes = T.meeting_minutes(ctx.pack.agenda)
    if minutes is None:
        return Outcome("ask", "We could not work out how long the meeting is. " + item.question)
    mode = ctx.mode or "in-person"
    limit = round(T.MAX_HOURS[mode] * 60)
    facts = f"The meeting lasts {T.duration_phrase(minutes)}."
    if minutes > limit:
        kind = {"online": "an online", "hybrid": "a hybrid"}.get(mode, "an in-person")
        return Outcome(
            "missing",
            facts + f" For {kind} meeting aim for {T.duration_phrase(limit)} or less.",
            _ev(ctx, "start", "finish"),
        )
    return Outcome("found", facts, _ev(ctx, "start", "finish"))


def editable_files(item: Item, ctx: Context) -> Outcome:
    """Papers with real text a screen reader can follow: no findings from the rules in
    `covered_by` (an untagged PDF, pages with no text)."""
    problems = [
        f"{_name(doc.path)}: {finding.message}"
        for doc, finding in ctx.pack.covered(item.covered_by)
    ]
    evidence = tuple(
        Evidence(f"{_name(doc.path)} ({doc.format})", Location(doc.path))
        for doc in ctx.pack.documents[:3]
    )
    if problems:
        return Outcome("missing", " ".join(problems), evidence)
    return Outcome("found", f"{len(ctx.pack.documents)} file(s) with real text.", evidence)


_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def plain_english(item: Item, ctx: Context) -> Outcome:
    lengths = []
    for doc in ctx.pack.documents:
        for b in doc.blocks:
            if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.NOTE):
                continue
            for m in _SENTENCE.finditer(b.text):
                n = len(words(m.group()))
                if n >= 3:
                    lengths.append(n)
    if len(lengths) < 5:
        return Outcome("ask", "There is too little prose to judge. " + item.question)
    average = sum(lengths) / len(lengths)
    target = 15 if "LD" in ctx.needs else 20
    long = sum(1 for n in lengths if n > 25)
    facts = (
        f"Sentences average {average:.0f} words; {long} of {len(lengths)} are over 25 "
        "words. Run accessicheck check on the papers for the details."
    )
    if average > target or long / len(lengths) > 0.1:
        return Outcome("missing", facts + f" Aim for an average of {target} words or fewer.")
    return Outcome("found", facts)


def acronyms(item: Item, ctx: Context) -> Outcome:
    """A list of what words mean, or no acronym that `check` says is never spelled out."""
    glossary = _mention(item, ctx)
    if glossary:
        return Outcome("found", "There is a list of what words mean.", (glossary,))
    found: dict[str, Evidence] = {}
    for doc, finding in ctx.pack.covered(item.covered_by):
        name = finding.excerpt or finding.message
        if name not in found:
            found[name] = evidence_for_finding(doc, finding)
    if found:
        return Outcome(
            "missing",
            f"Acronyms not spelled out: {_list(list(found), 8)}. Spell each out the first "
            "time, or add a list of what words mean.",
            tuple(list(found.values())[:3]),
        )
    return Outcome("found", "No unexplained acronyms found.")


_EASY_READ = re.compile(r"easy[- ]?read", re.I)


def easy_read_version(item: Item, ctx: Context) -> Outcome:
    for doc in ctx.pack.papers:
        first = next((b.text for b in doc.blocks if b.text.strip()), "")
        if (
            _EASY_READ.search(_name(doc.path))
            or _EASY_READ.search(doc.meta.title or "")
            or (_EASY_READ.search(first[:120]))
        ):
            return Outcome(
                "found",
                f"{_name(doc.path)} is an Easy Read version.",
                (Evidence(_name(doc.path), Location(doc.path)),),
            )
    agenda_doc = ctx.pack.agenda_doc
    if _EASY_READ.search(agenda_doc.meta.title or "") or _EASY_READ.search(
        " ".join(b.text for b in agenda_doc.blocks[:3])
    ):
        return Outcome(
            "found",
            "The agenda is in Easy Read.",
            (Evidence(_name(agenda_doc.path), Location(agenda_doc.path)),),
        )
    offered = ctx.pack.find(_EASY_READ)
    if offered:
        return Outcome(
            "ask",
            "Easy Read is mentioned but no Easy Read paper is in the pack. Check it is ready.",
            (offered,),
        )
    return Outcome("missing", "No Easy Read version of the papers was found.")


def date_clash(item: Item, ctx: Context) -> Outcome:
    if ctx.meeting_date is None:
        return Outcome("ask", item.question + " Check a faith calendar and the school terms.")
    return Outcome(
        "ask",
        f"Does {show_date(ctx.meeting_date)} clash with a religious festival, school holiday "
        "or half term? Check a faith calendar and the local school terms.",
        _ev(ctx, "date"),
    )


def bsl_interpreters(item: Item, ctx: Context) -> Outcome:
    mention = _mention(item, ctx)
    two = ctx.pack.find(
        re.compile(
            r"\b(?:two|2) (?:BSL )?(?:sign language )?interpreters|interpreters?(?: are| will be)?"
            r"(?: booked)?:? [A-Z][a-z]+ [A-Z][a-z]+ and [A-Z][a-z]+",
            re.I,
        )
    )
    minutes = T.meeting_minutes(ctx.pack.agenda)
    needs_bsl = bool({"BSL", "DB"} & ctx.needs)
    if mention is None:
        return Outcome(
            "missing",
            "BSL interpretation is not mentioned. Book interpreters early: "
            "they cannot be booked at short notice.",
        )
    if needs_bsl and (minutes is None or minutes > 30) and two is None:
        return Outcome(
            "missing",
            "Interpreters are mentioned, but not two of them. Book two BSL interpreters for a "
            "meeting over 30 minutes, name them, and send them the papers in advance.",
            (mention,),
        )
    return Outcome(
        "found", "BSL interpretation is mentioned.", tuple(e for e in (two or mention,) if e)
    )


# --- venue, online, hybrid -----------------------------------------------------------------


def address_and_travel(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    travel = _mention(item, ctx)
    place = a.where("venue")
    if a.postcode is None and place is None:
        return Outcome("missing", "We could not find the venue's address and postcode.")
    evidence = tuple(e for e in (place, travel) if e)
    if a.postcode is None:
        return Outcome("missing", "Add the postcode to the address.", evidence)
    if travel is None:
        return Outcome(
            "missing",
            f"The address is there ({a.postcode}), but not how to get there: add the nearest "
            "station and buses, parking and drop-off.",
            evidence,
        )
    return Outcome(
        "found", f"Address with postcode {a.postcode}, and travel information.", evidence
    )


def joining(item: Item, ctx: Context) -> Outcome:
    a = ctx.pack.agenda
    extra = _mention(item, ctx)
    evidence = _ev(ctx, "platform", "link", "dial_in")
    missing = []
    if a.platform is None:
        missing.append("the name of the platform (Zoom, Microsoft Teams …)")
    if a.link is None and extra is None:
        missing.append("the joining link")
    if a.dial_in is None:
        missing.append("a phone number to join by phone")
    if missing:
        return Outcome("missing", "Add " + " and ".join(missing) + ".", evidence)
    return Outcome(
        "found", f"{a.platform}, with a link and a phone number ({a.dial_in}).", evidence
    )


def same_materials(item: Item, ctx: Context) -> Outcome:
    bad = ctx.pack.find(item.when) if item.when else None
    good = _mention(item, ctx)
    if bad and not good:
        return Outcome(
            "missing",
            "Handouts are given out in the room. Send the same papers to people online.",
            (bad,),
        )
    if good:
        return Outcome("found", "Everyone gets the same papers.", (good,))
    return Outcome("ask", item.question)


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


CALCULATIONS: dict[str, Callable[[Item, Context], Outcome]] = {
    "PLAN-03": date_and_times,
    "PLAN-04": reachable_times,
    "PLAN-05": meeting_notice,
    "PLAN-06": papers_in_time,
    "PLAN-07": items_explained,
    "PLAN-08": timed_agenda,
    "PLAN-09": breaks,
    "PLAN-10": meeting_length,
    "PLAN-16": editable_files,
    "PLAN-17": plain_english,
    "PLAN-18": acronyms,
    "PLAN-19": easy_read_version,
    "PLAN-27": date_clash,
    "ONL-04": bsl_interpreters,
    "VEN-01": address_and_travel,
    "ONL-01": joining,
    "HYB-02": same_materials,
}
