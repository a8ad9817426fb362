"""The meeting checklist as JSON, for other tools. Described in docs/checklist.md.

`schema_version` changes its major number when a field is removed or changes
meaning, and its minor number when a field is added.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..agenda.minutes import Minutes, Person
from ..agenda.model import AgendaItem, Evidence
from ..agenda.times import show as show_time
from ..checklist.model import Checklist, DocumentCheck, Result

SCHEMA_VERSION = "1.1"


def _evidence(e: Evidence) -> dict[str, Any]:
    loc = e.location
    return {
        "text": e.text,
        "path": loc.path,
        "page": loc.page,
        "paragraph": loc.paragraph,
        "line": loc.line,
        "where": e.where(),
    }


def _item(i: AgendaItem) -> dict[str, Any]:
    return {
        "kind": i.kind,
        "number": i.number,
        "time": show_time(i.time) or None,
        "end": show_time(i.end) or None,
        "duration_minutes": i.duration,
        "title": i.title,
        "owner": i.owner,
        "purpose": i.purpose,
        "purpose_text": i.purpose_text,
        "description": i.description,
        "papers": list(i.papers),
        "evidence": _evidence(i.evidence),
    }


def _person(p: Person) -> dict[str, Any]:
    return {"name": p.name, "initials": p.initials, "role": p.role}


def _minutes(m: Minutes | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "present": [_person(p) for p in m.present],
        "apologies": [_person(p) for p in m.apologies],
        "actions": [
            {"owner": a.owner, "text": a.text, "evidence": _evidence(Evidence(a.text, a.location))}
            for a in m.actions
        ],
        "initials": sorted(m.initials),
    }


def _timing(checklist: Checklist) -> dict[str, Any]:
    longest = checklist.longest_without_break
    return {
        "length_minutes": checklist.length_minutes,
        "longest_without_break": None
        if longest is None
        else {"minutes": longest[0], "start": longest[1], "end": longest[2]},
        "breaks": [show_time(b.time) or None for b in checklist.agenda.breaks],
    }


def _notice(checklist: Checklist) -> dict[str, Any] | None:
    n = checklist.notice
    if n is None:
        return None
    return {
        "days": n.days,
        "clear_days": n.clear_days,
        "days_needed": n.days_needed,
        "reading_minutes": n.reading_minutes,
    }


def _result(r: Result) -> dict[str, Any]:
    return {
        "id": r.item.id,
        "group": r.item.group,
        "name": r.item.name,
        "question": r.item.question,
        "status": r.status,
        "level": r.level,
        "required": r.required,
        "required_by": list(r.required_by),
        "detail": r.detail,
        "evidence": [_evidence(e) for e in r.evidence],
        "detection": r.item.detection,
        "modes": list(r.item.modes) or ["all"],
        "helps": list(r.item.needs),
        "why": r.item.why,
        "sources": list(r.item.sources),
    }


def _check(c: DocumentCheck) -> dict[str, Any]:
    return {
        "need": c.need,
        "name": c.name,
        "status": c.status,
        "level": c.level,
        "detail": c.detail,
        "evidence": [_evidence(e) for e in c.evidence],
    }


def as_data(checklist: Checklist) -> dict[str, Any]:
    a = checklist.agenda
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "accessicheck", "version": __version__},
        "meeting": {
            "path": a.path,
            "title": a.title,
            "dates": [d.isoformat() for d in a.dates],
            "meeting_date": checklist.meeting_date.isoformat() if checklist.meeting_date else None,
            "sent_date": checklist.sent_date.isoformat() if checklist.sent_date else None,
            "start": show_time(a.start) or None,
            "finish": show_time(a.finish) or None,
            "venue": a.venue,
            "postcode": a.postcode,
            "platform": a.platform,
            "link": a.link,
            "dial_in": a.dial_in,
            "mode": checklist.mode,
            "mode_source": checklist.mode_source,
            "mode_evidence": [_evidence(e) for e in a.mode_evidence],
            "is_agenda": a.is_agenda,
            "agenda_reason": a.agenda_reason,
            "kind": a.kind,
            "kind_reason": a.kind_reason,
            "papers_in_advance": _evidence(a.papers_in_advance) if a.papers_in_advance else None,
            "timing": _timing(checklist),
            "notice": _notice(checklist),
            "minutes": _minutes(a.minutes),
            "items": [_item(i) for i in a.items],
            "papers_referred_to": list(a.papers),
            "evidence": {name: _evidence(e) for name, e in a.evidence.items()},
        },
        "needs": [{"code": n.code, "detail": n.detail} for n in checklist.needs],
        "papers": list(checklist.papers),
        "words": checklist.words,
        "reading_minutes": checklist.reading_minutes,
        "summary": {
            "items": len(checklist.results),
            "found": checklist.count("found"),
            "missing": checklist.count("missing"),
            "ask": checklist.count("ask"),
            "not_applicable": checklist.count("not-applicable"),
            "required_missing": len(checklist.required_missing),
            "errors": checklist.count_level("error"),
        },
        "exit_code": checklist.exit_code,
        "problems": list(checklist.problems),
        "items": [_result(r) for r in checklist.results],
        "document_checks": [_check(c) for c in checklist.document_checks],
    }


def render(checklist: Checklist) -> str:
    return json.dumps(as_data(checklist), indent=2, ensure_ascii=False) + "\n"
