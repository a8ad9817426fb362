"""Reporters turn a `Report` into text. They only format; they never analyse.

Each module has `render(report, ...) -> str`. Only `terminal` imports rich.
"""

from __future__ import annotations
