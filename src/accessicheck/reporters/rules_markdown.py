"""docs/rules.md: one section for each rule, made from the rule registry.

`scripts/make_rules_doc.py` writes the page; a test checks it is up to date.
Each rule has an anchor named for its code in lower case (#ac101), which the
SARIF report links to.
"""

from __future__ import annotations

from ..core.needs import NEED_NAMES
from ..engine import registry

FAMILIES = {
    "AC1": "Readability and sentences",
    "AC2": "Jargon, glossary and acronyms",
    "AC3": "Inclusive and contested language",
    "AC4": "Document structure",
    "AC5": "Agenda and meeting",
    "AC9": "Problems reading files and using accessicheck",
}


def render() -> str:
    lines = [
        "# Rules",
        "",
        "Every check accessicheck makes, by code. This page is made from the rules",
        "themselves by `python scripts/make_rules_doc.py`: do not edit it by hand.",
        "On the command line, `accessicheck explain CODE` shows the same page.",
    ]
    family = ""
    for r in registry.all_rules().values():
        if r.family != family:
            family = r.family
            lines += ["", f"## {family}xx: {FAMILIES.get(family, family)}"]
        lines += [
            "",
            f'<a id="{r.code.lower()}"></a>',
            "",
            f"### {r.code} {r.slug}",
            "",
            f"**{r.summary}.** Level: {r.severity.value}. Looks at each {r.unit}.",
            "",
            r.description,
            "",
            f"Why it matters: {r.why}",
        ]
        if r.helps:
            lines += ["", f"Helps most: {', '.join(NEED_NAMES.get(h, h) for h in r.helps)}."]
        if r.fails:
            lines += ["", "Flags text like this:", ""] + [f"- {e}" for e in r.fails]
        if r.passes:
            lines += ["", "Leaves text like this alone:", ""] + [f"- {e}" for e in r.passes]
        if r.options:
            lines += ["", f"Settings, in `[rules.{r.code}]`:", ""]
            lines += [f"- `{name} = {default!r}`" for name, default in r.options.items()]
    return "\n".join(lines) + "\n"
