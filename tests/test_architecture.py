"""The dependency rules of the package, checked on the source.

- rules never import reporters or the command line;
- reporters never import rules, loaders or the language model;
- only the command line (cli.py and its cli_*.py command modules) imports click;
- only the terminal reporter and the progress bar import rich;
- `import accessicheck.cli` does not import spaCy (so --help is instant).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "accessicheck"


def imports(path: Path) -> set[str]:
    """Every module a file imports, with relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(PKG.parent).with_suffix("")
    package = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
                out.add(mod)
                out |= {f"{mod}.{a.name}" for a in node.names}
            else:
                out.add(node.module or "")
    return out


def files(sub: str = "") -> list[Path]:
    return sorted((PKG / sub).rglob("*.py"))


@pytest.mark.parametrize("path", files("rules"), ids=lambda p: p.name)
def test_rules_do_not_import_reporters_or_cli(path: Path) -> None:
    bad = {
        m
        for m in imports(path)
        if m.startswith(("accessicheck.reporters", "accessicheck.cli", "rich", "click"))
    }
    assert not bad


@pytest.mark.parametrize("path", files("reporters"), ids=lambda p: p.name)
def test_reporters_only_format(path: Path) -> None:
    bad = {
        m
        for m in imports(path)
        if m.startswith(("accessicheck.rules", "accessicheck.loaders", "accessicheck.nlp", "spacy"))
    }
    assert not bad


@pytest.mark.parametrize("path", files(), ids=lambda p: str(p.relative_to(PKG)))
def test_click_and_rich_stay_in_their_place(path: Path) -> None:
    mods = imports(path)
    name = path.relative_to(PKG).as_posix()
    if not (name == "cli.py" or name.startswith("cli_")):
        assert not any(m.split(".")[0] == "click" for m in mods)
    if name not in {"reporters/terminal.py", "progress.py"}:
        assert not any(m.split(".")[0] == "rich" for m in mods)


def test_cli_import_is_light() -> None:
    heavy = "('spacy', 'rich', 'docx', 'pypdf', 'pypdfium2')"
    code = f"import sys, accessicheck.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
