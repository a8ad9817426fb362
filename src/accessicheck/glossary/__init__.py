"""The co-produced glossary: jargon, acronyms and contested terms as shared data.

A group's jargon buster (CSV or YAML) is layered over the word lists that
ship with accessicheck: shipped lists < the organisation's glossary < the
meeting's glossary. Rules share one compiled glossary per process through
`for_config`; they only find, never print.

Modules: `model` (the entry), `parse`, `load_csv`, `load_yaml` (reading),
`layers` (merging), `lemmas`, `tokens`, `matcher` (finding terms),
`acronyms`, `unknown` (rare words), `loaded` (the shared, cached glossary),
`messages` (what findings say), `validate`, `suggest`, `handout` (commands).

The other features (the rewrite) import only what `__all__` lists here,
never the modules inside (tests/test_architecture.py checks it).
"""

from __future__ import annotations

from .loaded import Glossary, block_words, check_config, for_config, load, well_known
from .matcher import Match
from .messages import suggestions
from .model import COLUMNS, Entry, GlossaryError, Origin, Problem

__all__ = [
    "COLUMNS",
    "Entry",
    "Glossary",
    "GlossaryError",
    "Match",
    "Origin",
    "Problem",
    "block_words",
    "check_config",
    "for_config",
    "load",
    "suggestions",
    "well_known",
]
