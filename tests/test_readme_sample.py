"""The README shows lines the tool really prints on the examples."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from refresh_readme_sample import README, report_lines, shown_lines  # noqa: E402

pytestmark = pytest.mark.slow


def test_the_readme_sample_is_the_start_of_the_real_report() -> None:
    shown = shown_lines(README.read_text(encoding="utf-8"))
    assert len(shown) >= 5
    real = report_lines()
    assert real[: len(shown)] == shown, (
        "The README's sample report is out of date: run 'python scripts/refresh_readme_sample.py'."
    )
