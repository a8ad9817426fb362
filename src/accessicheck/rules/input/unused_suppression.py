"""AC910: an inline suppression comment that hides nothing.

The finding itself is made by `accessicheck.core.suppression`, which reads the
comments in Markdown and text files after the other rules have run. The rule
is registered here so it has a code, a page and settings like every rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...core.suppression import WHY
from ...engine.registry import Hit, RuleContext, rule


@rule(
    "AC910",
    "unused-suppression",
    unit="document",
    severity="warning",
    summary="A comment turns a check off but hides nothing",
    why=WHY,
    helps=("ALL",),
)
def unused_suppression(doc: object, ctx: RuleContext) -> Iterator[Hit]:
    """A `<!-- accessicheck-disable ... -->`, `-disable-next-line` comment
    hides no finding: the text it was for has changed or gone, or the rule
    code is wrong. Remove the comment, or move it to the right place.

    Comments can name one or more rule codes (AC101, AC204) or the start of
    a code (AC2); with no codes they turn off every rule. Found after the
    other rules have run, in Markdown and text files only. Not reported when
    a rule the comment names was not run (for example with --select)."""
    return iter(())
