"""Plain-English phrases shared by the checklist reporters (text, Markdown, Word, JSON)."""

from __future__ import annotations

from ..agenda.dates import show as show_date
from ..agenda.model import Evidence
from ..agenda.times import show as show_time
from ..checklist.model import Checklist, DocumentCheck, Result
from ..core.needs import NEED_NAMES

STATUS_WORDS = {
    "found": "Found",
    "missing": "Missing",
    "ask": "Ask",
    "not-applicable": "Not needed",
}
#: Tick boxes for print: ☑ found, ☐ still to do.
BOX = {"found": "☑", "missing": "☐", "ask": "☐", "not-applicable": "–"}
MODE_WORDS = {
    "in-person": "in person",
    "online": "online",
    "hybrid": "hybrid (in person and online)",
}


def status_phrase(r: Result | DocumentCheck) -> str:
    """e.g. "Missing, needed by attendees (BSL)", "Found", "Ask"."""
    words = STATUS_WORDS[r.status]
    if isinstance(r, Result) and r.required and r.status in ("missing", "ask"):
        return f"{words}, needed by attendees ({', '.join(r.required_by)})"
    if isinstance(r, DocumentCheck) and r.status == "missing" and r.level == "error":
        return f"{words}, needed by attendees"
    if r.status == "missing" and r.level == "error":
        return f"{words}, must fix"
    if r.status == "missing" and r.level == "note":
        return f"{words} (good practice)"
    return words


def where(e: Evidence) -> str:
    return e.where()


def evidence_line(e: Evidence) -> str:
    """“quote” (file, paragraph 4)."""
    return f"“{e.text}” ({e.where()})"


def helps(codes: tuple[str, ...]) -> str:
    return ", ".join(f"{NEED_NAMES.get(c, c)} ({c})" for c in codes)


def need_list(c: Checklist) -> str:
    if not c.needs:
        return "none given (use --needs to list them)"
    parts = []
    seen: dict[str, int] = {}
    for n in c.needs:
        seen[n.code] = seen.get(n.code, 0) + 1
    details = {n.code: n.detail for n in c.needs if n.detail}
    for code, count in seen.items():
        extra = f", {details[code]}" if code in details else ""
        times = f" ×{count}" if count > 1 else ""
        parts.append(f"{code}{times} ({NEED_NAMES.get(code, code)}{extra})")
    return "; ".join(parts)


def meeting_lines(c: Checklist) -> list[tuple[str, str]]:
    """(label, value) pairs describing the meeting, for the top of every format."""
    a = c.agenda
    when = show_date(c.meeting_date) or "not found"
    if a.start or a.finish:
        when += f", {show_time(a.start) or '?'} to {show_time(a.finish) or '?'}"
    lines = [("Meeting", a.title or "(no title found)"), ("When", when)]
    if a.venue or a.postcode:
        lines.append(("Where", a.venue or a.postcode or ""))
    if a.platform or a.link or a.dial_in:
        online = a.platform or "a platform we could not name"
        online += "; joining link given" if a.link else "; no joining link found"
        online += f"; phone {a.dial_in}" if a.dial_in else "; no phone number to join by phone"
        lines.append(("Online", online))
    if c.mode is None:
        kind = "not clear from the agenda (use --mode to say)"
    else:
        kind = MODE_WORDS[c.mode] + (" (you said so)" if c.mode_source == "option" else "")
    lines.append(("Kind of meeting", kind))
    if c.sent_date:
        lines.append(("Papers sent", show_date(c.sent_date)))
    lines.append(("Attendees' access needs", need_list(c)))
    names = [p.replace("\\", "/").rsplit("/", 1)[-1] for p in (a.path, *c.papers)]
    lines.append(
        (
            "Papers read",
            f"{', '.join(names)} (about {c.words:,} words, {c.reading_minutes} minutes of reading)",
        )
    )
    return lines


def summary_line(c: Checklist) -> str:
    needed = len(c.required_missing)
    parts = [
        f"{c.count('found')} found",
        f"{c.count('missing')} missing" + (f" ({needed} needed by attendees)" if needed else ""),
        f"{c.count('ask')} to ask about",
        f"{c.count('not-applicable')} not needed for this meeting",
    ]
    return f"{len(c.results)} checks: " + ", ".join(parts) + "."


def outcome_line(c: Checklist) -> str:
    errors = c.count_level("error")
    if errors:
        return (
            f"Result: needs work. {errors} thing{'s' if errors != 1 else ''} that attendees "
            "need, or that is badly out, must be sorted before the meeting."
        )
    return "Result: nothing that attendees need is missing. Check the items marked Ask."
