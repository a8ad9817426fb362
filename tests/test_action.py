"""The GitHub Action (action.yml) and the CI page's examples are well formed."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from accessicheck.cli.commands import main

ROOT = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_is_composite_and_uploads_sarif() -> None:
    assert ACTION["runs"]["using"] == "composite"
    uses = [s.get("uses", "") for s in ACTION["runs"]["steps"]]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)
    script = "\n".join(s.get("run", "") for s in ACTION["runs"]["steps"])
    assert "--format sarif" in script and "pip install" in script


def test_action_uses_only_inputs_it_declares() -> None:
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    used = set(re.findall(r"inputs\.([a-z-]+)", text))
    assert used and used <= set(ACTION["inputs"])


def test_action_passes_inputs_to_the_shell_through_the_environment() -> None:
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")


def test_ci_page_examples_are_valid_yaml_and_use_real_options() -> None:
    page = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", page, re.DOTALL)
    assert len(blocks) >= 5
    for block in blocks:
        assert yaml.safe_load(block)
    check = main.commands["check"]
    known = {opt for p in check.params for opt in getattr(p, "opts", [])}
    used = set(re.findall(r"accessicheck check [^\n`]*", page))
    options = {o for line in used for o in re.findall(r"(?<![\w-])--[a-z-]+", line)}
    assert options and options <= known, options - known
