"""Load a glossary from YAML: a list of entries, or a mapping with `entries`.

    name: Our meeting glossary          # optional: how messages name it
    entries:
      - term: service user
        variants: [service users]
        category: inclusive-language
        status: preferred
        decision: {by: Co-production group, date: 2026-03-12, how: consensus}

Fields are the CSV columns (lists may be YAML lists or " | "-separated text).
A nested `decision` ({by, date, how, dissent}, or agreed_by / agreed_on /
method) and a `sources` list of {title, url, licence} are accepted too.
Only a SafeLoader is used (one that also refuses aliases and very deep
nesting, see `small_files`): a glossary file can never run code or expand
into far more data than it holds. Line
numbers come from composing the same text with the safe loader.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.small_files import yaml_loader
from .load_csv import MAX_ROWS, LoadedFile, read_text, too_many_rows
from .model import Origin, Problem
from .parse import parse_row, unknown_columns


def _flatten(item: Mapping[str, Any]) -> dict[str, Any]:
    """Nested decision and sources fields as flat columns."""
    row = {str(k): v for k, v in item.items()}
    decision = row.pop("decision", None)
    if isinstance(decision, Mapping):
        d = {str(k).lower(): v for k, v in decision.items()}
        row.setdefault("decision_by", d.get("by", d.get("agreed_by")))
        row.setdefault("decision_date", d.get("date", d.get("on", d.get("agreed_on"))))
        row.setdefault("decision_how", d.get("how", d.get("method")))
        row.setdefault("dissent", d.get("dissent"))
    sources = row.pop("sources", None)
    if isinstance(sources, list):
        titles, licences = [], []
        for s in sources:
            if isinstance(s, Mapping):
                titles.append(" ".join(str(s.get(k)) for k in ("title", "url") if s.get(k)))
                if s.get("licence") and str(s["licence"]) not in licences:
                    licences.append(str(s["licence"]))
            else:
                titles.append(str(s))
        row.setdefault("source", "; ".join(t for t in titles if t))
        row.setdefault("licence", "; ".join(licences))
    return row


def _item_lines(text: str) -> list[int]:
    """The line (from 1) where each entry starts, in order."""
    import yaml

    node = yaml.compose(text, Loader=yaml_loader())
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "entries":
                node = value
                break
    if isinstance(node, yaml.SequenceNode):
        return [child.start_mark.line + 1 for child in node.value]
    return []


def parse_yaml(text: str, path: str, layer: str, label: str) -> LoadedFile:
    """Parse glossary YAML text. `path` is only used to name the file in messages."""
    import yaml

    out = LoadedFile(path)
    try:
        data = yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a SafeLoader without aliases
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(e, "problem", None) or str(e)
        out.problems.append(Problem(path, line, f"this is not valid YAML ({reason})."))
        return out
    except RecursionError:
        out.problems.append(Problem(path, 0, "this YAML is nested far too deep to be a glossary."))
        return out
    if data is None:
        return out
    if isinstance(data, Mapping):
        if data.get("name"):
            out.name = str(data["name"])
        data = data.get("entries")
    if not isinstance(data, list):
        out.problems.append(
            Problem(path, 1, "the file should be a list of entries, or have an 'entries' list.")
        )
        return out
    if len(data) > MAX_ROWS:
        out.problems.append(too_many_rows(path, 0))
        data = data[:MAX_ROWS]
    lines = _item_lines(text)
    for i, item in enumerate(data):
        line = lines[i] if i < len(lines) else 0
        if not isinstance(item, Mapping):
            out.problems.append(
                Problem(path, line, "each entry should be a set of fields (term: …).")
            )
            continue
        row = _flatten(item)
        for column in unknown_columns(list(row)):
            out.problems.append(
                Problem(
                    path,
                    line,
                    f"'{column}' is not a glossary field; it was ignored.",
                    level="warning",
                )
            )
        entry, problems = parse_row(row, Origin(path, line, layer, label))
        out.problems += problems
        if entry is not None:
            out.entries.append(entry)
    return out


def load_yaml(path: Path, layer: str, label: str) -> LoadedFile:
    """Load a glossary YAML file."""
    text, notes = read_text(path)
    out = parse_yaml(text, str(path), layer, label)
    out.problems[:0] = notes
    return out
