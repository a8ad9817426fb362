"""Reading PDF objects (pypdf) safely: a broken reference reads as missing."""

from __future__ import annotations

from typing import Any


def get(obj: Any, key: str) -> Any:
    """A dictionary entry with indirect references resolved, or None."""
    try:
        value = obj.get(key)
        return value.get_object() if value is not None else None
    except Exception:  # noqa: BLE001 - a broken reference reads as missing
        return None
