"""Let Python's cycle collector run less often in the `accessicheck` command.

Python looks for unreachable cycles of objects every 700 new objects, and
every tenth and hundredth time also looks through the older ones: the
language model's layers, the word lists, the modules. A check makes
millions of short-lived objects, nearly all freed at once by their
reference counts, so most of those looks find nothing. In a check of one
10-page PDF they took about 0.12 s of 1.8 s; over a 50,000-word file about
0.48 s. With the thresholds below, 0.05 s and 0.06 to 0.09 s, and the same
peak memory (`benchmarks/`). Tools of the same kind, such as mypy, do the
same.

Only the command changes this: the library API leaves the collector as the
program that imports it has set it.
"""

from __future__ import annotations

import gc

#: New objects between looks at the newest ones; then how many such looks
#: between looks at the middle generation, and how many of those between
#: looks at everything (Python's defaults: 700, 10, 10).
THRESHOLDS = (20_000, 50, 100)


def fewer_collections() -> None:
    """Set the collector's thresholds for a command-line run."""
    gc.set_threshold(*THRESHOLDS)
