"""A baseline: today's findings, recorded so that only new ones are reported.

`write` records the fingerprints of a report's findings (see `fingerprints`)
in a small JSON file, with the code, path and text of each so a person can
read it. `without_known` drops the findings a baseline already has, so an old
pile of findings does not block new work.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import __version__
from ..core.fingerprints import display_path, fingerprints
from ..engine.report import Report

FORMAT = "accessicheck-baseline"
VERSION = 1


class BaselineError(ValueError):
    """The baseline file cannot be used. The message says why and what to do."""


def as_data(report: Report) -> dict[str, Any]:
    findings = report.findings
    entries = [
        {
            "fingerprint": fp,
            "code": f.code,
            "path": display_path(f.location.path),
            "excerpt": f.excerpt,
        }
        for f, fp in zip(findings, fingerprints(findings), strict=True)
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "tool_version": __version__,
        "findings": entries,
    }


def render(report: Report) -> str:
    return json.dumps(as_data(report), indent=2, ensure_ascii=False) + "\n"


def load(path: Path) -> set[str]:
    """The fingerprints in a baseline file. Raises BaselineError."""
    what_to_do = "Make a new one with --write-baseline."
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"There is no baseline file called '{path}'. {what_to_do}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BaselineError(
            f"The baseline file '{path}' could not be read ({e}). {what_to_do}"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BaselineError(f"'{path}' is not an accessicheck baseline file. {what_to_do}")
    if data.get("version") != VERSION:
        raise BaselineError(
            f"The baseline file '{path}' was made by another version of accessicheck. {what_to_do}"
        )
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"The baseline file '{path}' has no list of findings. {what_to_do}")
    return {e["fingerprint"] for e in entries if isinstance(e, dict) and "fingerprint" in e}


def without_known(report: Report, known: Collection[str]) -> Report:
    """The report with only the findings the baseline does not have."""
    fps = iter(fingerprints(report.findings))
    files = []
    for r in report.files:
        kept = [f for f in r.findings if next(fps) not in known]
        files.append(replace(r, findings=kept))
    return replace(report, files=files)
