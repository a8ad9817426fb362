"""Safety net: every rule is documented well enough for `accessicheck explain`."""

from __future__ import annotations

import re

import pytest

from accessicheck.engine import registry
from accessicheck.engine.registry import UNITS


def _words(text: str) -> frozenset[str]:
    """A set of words from a space-separated list (easier to read and sort)."""
    return frozenset(text.split())


#: The access-need codes from the domain notes.
ACCESS_NEEDS = _words(
    """
    SR LV BSL HoH DB LD SpLD ND MH FAT WC MOB COG CAR BEN DIG EAL REL NEW ALL
    """
)
RULES = registry.all_rules()
CASES = [pytest.param(r, id=r.code) for r in RULES.values()]


def test_there_are_rules() -> None:
    assert RULES


@pytest.mark.parametrize("rule", CASES)
def test_code_and_slug(rule: registry.Rule) -> None:
    assert re.fullmatch(r"AC\d{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.slug)
    assert rule.unit in UNITS


@pytest.mark.parametrize("rule", CASES)
def test_has_long_description(rule: registry.Rule) -> None:
    doc = rule.check.__doc__
    assert doc and doc.strip(), f"{rule.code}: the check function needs a docstring"
    assert len(rule.description) > len(rule.summary)


@pytest.mark.parametrize("rule", CASES)
def test_has_summary_and_why(rule: registry.Rule) -> None:
    assert rule.summary.strip() and "\n" not in rule.summary
    assert rule.why.strip()


@pytest.mark.parametrize("rule", CASES)
def test_helps_known_needs(rule: registry.Rule) -> None:
    assert rule.helps, f"{rule.code}: say who the rule helps"
    unknown = set(rule.helps) - ACCESS_NEEDS
    assert not unknown, f"{rule.code}: unknown access-need codes {sorted(unknown)}"


@pytest.mark.parametrize("rule", CASES)
def test_profile_overrides_are_known_options(rule: registry.Rule) -> None:
    for profile, overrides in rule.profiles.items():
        unknown = set(overrides) - set(rule.options)
        assert not unknown, f"{rule.code} ({profile}): no such options {sorted(unknown)}"
        for key, value in overrides.items():
            assert isinstance(value, type(rule.options[key])), f"{rule.code}: {key} type"
