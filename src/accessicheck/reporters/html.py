"""Accessible HTML reports: `check`, `checklist` and the rewrite summary.

One self-contained file each: the styles are inline, the icons are Unicode
characters, and nothing is fetched from anywhere. Made with jinja2 with
autoescape on, so the text of a paper is always escaped.

Every page has `lang="en-GB"`, a title, a skip link, landmarks (header,
nav, main, footer) and headings in order. Levels are said in words beside
an icon, never by colour alone; every colour pair has a contrast of at
least 4.5:1. The layout reflows to a phone's width and to 200% zoom, and a
print stylesheet drops the navigation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from .. import __version__
from ..core.model import Severity
from ..engine.report import Report
from . import View
from . import digest as d
from . import words as w

#: An icon for each level: shape as well as colour, and the word beside it.
ICON = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "ℹ"}
CLASS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

CSS = """
:root { --ink: #1b1b1b; --paper: #ffffff; --muted: #4a4a4a; --line: #8a8a8a;
  --link: #0b4f8a; --error: #a4000f; --warning: #7a4100; --note: #00527a;
  --tint: #f3f5f7; --focus: #ffbf47; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--ink); background: var(--paper);
  font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.125rem;
  line-height: 1.6; }
a { color: var(--link); text-decoration: underline; }
a:focus { outline: 3px solid var(--focus); outline-offset: 2px; background: var(--focus);
  color: #000; }
.skip { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: #000;
  color: #fff; }
.skip:focus { left: 0.5rem; top: 0.5rem; color: #000; }
header, main, nav, footer { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 2px solid var(--ink); }
.brand { margin: 0; font-weight: bold; color: var(--muted); }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.5rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h2, h3 { overflow-wrap: anywhere; }
nav ul { padding-left: 1.25rem; }
nav li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left;
  vertical-align: top; }
thead th { background: var(--tint); }
tbody th { font-weight: normal; overflow-wrap: anywhere; }
td.num { text-align: right; }
.findings { padding-left: 0; list-style: none; }
.findings > li { border-left: 6px solid var(--line); background: var(--tint);
  margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; overflow-wrap: anywhere; }
.findings > li.error { border-left-color: var(--error); }
.findings > li.warning { border-left-color: var(--warning); }
.findings > li.note { border-left-color: var(--note); }
ol.findings { counter-reset: item; }
ol.findings > li::before { counter-increment: item; content: counter(item) ". ";
  font-weight: bold; }
.level { font-weight: bold; }
.level.error { color: var(--error); }
.level.warning { color: var(--warning); }
.level.note { color: var(--note); }
.code { font-family: "Courier New", monospace; color: var(--muted); }
.detail { margin: 0.25rem 0 0; }
blockquote { margin: 0.25rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line);
  font-style: normal; }
.was, .new { margin: 0.25rem 0; }
footer { margin-top: 2rem; padding-bottom: 2rem; border-top: 2px solid var(--ink);
  color: var(--muted); }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.6rem; }
  header, main, nav, footer { padding: 0 0.75rem; }
  table { font-size: 0.875rem; }
  th, td { padding: 0.25rem; }
}
@media print {
  .skip, nav { display: none; }
  body { font-size: 12pt; }
  a { color: #000; }
  header, main, footer { max-width: none; }
  .findings > li { break-inside: avoid; background: none; }
  thead { display: table-header-group; }
}
"""

BASE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>{{ css }}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<p class="brand">accessicheck</p>
<h1>{{ title }}</h1>
{% for line in intro %}<p>{{ line }}</p>
{% endfor %}</header>
{% if nav %}<nav aria-label="Contents">
<h2>Contents</h2>
<ul>
{% for href, label in nav %}<li><a href="#{{ href }}">{{ label }}</a></li>
{% endfor %}</ul>
</nav>
{% endif %}<main id="main" tabindex="-1">
{% block main %}{% endblock %}
</main>
<footer>
{% for line in footer %}<p>{{ line }}</p>
{% endfor %}<p>Made by accessicheck {{ version }}.</p>
</footer>
</body>
</html>
"""

LEVEL = """{% macro level(sev) -%}
<span class="level {{ cls[sev] }}"><span aria-hidden="true">{{ icon[sev] }}</span>
{{- " " ~ label[sev] }}</span>
{%- endmacro %}"""

CHECK = (
    """{% extends "base" %}
{% block main %}
"""
    + LEVEL
    + """
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<table>
<caption>What was found in each paper</caption>
<thead><tr><th scope="col">Paper</th><th scope="col">Reading age</th>
<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notes</th></tr></thead>
<tbody>
{% for row in rows %}<tr><th scope="row"><a href="#{{ row.id }}">{{ row.path }}</a></th>
<td>{{ row.age }}</td><td class="num">{{ row.errors }}</td>
<td class="num">{{ row.warnings }}</td><td class="num">{{ row.notes }}</td></tr>
{% endfor %}</tbody>
</table>
</section>
{% for p in papers %}
<section aria-labelledby="{{ p.id }}">
<h2 id="{{ p.id }}">{{ p.path }}</h2>
<p>{{ p.readability }}</p>
<p>Found: {{ p.found }}.</p>
{% if p.first %}<h3>Fix these first</h3>
<ol class="findings">
{% for g in p.first %}<li class="{{ cls[g.severity] }}">{{ level(g.severity) }}
<span class="code">{{ g.code }} {{ g.slug }}</span>{{ g.head }}
{% for line in g.detail %}<p class="detail">{{ line }}</p>
{% endfor %}</li>
{% endfor %}</ol>
{% endif %}{% if p.rest %}<h3>{{ "Also found" if p.first else "Found" }}</h3>
<ul class="findings">
{% for g in p.rest %}<li class="{{ cls[g.severity] }}">{{ level(g.severity) }}
<span class="code">{{ g.code }} {{ g.slug }}</span>{{ g.head }}
{%- if g.hint %} {{ g.hint }}{% endif %}</li>
{% endfor %}</ul>
{% endif %}</section>
{% endfor %}
{% endblock %}
"""
)

CHECKLIST = """{% extends "base" %}
{% block main %}
<section aria-labelledby="meeting">
<h2 id="meeting">The meeting</h2>
<table>
<caption>What the agenda says about the meeting</caption>
<tbody>
{% for label, value in meeting %}<tr><th scope="row">{{ label }}</th><td>{{ value }}</td></tr>
{% endfor %}</tbody>
</table>
{% for problem in problems %}<p>Could not read everything: {{ problem }}</p>
{% endfor %}</section>
{% for g in groups %}
<section aria-labelledby="{{ g.id }}">
<h2 id="{{ g.id }}">{{ g.heading }}</h2>
<ul class="findings">
{% for r in g.results %}<li class="{{ r.cls }}"><span class="level {{ r.cls }}">
{#- #}<span aria-hidden="true">{{ r.icon }}</span> {{ r.status }}</span>
<span class="code">{{ r.id }}</span> <strong>{{ r.name }}</strong>. {{ r.detail }}
{% for e in r.evidence %}<p class="detail">Evidence: {{ e }}</p>
{% endfor %}{% if r.question %}<p class="detail">Question: {{ r.question }}</p>
<p class="detail">Why: {{ r.why }} Helps: {{ r.helps }}.</p>
{% endif %}</li>
{% endfor %}</ul>
{% if g.not_needed %}<p>Not needed for this meeting: {{ g.not_needed }}.</p>{% endif %}
</section>
{% endfor %}
{% if checks %}<section aria-labelledby="paper-checks">
<h2 id="paper-checks">Checks on the papers for the attendees' needs</h2>
<ul class="findings">
{% for c in checks %}<li class="{{ c.cls }}"><span class="level {{ c.cls }}">
{#- #}<span aria-hidden="true">{{ c.icon }}</span> {{ c.status }}</span>
<strong>{{ c.name }}</strong> ({{ c.need }}). {{ c.detail }}
{% for e in c.evidence %}<p class="detail">Evidence: {{ e }}</p>
{% endfor %}</li>
{% endfor %}</ul>
</section>{% endif %}
{% endblock %}
"""

REWRITE = """{% extends "base" %}
{% block main %}
<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<table>
<caption>Sentences and suggested rewrites in each paper</caption>
<thead><tr><th scope="col">Paper</th><th scope="col">Sentences flagged</th>
<th scope="col">With a suggested rewrite</th></tr></thead>
<tbody>
{% for f in files %}<tr><th scope="row"><a href="#{{ f.id }}">{{ f.path }}</a></th>
<td class="num">{{ f.flagged }}</td><td class="num">{{ f.rewritten }}</td></tr>
{% endfor %}</tbody>
</table>
</section>
{% for f in files %}
<section aria-labelledby="{{ f.id }}">
<h2 id="{{ f.id }}">{{ f.path }}</h2>
{% if not f.entries %}<p>No sentences need a rewrite.</p>{% endif %}
<ul class="findings">
{% for item in f.entries %}<li class="warning">
<h3>{{ item.where }}</h3>
<p class="was"><strong>Was:</strong> {{ item.original }}</p>
{% if item.rewritten is not none %}
<p class="new"><strong>Suggested:</strong> {{ item.rewritten }}</p>
{% else %}<p class="new"><strong>Hint:</strong> {{ item.hint }}</p>{% endif %}
<p class="detail"><strong>Why:</strong></p>
<ul>{% for code, reason in item.reasons %}
<li><span class="code">{{ code }}</span>: {{ reason }}</li>{% endfor %}</ul>
</li>
{% endfor %}</ul>
</section>
{% endfor %}
{% endblock %}
"""


def _env() -> Environment:
    from jinja2 import DictLoader

    env = Environment(
        loader=DictLoader(
            {"base": BASE, "check": CHECK, "checklist": CHECKLIST, "rewrite": REWRITE}
        ),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=False,
    )
    env.globals.update(
        css=Markup(CSS),  # our own text, not a paper's: safe inside <style>
        version=__version__,
        icon=ICON,
        cls=CLASS,
        label=w.LABEL,
    )
    return env


def _age(r: Any) -> str:
    if not r.readable:
        return "could not be read"
    if r.scores is None or r.scores.reading_age is None:
        return "no text to score"
    if r.scores.too_short:
        return "too short to score"
    return f"about {r.scores.reading_age:.0f}"


def render(report: Report, view: View | None = None) -> str:
    """The `check` report as one HTML page."""
    dg = d.build(report, view)
    papers = []
    rows = []
    for i, p in enumerate(dg.papers, 1):
        r = p.result
        counts = p.counts
        rows.append(
            {
                "id": f"paper-{i}",
                "path": r.path,
                "age": _age(r),
                "errors": counts[Severity.ERROR],
                "warnings": counts[Severity.WARNING],
                "notes": counts[Severity.INFO],
            }
        )

        def item(g: d.Group) -> dict[str, Any]:
            head = w.group_head(g)
            prefix = f"{w.LABEL[g.severity]} {g.code} {g.slug}"
            return {
                "severity": g.severity,
                "code": g.code,
                "slug": g.slug,
                "head": head[len(prefix) :] if head.startswith(prefix) else f": {head}",
                "detail": w.group_detail(g),
                "hint": w.group_hint(g),
            }

        papers.append(
            {
                "id": f"paper-{i}",
                "path": r.path,
                "readability": (
                    w.readability_phrase(r.scores, report.targets)
                    if r.readable
                    else "This paper could not be read."
                ),
                "found": w.found_phrase(counts, p.hidden_notes) if r.findings else "nothing to fix",
                "first": [item(g) for g in p.first],
                "rest": [item(g) for g in p.rest],
            }
        )
    intro = [w.summary_line(report)]
    if dg.hidden_notes:
        intro.append(f"{w.capital(d.notes_phrase(dg.hidden_notes))}.")
    return (
        _env()
        .get_template("check")
        .render(
            title="Accessibility report",
            intro=intro,
            nav=[("summary", "Summary")] + [(p["id"], p["path"]) for p in papers],
            rows=rows,
            papers=papers,
            footer=[
                w.outcome_line(report),
                "Reading ages come from formulas made for American school texts: "
                "treat them as a guide, beside the findings.",
                "For why a rule matters: accessicheck explain CODE.",
            ],
        )
    )


STATUS_CLASS = {"found": "note", "missing": "error", "ask": "warning"}
STATUS_ICON = {"found": "✔", "missing": "✖", "ask": "?"}


def render_checklist(checklist: Any) -> str:
    """The meeting's access checklist as one HTML page."""
    from . import checklist_words as cw

    a = checklist.agenda
    groups = []
    for n, (_group, heading, results) in enumerate(checklist.groups(), 1):
        items = []
        not_needed = []
        for r in results:
            if r.status == "not-applicable":
                not_needed.append(f"{r.item.id} {r.item.name}")
                continue
            ask = r.status in ("missing", "ask")
            items.append(
                {
                    "cls": STATUS_CLASS.get(r.status, "note"),
                    "icon": STATUS_ICON.get(r.status, "•"),
                    "status": cw.status_phrase(r),
                    "id": r.item.id,
                    "name": r.item.name,
                    "detail": r.detail,
                    "evidence": [f"“{e.text}” ({e.where()})" for e in r.evidence[:2]],
                    "question": r.item.question if ask else None,
                    "why": r.item.why,
                    "helps": cw.helps(r.item.needs),
                }
            )
        groups.append(
            {
                "id": f"group-{n}",
                "heading": heading,
                "results": items,
                "not_needed": "; ".join(not_needed),
            }
        )
    checks = [
        {
            "cls": STATUS_CLASS.get(c.status, "note"),
            "icon": STATUS_ICON.get(c.status, "•"),
            "status": cw.status_phrase(c),
            "name": c.name,
            "need": c.need,
            "detail": c.detail,
            "evidence": [f"“{e.text}” ({e.where()})" for e in c.evidence[:2]],
        }
        for c in checklist.document_checks
    ]
    return (
        _env()
        .get_template("checklist")
        .render(
            title=f"Access checklist: {a.title or 'the meeting'}",
            intro=[cw.summary_line(checklist)],
            nav=[("meeting", "The meeting")]
            + [(g["id"], g["heading"]) for g in groups]
            + ([("paper-checks", "Checks on the papers")] if checks else []),
            meeting=list(cw.meeting_lines(checklist)),
            problems=list(checklist.problems),
            groups=groups,
            checks=checks,
            footer=[cw.outcome_line(checklist)],
        )
    )


def render_rewrites(files: Sequence[tuple[str, Sequence[Any]]]) -> str:
    """The rewrite summary as one HTML page."""
    from .rewrite_summary import totals

    out = []
    for i, (path, rewrites) in enumerate(files, 1):
        out.append(
            {
                "id": f"paper-{i}",
                "path": path,
                "flagged": len(rewrites),
                "rewritten": sum(1 for r in rewrites if r.rewritten is not None),
                "entries": [
                    {
                        "where": w.capital(r.location.describe()),
                        "original": r.original,
                        "rewritten": r.rewritten,
                        "hint": r.hint or "Reword this sentence by hand.",
                        "reasons": list(r.reasons),
                    }
                    for r in rewrites
                ],
            }
        )
    return (
        _env()
        .get_template("rewrite")
        .render(
            title="Suggested rewrites",
            intro=[totals(files).line(), "The papers themselves were not changed."],
            nav=[("summary", "Summary")] + [(f["id"], f["path"]) for f in out],
            files=out,
            footer=["Check every suggestion before you use it: keep the meaning the same."],
        )
    )
