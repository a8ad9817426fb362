"""Safety net: every rule's own examples do what the rule says they do.

Each `fails` example must give at least one finding of that rule, and each
`passes` example none (proselint's example-table test). Rules without
examples (the AC9xx file problems) are skipped, but every AC1xx rule must
have at least one of each.
"""

from __future__ import annotations

import pytest

from accessicheck.engine import registry

RULES = registry.all_rules()
WITH_EXAMPLES = [r for r in RULES.values() if r.fails or r.passes]


def _cases(kind: str) -> list[object]:
    return [
        pytest.param(r.code, text, id=f"{r.code}-{kind}-{i}")
        for r in WITH_EXAMPLES
        for i, text in enumerate(getattr(r, kind))
    ]


@pytest.mark.parametrize(("code", "text"), _cases("fails"))
def test_fails_example_is_flagged(lint, code: str, text: str) -> None:
    found = [f for f in lint(text, select=code) if f.code == code]
    assert found, f"{code} should flag its own example: {text!r}"


@pytest.mark.parametrize(("code", "text"), _cases("passes"))
def test_passes_example_is_left_alone(lint, code: str, text: str) -> None:
    found = [f for f in lint(text, select=code) if f.code == code]
    assert not found, f"{code} should leave its own example alone: {[f.message for f in found]}"


@pytest.mark.parametrize("code", [c for c in RULES if c.startswith("AC1")])
def test_readability_rules_have_examples(code: str) -> None:
    rule = RULES[code]
    assert rule.fails, f"{code} needs at least one 'fails' example"
    assert rule.passes, f"{code} needs at least one 'passes' example"
