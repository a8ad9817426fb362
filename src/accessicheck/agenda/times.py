"""Times of day, time ranges and durations, as people write them in agendas.

Recognised times: "10am", "10 a.m.", "10.30am", "2 pm", "10:00", "10.00",
"14:00", "1400hrs", "noon", "midday", "10 o'clock", "half past one",
"quarter past 11", "quarter to three", and "1230" after a time label ("Time:
1230") or at the start of a line ("1230 Lunch"), but never 19xx or 20xx, which
are years. "15.28.Welcome" is a section number, not a time. Ranges join two times with a dash,
"to", "until", "till" or "and" ("14:00–14:30", "10.30am to 2.30pm",
"from half past one until four o'clock", "10-11am").

A time written without am or pm and an hour from 1 to 7 (without a leading
zero) is read as afternoon: meetings rarely start at 2 in the morning, and
"2.00" on an agenda means 14:00. "07:30" keeps its morning reading.

Durations: "15 minutes", "15 mins", "15-minute", "1 hour", "1.5 hours",
"1 hr 30 mins", "half an hour", "an hour", "ten minutes".

Everything here is pure: text in, spans and values out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

#: Number words people use for hours and short durations.
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"

_AMPM = r"(?P<ampm>[ap])\.?\s?m\b\.?"
_NUMERIC = re.compile(
    r"(?<![\w£$€.:/,])"
    r"(?:"
    # 10am, 10.30am, 2 pm, 10 a.m., 12 noon
    r"(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5]\d))?\s?(?:" + _AMPM + r"|(?P<noon>noon)\b)"
    # 10:00, 10.00, 14:00, 14.30hrs
    r"|(?P<h2>[01]?\d|2[0-3])[:.](?P<m2>[0-5]\d)(?![\d]|[.:/]\w)(?:\s?(?:hrs|hours|h)\b)?"
    # 1400hrs, 0930h
    r"|(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\s?(?:hrs|h)\b"
    r")",
    re.IGNORECASE,
)
_WORDS = re.compile(
    r"\b(?:"
    r"(?P<frac>half|quarter)\s+(?P<dir>past|to)\s+(?P<wh>" + _HOUR_WORD + r")"
    r"|(?P<oh>" + _HOUR_WORD + r")\s?o['’]\s?clock"
    r"|(?P<named>noon|midday|midnight)"
    r")\b",
    re.IGNORECASE,
)
#: Words after a number that make it a measurement, not a time ("1.50 metres").
_UNIT_AFTER = re.compile(
    r"\s?(?:%|per\b|m\b|metres?\b|meters?\b|cm\b|mm\b|km\b|kg\b|miles?\b|pages?\b|"
    r"million\b|billion\b|percent\b|pounds?\b|p\b)",
    re.IGNORECASE,
)
#: Words before a number that make it a reference, not a time ("item 4.10").
_REF_BEFORE = re.compile(
    r"(?:item|paper|section|page|para|paragraph|appendix|annex|version|v|no\.?|number|"
    r"rule|regulation|chapter|step|point|table|figure)\s*$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:[-–—‐‑]|to|until|till|and)\s*", re.IGNORECASE)
_BARE_HOUR = re.compile(r"(?<![\w£$€.:/])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*$")

_DURATION = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<h>\d+(?:\.\d+)?|an?|one|two)\s?(?:-\s?)?(?:hours?|hrs?|h)\b"
    r"(?:\s*(?:and\s*)?(?P<hm>\d{1,2})\s?(?:minutes?|mins?|m)\b)?"
    r"|(?P<half>half an hour)"
    r"|(?P<m>\d{1,3}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"\s?(?:-\s?)?(?:minutes?|mins?)\b"
    r")",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeSpan:
    """A time, or a range of two times, found in a piece of text.

    `start`/`end` are character offsets; `first` is the (start) time and `last`
    the end of a range (None for a single time). `explicit` says whether the
    writer gave am/pm or a 24-hour time, so we did not have to guess.
    """

    start: int
    end: int
    first: time
    last: time | None = None
    explicit: bool = True


@dataclass(frozen=True)
class Duration:
    """A stated length of time, such as "(15 minutes)"."""

    start: int
    end: int
    minutes: int


def _hour_value(word: str) -> int:
    word = word.lower()
    return NUMBER_WORDS[word] if word in NUMBER_WORDS else int(word)


def _clock(hour: int, minute: int, ampm: str | None, raw_hour: str = "") -> tuple[time, bool]:
    """A time from parts; guess the afternoon for 1-7 with no am/pm."""
    if ampm:
        a = ampm.lower()
        if a == "p" and hour < 12:
            hour += 12
        elif a == "a" and hour == 12:
            hour = 0
        return time(hour % 24, minute), True
    explicit = hour > 12 or raw_hour.startswith("0")
    if 1 <= hour <= 7 and not raw_hour.startswith("0"):
        hour += 12
    return time(hour % 24, minute), explicit


def _reference_before(text: str, at: int) -> bool:
    """`_REF_BEFORE.search(text[:at])`, looking only at the words just before `at`
    (its longest word has 10 letters), so a long text is not searched again for
    every number in it."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    return _REF_BEFORE.search(text, max(0, end - 12), end) is not None


