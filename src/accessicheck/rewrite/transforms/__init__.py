"""One small module per transformation. Each has `edits(ctx) -> list[Edit]`.

Each module says how sure its edits are (`SAFETY`: "safe" like-for-like
changes, "review" changes to how a sentence is built, "hint" advice only;
see `edits.SAFETY_LEVELS`).

`Context` is what a transformation may read: the sentence, the findings
inside it (offsets into the sentence), its full parse when the engine made
one, and the configuration. Offsets in every `Edit` are into the sentence's
own text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...core.model import Finding
from ...language.analysis import Sentence


@dataclass
class Context:
    """What a transformation sees for one sentence."""

    sentence: Sentence
    findings: list[Finding]
    config: Mapping[str, Any]
    parse: Any = None  # a spaCy Doc of the sentence's text, when it needed one
    #: The organisation that writes the paper as "we" (empty: do not use "we").
    we: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.sentence.text

    def local(self, finding: Finding) -> tuple[int, int] | None:
        """The finding's span as offsets into the sentence, or None."""
        start, end = finding.span
        if start is None or end is None:
            return None
        s = start - self.sentence.start
        e = end - self.sentence.start
        if s < 0 or e > len(self.text) or s >= e:
            return None
        return s, e

    def with_code(self, *codes: str) -> list[Finding]:
        return [f for f in self.findings if f.code in codes]
