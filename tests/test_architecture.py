"""The layout and dependency rules of the package, checked on the source.

The layers, lowest first: `core` (the values every part shares), `language`
(the English language layer), `loaders`, then `engine` and `rules`, the
features (agenda, checklist, rewrite, glossary), `reporters`, `api`, `run` and
`ci`, and the command line, `cli`. Only `api` sits at the top level.

- `core` imports nothing of accessicheck outside `core`; `language` imports
  only `core` and itself;
- loaders import nothing above the core types (`CORE`: core/model.py, core/facts.py,
  core/structure.py, core/structure_pdfua.py, core/bounds.py; and `BELOW_CORE`, whose
  modules import nothing of accessicheck but each other); the core types import only
  each other;
- every rule module sits in a family package under `rules/`;
- rules never import reporters, the command line or what runs them (api,
  run, ci);
- the features (agenda, checklist, rewrite, glossary) use each other only
  through the names a package's `__init__` lists in `__all__`;
- reporters never import rules, loaders or the language model;
- only the command line (the `cli` package) imports click;
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


def imports(path: Path, source: str | None = None, *, runtime: bool = False) -> set[str]:
    """Every module a file imports, with relative imports made absolute.

    `source` stands in for the file's text (for tests of these checks). With
    `runtime`, imports under `if TYPE_CHECKING:` (for type hints only) are left out.
    """
    tree = ast.parse(path.read_text(encoding="utf-8") if source is None else source)
    if runtime:
        for node in ast.walk(tree):
            if _is_type_checking(node):
                node.body = [ast.Pass()]  # type: ignore[attr-defined]
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


def _is_type_checking(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_of(name: str) -> str | None:
    """The accessicheck module an imported name belongs to ("accessicheck.core.model.Block" →
    "accessicheck.core.model"), or None for other packages."""
    parts = name.split(".")
    if parts[0] != "accessicheck":
        return None
    for n in range(len(parts), 0, -1):
        where = PKG.parent.joinpath(*parts[:n])
        if where.with_suffix(".py").is_file() or (where / "__init__.py").is_file():
            return ".".join(parts[:n])
    return None


def ours(path: Path, *, runtime: bool = False) -> set[str]:
    """The accessicheck modules a file imports."""
    found = imports(path, runtime=runtime)
    return {m for m in map(module_of, found) if m is not None}


#: The core types: plain values every layer shares. Loaders build these and nothing else.
CORE = {
    "accessicheck.core.model",
    "accessicheck.core.facts",
    "accessicheck.core.structure",
    "accessicheck.core.structure_pdfua",
    "accessicheck.core.bounds",
}


#: Below the core types: the package itself, the (empty) core and language packages,
#: the English syllable table, the hyphenation it falls back on and the word-table
#: files it is kept in, which import nothing of accessicheck but each other (checked below).
BELOW_CORE = {
    "accessicheck",
    "accessicheck.core",
    "accessicheck.core.word_table",
    "accessicheck.language",
    "accessicheck.language.hyphenation",
    "accessicheck.language.syllables",
}


def _path_of(name: str) -> Path:
    where = PKG.parent.joinpath(*name.split("."))
    return where / "__init__.py" if where.is_dir() else where.with_suffix(".py")


@pytest.mark.parametrize("path", files("loaders"), ids=lambda p: p.name)
def test_loaders_import_nothing_above_the_core_types(path: Path) -> None:
    bad = {
        m
        for m in ours(path)
        if m not in CORE | BELOW_CORE and not m.startswith("accessicheck.loaders")
    }
    assert not bad


@pytest.mark.parametrize("name", sorted(CORE))
def test_the_core_types_import_only_each_other(name: str) -> None:
    assert not ours(_path_of(name), runtime=True) - CORE - BELOW_CORE


@pytest.mark.parametrize("name", sorted(BELOW_CORE))
def test_below_the_core_types_nothing_of_accessicheck_is_imported(name: str) -> None:
    assert not ours(_path_of(name), runtime=True) - BELOW_CORE


#: What may sit at the top level of the package: the library's entry point only.
TOP_LEVEL = {"__init__.py", "__main__.py", "api.py"}


def test_only_the_entry_point_sits_at_the_top_level() -> None:
    assert {p.name for p in PKG.glob("*.py")} == TOP_LEVEL


def test_every_rule_module_sits_in_a_family() -> None:
    assert [p.name for p in (PKG / "rules").glob("*.py")] == ["__init__.py"]
    families = {p.parent.name for p in (PKG / "rules").rglob("*.py") if p.parent.name != "rules"}
    assert families == {"sentences", "words", "document", "meeting", "input"}


def _runtime_outside(package: str, allowed: tuple[str, ...]) -> dict[str, set[str]]:
    found = {}
    for path in files(package):
        bad = {
            m for m in ours(path, runtime=True) if m != "accessicheck" and not m.startswith(allowed)
        }
        if bad:
            found[path.relative_to(PKG).as_posix()] = bad
    return found


def test_core_imports_only_core() -> None:
    assert _runtime_outside("core", ("accessicheck.core",)) == {}


def test_the_language_layer_imports_only_core_and_itself() -> None:
    assert _runtime_outside("language", ("accessicheck.core", "accessicheck.language")) == {}


def test_a_layer_reaching_up_is_caught(tmp_path: Path) -> None:
    # What `ours` reads for a made-up language module that reaches up to the rules.
    source = "from ..rules.sentences import passive_voice\nfrom ..core.model import Block\n"
    found = imports(PKG / "language" / "made_up.py", source)
    assert {module_of(m) for m in found} - {None} == {
        "accessicheck.rules.sentences",
        "accessicheck.rules.sentences.passive_voice",
        "accessicheck.core.model",
    }


@pytest.mark.parametrize("path", files("rules"), ids=lambda p: p.name)
def test_rules_do_not_import_reporters_or_cli(path: Path) -> None:
    above = (
        "accessicheck.reporters",
        "accessicheck.cli",
        "accessicheck.api",
        "accessicheck.run",
        "accessicheck.ci",
        "rich",
        "click",
    )
    bad = {m for m in imports(path) if m.startswith(above)}
    assert not bad


FEATURES = ("agenda", "checklist", "rewrite", "glossary")


def public_names(package: str) -> set[str]:
    """What a package's `__init__` lists in `__all__`."""
    tree = ast.parse((PKG / package / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return {ast.literal_eval(e) for e in node.value.elts}  # type: ignore[attr-defined]
    return set()


@pytest.mark.parametrize(
    "path",
    [p for e in FEATURES for p in files(e)],
    ids=lambda p: p.relative_to(PKG).as_posix(),
)
def test_features_use_only_each_others_public_names(path: Path) -> None:
    own = path.relative_to(PKG).parts[0]
    bad = set()
    for m in imports(path):
        parts = m.split(".")
        if len(parts) < 3 or parts[0] != "accessicheck" or parts[1] not in FEATURES:
            continue
        if parts[1] != own and (len(parts) > 3 or parts[2] not in public_names(parts[1])):
            bad.add(m)
    assert not bad


def test_a_feature_reaching_inside_another_is_caught() -> None:
    # What the check above reads, for a made-up checklist module that breaks the rule once.
    source = "from ..agenda.model import Evidence\nfrom ..agenda import Evidence\n"
    found = imports(PKG / "checklist" / "made_up.py", source)
    inside = {m for m in found if m.startswith("accessicheck.agenda.")}
    assert inside == {
        "accessicheck.agenda.model",
        "accessicheck.agenda.model.Evidence",
        "accessicheck.agenda.Evidence",
    }
    assert "model" not in public_names("agenda") and "Evidence" in public_names("agenda")


@pytest.mark.parametrize("path", files("reporters"), ids=lambda p: p.name)
def test_reporters_only_format(path: Path) -> None:
    bad = {
        m
        for m in imports(path)
        if m.startswith(
            ("accessicheck.rules", "accessicheck.loaders", "accessicheck.language.nlp", "spacy")
        )
    }
    assert not bad


@pytest.mark.parametrize("path", files(), ids=lambda p: str(p.relative_to(PKG)))
def test_click_and_rich_stay_in_their_place(path: Path) -> None:
    mods = imports(path)
    name = path.relative_to(PKG).as_posix()
    if not name.startswith("cli/"):
        assert not any(m.split(".")[0] == "click" for m in mods)
    if name not in {"reporters/terminal.py", "cli/progress.py"}:
        assert not any(m.split(".")[0] == "rich" for m in mods)


def test_cli_import_is_light() -> None:
    heavy = "('spacy', 'rich', 'docx', 'pypdf', 'pypdfium2')"
    code = f"import sys, accessicheck.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