def _single_times(text: str) -> list[TimeSpan]:
    found: list[TimeSpan] = []
    for m in _NUMERIC.finditer(text):
        if _reference_before(text, m.start()):
            continue
        if m.group("h2") is not None and _UNIT_AFTER.match(text, m.end()):
            continue
        if m.group("h1") is not None:
            hour, minute = int(m.group("h1")), int(m.group("m1") or 0)
            ampm = "p" if m.group("noon") else m.group("ampm")
            if m.group("noon") and hour != 12:
                continue
            value, explicit = _clock(hour, minute, ampm)
        elif m.group("h2") is not None:
            raw = m.group("h2")
            value, explicit = _clock(int(raw), int(m.group("m2")), None, raw)
        else:
            value, explicit = time(int(m.group("h3")), int(m.group("m3"))), True
        found.append(TimeSpan(m.start(), m.end(), value, None, explicit))
    for m in _WORDS.finditer(text):
        if any(s.start <= m.start() < s.end for s in found):
            continue
        if m.group("named"):
            named = m.group("named").lower()
            value = time(0, 0) if named == "midnight" else time(12, 0)
            found.append(TimeSpan(m.start(), m.end(), value, None, True))
            continue
        if m.group("oh"):
            hour, minute = _hour_value(m.group("oh")), 0
        else:
            hour = _hour_value(m.group("wh"))
            if m.group("frac").lower() == "half":
                minute = 30
            elif m.group("dir").lower() == "past":
                minute = 15
            else:
                hour, minute = hour - 1 if hour > 1 else 12, 45
        value, explicit = _clock(hour, minute, None)
        found.append(TimeSpan(m.start(), m.end(), value, None, False))
    found.sort(key=lambda s: s.start)
    return found


#: "1100 to 1130" at the start of a line: four-digit times with no "hrs", only in a range
#: whose minutes end in 0 or 5 (so "2026 to 2027" stays a pair of years).
_BARE_RANGE = re.compile(
    r"^\s*(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5][05])\s*(?:to|-|–|—|until)\s*"
    r"(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5][05])\b"
)


#: "Time: 1230", "1230 Lunch": four digits with no "hrs" after a time label or at the start,
#: not 19xx or 20xx (years).
_BARE_CLOCK = re.compile(
    r"(?:^|(?<=\btime:)|(?<=\btimes:)|(?<=\bstart:)|(?<=\bstarts:)|(?<=\bat))\s*"
    r"(?P<h>[01][0-8]|0\d|2[1-3])(?P<m>[0-5]\d)(?=\s*$|\s+(?:-|–|to|until|[A-Z]))",
    re.IGNORECASE,
)


def find_times(text: str) -> list[TimeSpan]:
    """Every time and time range in `text`, in order. Ranges come as one span."""
    bare_clock = _BARE_CLOCK.search(text)
    if bare_clock and not _BARE_RANGE.match(text):
        at = bare_clock.start("h")
        first = time(int(bare_clock.group("h")), int(bare_clock.group("m")))
        rest = find_times(text[:at] + " " * 4 + text[at + 4 :])
        head = TimeSpan(at, at + 4, first, None, True)
        return sorted([head, *rest], key=lambda s: s.start)
    bare = _BARE_RANGE.match(text)
    if bare:
        first = time(int(bare.group("h1")), int(bare.group("m1")))
        last = time(int(bare.group("h2")), int(bare.group("m2")))
        if first < last:
            head = TimeSpan(bare.start("h1"), bare.end(), first, last, True)
            rest = find_times(" " * bare.end() + text[bare.end() :])  # offsets kept
            return [head, *rest]
    singles = _single_times(text)
    out: list[TimeSpan] = []
    i = 0
    while i < len(singles):
        a = singles[i]
        if i + 1 < len(singles):
            b = singles[i + 1]
            join = _RANGE_JOIN.fullmatch(text[a.end : b.start])
            if join and b.start - a.end <= 8:
                first = a.first
                # "11 to 1pm": the first time takes the second's half of the day
                # only if that keeps the range running forwards.
                both_pm = first.hour >= 12 and b.first.hour >= 12
                if not a.explicit and b.explicit and both_pm and first > b.first:
                    first = time(first.hour - 12, first.minute)
                out.append(TimeSpan(a.start, b.end, first, b.first, a.explicit or b.explicit))
                i += 2
                continue
        out.append(a)
        i += 1
    return _bare_range_starts(text, out)


def _bare_range_starts(text: str, spans: list[TimeSpan]) -> list[TimeSpan]:
    """Join "10-11am" and "2 to 4pm": a bare hour before a dash and a time."""
    out = []
    for s in spans:
        if s.last is None:
            head = text[: s.start]
            join = re.search(r"(?:[-–—]|\bto\b|\buntil\b)\s*$", head)
            if join:
                bare = _BARE_HOUR.search(head[: join.start()])
                if bare and (bare.start() == 0 or not head[bare.start() - 1].isdigit()):
                    hour, minute = int(bare.group("h")), int(bare.group("m") or 0)
                    half = "p" if s.first.hour >= 12 else "a"
                    first, _ = _clock(hour, minute, half)
                    if first > s.first:
                        first, _ = _clock(hour, minute, "a")
                    out.append(TimeSpan(bare.start(), s.end, first, s.first, True))
                    continue
        out.append(s)
    return out


def find_durations(text: str) -> list[Duration]:
    """Stated lengths of time ("15 minutes", "1 hour 30 mins") in `text`."""
    out = []
    for m in _DURATION.finditer(text):
        if m.group("half"):
            minutes = 30
        elif m.group("h") is not None:
            raw = m.group("h").lower()
            hours = 1.0 if raw in ("a", "an", "one") else 2.0 if raw == "two" else float(raw)
            minutes = round(hours * 60) + int(m.group("hm") or 0)
        else:
            raw = m.group("m").lower()
            minutes = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
        if 0 < minutes <= 24 * 60:
            out.append(Duration(m.start(), m.end(), minutes))
    return out


def to_minutes(t: time) -> int:
    """Minutes since midnight."""
    return t.hour * 60 + t.minute


def from_minutes(n: int) -> time:
    n = max(0, min(n, 24 * 60 - 1))
    return time(n // 60, n % 60)


def show(t: time | None) -> str:
    """A time as people read it in reports: "10:30", "14:00"."""
    return "" if t is None else f"{t.hour:02d}:{t.minute:02d}"


def parse_clock(text: str) -> time | None:
    """The first time in `text` (for settings and tests), or None."""
    spans = find_times(text)
    return spans[0].first if spans else None
